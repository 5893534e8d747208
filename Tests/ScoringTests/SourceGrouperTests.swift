import Assay
import AssayTestSupport
import Foundation
import Testing

@Suite struct SourceGrouperTests {
    private let story = """
        Chile's copper output fell 4 percent in March as heavy rain shut roads to the Escondida mine, the country's \
        largest, and strikes slowed work at two smaller pits in the north. Mining minister Aurora Williams said the \
        government expected production to recover by the middle of the year as repairs finished and workers returned. \
        Analysts in Santiago said prices on the London Metal Exchange rose on the news, adding that smelters in China \
        had already begun to look for supplies from Peru and the Democratic Republic of Congo.
        """

    @Test func nearDuplicatesAreOneSource() throws {
        let copy = story.replacingOccurrences(of: "as heavy rain", with: "after heavy rain") + " Shares of miners rose."
        let other =
            "Zambia's cobalt exports rose sharply in April after the government lifted a ban on artisanal mines."
        let records = try Annotator.records(["original": story, "copy": copy, "other": other])
        let grouping = SourceGrouper(agencies: [:]).group(records)
        #expect(grouping.sourceCount(["original", "copy"]) == 1)
        #expect(grouping.sourceCount(["original", "other"]) == 2)
        let group = try #require(grouping.groupOf["copy"].map { grouping.groups[$0] })
        #expect(group.documents == ["copy", "original"])
        #expect(group.reasons == ["near-duplicate"])
    }

    @Test func documentsThatDeclareOneAgencyAreOneSource() throws {
        let records = try Annotator.records([
            "wire": "Officials told Reuters that the cobalt ban would last until June.",
            "rewrite": "Zambia will keep its ban on cobalt ore.\nSource: (Reuters)",
            "glued": "People familiar with the matter confirmed to Reutersthat the ban stays.",
            "independent": "Zambia's mines minister said the ban on cobalt ore would be reviewed.",
        ])
        let grouping = SourceGrouper(agencies: ["Reuters": "assay:organization/reuters"]).group(records)
        #expect(grouping.sourceCount(["wire", "rewrite", "glued"]) == 1)
        #expect(grouping.sourceCount(["wire", "independent"]) == 2)
        #expect(grouping.declared["rewrite"] == "assay:organization/reuters")
        #expect(grouping.declared["independent"] == nil)
    }

    @Test func citingAnAgencyInPassingIsNotDeclaringIt() throws {
        let records = try Annotator.records([
            "a": "Reuters has a bureau in Lusaka, where the mines ministry sits."
        ])
        let grouping = SourceGrouper(agencies: ["Reuters": "assay:organization/reuters"]).group(records)
        #expect(grouping.declared.isEmpty)
    }

    @Test func groupingIsNearLinear() throws {
        // 400 distinct short documents: no LSH bucket should join unrelated texts.
        var texts: [String: String] = [:]
        for index in 0..<400 {
            texts["d\(index)"] =
                "Report \(index): the output of mine \(index * 7) rose \(index % 90) percent in week \(index)."
        }
        let records = texts.sorted { $0.key < $1.key }.map { id, text in
            DocumentRecord.testRecord(id: id, text: text)
        }
        let grouping = SourceGrouper(agencies: [:]).group(records)
        #expect(grouping.groups.count == 400)
    }
}

extension DocumentRecord {
    /// A record with only an id and a text, for the stages that read nothing else.
    static func testRecord(id: String, text: String) -> DocumentRecord {
        var document = Document(id: id, format: .text, source: text, sourceSHA256: "")
        let length = text.unicodeScalars.count
        document.text = CleanText(
            string: text,
            sourceMap: SourceMap(segments: [
                .init(cleanStart: 0, cleanLength: length, sourceStart: 0, sourceLength: length)
            ])
        )
        return DocumentRecord(document)
    }
}
