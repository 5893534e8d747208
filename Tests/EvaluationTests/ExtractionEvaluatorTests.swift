import Assay
import Foundation
import Testing

@Suite struct ExtractionEvaluatorTests {
    private func gold(_ json: String) throws -> ExtractionEvaluator.GoldDocument {
        try JSONDecoder().decode(ExtractionEvaluator.GoldDocument.self, from: Data(json.utf8))
    }

    private func mention(_ start: Int, _ end: Int, _ text: String, _ type: MentionType) -> Mention {
        var mention = Mention(start: start, end: end, text: text, type: type)
        mention.sourceStart = start
        mention.sourceEnd = end
        return mention
    }

    @Test func namesOnlyNarrowsGoldSpansAndDropsPronouns() throws {
        // "Reid's agent in Paris said he" — gold marks "Reid's", "in Paris" and "he".
        let document = try gold(
            """
            {"id": "d", "text": "Reid's agent in Paris said he would stay.", "entities": [
              {"start": 0, "end": 6, "type": "PERSON"}, {"start": 13, "end": 21, "type": "GPE"},
              {"start": 27, "end": 29, "type": "PERSON"}]}
            """
        )
        let predicted = ["d": [mention(0, 4, "Reid", .person), mention(16, 21, "Paris", .place)]]
        var evaluator = ExtractionEvaluator()
        evaluator.namesOnly = true
        let report = evaluator.score(gold: [document], predicted: predicted)
        #expect(report.types[.person]?.span == .init(truePositives: 1, falsePositives: 0, falseNegatives: 0))
        #expect(report.types[.place]?.span == .init(truePositives: 1, falsePositives: 0, falseNegatives: 0))
        let strict = ExtractionEvaluator().score(gold: [document], predicted: predicted)
        #expect(strict.types[.person]?.span.falseNegatives == 2)
    }

    @Test func namesOnlyLeavesValuesAlone() throws {
        let document = try gold(
            """
            {"id": "d", "text": "It took 90 days.", "entities": [{"start": 8, "end": 15, "type": "DURATION"}]}
            """
        )
        var evaluator = ExtractionEvaluator()
        evaluator.namesOnly = true
        let report = evaluator.score(gold: [document], predicted: ["d": [mention(8, 15, "90 days", .duration)]])
        #expect(report.types[.duration]?.span == .init(truePositives: 1, falsePositives: 0, falseNegatives: 0))
    }

    @Test func onlyTheEvaluatedSentencesAreScored() throws {
        let document = try gold(
            """
            {"id": "d", "text": "Ann Lee spoke. Bob Ray left.", "sentences": [[0, 14], [15, 28]], "eval_sentences": [1],
             "entities": [{"start": 15, "end": 22, "type": "PERSON", "sentence": 1}]}
            """
        )
        let predicted = ["d": [mention(0, 7, "Ann Lee", .person), mention(15, 22, "Bob Ray", .person)]]
        let report = ExtractionEvaluator().score(gold: [document], predicted: predicted)
        #expect(report.types[.person]?.span == .init(truePositives: 1, falsePositives: 0, falseNegatives: 0))
    }

    @Test func aDayOfAnUnknownYearMatchesWhicheverWayItIsWritten() throws {
        let document = try gold(
            """
            {"id": "d", "text": "On Dec. 26 and Dec. 27 it rained.", "entities": [
              {"start": 3, "end": 10, "type": "Date", "value": "XXXX-12-26"},
              {"start": 15, "end": 22, "type": "Date", "value": "XXXX-12-27"}]}
            """
        )
        var first = mention(3, 10, "Dec. 26", .date)
        first.value = "--12-26"
        var second = mention(15, 22, "Dec. 27", .date)
        second.value = "--12-28"
        let report = ExtractionEvaluator().score(gold: [document], predicted: ["d": [first, second]])
        #expect(report.types[.date]?.document == .init(truePositives: 1, falsePositives: 1, falseNegatives: 1))
    }
}
