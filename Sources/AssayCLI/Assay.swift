import ArgumentParser
import Assay
import Foundation

/// The `assay` command: parses options and calls the `Assay` library, nothing more.
@main
struct AssayCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assay",
        abstract: "Turn dumps of news articles into a knowledge graph.",
        discussion: """
            Examples:
              assay run seeds -o graph.jsonld               # the whole job: clean, extract, resolve, score, emit
              assay run seeds -o out/seeds.jsonl            # annotation records of the default pipeline
              assay merge out/seeds.jsonl -o graph.jsonld   # the graph of stored annotation records
              assay clean dump.jsonl.gz -o clean.jsonl      # clean HTML and text from a JSON Lines dump
              cat dump.jsonl | assay clean - > clean.jsonl  # read JSON Lines from standard input

            Exit status: 0 all documents processed, 1 some documents failed (each reported on standard error),
            2 bad usage or a bad pipeline file.
            """,
        subcommands: [Clean.self, Extract.self, Run.self, Merge.self, Evaluate.self, Benchmark.self]
    )

    /// Maps errors to Assay's exit codes: usage mistakes exit 2 (ArgumentParser's default is 64).
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
