import ArgumentParser
import Assay
import Foundation

/// Options of the commands that write a knowledge graph (`run` to a .jsonld/.nq file, `merge`).
struct GraphOptions: ParsableArguments {
    @Option(
        name: .shortAndLong,
        help: """
            Output format: records (annotation records, JSON Lines), jsonld or nquads. Default: from the output \
            name (.jsonld, .nq), else records for run and jsonld for merge.
            """
    )
    var format: OutputFormat?

    @Option(help: "The base IRI of the graph's nodes (default: the pipeline's graph.base, https://w3id.org/assay/id/).")
    var base: String?

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case records, jsonld, nquads
    }

    func validate() throws {
        if let base, !(base.hasSuffix("/") || base.hasSuffix("#")) || !base.contains(":") {
            throw ValidationError("--base must be an absolute IRI ending in / or #")
        }
    }

    /// The format to write: the option, else the output's extension, else `fallback`.
    func resolvedFormat(output: String?, fallback: OutputFormat) -> OutputFormat {
        if let format { return format }
        if let output {
            if output.hasSuffix(".jsonld") || output.hasSuffix(".json") { return .jsonld }
            if output.hasSuffix(".nq") || output.hasSuffix(".nquads") { return .nquads }
        }
        return fallback
    }

    /// Builds the graph of `records` with the pipeline's graph options and writes it atomically.
    func write(_ records: [DocumentRecord], pipeline: Pipeline, format: OutputFormat, to output: String?) throws {
        var pipeline = pipeline
        if let base { pipeline.graph.base = base }
        let builder: GraphBuilder
        do {
            builder = try GraphBuilder(pipeline: pipeline)
        } catch {
            Diagnostics.error(error.description)
            throw ExitCode(2)
        }
        let graph = builder.build(records)
        let sink = try OutputSink(path: output)
        try GraphEmitter(graph).write(format == .nquads ? .nquads : .jsonld) { try sink.write($0) }
        try sink.commit()
        Diagnostics.note(
            "graph: \(graph.records.count) documents, \(graph.resolution.entities.count) entities, "
                + "\(graph.facts.count) facts, \(graph.sources.groups.count) independent sources"
        )
    }
}
