import ArgumentParser
import Assay
import Foundation

/// `assay evaluate extraction`: per-type precision, recall and F1 of mentions against a gold JSON Lines file.
struct EvaluateExtraction: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extraction",
        abstract: "Score entity and value extraction against gold spans, per type, by span and by document.",
        discussion: """
            The gold file is JSON Lines: {"id", "text", "entities": [{"start", "end", "type", "value"?}]}, offsets in
            Unicode scalars of text (the re3d release's format). Each line's text is run through the pipeline as a
            plain-text document and predicted mentions are compared through their source offsets. A line that gives
            "sentences" and "eval_sentences" (ECB+) is scored inside those sentences only.
            Examples:
              assay evaluate extraction --gold DATA/re3d/dev.jsonl --types Person,Organization,Place
              assay evaluate extraction --gold Tests/ExtractionTests/Fixtures/news-gold.jsonl
              assay evaluate extraction --gold DATA/ecbplus/dev.jsonl --types Person,Organization,Place --names-only
            """
    )

    @Option(help: "The gold JSON Lines file.")
    var gold: String

    @Option(help: "The pipeline (default: Pipelines/news.yaml).")
    var pipeline: String?

    @Option(help: "Only these types, comma-separated (default: every type the gold file has).")
    var types: String?

    @Option(help: "Leave out gold spans whose confidence is below this (re3d: 0 = not validated).")
    var minimumConfidence: Double = 0

    @Option(help: "The date relative expressions resolve against, for documents without one.")
    var referenceDate: String?

    @Flag(
        help: """
            Score names only: gold spans narrowed to their name ("in Paris" → "Paris"), pronouns and lower-case \
            nominals left out — for sets such as ECB+ and re3d that also mark "he" and "the city".
            """
    )
    var namesOnly = false

    @Option(name: .shortAndLong, help: "Documents processed in parallel.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    func run() async throws {
        let loaded = try Run.loadPipeline(pipeline)
        var goldDocuments: [ExtractionEvaluator.GoldDocument] = []
        let decoder = JSONDecoder()
        let text = try String(contentsOfFile: gold, encoding: .utf8)
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            do {
                goldDocuments.append(try decoder.decode(ExtractionEvaluator.GoldDocument.self, from: Data(line.utf8)))
            } catch {
                Diagnostics.error("\(gold):\(number + 1): not a gold record: \(error)")
                throw ExitCode(2)
            }
        }
        let records = try await GoldTexts.records(
            goldDocuments.map { .init(id: $0.id, text: $0.text, published: $0.published) },
            origin: gold,
            pipeline: loaded,
            jobs: jobs,
            referenceDate: referenceDate
        )
        let predicted = records.mapValues { $0.mentions ?? [] }
        var evaluator = ExtractionEvaluator(minimumConfidence: minimumConfidence)
        evaluator.namesOnly = namesOnly
        if let types {
            let wanted = Set(types.split(separator: ",").compactMap { MentionType(rawValue: String($0)) })
            evaluator.typeMap = evaluator.typeMap.filter { wanted.contains($0.value) }
        }
        let goldTypes = Set(goldDocuments.flatMap(\.entities).compactMap { evaluator.typeMap[$0.type] })
        let report = evaluator.score(gold: goldDocuments, predicted: predicted)
        print("documents=\(report.documents)")
        print("type          level     precision  recall  F1     (tp/fp/fn)")
        for type in MentionType.allCases where goldTypes.contains(type) {
            guard let scores = report.types[type] else { continue }
            for (level, counts) in [("document", scores.document), ("span", scores.span)] {
                let name = type.rawValue.padding(toLength: 13, withPad: " ", startingAt: 0)
                let levelName = level.padding(toLength: 9, withPad: " ", startingAt: 0)
                print(
                    name + " " + levelName + " "
                        + String(
                            format: "%.3f      %.3f   %.3f  (%d/%d/%d)",
                            counts.precision,
                            counts.recall,
                            counts.f1,
                            counts.truePositives,
                            counts.falsePositives,
                            counts.falseNegatives
                        )
                )
            }
        }
    }
}
