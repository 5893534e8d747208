// MARK: - Tokens of a line

extension PercentScanner {
    /// A word, number, unit or symbol of the line around a candidate, read in matching form.
    struct Token {
        enum Kind: Equatable {
            /// Digits with inner thousands commas or a decimal point: `1,200`, `0.1`, `.5`.
            case number
            /// Letters, with inner apostrophes (`world's`); lowercase in ``text``.
            case word
            /// `%`, `percent`, `per cent`, `per-cent`, `pct`, or `pc` straight after a number.
            case unit
            /// Any other single scalar: `-`, `~`, `(`, `.`.
            case symbol
        }

        var kind: Kind
        /// Byte offsets into the scanned text.
        var start: Int
        var end: Int
        /// Whether a space or tab comes right before the token (or the token opens its window).
        var spaceBefore: Bool
        /// Words lowercase, numbers as written, units `%`, symbols as their folded scalar.
        var text: String

        func isWord(_ word: String) -> Bool { kind == .word && text == word }
        func isSymbol(_ symbol: String) -> Bool { kind == .symbol && text == symbol }
    }

    /// The tokens of a stretch of one line, kept while anchors fall inside it.
    struct Segment {
        var range: Range<Int>
        var tokens: [Token]
        /// Whether `range` runs to the end of its line (or of the text), not to a cut.
        var reachesLineEnd: Bool

        /// Whether the segment holds `anchor` with `after` bytes of context after it.
        func covers(_ anchor: Range<Int>, after: Int) -> Bool {
            anchor.lowerBound >= range.lowerBound
                && (anchor.upperBound + after <= range.upperBound
                    || (reachesLineEnd && anchor.upperBound <= range.upperBound))
        }

        /// The index of the token that starts at byte `start`, if one does.
        func index(ofTokenAt start: Int) -> Int? {
            var low = 0
            var high = tokens.count
            while low < high {
                let middle = (low + high) / 2
                if tokens[middle].start < start { low = middle + 1 } else { high = middle }
            }
            return low < tokens.count && tokens[low].start == start ? low : nil
        }
    }

    /// Bytes of context a match may need before its anchor (qualifier, range, number words) and after it.
    static let contextBefore = 160
    static let contextAfter = 80
    /// The most bytes of one line tokenized at once; a longer line is cut into overlapping segments.
    static let segmentLength = 16_384

    /// The segment that holds `anchor`: `cached` when it does, else a new one.
    ///
    /// A segment starts on the anchor's line at most ``contextBefore`` bytes before it, at a space so that its first
    /// token is whole, and runs to the end of the line or about ``segmentLength`` bytes on. It never crosses a line
    /// break: a percentage, its number and its qualifier sit on one line of the clean text. Anchors on one line
    /// share a segment, so a table of percentages is tokenized once.
    func segment(around anchor: Range<Int>, cached: Segment?) -> Segment {
        if let cached, cached.covers(anchor, after: Self.contextAfter) { return cached }
        var start = anchor.lowerBound
        let floor = max(0, anchor.lowerBound - Self.contextBefore)
        while start > floor && bytes[start - 1] != 0x0A { start -= 1 }
        if start > 0 && bytes[start - 1] != 0x0A {
            // Cut mid-line: move to just after the next space so that no word is cut.
            while start < anchor.lowerBound && bytes[start] != 0x20 { start += 1 }
        }
        var end = anchor.upperBound
        let ceiling = min(bytes.count, anchor.upperBound + Self.segmentLength)
        while end < ceiling && bytes[end] != 0x0A { end += 1 }
        let reachesLineEnd = end == bytes.count || bytes[end] == 0x0A
        if !reachesLineEnd {
            // Cut mid-line: end at a space so that no word is cut.
            let limit = anchor.upperBound + Self.contextAfter
            while end > limit && bytes[end - 1] != 0x20 { end -= 1 }
            while end < bytes.count && bytes[end] != 0x20 && bytes[end] != 0x0A { end += 1 }
        }
        return Segment(range: start..<end, tokens: tokenize(start..<end), reachesLineEnd: reachesLineEnd)
    }

    /// Splits `range` into tokens, folding look-alikes as ``LookalikeFolding`` does, then joins units.
    func tokenize(_ range: Range<Int>) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(48)
        var index = range.lowerBound
        var spaceBefore = true
        while index < range.upperBound {
            let (scalar, length) = foldedScalar(at: index)
            if scalar == 0x20 || scalar == 0x09 {
                spaceBefore = true
                index += length
                continue
            }
            var token: Token
            if Self.isDigit(scalar)
                || (scalar == 0x2E && index + 1 < range.upperBound && Self.isDigit(foldedScalar(at: index + 1).value))
            {
                token = number(at: index, before: range.upperBound)
            } else if isLetter(scalar) {
                token = word(at: index, before: range.upperBound)
            } else {
                let text = Unicode.Scalar(scalar).map { String(Character($0)) } ?? ""
                token = Token(kind: .symbol, start: index, end: index + length, spaceBefore: false, text: text)
            }
            token.spaceBefore = spaceBefore
            spaceBefore = false
            index = token.end
            tokens.append(token)
        }
        return joiningUnits(tokens)
    }

    // MARK: - Private

    private func number(at start: Int, before limit: Int) -> Token {
        var index = start
        var text = ""
        while index < limit {
            let (scalar, length) = foldedScalar(at: index)
            if Self.isDigit(scalar) {
                text.unicodeScalars.append(Unicode.Scalar(UInt8(scalar)))
                index += length
            } else if (scalar == 0x2C || scalar == 0x2E) && index + length < limit
                && Self.isDigit(foldedScalar(at: index + length).value)
            {
                text.unicodeScalars.append(Unicode.Scalar(UInt8(scalar)))
                index += length
            } else {
                break
            }
        }
        return Token(kind: .number, start: start, end: index, spaceBefore: false, text: text)
    }

    private func word(at start: Int, before limit: Int) -> Token {
        var index = start
        // Lowercase ASCII letters, other letters as they are, apostrophes folded.
        var folded: [UInt8] = []
        folded.reserveCapacity(16)
        while index < limit {
            let (scalar, length) = foldedScalar(at: index)
            if isLetter(scalar) {
                if scalar < 0x80 {
                    folded.append(UInt8(scalar) | 0x20)
                } else {
                    folded.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<index + length]))
                }
                index += length
            } else if scalar == 0x27, index + length < limit, isLetter(foldedScalar(at: index + length).value) {
                // An inner apostrophe, straight or curly: "world's", "China\u{2019}s".
                folded.append(0x27)
                index += length
            } else {
                break
            }
        }
        let text = String(decoding: folded, as: UTF8.self)
        return Token(kind: .word, start: start, end: index, spaceBefore: false, text: text)
    }

    /// Joins `per` + `cent` (spaced, hyphenated or not) into one unit, and marks `%`, `percent`, `pct` and an
    /// attached `pc` (British papers' "3pc") as units.
    private func joiningUnits(_ tokens: [Token]) -> [Token] {
        var joined: [Token] = []
        joined.reserveCapacity(tokens.count)
        var index = 0
        while index < tokens.count {
            var token = tokens[index]
            switch (token.kind, token.text) {
            case (.symbol, "%"):
                token.kind = .unit
            case (.word, "percent"), (.word, "pct"):
                token.kind = .unit
                token.text = "%"
            case (.word, "pc"):
                if !token.spaceBefore, let last = joined.last, last.kind == .number {
                    token.kind = .unit
                    token.text = "%"
                }
            case (.word, "per"):
                if index + 1 < tokens.count, tokens[index + 1].isWord("cent") {
                    token = Token(
                        kind: .unit,
                        start: token.start,
                        end: tokens[index + 1].end,
                        spaceBefore: token.spaceBefore,
                        text: "%"
                    )
                    index += 1
                } else if index + 2 < tokens.count, tokens[index + 1].isSymbol("-"), !tokens[index + 1].spaceBefore,
                    tokens[index + 2].isWord("cent"), !tokens[index + 2].spaceBefore
                {
                    token = Token(
                        kind: .unit,
                        start: token.start,
                        end: tokens[index + 2].end,
                        spaceBefore: token.spaceBefore,
                        text: "%"
                    )
                    index += 2
                }
            default:
                break
            }
            joined.append(token)
            index += 1
        }
        return joined
    }

    // MARK: - Scalars

    /// The scalar at byte `index`, folded as ``LookalikeFolding/folded(_:)`` folds it, and its length in bytes.
    @inline(__always)
    func foldedScalar(at index: Int) -> (value: UInt32, length: Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (UInt32(lead), 1) }
        var value: UInt32
        var length: Int
        if lead < 0xE0 {
            value = UInt32(lead & 0x1F)
            length = 2
        } else if lead < 0xF0 {
            value = UInt32(lead & 0x0F)
            length = 3
        } else {
            value = UInt32(lead & 0x07)
            length = 4
        }
        // Swift strings hold valid UTF-8, so the continuation bytes are there; the bound only guards a bad buffer.
        length = min(length, bytes.count - index)
        for offset in 1..<max(length, 1) {
            value = value << 6 | UInt32(bytes[index + offset] & 0x3F)
        }
        guard let scalar = Unicode.Scalar(value) else { return (value, length) }
        return (LookalikeFolding.folded(scalar).value, length)
    }

    func isLetter(_ scalar: UInt32) -> Bool {
        if scalar < 0x80 { return Self.isASCIILetter(UInt8(scalar)) }
        return Unicode.Scalar(scalar)?.properties.isAlphabetic ?? false
    }

    @inline(__always)
    static func isDigit(_ scalar: UInt32) -> Bool { scalar >= 0x30 && scalar <= 0x39 }

    @inline(__always)
    static func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
}
