/// Cheap measures of a line's shape (word count, how it ends) that tell a headline from a sentence of prose.
///
/// Used by ``BoilerplateLines`` for its positional rules and by ``TextCleaner`` to spot a title.
///
/// ```swift
/// LineShape.isHeadlineLike("Rare earths as strategic leverage")       // true
/// LineShape.isProseLike("China has agreed to expedite the approval.")  // true
/// ```
enum LineShape {
    /// The number of whitespace-separated words in `line`, counting no further than `limit`.
    ///
    /// - Parameters:
    ///   - line: any text.
    ///   - limit: stop counting once this many words are seen, so a long paragraph costs little.
    /// - Returns: the word count, or `limit` if there are at least that many.
    static func wordCount(_ line: String, limit: Int = .max) -> Int {
        var count = 0
        var inWord = false
        var afterC2 = false
        for byte in line.utf8 {
            // ASCII whitespace and U+00A0 NO-BREAK SPACE (C2 A0) separate words. Rarer Unicode spaces count as
            // letters, which only makes a line look shorter to this count; the rules measure words exactly.
            let isSpace: Bool
            if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                isSpace = true
            } else if byte == 0xC2 {
                afterC2 = true
                continue
            } else {
                isSpace = afterC2 && byte == 0xA0
            }
            afterC2 = false
            if isSpace {
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
                if count >= limit { return limit }
            }
        }
        return count
    }

    /// Whether `line` ends like a sentence: with `.`, `!`, `?`, `…` or `;`, before any closing quotes or brackets.
    static func endsSentence(_ line: String) -> Bool {
        for scalar in line.unicodeScalars.reversed() {
            switch scalar {
            case " ", "\t", "\n", "\r", "\u{A0}", "\"", "'", ")", "]", "\u{2019}", "\u{201D}", "\u{BB}", "*":
                continue
            case ".", "!", "?", "\u{2026}", ";":
                return true
            default:
                return false
            }
        }
        return false
    }

    /// The last visible scalar of `line`, skipping closing quotes and brackets.
    static func lastMark(_ line: String) -> Unicode.Scalar? {
        for scalar in line.unicodeScalars.reversed() {
            switch scalar {
            case " ", "\t", "\n", "\r", "\u{A0}", "\"", "'", ")", "]", "\u{2019}", "\u{201D}", "\u{BB}":
                continue
            default:
                return scalar
            }
        }
        return nil
    }

    /// Whether `line` could be a headline or a section heading: 1 to 25 words, at most 300 UTF-8 bytes, and not
    /// ending like a sentence (a question mark is allowed, as headlines ask questions).
    static func isHeadlineLike(_ line: String) -> Bool {
        let words = wordCount(line, limit: 26)
        guard words >= 1 && words <= 25, line.utf8.count <= 300 else { return false }
        switch lastMark(line) {
        case nil, ".", "!", ";", ",", ":", "\u{2026}": return false
        default: return true
        }
    }

    /// Whether `line` reads as running prose: a sentence of six words or more, or twenty words whatever the ending.
    static func isProseLike(_ line: String) -> Bool {
        let words = wordCount(line, limit: 20)
        return words >= 20 || (words >= 6 && endsSentence(line))
    }
}
