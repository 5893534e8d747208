extension TemporalRules {
    /// One token of a text's matching form: a run of letters, a run of digits (with `1,200` and `1.5` kept whole),
    /// or one other scalar.
    ///
    /// Letters and digits are split where they meet, so `10th` is `10` + `th` and `Q3` is `Q` + `3`; the
    /// ``Flags-swift.struct/spaceBefore`` flag tells the parser which tokens touch.
    struct Token {
        enum Kind: UInt8 {
            case word
            case number
            case punctuation
        }

        struct Flags: OptionSet {
            let rawValue: UInt16

            /// Whitespace (or the start of the text) comes before the token.
            static let spaceBefore = Flags(rawValue: 1 << 0)
            /// A line break comes before the token: patterns never cross one.
            static let lineBreakBefore = Flags(rawValue: 1 << 1)
            /// The first letter is upper case.
            static let capitalized = Flags(rawValue: 1 << 2)
            /// Every letter is upper case.
            static let allCaps = Flags(rawValue: 1 << 3)
            /// A number written with thousands separators, `1,200`.
            static let grouped = Flags(rawValue: 1 << 4)
            /// A number with a decimal part, `1.5`.
            static let decimal = Flags(rawValue: 1 << 5)
            /// A number whose first digit is `0`, `08`.
            static let leadingZero = Flags(rawValue: 1 << 6)
            /// A lower-case word of four letters or more ending in `ed`, which reads as a past tense.
            static let endsInED = Flags(rawValue: 1 << 7)
            /// A lower-case word ending in `s` (not `ss`), which may be a plural noun.
            static let endsInS = Flags(rawValue: 1 << 8)
        }

        /// Unicode scalar offsets into the text, half-open.
        var start: Int32
        var end: Int32
        /// UTF-8 offsets into the matching form, half-open.
        var byteStart: Int32
        var byteEnd: Int32
        /// Numbers: the integer value (of the integer part), saturating at 999,999,999.
        var number: Int32
        /// Words: the index of the word's entry in ``Lexicon/words``, or -1.
        var word: Int16
        var kind: Kind
        /// Punctuation: the ASCII byte, or 0 for any other scalar.
        var byte: UInt8
        /// Numbers: how many digits the integer part has.
        var digits: UInt8
        var flags: Flags

        func has(_ flag: Flags) -> Bool { flags.contains(flag) }
    }

    /// Splits UTF-8 text into tokens, reading each scalar as its ``LookalikeFolding/folded(_:)`` form, so that the
    /// tokens are those of the text's matching form while byte offsets stay those of `bytes`.
    ///
    /// Folding a scalar on the fly saves building the matching form as a string, which cost more than the whole
    /// parse. Only fullwidth letters and digits (`２０２５`) fold to something the byte-level scanners would have to
    /// read differently; for them this returns `false` and the caller tokenizes the matching form instead.
    ///
    /// - Returns: `false` if the text has a fullwidth letter or digit (`tokens` is then incomplete).
    /// - Complexity: O(*n*), one pass; each word of at most 15 ASCII letters costs one hash-table probe or two.
    static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, lexicon: Lexicon, into tokens: inout [Token]) -> Bool {
        let count = bytes.count
        var position = 0
        var scalar = 0
        var pendingFlags: Token.Flags = [.spaceBefore, .lineBreakBefore]
        while position < count {
            var byte = bytes[position]
            var length = 1
            if byte >= 0x80 {
                let decoded = decode(bytes, at: position)
                length = decoded.length
                let folded = LookalikeFolding.folded(decoded.scalar).value
                if folded < 0x80 {
                    byte = UInt8(folded)
                    if isDigit(byte) || isASCIILetter(byte) { return false }
                } else if decoded.scalar.properties.isAlphabetic {
                    byte = 0x61  // any letter: scanWord reads the bytes itself
                } else {
                    byte = 0
                }
            }
            if byte == 0x20 || byte == 0x09 {
                pendingFlags.insert(.spaceBefore)
                position += length
                scalar += 1
                continue
            }
            if byte == 0x0A || byte == 0x0D || byte == 0x0B || byte == 0x0C {
                pendingFlags.formUnion([.spaceBefore, .lineBreakBefore])
                position += 1
                scalar += 1
                continue
            }
            let startPosition = position
            var token = Token(
                start: Int32(scalar),
                end: 0,
                byteStart: Int32(startPosition),
                byteEnd: 0,
                number: 0,
                word: -1,
                kind: .punctuation,
                byte: 0,
                digits: 0,
                flags: pendingFlags
            )
            pendingFlags = []
            if isDigit(byte) {
                token.kind = .number
                scanNumber(bytes, position: &position, token: &token)
                scalar += position - startPosition
            } else if isASCIILetter(byte) {
                token.kind = .word
                scanWord(bytes, position: &position, scalar: &scalar, token: &token, lexicon: lexicon)
            } else {
                token.byte = byte
                position += length
                scalar += 1
            }
            token.end = Int32(scalar)
            token.byteEnd = Int32(position)
            tokens.append(token)
        }
        return true
    }

    // MARK: - Private

    @inline(__always) private static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }

    @inline(__always) private static func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }

    @inline(__always) private static func sequenceLength(_ lead: UInt8) -> Int {
        lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
    }

    /// The scalar whose UTF-8 form starts at `position` (a non-ASCII lead byte) and its length in bytes.
    private static func decode(
        _ bytes: UnsafeBufferPointer<UInt8>,
        at position: Int
    ) -> (scalar: Unicode.Scalar, length: Int) {
        let lead = bytes[position]
        let length = min(sequenceLength(lead), bytes.count - position)
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<max(length, 1) {
            value = value << 6 | UInt32(bytes[position + offset] & 0x3F)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", max(length, 1))
    }

    /// Whether the scalar starting at `position` (a non-ASCII lead byte) is a letter, so `détente` stays one word.
    private static func isAlphabetic(_ bytes: UnsafeBufferPointer<UInt8>, at position: Int) -> Bool {
        decode(bytes, at: position).scalar.properties.isAlphabetic
    }

    private static func scanNumber(_ bytes: UnsafeBufferPointer<UInt8>, position: inout Int, token: inout Token) {
        let count = bytes.count
        var value = 0
        var digits = 0
        if bytes[position] == 0x30 { token.flags.insert(.leadingZero) }
        while position < count {
            let byte = bytes[position]
            if isDigit(byte) {
                if value < 100_000_000 { value = value * 10 + Int(byte - 0x30) } else { value = 999_999_999 }
                digits += 1
                position += 1
            } else if byte == 0x2C, token.has(.grouped) || digits <= 3, isGroup(bytes, at: position + 1) {
                // `1,200`: exactly three digits after each separator.
                token.flags.insert(.grouped)
                position += 1
            } else if byte == 0x2E, !token.has(.decimal), position + 1 < count, isDigit(bytes[position + 1]) {
                // `1.5`: the fraction is kept in the bytes; the value is the integer part.
                token.flags.insert(.decimal)
                position += 1
                while position < count, isDigit(bytes[position]) { position += 1 }
                break
            } else {
                break
            }
        }
        token.number = Int32(min(value, 999_999_999))
        token.digits = UInt8(min(digits, 255))
    }

    /// Three digits at `position`, not followed by a fourth.
    private static func isGroup(_ bytes: UnsafeBufferPointer<UInt8>, at position: Int) -> Bool {
        guard position + 3 <= bytes.count else { return false }
        for offset in 0..<3 where !isDigit(bytes[position + offset]) { return false }
        return position + 3 == bytes.count || !isDigit(bytes[position + 3])
    }

    private static func scanWord(
        _ bytes: UnsafeBufferPointer<UInt8>,
        position: inout Int,
        scalar: inout Int,
        token: inout Token,
        lexicon: Lexicon
    ) {
        let count = bytes.count
        var key: UInt64 = 0
        var length = 0
        var asciiOnly = true
        var upper = 0
        var last: UInt8 = 0
        var beforeLast: UInt8 = 0
        while position < count {
            let byte = bytes[position]
            if isASCIILetter(byte) {
                let lower = byte | 0x20
                if byte != lower {
                    upper += 1
                    if length == 0 { token.flags.insert(.capitalized) }
                }
                if length < 12 { key = key << 5 | UInt64(lower - 0x60) }
                beforeLast = last
                last = lower
                length += 1
                position += 1
                scalar += 1
            } else if byte >= 0xC0, isAlphabetic(bytes, at: position) {
                asciiOnly = false
                length += 1
                position += sequenceLength(byte)
                scalar += 1
            } else {
                break
            }
        }
        if upper == length && length > 1 { token.flags.insert(.allCaps) }
        if upper == 0 {
            if length >= 4 && beforeLast == 0x65 && last == 0x64 { token.flags.insert(.endsInED) }
            if last == 0x73 && beforeLast != 0x73 { token.flags.insert(.endsInS) }
        }
        if asciiOnly && length <= 15 {
            token.word = lexicon.lookup(key | UInt64(length) << 60)
        }
    }
}
