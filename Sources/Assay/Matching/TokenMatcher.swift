/// Finds many multi-token patterns in tokenized text at once: a trie over case-folded tokens, longest match wins.
///
/// Build once per run and share it (it is an immutable value); matching is linear in the number of tokens times
/// the longest pattern's length. Hyphens inside a pattern or a text are ignored, so "rare-earth" and "rare earth"
/// are the same pattern; a possessive "'s" is its own token, so "China's" holds "China". British and American
/// spellings of the words that make names ("Organisation", "Centre", "Defence") are one token.
///
/// ```swift
/// let matcher = TokenMatcher(patterns: [.init(text: "Brookings Institution", payload: 7)])
/// matcher.matches(in: Tokenizer().tokenize("Ryan Hass of the Brookings Institution"))
/// // [Match(tokens: 4..<6, payloads: [7])]
/// ```
public struct TokenMatcher: Sendable {
    /// A pattern to find: its text and what to report when found.
    public struct Pattern: Sendable {
        public var text: String
        /// Must the text's case match exactly ("US" but not "us")?
        public var caseSensitive: Bool
        public var payload: Int32

        public init(text: String, caseSensitive: Bool = false, payload: Int32) {
            self.text = text
            self.caseSensitive = caseSensitive
            self.payload = payload
        }
    }

    /// A place in the text where patterns ended.
    public struct Match: Sendable, Hashable {
        /// Token indices, half-open.
        public var tokens: Range<Int>
        /// The payloads of every pattern that matches exactly this span (several entries can share an alias).
        public var payloads: [Int32]
    }

    private struct Terminal: Sendable {
        var payload: Int32
        /// The pattern's scalars, for case-sensitive patterns only.
        var exact: [Unicode.Scalar]?
    }

    /// Folded token hash → token id.
    private let tokenIDs: [UInt64: Int32]
    /// (node << 32 | token id) → child node.
    private let transitions: [UInt64: Int32]
    /// Every pattern's terminal, grouped by the trie node it ends at: node n's are
    /// `terminalList[terminalStart[n]..<terminalStart[n + 1]]`. Flat arrays rather than a dictionary of arrays, which
    /// cost one allocation per name.
    private let terminalList: [Terminal]
    private let terminalStart: [Int32]
    public let patternCount: Int

    public init(patterns: [Pattern]) {
        let tokenizer = Tokenizer()
        var tokenIDs: [UInt64: Int32] = [:]
        var transitions: [UInt64: Int32] = [:]
        var endNodes: [Int32] = []
        var ends: [Terminal] = []
        var nodeCount: Int32 = 1
        var seenTerminals: Set<UInt64> = []
        // Sized up front: growing these tables by doubling took a fifth of the build for a million entries.
        tokenIDs.reserveCapacity(patterns.count)
        transitions.reserveCapacity(patterns.count * 2)
        endNodes.reserveCapacity(patterns.count)
        ends.reserveCapacity(patterns.count)
        for pattern in patterns {
            // Most names are plain words ("Brookings Institution"): cut them at spaces without the full tokenizer.
            var scalars = Array(pattern.text.unicodeScalars)
            var words = Self.plainWords(scalars) ?? []
            var exact: [Unicode.Scalar]? = nil
            if words.isEmpty {
                let tokenized = tokenizer.tokenize(pattern.text)
                scalars = tokenized.scalars
                words = tokenized.tokens.filter { !Self.isSkippable($0, in: scalars) }.map(\.range)
                if pattern.caseSensitive { exact = Self.exactScalars(tokenized) }
            } else if pattern.caseSensitive {
                exact = scalars.filter { $0 != " " }
            }
            guard !words.isEmpty else { continue }
            var node: Int32 = 0
            var respelled = false
            for range in words {
                var hash = Self.foldedHash(scalars, range)
                if let spelling = Self.spellingVariants[hash] {
                    hash = spelling
                    respelled = true
                }
                node = Self.step(from: node, hash, &tokenIDs, &transitions, &nodeCount)
            }
            // Two spellings of one name ("aluminium", "aluminum") end at one node: keep its payload once there.
            let terminal = UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: pattern.payload))
            guard !respelled || seenTerminals.insert(terminal).inserted else { continue }
            endNodes.append(node)
            ends.append(Terminal(payload: pattern.payload, exact: exact))
        }
        for (variant, spelling) in Self.spellingVariants {
            if let id = tokenIDs[spelling] { tokenIDs[variant] = id }
        }
        // A counting sort of the terminals by node, in pattern order within a node.
        var start = [Int32](repeating: 0, count: Int(nodeCount) + 1)
        for node in endNodes { start[Int(node) + 1] += 1 }
        for index in 1..<start.count { start[index] += start[index - 1] }
        var next = start
        var list = ends
        for (position, node) in endNodes.enumerated() {
            list[Int(next[Int(node)])] = ends[position]
            next[Int(node)] += 1
        }
        self.tokenIDs = tokenIDs
        self.transitions = transitions
        self.terminalList = list
        self.terminalStart = start
        self.patternCount = patterns.count
    }

    /// Every longest, non-overlapping match, left to right.
    ///
    /// - Parameter accept: decides, for a candidate span and its payloads, which payloads stand (context checks);
    ///   a span left with none is not a match and shorter spans are tried.
    public func matches(
        in text: TokenizedText,
        accept: (Range<Int>, [Int32]) -> [Int32] = { $1 }
    ) -> [Match] {
        let tokens = text.tokens
        var ids = [Int32](repeating: -1, count: tokens.count)
        for (index, token) in tokens.enumerated() {
            if Self.isSkippable(token, in: text.scalars) {
                ids[index] = -2
            } else if let id = tokenIDs[text.hashes[index]] {
                ids[index] = id
            }
        }
        var result: [Match] = []
        var start = 0
        while start < tokens.count {
            guard ids[start] >= 0 else {
                start += 1
                continue
            }
            // Walk the trie as far as the text allows, remembering every terminal passed.
            var candidates: [(end: Int, terminals: ArraySlice<Terminal>)] = []
            var node: Int32 = 0
            var index = start
            while index < tokens.count {
                let id = ids[index]
                if id == -2 {
                    index += 1
                    continue
                }
                guard id >= 0 else { break }
                let key = UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: id))
                guard let child = transitions[key] else { break }
                node = child
                index += 1
                let found = terminals(at: node)
                if !found.isEmpty { candidates.append((index, found)) }
            }
            var matched = false
            for candidate in candidates.reversed() {
                let span = start..<candidate.end
                let payloads = candidate.terminals.compactMap { terminal -> Int32? in
                    if let exact = terminal.exact, !Self.matchesExactly(exact, text: text, span: span) { return nil }
                    return terminal.payload
                }
                guard !payloads.isEmpty else { continue }
                let accepted = accept(span, payloads)
                guard !accepted.isEmpty else { continue }
                result.append(Match(tokens: span, payloads: accepted))
                start = candidate.end
                matched = true
                break
            }
            if !matched { start += 1 }
        }
        return result
    }

    /// The payloads of patterns that span exactly `span` (hyphens aside), without context checks.
    public func payloads(exactly span: Range<Int>, in text: TokenizedText) -> [Int32] {
        var node: Int32 = 0
        for index in span {
            let token = text.tokens[index]
            if Self.isSkippable(token, in: text.scalars) { continue }
            guard let id = tokenIDs[text.hashes[index]] else { return [] }
            let key = UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: id))
            guard let child = transitions[key] else { return [] }
            node = child
        }
        return terminals(at: node).compactMap { terminal in
            if let exact = terminal.exact, !Self.matchesExactly(exact, text: text, span: span) { return nil }
            return terminal.payload
        }
    }

    // MARK: - Helpers

    /// British and American spellings of words that make names, each to the American spelling it matches as:
    /// "World Health Organisation" finds "World Health Organization" and the other way round.
    static let spellingVariants: [UInt64: UInt64] = {
        let pairs = [
            ("organisation", "organization"), ("organisations", "organizations"), ("defence", "defense"),
            ("centre", "center"), ("centres", "centers"), ("programme", "program"), ("programmes", "programs"),
            ("theatre", "theater"), ("harbour", "harbor"), ("aluminium", "aluminum"), ("sulphur", "sulfur"),
            ("caesium", "cesium"),
        ]
        var variants: [UInt64: UInt64] = [:]
        for (british, american) in pairs {
            let scalars = Array(british.unicodeScalars)
            let other = Array(american.unicodeScalars)
            let spelling = foldedHash(other, 0..<other.count)
            variants[foldedHash(scalars, 0..<scalars.count)] = spelling
            variants[spelling] = spelling
        }
        return variants
    }()

    /// Hyphens and dashes join words in some spellings and not in others; they never decide a match.
    private func terminals(at node: Int32) -> ArraySlice<Terminal> {
        terminalList[Int(terminalStart[Int(node)])..<Int(terminalStart[Int(node) + 1])]
    }

    /// One step down the trie: the child of `node` for the token with `hash`, made if missing.
    private static func step(
        from node: Int32,
        _ hash: UInt64,
        _ tokenIDs: inout [UInt64: Int32],
        _ transitions: inout [UInt64: Int32],
        _ nodeCount: inout Int32
    ) -> Int32 {
        let id: Int32
        if let known = tokenIDs[hash] {
            id = known
        } else {
            id = Int32(tokenIDs.count)
            tokenIDs[hash] = id
        }
        let key = UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: id))
        if let child = transitions[key] { return child }
        transitions[key] = nodeCount
        nodeCount += 1
        return nodeCount - 1
    }

    /// The word ranges of a text made only of ASCII words — all letters or all digits — between single spaces,
    /// which the tokenizer would cut the same way; `nil` for anything else.
    static func plainWords(_ scalars: [Unicode.Scalar]) -> [Range<Int>]? {
        var words: [Range<Int>] = []
        var start = 0
        var letters = false
        var digits = false
        for (index, scalar) in scalars.enumerated() {
            let value = scalar.value
            if value == 0x20 {
                guard index > start else { return nil }
                words.append(start..<index)
                start = index + 1
                letters = false
                digits = false
            } else if (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A {
                letters = true
                if digits { return nil }
            } else if value >= 0x30 && value <= 0x39 {
                digits = true
                if letters { return nil }
            } else {
                return nil
            }
        }
        guard start < scalars.count else { return nil }
        words.append(start..<scalars.count)
        return words
    }

    private static func isSkippable(_ token: Token, in scalars: [Unicode.Scalar]) -> Bool {
        token.kind == .punctuation && token.end - token.start == 1 && scalars[Int(token.start)] == "-"
    }

    /// The case-folded hash of a scalar range; see ``TokenizedText/foldedHash(_:_:)``.
    static func foldedHash(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> UInt64 {
        TokenizedText.foldedHash(scalars, range)
    }

    private static func exactScalars(_ tokenized: TokenizedText) -> [Unicode.Scalar] {
        var scalars: [Unicode.Scalar] = []
        for token in tokenized.tokens where !isSkippable(token, in: tokenized.scalars) {
            scalars.append(contentsOf: tokenized.scalars[token.range])
        }
        return scalars
    }

    private static func matchesExactly(_ exact: [Unicode.Scalar], text: TokenizedText, span: Range<Int>) -> Bool {
        var position = 0
        for index in span where !isSkippable(text.tokens[index], in: text.scalars) {
            for scalar in text.scalars[text.tokens[index].range] {
                guard position < exact.count, exact[position] == scalar else { return false }
                position += 1
            }
        }
        return position == exact.count
    }
}
