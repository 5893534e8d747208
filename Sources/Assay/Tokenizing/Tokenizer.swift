/// Splits clean text into tokens and sentences, Unicode-aware.
///
/// - Words are runs of letters, marks and digits, with inner apostrophes ("don't", "O'Brien"); a possessive "'s"
///   is its own token. Hyphens, dashes, quotes and brackets are tokens of their own, so "US-China" and
///   "Rare-Earth" give their parts to the matcher.
/// - Numbers keep inner separators ("1,200.5").
/// - A full stop stays on a known abbreviation ("Dr.", "Co.", "Jan.", "No.") and on initials ("U.S.", "J."), and
///   such a token does not end a sentence unless the next word clearly starts one.
/// - Emoji (with their joiners and modifiers) and bullets are symbol tokens: they never split a word.
///
/// ```swift
/// let tokens = Tokenizer().tokenize("Dr. He met U.S. officials. Talks ended.")
/// tokens.sentences.count  // 2
/// ```
public struct Tokenizer: Sendable {
    public init() {}

    public func tokenize(_ text: String) -> TokenizedText {
        // Folded while copied: the matching form without building it as a string first.
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars { scalars.append(LookalikeFolding.folded(scalar)) }
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 5)
        var index = 0
        var pendingFlags: Token.Flags = []
        let count = scalars.count
        while index < count {
            let scalar = scalars[index]
            if Self.isSpace(scalar) {
                pendingFlags.insert(.spaceBefore)
                if scalar == "\n" { pendingFlags.insert(.lineBefore) }
                index += 1
                continue
            }
            let start = index
            var kind: Token.Kind
            if Self.isWordScalar(scalar) {
                index = wordEnd(scalars, from: index)
                kind = Self.isDigit(scalar) && Self.allDigits(scalars[start..<index]) ? .number : .word
                if kind == .number {
                    index = numberEnd(scalars, from: start)
                }
            } else if Self.isSymbol(scalar) {
                index = symbolEnd(scalars, from: index)
                kind = .symbol
            } else {
                index += 1
                kind = .punctuation
            }
            var flags = pendingFlags
            pendingFlags = []
            if kind == .word {
                // A possessive "'s" after a word is its own token.
                if index - start > 2, scalars[index - 2] == "'", scalars[index - 1] == "s" || scalars[index - 1] == "S"
                {
                    let wordEnd = index - 2
                    tokens.append(Self.word(scalars, start..<wordEnd, flags: flags))
                    tokens.append(Token(start: Int32(wordEnd), end: Int32(index), kind: .word, flags: []))
                    continue
                }
                // "U.S.", "e.g.": single letters joined by full stops.
                if index - start == 1, index + 1 < count, scalars[index] == ".", Self.isLetter(scalars[index + 1]) {
                    var end = index
                    while end + 1 < count, scalars[end] == ".", Self.isLetter(scalars[end + 1]),
                        end + 2 >= count || !Self.isWordScalar(scalars[end + 2])
                    {
                        end += 2
                    }
                    if end > index, end < count, scalars[end] == "." {
                        var token = Self.word(scalars, start..<(end + 1), flags: flags)
                        token.flags.insert(.abbreviation)
                        tokens.append(token)
                        index = end + 1
                        continue
                    }
                }
                var token = Self.word(scalars, start..<index, flags: flags)
                if index < count, scalars[index] == ".", Self.takesFullStop(scalars[start..<index]) {
                    token.end += 1
                    token.flags.insert(.abbreviation)
                    index += 1
                }
                tokens.append(token)
                continue
            }
            if kind == .number { flags.subtract([.capitalized, .allCaps]) }
            tokens.append(Token(start: Int32(start), end: Int32(index), kind: kind, flags: flags))
        }
        let sentences = Self.sentences(tokens, scalars: scalars)
        let hashes = tokens.map { TokenizedText.foldedHash(scalars, $0.range) }
        return TokenizedText(scalars: scalars, tokens: tokens, hashes: hashes, sentences: sentences)
    }

    // MARK: - Words and numbers

    private func wordEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        var index = start
        let count = scalars.count
        while index < count {
            let scalar = scalars[index]
            if Self.isWordScalar(scalar) {
                index += 1
            } else if scalar == "'", index + 1 < count, Self.isLetter(scalars[index + 1]), index > start,
                Self.isLetter(scalars[index - 1])
            {
                index += 1
            } else if scalar == "\u{200D}" || (scalar.value >= 0xFE00 && scalar.value <= 0xFE0F) {
                index += 1
            } else {
                break
            }
        }
        return index
    }

    private func numberEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        var index = start
        let count = scalars.count
        while index < count {
            if Self.isDigit(scalars[index]) {
                index += 1
            } else if scalars[index] == "," || scalars[index] == ".", index + 1 < count,
                Self.isDigit(scalars[index + 1]),
                index > start
            {
                index += 1
            } else {
                break
            }
        }
        return index
    }

    private func symbolEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        var index = start + 1
        let count = scalars.count
        // An emoji sequence: joiners, variation selectors, skin-tone modifiers and tags stay with it.
        while index < count {
            let value = scalars[index].value
            if value == 0x200D, index + 1 < count {
                index += 2
            } else if (0xFE00...0xFE0F).contains(value) || (0x1F3FB...0x1F3FF).contains(value)
                || (0xE0020...0xE007F).contains(value) || value == 0x20E3
            {
                index += 1
            } else {
                break
            }
        }
        return index
    }

    private static func word(_ scalars: [Unicode.Scalar], _ range: Range<Int>, flags: Token.Flags) -> Token {
        var flags = flags
        var letters = 0
        var upper = 0
        for scalar in scalars[range] {
            if scalar.isASCII {
                let value = scalar.value
                if value >= 0x41 && value <= 0x5A {
                    letters += 1
                    upper += 1
                } else if value >= 0x61 && value <= 0x7A {
                    letters += 1
                }
            } else if scalar.properties.isAlphabetic {
                letters += 1
                if scalar.properties.isUppercase { upper += 1 }
            }
        }
        if let first = scalars[range].first, Self.isUppercase(first) { flags.insert(.capitalized) }
        if letters >= 2 && upper == letters { flags.insert(.allCaps) }
        return Token(start: Int32(range.lowerBound), end: Int32(range.upperBound), kind: .word, flags: flags)
    }

    /// Abbreviations whose full stop belongs to the word.
    static let abbreviations: Set<String> = [
        "dr", "mr", "mrs", "ms", "prof", "sr", "jr", "st", "co", "corp", "inc", "ltd", "plc", "llc", "bros", "no",
        "nos", "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "gen", "lt", "col", "maj", "capt", "cmdr", "adm", "sgt", "gov", "sen", "rep", "rev", "hon", "pres", "dept",
        "univ", "assn", "est", "approx", "fig", "vol", "pp", "ft", "mt", "ave", "blvd", "rd", "cf", "al", "min",
        "max", "ph", "gov't",
    ]

    private static func takesFullStop(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        if word.count == 1, let first = word.first, isUppercase(first) { return true }  // an initial
        guard word.count <= 6 else { return false }
        var lowered = ""
        for scalar in word {
            lowered.unicodeScalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
        }
        return abbreviations.contains(lowered)
    }

    // MARK: - Sentences

    /// Words that start a sentence after an abbreviation ("… in the U.S. The talks …").
    static let sentenceStarters: Set<String> = [
        "The", "This", "That", "These", "Those", "It", "He", "She", "They", "We", "I", "In", "But", "And", "A", "An",
        "On", "At", "As", "For", "If", "Its", "Their", "His", "Her", "There", "Meanwhile", "However", "After",
        "When", "While", "Some", "Many", "Officials", "Analysts",
    ]

    private static func sentences(_ tokens: [Token], scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var sentences: [Range<Int>] = []
        var start = 0
        var index = 0
        func text(_ token: Token) -> String {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[token.range])
            return String(view)
        }
        while index < tokens.count {
            let token = tokens[index]
            if index > start, token.flags.contains(.lineBefore) {
                sentences.append(start..<index)
                start = index
            }
            var ends = false
            if token.kind == .punctuation, let scalar = scalars[Int(token.start)] as Unicode.Scalar?,
                scalar == "." || scalar == "!" || scalar == "?" || scalar == "\u{2026}"
            {
                ends = true
            } else if token.flags.contains(.abbreviation), index + 1 < tokens.count {
                let next = tokens[index + 1]
                ends = next.flags.contains(.spaceBefore) && sentenceStarters.contains(text(next))
            }
            if ends {
                var end = index + 1
                // Closing quotes and brackets stay with the sentence they close.
                while end < tokens.count, tokens[end].kind == .punctuation, !tokens[end].flags.contains(.spaceBefore),
                    ["\"", "'", ")", "]"].contains(scalars[Int(tokens[end].start)])
                {
                    end += 1
                }
                let startsNext =
                    end >= tokens.count || tokens[end].flags.contains(.lineBefore)
                    || (tokens[end].flags.contains(.spaceBefore)
                        && (tokens[end].flags.contains(.capitalized) || tokens[end].kind == .number
                            || tokens[end].kind != .word))
                if startsNext {
                    sentences.append(start..<end)
                    start = end
                    index = end
                    continue
                }
            }
            index += 1
        }
        if start < tokens.count { sentences.append(start..<tokens.count) }
        return sentences
    }

    // MARK: - Character classes

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            return scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r" || scalar == "\u{0B}"
                || scalar == "\u{0C}"
        }
        return scalar.properties.isWhitespace
    }

    static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar.value >= 0x41 && scalar.value <= 0x5A }
        return scalar.properties.isUppercase
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x30 && scalar.value <= 0x39
    }

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value | 0x20
            return value >= 0x61 && value <= 0x7A
        }
        return scalar.properties.isAlphabetic
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (value >= 0x30 && value <= 0x39) || ((value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A)
        }
        let properties = scalar.properties
        if properties.isAlphabetic || properties.numericType != nil { return true }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    static func allDigits(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        scalars.allSatisfy(isDigit)
    }

    static func isSymbol(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return false }
        if scalar.properties.isEmoji && scalar.value > 0xFF { return true }
        switch scalar.properties.generalCategory {
        case .otherSymbol, .mathSymbol, .currencySymbol, .modifierSymbol: return true
        default: return scalar == "\u{2022}" || scalar == "\u{25CF}" || scalar == "\u{25AA}"
        }
    }
}
