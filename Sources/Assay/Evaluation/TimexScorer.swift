/// Scores temporal expressions the way TempEval-3 does: spans match *strictly* (same offsets) or *relaxed*
/// (overlapping), and the *value* score counts relaxed matches whose normalised values are equal.
///
/// ```swift
/// let scores = TimexScorer.score(gold: document.timexes, predicted: mentions)
/// scores.valueF1
/// ```
public enum TimexScorer {
    public struct Scores: Sendable, Hashable {
        public var gold = 0
        public var predicted = 0
        public var strict = 0
        public var relaxed = 0
        public var valueCorrect = 0

        public init(gold: Int = 0, predicted: Int = 0, strict: Int = 0, relaxed: Int = 0, valueCorrect: Int = 0) {
            self.gold = gold
            self.predicted = predicted
            self.strict = strict
            self.relaxed = relaxed
            self.valueCorrect = valueCorrect
        }

        static func f1(_ correct: Int, _ predicted: Int, _ gold: Int) -> Double {
            let precision = predicted == 0 ? 0 : Double(correct) / Double(predicted)
            let recall = gold == 0 ? 0 : Double(correct) / Double(gold)
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
        }

        public var strictF1: Double { Self.f1(strict, predicted, gold) }
        public var relaxedF1: Double { Self.f1(relaxed, predicted, gold) }
        /// TempEval-3's value F1: relaxed matches with the right value, over predicted and gold counts.
        public var valueF1: Double { Self.f1(valueCorrect, predicted, gold) }

        public static func + (lhs: Scores, rhs: Scores) -> Scores {
            Scores(
                gold: lhs.gold + rhs.gold,
                predicted: lhs.predicted + rhs.predicted,
                strict: lhs.strict + rhs.strict,
                relaxed: lhs.relaxed + rhs.relaxed,
                valueCorrect: lhs.valueCorrect + rhs.valueCorrect
            )
        }
    }

    /// Compares predicted date and duration mentions (their `start`/`end` index the same text) with gold timexes.
    public static func score(gold: [TimeMLDocument.Timex], predicted: [Mention]) -> Scores {
        let predictions = predicted.filter { $0.type == .date || $0.type == .duration }
        var scores = Scores(gold: gold.count, predicted: predictions.count)
        var used = Set<Int>()
        for timex in gold {
            let overlapping = predictions.indices.filter { index in
                !used.contains(index) && predictions[index].start < timex.end && timex.start < predictions[index].end
            }
            guard let best = overlapping.max(by: { overlap(predictions[$0], timex) < overlap(predictions[$1], timex) })
            else { continue }
            used.insert(best)
            scores.relaxed += 1
            if predictions[best].start == timex.start && predictions[best].end == timex.end { scores.strict += 1 }
            if predictions[best].value == timex.value { scores.valueCorrect += 1 }
        }
        return scores
    }

    private static func overlap(_ mention: Mention, _ timex: TimeMLDocument.Timex) -> Int {
        min(mention.end, timex.end) - max(mention.start, timex.start)
    }
}
