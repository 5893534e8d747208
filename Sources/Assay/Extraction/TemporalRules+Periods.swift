// Quarters, halves, fiscal years and seasons.

extension TemporalRules.Parser {
    // MARK: - Quarters, halves, fiscal years, seasons

    /// "third quarter", "3rd quarter", "Q3"-less spellings: an ordinal, then `quarter` or `half`, then perhaps
    /// "of 2024", "2024", "of the year", "of this year", "of last year", "of fiscal 2024"; or the adjective
    /// "third-quarter". A half needs its year spelled out ("the first half" alone is too often a match's).
    func periodCore(at i: Int) -> (match: Match, isAdjective: Bool)? {
        let ordinal: Int
        var index: Int
        if let value = plainNumber(i), digits(i) == 1, touches(i + 1), role(i + 1) == .ordinalSuffix {
            ordinal = value
            index = i + 2
        } else if let word = word(i), word.ordinal != 0 {
            ordinal = Int(word.ordinal)
            index = i + 1
        } else {
            return nil
        }
        var isAdjective = false
        if touches(index), isPunctuation(index, 0x2D), touches(index + 1) {
            isAdjective = true
            index += 1
        }
        let period = role(index)
        guard period == .quarter && (1...4).contains(ordinal) || period == .half && (1...2).contains(ordinal) else {
            return nil
        }
        let isQuarter = period == .quarter
        let granularity = isQuarter ? "quarter" : "half"
        let kind = isQuarter ? "Quarter" : "Half"
        let letter = isQuarter ? "Q" : "H"
        var end = index + 1
        if isAdjective {
            guard isQuarter, !inGame(around: i, end) else { return nil }
            return (date(i, end, quarterAloneValue(ordinal, direction(around: i, end)), granularity, kind: kind), true)
        }
        var year: Int?
        var yearOffset: Int?
        if let explicit = explicitYear(at: end) {
            year = explicit.year
            end = explicit.end
        } else if role(end) == .of {
            let target = end + 1
            if let explicit = explicitYear(at: target) {
                year = explicit.year
                end = explicit.end
            } else if role(target) == .fiscal, let explicit = explicitYear(at: target + 1) {
                year = explicit.year
                end = explicit.end
            } else if let offset = self.yearOffset(at: target, the: true) {
                yearOffset = offset
                end = target + 2
            }
        }
        if let year {
            return (
                date(i, end, "\(TemporalRules.Calendar.yearValue(year))-\(letter)\(ordinal)", granularity, kind: kind),
                false
            )
        }
        if let yearOffset {
            return (
                date(i, end, "\(yearValue(offset: yearOffset))-\(letter)\(ordinal)", granularity, kind: kind), false
            )
        }
        guard isQuarter, !inGame(around: i, end) else { return nil }
        return (date(i, end, quarterAloneValue(ordinal, direction(around: i, end)), granularity, kind: kind), false)
    }

    /// Whether the sentence around a quarter tells a game ("scored 24 points in the third quarter", "a
    /// third-quarter touchdown"): a word of the game within 12 tokens either side, or anywhere in a text that
    /// tells games.
    private func inGame(around first: Int, _ end: Int) -> Bool {
        if tellsGames { return true }
        for index in max(lineStart, first - 12)..<min(limit, end + 12) where index < first || index >= end {
            if let word = word(index), word.context.contains(.game) { return true }
        }
        return false
    }

    /// "Q3", "Q3 2024", "Q3'24", "Q3 FY2024", "H1 2025" (a half needs its year).
    func periodLetterStart(_ i: Int, _ role: Word.Role) -> Match? {
        guard tokens[i].has(.capitalized), touches(i + 1), let ordinal = plainNumber(i + 1), digits(i + 1) == 1
        else { return nil }
        let isQuarter = role == .quarterLetter
        guard isQuarter ? (1...4).contains(ordinal) : (1...2).contains(ordinal) else { return nil }
        if touches(i + 2) && tokens[i + 2].kind != .punctuation { return nil }
        let letter = isQuarter ? "Q" : "H"
        let granularity = isQuarter ? "quarter" : "half"
        let kind = isQuarter ? "Quarter" : "Half"
        if let year = periodYear(at: i + 2) {
            let value = "\(TemporalRules.Calendar.yearValue(year.year))-\(letter)\(ordinal)"
            return date(i, year.end, value, granularity, kind: kind)
        }
        guard isQuarter else { return nil }
        return date(i, i + 2, quarterAloneValue(ordinal, direction(around: i, i + 2)), granularity, kind: kind)
    }

    /// "3Q24", "3Q 2024", "1H25", "1H 2025".
    func numberedPeriod(_ i: Int) -> Match? {
        guard let ordinal = plainNumber(i), digits(i) == 1, touches(i + 1), let letter = word(i + 1),
            letter.role == .quarterLetter || letter.role == .halfLetter, isCapitalized(i + 1)
        else { return nil }
        let isQuarter = letter.role == .quarterLetter
        guard isQuarter || ordinal <= 2 else { return nil }
        let year: (year: Int, end: Int)
        if touches(i + 2), let short = plainNumber(i + 2), digits(i + 2) == 2 {
            year = (expandedYear(twoDigits: short), i + 3)
        } else if let explicit = explicitYear(at: i + 2) {
            year = explicit
        } else {
            return nil
        }
        let value = "\(TemporalRules.Calendar.yearValue(year.year))-\(isQuarter ? "Q" : "H")\(ordinal)"
        return date(i, year.end, value, isQuarter ? "quarter" : "half", kind: isQuarter ? "Quarter" : "Half")
    }

    /// The year after "Q3": ` 2024`, `'24`, `-2024`, ` FY2024`, ` FY24`, ` of 2024`.
    private func periodYear(at i: Int) -> (year: Int, end: Int)? {
        if let explicit = explicitYear(at: i) { return explicit }
        if touches(i), isPunctuation(i, 0x27) || isPunctuation(i, 0x2D), touches(i + 1) {
            if let short = plainNumber(i + 1), digits(i + 1) == 2 { return (expandedYear(twoDigits: short), i + 2) }
            if let explicit = explicitYear(at: i + 1) { return explicit }
        }
        if role(i) == .fiscalYear, let year = fiscalYearNumber(at: i) { return year }
        if role(i) == .of, let explicit = explicitYear(at: i + 1) { return explicit }
        return nil
    }

    /// "fiscal 2024", "fiscal year 2024", "fiscal third quarter", "fiscal Q3 2024": the fiscal year is given its
    /// number as value (kind `FiscalYear`), since when it starts depends on who keeps the accounts.
    func fiscalStart(_ i: Int) -> Match? {
        var index = i + 1
        if role(index) == .year, !(word(index)?.plural ?? true) { index += 1 }
        if let year = explicitYear(at: index) {
            return date(i, year.end, TemporalRules.Calendar.yearValue(year.year), "year", kind: "FiscalYear")
        }
        if let period = periodCore(at: i + 1), !period.isAdjective { return extended(period.match, from: i) }
        if let letter = word(i + 1), letter.role == .quarterLetter, let match = periodLetterStart(i + 1, .quarterLetter)
        {
            return extended(match, from: i)
        }
        return nil
    }

    /// "FY2024", "FY 2024", "FY24".
    func fiscalYearStart(_ i: Int) -> Match? {
        guard tokens[i].has(.allCaps), let year = fiscalYearNumber(at: i) else { return nil }
        return date(i, year.end, TemporalRules.Calendar.yearValue(year.year), "year", kind: "FiscalYear")
    }

    private func fiscalYearNumber(at i: Int) -> (year: Int, end: Int)? {
        guard tokens[i].has(.allCaps) else { return nil }
        if let explicit = explicitYear(at: i + 1) { return explicit }
        if touches(i + 1), let short = plainNumber(i + 1), digits(i + 1) == 2,
            !(touches(i + 2) && tokens[i + 2].kind != .punctuation)
        {
            return (expandedYear(twoDigits: short), i + 2)
        }
        return nil
    }

    /// "summer 2024", "summer of 2024", "in summer", "during winter".
    func seasonStart(_ i: Int) -> Match? {
        guard let name = word(i) else { return nil }
        let season = Int(name.season)
        if let year = explicitYear(at: i + 1) {
            return anchored(date(i, year.end, seasonYearValue(season, year.year), "season", kind: "Season"), year.year)
        }
        if role(i + 1) == .of, let year = explicitYear(at: i + 2) {
            return anchored(date(i, year.end, seasonYearValue(season, year.year), "season", kind: "Season"), year.year)
        }
        // "fall" alone is a verb or a noun far more often than a season.
        if season == 3 && text(i).lowercased() == "fall" { return nil }
        guard let previous = word(i - 1), previous.context.contains(.beforeSeason),
            !(inLine(i + 1) && tokens[i + 1].kind == .word && word(i + 1) == nil)
        else { return nil }
        let value = seasonAloneValue(season, direction(around: i, i + 1))
        return date(i, i + 1, value, "season", kind: "Season")
    }
}
