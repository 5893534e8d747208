import ArgumentParser
import Assay
import Foundation

/// `assay run`: run a pipeline file over inputs.
struct Run: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run a pipeline (default Pipelines/news.yaml) over articles.",
        discussion: """
            Examples:
              assay run seeds -o graph.jsonld               # the whole job: the knowledge graph as JSON-LD
              assay run seeds -f nquads -o graph.nq         # the same graph as N-Quads
              assay run seeds -o out/seeds.jsonl            # annotation records only (for assay merge later)
              assay run --pipeline Pipelines/news.yaml dump.jsonl.gz -o out.jsonl --jobs 2
            """
    )

    @Option(
        help:
            "The pipeline file (default: Pipelines/news.yaml, looked for in the current directory and beside the assay executable)."
    )
    var pipeline: String?

    @OptionGroup var processing: ProcessingOptions

    @OptionGroup var graph: GraphOptions

    func run() async throws {
        let format = graph.resolvedFormat(output: processing.output, fallback: .records)
        try await processing.run(
            Self.loadPipeline(pipeline),
            graph: format == .records ? nil : (graph, format)
        )
    }

    /// Loads the named pipeline, or the default one; a bad file exits 2.
    static func loadPipeline(_ path: String?, default relative: String = "Pipelines/news.yaml") throws -> Pipeline {
        let path = try path ?? defaultPipeline(relative)
        do {
            return try PipelineLoader().load(contentsOf: path)
        } catch {
            Diagnostics.error(error.description)
            throw ExitCode(2)
        }
    }

    /// `relative` (`Pipelines/news.yaml`) in the current directory, else in the checkout the executable was built in.
    static func defaultPipeline(_ relative: String = "Pipelines/news.yaml") throws -> String {
        if let found = ResourceLocator.locate(relative) { return found }
        Diagnostics.error(
            "no \(relative) in the current directory or beside the assay executable; pass --pipeline FILE"
        )
        throw ExitCode(2)
    }
}
