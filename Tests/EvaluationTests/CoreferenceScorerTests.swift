import Assay
import Testing

/// Bagga and Baldwin's (1998) worked example: gold entities {1–5}, {6, 7}, {8, 9, A, B, C}.
private let baggaBaldwinGold: [String: Int] = [
    "1": 1, "2": 1, "3": 1, "4": 1, "5": 1, "6": 2, "7": 2, "8": 3, "9": 3, "A": 3, "B": 3, "C": 3,
]

/// Pradhan et al. (2014), figure 1: gold {a, b, c}, {d, e, f, g}; system {a, b}, {c, d}, {f, g, h, i}, so e is
/// missing from the system and h, i are missing from the gold.
private let pradhanGold: [String: String] = [
    "a": "K1", "b": "K1", "c": "K1", "d": "K2", "e": "K2", "f": "K2", "g": "K2",
]
private let pradhanSystem: [String: String] = [
    "a": "R1", "b": "R1", "c": "R2", "d": "R2", "f": "R3", "g": "R3", "h": "R3", "i": "R3",
]

private func close(_ value: Double, _ expected: Double) -> Bool { abs(value - expected) < 1e-9 }

@Suite struct CoreferenceScorerTests {
    @Test func bCubedPenalisesMergingTheTwoLargeEntitiesMoreThanMergingALargeAndASmallOne() {
        // Response 1 merges {1–5} with {8–C}; response 2 merges {1–5} with {6, 7}.
        var first = baggaBaldwinGold
        for key in ["8", "9", "A", "B", "C"] { first[key] = 1 }
        var second = baggaBaldwinGold
        second["6"] = 1
        second["7"] = 1

        let one = CoreferenceScorer.bCubed(gold: baggaBaldwinGold, system: first)
        #expect(close(one.precision, 7.0 / 12))  // (5·5/10 + 2·2/2 + 5·5/10) / 12
        #expect(close(one.recall, 1))
        let two = CoreferenceScorer.bCubed(gold: baggaBaldwinGold, system: second)
        #expect(close(two.precision, 16.0 / 21))  // (5·5/7 + 2·2/7 + 5) / 12
        #expect(close(two.recall, 1))

        // MUC cannot tell the two apart: one wrong link each.
        for system in [first, second] {
            let muc = CoreferenceScorer.muc(gold: baggaBaldwinGold, system: system)
            #expect(close(muc.precision, 0.9))
            #expect(close(muc.recall, 1))
        }
    }

    @Test func ceafEAlignsEntitiesOneToOne() {
        var system = baggaBaldwinGold
        for key in ["8", "9", "A", "B", "C"] { system[key] = 1 }
        // φ4({1–5}, {1–5, 8–C}) = 10/15 and φ4({6, 7}, {6, 7}) = 1; {8–C} stays unaligned.
        let score = CoreferenceScorer.ceafE(gold: baggaBaldwinGold, system: system)
        #expect(close(score.recall, (2.0 / 3 + 1) / 3))
        #expect(close(score.precision, (2.0 / 3 + 1) / 2))
    }

    @Test func mentionsOnOneSideCountAsTheReferenceScorerCountsThem() {
        let report = CoreferenceScorer.score(gold: pradhanGold, system: pradhanSystem)
        #expect(close(report.muc.recall, 0.4))
        #expect(close(report.muc.precision, 0.4))
        #expect(close(report.bCubed.recall, 35.0 / 84))  // (4/3 + 1/3 + 1/4 + 4/4) / 7
        #expect(close(report.bCubed.precision, 0.5))  // (4/2 + 1/2 + 1/2 + 4/4) / 8
        #expect(close(report.ceafE.recall, 0.65))  // (φ4(K1, R1) = 0.8 + φ4(K2, R3) = 0.5) / 2
        #expect(close(report.ceafE.precision, 1.3 / 3))
        #expect(report.goldMentions == 7)
        #expect(report.systemMentions == 8)
        #expect(report.sharedMentions == 6)
        let f1s = [report.muc.f1, report.bCubed.f1, report.ceafE.f1]
        #expect(close(report.conll, f1s.reduce(0, +) / 3))
    }

    @Test func restrictingToSharedMentionsScoresTheClusteringAlone() {
        let shared = Set(pradhanGold.keys).intersection(pradhanSystem.keys)
        let gold = CoreferenceScorer.restricted(pradhanGold, to: shared)
        let system = CoreferenceScorer.restricted(pradhanSystem, to: shared)
        #expect(gold.count == 6)
        // Over {a, b, c, d, f, g}: gold {a, b, c}, {d, f, g}; system {a, b}, {c, d}, {f, g}.
        let score = CoreferenceScorer.bCubed(gold: gold, system: system)
        #expect(close(score.recall, (4.0 / 3 + 1.0 / 3 + 1.0 / 3 + 4.0 / 3) / 6))
        #expect(close(score.precision, (2 + 0.5 + 0.5 + 2) / 6))
    }

    @Test func identicalClusteringsScorePerfectly() {
        let report = CoreferenceScorer.score(gold: baggaBaldwinGold, system: baggaBaldwinGold.mapValues { "e\($0)" })
        for score in [report.muc, report.bCubed, report.ceafE] {
            #expect(close(score.precision, 1))
            #expect(close(score.recall, 1))
        }
        #expect(close(report.conll, 1))
    }

    @Test func singletonsScoreInBCubedAndCEAFButAddNoLinksToMUC() {
        let gold = ["a": 1, "b": 2, "c": 3]
        let report = CoreferenceScorer.score(gold: gold, system: gold)
        #expect(close(report.bCubed.f1, 1))
        #expect(close(report.ceafE.f1, 1))
        #expect(report.muc.recallDenominator == 0)
        #expect(report.muc.f1 == 0)
    }

    @Test func emptyAndDisjointClusteringsScoreZeroWithoutTrapping() {
        let empty: [String: Int] = [:]
        let report = CoreferenceScorer.score(gold: empty, system: empty)
        #expect(report.bCubed.f1 == 0)
        #expect(report.ceafE.f1 == 0)
        let disjoint = CoreferenceScorer.score(gold: ["a": 1, "b": 1], system: ["c": 1, "d": 1])
        for score in [disjoint.muc, disjoint.bCubed, disjoint.ceafE] {
            #expect(score.precision == 0)
            #expect(score.recall == 0)
        }
        #expect(disjoint.sharedMentions == 0)
    }

    @Test func scoresOfDisjointPartsAddUp() {
        let first = CoreferenceScorer.bCubed(gold: ["a": 1, "b": 1], system: ["a": 1, "b": 2])
        let second = CoreferenceScorer.bCubed(gold: ["c": 2], system: ["c": 3])
        let together = CoreferenceScorer.bCubed(
            gold: ["a": 1, "b": 1, "c": 2],
            system: ["a": 1, "b": 2, "c": 3]
        )
        #expect(first + second == together)
    }
}
