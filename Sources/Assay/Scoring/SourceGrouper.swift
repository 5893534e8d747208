/// Documents that are not independent of each other: one source, however many copies.
public struct SourceGroup: Sendable, Hashable {
    /// `agency/<entity id>` for a declared news agency, else `document/<smallest document id>`.
    public var id: String
    public var name: String
    /// Sorted document ids.
    public var documents: [String]
    /// Why the documents are together, sorted: `declared:<agency>`, `near-duplicate`.
    public var reasons: [String]

    public init(id: String, name: String, documents: [String], reasons: [String]) {
        self.id = id
        self.name = name
        self.documents = documents
        self.reasons = reasons
    }
}

/// Which documents are one source.
public struct SourceGrouping: Sendable {
    public var groups: [SourceGroup]
    /// Document id → index into `groups`.
    public var groupOf: [String: Int]
    /// Document id → the agency entity id the document declares it is based on.
    public var declared: [String: String]

    public init(groups: [SourceGroup], groupOf: [String: Int], declared: [String: String]) {
        self.groups = groups
        self.groupOf = groupOf
        self.declared = declared
    }

    /// How many independent sources `documents` come from.
    public func sourceCount<S: Sequence<String>>(_ documents: S) -> Int {
        Set(documents.map { groupOf[$0] ?? -1 }).count
    }
}

/// Groups documents that are not independent: near-duplicates and syndicated copies (by MinHash over word
/// shingles, with locality-sensitive hashing so the work grows with the corpus, not its square), and documents that
/// declare the news agency they are based on ("Source: Reuters", "a rewritten summary based on … Reuters",
/// "told Reuters", a "(Reuters) -" dateline, a publisher that is an agency).
///
/// ```swift
/// let grouping = SourceGrouper(agencies: ["Reuters": "assay:organization/reuters"]).group(records)
/// grouping.sourceCount(["001…", "004…"])  // 1 when both are Reuters copies
/// ```
/// - Complexity: O(n · h) for n documents of average length h words, plus the pairs that share an LSH bucket.
public struct SourceGrouper: Sendable {
    /// Agency names as written (case-sensitive) → entity id.
    public let agencies: [String: String]
    /// Words per shingle.
    public var shingleSize = 5
    /// MinHash functions; `bands` × rows must equal it.
    public var hashCount = 64
    public var bands = 16
    /// Estimated Jaccard similarity from which two documents are copies of each other.
    public var threshold = 0.6

    /// The agency names sorted, with their scalars, so a scan makes no strings.
    private var patterns: [(name: String, id: String, scalars: [Unicode.Scalar])] = []

    public init(agencies: [String: String]) {
        self.agencies = agencies
        patterns = agencies.sorted { $0.key < $1.key }.map { ($0.key, $0.value, Array($0.key.unicodeScalars)) }
    }

    /// Builds the agency table from a gazetteer: every `NewsAgency` name and alias.
    public init(gazetteer: Gazetteer) {
        var agencies: [String: String] = [:]
        for entry in gazetteer.entries where entry.kind == "NewsAgency" {
            for alias in entry.names where alias.text.count >= 2 { agencies[alias.text] = entry.id }
        }
        self.init(agencies: agencies)
    }

    public func group(_ records: [DocumentRecord]) -> SourceGrouping {
        var sets = UnionFind(count: records.count)
        var reasons = [Set<String>](repeating: [], count: records.count)

        // Declared agencies.
        var declared: [String: String] = [:]
        var firstOfAgency: [String: Int] = [:]
        for (index, record) in records.enumerated() {
            guard let agency = declaredAgency(record) else { continue }
            declared[record.id] = agency
            reasons[index].insert("declared:" + agency)
            if let first = firstOfAgency[agency] { sets.union(first, index) } else { firstOfAgency[agency] = index }
        }

        // Near-duplicates: documents sharing an LSH band are compared with the previous one in the bucket.
        let signatures = records.map { signature(of: $0.text) }
        let rows = hashCount / bands
        for band in 0..<bands {
            var previousInBucket: [UInt64: Int] = [:]
            for (index, signature) in signatures.enumerated() where !signature.isEmpty {
                var hash: UInt64 = 0xcbf2_9ce4_8422_2325
                for row in 0..<rows { hash = (hash ^ signature[band * rows + row]) &* 0x0000_0100_0000_01B3 }
                if let previous = previousInBucket[hash], similarity(signatures[previous], signature) >= threshold {
                    sets.union(previous, index)
                    reasons[previous].insert("near-duplicate")
                    reasons[index].insert("near-duplicate")
                }
                previousInBucket[hash] = index
            }
        }

        var members: [Int: [Int]] = [:]
        for index in records.indices { members[sets.root(index), default: []].append(index) }
        var groups: [SourceGroup] = []
        for indexes in members.values {
            let ids = indexes.map { records[$0].id }.sorted()
            let agency = indexes.compactMap { declared[records[$0].id] }.min()
            let id = agency.map { "agency/" + $0 } ?? "document/" + ids[0]
            let name = agency.flatMap { id in agencies.filter { $0.value == id }.keys.min() } ?? ids[0]
            groups.append(
                SourceGroup(
                    id: id,
                    name: name,
                    documents: ids,
                    reasons: indexes.flatMap { reasons[$0] }.uniqued().sorted()
                )
            )
        }
        groups.sort { $0.id < $1.id }
        var groupOf: [String: Int] = [:]
        for (index, group) in groups.enumerated() {
            for document in group.documents { groupOf[document] = index }
        }
        return SourceGrouping(groups: groups, groupOf: groupOf, declared: declared)
    }

    // MARK: - Declared sources

    /// Phrases that, in a sentence naming an agency, say the document's reporting is the agency's.
    static let declaringPhrases = [
        "source:", "sources:", "based on", "rewritten", "adapted from", "reporting by", "reporting from",
        "contributed reporting", "told ", "confirmed to ", "said to ", "speaking to ", "interview with ",
    ]

    /// The agency the document says it is based on, if any.
    func declaredAgency(_ record: DocumentRecord) -> String? {
        if let publisher = record.metadata.publisher, let agency = agencies[publisher] { return agency }
        let text = record.text
        // Most documents name no agency: one scan of the whole text spares them the sentence split.
        guard !agencyNames(in: text).isEmpty else { return nil }
        let scan = SentenceScan(text)
        for (position, sentence) in scan.sentences.enumerated() {
            let sentenceText = scan.text(sentence)
            let found = agencyNames(in: sentenceText)
            guard let first = found.first else { continue }
            let lower = sentenceText.lowercased()
            // A dateline: "WASHINGTON (Reuters) -" in the first lines.
            if position < 3, sentenceText.contains("(" + first.name + ")") { return first.id }
            for phrase in Self.declaringPhrases where lower.contains(phrase) {
                if phrase.hasSuffix(" ") {
                    // "told Reuters": the phrase must come right before the name.
                    if found.contains(where: { lower.contains(phrase + $0.name.lowercased()) }) { return first.id }
                } else {
                    return first.id
                }
            }
        }
        return nil
    }

    /// Agency names in `text`, written as the gazetteer writes them, at word starts. A name run into a following
    /// lower-case word ("Reutersthat", a missing space common in scraped text) still counts.
    func agencyNames(in text: String) -> [(name: String, id: String)] {
        var found: [(name: String, id: String)] = []
        let scalars = Array(text.unicodeScalars)
        for (name, id, pattern) in patterns {
            guard pattern.count <= scalars.count else { continue }
            var index = 0
            while index + pattern.count <= scalars.count {
                defer { index += 1 }
                guard scalars[index] == pattern[0], index == 0 || !scalars[index - 1].properties.isAlphabetic,
                    Array(scalars[index..<index + pattern.count]) == pattern
                else { continue }
                let next = index + pattern.count
                let glued = next < scalars.count && scalars[next].properties.isLowercase
                if !glued || pattern.count >= 5 {
                    found.append((name, id))
                    break
                }
            }
        }
        return found
    }

    // MARK: - MinHash

    /// The MinHash signature of the text's word shingles; empty for a text without words.
    func signature(of text: String) -> [UInt64] {
        var words: [UInt64] = []
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var inWord = false
        for scalar in text.lowercased().unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                hash = (hash ^ UInt64(scalar.value)) &* 0x0000_0100_0000_01B3
                inWord = true
            } else if inWord {
                words.append(hash)
                hash = 0xcbf2_9ce4_8422_2325
                inWord = false
            }
        }
        if inWord { words.append(hash) }
        guard !words.isEmpty else { return [] }
        let size = min(shingleSize, words.count)
        var minimums = [UInt64](repeating: .max, count: hashCount)
        let seeds = Self.seeds(hashCount)
        for start in 0...(words.count - size) {
            var shingle: UInt64 = 0
            for word in words[start..<start + size] { shingle = (shingle &* 31) &+ word }
            for function in 0..<hashCount {
                let value = Self.mix(shingle ^ seeds[function])
                if value < minimums[function] { minimums[function] = value }
            }
        }
        return minimums
    }

    func similarity(_ a: [UInt64], _ b: [UInt64]) -> Double {
        guard !a.isEmpty, a.count == b.count else { return 0 }
        return Double(zip(a, b).filter { $0 == $1 }.count) / Double(a.count)
    }

    /// SplitMix64's finaliser: a good 64-bit mix, so one seed per hash function is enough.
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    static func seeds(_ count: Int) -> [UInt64] {
        (0..<count).map { mix(UInt64($0) &* 0x9E37_79B9_7F4A_7C15 &+ 0x1234_5678) }
    }
}
