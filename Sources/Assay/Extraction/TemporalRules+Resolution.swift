extension TemporalRules.Parser {
    /// How a weekday relates to the reference day.
    enum WeekdayRelation {
        /// "last Thursday": the latest one strictly before.
        case before
        /// "next Thursday": the first one strictly after.
        case after
        /// "this Thursday": the one in the reference's ISO week.
        case sameWeek
        /// "Thursday": on or before in a past or unknown context, on or after in a future one.
        case nearest(Direction)
    }

    // MARK: - Days and weeks

    /// The day number of a weekday (1 = Monday) relative to the reference.
    func weekdayDay(_ weekday: Int, relation: WeekdayRelation) -> Int {
        guard let reference else { return 0 }
        let today = reference.weekday
        switch relation {
        case .before:
            let back = (today - weekday + 7) % 7
            return referenceDay - (back == 0 ? 7 : back)
        case .after:
            let ahead = (weekday - today + 7) % 7
            return referenceDay + (ahead == 0 ? 7 : ahead)
        case .sameWeek:
            return referenceDay + weekday - today
        case .nearest(.future):
            return referenceDay + (weekday - today + 7) % 7
        case .nearest:
            return referenceDay - (today - weekday + 7) % 7
        }
    }

    /// `YYYY-MM-DD` for a day number; without a reference `XXXX-XX-XX`, or TimeML's `XXXX-WXX-7` for a day the
    /// text names by its ISO weekday (7, Sunday).
    func dayValue(_ day: Int, weekday: Int? = nil) -> String {
        guard reference == nil else { return TemporalRules.Calendar.dayValue(ofDay: day) }
        return weekday.map { "XXXX-WXX-\($0)" } ?? "XXXX-XX-XX"
    }

    /// `2025-06-16TMO`: a day and a part of it (1 morning, 2 afternoon, 3 evening, 4 night).
    func partOfDayValue(_ day: Int, _ part: Int, weekday: Int? = nil) -> String {
        "\(dayValue(day, weekday: weekday))T\(Self.partOfDaySuffix(part))"
    }

    /// TimeML's code of a part of the day: `MO`, `AF`, `EV`, `NI`.
    static func partOfDaySuffix(_ part: Int) -> String { ["MO", "AF", "EV", "NI"][max(0, min(3, part - 1))] }

    /// The ISO week `offset` weeks from the reference's: `2025-W24`.
    func weekValue(offset: Int) -> String {
        reference == nil ? "XXXX-WXX" : TemporalRules.Calendar.weekValue(ofDay: referenceDay + offset * 7)
    }

    /// The weekend of the ISO week `offset` weeks from the reference's: `2025-W24-WE`.
    func weekendValue(offset: Int) -> String {
        "\(weekValue(offset: offset))-WE"
    }

    /// "the weekend": the latest one that has begun in a past or unknown context, else the next one to come.
    func weekendAloneValue(_ direction: Direction) -> String {
        guard let reference else { return "XXXX-WXX-WE" }
        let inWeekend = reference.weekday >= 6
        switch direction {
        case .future: return weekendValue(offset: reference.weekday == 7 ? 1 : 0)
        case .past, .unknown: return weekendValue(offset: inWeekend ? 0 : -1)
        }
    }

    // MARK: - Months

    private var referenceMonthIndex: Int { (reference?.year ?? 0) * 12 + (reference?.month ?? 1) - 1 }

    /// The month `offset` months from the reference's: `2025-05`.
    func monthValue(offset: Int) -> String {
        reference == nil ? "XXXX-XX" : TemporalRules.Calendar.monthValue(index: referenceMonthIndex + offset)
    }

    /// A month named alone ("in May"): in the year stated earlier in the sentence if any; else not after the
    /// reference's month in a past context, not before it in a future one, else the nearest (a tie goes to the past).
    func monthAloneValue(_ month: Int, _ direction: Direction) -> String {
        if let year = sentenceYear { return TemporalRules.Calendar.monthValue(year: year, month: month) }
        guard reference != nil else { return "XXXX-\(TemporalRules.Calendar.padded(month, 2))" }
        let current = referenceMonthIndex
        let sameYear = current - current % 12 + month - 1
        let before = sameYear <= current ? sameYear : sameYear - 12
        let after = sameYear >= current ? sameYear : sameYear + 12
        let chosen: Int
        switch direction {
        case .past: chosen = before
        case .future: chosen = after
        case .unknown: chosen = after - current < current - before ? after : before
        }
        return TemporalRules.Calendar.monthValue(index: chosen)
    }

    /// "last May" (the latest May strictly before the reference's month), "next May" (the first strictly after),
    /// "this May" (the reference's year).
    func monthRelativeValue(_ month: Int, step: Int) -> String {
        guard reference != nil else { return "XXXX-\(TemporalRules.Calendar.padded(month, 2))" }
        let current = referenceMonthIndex
        let sameYear = current - current % 12 + month - 1
        switch step {
        case ..<0: return TemporalRules.Calendar.monthValue(index: sameYear < current ? sameYear : sameYear - 12)
        case 1...: return TemporalRules.Calendar.monthValue(index: sameYear > current ? sameYear : sameYear + 12)
        default: return TemporalRules.Calendar.monthValue(index: sameYear)
        }
    }

    /// A month and day without a year ("Aug 10"): in the year stated earlier in the sentence if any, else — with a
    /// reference — the closest to it (a tie goes to the past); but when that is more than a month away, the latest
    /// on or before it in a past context ("was killed on May 18") or the first on or after it in a future one ("will
    /// vote on March 21"). A weekday named with it settles the year when one year of the three around the reference
    /// gives that weekday ("Saturday, May 18"). Without a reference, `--08-10`.
    func monthDayValue(month: Int, day: Int, direction: Direction = .unknown, weekday: Int? = nil) -> String {
        if let year = sentenceYear, TemporalRules.Calendar.isValid(year: year, month: month, day: day) {
            return TemporalRules.Calendar.dayValue(year: year, month: month, day: day)
        }
        guard let reference else {
            return TemporalRules.Calendar.yearlessDayValue(month: month, day: day)
        }
        func closest(_ direction: Direction) -> (distance: Int, value: String)? {
            var best: (distance: Int, value: String)?
            for year in (reference.year - 1)...(reference.year + 1)
            where TemporalRules.Calendar.isValid(year: year, month: month, day: day) {
                let offset = TemporalRules.Calendar.dayNumber(year: year, month: month, day: day) - referenceDay
                if direction == .past && offset > 0 || direction == .future && offset < 0 { continue }
                if best == nil || abs(offset) < best?.distance ?? .max {
                    best = (abs(offset), TemporalRules.Calendar.dayValue(year: year, month: month, day: day))
                }
            }
            return best
        }
        if let weekday {
            let years = ((reference.year - 1)...(reference.year + 1)).filter { year in
                TemporalRules.Calendar.isValid(year: year, month: month, day: day)
                    && TemporalRules.Calendar.weekday(
                        ofDay: TemporalRules.Calendar.dayNumber(year: year, month: month, day: day)
                    ) == weekday
            }
            if years.count == 1, let year = years.first {
                return TemporalRules.Calendar.dayValue(year: year, month: month, day: day)
            }
        }
        var best = closest(.unknown)
        if let nearest = best, nearest.distance > 31, direction != .unknown, let directed = closest(direction) {
            best = directed
        }
        return best?.value ?? TemporalRules.Calendar.yearlessDayValue(month: month, day: day)
    }

    /// Easter Sunday or (US) Thanksgiving, or the day `after` days after it, in the year closest to the reference (or
    /// the sentence's year).
    func movableFeastValue(easter: Bool, after: Int = 0) -> String {
        func day(in year: Int) -> Int {
            if easter { return TemporalRules.Calendar.easterDay(year: year) + after }
            // The fourth Thursday of November.
            let first = TemporalRules.Calendar.dayNumber(year: year, month: 11, day: 1)
            let firstThursday = first + (4 - TemporalRules.Calendar.weekday(ofDay: first) + 7) % 7
            return firstThursday + 21 + after
        }
        if let year = sentenceYear { return TemporalRules.Calendar.dayValue(ofDay: day(in: year)) }
        guard let reference else { return "XXXX-XX-XX" }
        let candidates = ((reference.year - 1)...(reference.year + 1)).map(day(in:))
        let best = candidates.min { abs($0 - referenceDay) < abs($1 - referenceDay) } ?? referenceDay
        return TemporalRules.Calendar.dayValue(ofDay: best)
    }

    // MARK: - Quarters, years, decades, centuries

    private var referenceQuarterIndex: Int { (reference?.year ?? 0) * 4 + ((reference?.month ?? 1) - 1) / 3 }

    /// The quarter `offset` quarters from the reference's: `2025-Q2`.
    func quarterValue(offset: Int) -> String {
        reference == nil ? "XXXX-QX" : TemporalRules.Calendar.quarterValue(index: referenceQuarterIndex + offset)
    }

    /// A quarter named without a year ("the third quarter"): the reference's year, unless a past context puts it
    /// after the reference's quarter (then the year before) or a future context before it (the year after).
    func quarterAloneValue(_ quarter: Int, _ direction: Direction) -> String {
        guard let reference else { return "XXXX-Q\(quarter)" }
        let current = referenceQuarterIndex
        var chosen = reference.year * 4 + quarter - 1
        if direction == .past && chosen > current { chosen -= 4 }
        if direction == .future && chosen < current { chosen += 4 }
        return TemporalRules.Calendar.quarterValue(index: chosen)
    }

    /// The year `offset` years from the reference's: `2024`.
    func yearValue(offset: Int) -> String {
        guard let reference else { return "XXXX" }
        return TemporalRules.Calendar.yearValue(reference.year + offset)
    }

    /// The decade `offset` decades from the reference's: `201` for the 2010s.
    func decadeValue(offset: Int) -> String {
        guard let reference else { return "XXX" }
        return String(TemporalRules.Calendar.floorDivide(reference.year, 10) + offset)
    }

    /// The century `offset` centuries from the reference's: `20` for 2000–2099.
    func centuryValue(offset: Int) -> String {
        guard let reference else { return "XX" }
        return TemporalRules.Calendar.padded(TemporalRules.Calendar.floorDivide(reference.year, 100) + offset, 2)
    }

    // MARK: - Seasons

    private static let seasonCodes = ["SP", "SU", "FA", "WI"]

    /// `2024-SU` for season 2 of 2024.
    func seasonYearValue(_ season: Int, _ year: Int) -> String {
        "\(TemporalRules.Calendar.yearValue(year))-\(Self.seasonCodes[season - 1])"
    }

    /// The reference's season as an index `year * 4 + season - 1`; January and February belong to the winter
    /// that began the December before.
    private var referenceSeasonIndex: Int {
        guard let reference else { return 0 }
        switch reference.month {
        case 3...5: return reference.year * 4
        case 6...8: return reference.year * 4 + 1
        case 9...11: return reference.year * 4 + 2
        case 12: return reference.year * 4 + 3
        default: return (reference.year - 1) * 4 + 3
        }
    }

    private func seasonValue(index: Int) -> String {
        let year = TemporalRules.Calendar.floorDivide(index, 4)
        return seasonYearValue(index - year * 4 + 1, year)
    }

    /// "last summer" (the latest before the current season), "this summer", "next summer".
    func seasonValue(_ season: Int, step: Int) -> String {
        guard reference != nil else { return "XXXX-\(Self.seasonCodes[season - 1])" }
        let current = referenceSeasonIndex
        let sameYear = current - current % 4 + season - 1
        switch step {
        case ..<0: return seasonValue(index: sameYear < current ? sameYear : sameYear - 4)
        case 1...: return seasonValue(index: sameYear > current ? sameYear : sameYear + 4)
        default: return seasonValue(index: sameYear)
        }
    }

    /// A season named alone ("in the summer"), resolved like a month alone.
    func seasonAloneValue(_ season: Int, _ direction: Direction) -> String {
        guard reference != nil else { return "XXXX-\(Self.seasonCodes[season - 1])" }
        let current = referenceSeasonIndex
        let sameYear = current - current % 4 + season - 1
        let before = sameYear <= current ? sameYear : sameYear - 4
        let after = sameYear >= current ? sameYear : sameYear + 4
        switch direction {
        case .past: return seasonValue(index: before)
        case .future: return seasonValue(index: after)
        case .unknown: return seasonValue(index: after - current < current - before ? after : before)
        }
    }
}
