extension TemporalRules {
    /// A date or duration the parser found: a run of tokens and what it means.
    struct Match {
        /// Token indices, half-open.
        var first: Int
        var end: Int
        var type: MentionType
        var value: String?
        var granularity: String?
        var modifier: String?
        var kind: String
        /// A year the text states outright ("in 2019", "May 2019"), which later months and days of the same
        /// sentence take when they give none, if the sentence opens with it ("In 2019, exports peaked in May").
        var anchorYear: Int?
    }

    /// Walks the tokens of one text left to right and, at each token, tries the patterns that can start there,
    /// taking the longest; the patterns themselves are in `TemporalRules+Years.swift`, `+Months.swift`,
    /// `+Relative.swift`, `+Periods.swift` and `+Durations.swift`, the arithmetic in `+Resolution.swift`.
    ///
    /// Patterns read the tokens of one line only (`lineStart..<limit`), so nothing spans a paragraph break.
    struct Parser {
        let tokens: UnsafeBufferPointer<Token>
        let bytes: UnsafeBufferPointer<UInt8>
        let words: UnsafeBufferPointer<Word>
        let reference: ReferenceDate?
        let referenceDay: Int
        let options: DateOptions
        private(set) var lineStart = 0
        private(set) var limit = 0
        /// The first token of the current sentence.
        private(set) var sentenceStart = 0
        /// The latest stated year and the token its mention starts at.
        private(set) var anchor: (year: Int, token: Int)?
        /// The day number of the latest weekday found alone and the token after it: a range's second weekday
        /// ("from Monday through Wednesday") falls after it.
        private(set) var previousWeekday: (day: Int, end: Int)?
        /// The day and the year of the latest date the story stated ("arrested on March 11, 2005"), which "the next
        /// day" and "the next year" of a past account count from.
        private(set) var storyDay: Int?
        private(set) var storyYear: Int?
        /// The month of that date, as a month index (`year * 12 + month - 1`), when the date named one.
        private(set) var storyMonth: Int?
        /// The story's year before the latest date was found: "September of that year" is the year before
        /// "September".
        private(set) var priorStoryYear: Int?
        /// Whether the text tells games: three different words of a game's account anywhere in it ("touchdown",
        /// "rebounds", "halftime"), so that "the third quarter" is a game's.
        let tellsGames: Bool

        init(
            tokens: UnsafeBufferPointer<Token>,
            bytes: UnsafeBufferPointer<UInt8>,
            words: UnsafeBufferPointer<Word>,
            reference: ReferenceDate?,
            options: DateOptions
        ) {
            self.tokens = tokens
            self.bytes = bytes
            self.words = words
            self.reference = reference
            self.referenceDay = reference?.dayNumber ?? 0
            self.options = options
            var gameWords: Set<Int16> = []
            for token in tokens where token.kind == .word && token.word >= 0 {
                guard words[Int(token.word)].context.contains(.game) else { continue }
                gameWords.insert(token.word)
                if gameWords.count >= 3 { break }
            }
            tellsGames = gameWords.count >= 3
        }

        mutating func run() -> [Match] {
            var matches: [Match] = []
            var index = 0
            let count = tokens.count
            while index < count {
                if index >= limit {
                    lineStart = index
                    sentenceStart = index
                    limit = index + 1
                    while limit < count && !tokens[limit].has(.lineBreakBefore) { limit += 1 }
                }
                let token = tokens[index]
                // Most tokens are words the lexicon does not know, or punctuation: nothing starts there.
                if (token.kind == .word && token.word < 0) || (token.kind == .punctuation && token.byte != 0x27) {
                    if token.kind == .punctuation && (token.byte == 0x2E || token.byte == 0x21 || token.byte == 0x3F) {
                        sentenceStart = index + 1
                    }
                    index += 1
                    continue
                }
                var found: [Match]
                if let range = dayRange(at: index) {
                    found = [range.first, range.second]
                } else if let match = self.match(at: index) {
                    found = [match]
                    // "September of that year", "March that year": the month or day before takes the story's year.
                    if let previous = matches.last, let merged = yearOfStory(match, after: previous) {
                        matches.removeLast()
                        found = [merged]
                    }
                } else {
                    index += 1
                    continue
                }
                for match in found {
                    matches.append(match)
                    if match.type == .date, let value = match.value, value.count >= 4,
                        value.prefix(4).allSatisfy(\.isASCII), let year = Int(value.prefix(4))
                    {
                        // A date of another year moves the story there; a week or a month of the same year ("the
                        // following week") keeps the day it counts from.
                        priorStoryYear = storyYear
                        if year != storyYear {
                            storyDay = nil
                            storyMonth = nil
                        }
                        storyYear = year
                        let bytes = Array(value.utf8)
                        let digits = UInt8(ascii: "0")...UInt8(ascii: "9")
                        if bytes.count >= 7, bytes[4] == UInt8(ascii: "-"), digits ~= bytes[5], digits ~= bytes[6] {
                            let month = Int(bytes[5] - digits.lowerBound) * 10 + Int(bytes[6] - digits.lowerBound)
                            if (1...12).contains(month), storyMonth != year * 12 + month - 1 {
                                storyMonth = year * 12 + month - 1
                                storyDay = nil
                            }
                        }
                        if match.granularity == "day" || match.granularity == "part-of-day", bytes.count >= 10 {
                            storyDay = ReferenceDate(iso8601: String(value.prefix(10)))?.dayNumber
                        }
                    }
                    previousWeekday = nil
                    if match.granularity == "day", match.end == match.first + 1, word(match.first)?.weekday ?? 0 != 0,
                        let day = match.value.flatMap(ReferenceDate.init(iso8601:))?.dayNumber
                    {
                        previousWeekday = (day, match.end)
                    }
                    if let year = match.anchorYear, match.first <= sentenceStart + 1 {
                        // Only a year that opens the sentence ("In 2019, …", "In May 2019, …") sets the year of
                        // what follows: in "cut rates for the first time since August 2024 and will meet on
                        // June 19", June 19 is not 2024's.
                        anchor = (year, match.first)
                    } else if match.kind == "Year" || match.kind == "FiscalYear" {
                        // Another year named in passing makes the sentence's year uncertain.
                        anchor = nil
                    }
                }
                index = found[found.count - 1].end
            }
            return Self.joiningCompoundDurations(matches, joiner: { role($0) == .and || isPunctuation($0, 0x2C) })
        }

        /// "7 minutes 41 seconds", "two hours and 15 minutes", "12 minutes, 31 seconds": whole amounts of
        /// neighbouring units, the larger first, one after the other or joined by "and" or a comma, are one duration
        /// (`PT7M41S`, `PT2H15M`, `P1Y6M`), whose granularity is the smaller unit's. Not "hours and 15 minutes",
        /// nor "1.5 years and 30 seconds".
        static func joiningCompoundDurations(_ matches: [Match], joiner isJoiner: (Int) -> Bool) -> [Match] {
            guard matches.count > 1 else { return matches }
            var result: [Match] = []
            result.reserveCapacity(matches.count)
            for match in matches {
                guard let last = result.last, last.type == .duration, match.type == .duration, match.modifier == nil,
                    match.first == last.end || match.first == last.end + 1 && isJoiner(last.end),
                    let head = DurationParts(last.value), let tail = DurationParts(match.value),
                    let tailRank = tail.ranks.first, let headRank = head.ranks.last,
                    tailRank == headRank + 1 || headRank == 1 && tailRank == 3, head.counted && tail.counted
                else {
                    result.append(match)
                    continue
                }
                var joined = last
                joined.end = match.end
                joined.value = (head + tail).value
                joined.granularity = match.granularity
                result[result.count - 1] = joined
            }
            return result
        }

        /// The counted parts of an ISO 8601 duration, `P1Y6M` or `PT7M41S`, in the order ISO writes them.
        struct DurationParts {
            /// Each part's designator, its rank (Y M W D before the time's H M S) and its amount.
            private(set) var parts: [(rank: Int, amount: String)] = []
            private static let designators: [Character] = ["Y", "M", "W", "D", "H", "M", "S"]

            var ranks: [Int] { parts.map(\.rank) }
            /// Whether every amount is a whole number.
            var counted: Bool { parts.allSatisfy { $0.amount.allSatisfy(\.isWholeNumber) } }

            init?(_ value: String?) {
                guard let value, value.hasPrefix("P") else { return nil }
                var inTime = false
                var amount = ""
                for character in value.dropFirst() {
                    if character == "T" {
                        inTime = true
                    } else if character.isASCII && (character.isNumber || character == ".") {
                        amount.append(character)
                    } else {
                        let offset = inTime ? 4 : 0
                        let slice = Self.designators[offset...]
                        guard !amount.isEmpty, let rank = slice.firstIndex(of: character) else { return nil }
                        parts.append((rank, amount))
                        amount = ""
                    }
                }
                guard amount.isEmpty, !parts.isEmpty else { return nil }
            }

            private init(parts: [(rank: Int, amount: String)]) { self.parts = parts }

            static func + (lhs: Self, rhs: Self) -> Self { Self(parts: lhs.parts + rhs.parts) }

            var value: String {
                var result = "P"
                var inTime = false
                for part in parts {
                    if part.rank >= 4 && !inTime {
                        result += "T"
                        inTime = true
                    }
                    result += part.amount + String(Self.designators[part.rank])
                }
                return result
            }
        }

        /// A month or a day the text gives no year ("September", "April 18") right before "(of) that year" or "(of)
        /// the same year", as one date in that year: "September of that year" → `1972-09`.
        func yearOfStory(_ anaphor: Match, after previous: Match) -> Match? {
            let first = anaphor.first
            guard anaphor.granularity == "year", anaphor.kind == "Relative",
                role(first) == .that || role(first) == .the && role(first + 1) == .same,
                previous.type == .date, previous.anchorYear == nil,
                previous.granularity == "month" || previous.granularity == "day",
                previous.end == first || previous.end == first - 1 && role(previous.end) == .of,
                let year = priorStoryYear, let value = previous.value
            else { return nil }
            let parts = value.split(separator: "-", omittingEmptySubsequences: false)
            let kept = parts.suffix(previous.granularity == "day" ? 2 : 1)
            guard kept.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }) else {
                return nil
            }
            var merged = previous
            merged.end = anaphor.end
            merged.value = ([Substring(TemporalRules.Calendar.yearValue(year))] + kept).joined(separator: "-")
            return merged
        }

        /// The longest date or duration starting at token `i`, if any.
        func match(at i: Int) -> Match? {
            let token = tokens[i]
            switch token.kind {
            case .number:
                return numberStart(i)
            case .punctuation:
                guard let decade = decadeCore(at: i) else { return nil }
                return decadeMatch(i, decade)
            case .word:
                let word = words[Int(token.word)]
                switch word.role {
                case .the: return theStart(i)
                case .article: return articleStart(i)
                case .last, .this, .next, .past, .coming, .previous: return relativeStart(i, word.role)
                case .that: return thatStart(i)
                case .early, .mid, .late: return edgeStart(i, word.role)
                case .earlier, .later: return earlierStart(i, word.role)
                case .today, .yesterday, .tomorrow, .tonight: return deicticStart(i, word.role)
                case .now, .recently, .present: return vagueStart(i, word.role)
                case .fiscal: return fiscalStart(i)
                case .fiscalYear: return fiscalYearStart(i)
                case .quarterLetter, .halfLetter: return periodLetterStart(i, word.role)
                case .approximately, .more, .less, .at, .up: return approximationStart(i, word.role)
                case .couple, .few, .recent: return durationCore(at: i)
                case .half: return halfStart(i)
                case .holiday, .new: return holidayStart(i, word.role)
                case .edgeEnd, .edgeStart: return hyphenedEdgeStart(i, word.role)
                default: break
                }
                if word.month != 0 { return monthStart(i) }
                if word.weekday != 0 { return weekdayStart(i) }
                if word.cardinal > 0 { return durationCore(at: i) }
                if word.ordinal != 0 { return periodCore(at: i).map { $0.match } }
                if word.season != 0 { return seasonStart(i) }
                if word.unit != nil { return unitStart(i) }
                return nil
            }
        }

        // MARK: - Building matches

        func date(
            _ first: Int,
            _ end: Int,
            _ value: String?,
            _ granularity: String?,
            kind: String,
            modifier: String? = nil
        ) -> Match {
            Match(
                first: first,
                end: end,
                type: .date,
                value: value,
                granularity: granularity,
                modifier: modifier,
                kind: kind
            )
        }

        func duration(_ first: Int, _ end: Int, quantity: String, unit: Word.Unit, modifier: String? = nil) -> Match {
            var amount = quantity
            var designator = unit.designator
            if unit == .fortnight, let count = Int(quantity) { amount = String(count * 2) }
            // ISO 8601 has no decades or centuries: "a decade" is `P10Y`. A vague count keeps TimeML's designator
            // ("decades" → `PXDE`), as ten times "several" is no number.
            if unit == .decade || unit == .century, let count = Double(quantity) {
                let years = count * (unit == .decade ? 10 : 100)
                amount = years == years.rounded() ? String(Int(years)) : String(years)
                designator = Word.Unit.year.designator
            }
            let value = unit.isTime ? "PT\(amount)\(designator)" : "P\(amount)\(designator)"
            return Match(
                first: first,
                end: end,
                type: .duration,
                value: value,
                granularity: unit.name,
                modifier: modifier,
                kind: "Duration"
            )
        }

        // MARK: - Token tests

        /// The year stated earlier in the current sentence, if any.
        var sentenceYear: Int? {
            guard let anchor, anchor.token >= sentenceStart else { return nil }
            return anchor.year
        }

        /// Whether `i` is a token of the current line.
        @inline(__always) func inLine(_ i: Int) -> Bool { i >= lineStart && i < limit }

        /// Whether `i` is in the line and touches the token before it (no space between).
        @inline(__always) func touches(_ i: Int) -> Bool { inLine(i) && !tokens[i].has(.spaceBefore) }

        @inline(__always) func word(_ i: Int) -> Word? {
            guard inLine(i) else { return nil }
            let index = tokens[i].word
            return index >= 0 ? words[Int(index)] : nil
        }

        @inline(__always) func role(_ i: Int) -> Word.Role { word(i)?.role ?? .none }

        @inline(__always) func isPunctuation(_ i: Int, _ byte: UInt8) -> Bool {
            inLine(i) && tokens[i].kind == .punctuation && tokens[i].byte == byte
        }

        /// Whether `i` is a hyphen joining the tokens either side: touching both ("90-day"), or with a space on both
        /// sides, as in texts tokenised once ("90 - day").
        @inline(__always) func isJoiningHyphen(_ i: Int) -> Bool {
            isPunctuation(i, 0x2D) && inLine(i + 1) && touches(i) == touches(i + 1)
        }

        /// A number without separators or decimals, and its value.
        @inline(__always) func plainNumber(_ i: Int) -> Int? {
            guard inLine(i) else { return nil }
            let token = tokens[i]
            guard token.kind == .number, !token.has(.grouped), !token.has(.decimal) else { return nil }
            return Int(token.number)
        }

        func digits(_ i: Int) -> Int { Int(tokens[i].digits) }

        func isCapitalized(_ i: Int) -> Bool { tokens[i].has(.capitalized) }

        /// The text of token `i` in the matching form.
        func text(_ i: Int) -> String {
            let token = tokens[i]
            return String(
                decoding: UnsafeBufferPointer(rebasing: bytes[Int(token.byteStart)..<Int(token.byteEnd)]),
                as: UTF8.self
            )
        }

        // MARK: - Tense

        enum Direction {
            case past
            case future
            case unknown
        }

        /// Which way the sentence around tokens `first..<end` points: the nearest tense cue to the left within the
        /// sentence (up to 20 tokens: "she will be allowed to play her old tracks at the American Music Awards on
        /// Sunday"), else — unless `leftOnly` — the first to the right (up to 10 tokens).
        ///
        /// Cues are the lexicon's tense words (`will`, `next`, `expected` …; `was`, `said`, `ago` …) and lower-case
        /// words ending in `ed` ("faltered", "imposed").
        func direction(around first: Int, _ end: Int, leftOnly: Bool = false) -> Direction {
            var index = first - 1
            var steps = 0
            // "until" points ahead only when no verb before it says otherwise.
            var yielding = Direction.unknown
            while index >= lineStart && steps < 20 {
                if isSentenceEnd(index) { break }
                let cue = cue(at: index)
                if cue != .unknown {
                    let token = tokens[index]
                    guard token.word >= 0, words[Int(token.word)].context.contains(.yieldsToTense) else {
                        return cue
                    }
                    if yielding == .unknown { yielding = cue }
                }
                index -= 1
                steps += 1
            }
            if yielding != .unknown { return yielding }
            index = end
            steps = 0
            while !leftOnly && index < limit && steps < 10 {
                if isSentenceEnd(index) { break }
                let cue = cue(at: index)
                if cue != .unknown { return cue }
                index += 1
                steps += 1
            }
            return .unknown
        }

        private func isSentenceEnd(_ i: Int) -> Bool {
            let token = tokens[i]
            guard token.kind == .punctuation else { return false }
            return token.byte == 0x2E || token.byte == 0x21 || token.byte == 0x3F || token.byte == 0x3B
        }

        private func cue(at i: Int) -> Direction {
            let token = tokens[i]
            guard token.kind == .word else { return .unknown }
            // "will be held": a participle after "be" tells nothing of the tense.
            let afterBe =
                i > 0 && tokens[i - 1].kind == .word && tokens[i - 1].word >= 0
                && words[Int(tokens[i - 1].word)].context.contains(.beforeParticiple)
            if token.word >= 0 {
                switch words[Int(token.word)].tense {
                case .past: return afterBe ? .unknown : .past
                case .future: return .future
                case .none, .neutral: return .unknown
                }
            }
            guard token.has(.endsInED), !afterBe else { return .unknown }
            return .past
        }
    }
}
