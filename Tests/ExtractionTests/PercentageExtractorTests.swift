import Assay
import AssayTestSupport
import Foundation
import Testing

@Suite struct PercentageExtractorTests {
    @Test func addsPercentagesToTheMentionsSortedByStart() throws {
        let text = "China mines around 70 per cent of the world\u{2019}s rare earths. Imports fell 37% in April."
        var document = Self.document(text)
        var china = Mention(start: 0, end: 5, text: "China", type: .place)
        china.rule = "gazetteer"
        var april = Mention(start: 79, end: 84, text: "April", type: .date)
        april.rule = "rule:date"
        document.mentions = [china, april]

        try PercentageExtractor(configuration: .init()).process(&document, context: StageContext())

        #expect(document.mentions.map(\.text) == ["China", "around 70 per cent", "37%", "April"])
        #expect(document.mentions.map(\.start) == [0, 12, 72, 79])
        #expect(document.layers.contains(.values))
        let percent = try #require(document.mentions.first { $0.type == .percent })
        #expect(percent.value == "70")
        #expect(percent.modifier == "approx")
        #expect(percent.attributes?["sentence"] == "0-58")
    }

    @Test func findsNoPercentageInsideAWebAddress() throws {
        var document = Self.document("See https://example.com/rates/5%25-cut?by=5% — rates fell 5% on Monday.")
        try PercentageExtractor(configuration: .init()).process(&document, context: StageContext())
        #expect(document.mentions.map(\.text) == ["5%"])
        #expect(document.mentions.first?.start == 58)
    }

    @Test func throwsWithoutCleanText() {
        var document = Document(id: "doc-1", format: .text, source: "70%", sourceSHA256: "")
        #expect(throws: StageError.self) {
            try PercentageExtractor(configuration: .init()).process(&document, context: StageContext())
        }
    }

    @Test func readsItsOptionsInKebabCase() throws {
        let json = Data(#"{"words": false, "fractions": true, "qualifier-in-span": false}"#.utf8)
        let configuration = try JSONDecoder().decode(PercentageExtractor.Configuration.self, from: json)
        #expect(!configuration.words)
        #expect(configuration.fractions)
        #expect(!PercentageExtractor.Configuration().fractions)
        #expect(!configuration.qualifierInSpan)
        #expect(PercentageExtractor.Configuration.options == ["words", "fractions", "qualifier-in-span"])
        #expect(PercentageExtractor.name == "extract-percentages")

        var document = Self.document("Seventy per cent said up to 25% and half of the world\u{2019}s supply.")
        try PercentageExtractor(configuration: configuration).process(&document, context: StageContext())
        #expect(document.mentions.map(\.text) == ["25%", "half"])
        #expect(document.mentions.first?.modifier == "at-most")
    }

    /// The hand-annotated gold in `Fixtures/news-gold.jsonl`: every document's percentage values, exactly.
    @Test func findsTheValuesOfTheHandAnnotatedGold() throws {
        let url = Repository.root.appendingPathComponent("Tests/ExtractionTests/Fixtures/news-gold.jsonl")
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
        let gold = try lines.map {
            try JSONDecoder().decode(ExtractionEvaluator.GoldDocument.self, from: Data($0.utf8))
        }
        #expect(!gold.isEmpty)
        for document in gold {
            let expected = Set(document.entities.filter { $0.type == "Percent" }.compactMap(\.value))
            let found = Set(PercentRules.percentages(in: document.text).compactMap(\.value))
            #expect(found == expected, "\(document.id)")
        }
    }

    static func document(_ text: String) -> Document {
        var document = Document(id: "doc-1", format: .text, source: text, sourceSHA256: "")
        document.text = CleanText(string: text, sourceMap: SourceMap())
        document.layers.insert(.text)
        return document
    }
}
