import Assay
import Testing

@Suite struct AgreementScorerTests {
    private func fact(_ document: String, _ value: Double, lower: Double? = nil, upper: Double? = nil) -> Fact {
        Fact(
            type: .quantity,
            property: "production-share",
            propertyLabel: "share of production",
            subject: "wikidata:Q148",
            qualifiers: [:],
            value: .number(value, lower: lower ?? value, upper: upper ?? value, modifier: nil),
            about: ["wikidata:Q148"],
            document: document,
            evidence: []
        )
    }

    private func grouping(_ groups: [[String]]) -> SourceGrouping {
        var groupOf: [String: Int] = [:]
        for (index, documents) in groups.enumerated() {
            for document in documents { groupOf[document] = index }
        }
        let sourceGroups = groups.enumerated().map {
            SourceGroup(id: "g\($0.offset)", name: "g\($0.offset)", documents: $0.element, reasons: [])
        }
        return SourceGrouping(groups: sourceGroups, groupOf: groupOf, declared: [:])
    }

    private let resolution = CorpusResolution(entities: [], entityOfMention: [:])

    @Test func rangesThatOverlapAgreeAndOthersContradict() throws {
        // "around 70" (65…75) and "nearly 72" (68…72) agree; 40 does not.
        let facts = [fact("a", 70, lower: 65, upper: 75), fact("b", 72, lower: 68, upper: 72), fact("c", 40)]
        let nodes = AgreementScorer().score(facts, sources: grouping([["a"], ["b"], ["c"]]), resolution: resolution)
        #expect(nodes.count == 2)
        let agreed = try #require(nodes.first { $0.documents == ["a", "b"] })
        #expect(agreed.supportCount == 2)
        #expect(agreed.contradictedBy == ["c"])
        #expect(agreed.contradictionCount == 1)
        // (1 − 0.5²) · 2 / 3
        #expect(abs(agreed.confidence - 0.5) < 1e-9)
        let lone = nodes.first { $0.documents == ["c"] }
        #expect(lone?.contradicts == [agreed.id])
        #expect(abs((lone?.confidence ?? 0) - 0.5 * 1 / 3) < 1e-9)
    }

    @Test func exactNumbersAgreeOnlyWithinTheTolerance() {
        let close = AgreementScorer(tolerance: 0.02).score(
            [fact("a", 55), fact("b", 56)],
            sources: grouping([["a"], ["b"]]),
            resolution: resolution
        )
        #expect(close.count == 1)
        let strict = AgreementScorer(tolerance: 0).score(
            [fact("a", 55), fact("b", 56)],
            sources: grouping([["a"], ["b"]]),
            resolution: resolution
        )
        #expect(strict.count == 2)
        #expect(strict.allSatisfy { $0.agreement == "contradicted" })
    }

    @Test func copiesOfOneSourceAddDocumentsButNotSupport() {
        let nodes = AgreementScorer().score(
            [fact("wire", 70), fact("copy", 70), fact("other", 70)],
            sources: grouping([["copy", "wire"], ["other"]]),
            resolution: resolution
        )
        #expect(nodes.count == 1)
        #expect(nodes.first?.documents.count == 3)
        #expect(nodes.first?.supportCount == 2)
        #expect(abs((nodes.first?.confidence ?? 0) - 0.75) < 1e-9)
        #expect(nodes.first?.agreement == "corroborated")
    }

    @Test func confidenceGrowsWithIndependentSupport() {
        var previous = 0.0
        for count in 1...5 {
            let documents = (0..<count).map { "d\($0)" }
            let nodes = AgreementScorer().score(
                documents.map { fact($0, 70) },
                sources: grouping(documents.map { [$0] }),
                resolution: resolution
            )
            let confidence = nodes.first?.confidence ?? 0
            #expect(confidence > previous)
            #expect(confidence <= 1)
            previous = confidence
        }
    }
}
