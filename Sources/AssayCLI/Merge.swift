import ArgumentParser
import Assay
import Foundation

/// `assay merge`: the knowledge graph of stored annotation records.
struct Merge: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the knowledge graph (JSON-LD or N-Quads) from stored annotation records.",
        discussion: """
            Reads what `assay extract` wrote (JSON Lines, optionally gzipped, - for standard input) and runs the \
            corpus stages only: cross-document resolution, facts, source grouping and agreement scoring. The graph \
            is the one `assay run INPUT -o graph.jsonld` builds from the same documents.
            Examples:
              assay extract seeds -o out/seeds.jsonl && assay merge out/seeds.jsonl -o out/graph.jsonld
              assay merge part-*.jsonl.gz -f nquads -o graph.nq
            A line that is not an annotation record is reported (file:line) and skipped; the exit status is then 1.
            """
    )

    @Argument(help: "Annotation record files (.jsonl, .jsonl.gz) or - for standard input.")
    var records: [String]

    @Option(name: .shortAndLong, help: "Where to write the graph (atomically); - or omitted for standard output.")
    var output: String?

    @Option(help: "The pipeline file whose graph: options apply (default: Pipelines/news.yaml).")
    var pipeline: String?

    @OptionGroup var graph: GraphOptions

    func validate() throws {
        guard !records.isEmpty else { throw ValidationError("give at least one record file") }
        if graph.format == .records { throw ValidationError("merge writes a graph: --format jsonld or nquads") }
    }

    func run() async throws {
        let loaded = try Run.loadPipeline(pipeline)
        let result = RecordReader().read(paths: records)
        for problem in result.problems { Diagnostics.error(problem) }
        if result.errorRecords > 0 {
            Diagnostics.warn("\(result.errorRecords) assay.error records (documents that failed extraction) skipped")
        }
        try graph.write(
            result.records,
            pipeline: loaded,
            format: graph.resolvedFormat(output: output, fallback: .jsonld),
            to: output
        )
        if !result.problems.isEmpty { throw ExitCode(1) }
    }
}
