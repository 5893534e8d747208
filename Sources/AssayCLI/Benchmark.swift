import ArgumentParser
import Assay
import Foundation

/// `assay benchmark`: speed and memory figures, printed.
struct Benchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure speed and memory.",
        subcommands: [BenchmarkClean.self, BenchmarkMerge.self, BenchmarkGazetteer.self]
    )
}

/// `assay benchmark clean`: documents/s, MB/s of input and peak memory for the per-document path.
struct BenchmarkClean: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clean",
        abstract:
            "Time cleaning over a corpus held in memory; optionally against libxml2's bare parse and trafilatura.",
        discussion: """
            Build with -c release first. Example:
              swift build -c release
              .build/release/assay benchmark clean DATA/article-extraction/html --jobs 1 --repeat 3 \\
                  --bare-parse --trafilatura
            """
    )

    @Argument(help: "Pages: files or folders, as for assay clean.")
    var inputs: [String]

    @Option(help: "The pipeline to time (default: the built-in cleaning pipeline).")
    var pipeline: String?

    @Option(name: .shortAndLong, help: "Workers for the timed passes.")
    var jobs: Int = 1

    @Option(help: "Timed passes over the corpus (the figures are the median pass; memory is checked after each).")
    var `repeat`: Int = 3

    @Flag(help: "Also time libxml2's bare parse (full tree built and freed) of the same pages on one core.")
    var bareParse = false

    @Flag(help: "Also time trafilatura on the same pages on one core (needs Python with trafilatura).")
    var trafilatura = false

    @Option(help: "The Python interpreter for --trafilatura (default: .venv/bin/python if present, else python3).")
    var python: String?

    func run() async throws {
        HTMLCleaner.initializeParser()
        let chosen = try pipeline.map { try PipelineLoader().load(contentsOf: $0) } ?? .cleaning()
        let corpus = CleaningBenchmark.Corpus(paths: inputs)
        let memoryAfterLoad = CleaningBenchmark.peakMemoryMegabytes()
        print(
            String(
                format: "corpus: %d documents, %.1f MB (%d unreadable); peak memory after loading %.0f MB",
                corpus.documents.count,
                Double(corpus.bytes) / 1e6,
                corpus.unreadable,
                memoryAfterLoad
            )
        )
        let benchmark = CleaningBenchmark(pipeline: chosen)
        var passes: [CleaningBenchmark.Pass] = []
        for index in 1...max(1, self.repeat) {
            let pass = await benchmark.run(corpus, jobs: jobs)
            passes.append(pass)
            print(
                String(
                    format: "pass %d: %.2f s  %.1f documents/s  %.1f MB/s  (%d failed)  peak memory %.0f MB",
                    index,
                    pass.seconds,
                    pass.documentsPerSecond,
                    pass.megabytesPerSecond,
                    pass.failed,
                    CleaningBenchmark.peakMemoryMegabytes()
                )
            )
        }
        let median = passes.sorted { $0.seconds < $1.seconds }[passes.count / 2]
        print(
            String(
                format: "assay (%@, %d job%@): %.1f documents/s, %.1f MB/s of input (median of %d passes)",
                chosen.name,
                jobs,
                jobs == 1 ? "" : "s",
                median.documentsPerSecond,
                median.megabytesPerSecond,
                passes.count
            )
        )
        let total = median.stepSeconds.reduce(0) { $0 + $1.seconds }
        for step in median.stepSeconds {
            print(
                String(
                    format: "  %-14@ %6.1f %%  %.3f s",
                    step.name as NSString,
                    100 * step.seconds / max(total, 1e-9),
                    step.seconds
                )
            )
        }
        if bareParse {
            let bare = CleaningBenchmark.bareParse(corpus)
            print(
                String(
                    format: "libxml2 bare parse (1 core): %.1f documents/s, %.1f MB/s; assay runs at %.0f %% of it",
                    bare.documentsPerSecond,
                    bare.megabytesPerSecond,
                    100 * median.megabytesPerSecond / bare.megabytesPerSecond
                )
            )
        }
        if trafilatura {
            try runTrafilatura(baseline: median)
        }
        print(String(format: "peak memory: %.0f MB", CleaningBenchmark.peakMemoryMegabytes()))
    }

    private func runTrafilatura(baseline: CleaningBenchmark.Pass) throws {
        let interpreter =
            python
            ?? (FileManager.default.isExecutableFile(atPath: ".venv/bin/python") ? ".venv/bin/python" : "python3")
        guard let script = ResourceLocator.locate("Scripts/benchmark_trafilatura.py") else {
            Diagnostics.error("Scripts/benchmark_trafilatura.py not found in the current directory or the checkout")
            throw ExitCode(2)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [interpreter, script] + inputs
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0,
            let result = try JSONSerialization.jsonObject(with: output) as? [String: Double],
            let seconds = result["seconds"], let bytes = result["bytes"], let documents = result["documents"]
        else {
            Diagnostics.error("trafilatura run failed (is it installed for \(interpreter)? see README)")
            throw ExitCode(1)
        }
        let megabytesPerSecond = bytes / 1e6 / seconds
        print(
            String(
                format: "trafilatura (1 core): %.1f documents/s, %.1f MB/s; assay is %.1f× faster",
                documents / seconds,
                megabytesPerSecond,
                baseline.megabytesPerSecond / megabytesPerSecond
            )
        )
    }
}

/// `assay benchmark merge`: how the corpus stages grow with the corpus.
struct BenchmarkMerge: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Time graph building (resolution, facts, agreement, JSON-LD) on records replicated 1×, 10×, 100×.",
        discussion: """
            Build with -c release first. Example:
              .build/release/assay extract DATA/article-extraction/html seeds -o /tmp/records.jsonl
              .build/release/assay benchmark merge /tmp/records.jsonl --scales 1,10,100
            Copies get new ids and percentages shifted by a few points. Peak memory is the process's peak so far, \
            so each row's figure includes the smaller scales before it; for one scale alone, write the copies with \
            --write and time `assay merge` on them with /usr/bin/time -v.
            """
    )

    @Argument(help: "Annotation record files (assay extract output).")
    var records: [String]

    @Option(help: "Comma-separated replication factors.")
    var scales: String = "1,10,100"

    @Option(help: "Also write the records of the largest scale to this JSON Lines file.")
    var write: String?

    @Option(help: "The pipeline file whose graph: options apply (default: Pipelines/news.yaml).")
    var pipeline: String?

    func run() async throws {
        let factors = scales.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard !factors.isEmpty, factors.allSatisfy({ $0 >= 1 }) else {
            throw ValidationError("--scales takes positive whole numbers, e.g. 1,10,100")
        }
        let read = RecordReader().read(paths: records)
        for problem in read.problems { Diagnostics.error(problem) }
        guard !read.records.isEmpty else { throw ExitCode(1) }
        let builder: GraphBuilder
        do {
            builder = try GraphBuilder(pipeline: Run.loadPipeline(pipeline))
        } catch let error as GazetteerError {
            Diagnostics.error(error.description)
            throw ExitCode(2)
        }
        print("scale  documents  mentions  entities    facts  build s  emit s  JSON-LD MB  docs/s  peak MB")
        let rows = try MergeBenchmark.run(read.records, scales: factors, builder: builder)
        for row in rows {
            print(
                String(
                    format: "%5d  %9d  %8d  %8d  %7d  %7.2f  %6.2f  %10.1f  %6.0f  %7.0f",
                    row.scale,
                    row.documents,
                    row.mentions,
                    row.entities,
                    row.facts,
                    row.buildSeconds,
                    row.emitSeconds,
                    Double(row.outputBytes) / 1e6,
                    Double(row.documents) / max(row.buildSeconds + row.emitSeconds, 1e-9),
                    row.peakMegabytes
                )
            )
        }
        if let write, let largest = factors.max() {
            let sink = try OutputSink(path: write)
            for record in MergeBenchmark.replicate(read.records, times: largest) { try sink.write(record.jsonLine()) }
            try sink.commit()
        }
    }
}

/// `assay benchmark gazetteer`: loading and matching a gazetteer of a million entries.
struct BenchmarkGazetteer: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gazetteer",
        abstract: "Time loading a synthetic gazetteer, building its matcher, and matching texts of growing length.",
        discussion: """
            Build with -c release first. Example:
              .build/release/assay benchmark gazetteer --entries 1000000
            """
    )

    @Option(help: "Entries in the synthetic gazetteer (each with three aliases).")
    var entries: Int = 1_000_000

    @Option(help: "Comma-separated text lengths, in tokens, to match.")
    var tokens: String = "10000,100000,1000000"

    func run() async throws {
        let lengths = tokens.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard entries >= 1, !lengths.isEmpty else { throw ValidationError("--entries and --tokens must be positive") }
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("assay-gazetteer-benchmark-\(ProcessInfo.processInfo.processIdentifier)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let report = try GazetteerBenchmark.run(entries: entries, textTokens: lengths, directory: directory.path)
        print(
            String(
                format: "gazetteer: %d entries (%d names), %.1f MB: parsed in %.2f s, matcher built in %.2f s",
                report.entries,
                report.entries * 4,
                Double(report.fileBytes) / 1e6,
                report.loadSeconds,
                report.buildSeconds
            )
        )
        print("tokens     matches   seconds   tokens/s")
        for row in report.matching {
            print(
                String(
                    format: "%9d  %8d  %8.3f  %9.0f",
                    row.tokens,
                    row.matches,
                    row.seconds,
                    Double(row.tokens) / max(row.seconds, 1e-9)
                )
            )
        }
        print(String(format: "peak memory: %.0f MB", report.peakMegabytes))
    }
}
