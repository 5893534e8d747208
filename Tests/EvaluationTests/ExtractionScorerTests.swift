import Assay
import Testing

@Suite struct ExtractionScorerTests {
    @Test func tokensAreWordCharacterRunsAsInPython() {
        #expect(
            ExtractionScorer.tokens("U.S.-China talks: 70% (approx.)").map(String.init)
                == ["U", "S", "China", "talks", "70", "approx"]
        )
        #expect(ExtractionScorer.tokens("snake_case été 東京 ١٢").map(String.init) == ["snake_case", "été", "東京", "١٢"])
    }

    @Test func aPerfectExtractionScoresOne() {
        let counts = ExtractionScorer.compare(gold: "one two three four five", predicted: "one two three four five")
        #expect(counts.precision == 1 && counts.recall == 1)
    }

    @Test func extraTextCostsPrecisionAndMissingTextCostsRecall() {
        // gold shingles: (a b c d), (b c d e); predicted: (a b c d) only.
        let short = ExtractionScorer.compare(gold: "a b c d e", predicted: "a b c d")
        #expect(short.truePositive == 0.5 && short.falseNegative == 0.5 && short.falsePositive == 0)
        #expect(short.precision == 1 && short.recall == 0.5)
        let long = ExtractionScorer.compare(gold: "a b c d", predicted: "a b c d e")
        #expect(long.precision == 0.5 && long.recall == 1)
    }

    @Test func textsShorterThanFourWordsAreOneShingle() {
        #expect(ExtractionScorer.compare(gold: "two words", predicted: "two words").precision == 1)
        #expect(ExtractionScorer.compare(gold: "two words", predicted: "two").recall == 0)
    }

    @Test func metricsAreMeansOverDocuments() {
        let documents = [
            ExtractionScorer.compare(gold: "a b c d e", predicted: "a b c d"),  // P 1, R 0.5
            ExtractionScorer.compare(gold: "a b c d", predicted: "a b c d"),  // P 1, R 1
        ]
        let metrics = ExtractionScorer.metrics(documents)
        #expect(metrics.precision == 1)
        #expect(metrics.recall == 0.75)
        #expect(abs(metrics.f1 - 2 * 0.75 / 1.75) < 1e-12)
    }

    @Test func anEmptyPredictionScoresZeroRecall() {
        let counts = ExtractionScorer.compare(gold: "a b c d e f", predicted: "")
        #expect(counts.recall == 0)
        #expect(ExtractionScorer.metrics([counts]).recall == 0)
    }
}
