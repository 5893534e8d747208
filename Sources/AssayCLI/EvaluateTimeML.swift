import ArgumentParser
import Assay
import Foundation

/// `assay evaluate timeml`: dates and durations against TimeML gold (TempEval-3 style scores).
struct EvaluateTimeML: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeml",
        abstract: "Score dates and durations against TimeML (.tml) files: strict and relaxed span F1, and value F1.",
        discussion: """
            Each file's <TEXT> runs through the pipeline as plain text, with the document creation time as its
            publication date; TIMEX3 elements are the gold. Value F1 counts relaxed (overlapping) matches whose
            normalised value equals the gold value, as TempEval-3 does.
            Example:
              assay evaluate timeml DATA/tempeval3/test
            """
    )

    @Argument(help: "TimeML files or folders of them.")
    var inputs: [String]

    @Option(help: "The pipeline (default: Pipelines/timeml.yaml, news.yaml with TimeML's vague references).")
    var pipeline: String?

    func run() async throws {
        let loaded = try Run.loadPipeline(pipeline, default: "Pipelines/timeml.yaml")
        var documents: [TimeMLDocument] = []
        for path in Self.files(inputs) {
            do {
                let markup = try String(contentsOfFile: path, encoding: .utf8)
                documents.append(try TimeMLDocument(markup: markup, file: path))
            } catch {
                Diagnostics.error("\(path): \(error)")
                throw ExitCode(2)
            }
        }
        var total = TimexScorer.Scores()
        let records = try await GoldTexts.records(
            documents.map { .init(id: $0.id, text: $0.text, published: $0.creationTime, file: $0.id) },
            origin: "TimeML",
            pipeline: loaded
        )
        for gold in documents {
            guard let record = records[gold.id] else { continue }
            // Compare in the TimeML text's own offsets: the mentions' source offsets.
            let mentions = (record.mentions ?? []).map { mention in
                var mention = mention
                mention.start = mention.sourceStart ?? mention.start
                mention.end = mention.sourceEnd ?? mention.end
                return mention
            }
            total = total + TimexScorer.score(gold: gold.timexes, predicted: mentions)
        }
        print(
            String(
                format: "documents=%d gold=%d predicted=%d  strict F1=%.3f  relaxed F1=%.3f  value F1=%.3f",
                documents.count,
                total.gold,
                total.predicted,
                total.strictF1,
                total.relaxedF1,
                total.valueF1
            )
        )
    }

    static func files(_ inputs: [String]) -> [String] {
        var result: [String] = []
        for input in inputs {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory), isDirectory.boolValue {
                let names = (try? FileManager.default.subpathsOfDirectory(atPath: input)) ?? []
                result += names.filter { $0.hasSuffix(".tml") }.sorted().map { input + "/" + $0 }
            } else {
                result.append(input)
            }
        }
        return result
    }
}
