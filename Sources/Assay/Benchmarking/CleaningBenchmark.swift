internal import Foundation

/// Times the per-document path (decode, then every stage of a pipeline) over a corpus held in memory, and the
/// bare libxml2 parse of the same pages for comparison.
///
/// ```swift
/// let corpus = try CleaningBenchmark.Corpus(paths: ["pages/"])
/// let pass = await CleaningBenchmark(pipeline: .cleaning()).run(corpus, jobs: 1)
/// print(pass.megabytesPerSecond)
/// ```
public struct CleaningBenchmark: Sendable {
    /// Documents read into memory up front, so that timing excludes the disk.
    public struct Corpus: Sendable {
        public var documents: [RawDocument]
        /// Bytes of the documents as stored (after gzip decompression).
        public var bytes: Int
        public var unreadable: Int

        public init(paths: [String]) {
            var documents: [RawDocument] = []
            var bytes = 0
            var unreadable = 0
            for item in InputReader(paths: paths) {
                switch item {
                case .document(let raw):
                    switch raw.content {
                    case .bytes(let content): bytes += content.count
                    case .text(let text): bytes += text.utf8.count
                    }
                    documents.append(raw)
                case .failure:
                    unreadable += 1
                }
            }
            self.documents = documents
            self.bytes = bytes
            self.unreadable = unreadable
        }
    }

    /// What one timed pass measured.
    public struct Pass: Sendable {
        public var documents: Int
        public var failed: Int
        public var bytes: Int
        public var seconds: Double
        /// Seconds spent in each step, summed over documents (CPU-side wall time per step, one worker's view).
        public var stepSeconds: [(name: String, seconds: Double)]

        public var documentsPerSecond: Double { Double(documents) / max(seconds, 1e-9) }
        public var megabytesPerSecond: Double { Double(bytes) / 1_000_000 / max(seconds, 1e-9) }
    }

    public var pipeline: Pipeline
    public var context: StageContext

    public init(pipeline: Pipeline, context: StageContext = StageContext()) {
        self.pipeline = pipeline
        self.context = context
    }

    /// Runs the whole per-document path over the corpus with `jobs` workers.
    public func run(_ corpus: Corpus, jobs: Int) async -> Pass {
        let start = DispatchTime.now()
        let workers = max(1, jobs)
        let chunks = (0..<workers).map { worker in
            stride(from: worker, to: corpus.documents.count, by: workers).map { corpus.documents[$0] }
        }
        let results = await withTaskGroup(of: ([Double], Int).self) { group in
            for chunk in chunks {
                group.addTask { self.timeSequentially(chunk) }
            }
            var steps = Array(repeating: 0.0, count: pipeline.stages.count + 2)
            var failed = 0
            for await (chunkSteps, chunkFailed) in group {
                for index in steps.indices { steps[index] += chunkSteps[index] }
                failed += chunkFailed
            }
            return (steps, failed)
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        let names = ["decode"] + pipeline.stages.map(\.name) + ["write record"]
        return Pass(
            documents: corpus.documents.count,
            failed: results.1,
            bytes: corpus.bytes,
            seconds: seconds,
            stepSeconds: Array(zip(names, results.0)).map { (name: $0.0, seconds: $0.1) }
        )
    }

    private func timeSequentially(_ documents: [RawDocument]) -> ([Double], Int) {
        var steps = Array(repeating: 0.0, count: pipeline.stages.count + 2)
        var failed = 0
        for raw in documents {
            var clock = DispatchTime.now().uptimeNanoseconds
            func lap(_ step: Int) {
                let now = DispatchTime.now().uptimeNanoseconds
                steps[step] += Double(now - clock) / 1e9
                clock = now
            }
            do throws(StageError) {
                var document = try DocumentDecoder.decode(raw)
                lap(0)
                for (index, stage) in pipeline.stages.enumerated() {
                    try stage.process(&document, context: context)
                    lap(index + 1)
                }
                // Encoding the record is part of the per-document path; the bytes are dropped, not written.
                _ = DocumentRecord(document).jsonLine()
                lap(pipeline.stages.count + 1)
            } catch {
                failed += 1
            }
        }
        return (steps, failed)
    }

    /// Parses every HTML document with libxml2 into a full tree and frees it, on one core: the baseline.
    public static func bareParse(_ corpus: Corpus) -> Pass {
        var decoded: [String] = []
        for raw in corpus.documents where raw.format == .html {
            if let document = try? DocumentDecoder.decode(raw) { decoded.append(document.source) }
        }
        let start = DispatchTime.now()
        var failed = 0
        for var source in decoded {
            let parsed = source.withUTF8 { HTMLParser.bareParse(utf8: $0) }
            if !parsed { failed += 1 }
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        let bytes = decoded.reduce(0) { $0 + $1.utf8.count }
        return Pass(documents: decoded.count, failed: failed, bytes: bytes, seconds: seconds, stepSeconds: [])
    }

    /// The process's peak resident memory so far, in megabytes.
    public static func peakMemoryMegabytes() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024  // Linux reports kilobytes.
    }
}
