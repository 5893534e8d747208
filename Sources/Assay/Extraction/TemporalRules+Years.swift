// Dates written with numbers: ISO and numeric dates, years and year ranges, decades, centuries.

extension TemporalRules.Parser {
    typealias Match = TemporalRules.Match
    typealias Word = TemporalRules.Word

    /// `match` marked as stating `year` outright.
    func anchored(_ match: Match, _ year: Int) -> Match {
        var match = match
        match.anchorYear = year
        return match
    }

    // MARK: - Numbers

    /// Patterns that start with a number: ISO and numeric dates, years, decades, "10 August", "3Q24", durations.
    func numberStart(_ i: Int) -> Match? {
        guard let value = plainNumber(i) else { return durationCore(at: i) }
        switch digits(i) {
        case 4:
            if let match = isoDate(i) { return match }
            if let decade = decadeCore(at: i) { return decadeMatch(i, decade) }
            if let match = year(at: i) { return match }
        case 1, 2:
            if let match = gameClock(i) { return match }
            if let match = numericDate(i) { return match }
            if value >= 1 && value <= 4, let match = numberedPeriod(i) { return match }
            if let match = periodCore(at: i)?.match { return match }
            if let parsed = dayFirstCore(at: i) { return dayMatch(i, parsed) }
            if let match = shortYearRangeEnd(i) { return match }
            if let century = centuryCore(at: i) {
                return date(i, century.end, century.value, "century", kind: "Century")
            }
        default:
            break
        }
        return durationCore(at: i)
    }

    /// "with 4:48 remaining", "2:34 left", "0:12 to play": the time a game has left, a duration (`PT4M48S`).
    private func gameClock(_ i: Int) -> Match? {
        guard let minutes = plainNumber(i), minutes < 60, touches(i + 1), isPunctuation(i + 1, 0x3A), touches(i + 2),
            let seconds = plainNumber(i + 2), digits(i + 2) == 2, seconds < 60, inLine(i + 3),
            tokens[i + 3].kind == .word
        else { return nil }
        let next = text(i + 3).lowercased()
        let remains =
            next == "remaining" || next == "left"
            || next == "to" && inLine(i + 4) && ["go", "play"].contains(text(i + 4).lowercased())
        guard remains else { return nil }
        let value = minutes > 0 ? "PT\(minutes)M\(seconds)S" : "PT\(seconds)S"
        return Match(first: i, end: i + 3, type: .duration, value: value, granularity: "second", kind: "Duration")
    }

    /// `2025-08-10`, `2025/08/10`, `2025-08`.
    private func isoDate(_ i: Int) -> Match? {
        guard let year = plainNumber(i), year >= 1000, touches(i + 1),
            isPunctuation(i + 1, 0x2D) || isPunctuation(i + 1, 0x2F), touches(i + 2),
            let month = plainNumber(i + 2), digits(i + 2) == 2, (1...12).contains(month)
        else { return nil }
        let separator = tokens[i + 1].byte
        if touches(i + 3), isPunctuation(i + 3, separator), touches(i + 4), let day = plainNumber(i + 4),
            digits(i + 4) == 2
        {
            guard TemporalRules.Calendar.isValid(year: year, month: month, day: day) else { return nil }
            let value = TemporalRules.Calendar.dayValue(year: year, month: month, day: day)
            return anchored(date(i, i + 5, value, "day", kind: "Date"), year)
        }
        // `2025-08` is a month when the second number cannot end a year range (`2018-20`) or has a leading zero;
        // not the year after, which makes a season or financial year ("the 2008-09 season", "2011-12").
        guard separator == 0x2D, tokens[i + 2].has(.leadingZero) || month <= year % 100, month != (year + 1) % 100,
            !(touches(i + 3) && (isPunctuation(i + 3, 0x2D) || isPunctuation(i + 3, 0x2F)))
        else { return nil }
        let value = TemporalRules.Calendar.monthValue(year: year, month: month)
        return anchored(date(i, i + 3, value, "month", kind: "Month"), year)
    }

    /// `9/10/2025`, `13/10/25`: day and month order from the numbers when they settle it, else from the options.
    private func numericDate(_ i: Int) -> Match? {
        guard let first = plainNumber(i), touches(i + 1), isPunctuation(i + 1, 0x2F), touches(i + 2),
            let second = plainNumber(i + 2), digits(i + 2) <= 2, touches(i + 3), isPunctuation(i + 3, 0x2F),
            touches(i + 4), let yearNumber = plainNumber(i + 4), digits(i + 4) == 4 || digits(i + 4) == 2,
            !(touches(i + 5) && (isPunctuation(i + 5, 0x2F) || tokens[i + 5].kind == .number))
        else { return nil }
        let year = digits(i + 4) == 4 ? yearNumber : expandedYear(twoDigits: yearNumber)
        let month: Int
        let day: Int
        if first > 12 || first == second {
            (day, month) = (first, second)
        } else if second > 12 {
            (month, day) = (first, second)
        } else {
            switch options.dayMonthOrder {
            case .monthFirst:
                (month, day) = (first, second)
            case .dayFirst:
                (day, month) = (first, second)
            case .reject:
                return date(i, i + 5, nil, "day", kind: "AmbiguousDate")
            }
        }
        guard TemporalRules.Calendar.isValid(year: year, month: month, day: day) else { return nil }
        let value = TemporalRules.Calendar.dayValue(year: year, month: month, day: day)
        return anchored(date(i, i + 5, value, "day", kind: "Date"), year)
    }

    /// A two-digit year: the one in the century that puts it at most ten years after the reference (or 2050).
    func expandedYear(twoDigits value: Int) -> Int {
        let pivot = (reference?.year ?? 2040) + 10
        let candidate = pivot - pivot % 100 + value
        return candidate > pivot ? candidate - 100 : candidate
    }

    // MARK: - Years

    /// A 4-digit number from 1800 to 2100 read as a year, when its context says so.
    ///
    /// It is a year after `in`, `since`, `during`, `by`, `until`, `early`, `mid-`, `fiscal`, …; after `of`, `from`,
    /// `between`, `and`, `to`, … when no noun follows ("from 2018 to 2020", not "of 2000 tonnes"); after a
    /// determiner ("the 2019 election"); as the second year of a range ("2018–2020", "2018 to 2020"); or when
    /// punctuation, `'s` or a verb such as `was` follows. Never after a label ("Section 2019") or a currency sign.
    func year(at i: Int) -> Match? {
        guard let value = plainNumber(i), digits(i) == 4, (1800...2100).contains(value) else { return nil }
        if touches(i + 1) {
            let next = tokens[i + 1]
            if next.kind == .word && role(i + 1) != .pluralS { return nil }
            if next.kind == .number || isPunctuation(i + 1, 0x25) { return nil }
        }
        if touches(i), inLine(i - 1), tokens[i - 1].kind == .punctuation {
            let byte = tokens[i - 1].byte
            if byte == 0x24 || byte == 0x23 || byte == 0 || byte == 0x2B { return nil }
        }
        let match = date(i, i + 1, TemporalRules.Calendar.yearValue(value), "year", kind: "Year")
        if isRangeEnd(i, year: value) || startsRange(i, year: value) { return match }
        // "Indonesia's 1975 invasion", "Nixon's 1968 campaign": a possessive before the year, as a determiner; not
        // before a plural, which the number counts ("the company's 2000 employees").
        if role(i - 1) == .pluralS, touches(i - 1), isPunctuation(i - 2, 0x27),
            !(inLine(i + 1)
                && (tokens[i + 1].kind == .number || tokens[i + 1].kind == .word && text(i + 1).hasSuffix("s")))
        {
            return match
        }
        if let previous = word(i - 1) {
            if previous.context.contains(.numberLabel) { return nil }
            if previous.context.contains(.anchorsYear) { return anchored(match, value) }
            if previous.context.contains(.yearStrong) { return match }
            if previous.context.contains(.yearWeak) { return followsYear(i + 1) ? match : nil }
            if previous.context.contains(.determiner) { return match }
        } else if inLine(i - 1), tokens[i - 1].kind == .number {
            return nil
        }
        return followsYear(i + 1, strict: true) ? match : nil
    }

    /// Whether token `i` (after a candidate year) lets the number be a year: the end of the line, closing
    /// punctuation, `'s`, or a word such as `was`, `and`, `when` (`strict`: punctuation and `'s` only, plus such a
    /// verb when the year opens the sentence).
    private func followsYear(_ i: Int, strict: Bool = false) -> Bool {
        guard inLine(i) else { return true }
        let token = tokens[i]
        switch token.kind {
        case .punctuation:
            switch token.byte {
            case 0x2C, 0x2E, 0x3B, 0x3A, 0x29, 0x5D, 0x21, 0x3F, 0x22:
                return true
            case 0x27:
                return role(i + 1) == .pluralS && touches(i + 1)
            default:
                return false
            }
        case .word:
            guard let next = word(i), next.context.contains(.yearFollower) else { return false }
            return !strict || i - 2 < lineStart || isPunctuationToken(i - 2)
        case .number:
            return false
        }
    }

    private func isPunctuationToken(_ i: Int) -> Bool { inLine(i) && tokens[i].kind == .punctuation }

    /// Whether the year at `i` ends a range or list whose previous year comes two tokens before: "2018–2020",
    /// "2018 to 2020", "2019, 2020 and 2021".
    private func isRangeEnd(_ i: Int, year: Int) -> Bool {
        let joiner = i - 1
        guard inLine(joiner - 1) else { return false }
        let joins =
            isPunctuation(joiner, 0x2D) || isPunctuation(joiner, 0x2F) || isPunctuation(joiner, 0x2C)
            || isPunctuation(joiner, 0x26) || role(joiner) == .to || role(joiner) == .and || role(joiner) == .or
        guard joins, let first = plainNumber(joiner - 1), digits(joiner - 1) == 4 else { return false }
        return first >= 1800 && first < year && year - first <= 100
    }

    /// Whether the year at `i` opens a range: "2018–2020", "2018-20", "2024/25", "1982 - 87" in texts tokenised once.
    private func startsRange(_ i: Int, year: Int) -> Bool {
        guard isPunctuation(i + 1, 0x2D) || isPunctuation(i + 1, 0x2F), let end = plainNumber(i + 2) else {
            return false
        }
        if digits(i + 2) == 4 { return end > year && end - year <= 100 && end <= 2100 }
        return digits(i + 2) == 2 && joinsShortYear(i + 1) && end > year % 100
    }

    /// Whether the hyphen or slash at `i` joins two years: glued to both ("2018-20") or, in a text tokenised once,
    /// spaced on both sides ("2004 - 05").
    private func joinsShortYear(_ i: Int) -> Bool {
        isPunctuation(i, 0x2F) ? touches(i) && touches(i + 1) : isJoiningHyphen(i)
    }

    /// The `20` of "2018-20" ("2004 - 05"): a two-digit year ending a range.
    private func shortYearRangeEnd(_ i: Int) -> Match? {
        guard let value = plainNumber(i), digits(i) == 2, isPunctuation(i - 1, 0x2D) || isPunctuation(i - 1, 0x2F),
            joinsShortYear(i - 1), inLine(i - 2),
            let first = plainNumber(i - 2), digits(i - 2) == 4, (1800...2100).contains(first), value > first % 100,
            !(touches(i + 1) && (tokens[i + 1].kind != .punctuation || isPunctuation(i + 1, 0x25)))
        else { return nil }
        let year = first - first % 100 + value
        return date(i, i + 1, TemporalRules.Calendar.yearValue(year), "year", kind: "Year")
    }

    /// A year written after a month, day or season: 4 digits, 1000 to 2999, not `2,025` or `2025%`.
    func explicitYear(at i: Int) -> (year: Int, end: Int)? {
        guard let value = plainNumber(i), digits(i) == 4, (1000...2999).contains(value) else { return nil }
        if touches(i + 1) {
            if tokens[i + 1].kind != .punctuation && role(i + 1) != .pluralS { return nil }
            if isPunctuation(i + 1, 0x25) || (isPunctuation(i + 1, 0x3A) && touches(i + 2)) { return nil }
        }
        return (value, i + 1)
    }

    // MARK: - Decades and centuries

    /// Words before a person's age in decades: "their mid-50s".
    private static let agePossessives: Set<String> = ["his", "her", "their", "my", "your", "our", "its"]

    /// `1990s`, `1990's`, `'90s`, and after "the" or "early" also `90s`: the value is the decade's first three
    /// digits, `199`.
    func decadeCore(at i: Int) -> (value: String, end: Int)? {
        var index = i
        var apostrophe = false
        if isPunctuation(index, 0x27) {
            apostrophe = true
            index += 1
            guard touches(index) else { return nil }
        }
        guard let value = plainNumber(index), value % 10 == 0 else { return nil }
        let count = digits(index)
        var end = index + 1
        if touches(end), isPunctuation(end, 0x27), touches(end + 1), role(end + 1) == .pluralS { end += 1 }
        guard touches(end), role(end) == .pluralS else { return nil }
        end += 1
        if touches(end), tokens[end].kind != .punctuation { return nil }
        let year: Int
        if count == 4 {
            guard !apostrophe, (1000...2990).contains(value) else { return nil }
            year = value
        } else if count == 2 {
            // `'90s` alone, `90s` only where the caller has seen "the", "early", "mid-" or "late".
            guard apostrophe || i > lineStart && (role(i - 1) == .the || isEdgeWord(i - 1)) else { return nil }
            // An age: "in their mid-50s", "his early 30s".
            if (max(lineStart, i - 3)..<i).contains(where: { Self.agePossessives.contains(text($0).lowercased()) }) {
                return nil
            }
            let recent = 2000 + value
            year = recent <= (reference?.year ?? 2025) ? recent : 1900 + value
        } else {
            return nil
        }
        // "the 1800s", "the 1900s" are centuries; "the 2000s" is mostly the decade.
        if count == 4 && year % 100 == 0 && year < 2000 { return (String(year / 100), end) }
        return (String(year / 10), end)
    }

    /// A decade, or a century for "the 1800s" (whose value has two digits).
    func decadeMatch(_ first: Int, _ decade: (value: String, end: Int), modifier: String? = nil) -> Match {
        let isCentury = decade.value.utf8.count == 2
        return date(
            first,
            decade.end,
            decade.value,
            isCentury ? "century" : "decade",
            kind: isCentury ? "Century" : "Decade",
            modifier: modifier
        )
    }

    private func isEdgeWord(_ i: Int) -> Bool {
        let role = role(i)
        return role == .early || role == .late || role == .mid || (isPunctuation(i, 0x2D) && self.role(i - 1) == .mid)
    }

    /// `20th century`, `21st-century`: the value is the century's first two digits, `19` and `20`.
    func centuryCore(at i: Int) -> (value: String, end: Int)? {
        guard let value = plainNumber(i), (1...30).contains(value), touches(i + 1), role(i + 1) == .ordinalSuffix
        else { return nil }
        var index = i + 2
        if touches(index), isPunctuation(index, 0x2D), touches(index + 1) { index += 1 }
        guard let unit = word(index), unit.unit == .century, !unit.plural else { return nil }
        return (TemporalRules.Calendar.padded(value - 1, 2), index + 1)
    }
}
