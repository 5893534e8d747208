// MARK: - "half" as 50 per cent

extension PercentScanner {
    /// "half" read as a share of 50 per cent, where the text clearly states a share.
    ///
    /// Kept: "half of the world's supply", "half the country's exports", "half of them", and any "half" after a
    /// qualifier: "more than half were women", "nearly half". Skipped: halves of time ("the first half of 2025",
    /// "half of the year", "half the time"), amounts ("half a million", "half an hour"), compounds ("half-time",
    /// "second-half"), "one and a half", and "by half" (a change, not a share).
    ///
    /// The span is "half" with its qualifier; `kind` is `Fraction`, `value` `"50"`. `h` is the index of the word
    /// "half" in `tokens`.
    func fraction(halfAt h: Int, in tokens: [Token]) -> [Candidate] {
        guard tokens[h].isWord("half") else { return [] }
        let next = h + 1 < tokens.count ? tokens[h + 1] : nil
        if let next, next.isSymbol("-") && !next.spaceBefore { return [] }
        if let next, next.isWord("a") || next.isWord("an") { return [] }
        if h > 0 {
            let previous = tokens[h - 1]
            if previous.isSymbol("-") && !tokens[h].spaceBefore { return [] }
            if previous.kind == .word && Self.notBeforeHalf.contains(previous.text) { return [] }
        }
        let leading = leadingQualifier(before: h, in: tokens)
        var share = leading != nil
        if let next, next.isWord("of") || next.isWord("the") {
            share = statesShare(after: h + 2, in: tokens, afterThe: next.isWord("the"))
        }
        guard share else { return [] }
        let start = leading.map { tokens[$0.first].start } ?? tokens[h].start
        var candidate = Candidate(
            start: start,
            end: tokens[h].end,
            numberStart: tokens[h].start,
            numberEnd: tokens[h].end,
            value: "50",
            number: 50,
            lower: 50,
            upper: 50,
            modifier: leading?.modifier,
            kind: "Fraction"
        )
        if let modifier = leading?.modifier { (candidate.lower, candidate.upper) = modifier.bounds(of: 50) }
        return [candidate]
    }

    /// Whether the words from token `index` on name a share of something rather than a stretch of time.
    private func statesShare(after index: Int, in tokens: [Token], afterThe: Bool) -> Bool {
        guard index < tokens.count else { return false }
        var head = tokens[index]
        // "half the time", "half of the year", "half of this decade": look past one determiner.
        if !afterThe && head.kind == .word && Self.determiners.contains(head.text) {
            guard index + 1 < tokens.count else { return false }
            head = tokens[index + 1]
        }
        switch head.kind {
        case .word:
            return !Self.timeWords.contains(head.text)
        case .number:
            // "half of the 288 candidates" is a share; "half of 2025" and "half of the 1990s" are time.
            guard let number = Int(head.text) else { return false }
            return !(1000...2100).contains(number)
        case .unit, .symbol:
            return false
        }
    }

    /// Words that make the next "half" a half of time or part of a larger number.
    private static let notBeforeHalf: Set<String> = [
        "first", "second", "latter", "last", "next", "other", "back", "front", "each", "a", "one", "this",
        "that", "every", "top", "bottom", "lower", "upper", "better", "by", "in", "opening", "closing", "final",
        "early", "late",
    ]

    private static let determiners: Set<String> = [
        "the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "your", "my", "all", "next",
        "last",
    ]

    private static let timeWords: Set<String> = [
        "year", "years", "decade", "decades", "century", "centuries", "month", "months", "week", "weeks", "day",
        "days", "hour", "hours", "minute", "minutes", "season", "seasons", "quarter", "term", "session", "game",
        "match", "period", "inning", "innings", "time", "night", "morning", "afternoon", "evening", "way", "distance",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "first", "second", "fiscal", "financial", "calendar", "current", "coming", "previous", "past",
    ]
}
