import Assay
import AssayTestSupport
import Foundation
import Testing

@Suite struct DocumentRecordTests {
    /// A document with every field set, including characters JSON must escape.
    func sampleDocument() -> Document {
        var document = Document(
            id: "doc \"1\"\\",
            origin: DocumentOrigin(path: "dump.jsonl", line: 3),
            format: .html,
            source: "<p>Bessent said \"no\".</p>",
            sourceSHA256: "ab",
            encoding: "windows-1252",
            metadata: DocumentMetadata(
                title: "Tab\there",
                publisher: "Reuters",
                published: "2025-06-12",
                authors: ["A", "B\nC"],
                url: "https://example.com/a/b",
                language: "en"
            )
        )
        document.text = CleanText(
            string: "Bessent said \"no\".\u{1}",
            sourceMap: SourceMap(segments: [.init(cleanStart: 0, cleanLength: 19, sourceStart: 3, sourceLength: 19)]),
            removedBlocks: 2
        )
        var person = Mention(start: 0, end: 7, text: "Bessent", type: .person)
        person.name = "Scott Bessent"
        person.entity = "wikidata:Q1"
        person.attributes = ["role": "Treasury Secretary", "affiliation": "US Treasury"]
        var percent = Mention(start: 8, end: 12, text: "70 %", type: .percent)
        percent.value = "70"
        percent.lower = 65
        percent.upper = 72.5
        percent.modifier = "approx"
        document.mentions = [person, percent]
        document.layers.insert(.entities)
        document.warnings = ["decoded as windows-1252"]
        return document
    }

    @Test func theHandWrittenLineEqualsJSONEncodersOutput() throws {
        let record = DocumentRecord(sampleDocument())
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let expected = try encoder.encode(record) + [0x0A]
        #expect(String(decoding: record.jsonLine(), as: UTF8.self) == String(decoding: expected, as: UTF8.self))
    }

    @Test func theLineDecodesBackToTheRecord() throws {
        let record = DocumentRecord(sampleDocument())
        let decoded = try JSONDecoder().decode(DocumentRecord.self, from: Data(record.jsonLine()))
        #expect(decoded == record)
    }

    @Test func aCleanRecordHasNoMentions() throws {
        var document = sampleDocument()
        document.layers.remove(.entities)
        let record = DocumentRecord(document)
        #expect(record.record == "assay.clean")
        #expect(record.mentions == nil)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        #expect(record.jsonLine() == Array(try encoder.encode(record)) + [0x0A])
    }
}
