import ArgumentParser
import Assay

/// `assay clean`: clean HTML and plain text to JSON Lines records.
struct Clean: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Clean HTML and plain text: main article text, metadata and offsets, one JSON line per document.",
        discussion: """
            Examples:
              assay clean seeds -o clean.jsonl
              assay clean page.html.gz other.txt
              zcat dump.jsonl.gz | assay clean - -o clean.jsonl --jobs 2
            """
    )

    @OptionGroup var processing: ProcessingOptions

    func run() async throws {
        try await processing.run(Pipeline.cleaning())
    }
}
