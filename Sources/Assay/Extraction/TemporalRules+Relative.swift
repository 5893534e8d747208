// Dates relative to the reference or qualified by a modifier: "last week", "early 2025", "the end of the year".

extension TemporalRules.Parser {
    // MARK: - Relative expressions

    /// "last week", "this month", "next year", "last Thursday", "last May", "this summer", "last night",
    /// "this past weekend", and the durations "past three years", "next 12 months", "coming weeks".
    func relativeStart(_ i: Int, _ role: Word.Role) -> Match? {
        var relation = role
        var index = i + 1
        if relation == .this && self.role(index) == .past {
            relation = .last
            index += 1
        }
        // "past two years", "next 12 months"; not "last six weeks", which without "the" is the verb ("expected to
        // last six weeks").
        if relation == .past || relation == .next || relation == .coming,
            let match = quantityDuration(i, at: index, requirePlural: true)
        {
            return match
        }
        guard let next = word(index) else { return nil }
        if relation == .coming || relation == .past, let unit = next.unit, next.plural, unit != .second {
            // "in coming weeks", "in past months": vague references to now, unless TimeML's are asked for.
            return options.vagueReferences ? duration(i, index + 1, quantity: "X", unit: unit) : nil
        }
        let step: Int
        switch relation {
        case .last: step = -1
        case .this: step = 0
        case .next: step = 1
        default: return nil
        }
        // "the last week of November", "the last day of the season": the end of a period, not the week before now.
        if relation == .last, next.unit != nil, self.role(i - 1) == .the, self.role(index + 1) == .of { return nil }
        if let unit = next.unit, !next.plural, let match = relativeUnit(i, index + 1, unit: unit, step: step) {
            return match
        }
        if next.role == .quarter {
            return date(i, index + 1, quarterValue(offset: step), "quarter", kind: "Relative")
        }
        // "this season", "last season": a sports season, named by the year it is played in.
        if next.role == .sportsSeason {
            return date(i, index + 1, yearValue(offset: step), "year", kind: "Relative")
        }
        if next.role == .weekend {
            // "took to the streets this weekend", written on a weekday: the weekend just gone.
            var offset = step
            if step == 0, let reference, reference.weekday < 6, direction(around: i, index + 1) == .past {
                offset = -1
            }
            return date(i, index + 1, weekendValue(offset: offset), "week", kind: "Relative")
        }
        if next.weekday != 0 && !next.weekdayIsAbbreviation {
            let relation: WeekdayRelation = step < 0 ? .before : step > 0 ? .after : .sameWeek
            return date(
                i,
                index + 1,
                dayValue(weekdayDay(Int(next.weekday), relation: relation), weekday: Int(next.weekday)),
                "day",
                kind: "Relative"
            )
        }
        if next.month != 0 && !next.monthIsAbbreviation && isCapitalized(index) {
            // "this August 2nd": the date with its day, found from the month on.
            if monthCore(at: index)?.day != nil { return nil }
            return date(i, index + 1, monthRelativeValue(Int(next.month), step: step), "month", kind: "Relative")
        }
        if next.season != 0 {
            return date(i, index + 1, seasonValue(Int(next.season), step: step), "season", kind: "Season")
        }
        if next.partOfDay != 0 {
            // "last night", "this morning"; "last morning" is not said.
            if step < 0 && next.partOfDay == 4 || step == 0 {
                let day = referenceDay + (step < 0 ? -1 : 0)
                return date(i, index + 1, partOfDayValue(day, Int(next.partOfDay)), "part-of-day", kind: "Time")
            }
        }
        return nil
    }

    /// "last week", "this month", "next year", "last decade" (`step` -1, 0, 1), ending at `end`.
    func relativeUnit(_ first: Int, _ end: Int, unit: Word.Unit, step: Int, modifier: String? = nil) -> Match? {
        switch unit {
        case .week:
            return date(first, end, weekValue(offset: step), "week", kind: "Relative", modifier: modifier)
        case .month:
            return date(first, end, monthValue(offset: step), "month", kind: "Relative", modifier: modifier)
        case .year:
            return date(first, end, yearValue(offset: step), "year", kind: "Relative", modifier: modifier)
        case .decade:
            return date(first, end, decadeValue(offset: step), "decade", kind: "Relative", modifier: modifier)
        case .century:
            return date(first, end, centuryValue(offset: step), "century", kind: "Relative", modifier: modifier)
        default:
            return nil
        }
    }

    /// "early 2025", "mid-2024", "late 1990s", "mid-November", "early June 2024", "late last year",
    /// "early next month", "late 20th century", "late summer".
    func edgeStart(_ i: Int, _ role: Word.Role) -> Match? {
        let modifier = role == .early ? "start" : role == .mid ? "mid" : "end"
        var index = i + 1
        if touches(index), isPunctuation(index, 0x2D) {
            index += 1
            guard touches(index) else { return nil }
        }
        guard inLine(index) else { return nil }
        if let decade = decadeCore(at: index) {
            return decadeMatch(i, decade, modifier: modifier)
        }
        if let year = explicitYear(at: index), (1000...2999).contains(year.year) {
            let value = TemporalRules.Calendar.yearValue(year.year)
            return date(i, year.end, value, "year", kind: "Year", modifier: modifier)
        }
        if let century = centuryCore(at: index) {
            return date(i, century.end, century.value, "century", kind: "Century", modifier: modifier)
        }
        if let phrase = monthCore(at: index), phrase.day == nil, isCapitalized(index) {
            return monthMatch(i, phrase, modifier: modifier)
        }
        let next = self.role(index)
        if next == .this || next == .last || next == .next, let unit = word(index + 1)?.unit,
            word(index + 1)?.plural == false
        {
            let step = next == .last ? -1 : next == .next ? 1 : 0
            return relativeUnit(i, index + 2, unit: unit, step: step, modifier: modifier)
        }
        if index == i + 1, let weekday = word(index)?.weekday, weekday != 0, word(index)?.weekdayIsAbbreviation == false
        {
            // "early Tuesday morning", "late Tuesday night".
            if let match = weekdayPartMatch(i, weekday: Int(weekday), at: index, modifier: modifier) { return match }
            let day = weekdayDay(Int(weekday), relation: .nearest(direction(around: i, index + 1)))
            return date(i, index + 1, dayValue(day, weekday: Int(weekday)), "day", kind: "Relative", modifier: modifier)
        }
        if let season = word(index)?.season, season != 0, role != .mid {
            let value = seasonAloneValue(Int(season), direction(around: i, index + 1))
            return date(i, index + 1, value, "season", kind: "Season", modifier: modifier)
        }
        return nil
    }

    /// "end-2025", "end-June", "start-2026": the compact forms of financial writing.
    func hyphenedEdgeStart(_ i: Int, _ role: Word.Role) -> Match? {
        guard touches(i + 1), isPunctuation(i + 1, 0x2D), touches(i + 2) else { return nil }
        let modifier = role == .edgeEnd ? "end" : "start"
        if let year = explicitYear(at: i + 2) {
            let value = TemporalRules.Calendar.yearValue(year.year)
            return date(i, year.end, value, "year", kind: "Year", modifier: modifier)
        }
        if let phrase = monthCore(at: i + 2), phrase.day == nil, isCapitalized(i + 2) {
            return monthMatch(i, phrase, modifier: modifier)
        }
        return nil
    }

    /// "earlier this year" (modifier `start`), "later this month" (`end`), "earlier in the year", "earlier today".
    func earlierStart(_ i: Int, _ role: Word.Role) -> Match? {
        let modifier = role == .earlier ? "start" : "end"
        if self.role(i + 1) == .today { return date(i, i + 2, dayValue(referenceDay), "day", kind: "Relative") }
        // "earlier this year", and "earlier in the year", which news writes of the year of the story.
        var index = i + 1
        if word(index)?.context.contains(.anchorsYear) == true, self.role(index + 1) == .the { index += 1 }
        guard self.role(index) == .this || self.role(index) == .the && index > i + 1,
            let unit = word(index + 1)?.unit, word(index + 1)?.plural == false
        else { return nil }
        return relativeUnit(i, index + 2, unit: unit, step: 0, modifier: modifier)
    }

    // MARK: - "the …"

    /// Patterns that include a leading "the": "the 1990s", "the early 2000s", "the 20th century", "the third
    /// quarter (of 2024)", "the first half of 2025", "the 10th of August", "the past two years", "the end of
    /// the year", "the year 2025", "the summer of 2024", "(over) the weekend".
    /// "arrested on March 11, 2005 … charged the next day", "died in 1972 … resigned the next year", "the previous
    /// day", "the following week": in a past account, the day, week, month or year after or before the latest date
    /// the story stated (`2005-03-12`, `1973`). Without such a date, or told of the future, they are left to the
    /// other rules.
    func storyRelative(_ i: Int, _ index: Int, _ relation: Word.Role) -> Match? {
        guard relation == .next || relation == .previous || relation == .following else { return nil }
        return storyAnaphor(i, index + 1, step: relation == .previous ? -1 : 1)
    }

    /// "that day", "later that night", "that same year", "the same month", "the following week": in a past account,
    /// the day, week, month or year of the latest date the story stated (or the one after or before it), with the
    /// part of the day kept ("that morning" → `2005-03-11TMO`). `unit` is the token of the unit; nothing without such
    /// a date.
    func storyAnaphor(_ i: Int, _ unit: Int, step: Int) -> Match? {
        guard let unitWord = word(unit), !unitWord.plural, role(unit + 1) != .of,
            !(inLine(unit + 1) && touches(unit + 1) && isPunctuation(unit + 1, 0x2D)),
            direction(around: i, unit + 1) == .past
        else { return nil }
        if unitWord.partOfDay != 0, step >= 0, let day = storyDay {
            let value =
                TemporalRules.Calendar.dayValue(ofDay: day + step) + "T" + Self.partOfDaySuffix(Int(unitWord.partOfDay))
            return date(i, unit + 1, value, "part-of-day", kind: "Relative")
        }
        switch unitWord.unit {
        case .day?:
            guard let day = storyDay else { return nil }
            return date(i, unit + 1, TemporalRules.Calendar.dayValue(ofDay: day + step), "day", kind: "Relative")
        case .week?:
            guard let day = storyDay else { return nil }
            return date(i, unit + 1, TemporalRules.Calendar.weekValue(ofDay: day + 7 * step), "week", kind: "Relative")
        case .month?:
            guard let month = storyMonth else { return nil }
            return date(i, unit + 1, TemporalRules.Calendar.monthValue(index: month + step), "month", kind: "Relative")
        case .year?:
            guard let year = storyYear else { return nil }
            return date(i, unit + 1, TemporalRules.Calendar.yearValue(year + step), "year", kind: "Relative")
        default:
            return nil
        }
    }

    /// "that day", "that same year", "that morning": see ``storyAnaphor(_:_:step:)``.
    func thatStart(_ i: Int) -> Match? {
        var unit = i + 1
        if role(unit) == .same { unit += 1 }
        guard inLine(unit) else { return nil }
        return storyAnaphor(i, unit, step: 0)
    }

    func theStart(_ i: Int) -> Match? {
        let index = i + 1
        guard inLine(index) else { return nil }
        if tokens[index].kind == .number || isPunctuation(index, 0x27) {
            if let decade = decadeCore(at: index) {
                return decadeMatch(i, decade)
            }
            if let century = centuryCore(at: index) {
                return date(i, century.end, century.value, "century", kind: "Century")
            }
            if let period = periodCore(at: index) {
                return period.isAdjective ? nil : extended(period.match, from: i)
            }
            if role(index + 1) == .ordinalSuffix, let phrase = dayFirstCore(at: index), role(index + 2) == .of {
                return dayMatch(i, phrase)
            }
            return nil
        }
        guard let word = word(index) else { return nil }
        switch word.role {
        case .following:
            return storyRelative(i, index, word.role)
        case .same:
            return storyAnaphor(i, index + 1, step: 0)
        case .past, .last, .next, .coming, .previous:
            if let match = storyRelative(i, index, word.role) { return match }
            if let match = periodDuration(i, index) { return match }
            if word.role == .past, options.vagueReferences {
                return date(i, index + 1, "PAST_REF", nil, kind: "Reference")
            }
            return nil
        case .early, .mid, .late:
            var after = index + 1
            if word.role == .mid, touches(after), isPunctuation(after, 0x2D) { after += 1 }
            let modifier = word.role == .early ? "start" : word.role == .mid ? "mid" : "end"
            if let decade = decadeCore(at: after) {
                return decadeMatch(i, decade, modifier: modifier)
            }
            if let century = centuryCore(at: after) {
                return date(i, century.end, century.value, "century", kind: "Century", modifier: modifier)
            }
            return nil
        case .edgeEnd, .edgeStart, .edgeMiddle:
            return edgeOf(i, index)
        case .year:
            guard let year = explicitYear(at: index + 1) else { return nil }
            return date(i, year.end, TemporalRules.Calendar.yearValue(year.year), "year", kind: "Year")
        case .weekend:
            guard let previous = self.word(i - 1), previous.context.contains(.beforeWeekend) else { return nil }
            let value = weekendAloneValue(direction(around: i, index + 1))
            return date(i, index + 1, value, "week", kind: "Relative")
        case .future, .present:
            guard options.vagueReferences, !(touches(index + 1) && tokens[index + 1].kind == .word) else {
                return nil
            }
            return date(i, index + 1, word.role == .future ? "FUTURE_REF" : "PRESENT_REF", nil, kind: "Reference")
        case .fiscal:
            // "the fiscal third quarter"; in "the fiscal 2024 budget" the article is the budget's.
            guard let match = fiscalStart(index), match.kind == "Quarter" else { return nil }
            return extended(match, from: i)
        default:
            break
        }
        if word.ordinal != 0, let period = periodCore(at: index) {
            return period.isAdjective ? nil : extended(period.match, from: i)
        }
        if word.season != 0 {
            if role(index + 1) == .of {
                guard let year = explicitYear(at: index + 2) else { return nil }
                let value = seasonYearValue(Int(word.season), year.year)
                return anchored(date(i, year.end, value, "season", kind: "Season"), year.year)
            }
            guard let previous = self.word(i - 1), previous.context.contains(.beforeSeason),
                !(inLine(index + 1) && tokens[index + 1].kind == .word && self.word(index + 1) == nil)
            else { return nil }
            let value = seasonAloneValue(Int(word.season), direction(around: i, index + 1))
            return date(i, index + 1, value, "season", kind: "Season")
        }
        return nil
    }

    func extended(_ match: Match, from first: Int) -> Match {
        var match = match
        match.first = first
        return match
    }

    /// "the end of the year", "the beginning of 2025", "the middle of June", "the end of this month",
    /// "the start of the 1990s".
    private func edgeOf(_ first: Int, _ i: Int) -> Match? {
        let modifier: String
        switch role(i) {
        case .edgeEnd: modifier = "end"
        case .edgeStart: modifier = "start"
        default: modifier = "mid"
        }
        guard role(i + 1) == .of else { return nil }
        let index = i + 2
        if let year = explicitYear(at: index) {
            let value = TemporalRules.Calendar.yearValue(year.year)
            return date(first, year.end, value, "year", kind: "Year", modifier: modifier)
        }
        if let phrase = monthCore(at: index), phrase.day == nil, isCapitalized(index) {
            return monthMatch(first, phrase, modifier: modifier)
        }
        let next = role(index)
        if next == .this || next == .last || next == .next || next == .the, let unit = word(index + 1)?.unit,
            word(index + 1)?.plural == false
        {
            let step = next == .last ? -1 : next == .next ? 1 : 0
            return relativeUnit(first, index + 2, unit: unit, step: step, modifier: modifier)
        }
        if next == .the || next == .this, role(index + 1) == .quarter {
            return date(first, index + 2, quarterValue(offset: 0), "quarter", kind: "Relative", modifier: modifier)
        }
        if next == .the, let decade = decadeCore(at: index + 1) {
            return decadeMatch(first, decade, modifier: modifier)
        }
        if next == .the, let century = centuryCore(at: index + 1) {
            return date(first, century.end, century.value, "century", kind: "Century", modifier: modifier)
        }
        return nil
    }
}
