import ArgumentParser
import Assay
import Foundation

/// `assay extract`: annotation records (clean text plus every entity and value mention).
struct Extract: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract:
            "Write annotation records: clean text and every entity and value mention, one JSON line per document.",
        discussion: """
            Runs the default pipeline (Pipelines/news.yaml) unless --pipeline names another. A document that fails
            still gets a line (an assay.error record with its id), so output lines match input records one to one.
            Examples:
              assay extract seeds -o annotations.jsonl
              zcat dump.jsonl.gz | assay extract - --reference-date 2025-06-16 > annotations.jsonl
            """
    )

    @Option(help: "The pipeline file (default: Pipelines/news.yaml).")
    var pipeline: String?

    @Option(
        help: "The date relative expressions resolve against when a document gives none (ISO 8601, e.g. 2025-06-16)."
    )
    var referenceDate: String?

    @OptionGroup var processing: ProcessingOptions

    func validate() throws {
        if let referenceDate, referenceDate.count < 10 || Int(referenceDate.prefix(4)) == nil {
            throw ValidationError("--reference-date must be an ISO 8601 date such as 2025-06-16")
        }
    }

    func run() async throws {
        let loaded = try Run.loadPipeline(pipeline)
        try await processing.run(loaded, errorRecords: true, referenceDate: referenceDate)
    }
}
