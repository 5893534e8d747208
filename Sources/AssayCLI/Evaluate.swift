import ArgumentParser
import Assay
import Foundation

/// `assay evaluate`: measure quality against public gold data.
struct Evaluate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score Assay against gold data.",
        subcommands: [EvaluateCleaning.self, EvaluateExtraction.self, EvaluateResolution.self, EvaluateTimeML.self]
    )
}

/// `assay evaluate cleaning`: article-body extraction, scored as the article-extraction benchmark scores it.
struct EvaluateCleaning: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cleaning",
        abstract:
            "Score article-body extraction against a ground-truth.json (Scrapinghub article-extraction-benchmark format).",
        discussion: """
            The pages are the benchmark's html/ folder (ID.html.gz); each ID is looked up in the gold file.
            Example:
              assay evaluate cleaning --gold DATA/article-extraction/ground-truth.json \\
                  DATA/article-extraction/html
            """
    )

    @Option(help: "The gold file: {\"ID\": {\"articleBody\": \"…\"}, …}.")
    var gold: String

    @Argument(help: "The folder of pages (ID.html or ID.html.gz).")
    var pages: String

    @Option(help: "Also write the predictions in the benchmark's own format, for its evaluate.py.")
    var predictions: String?

    @Option(help: "How many of the worst documents to list.")
    var worst: Int = 10

    @Option(name: .shortAndLong, help: "Documents processed in parallel.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    func run() async throws {
        HTMLCleaner.initializeParser()
        let goldData = try Data(contentsOf: URL(fileURLWithPath: gold))
        guard let goldObject = try JSONSerialization.jsonObject(with: goldData) as? [String: [String: Any]] else {
            Diagnostics.error("\(gold): expected {\"ID\": {\"articleBody\": …}}")
            throw ExitCode(2)
        }
        var predicted: [String: String] = [:]
        let runner = BatchRunner(pipeline: .cleaning(), jobs: jobs)
        _ = try await runner.run(InputReader(paths: [pages])) { result in
            switch result {
            case .success(let document):
                predicted[Self.pageID(document.id)] = document.text?.string ?? ""
            case .failure(let error):
                Diagnostics.warn(error.description)
            }
        }
        var rows: [(id: String, counts: ExtractionScorer.Counts)] = []
        for id in goldObject.keys.sorted() {
            let goldBody = goldObject[id]?["articleBody"] as? String ?? ""
            rows.append((id, ExtractionScorer.compare(gold: goldBody, predicted: predicted[id] ?? "")))
        }
        let missing = goldObject.keys.filter { predicted[$0] == nil }.count
        let metrics = ExtractionScorer.metrics(rows.map(\.counts))
        print(
            String(
                format: "documents=%d  missing=%d  precision=%.3f  recall=%.3f  F1=%.3f",
                rows.count,
                missing,
                metrics.precision,
                metrics.recall,
                metrics.f1
            )
        )
        if worst > 0 {
            print("worst documents:")
            for row in rows.sorted(by: {
                min($0.counts.precision, $0.counts.recall) < min($1.counts.precision, $1.counts.recall)
            }).prefix(worst) {
                let url = goldObject[row.id]?["url"] as? String ?? ""
                print(
                    String(
                        format: "  P=%.2f R=%.2f  %@  %@",
                        row.counts.precision,
                        row.counts.recall,
                        String(row.id.prefix(16)),
                        url
                    )
                )
            }
        }
        if let predictions {
            let object = predicted.mapValues { ["articleBody": $0] }
            let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
            let file = try AtomicFile(path: predictions)
            try file.write(Array(data))
            try file.commit()
        }
    }

    /// `0a1b….html.gz` → `0a1b…`.
    static func pageID(_ documentID: String) -> String {
        var name = (documentID as NSString).lastPathComponent
        for suffix in [".gz", ".html", ".htm"] where name.hasSuffix(suffix) {
            name.removeLast(suffix.count)
        }
        return name
    }
}
