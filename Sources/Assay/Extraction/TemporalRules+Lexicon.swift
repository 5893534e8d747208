extension TemporalRules {
    /// What the date and duration rules know about one lower-case word.
    struct Word {
        /// The part a word plays when a pattern starts at it or looks at it; at most one per word.
        enum Role: UInt8 {
            case none
            case the
            /// `a`, `an`.
            case article
            case last
            case this
            case next
            case past
            /// `coming`, `upcoming`.
            case coming
            case previous
            /// `following`: "the following week" (only after "the").
            case following
            /// `that`: "that day", "later that year".
            case that
            /// `same`: "the same day", "that same year".
            case same
            case early
            case mid
            case late
            case earlier
            case later
            /// `end`, `close`: "the end of June".
            case edgeEnd
            /// `beginning`, `start`: "the start of 2025".
            case edgeStart
            /// `middle`: "the middle of the year".
            case edgeMiddle
            case ago
            case fiscal
            /// `FY2024`.
            case fiscalYear
            /// `Q3`.
            case quarterLetter
            /// `H1`.
            case halfLetter
            case of
            case and
            case or
            case to
            case than
            case more
            case less
            case at
            case least
            case most
            case up
            /// `about`, `around`, `roughly`, `approximately`, `nearly`, `almost`.
            case approximately
            case today
            case yesterday
            case tomorrow
            case tonight
            /// `now`, `currently`, `nowadays`.
            case now
            case present
            case future
            case recently
            case weekend
            /// `season` (of a sport): "this season", "last season".
            case sportsSeason
            case half
            case quarter
            case couple
            /// `few`, `several`, `many`: a vague quantity.
            case few
            /// `recent`: a vague quantity ("recent years") only with `vagueReferences`.
            case recent
            /// `every`, `each`: what follows is a frequency ("every 90 days").
            case every
            case long
            case old
            /// `st`, `nd`, `rd`, `th` after a number.
            case ordinalSuffix
            /// The `s` of `1990s`.
            case pluralS
            case year
            /// `Christmas`, `Easter`, `Halloween`, `Thanksgiving`.
            case holiday
            /// The `New` of "New Year's Day".
            case new
            /// `eve`, `day` after a holiday's name.
            case eve
        }

        enum Unit: UInt8 {
            case second
            case minute
            case hour
            case day
            case week
            case fortnight
            case month
            case year
            case decade
            case century

            /// The TimeML duration designator: `D` in `P90D`; time units go after `T`.
            var designator: String {
                switch self {
                case .second: return "S"
                case .minute: return "M"
                case .hour: return "H"
                case .day: return "D"
                case .week, .fortnight: return "W"
                case .month: return "M"
                case .year: return "Y"
                case .decade: return "DE"
                case .century: return "CE"
                }
            }

            var isTime: Bool { self == .second || self == .minute || self == .hour }

            /// The `granularity` of a mention: `day`, `week`, `month`, ….
            var name: String {
                switch self {
                case .second: return "second"
                case .minute: return "minute"
                case .hour: return "hour"
                case .day: return "day"
                case .week, .fortnight: return "week"
                case .month: return "month"
                case .year: return "year"
                case .decade: return "decade"
                case .century: return "century"
                }
            }
        }

        /// Which way a word points in time, for expressions whose year or week depends on it ("in May", "Monday").
        enum Tense: UInt8 {
            case none
            case past
            case future
            /// A word that ends in `ed` without being a past tense (`need`, `indeed`, `hundred`).
            case neutral
        }

        /// The contexts a word sets up for the token after it (or, for `yearFollower`, before it).
        struct Context: OptionSet {
            let rawValue: UInt32

            /// A 4-digit number after it is a year whatever follows: `in`, `since`, `during`, `by`, …
            static let yearStrong = Context(rawValue: 1 << 0)
            /// A 4-digit number after it is a year only if no noun follows: `of`, `from`, `between`, …
            static let yearWeak = Context(rawValue: 1 << 1)
            /// `the 2019 election`, `its 2025 budget`.
            static let determiner = Context(rawValue: 1 << 2)
            /// A month name alone after it is a month: `in May`, `since April`.
            static let beforeMonth = Context(rawValue: 1 << 3)
            /// A bare plural unit after it is a vague duration: `for years`, `within weeks`.
            static let beforeVagueDuration = Context(rawValue: 1 << 4)
            /// `a day` after it is a rate, not a duration: `twice a day`, `$5 billion a year`.
            static let rate = Context(rawValue: 1 << 5)
            /// A number after it is a label, not a year: `Section 2019`, `No. 1990`.
            static let numberLabel = Context(rawValue: 1 << 6)
            /// A 4-digit number before it may be a year: `2019 was`, `2018 and`.
            static let yearFollower = Context(rawValue: 1 << 7)
            /// A season after it is a season: `in summer`, `during the winter`.
            static let beforeSeason = Context(rawValue: 1 << 8)
            /// `the weekend` after it is a date: `over the weekend`.
            static let beforeWeekend = Context(rawValue: 1 << 9)
            /// A weekday after it names a day of its own: `Black Friday`, `Super Tuesday`.
            static let weekdayName = Context(rawValue: 1 << 10)
            /// A year after it sets the year of the months that follow in the sentence: `in 2019`, `during 2019`.
            static let anchorsYear = Context(rawValue: 1 << 11)
            /// Capitalized after a weekday, it makes a name of it: `Sunday Times`, `Monday Night Football`.
            static let afterWeekdayName = Context(rawValue: 1 << 12)
            /// A word in `ed` after it is a participle, not a past tense: `will be allowed`, `to be held`.
            static let beforeParticiple = Context(rawValue: 1 << 13)
            /// A word of a game's account: "the third quarter" near it is a quarter of the game, not of the year.
            static let game = Context(rawValue: 1 << 14)
            /// An adjective between a count and its unit: "three straight years", "two full weeks".
            static let durationAdjective = Context(rawValue: 1 << 15)
            /// A bare plural unit before it is a vague duration: "hours before the game", "months after".
            static let beforeOrAfter = Context(rawValue: 1 << 16)
            /// A four-digit number and "hours" after it are a clock time: "at 1100 hours".
            static let beforeClock = Context(rawValue: 1 << 17)
            /// A future cue that a verb's tense before it overrides: "was at large until Dec. 7", but "said it would
            /// wait until mid-July".
            static let yieldsToTense = Context(rawValue: 1 << 18)
            /// A word of the 2001 attacks next to "September 11": `attacks`, `hijackers`, `post`.
            static let attacks = Context(rawValue: 1 << 19)
        }

        var role: Role = .none
        /// 1…12, or 0.
        var month: Int8 = 0
        /// A month name that is also a common word or name (`May`, `March`, `April`, `June`, `August`).
        var monthIsAmbiguous = false
        var monthIsAbbreviation = false
        /// 1 (Monday)…7, or 0.
        var weekday: Int8 = 0
        var weekdayIsAbbreviation = false
        var unit: Unit?
        var plural = false
        /// `one`…`ninety`, or -1.
        var cardinal: Int16 = -1
        /// `first`…`twelfth`, or 0.
        var ordinal: Int8 = 0
        /// 1 spring, 2 summer, 3 autumn, 4 winter, or 0.
        var season: Int8 = 0
        /// 1 morning, 2 afternoon, 3 evening, 4 night, or 0.
        var partOfDay: Int8 = 0
        var tense: Tense = .none
        var context: Context = []
    }

    /// The words of ``Word``, looked up by a packed lower-case key (see ``key(_:)``).
    struct Lexicon: Sendable {
        let words: [Word]
        /// An open-addressing hash table from key to word index: the standard `Dictionary` hashes with SipHash,
        /// which cost more than the rest of a word's tokenizing.
        private let slots: [UInt64]
        private let slotWords: [Int16]
        private let shift: UInt64

        static let shared = Lexicon()

        /// The index in ``words`` of the word with `key`, or -1.
        @inline(__always) func lookup(_ key: UInt64) -> Int16 {
            let mask = slots.count - 1
            var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
            while true {
                let found = slots[slot]
                if found == key { return slotWords[slot] }
                if found == 0 { return -1 }
                slot = (slot + 1) & mask
            }
        }

        /// The key the tokenizer computes for a word of ASCII letters: its first 12 letters, 5 bits each, and its
        /// length in the top 4 bits; `nil` for words longer than 15 letters or with other characters.
        static func key(_ word: String) -> UInt64? {
            var key: UInt64 = 0
            var length = 0
            for byte in word.utf8 {
                let lower = byte | 0x20
                guard lower >= 0x61 && lower <= 0x7A else { return nil }
                if length < 12 { key = key << 5 | UInt64(lower - 0x60) }
                length += 1
            }
            return length <= 15 ? key | UInt64(length) << 60 : nil
        }

        private init() {
            var builder = Builder()
            builder.addCalendarWords()
            builder.addNumberWords()
            builder.addFunctionWords()
            builder.addTenseWords()
            words = builder.words
            // At most a quarter full, so a miss ends after a probe or two.
            var bits = 4
            while 1 << bits < builder.index.count * 4 { bits += 1 }
            var slots = [UInt64](repeating: 0, count: 1 << bits)
            var slotWords = [Int16](repeating: -1, count: 1 << bits)
            let shift = UInt64(64 - bits)
            for (key, word) in builder.index {
                var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
                while slots[slot] != 0 { slot = (slot + 1) & (slots.count - 1) }
                slots[slot] = key
                slotWords[slot] = word
            }
            self.slots = slots
            self.slotWords = slotWords
            self.shift = shift
        }
    }
}

// MARK: - Building the lexicon

extension TemporalRules.Lexicon {
    private struct Builder {
        typealias Word = TemporalRules.Word
        var words: [Word] = []
        var index: [UInt64: Int16] = [:]

        mutating func add(_ names: [String], _ update: (inout Word) -> Void) {
            for name in names {
                guard let key = TemporalRules.Lexicon.key(name) else {
                    preconditionFailure("lexicon word '\(name)' is not 1 to 15 ASCII letters")
                }
                let position: Int
                if let existing = index[key] {
                    position = Int(existing)
                } else {
                    position = words.count
                    words.append(Word())
                    index[key] = Int16(position)
                }
                update(&words[position])
            }
        }

        mutating func addCalendarWords() {
            let months = [
                "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december",
            ]
            let ambiguous: Set = ["march", "april", "may", "june", "august"]
            for (offset, name) in months.enumerated() {
                add([name]) {
                    $0.month = Int8(offset + 1)
                    $0.monthIsAmbiguous = ambiguous.contains(name)
                }
            }
            let abbreviations = [
                ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8), ("sep", 9),
                ("sept", 9), ("oct", 10), ("nov", 11), ("dec", 12),
            ]
            for (name, month) in abbreviations {
                add([name]) {
                    $0.month = Int8(month)
                    $0.monthIsAbbreviation = true
                }
            }
            let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
            for (offset, name) in weekdays.enumerated() {
                add([name]) { $0.weekday = Int8(offset + 1) }
            }
            let weekdayAbbreviations = [
                ("mon", 1), ("tue", 2), ("tues", 2), ("wed", 3), ("thu", 4), ("thur", 4), ("thurs", 4), ("fri", 5),
                ("sat", 6), ("sun", 7),
            ]
            for (name, weekday) in weekdayAbbreviations {
                add([name]) {
                    $0.weekday = Int8(weekday)
                    $0.weekdayIsAbbreviation = true
                }
            }
            let units: [(String, String, Word.Unit)] = [
                ("second", "seconds", .second), ("minute", "minutes", .minute), ("hour", "hours", .hour),
                ("day", "days", .day), ("week", "weeks", .week), ("fortnight", "fortnights", .fortnight),
                ("month", "months", .month), ("year", "years", .year), ("decade", "decades", .decade),
                ("century", "centuries", .century),
            ]
            for (singular, plural, unit) in units {
                add([singular]) { $0.unit = unit }
                add([plural]) {
                    $0.unit = unit
                    $0.plural = true
                }
            }
            // Plurals only, each counting another unit:
            // - "4 mins", "3 hrs": not the singular abbreviations ("203 HR" counts home runs, "2 SEC filings" is a
            //   regulator's);
            // - "over three seasons" → P3Y, a sports season counted as a year ("this season" is a date, below);
            // - "two nights" → P2D; not "night" alone, which belongs to "last night" and "Tuesday night".
            let otherPlurals: [(String, Word.Unit)] = [
                ("mins", .minute), ("hrs", .hour), ("seasons", .year), ("nights", .day),
            ]
            for (plural, unit) in otherPlurals {
                add([plural]) {
                    $0.unit = unit
                    $0.plural = true
                }
            }
            // "weeklong", "yearlong": one unit, as "week-long" is.
            let compounds: [(String, Word.Unit)] = [
                ("hourlong", .hour), ("daylong", .day), ("weeklong", .week), ("monthlong", .month),
                ("yearlong", .year), ("decadelong", .decade), ("centurylong", .century),
            ]
            for (word, unit) in compounds {
                add([word]) {
                    $0.unit = unit
                    $0.role = .long
                }
            }
            add([
                "straight", "consecutive", "successive", "long", "full", "more", "additional", "extra", "further",
                "whole", "entire", "solid", "short", "remaining",
            ]) { $0.context.insert(.durationAdjective) }
            add(["year"]) { $0.role = .year }
            add(["spring"]) { $0.season = 1 }
            add(["summer"]) { $0.season = 2 }
            add(["autumn", "fall"]) { $0.season = 3 }
            add(["winter"]) { $0.season = 4 }
            add(["morning"]) { $0.partOfDay = 1 }
            add(["afternoon"]) { $0.partOfDay = 2 }
            add(["evening"]) { $0.partOfDay = 3 }
            add(["night"]) { $0.partOfDay = 4 }
            add(["today"]) { $0.role = .today }
            add(["yesterday"]) { $0.role = .yesterday }
            add(["tomorrow"]) { $0.role = .tomorrow }
            add(["tonight"]) { $0.role = .tonight }
            add(["now", "currently", "nowadays"]) { $0.role = .now }
            add(["present"]) { $0.role = .present }
            add(["future"]) { $0.role = .future }
            add(["recently"]) { $0.role = .recently }
            add(["weekend"]) { $0.role = .weekend }
            add(["season"]) { $0.role = .sportsSeason }
            add(["quarter"]) { $0.role = .quarter }
            add(["half"]) { $0.role = .half }
            add(["fiscal"]) { $0.role = .fiscal }
            add(["fy"]) { $0.role = .fiscalYear }
            add(["q"]) { $0.role = .quarterLetter }
            add(["h"]) { $0.role = .halfLetter }
            add(["ago"]) { $0.role = .ago }
            add([
                "christmas", "easter", "halloween", "thanksgiving", "black", "cyber", "boxing", "anzac", "remembrance",
                "veterans",
            ]) {
                $0.role = .holiday
            }
            add(["new"]) { $0.role = .new }
            add(["eve"]) { $0.role = .eve }
            add(["st", "nd", "rd", "th"]) { $0.role = .ordinalSuffix }
            add(["s"]) { $0.role = .pluralS }
        }

        mutating func addNumberWords() {
            let cardinals = [
                "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
            ]
            for (offset, name) in cardinals.enumerated() {
                add([name]) { $0.cardinal = Int16(offset + 1) }
            }
            let tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
            for (offset, name) in tens.enumerated() {
                add([name]) { $0.cardinal = Int16((offset + 2) * 10) }
            }
            let ordinals = [
                "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                "eleventh", "twelfth",
            ]
            for (offset, name) in ordinals.enumerated() {
                add([name]) { $0.ordinal = Int8(offset + 1) }
            }
            add(["a", "an"]) { $0.role = .article }
            add(["couple"]) { $0.role = .couple }
            add(["few", "several", "many"]) { $0.role = .few }
            // "recent years" is TimeML's vague duration `PXY`, as "several years" is.
            add(["recent"]) { $0.role = .recent }
            add(["every", "each"]) { $0.role = .every }
        }

        mutating func addFunctionWords() {
            add(["the"]) { $0.role = .the }
            add(["last"]) { $0.role = .last }
            add(["this"]) { $0.role = .this }
            add(["next"]) { $0.role = .next }
            add(["past"]) { $0.role = .past }
            add(["coming", "upcoming"]) { $0.role = .coming }
            add(["previous"]) { $0.role = .previous }
            add(["following"]) { $0.role = .following }
            add(["that"]) { $0.role = .that }
            add(["same"]) { $0.role = .same }
            add(["early"]) { $0.role = .early }
            add(["mid"]) { $0.role = .mid }
            add(["late"]) { $0.role = .late }
            add(["earlier"]) { $0.role = .earlier }
            add(["later"]) { $0.role = .later }
            add(["end", "close"]) { $0.role = .edgeEnd }
            add(["beginning", "start"]) { $0.role = .edgeStart }
            add(["middle"]) { $0.role = .edgeMiddle }
            add(["of"]) { $0.role = .of }
            add(["and"]) { $0.role = .and }
            add(["or"]) { $0.role = .or }
            add(["to"]) { $0.role = .to }
            add(["than"]) { $0.role = .than }
            add(["more"]) { $0.role = .more }
            add(["less", "fewer"]) { $0.role = .less }
            add(["at"]) { $0.role = .at }
            add(["least"]) { $0.role = .least }
            add(["most"]) { $0.role = .most }
            add(["up"]) { $0.role = .up }
            add(["long"]) { $0.role = .long }
            add(["old", "olds"]) { $0.role = .old }
            // `some` reads as "about" only before a number, which the duration rules require anyway.
            add(["about", "around", "roughly", "approximately", "nearly", "almost", "some"]) {
                $0.role = .approximately
            }

            add([
                "in", "since", "during", "until", "till", "til", "through", "throughout", "by", "before", "after",
                "circa", "year", "fiscal", "pre", "post", "early", "late", "mid", "spring", "summer", "autumn",
                "winter", "fy",
            ]) { $0.context.insert(.yearStrong) }
            add([
                "of", "from", "to", "and", "or", "between", "than", "about", "around", "nearly", "almost", "over",
                "under", "some", "against", "versus", "vs", "with", "for",
            ]) { $0.context.insert(.yearWeak) }
            add(["before", "after"]) { $0.context.insert(.beforeOrAfter) }
            add(["at", "by", "until", "till", "from", "around", "about", "since", "before", "after"]) {
                $0.context.insert(.beforeClock)
            }
            add(["the", "its", "their", "his", "her", "our", "my", "your", "this", "that", "a", "an", "whose"]) {
                $0.context.insert(.determiner)
            }
            add([
                "in", "on", "since", "by", "until", "till", "til", "through", "throughout", "from", "to", "of",
                "during", "before", "after", "between", "early", "mid", "late", "last", "next", "this", "for", "into",
                "around", "mid", "as", "ahead", "beginning", "starting", "end", "and", "or",
            ]) { $0.context.insert(.beforeMonth) }
            add([
                "for", "within", "in", "after", "over", "across", "spanning", "despite", "following", "than", "from",
                "amid", "during", "throughout",
                // "It will take months", "he spent years abroad", "we waited hours".
                "take", "takes", "took", "taking", "spent", "spend", "spends", "spending", "waited", "wait",
            ]) {
                $0.context.insert(.beforeVagueDuration)
            }
            add([
                "per", "times", "once", "twice", "thrice", "billion", "million", "trillion", "thousand", "hundred",
                "percent", "cent", "each", "every", "bn", "m", "k",
            ]) { $0.context.insert(.rate) }
            add([
                "section", "article", "no", "number", "chapter", "page", "room", "flight", "route", "resolution",
                "item", "model", "version", "volume", "vol", "highway", "interstate", "unit", "case", "grade",
                "level", "rule", "form", "code", "line", "gate", "pier", "platform", "bus", "seat", "row",
            ]) { $0.context.insert(.numberLabel) }
            add([
                "was", "is", "will", "has", "had", "saw", "marked", "brought", "began", "ended", "proved", "became",
                "were", "could", "would", "should", "might", "and", "or", "to", "when", "as", "but", "after",
                "before", "through", "until", "onwards", "onward", "while", "with", "levels", "figures", "on",
                "for", "in", "at", "which",
            ]) { $0.context.insert(.yearFollower) }
            add(["in", "during", "over", "by", "until", "till", "through", "throughout", "since", "for", "into", "of"])
            {
                $0.context.insert(.beforeSeason)
            }
            add(["in", "during", "throughout"]) { $0.context.insert(.anchorsYear) }
            add([
                "times", "telegraph", "express", "mirror", "herald", "mail", "independent", "observer", "tribune",
                "post", "sport", "night", "people", "star", "record", "journal", "bloody",
            ]) { $0.context.insert(.afterWeekdayName) }
            add(["over", "at", "on", "during", "through", "throughout", "for", "by", "until", "this"]) {
                $0.context.insert(.beforeWeekend)
            }
            add(["black", "good", "super", "cyber", "ash", "palm", "holy", "maundy", "bloody", "giving"]) {
                $0.context.insert(.weekdayName)
            }
        }

        mutating func addTenseWords() {
            // Not "next", "coming", "later": they belong to expressions of their own ("the next three years"), which
            // say nothing of the verb's tense. Not "plans": mostly a noun.
            add([
                "will", "shall", "ll", "scheduled", "expected", "due", "planned", "slated", "going", "tomorrow",
                "soon", "intends", "aims", "expects", "forthcoming", "ahead", "await", "awaits", "awaiting", "hopes",
                // Reported plans: "said it would wait until mid-July" points after the report.
                "would", "until",
                // Fixtures in the present tense: "The Gophers play Saturday", "hosts Ohio State on Friday".
                "play", "plays", "hosts", "visits", "faces", "travels", "resumes",
            ]) { $0.tense = .future }
            // Not "last": as a verb ("expected to last until July") it points nowhere.
            add([
                "was", "were", "had", "did", "ago", "earlier", "yesterday", "said", "told", "met", "began",
                "saw", "took", "made", "came", "went", "fell", "rose", "won", "lost", "held", "struck", "sent",
                "left", "paid", "sold", "bought", "spent", "grew", "led", "hit", "cut", "put", "ran", "wrote", "gave",
                "got", "began", "became", "brought", "thought", "felt", "kept", "knew", "previously", "since",
                "heard", "found", "stood", "understood", "meant", "spoke", "broke", "chose", "drove", "fought",
                "caught", "taught", "sought", "built", "flew", "drew", "threw", "wore", "shot", "fled", "forgot",
                "hid", "swore", "woke", "sat", "lay", "ate", "dealt", "withdrew", "overtook", "undertook",
            ]) { $0.tense = .past }
            add(["be", "being"]) { $0.context.insert(.beforeParticiple) }
            add(["until"]) { $0.context.insert(.yieldsToTense) }
            add([
                "attacks", "attack", "attackers", "terrorist", "terror", "hijackers", "hijacker", "hijackings",
                "suicide",
                "commission", "victims", "bombers", "post",
            ]) { $0.context.insert(.attacks) }
            add([
                "halftime", "touchdown", "touchdowns", "scored", "scoring", "quarterback", "yards", "rebounds",
                "assists", "interception", "interceptions", "fumble", "overtime", "buzzer", "basket",
                "baskets", "possessions", "timeout", "innings", "quarterbacks", "yard", "punt", "kickoff",
                "rushing", "tackles", "rebound",
            ]) { $0.context.insert(.game) }
            add([
                "need", "indeed", "proceed", "exceed", "succeed", "speed", "seed", "feed", "breed", "greed", "embed",
                "shed", "hundred", "red", "bred", "bed", "steed", "weed", "deed", "heed", "creed",
            ]) { $0.tense = .neutral }
        }
    }
}
