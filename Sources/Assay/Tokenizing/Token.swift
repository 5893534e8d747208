/// One token of a clean text: a word, a number, or a single punctuation mark or symbol.
///
/// Offsets are Unicode scalar offsets into the clean text, half-open.
public struct Token: Sendable, Hashable {
    public enum Kind: UInt8, Sendable {
        case word, number, punctuation, symbol
    }

    public struct Flags: OptionSet, Sendable, Hashable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        /// The first character is upper-case ("China", "US").
        public static let capitalized = Flags(rawValue: 1 << 0)
        /// Every letter is upper-case and there are at least two ("US", "MOFCOM").
        public static let allCaps = Flags(rawValue: 1 << 1)
        /// A known abbreviation or an initial with its full stop ("Dr.", "U.S.", "J.").
        public static let abbreviation = Flags(rawValue: 1 << 2)
        /// Whitespace comes right before the token.
        public static let spaceBefore = Flags(rawValue: 1 << 3)
        /// A line break comes before the token (a new paragraph or line).
        public static let lineBefore = Flags(rawValue: 1 << 4)
    }

    public var start: Int32
    public var end: Int32
    public var kind: Kind
    public var flags: Flags

    public init(start: Int32, end: Int32, kind: Kind, flags: Flags) {
        self.start = start
        self.end = end
        self.kind = kind
        self.flags = flags
    }

    public var range: Range<Int> { Int(start)..<Int(end) }
}

/// The tokens and sentences of one clean text.
public struct TokenizedText: Sendable {
    /// The clean text's matching form (``LookalikeFolding``) as scalars: `scalars[token.start..<token.end]`.
    public var scalars: [Unicode.Scalar]
    public var tokens: [Token]
    /// Each token's case-folded hash (``foldedHash(_:_:)``): matchers and rules compare words by it.
    public var hashes: [UInt64]
    /// Sentences as ranges of token indices, in order, covering every token.
    public var sentences: [Range<Int>]

    /// FNV-1a over the lower-cased scalars of a range: equal for "China", "CHINA" and "china".
    public static func foldedHash(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for scalar in scalars[range] {
            var value = scalar.value
            if value < 0x80 {
                if value >= 0x41 && value <= 0x5A { value |= 0x20 }
                hash = (hash ^ UInt64(value)) &* 0x100_0000_01b3
            } else if scalar.properties.isUppercase {
                for lower in scalar.properties.lowercaseMapping.unicodeScalars {
                    hash = (hash ^ UInt64(lower.value)) &* 0x100_0000_01b3
                }
            } else {
                hash = (hash ^ UInt64(value)) &* 0x100_0000_01b3
            }
        }
        return hash
    }

    /// The token's text in matching form.
    public func text(of token: Token) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[token.range])
        return String(view)
    }

    /// The text of a scalar range in matching form.
    public func text(_ range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[range])
        return String(view)
    }

    /// The index of the sentence holding token `index`.
    public func sentence(ofToken index: Int) -> Int {
        var low = 0
        var high = sentences.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if sentences[mid].lowerBound <= index { low = mid } else { high = mid - 1 }
        }
        return low
    }
}
