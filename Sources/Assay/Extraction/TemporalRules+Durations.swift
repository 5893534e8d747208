extension TemporalRules.Parser {
    /// A quantity before a unit: `90`, `1.5`, `1,000`, `six`, `twenty-five`, `a`/`an`, `a few`, `several`,
    /// `a couple of`; `X` for the vague ones.
    private func quantity(at i: Int) -> (value: String, end: Int, isArticle: Bool)? {
        guard inLine(i) else { return nil }
        let token = tokens[i]
        if token.kind == .number {
            if token.has(.decimal) { return (text(i), i + 1, false) }
            guard token.number > 0 else { return nil }
            if let (fraction, length) = fraction(at: i + 1) {
                return (String(token.number) + fraction, i + 1 + length, false)
            }
            let half = halfSuffix(at: i + 1)
            return (String(token.number) + half, i + 1 + (half.isEmpty ? 0 : 3), false)
        }
        guard let word = word(i) else { return nil }
        if word.cardinal > 0 {
            var value = Int(word.cardinal)
            var end = i + 1
            if value >= 20, touches(end), isPunctuation(end, 0x2D), touches(end + 1),
                let ones = self.word(end + 1)?.cardinal, (1...9).contains(ones)
            {
                value += Int(ones)
                end += 2
            } else if value >= 20, value % 10 == 0, inLine(end), tokens[end].has(.spaceBefore),
                let ones = self.word(end)?.cardinal, (1...9).contains(ones)
            {
                // "thirty four years".
                value += Int(ones)
                end += 1
            }
            let half = halfSuffix(at: end)
            return (String(value) + half, end + (half.isEmpty ? 0 : 3), false)
        }
        switch word.role {
        case .few:
            return ("X", i + 1, false)
        case .recent where options.vagueReferences:
            return ("X", i + 1, false)
        case .couple:
            return ("2", role(i + 1) == .of ? i + 2 : i + 1, false)
        case .article:
            switch role(i + 1) {
            case .few: return ("X", i + 2, false)
            case .couple: return ("2", role(i + 2) == .of ? i + 3 : i + 2, false)
            default: return ("1", i + 1, true)
            }
        default:
            return nil
        }
    }

    /// The fraction after a whole number, "-1/2" or " 1/2" ("2-1/2 years" → `.5`), and how many tokens it takes.
    private func fraction(at i: Int) -> (String, Int)? {
        let numerator = touches(i) && isPunctuation(i, 0x2D) ? i + 1 : i
        guard inLine(numerator), numerator == i || touches(numerator), let top = plainNumber(numerator),
            touches(numerator + 1), isPunctuation(numerator + 1, 0x2F), touches(numerator + 2),
            let bottom = plainNumber(numerator + 2)
        else { return nil }
        let length = numerator + 3 - i
        switch (top, bottom) {
        case (1, 2): return (".5", length)
        case (1, 4): return (".25", length)
        case (3, 4): return (".75", length)
        default: return nil
        }
    }

    /// `.5` when "and a half" follows a quantity ("two and a half years"), else nothing.
    private func halfSuffix(at i: Int) -> String {
        role(i) == .and && role(i + 1) == .article && role(i + 2) == .half ? ".5" : ""
    }

    /// "half a year" (`P6M`), "half an hour" (`PT30M`), "half a century" (`P50Y`): half of one unit, in the next
    /// smaller unit so the value stays whole.
    func halfStart(_ i: Int) -> Match? {
        guard role(i + 1) == .article, let unitWord = word(i + 2), let unit = unitWord.unit, !unitWord.plural else {
            return nil
        }
        switch unit {
        case .year: return duration(i, i + 3, quantity: "6", unit: .month)
        case .decade: return duration(i, i + 3, quantity: "5", unit: .year)
        case .century: return duration(i, i + 3, quantity: "50", unit: .year)
        case .day: return duration(i, i + 3, quantity: "12", unit: .hour)
        case .hour: return duration(i, i + 3, quantity: "30", unit: .minute)
        case .minute: return duration(i, i + 3, quantity: "30", unit: .second)
        case .week, .fortnight, .month, .second: return nil
        }
    }

    /// A duration whose quantity starts at `i`: "90 days", "six months", "90-day", "twenty-five years", "a few
    /// weeks", "a couple of years"; or the date "two years ago", "a year earlier". Ages ("45 years old",
    /// "45-year-old") and rates ("twice a day", "$5 billion a year") are neither.
    func durationCore(at i: Int) -> Match? {
        guard let quantity = quantity(at: i) else { return nil }
        var index = quantity.end
        if quantity.isArticle { return articleDuration(i) }
        // "every 90 days", "23 of every 24 hours": a frequency.
        if role(i - 1) == .every { return nil }
        // The end of a range that is no duration ("every 2–3 hours", "2-3 years ago") is none either.
        if inLine(i - 2), tokens[i - 2].kind == .number || word(i - 2)?.cardinal ?? 0 > 0, isRangeSeparator(i - 1) {
            return nil
        }
        // "at 1100 hours", "17:06 hours" ("9: 25 hours" in texts tokenised once): a clock time.
        if word(index)?.unit == .hour, tokens[i].kind == .number,
            inLine(i - 2) && isPunctuation(i - 1, 0x3A)
                && (touches(i) || touches(i - 1) && tokens[i - 2].kind == .number)
                || digits(i) == 4 && (word(i - 1)?.context.contains(.beforeClock) ?? false)
        {
            return nil
        }
        if quantity.value != "X", let range = rangeDuration(i, from: quantity.value, separator: index) { return range }
        // "90-day", "two-week", "three-year", "24-hour"; "90 - day" in texts tokenised once.
        if isJoiningHyphen(index), let unit = word(index + 1)?.unit,
            quantity.value != "X"
        {
            index += 2
            if isJoiningHyphen(index), role(index + 1) == .old { return nil }
            // "the 36-year old Rahman".
            if role(index) == .old { return nil }
            if isJoiningHyphen(index), role(index + 1) == .long {
                index += 2
            }
            return duration(i, index, quantity: quantity.value, unit: unit)
        }
        // "three straight years", "two full weeks", "a few short hours".
        if word(index)?.context.contains(.durationAdjective) == true, word(index + 1)?.unit != nil { index += 1 }
        // A vague count needs a plural: not "the most recent year".
        guard let unitWord = word(index), let unit = unitWord.unit, unitWord.role != .long,
            unitWord.plural || quantity.value != "X"
        else {
            return nil
        }
        // "30 seconds" is a duration, "a second" or "one second" rarely is (and "second" is mostly an ordinal).
        if unit == .second && !unitWord.plural { return nil }
        // "the Four Seasons hotel": capitalised seasons name something (but "4 Months of Music Unlimited", "Checks
        // Out Two Minutes Later" in headlines are spans).
        if index > i, isCapitalized(index), !tokens[index].has(.allCaps), text(index).lowercased() == "seasons" {
            return nil
        }
        let end = index + 1
        switch role(end) {
        case .old:
            return nil
        case .ago, .earlier:
            guard quantity.value != "X", let count = Int(quantity.value) else { return nil }
            return agoMatch(i, end + 1, count: count, unit: unit)
        default:
            if isJoiningHyphen(end), role(end + 1) == .old { return nil }
            // "24 hours a day", "7 days a week": the whole period, always; but "eight hours a day" is a span each day.
            if role(end) == .article, let per = word(end + 1), let perUnit = per.unit, !per.plural,
                Self.wholePeriod(quantity.value, unit, of: perUnit)
            {
                return nil
            }
            // "One day he will return": the idiom, unless a preposition makes it a span ("for one day") or it
            // separates two events ("one day after the vote", "one day later").
            if unit == .day, !unitWord.plural, word(i)?.cardinal == 1,
                word(i - 1)?.context.contains(.beforeVagueDuration) != true,
                word(end)?.context.contains(.beforeOrAfter) != true, role(end) != .later
            {
                return nil
            }
            if !unitWord.plural, quantity.value == "1", !halfSuffix(at: end).isEmpty {
                // "one year and a half".
                return duration(i, end + 3, quantity: "1.5", unit: unit)
            }
            return duration(i, end, quantity: quantity.value, unit: unit)
        }
    }

    /// "60–90 minutes", "1-2 hours", "two to three years": one duration whose amount is the range, `PT60-90M` (as
    /// a percentage range is `30-40`), or nothing when it is a frequency ("every 2–3 hours") or an age
    /// ("5-10 years old").
    private func rangeDuration(_ i: Int, from low: String, separator: Int) -> Match? {
        guard isRangeSeparator(separator), let high = quantity(at: separator + 1), !high.isArticle,
            high.value != "X", let unitWord = word(high.end), let unit = unitWord.unit, unitWord.plural,
            unit != .fortnight
        else { return nil }
        let end = high.end + 1
        if role(end) == .old || isJoiningHyphen(end) && role(end + 1) == .old { return nil }
        if let previous = word(i - 1), previous.context.contains(.rate) { return nil }
        if role(end) == .ago || role(end) == .earlier { return nil }
        return duration(i, end, quantity: "\(low)-\(high.value)", unit: unit, modifier: "range")
    }

    /// Whether token `i` joins the two numbers of a range: a hyphen or dash touching both ("60–90"), or "to".
    private func isRangeSeparator(_ i: Int) -> Bool {
        touches(i) && isPunctuation(i, 0x2D) && touches(i + 1) || role(i) == .to
    }

    /// Whether `quantity` units fill one `period`: 24 hours a day, 7 days a week, 365 days or 12 months a year.
    static func wholePeriod(_ quantity: String, _ unit: Word.Unit, of period: Word.Unit) -> Bool {
        let whole: [Word.Unit: [Word.Unit: Set<String>]] = [
            .day: [.second: ["86400"], .minute: ["1440"], .hour: ["24", "twenty-four"]],
            .week: [.day: ["7", "seven"], .hour: ["168"]],
            .month: [.day: ["30", "31"], .week: ["4", "four"]],
            .year: [.day: ["365", "366"], .week: ["52"], .month: ["12", "twelve"]],
            .hour: [.minute: ["60", "sixty"]],
        ]
        return whole[period]?[unit]?.contains(quantity) ?? false
    }

    /// "a year", "an hour", "a decade", "a year ago", "a week earlier"; not "twice a day", "$5 billion a year",
    /// "barrels a day" (rates), "a second term", "a year-long …" (the adjective is found from "year").
    private func articleDuration(_ i: Int) -> Match? {
        // "a full year", "an extra week".
        let adjective = word(i + 1)?.context.contains(.durationAdjective) == true && word(i + 2)?.unit != nil ? 1 : 0
        let at = i + 1 + adjective
        guard let unitWord = word(at), let unit = unitWord.unit, !unitWord.plural, unit != .second,
            unitWord.role != .long, !(touches(at + 1) && isPunctuation(at + 1, 0x2D))
        else { return nil }
        let role = role(at + 1)
        if role == .ago || role == .earlier { return agoMatch(i, at + 2, count: 1, unit: unit) }
        if isRate(before: i) { return nil }
        if !halfSuffix(at: at + 1).isEmpty { return duration(i, at + 4, quantity: "1.5", unit: unit) }
        return duration(i, at + 1, quantity: "1", unit: unit)
    }

    /// Whether the word before an article makes "a day" a rate: a number, `%`, `per`, `times`, `twice`,
    /// `billion`, or a plural noun ("barrels a day").
    private func isRate(before i: Int) -> Bool {
        let previous = i - 1
        guard inLine(previous) else { return false }
        let token = tokens[previous]
        switch token.kind {
        case .number: return true
        case .punctuation: return token.byte == 0x25
        case .word:
            // "24 hours a day", "7 days a week".
            if let word = word(previous) { return word.context.contains(.rate) || word.unit != nil }
            return token.has(.endsInS)
        }
    }

    /// A date `count` units before the reference: "two years ago" → the year, "three weeks ago" → the ISO week.
    private func agoMatch(_ first: Int, _ end: Int, count: Int, unit: Word.Unit) -> Match? {
        // "80,000 years ago" is prehistory, not a calendar date.
        guard count <= (unit == .decade || unit == .century ? 20 : 500) else { return nil }
        switch unit {
        case .day:
            return date(first, end, dayValue(referenceDay - count), "day", kind: "Relative")
        case .week, .fortnight:
            let weeks = unit == .fortnight ? count * 2 : count
            return date(first, end, weekValue(offset: -weeks), "week", kind: "Relative")
        case .month:
            return date(first, end, monthValue(offset: -count), "month", kind: "Relative")
        case .year:
            return date(first, end, yearValue(offset: -count), "year", kind: "Relative")
        case .decade:
            return date(first, end, decadeValue(offset: -count), "decade", kind: "Relative")
        case .century:
            return date(first, end, centuryValue(offset: -count), "century", kind: "Relative")
        case .second, .minute, .hour:
            // A time of day: neither a date nor a duration here.
            return nil
        }
    }

    /// "a year", "a decade", "a few months" after "last", "the past", …: a quantity then a unit, from `first`.
    func quantityDuration(_ first: Int, at i: Int, requirePlural: Bool) -> Match? {
        guard let quantity = quantity(at: i), !quantity.isArticle || role(i + 1) == .few || role(i + 1) == .couple,
            let unitWord = word(quantity.end), let unit = unitWord.unit, unitWord.plural || !requirePlural,
            unit != .second || unitWord.plural
        else { return nil }
        return duration(first, quantity.end + 1, quantity: quantity.value, unit: unit)
    }

    /// "the past two years", "the last 12 months", "the next five years", "the coming months", "the past year",
    /// "the past few weeks", "the first six months": a duration, span from "the".
    func periodDuration(_ first: Int, _ i: Int) -> Match? {
        let relation = role(i)
        if let match = quantityDuration(first, at: i + 1, requirePlural: false) { return match }
        guard relation != .previous, let unitWord = word(i + 1), let unit = unitWord.unit, unit != .second else {
            return nil
        }
        // "the coming months", "the past weeks": vague references to now, unless TimeML's are asked for.
        if unitWord.plural { return options.vagueReferences ? duration(first, i + 2, quantity: "X", unit: unit) : nil }
        // "at the last minute", "last-minute changes": the idiom.
        if relation == .last && unit == .minute { return nil }
        // "the next day" and "the next week" are dates relative to the story, not spans.
        if relation == .next && (unit == .day || unit == .week) { return nil }
        // "the last week of November", "the last day of the season": a part of a period, not a span.
        if relation == .last && role(i + 2) == .of { return nil }
        return duration(first, i + 2, quantity: "1", unit: unit)
    }

    /// "a year", "a few weeks", "a couple of years", and the dates "a year ago", "a week earlier".
    func articleStart(_ i: Int) -> Match? {
        durationCore(at: i)
    }

    /// "about six months", "nearly two decades", "more than a year", "less than 90 days", "at least two weeks",
    /// "up to 12 months": the duration with the word that qualifies it, as a `modifier`.
    func approximationStart(_ i: Int, _ role: Word.Role) -> Match? {
        let start: Int
        let modifier: String
        switch role {
        case .approximately:
            (start, modifier) = (i + 1, "approx")
        case .more where self.role(i + 1) == .than:
            (start, modifier) = (i + 2, "more-than")
        case .less where self.role(i + 1) == .than:
            (start, modifier) = (i + 2, "less-than")
        case .at where self.role(i + 1) == .least:
            (start, modifier) = (i + 2, "at-least")
        case .at where self.role(i + 1) == .most, .up where self.role(i + 1) == .to:
            (start, modifier) = (i + 2, "at-most")
        default:
            return nil
        }
        guard var match = durationCore(at: start), match.type == .duration else { return nil }
        match.first = i
        match.modifier = modifier
        return match
    }

    /// A unit word without a number: "year-long", "months-long", and vague plurals after `for`, `within`, `in`,
    /// `after`, `over` ("for years" → `PXY`, "within weeks" → `PXW`) or before `of` ("decades of investment").
    func unitStart(_ i: Int) -> Match? {
        guard let unitWord = word(i), let unit = unitWord.unit else { return nil }
        if unitWord.role == .long { return duration(i, i + 1, quantity: "1", unit: unit) }
        if touches(i + 1), isPunctuation(i + 1, 0x2D), touches(i + 2), role(i + 2) == .long {
            return duration(i, i + 3, quantity: unitWord.plural ? "X" : "1", unit: unit)
        }
        guard unitWord.plural, unit != .second, unit != .fortnight else { return nil }
        switch role(i + 1) {
        case .ago, .old, .earlier: return nil
        default: break
        }
        if touches(i + 1) && tokens[i + 1].kind != .punctuation { return nil }
        // "Hours before the game", "suicide hours after his arrest", "Days later"; not "the days after".
        if inLine(i + 1), word(i + 1)?.context.contains(.beforeOrAfter) == true || role(i + 1) == .later,
            word(i - 1)?.context.isDisjoint(with: [.determiner, .rate]) ?? true,
            !inLine(i - 1) || tokens[i - 1].kind != .number
        {
            return duration(i, i + 1, quantity: "X", unit: unit)
        }
        if let previous = word(i - 1), previous.context.contains(.beforeVagueDuration) {
            return duration(i, i + 1, quantity: "X", unit: unit)
        }
        // "in a matter of weeks".
        if i >= 3, role(i - 1) == .of, inLine(i - 3), text(i - 2).lowercased() == "matter", role(i - 3) == .article {
            return duration(i - 3, i + 1, quantity: "X", unit: unit)
        }
        // "decades of mistrust", "months of talks"; not "minutes of the meeting".
        if role(i + 1) == .of, !unit.isTime {
            let previous = i - 1
            if !inLine(previous) || tokens[previous].kind == .punctuation
                || word(previous)?.context.contains(.beforeSeason) == true
            {
                return duration(i, i + 1, quantity: "X", unit: unit)
            }
        }
        return nil
    }
}
