import Assay
import Testing

/// Six short stories about three events: two rehab stays (different actresses, one clinic) and an earthquake.
private let stories: [(item: EventGrouper.Item, event: String, topic: Int)] = [
    (
        .init(
            id: "reid-1",
            text: "Actress Tara Reid checked into the Promises rehab clinic in Malibu.",
            entities: ["tara-reid", "promises", "malibu"]
        ), "reid", 1
    ),
    (
        .init(
            id: "reid-2",
            text: "Tara Reid has entered rehab at Promises, her representative confirmed.",
            entities: ["tara-reid", "promises"]
        ), "reid", 1
    ),
    (
        .init(
            id: "lohan-1",
            text: "Lindsay Lohan checked into the Betty Ford rehab clinic after her sentencing.",
            entities: ["lindsay-lohan", "betty-ford"]
        ), "lohan", 1
    ),
    (
        .init(
            id: "lohan-2",
            text: "Lohan entered Betty Ford rehab clinic, a judge had ordered the stay.",
            entities: ["lindsay-lohan", "betty-ford"]
        ), "lohan", 1
    ),
    (
        .init(
            id: "quake-1",
            text: "A strong earthquake struck Indonesia, shaking buildings in Papua province.",
            entities: ["indonesia", "papua"]
        ), "quake", 2
    ),
    (
        .init(
            id: "quake-2",
            text: "The earthquake in Papua, Indonesia, damaged buildings and killed two people.",
            entities: ["papua", "indonesia"]
        ), "quake", 2
    ),
]

private func close(_ value: Double, _ expected: Double) -> Bool { abs(value - expected) < 1e-9 }

@Suite struct EventGrouperTests {
    @Test func groupsStoriesOfOneEventAndSplitsSimilarEventsOfOneTopic() {
        let groups = EventGrouper(threshold: 0.2, entityWeight: 0.5).group(stories.map(\.item))
        #expect(groups == [0, 0, 1, 1, 2, 2])
    }

    @Test func wordsAloneMergeTheTwoRehabStays() {
        // "checked into … rehab clinic" is shared; only the names tell the two stays apart.
        let grouper = EventGrouper(threshold: 0.1, entityWeight: 0)
        let groups = grouper.group(stories.map(\.item))
        #expect(groups[4] == groups[5])
        #expect(groups[0] != groups[4])
        let similarities = grouper.similarities(stories.map(\.item))
        #expect(similarities[0][2] > similarities[0][4])
    }

    @Test func averageLinkFollowsTheMatrixAndTheThreshold() {
        let matrix: [[Double]] = [
            [1, 0.9, 0.1, 0.0],
            [0.9, 1, 0.5, 0.0],
            [0.1, 0.5, 1, 0.6],
            [0.0, 0.0, 0.6, 1],
        ]
        // 0–1 merge at 0.9; then {0, 1}–2 averages 0.3, below 2–3 at 0.6; {0, 1}–{2, 3} averages 0.15.
        #expect(EventGrouper.cluster(matrix, threshold: 0.55) == [0, 0, 1, 1])
        #expect(EventGrouper.cluster(matrix, threshold: 0.15) == [0, 0, 0, 0])
        #expect(EventGrouper.cluster(matrix, threshold: 0.95) == [0, 1, 2, 3])
        #expect(EventGrouper.cluster([], threshold: 0.5).isEmpty)
    }

    @Test func contentWordsDropStopWordsAndPlurals() {
        #expect(
            EventGrouper.contentWords("Tara Reid has entered the rehab clinics") == [
                "tara", "reid", "entered", "rehab", "clinic",
            ]
        )
    }

    @Test func theEvaluatorScoresEventsTopicsAndThresholds() {
        let evaluator = EventGroupingEvaluator(events: stories.map(\.event), topics: stories.map(\.topic))
        let similarities = EventGrouper(entityWeight: 0.5).similarities(stories.map(\.item))
        let rows = evaluator.sweep(similarities: similarities, thresholds: [0.2, 2])
        #expect(close(rows[0].bCubed.f1, 1))
        #expect(close(rows[0].adjustedRandIndex, 1))
        #expect(rows[0].groups == 3)
        // Against topics, the two rehab stays are one group split in two.
        #expect(close(rows[0].bCubedTopics.precision, 1))
        #expect(close(rows[0].bCubedTopics.recall, (4 * 0.5 + 2) / 6))
        #expect(rows[1].groups == 6)
        #expect(close(rows[1].bCubed.precision, 1))
        let validated = evaluator.crossValidate(similarities: similarities, thresholds: [0.2, 2])
        #expect(validated.thresholdFromOddTopics == 0.2)
    }
}

@Suite struct GroupingScorerTests {
    @Test func purityAndInversePurity() {
        let gold = ["a", "a", "a", "b", "b", "c"]
        let system = [0, 0, 1, 1, 1, 1]
        #expect(close(GroupingScorer.purity(gold: gold, system: system), 4.0 / 6))  // 2 a's + 2 b's
        #expect(close(GroupingScorer.inversePurity(gold: gold, system: system), 5.0 / 6))  // 2 + 2 + 1
    }

    @Test func adjustedRandIndexAsScikitLearnComputesIt() {
        // sklearn.metrics.adjusted_rand_score([0, 0, 1, 1], [0, 0, 1, 2]) == 4/7.
        #expect(close(GroupingScorer.adjustedRandIndex(gold: [0, 0, 1, 1], system: [0, 0, 1, 2]), 4.0 / 7))
        #expect(close(GroupingScorer.adjustedRandIndex(gold: ["x", "x", "y"], system: [5, 5, 7]), 1))
    }

    @Test func pairwisePrecisionAndRecall() {
        let score = GroupingScorer.pairwise(gold: [0, 0, 1, 1], system: [0, 0, 0, 1])
        #expect(close(score.precision, 1.0 / 3))
        #expect(close(score.recall, 1.0 / 2))
    }
}
