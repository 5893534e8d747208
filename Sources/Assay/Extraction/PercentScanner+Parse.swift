// MARK: - Reading back from a unit

extension PercentScanner {
    /// A number read from one or more tokens.
    struct NumberMatch {
        /// The first and last token of the number.
        var first: Int
        var last: Int
        /// Normalised: no thousands commas, no trailing zeros, no leading zeros: `"1200"`, `"0.1"`, `"25"`.
        var text: String
        var value: Double
    }

    /// The percentages that end at the unit token `u`: usually one, two for "from 20 to 30 per cent" (the
    /// bare "20" is a percentage too), none when no number comes before the unit or "points" follows it.
    func percentages(unitAt u: Int, in tokens: [Token]) -> [Candidate] {
        // "2 percentage points" never anchors ("percentage" is not a unit); "2% points" and "2 per cent points" are
        // percentage points too.
        if u + 1 < tokens.count, Self.pointWords.contains(tokens[u + 1].text), tokens[u + 1].kind == .word {
            return []
        }
        var last = u - 1
        // "70-percent", "30-per-cent stake".
        if last > 0, tokens[last].isSymbol("-"), !tokens[last].spaceBefore, !tokens[u].spaceBefore { last -= 1 }
        guard last >= 0, var high = number(endingAt: last, in: tokens) else { return [] }

        var first = high.first
        var low: NumberMatch?
        var implied: Candidate?
        var leadingSign: Int?
        if first > 0 {
            let connector = tokens[first - 1]
            switch lead(before: high, in: tokens) {
            case .range(let rangeLow, let rangeFirst):
                low = rangeLow
                first = rangeFirst
            case .change(let from):
                implied = Candidate(
                    start: tokens[from.first].start,
                    end: tokens[from.last].end,
                    numberStart: tokens[from.first].start,
                    numberEnd: tokens[from.last].end,
                    value: from.text,
                    number: from.value,
                    lower: from.value,
                    upper: from.value,
                    modifier: nil,
                    kind: "Percent",
                    attributes: ["unit": "implied"]
                )
            case nil:
                if connector.isSymbol("-") || connector.isSymbol("+") || connector.isWord("minus")
                    || connector.isWord("negative")
                {
                    let signFirst = first - 1
                    let glued = !tokens[first].spaceBefore || connector.kind == .word
                    let standsAlone =
                        signFirst == 0 || connector.spaceBefore || tokens[signFirst - 1].kind == .symbol
                        || connector.kind == .word
                    if glued && standsAlone {
                        leadingSign = signFirst
                        if !connector.isSymbol("+") && high.value != 0 {
                            high.text = "-" + high.text
                            high.value = -high.value
                        }
                    }
                }
            }
        }
        if let leadingSign { first = leadingSign }

        var start = first
        var modifier: PercentModifier?
        if let leading = leadingQualifier(before: first, in: tokens) {
            start = leading.first
            modifier = leading.modifier
        }
        var end = u
        if modifier == nil && low == nil, let trailing = trailingQualifier(after: u, in: tokens) {
            end = trailing.last
            modifier = trailing.modifier
        }

        var candidate = Candidate(
            start: tokens[start].start,
            end: tokens[end].end,
            numberStart: tokens[first].start,
            numberEnd: tokens[u].end,
            value: high.text,
            number: high.value,
            lower: high.value,
            upper: high.value,
            modifier: modifier,
            kind: "Percent"
        )
        if let low {
            candidate.value = "\(low.text)-\(high.text)"
            candidate.lower = low.value
            candidate.modifier = .range
            if let modifier { candidate.attributes["qualifier"] = modifier.rawValue }
        } else if let modifier {
            (candidate.lower, candidate.upper) = modifier.bounds(of: high.value)
        }
        return [implied, candidate].compactMap { $0 }
    }

    /// Words after a unit that make it a percentage point, not a percentage.
    static let pointWords: Set<String> = ["point", "points", "pts", "pt"]

    // MARK: - Numbers

    /// The number whose last token is `last`: digits, or (with `words`) a number in words.
    func number(endingAt last: Int, in tokens: [Token]) -> NumberMatch? {
        let token = tokens[last]
        switch token.kind {
        case .number:
            // "B12%", "$5%", "24/7%": the digits belong to something else.
            if last > 0 && !token.spaceBefore {
                let previous = tokens[last - 1]
                if previous.kind == .word || Self.gluedBefore.contains(previous.text) { return nil }
            }
            guard let text = Self.normalized(token.text), let value = Double(text) else { return nil }
            return NumberMatch(first: last, last: last, text: text, value: value)
        case .word:
            guard words, NumberWords.isNumberWord(token.text) else { return nil }
            return numberInWords(endingAt: last, in: tokens)
        case .unit, .symbol:
            return nil
        }
    }

    /// Symbols that, glued before digits, make them something other than a percentage's number.
    private static let gluedBefore: Set<String> = ["$", "\u{A3}", "\u{20AC}", "\u{A5}", "#", "/", ":", ".", "_", "@"]

    /// The longest run of number words ending at `last` that reads as one number ("twenty-five", "a hundred").
    private func numberInWords(endingAt last: Int, in tokens: [Token]) -> NumberMatch? {
        // Collect candidate first tokens going back: number words, "a", "and", and hyphens between words.
        var firsts: [Int] = [last]
        var index = last
        while index > 0 && last - index < 10 {
            let previous = tokens[index - 1]
            if previous.kind == .word
                && (NumberWords.isNumberWord(previous.text) || previous.text == "a" || previous.text == "and")
            {
                index -= 1
                firsts.append(index)
            } else if previous.isSymbol("-") && index > 1 && !previous.spaceBefore && !tokens[index].spaceBefore
                && tokens[index - 2].kind == .word && NumberWords.isNumberWord(tokens[index - 2].text)
            {
                index -= 2
                firsts.append(index)
            } else {
                break
            }
        }
        for first in firsts.reversed() {
            let words = tokens[first...last].filter { $0.kind == .word }.map(\.text)
            if let value = NumberWords.value(of: words) {
                return NumberMatch(first: first, last: last, text: String(value), value: Double(value))
            }
        }
        return nil
    }

    /// `raw` digits as a plain decimal: thousands commas dropped, trailing fraction zeros and leading zeros removed;
    /// `nil` when the commas are not thousands separators nor one decimal comma ("12,5"), or it has two points.
    static func normalized(_ raw: String) -> String? {
        let parts = raw.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2 else { return nil }
        var integer = String(parts[0])
        var fraction = parts.count == 2 ? String(parts[1]) : ""
        if fraction.contains(",") { return nil }
        if integer.contains(",") {
            let groups = integer.split(separator: ",", omittingEmptySubsequences: false)
            let thousands =
                (1...3).contains(groups[0].count) && groups.dropFirst().allSatisfy { $0.count == 3 }
            if thousands {
                integer = groups.joined()
            } else if groups.count == 2 && parts.count == 1 && (1...3).contains(groups[0].count)
                && (1...2).contains(groups[1].count)
            {
                // A decimal comma, as some wires write: "12,5%".
                integer = String(groups[0])
                fraction = String(groups[1])
            } else {
                return nil
            }
        }
        while integer.count > 1 && integer.hasPrefix("0") { integer.removeFirst() }
        if integer.isEmpty { integer = "0" }
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return fraction.isEmpty ? integer : "\(integer).\(fraction)"
    }

    // MARK: - Ranges

    /// What comes before a percentage's number: another number that makes a range, or one it changed from.
    enum Lead {
        /// "30-40%", "30%-40%", "30 to 40 per cent", "between 30 and 40 per cent": `first` is the range's first
        /// token ("between" included).
        case range(low: NumberMatch, first: Int)
        /// "from 20 to 30 per cent": the bare "20" is a percentage of its own.
        case change(from: NumberMatch)
    }

    /// A range or a change ending at `high`.
    ///
    /// "from 145 per cent to 30 per cent" and "from 20 to 30 per cent" state a change, not a range; "anywhere from
    /// 20 to 30" and "ranging from 20 to 30" are ranges. The lower number must be below the upper one ("2019-20%" is
    /// no range), and "and" makes a range only after "between" ("rose 20 and 16 per cent" is two figures).
    func lead(before high: NumberMatch, in tokens: [Token]) -> Lead? {
        let connector = high.first - 1
        guard connector > 0 else { return nil }
        let joiner = tokens[connector]
        guard joiner.isSymbol("-") || joiner.isWord("to") || joiner.isWord("and") else { return nil }
        var last = connector - 1
        let lowHasUnit = tokens[last].kind == .unit
        if lowHasUnit { last -= 1 }
        guard last >= 0, let low = number(endingAt: last, in: tokens) else { return nil }
        let before = low.first > 0 ? tokens[low.first - 1] : nil
        var first = low.first
        if joiner.isWord("and") || joiner.isWord("to"), before?.isWord("between") ?? false {
            first = low.first - 1
        } else if joiner.isWord("and") {
            return nil
        } else if joiner.isWord("to"), before?.isWord("from") ?? false {
            let from = low.first - 1
            if from == 0 || !Self.rangeOpeners.contains(tokens[from - 1].text) {
                // With its own unit the lower figure was found on its own already; "from 2019 to 45%" is a year.
                return lowHasUnit || low.value >= 1000 ? nil : .change(from: low)
            }
        }
        guard low.value < high.value else { return nil }
        return .range(low: low, first: first)
    }

    /// Words before "from" that make "from X to Y" a range rather than a change.
    private static let rangeOpeners: Set<String> = ["anywhere", "ranging", "range", "ranges", "ranged", "varying"]

    // MARK: - Qualifiers

    /// The qualifier right before token `first`: a phrase ("nearly", "more than") or a symbol ("~", "<").
    func leadingQualifier(before first: Int, in tokens: [Token]) -> (first: Int, modifier: PercentModifier)? {
        guard first > 0 else { return nil }
        let previous = tokens[first - 1]
        if previous.kind == .symbol, let modifier = PercentModifier.leadingSymbol(previous.text) {
            return (first - 1, modifier)
        }
        guard let phrases = PercentModifier.leadingPhrases[previous.text] else { return nil }
        for (phrase, modifier) in phrases where phrase.count <= first {
            let start = first - phrase.count
            var matched = true
            for (offset, word) in phrase.enumerated() where tokens[start + offset].text != word {
                matched = false
                break
            }
            if matched && tokens[start].kind == .word { return (start, modifier) }
        }
        return nil
    }

    /// The qualifier right after the unit at `unit`: "or more", "or less", "or so", or a glued "+".
    func trailingQualifier(after unit: Int, in tokens: [Token]) -> (last: Int, modifier: PercentModifier)? {
        let next = unit + 1
        guard next < tokens.count else { return nil }
        if tokens[next].isSymbol("+") && !tokens[next].spaceBefore { return (next, .atLeast) }
        guard next + 1 < tokens.count else { return nil }
        for (phrase, modifier) in PercentModifier.trailingPhrases
        where tokens[next].isWord(phrase[0]) && tokens[next + 1].isWord(phrase[1]) {
            // "5% or more than 10%", "or less 3%": the words belong to the next figure.
            if next + 2 < tokens.count
                && (tokens[next + 2].isWord("than") || tokens[next + 2].kind == .number
                    || tokens[next + 2].kind == .unit)
            {
                return nil
            }
            return (next + 1, modifier)
        }
        return nil
    }
}
