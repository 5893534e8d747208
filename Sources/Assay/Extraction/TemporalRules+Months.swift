// Dates named by month, weekday, deictic word or holiday.

extension TemporalRules.Parser {
    // MARK: - Months and days

    /// A month, perhaps with a day and a year: "August", "Aug. 10", "August 10, 2025", "May 2025", "May of 2025".
    struct MonthPhrase {
        var month: Int
        var day: Int?
        var year: Int?
        /// "July last year": the year relative to the reference's.
        var yearOffset: Int?
        var end: Int
    }

    /// The month phrase at `i`. A month alone is returned too (its caller decides whether the context makes it a
    /// month), except an abbreviation, which needs a day or a year.
    func monthCore(at i: Int) -> MonthPhrase? {
        guard let name = word(i), name.month != 0 else { return nil }
        let token = tokens[i]
        if (name.monthIsAmbiguous || name.monthIsAbbreviation) && !token.has(.capitalized) { return nil }
        if touches(i + 1) && tokens[i + 1].kind == .word { return nil }
        let month = Int(name.month)
        var index = i + 1
        if name.monthIsAbbreviation, touches(index), isPunctuation(index, 0x2E), inLine(index + 1),
            tokens[index + 1].kind == .number
        {
            index += 1
        }
        // "September the 11th": the article only before an ordinal.
        if role(index) == .the, !name.monthIsAbbreviation, let day = dayNumber(at: index + 1),
            day.end > index + 2, role(day.end - 1) == .ordinalSuffix
        {
            guard day.value <= TemporalRules.Calendar.daysInMonth(year: 2024, month: month) else { return nil }
            return MonthPhrase(month: month, day: day.value, end: day.end)
        }
        if let day = dayNumber(at: index) {
            var after = day.end
            if isPunctuation(after, 0x2C) { after += 1 }
            if let year = explicitYear(at: after) {
                guard TemporalRules.Calendar.isValid(year: year.year, month: month, day: day.value) else { return nil }
                return MonthPhrase(month: month, day: day.value, year: year.year, end: year.end)
            }
            guard day.value <= TemporalRules.Calendar.daysInMonth(year: 2024, month: month) else { return nil }
            // "December 14 last year", "February 24 this year": the year is the reference's, moved.
            if let offset = yearOffset(at: day.end) {
                return MonthPhrase(month: month, day: day.value, yearOffset: offset, end: day.end + 2)
            }
            return MonthPhrase(month: month, day: day.value, end: day.end)
        }
        if let year = explicitYear(at: index) {
            return MonthPhrase(month: month, year: year.year, end: year.end)
        }
        if role(index) == .of, let year = explicitYear(at: index + 1) {
            return MonthPhrase(month: month, year: year.year, end: year.end)
        }
        guard !name.monthIsAbbreviation else { return nil }
        // "July last year", "March of this year".
        let of = role(i + 1) == .of ? 1 : 0
        if let offset = yearOffset(at: i + 1 + of) {
            return MonthPhrase(month: month, yearOffset: offset, end: i + 3 + of)
        }
        return MonthPhrase(month: month, end: i + 1)
    }

    /// "last year", "this year", "next year" at `i` (and "the year" when `the` allows it): the year's distance from
    /// the reference's.
    func yearOffset(at i: Int, the: Bool = false) -> Int? {
        let relation = role(i)
        guard relation == .last || relation == .this || relation == .next || the && relation == .the,
            let unit = word(i + 1), unit.unit == .year, !unit.plural
        else { return nil }
        return relation == .last ? -1 : relation == .next ? 1 : 0
    }

    /// A day of the month: 1 to 31, perhaps with `st`, `nd`, `rd`, `th`; not a time (`10:30`), a share (`10%`), a
    /// fraction (`10/12`) or a code (`5G`).
    func dayNumber(at i: Int) -> (value: Int, end: Int)? {
        guard let value = plainNumber(i), digits(i) <= 2, (1...31).contains(value) else { return nil }
        var end = i + 1
        if touches(end) {
            let next = tokens[end]
            if next.kind == .word {
                guard role(end) == .ordinalSuffix else { return nil }
                end += 1
            } else if next.kind == .punctuation {
                let byte = next.byte
                if byte == 0x3A || byte == 0x25 || byte == 0x2F { return nil }
            } else {
                return nil
            }
        }
        return (value, end)
    }

    /// "10 August 2025", "10th of August", "10 Aug."
    func dayFirstCore(at i: Int) -> MonthPhrase? {
        guard let day = dayNumber(at: i) else { return nil }
        var index = day.end
        if role(index) == .of { index += 1 }
        guard let name = word(index), name.month != 0, !(touches(index + 1) && tokens[index + 1].kind == .word)
        else { return nil }
        if (name.monthIsAmbiguous || name.monthIsAbbreviation) && !isCapitalized(index) { return nil }
        let month = Int(name.month)
        var after = index + 1
        if name.monthIsAbbreviation, touches(after), isPunctuation(after, 0x2E) { after += 1 }
        let beforeComma = after
        if isPunctuation(after, 0x2C) { after += 1 }
        if let year = explicitYear(at: after) {
            guard TemporalRules.Calendar.isValid(year: year.year, month: month, day: day.value) else { return nil }
            return MonthPhrase(month: month, day: day.value, year: year.year, end: year.end)
        }
        // "a 30-7 Oct. 19 loss": the day after the month is the date's, and the number before it is not.
        if dayNumber(at: beforeComma) != nil { return nil }
        // A leap year, so that "29 February" is kept until its year is known.
        guard day.value <= TemporalRules.Calendar.daysInMonth(year: 2024, month: month) else { return nil }
        return MonthPhrase(month: month, day: day.value, end: index + 1)
    }

    /// A range of days in one month, as two dates: "October 25-26, 2016", "May 15–24", "5-6 April 2016", "11-13
    /// Dec.". The day that names no month takes the other's month and year; the second day must come after the
    /// first, so that a score ("30-7 Oct. 19") is no range.
    func dayRange(at i: Int) -> (first: Match, second: Match)? {
        if tokens[i].kind == .number {
            guard let day = dayNumber(at: i), isJoiningHyphen(day.end), let last = dayFirstCore(at: day.end + 1),
                let lastDay = last.day, lastDay > day.value
            else { return nil }
            let first = dayMatch(i, MonthPhrase(month: last.month, day: day.value, year: last.year, end: day.end))
            return (first, sameYear(dayMatch(day.end + 1, last), as: first, last))
        }
        guard let first = monthCore(at: i), let day = first.day, first.year == nil, isJoiningHyphen(first.end),
            let second = dayNumber(at: first.end + 1), second.value > day,
            second.value <= TemporalRules.Calendar.daysInMonth(year: 2024, month: first.month)
        else { return nil }
        var last = MonthPhrase(month: first.month, day: second.value, end: second.end)
        var dated = first
        let after = isPunctuation(second.end, 0x2C) ? second.end + 1 : second.end
        if let year = explicitYear(at: after),
            TemporalRules.Calendar.isValid(year: year.year, month: first.month, day: second.value)
        {
            dated.year = year.year
            last.year = year.year
            last.end = year.end
        }
        let firstMatch = dayMatch(i, dated)
        return (firstMatch, sameYear(dayMatch(first.end + 1, last), as: firstMatch, last))
    }

    /// The range's second day in the year its first was resolved to, when the text states none: "May 15-24" seen
    /// in November is one May. The value is set here rather than by `dayMatch` with a year, which would make that
    /// year, which the text does not state, the sentence's anchor.
    private func sameYear(_ match: Match, as first: Match, _ phrase: MonthPhrase) -> Match {
        guard phrase.year == nil, let day = phrase.day, let value = first.value, value.utf8.count == 10,
            let year = Int(value.prefix(4)), TemporalRules.Calendar.isValid(year: year, month: phrase.month, day: day)
        else { return match }
        var dated = match
        dated.value = TemporalRules.Calendar.dayValue(year: year, month: phrase.month, day: day)
        return dated
    }

    /// A match for a month phrase with a day, from token `first`; a weekday before it ("Saturday, May 18") picks
    /// the year when none is given.
    func dayMatch(_ first: Int, _ phrase: MonthPhrase, weekday: Int? = nil) -> Match {
        guard let day = phrase.day else { return monthMatch(first, phrase, modifier: nil) }
        if let year = phrase.year {
            let value = TemporalRules.Calendar.dayValue(year: year, month: phrase.month, day: day)
            return anchored(date(first, phrase.end, value, "day", kind: "Date"), year)
        }
        if let offset = phrase.yearOffset {
            var value = TemporalRules.Calendar.yearlessDayValue(month: phrase.month, day: day)
            if let year = reference.map({ $0.year + offset }),
                TemporalRules.Calendar.isValid(year: year, month: phrase.month, day: day)
            {
                value = TemporalRules.Calendar.dayValue(year: year, month: phrase.month, day: day)
            }
            return date(first, phrase.end, value, "day", kind: "Date")
        }
        if phrase.month == 9, day == 11, namesTheAttacks(first, phrase.end) {
            return date(first, phrase.end, "2001-09-11", "day", kind: "Date")
        }
        // Only the words before the date: in "the pause ends on Aug 10, officials said" the reporting verb after it
        // says nothing of the date.
        let value = monthDayValue(
            month: phrase.month,
            day: day,
            direction: direction(around: first, phrase.end, leftOnly: true),
            weekday: weekday
        )
        return date(first, phrase.end, value, "day", kind: "Date")
    }

    /// Whether "September 11" at tokens `first..<end` names the day of the 2001 attacks: "the September 11
    /// attacks", "Sept. 11 hijackers", "the attacks of September 11", "post-Sept. 11".
    private func namesTheAttacks(_ first: Int, _ end: Int) -> Bool {
        func attackWord(_ i: Int) -> Bool {
            tokens[i].kind == .word && tokens[i].word >= 0 && words[Int(tokens[i].word)].context.contains(.attacks)
        }
        if (end..<min(end + 2, limit)).contains(where: attackWord) { return true }
        guard first >= 2, attackWord(first - 2) else { return false }
        return text(first - 1) == "of" || text(first - 1) == "-"
    }

    /// A match for a month phrase without a day: a month of a given year, or a month alone resolved by tense.
    func monthMatch(_ first: Int, _ phrase: MonthPhrase, modifier: String?) -> Match {
        if let year = phrase.year {
            let value = TemporalRules.Calendar.monthValue(year: year, month: phrase.month)
            return anchored(date(first, phrase.end, value, "month", kind: "Month", modifier: modifier), year)
        }
        if let offset = phrase.yearOffset {
            let value = reference.map { TemporalRules.Calendar.monthValue(year: $0.year + offset, month: phrase.month) }
            return date(
                first,
                phrase.end,
                value ?? "XXXX-\(TemporalRules.Calendar.padded(phrase.month, 2))",
                "month",
                kind: "Month",
                modifier: modifier
            )
        }
        let value = monthAloneValue(phrase.month, direction(around: first, phrase.end))
        return date(first, phrase.end, value, "month", kind: "Month", modifier: modifier)
    }

    /// A month name: with a day or year it is always a date; alone, it must be capitalized and, for the names
    /// that are also words or names (May, March, April, June, August), follow `in`, `since`, `by`, `until`, a
    /// possessive or another month ("April and May").
    func monthStart(_ i: Int) -> Match? {
        guard let phrase = monthCore(at: i) else { return nil }
        if phrase.day != nil { return dayMatch(i, phrase) }
        if phrase.year == nil && phrase.yearOffset == nil {
            guard isCapitalized(i), monthAloneAllowed(i) else { return nil }
        }
        return quarterNamedByItsLastMonth(monthMatch(i, phrase, modifier: nil))
    }

    /// "the September quarter" (`2019-Q3`), "the June quarter 2024": a quarter named by a month in it, as companies
    /// that report by quarter say; the month stays a month otherwise.
    private func quarterNamedByItsLastMonth(_ match: Match) -> Match {
        guard role(match.end) == .quarter, !isCapitalized(match.end), let value = match.value,
            value.utf8.count == 7, let month = Int(value.suffix(2))
        else { return match }
        // "XXXX-09" when no reference fixes the year.
        let year = value.prefix(4)
        guard year == "XXXX" || Int(year) != nil else { return match }
        var quarter = match
        quarter.end += 1
        quarter.value = "\(year)-Q\((month - 1) / 3 + 1)"
        quarter.granularity = "quarter"
        return quarter
    }

    private func monthAloneAllowed(_ i: Int) -> Bool {
        guard let name = word(i) else { return false }
        if let previous = word(i - 1), previous.context.contains(.beforeMonth) { return true }
        // A possessive: "China's April restrictions".
        if role(i - 1) == .pluralS, touches(i - 1), isPunctuation(i - 2, 0x27) { return true }
        // A list or range of months: "April and May", "May-June", "April, May".
        let joiner = i - 1
        if role(joiner) == .and || role(joiner) == .or || role(joiner) == .to || isPunctuation(joiner, 0x2C)
            || isPunctuation(joiner, 0x2D) || isPunctuation(joiner, 0x2F), let before = word(joiner - 1),
            before.month != 0
        {
            return true
        }
        return !name.monthIsAmbiguous
    }

    // MARK: - Weekdays and deictic words

    /// "Monday", "Monday, Aug. 11", "Monday 11 August 2025", "Monday morning".
    func weekdayStart(_ i: Int) -> Match? {
        guard let name = word(i) else { return nil }
        if let previous = word(i - 1), previous.context.contains(.weekdayName), isCapitalized(i - 1) { return nil }
        if let next = word(i + 1), next.context.contains(.afterWeekdayName), isCapitalized(i + 1) { return nil }
        if touches(i + 1) && tokens[i + 1].kind == .word { return nil }
        var index = i + 1
        if isPunctuation(index, 0x2C) || (name.weekdayIsAbbreviation && isPunctuation(index, 0x2E)) { index += 1 }
        if let phrase = monthCore(at: index), phrase.day != nil {
            return dayMatch(i, phrase, weekday: Int(name.weekday))
        }
        if let phrase = dayFirstCore(at: index) { return dayMatch(i, phrase, weekday: Int(name.weekday)) }
        guard !name.weekdayIsAbbreviation else { return nil }
        let weekday = Int(name.weekday)
        if let match = weekdayPartMatch(i, weekday: weekday, at: i) { return match }
        // "in a Sunday bulletin", "on a Friday": any such day, not one date ("a Monday evening vigil" is one).
        if role(i - 1) == .article { return nil }
        // "from Monday through Wednesday": the second day of a range falls after the first.
        if let previous = previousWeekday, previous.end == i - 1, inLine(i - 1),
            isPunctuation(i - 1, 0x2D) || Self.rangeWords.contains(text(i - 1).lowercased())
        {
            let ahead = (weekday - TemporalRules.Calendar.weekday(ofDay: previous.day) + 7) % 7
            let day = previous.day + (ahead == 0 ? 7 : ahead)
            return date(i, i + 1, dayValue(day, weekday: weekday), "day", kind: "Relative")
        }
        let day = weekdayDay(weekday, relation: .nearest(direction(around: i, i + 1)))
        return date(i, i + 1, dayValue(day, weekday: weekday), "day", kind: "Relative")
    }

    static let rangeWords: Set<String> = ["through", "thru", "to", "until", "till"]

    /// A weekday at `index` and a part of the day after it, from token `first`: "Tuesday morning", "early Tuesday
    /// morning" (`modifier` start).
    func weekdayPartMatch(_ first: Int, weekday: Int, at index: Int, modifier: String? = nil) -> Match? {
        guard let part = word(index + 1)?.partOfDay, part != 0 else { return nil }
        let day = weekdayDay(weekday, relation: .nearest(direction(around: first, index + 2)))
        let value = partOfDayValue(day, Int(part), weekday: weekday)
        return date(first, index + 2, value, "part-of-day", kind: "Time", modifier: modifier)
    }

    /// "today", "yesterday", "tomorrow", "tonight", "yesterday morning".
    func deicticStart(_ i: Int, _ role: Word.Role) -> Match? {
        let offset: Int
        switch role {
        case .yesterday: offset = -1
        case .tomorrow: offset = 1
        case .tonight: return date(i, i + 1, partOfDayValue(referenceDay, 4), "part-of-day", kind: "Time")
        default: offset = 0
        }
        // "USA Today", "Good Morning America Today": the end of a capitalised name, not the day.
        if isCapitalized(i), inLine(i - 1), tokens[i - 1].kind == .word, isCapitalized(i - 1) { return nil }
        let day = referenceDay + offset
        if role != .today, let part = word(i + 1)?.partOfDay, part != 0 {
            return date(i, i + 2, partOfDayValue(day, Int(part)), "part-of-day", kind: "Time")
        }
        return date(i, i + 1, dayValue(day), "day", kind: "Relative")
    }

    /// "now", "currently", "recently", "at present" as TimeML's vague references, when the options ask for them.
    func vagueStart(_ i: Int, _ role: Word.Role) -> Match? {
        guard options.vagueReferences else { return nil }
        switch role {
        case .now: return date(i, i + 1, "PRESENT_REF", nil, kind: "Reference")
        case .recently: return date(i, i + 1, "PAST_REF", nil, kind: "Reference")
        case .present:
            guard self.role(i - 1) == .at else { return nil }
            return date(i, i + 1, "PRESENT_REF", nil, kind: "Reference")
        default: return nil
        }
    }

    // MARK: - Holidays

    /// Nouns after "Christmas" that make it a thing of the season, not the day: "an office Christmas party".
    static let christmasThings: Set<String> = [
        "party", "parties", "tree", "trees", "card", "cards", "lights", "decorations", "carol", "carols", "gift",
        "gifts", "present", "presents", "shopping", "shoppers", "list", "movie", "movies", "song", "songs", "special",
        "market", "markets", "sweater", "sweaters", "spirit", "ad", "ads", "advert", "album", "jumper",
    ]

    /// "Christmas", "Christmas Eve", "Christmas Day", "New Year's Day", "New Year's Eve", "Easter", "Halloween",
    /// "Boxing Day", "Anzac Day", "Thanksgiving", "Black Friday", "Cyber Monday": the day, in the year closest to the
    /// reference (or the sentence's year).
    func holidayStart(_ i: Int, _ role: Word.Role) -> Match? {
        guard isCapitalized(i) else { return nil }
        if role == .new {
            // New Year 's Day / Eve
            guard word(i + 1)?.unit == .year, isCapitalized(i + 1), isPunctuation(i + 2, 0x27), touches(i + 2),
                self.role(i + 3) == .pluralS, touches(i + 3), inLine(i + 4), isCapitalized(i + 4)
            else { return nil }
            if self.role(i + 4) == .eve {
                return date(i, i + 5, monthDayValue(month: 12, day: 31), "day", kind: "Date")
            }
            if word(i + 4)?.unit == .day { return date(i, i + 5, monthDayValue(month: 1, day: 1), "day", kind: "Date") }
            return nil
        }
        let name = text(i).lowercased()
        var end = i + 1
        let hasSuffix = inLine(end) && isCapitalized(end)
        switch name {
        case "christmas":
            if hasSuffix && self.role(end) == .eve {
                return date(i, end + 1, monthDayValue(month: 12, day: 24), "day", kind: "Date")
            }
            // "an office Christmas party", "the Christmas tree": a thing of the season, not the day.
            if inLine(end), !hasSuffix, Self.christmasThings.contains(text(end).lowercased()) { return nil }
            if hasSuffix && word(end)?.unit == .day && word(end)?.plural == false { end += 1 }
            return date(i, end, monthDayValue(month: 12, day: 25), "day", kind: "Date")
        case "halloween":
            return date(i, end, monthDayValue(month: 10, day: 31), "day", kind: "Date")
        case "boxing", "anzac", "remembrance", "veterans":
            // Days of fixed date named with "Day": "Boxing Day", "Anzac Day", "Remembrance Day", "Veterans Day".
            guard hasSuffix, text(end) == "Day" else { return nil }
            let (month, day) = name == "boxing" ? (12, 26) : name == "anzac" ? (4, 25) : (11, 11)
            return date(i, end + 1, monthDayValue(month: month, day: day), "day", kind: "Date")
        case "black", "cyber":
            // Black Friday, the day after Thanksgiving; Cyber Monday, the Monday after it.
            let friday = name == "black"
            guard hasSuffix, text(end) == (friday ? "Friday" : "Monday") else { return nil }
            return date(i, end + 1, movableFeastValue(easter: false, after: friday ? 1 : 4), "day", kind: "Date")
        case "thanksgiving", "easter":
            if hasSuffix
                && (word(end)?.unit == .day && word(end)?.plural == false || name == "easter" && text(end) == "Sunday")
            {
                end += 1
            }
            return date(i, end, movableFeastValue(easter: name == "easter"), "day", kind: "Date")
        default:
            return nil
        }
    }
}
