import ArgumentParser
import Assay
import Foundation

/// `assay run`: run a pipeline file over inputs.
struct Run: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run a pipeline (default Pipelines/news.yaml) over articles.",
        discussion: """
            Examples:
              assay run seeds -o out/seeds.jsonl
              assay run --pipeline Pipelines/news.yaml dump.jsonl.gz -o out.jsonl --jobs 2
            """
    )

    @Option(
        help:
            "The pipeline file (default: Pipelines/news.yaml, looked for in the current directory and beside the assay executable)."
    )
    var pipeline: String?

    @OptionGroup var processing: ProcessingOptions

    func run() async throws {
        let path = try pipeline ?? Self.defaultPipeline()
        let loaded: Pipeline
        do {
            loaded = try PipelineLoader().load(contentsOf: path)
        } catch {
            Diagnostics.error(error.description)
            throw ExitCode(2)
        }
        try await processing.run(loaded)
    }

    /// `Pipelines/news.yaml` in the current directory, else in the checkout the executable was built in.
    static func defaultPipeline() throws -> String {
        let relative = "Pipelines/news.yaml"
        if FileManager.default.fileExists(atPath: relative) { return relative }
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent()
        for _ in 0..<5 {
            let candidate = directory.appendingPathComponent(relative).path
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
            directory.deleteLastPathComponent()
        }
        Diagnostics.error(
            "no \(relative) in the current directory or beside the assay executable; pass --pipeline FILE"
        )
        throw ExitCode(2)
    }
}
