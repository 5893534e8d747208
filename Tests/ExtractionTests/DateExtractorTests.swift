import Assay
import Testing

@Suite struct DateExtractorTests {
    /// A plain-text document run through `clean-text` and the given date stages.
    private func run(
        _ text: String,
        published: String? = nil,
        referenceDate: String? = nil,
        pipeline: String = "stages:\n  - clean-text\n  - extract-dates\n  - extract-durations\n"
    ) throws -> Document {
        let loader = PipelineLoader(
            registry: StageRegistry([TextCleaner.self, DateExtractor.self, DurationExtractor.self])
        )
        let loaded = try loader.load(text: pipeline, file: "test.yaml")
        var document = Document(
            id: "doc",
            format: .text,
            source: text,
            sourceSHA256: "0",
            metadata: DocumentMetadata(published: published)
        )
        try loaded.process(&document, context: StageContext(referenceDate: referenceDate))
        return document
    }

    private static let story = "Tariffs were paused for 90 days in May, ahead of the Aug. 10 deadline."

    @Test(arguments: [
        ("2025-06-16T10:00:00Z", "2024-06-20", ["P90D", "2025-05", "2025-08-10"]),
        (nil, "2024-06-20", ["P90D", "2024-05", "2024-08-10"]),
        (nil, nil, ["P90D", "XXXX-05", "--08-10"]),
        ("not a date", "2024-06-20", ["P90D", "2024-05", "2024-08-10"]),
    ])
    func resolvesAgainstThePublicationDateElseTheRunsReferenceDate(
        published: String?,
        referenceDate: String?,
        expected: [String]
    ) throws {
        let document = try run(Self.story, published: published, referenceDate: referenceDate)
        #expect(document.mentions.map { $0.value ?? "nil" } == expected)
        #expect(document.mentions.map(\.type) == [.duration, .date, .date])
        #expect(document.layers.contains(.values))
    }

    @Test func matchesItsDocumentationExample() throws {
        let text = "Last week's talks ended without a deal; tariffs rise after the Aug. 10 deadline."
        let document = try run(text, published: "2025-06-16")
        #expect(document.mentions.map(\.start) == [0, 63])
        #expect(document.mentions.map(\.end) == [9, 70])
        #expect(document.mentions.map(\.value) == ["2025-W24", "2025-08-10"])
        #expect(document.mentions.map(\.kind) == ["Relative", "Date"])
        let durations = try run("Licences will be valid for six months.")
        #expect(durations.mentions.map { [$0.start, $0.end] } == [[27, 37]])
    }

    @Test func findsNothingInsideWebAddresses() throws {
        let text = """
            http://www.example.org/2012/08/08/dairy-fire-8-year-review/
            The fire on Aug. 7 burned for six hours. See www.example.com/2012/08/09.
            """
        let document = try run(text, published: "2012-08-08")
        #expect(document.mentions.map(\.text) == ["Aug. 7", "six hours"])
    }

    @Test func keepsMentionsSortedByStartWhenMergingWithOthers() throws {
        var document = try run(Self.story, published: "2025-06-16")
        let dates = document.mentions.filter { $0.type == .date }
        document.mentions = [Mention(start: 0, end: 7, text: "Tariffs", type: .organization)]
        try DateExtractor(configuration: .init()).process(&document, context: StageContext())
        try DurationExtractor(configuration: .init()).process(&document, context: StageContext())
        #expect(document.mentions.map(\.text) == ["Tariffs", "90 days", "May", "Aug. 10"])
        #expect(document.mentions.filter { $0.type == .date } == dates)
    }

    @Test(arguments: [
        ("month-first", "2025-09-10"),
        ("day-first", "2025-10-09"),
        ("reject", "nil"),
    ])
    func readsTheDayMonthOrderFromThePipelineFile(order: String, expected: String) throws {
        let pipeline = "stages:\n  - clean-text\n  - extract-dates: {day-month-order: \(order)}\n"
        let document = try run("The hearing is set for 9/10/2025.", pipeline: pipeline)
        #expect(document.mentions.map { $0.value ?? "nil" } == [expected])
    }

    @Test(arguments: [(false, [String]()), (true, ["PXY"])])
    func readsVagueReferencesOfDurationsFromThePipelineFile(vague: Bool, expected: [String]) throws {
        let pipeline = "stages:\n  - clean-text\n  - extract-durations: {vague-references: \(vague)}\n"
        let document = try run("Output has fallen in recent years.", pipeline: pipeline)
        #expect(document.mentions.map { $0.value ?? "nil" } == expected)
    }

    @Test func rejectsAnUnknownDayMonthOrderWithTheAllowedValues() throws {
        let pipeline = "stages:\n  - clean-text\n  - extract-dates: {day-month-order: sideways}\n"
        let error = try #require(throws: PipelineError.self) { try run("x", pipeline: pipeline) }
        #expect(error.message.contains("month-first, day-first, reject"), "\(error)")
        #expect(error.line == 3)
    }

    @Test func listsItsOptionsAndDefaults() {
        #expect(DateExtractor.Configuration.options == ["day-month-order", "vague-references"])
        #expect(DateExtractor.Configuration().dayMonthOrder == .reject)
        #expect(DateExtractor.Configuration().vagueReferences == false)
        #expect(DurationExtractor.Configuration.options == ["vague-references"])
        #expect(DurationExtractor.Configuration().vagueReferences == false)
        #expect(DateExtractor.name == "extract-dates" && DurationExtractor.name == "extract-durations")
        #expect(DateExtractor.requires == [.text] && DateExtractor.provides == [.values])
        #expect(DurationExtractor.requires == [.text] && DurationExtractor.provides == [.values])
    }

    @Test func failsWithMissingLayerWithoutCleanText() throws {
        var document = Document(id: "raw", format: .text, source: "May 2025", sourceSHA256: "0")
        let error = try #require(throws: StageError.self) {
            try DateExtractor(configuration: .init()).process(&document, context: StageContext())
        }
        #expect(error.code == .missingLayer)
        #expect(error.documentID == "raw")
    }
}
