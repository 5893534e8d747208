// MARK: - Normalised line

extension BoilerplateLines {
    /// A line prepared for matching: look-alikes folded, lowercased, whitespace collapsed, and leading decoration
    /// (emoji, bullets, dashes, quotes) removed, as UTF-8 bytes.
    ///
    /// Every method works on the bytes without allocating, because each short line is tested against a few hundred
    /// phrases; the words are split out only for the rules that need them.
    struct LineKey {
        /// The prepared line, as UTF-8.
        let bytes: [UInt8]
        /// Byte ranges of the runs of letters and digits (with inner apostrophes).
        let wordRanges: [Range<Int>]
        /// Whether the line can start with a listed phrase: its first word is in ``openingWords``, or it starts
        /// with something other than an ASCII letter or digit (a bracket, `©`, a non-Latin letter).
        private let mayOpenPhrase: Bool

        init(_ line: String) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(line.utf8.count)
            var pendingSpace = false
            var started = false
            for original in line.unicodeScalars {
                let scalar = LookalikeFolding.folded(original)
                if Self.isSpace(scalar) {
                    pendingSpace = started
                    continue
                }
                if Self.isInvisible(scalar) { continue }
                if !started {
                    // Leading decoration: keep only what can open a caption or a footer.
                    guard Self.isWordScalar(scalar) || scalar == "(" || scalar == "[" || scalar == "\u{A9}" else {
                        continue
                    }
                    started = true
                }
                if pendingSpace {
                    bytes.append(0x20)
                    pendingSpace = false
                }
                if scalar.isASCII {
                    let value = UInt8(scalar.value)
                    bytes.append(value >= 0x41 && value <= 0x5A ? value + 0x20 : value)
                } else if scalar.properties.changesWhenLowercased {
                    bytes.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
                } else if let encoded = UTF8.encode(scalar) {
                    bytes.append(contentsOf: encoded)
                }
            }
            self.bytes = bytes
            self.wordRanges = Self.wordRanges(in: bytes)
            let leadingWord = bytes.prefix { Self.isASCIIWordByte($0) }
            mayOpenPhrase =
                leadingWord.isEmpty
                || BoilerplateLines.openingWords.contains(String(decoding: leadingWord, as: UTF8.self))
        }

        /// The number of words.
        var wordCount: Int { wordRanges.count }

        /// The words, lowercased.
        var words: [String] { wordRanges.map { String(decoding: bytes[$0], as: UTF8.self) } }

        /// The line without leading or trailing punctuation and symbols, for whole-line lookups.
        var bare: String {
            guard let first = wordRanges.first, let last = wordRanges.last else { return "" }
            return String(decoding: bytes[first.lowerBound..<last.upperBound], as: UTF8.self)
        }

        /// Whether the line ends like a sentence: `.`, `!`, `?`, `;` or `…`, before closing quotes and brackets.
        var endsSentence: Bool {
            var index = bytes.count - 1
            while index >= 0 {
                switch bytes[index] {
                case 0x20, UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: ")"), UInt8(ascii: "]"),
                    UInt8(ascii: "*"):
                    index -= 1
                case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ";"):
                    return true
                case 0xA6:
                    // The last byte of U+2026 HORIZONTAL ELLIPSIS.
                    return index >= 2 && bytes[index - 2] == 0xE2 && bytes[index - 1] == 0x80
                default:
                    return false
                }
            }
            return false
        }

        /// The last segment of the line: the last bracketed part if the line ends with a bracket, else what follows
        /// the last sentence break.
        var lastSegment: String? {
            guard let last = bytes.last else { return nil }
            if last == UInt8(ascii: ")") || last == UInt8(ascii: "]") {
                let opener = last == UInt8(ascii: ")") ? UInt8(ascii: "(") : UInt8(ascii: "[")
                guard let open = bytes.lastIndex(of: opener) else { return nil }
                return String(decoding: bytes[(open + 1)..<(bytes.count - 1)], as: UTF8.self)
            }
            var start = 0
            var index = bytes.count - 2
            while index > 0 {
                let byte = bytes[index]
                if bytes[index + 1] == 0x20
                    && (byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?"))
                {
                    start = index + 2
                    break
                }
                index -= 1
            }
            return String(decoding: bytes[start...], as: UTF8.self)
        }

        /// Whether the line contains `phrase` (lowercase) starting at the start of a word, if `phrase` starts with a
        /// letter or digit ("pic:" is not in "topic:"), or anywhere otherwise ("/reuters").
        func contains(_ phrase: StaticString) -> Bool {
            guard phrase.utf8CodeUnitCount > 0 else { return true }
            let first = phrase.withUTF8Buffer { $0[0] }
            if Self.isASCIIWordByte(first) {
                // Only word starts can match, which makes the search cheap enough to run a few dozen phrases.
                for range in wordRanges where bytes[range.lowerBound] == first {
                    if matchLength(phrase, at: range.lowerBound) != nil { return true }
                }
                return false
            }
            var index = 0
            while index < bytes.count {
                if bytes[index] == first && matchLength(phrase, at: index) != nil { return true }
                index += 1
            }
            return false
        }

        /// Whether the line starts with `prefix` (lowercase), whatever follows.
        func hasPrefix(_ prefix: StaticString) -> Bool {
            matchLength(prefix, at: 0) != nil
        }

        /// Whether the line starts with `prefix` (lowercase) followed by a word boundary.
        ///
        /// - Parameter skippingOpeningBracket: also accept the prefix after a leading `(` or `[`.
        func hasWordPrefix(_ prefix: StaticString, skippingOpeningBracket: Bool = false) -> Bool {
            endOfPrefix(prefix, skippingOpeningBracket: skippingOpeningBracket) != nil
        }

        /// Whether `prefix` starts the line and is followed by nothing, or by a separator such as `:`, `|`, `>`,
        /// `.`, `→`, or a dash or slash set off by a space.
        func hasSeparator(after prefix: StaticString) -> Bool {
            guard let end = endOfPrefix(prefix) else { return false }
            var index = end
            while index < bytes.count && bytes[index] == 0x20 { index += 1 }
            guard index < bytes.count else { return true }
            switch bytes[index] {
            // Not "(": "Image (and reputation) matters …" is prose.
            case UInt8(ascii: ":"), UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "."), UInt8(ascii: "="):
                return true
            case UInt8(ascii: "-"), UInt8(ascii: "/"):
                // "Related - …", not a compound such as "credit-card".
                return index > end || index + 1 == bytes.count || bytes[index + 1] == 0x20
            case 0xE2:
                // U+2192 RIGHTWARDS ARROW, U+203A and U+2026 (dashes and double guillemets are already folded).
                return index + 2 < bytes.count
                    && ((bytes[index + 1] == 0x86 && bytes[index + 2] == 0x92)
                        || (bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xBA || bytes[index + 2] == 0xA6)))
            default:
                return false
            }
        }

        /// The space-separated word right after `prefix`, punctuation included, if the line starts with `prefix`.
        func word(after prefix: StaticString) -> String? {
            guard let end = endOfPrefix(prefix) else { return nil }
            var index = end
            while index < bytes.count && bytes[index] == 0x20 { index += 1 }
            var stop = index
            while stop < bytes.count && bytes[stop] != 0x20 { stop += 1 }
            guard stop > index else { return nil }
            return String(decoding: bytes[index..<stop], as: UTF8.self)
        }

        // MARK: Private

        /// The end of `phrase` if it stands at `start`.
        private func matchLength(_ phrase: StaticString, at start: Int) -> Int? {
            phrase.withUTF8Buffer { needle in
                guard start + needle.count <= bytes.count else { return nil }
                for offset in 0..<needle.count where bytes[start + offset] != needle[offset] { return nil }
                return start + needle.count
            }
        }

        private func endOfPrefix(_ prefix: StaticString, skippingOpeningBracket: Bool = false) -> Int? {
            assert(
                BoilerplateLines.openingWords.contains(BoilerplateLines.firstWord(of: prefix))
                    || BoilerplateLines.firstWord(of: prefix).isEmpty,
                "add the first word of \"\(prefix)\" to BoilerplateLines.openingWords"
            )
            guard mayOpenPhrase else { return nil }
            var start = 0
            if skippingOpeningBracket, let first = bytes.first, first == UInt8(ascii: "(") || first == UInt8(ascii: "[")
            {
                start = 1
            }
            guard let end = matchLength(prefix, at: start) else { return nil }
            if end == bytes.count { return end }
            // A prefix ending in a letter or digit must end a word: "subscribe" is not "subscribers".
            if let last = prefix.withUTF8Buffer({ $0.last }), Self.isASCIIWordByte(last), startsWord(at: end) {
                return nil
            }
            return end
        }

        /// Whether a letter or digit starts at byte `index`.
        private func startsWord(at index: Int) -> Bool {
            let byte = bytes[index]
            if byte < 0x80 { return Self.isASCIIWordByte(byte) }
            return Self.scalar(in: bytes, at: index).map(Self.isWordScalar) ?? false
        }

        private static func wordRanges(in bytes: [UInt8]) -> [Range<Int>] {
            var ranges: [Range<Int>] = []
            var start: Int?
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                let length = byte < 0x80 ? 1 : CleanTextBuilder.sequenceLength(byte)
                var isWord: Bool
                if byte < 0x80 {
                    isWord = isASCIIWordByte(byte)
                    // An apostrophe inside a word ("don't") belongs to it.
                    if byte == UInt8(ascii: "'"), start != nil, index + 1 < bytes.count,
                        isASCIIWordByte(bytes[index + 1]) || bytes[index + 1] >= 0x80
                    {
                        isWord = true
                    }
                } else {
                    isWord = scalar(in: bytes, at: index).map(isWordScalar) ?? false
                }
                if isWord {
                    if start == nil { start = index }
                } else if let wordStart = start {
                    ranges.append(wordStart..<index)
                    start = nil
                }
                index += length
            }
            if let wordStart = start { ranges.append(wordStart..<bytes.count) }
            return ranges
        }

        private static func scalar(in bytes: [UInt8], at index: Int) -> Unicode.Scalar? {
            let end = min(index + CleanTextBuilder.sequenceLength(bytes[index]), bytes.count)
            var iterator = bytes[index..<end].makeIterator()
            var decoder = UTF8()
            if case .scalarValue(let scalar) = decoder.decode(&iterator) { return scalar }
            return nil
        }

        static func isASCIIWordByte(_ byte: UInt8) -> Bool {
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A)
        }

        static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
            if scalar.isASCII { return isASCIIWordByte(UInt8(scalar.value)) }
            return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
        }

        private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
            if scalar.isASCII { return scalar == " " || (scalar.value >= 0x09 && scalar.value <= 0x0D) }
            return scalar.properties.isWhitespace
        }

        static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar.value {
            case 0x00..<0x20, 0x7F, 0x80...0x9F, 0xAD, 0x200B...0x200F, 0x2060, 0xFE0F, 0xFEFF: return true
            default: return false
            }
        }
    }
}
