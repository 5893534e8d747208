internal import Foundation

/// Groups documents that report the same event, by the words and the resolved entities they share.
///
/// Each document becomes two TF-IDF vectors (sublinear term frequency, `ln(N / df)` weights, unit length): one of
/// its content words (letters only, three or more, stop words left out, a plural `s` dropped) and one of its
/// entity ids. Two documents are as similar as `(1 − entityWeight) · cos(words) + entityWeight · cos(entities)`,
/// and groups are formed by average-link agglomerative clustering: the two groups whose documents are most similar
/// on average merge, until no pair of groups reaches `threshold`.
///
/// ```swift
/// let grouper = EventGrouper(threshold: 0.2)
/// let groups = grouper.group([
///     .init(id: "a", text: "Tara Reid checks into rehab", entities: ["assay:person/tara-reid"]),
///     .init(id: "b", text: "Actress Tara Reid enters rehab", entities: ["assay:person/tara-reid"]),
/// ])
/// // [0, 0]
/// ```
///
/// - Complexity: O(n²) time and memory in the number of documents for the similarity matrix and the clustering
///   (nearest-neighbour chains per row keep each merge linear in practice); fine for thousands of documents.
public struct EventGrouper: Sendable {
    /// One document: its id, text and the ids of the entities it mentions (repeated once per mention).
    public struct Item: Sendable, Hashable {
        public var id: String
        public var text: String
        public var entities: [String]

        public init(id: String, text: String, entities: [String]) {
            self.id = id
            self.text = text
            self.entities = entities
        }
    }

    /// The least average similarity at which two groups still merge. The default is the threshold two-fold
    /// cross-validation over the ECB+ development topics picks on either half (`assay evaluate resolution`).
    public var threshold: Double
    /// The share of the similarity that comes from shared entities; the rest comes from shared words.
    public var entityWeight: Double

    public init(threshold: Double = 0.175, entityWeight: Double = 0.5) {
        self.threshold = threshold
        self.entityWeight = entityWeight
    }

    /// The group of each item, numbered from 0 in order of first appearance.
    public func group(_ items: [Item]) -> [Int] {
        Self.cluster(similarities(items), threshold: threshold)
    }

    // MARK: - Similarity

    /// The similarity of every pair of items, a symmetric matrix with 1 on the diagonal.
    public func similarities(_ items: [Item]) -> [[Double]] {
        let words = Self.tfidf(items.map { Self.contentWords($0.text) })
        let entities = Self.tfidf(items.map(\.entities))
        var matrix = [[Double]](repeating: [Double](repeating: 0, count: items.count), count: items.count)
        for i in items.indices {
            matrix[i][i] = 1
            for j in items.indices where j > i {
                let similarity =
                    (1 - entityWeight) * Self.dot(words[i], words[j]) + entityWeight
                    * Self.dot(entities[i], entities[j])
                matrix[i][j] = similarity
                matrix[j][i] = similarity
            }
        }
        return matrix
    }

    /// Unit-length TF-IDF vectors as sorted (term index, weight) pairs.
    static func tfidf(_ documents: [[String]]) -> [[(term: Int, weight: Double)]] {
        var termIndex: [String: Int] = [:]
        var documentFrequency: [Int] = []
        let counted: [[Int: Int]] = documents.map { terms in
            var counts: [Int: Int] = [:]
            for term in terms {
                let index =
                    termIndex[term]
                    ?? {
                        termIndex[term] = documentFrequency.count
                        documentFrequency.append(0)
                        return documentFrequency.count - 1
                    }()
                counts[index, default: 0] += 1
            }
            for index in counts.keys { documentFrequency[index] += 1 }
            return counts
        }
        let total = Double(documents.count)
        return counted.map { counts in
            var vector = counts.map { term, count in
                (term: term, weight: (1 + log(Double(count))) * log(total / Double(documentFrequency[term])))
            }
            let norm = sqrt(vector.reduce(0) { $0 + $1.weight * $1.weight })
            if norm > 0 {
                for index in vector.indices { vector[index].weight /= norm }
            }
            return vector.filter { $0.weight > 0 }.sorted { $0.term < $1.term }
        }
    }

    static func dot(_ a: [(term: Int, weight: Double)], _ b: [(term: Int, weight: Double)]) -> Double {
        var i = 0
        var j = 0
        var sum = 0.0
        while i < a.count, j < b.count {
            if a[i].term == b[j].term {
                sum += a[i].weight * b[j].weight
                i += 1
                j += 1
            } else if a[i].term < b[j].term {
                i += 1
            } else {
                j += 1
            }
        }
        return sum
    }

    /// "Tara Reid has entered rehab clinics" → ["tara", "reid", "entered", "rehab", "clinic"].
    public static func contentWords(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        func flush() {
            defer { current = "" }
            guard current.count >= 3, !stopWords.contains(current) else { return }
            if current.count > 4, current.hasSuffix("s"), !current.hasSuffix("ss") { current.removeLast() }
            words.append(current)
        }
        for character in text.lowercased() {
            if character.isLetter { current.append(character) } else { flush() }
        }
        flush()
        return words
    }

    /// Function words and the reporting words every news story has.
    static let stopWords: Set<String> = [
        "the", "and", "for", "are", "but", "not", "you", "all", "any", "can", "had", "her", "was", "one", "our",
        "out", "has", "have", "him", "his", "how", "its", "may", "new", "now", "old", "see", "two", "who", "did",
        "get", "she", "too", "use", "that", "with", "this", "from", "they", "will", "would", "there", "their",
        "what", "about", "which", "when", "were", "been", "said", "says", "also", "after", "into", "than", "them",
        "then", "some", "could", "more", "other", "over", "only", "just", "like", "most", "such", "where", "while",
        "being", "because", "before", "between", "both", "each", "during", "very", "those", "these", "under",
        "again", "against", "does", "doing", "down", "further", "here", "off", "once", "same", "should", "through",
        "until", "whom", "why", "your", "yours", "itself", "himself", "herself", "themselves", "according",
        "told", "report", "reported", "reports", "news", "story", "stories", "year", "years", "last", "first",
        "time", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "june", "july", "august", "september", "october", "november", "december", "percent",
    ]

    // MARK: - Clustering

    /// One step of agglomerative clustering: the groups represented by `kept` and `merged` (item indices) join at
    /// this average similarity.
    public struct Merge: Sendable, Hashable {
        public var kept: Int
        public var merged: Int
        public var similarity: Double
    }

    /// Average-link agglomerative clustering of a similarity matrix: the group of each item, numbered from 0 in
    /// order of first appearance.
    public static func cluster(_ similarities: [[Double]], threshold: Double) -> [Int] {
        cut(merges(similarities, downTo: threshold), count: similarities.count, threshold: threshold)
    }

    /// The groups after the merges at or above `threshold`, numbered from 0 in order of first appearance.
    ///
    /// Average link never merges at a higher similarity than the merge before it, so cutting one sequence of merges
    /// at several thresholds gives what clustering at each threshold gives; the cut stops at the first merge below
    /// `threshold` all the same, as clustering would.
    public static func cut(_ merges: [Merge], count: Int, threshold: Double) -> [Int] {
        var sets = UnionFind(count: count)
        for merge in merges {
            guard merge.similarity >= threshold else { break }
            sets.attach(merge.merged, to: merge.kept)
        }
        var number: [Int: Int] = [:]
        return (0..<count).map { item in
            let representative = sets.root(item)
            if let known = number[representative] { return known }
            number[representative] = number.count
            return number.count - 1
        }
    }

    /// The merges of average-link agglomerative clustering, most similar first, until no pair of groups reaches
    /// `floor`.
    ///
    /// Group similarities follow the Lance–Williams update for average link,
    /// `s(A ∪ B, C) = (|A| s(A, C) + |B| s(B, C)) / (|A| + |B|)`; ties merge the lowest indices first. Each group
    /// keeps its most similar neighbour, so a merge costs O(n) unless many groups had a merged group as theirs.
    public static func merges(_ similarities: [[Double]], downTo floor: Double) -> [Merge] {
        let count = similarities.count
        var matrix = similarities
        var size = [Int](repeating: 1, count: count)
        var active = [Bool](repeating: true, count: count)
        // The most similar other active group of each active group.
        var best = [Int](repeating: -1, count: count)
        func refresh(_ row: Int) {
            best[row] = -1
            for column in 0..<count where column != row && active[column] {
                if best[row] < 0 || matrix[row][column] > matrix[row][best[row]] { best[row] = column }
            }
        }
        for row in 0..<count { refresh(row) }
        var merges: [Merge] = []
        while true {
            var row = -1
            for candidate in 0..<count where active[candidate] && best[candidate] >= 0 {
                if row < 0 || matrix[candidate][best[candidate]] > matrix[row][best[row]] { row = candidate }
            }
            guard row >= 0, matrix[row][best[row]] >= floor else { break }
            let (kept, merged) = (min(row, best[row]), max(row, best[row]))
            merges.append(Merge(kept: kept, merged: merged, similarity: matrix[kept][merged]))
            let total = Double(size[kept] + size[merged])
            for other in 0..<count where active[other] && other != kept && other != merged {
                let similarity =
                    (Double(size[kept]) * matrix[kept][other] + Double(size[merged]) * matrix[merged][other]) / total
                matrix[kept][other] = similarity
                matrix[other][kept] = similarity
            }
            size[kept] += size[merged]
            active[merged] = false
            for other in 0..<count where active[other] {
                if other == kept || best[other] == kept || best[other] == merged {
                    refresh(other)
                } else if matrix[other][kept] > matrix[other][best[other]] {
                    best[other] = kept
                }
            }
        }
        return merges
    }
}
