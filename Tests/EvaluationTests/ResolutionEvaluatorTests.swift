import Assay
import Testing

/// Two documents of one topic in the ECB+ JSON Lines layout, written for these tests. Gold instances: P1 (Tara
/// Reid), F1 (the clinic), G1 (Malibu), O1 (People magazine). The second sentence of the second document is not
/// evaluated.
let ecbPlusSample = """
    {"id": "1_1ecb", "text": "Actress Tara Reid entered rehab. Reid checked into Promises in Malibu on Friday.", \
    "cluster": "1_ecb", "topic": 1, "subtopic": "ecb", "entities": [\
    {"start": 0, "end": 17, "type": "PERSON", "ecb_tag": "HUMAN_PART_PER", "kind": "entity", "id": "P1", \
    "sentence": 0, "surface": "Actress Tara Reid"}, \
    {"start": 18, "end": 25, "type": "EVENT", "kind": "event", "id": "E1", "sentence": 0}, \
    {"start": 26, "end": 31, "type": "FAC", "kind": "entity", "id": "F1", "sentence": 0}, \
    {"start": 33, "end": 37, "type": "PERSON", "kind": "entity", "id": "P1", "sentence": 1}, \
    {"start": 51, "end": 59, "type": "FAC", "kind": "entity", "id": "F1", "sentence": 1}, \
    {"start": 60, "end": 69, "type": "GPE", "kind": "entity", "id": "G1", "sentence": 1}, \
    {"start": 73, "end": 79, "type": "DATE", "kind": "entity", "id": "D1", "sentence": 1}], \
    "sentences": [[0, 32], [33, 80]], "sentence_ids": [0, 1], "eval_sentences": [0, 1]}

    {"id": "1_2ecb", "text": "Tara Reid is in rehab, People reports. The clinic in Malibu confirmed it.", \
    "cluster": "1_ecb", "topic": 1, "subtopic": "ecb", "entities": [\
    {"start": 0, "end": 9, "type": "PERSON", "kind": "entity", "id": "P1", "sentence": 0}, \
    {"start": 16, "end": 21, "type": "FAC", "kind": "entity", "id": "F1", "sentence": 0}, \
    {"start": 23, "end": 29, "type": "ORG", "kind": "entity", "id": "O1", "sentence": 0}, \
    {"start": 39, "end": 59, "type": "FAC", "kind": "entity", "id": "F1", "sentence": 1}], \
    "sentences": [[0, 38], [39, 73]], "sentence_ids": [0, 1], "eval_sentences": [0]}
    """

/// What a resolver might make of the sample.
private let systemSample: [ResolutionEvaluator.SystemMention] = [
    .init(document: "1_1ecb", start: 8, end: 17, type: .person, entity: "tara", text: "Tara Reid"),
    .init(document: "1_1ecb", start: 33, end: 37, type: .person, entity: "tara", text: "Reid"),
    .init(document: "1_1ecb", start: 51, end: 59, type: .organization, entity: "promises", text: "Promises"),
    .init(document: "1_1ecb", start: 63, end: 69, type: .place, entity: "malibu", text: "Malibu"),
    .init(document: "1_2ecb", start: 0, end: 9, type: .person, entity: "tara", text: "Tara Reid"),
    .init(document: "1_2ecb", start: 23, end: 29, type: .organization, entity: "people", text: "People"),
    // Outside the evaluated sentences: left out.
    .init(document: "1_2ecb", start: 53, end: 59, type: .place, entity: "malibu", text: "Malibu"),
    // Not a scored type: left out.
    .init(document: "1_1ecb", start: 73, end: 79, type: .date, entity: "friday", text: "Friday"),
]

private func close(_ value: Double, _ expected: Double) -> Bool { abs(value - expected) < 1e-9 }

@Suite struct ECBPlusDocumentTests {
    @Test func readsDocumentsAndKeepsEvaluatedEntityMentions() throws {
        let documents = try ECBPlusDocument.parse(jsonLines: ecbPlusSample)
        #expect(documents.map(\.id) == ["1_1ecb", "1_2ecb"])
        #expect(documents[0].cluster == "1_ecb")
        #expect(documents[0].topic == 1)
        #expect(documents[0].entities.count == 7)
        let first = documents[0].entities[0]
        let scalars = Array(documents[0].text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[first.start..<first.end])) == first.surface)
        let scored = documents[1].evaluatedMentions(types: ["PERSON", "ORG", "FAC"])
        #expect(scored.map(\.id) == ["P1", "F1", "O1"])
        #expect(documents[1].evaluatedSpans == [0..<38])
        #expect(documents[0].evaluatedMentions(kind: "event").map(\.id) == ["E1"])
    }

    @Test func namesTheLineThatIsNotADocument() {
        #expect {
            try ECBPlusDocument.parse(jsonLines: "\n{\"id\": \"x\"}\n", file: "bad.jsonl")
        } throws: { error in
            (error as? ECBPlusDocument.FormatError)?.line == 2
        }
    }
}

@Suite struct ResolutionEvaluatorTests {
    @Test func exactMatchingCountsDetectionPerType() throws {
        let documents = try ECBPlusDocument.parse(jsonLines: ecbPlusSample)
        let report = ResolutionEvaluator(matching: .exact).score(gold: documents, system: systemSample)
        #expect(report.detectionAnyType.truePositives == 4)
        #expect(report.detectionAnyType.falsePositives == 2)
        #expect(report.detectionAnyType.falseNegatives == 4)
        // "Promises" matches a FAC span but is typed an organisation: found, but not as a place.
        #expect(report.detection[.person]?.truePositives == 2)
        #expect(report.detection[.organization]?.falsePositives == 1)
        #expect(report.detection[.place]?.falseNegatives == 4)
        #expect(report.endToEnd.goldMentions == 8)
        #expect(report.endToEnd.systemMentions == 6)
        #expect(report.shared.goldMentions == 4)
    }

    @Test func overlapMatchingTakesSpansInsideLongerGoldSpans() throws {
        let documents = try ECBPlusDocument.parse(jsonLines: ecbPlusSample)
        let report = ResolutionEvaluator(matching: .overlap).score(gold: documents, system: systemSample)
        #expect(report.detectionAnyType.truePositives == 6)
        #expect(report.detectionAnyType.falsePositives == 0)
        #expect(report.detection[.person]?.truePositives == 3)
        // Every system entity is pure and every shared mention is where it belongs.
        #expect(close(report.shared.bCubed.f1, 1))
        #expect(close(report.endToEnd.bCubed.precision, 1))
        // P1 found whole (3 × 1), F1 one of three (1/3), G1 and O1 whole: (3 + 1/3 + 1 + 1) / 8.
        #expect(close(report.endToEnd.bCubed.recall, 2.0 / 3))
        #expect(report.goldEntities == 4)
        #expect(report.systemEntities == 4)
    }

    @Test func theSameSurfaceBaselineSplitsASurnameFromTheFullName() throws {
        let documents = try ECBPlusDocument.parse(jsonLines: ecbPlusSample)
        let baseline = ResolutionEvaluator.sameSurfaceBaseline(systemSample)
        #expect(baseline[0].entity == baseline[4].entity)
        #expect(baseline[0].entity != baseline[1].entity)
        let report = ResolutionEvaluator(matching: .overlap).score(gold: documents, system: baseline)
        // "Reid" alone: (2/3 + 2/3 + 1/3 + 1 + 1 + 1) / 6.
        #expect(close(report.shared.bCubed.recall, 7.0 / 9))
        #expect(close(report.shared.bCubed.precision, 1))
        let singletons = ResolutionEvaluator.singletonBaseline(systemSample)
        #expect(Set(singletons.map(\.entity)).count == singletons.count)
    }

    @Test func clustersOfDifferentTopicsNeverMeet() throws {
        var documents = try ECBPlusDocument.parse(jsonLines: ecbPlusSample)
        documents[1].topic = 2
        // The same system entity and the same gold id, but in two topics: two entities on each side.
        let report = ResolutionEvaluator(matching: .overlap).score(gold: documents, system: systemSample)
        #expect(report.goldEntities == 6)
        #expect(close(report.shared.bCubed.f1, 1))
    }
}
