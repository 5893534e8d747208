/// Scores ``EventGrouper`` groupings against gold events, over a range of thresholds, and picks a threshold
/// honestly by cross-validation over topics.
///
/// Scores per threshold: B-cubed over documents against the gold events and against the gold topics, B-cubed within
/// each topic only (does a topic's pair of similar events split where it should?), purity, inverse purity and the
/// adjusted Rand index.
///
/// ```swift
/// let evaluator = EventGroupingEvaluator(events: documents.map(\.cluster), topics: documents.map(\.topic))
/// let rows = evaluator.sweep(similarities: grouper.similarities(items), thresholds: [0.1, 0.2])
/// ```
public struct EventGroupingEvaluator: Sendable {
    /// The scores of one grouping.
    public struct Row: Sendable, Hashable {
        public var threshold: Double
        public var groups: Int
        public var bCubed: CoreferenceScorer.Score
        public var bCubedTopics: CoreferenceScorer.Score
        public var bCubedWithinTopics: CoreferenceScorer.Score
        public var purity: Double
        public var inversePurity: Double
        public var adjustedRandIndex: Double
    }

    /// Thresholds picked on one half of the topics and scored on the other.
    public struct CrossValidation: Sendable, Hashable {
        /// The threshold picked on odd-numbered topics (used to score the even ones), and the reverse.
        public var thresholdFromOddTopics: Double
        public var thresholdFromEvenTopics: Double
        /// B-cubed over events of each half at the other half's threshold, added up.
        public var bCubed: CoreferenceScorer.Score
    }

    /// The gold event of each document, in the order of the similarity matrix.
    public var events: [String]
    /// The gold topic of each document.
    public var topics: [Int]

    public init(events: [String], topics: [Int]) {
        precondition(events.count == topics.count, "events and topics of different documents")
        self.events = events
        self.topics = topics
    }

    /// Scores a grouping (a group label per document).
    public func score(_ groups: [Int], threshold: Double) -> Row {
        let gold = Dictionary(uniqueKeysWithValues: events.enumerated().map { ($0.offset, $0.element) })
        let goldTopics = Dictionary(uniqueKeysWithValues: topics.enumerated().map { ($0.offset, $0.element) })
        let system = Dictionary(uniqueKeysWithValues: groups.enumerated().map { ($0.offset, $0.element) })
        var within = CoreferenceScorer.Score()
        for topic in Set(topics) {
            let members = Set(topics.indices.filter { topics[$0] == topic })
            within =
                within
                + CoreferenceScorer.bCubed(
                    gold: CoreferenceScorer.restricted(gold, to: members),
                    system: CoreferenceScorer.restricted(system, to: members)
                )
        }
        return Row(
            threshold: threshold,
            groups: Set(groups).count,
            bCubed: CoreferenceScorer.bCubed(gold: gold, system: system),
            bCubedTopics: CoreferenceScorer.bCubed(gold: goldTopics, system: system),
            bCubedWithinTopics: within,
            purity: GroupingScorer.purity(gold: events, system: groups),
            inversePurity: GroupingScorer.inversePurity(gold: events, system: groups),
            adjustedRandIndex: GroupingScorer.adjustedRandIndex(gold: events, system: groups)
        )
    }

    /// Groups and scores at each threshold.
    public func sweep(similarities: [[Double]], thresholds: [Double]) -> [Row] {
        let merges = EventGrouper.merges(similarities, downTo: thresholds.min() ?? 0)
        return thresholds.map { threshold in
            score(EventGrouper.cut(merges, count: similarities.count, threshold: threshold), threshold: threshold)
        }
    }

    /// Two-fold cross-validation over topics: the documents of odd-numbered topics are grouped on their own, and the
    /// threshold with the best B-cubed F1 there scores the even-numbered topics' documents, grouped on their own;
    /// then the reverse. Neither half sees the threshold tuned on itself.
    public func crossValidate(similarities: [[Double]], thresholds: [Double]) -> CrossValidation {
        let floor = thresholds.min() ?? 0
        // Each half grouped on its own: its members and the merges of its own similarity matrix.
        let halves = [1, 0].map { parity in
            let members = topics.indices.filter { topics[$0] % 2 == parity }
            let matrix = members.map { row in members.map { similarities[row][$0] } }
            return (members: members, merges: EventGrouper.merges(matrix, downTo: floor))
        }
        func bCubed(
            _ half: (members: [Int], merges: [EventGrouper.Merge]),
            _ threshold: Double
        ) -> CoreferenceScorer.Score {
            let groups = EventGrouper.cut(half.merges, count: half.members.count, threshold: threshold)
            return CoreferenceScorer.bCubed(
                gold: Dictionary(uniqueKeysWithValues: half.members.map { ($0, events[$0]) }),
                system: Dictionary(uniqueKeysWithValues: zip(half.members, groups).map { ($0, $1) })
            )
        }
        func best(_ half: (members: [Int], merges: [EventGrouper.Merge])) -> Double {
            var chosen = thresholds.first ?? 0
            var bestF1 = -1.0
            for threshold in thresholds {
                let f1 = bCubed(half, threshold).f1
                if f1 > bestF1 {
                    bestF1 = f1
                    chosen = threshold
                }
            }
            return chosen
        }
        let (odd, even) = (halves[0], halves[1])
        let fromOdd = best(odd)
        let fromEven = best(even)
        return CrossValidation(
            thresholdFromOddTopics: fromOdd,
            thresholdFromEvenTopics: fromEven,
            bCubed: bCubed(even, fromOdd) + bCubed(odd, fromEven)
        )
    }
}
