import ArgumentParser
import Assay
import Foundation

/// Options every command that processes documents shares.
struct ProcessingOptions: ParsableArguments {
    @Argument(
        help:
            "Files (.html, .htm, .xhtml, .txt, their .gz forms, .jsonl, .jsonl.gz), directories, or - for JSON Lines on standard input."
    )
    var inputs: [String]

    @Option(
        name: .shortAndLong,
        help: "Where to write the JSON Lines output (written atomically); - or omitted for standard output."
    )
    var output: String?

    @Option(name: .shortAndLong, help: "Documents processed in parallel (default: all cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(help: "Stop at the first document that fails.")
    var failFast = false

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        guard !inputs.isEmpty else { throw ValidationError("give at least one input") }
    }

    /// Runs `pipeline` over the inputs and writes one record per document; exits 1 if any failed.
    ///
    /// - Parameter errorRecords: write an `assay.error` record for each failed document, keeping output lines
    ///   one-to-one with inputs.
    func run(
        _ pipeline: Pipeline,
        errorRecords: Bool = false,
        referenceDate: String? = nil,
        graph: (options: GraphOptions, format: GraphOptions.OutputFormat)? = nil
    ) async throws {
        HTMLCleaner.initializeParser()
        // A graph needs every record first; records go straight to the output otherwise.
        let sink = graph == nil ? try OutputSink(path: output) : nil
        var collected: [DocumentRecord] = []
        let runner = BatchRunner(pipeline: pipeline, jobs: jobs, context: StageContext(referenceDate: referenceDate))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let reader = InputReader(paths: inputs)
        let summary = try await runner.run(reader, failFast: failFast) { result in
            switch result {
            case .success(let document):
                for warning in document.warnings {
                    Diagnostics.warn("\(document.origin): \(warning)")
                }
                if let sink {
                    try sink.write(DocumentRecord(document).jsonLine())
                } else {
                    collected.append(DocumentRecord(document))
                }
            case .failure(let error):
                Diagnostics.error(error.description)
                if errorRecords, let sink {
                    var line = try encoder.encode(ErrorRecord(error))
                    line.append(0x0A)
                    try sink.write(Array(line))
                }
            }
        }
        if let sink {
            try sink.commit()
            Diagnostics.note("\(summary.succeeded) documents written, \(summary.failed) failed")
        } else if let graph {
            Diagnostics.note("\(summary.succeeded) documents processed, \(summary.failed) failed")
            try graph.options.write(collected, pipeline: pipeline, format: graph.format, to: output)
        }
        if summary.failed > 0 { throw ExitCode(1) }
    }
}

/// Standard output, or an atomically written file.
final class OutputSink {
    private let file: AtomicFile?

    init(path: String?) throws {
        if let path, path != "-" {
            file = try AtomicFile(path: path)
        } else {
            file = nil
        }
    }

    func write(_ bytes: [UInt8]) throws {
        if let file {
            try file.write(bytes)
        } else {
            FileHandle.standardOutput.write(Data(bytes))
        }
    }

    func commit() throws {
        try file?.commit()
    }
}

/// Messages on standard error.
enum Diagnostics {
    static func error(_ message: String) { write("error: " + message) }
    static func warn(_ message: String) { write("warning: " + message) }
    static func note(_ message: String) { write(message) }

    private static func write(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}
