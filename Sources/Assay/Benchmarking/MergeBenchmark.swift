internal import Dispatch

/// Times the corpus stages on a corpus replicated 1×, 10×, 100×…, to show how graph building grows with size.
///
/// Each copy of a record gets a new id and its percentages shifted a little (copy k adds k mod 5 points), so the
/// copies are near-duplicates that disagree on some numbers, as syndicated and rewritten stories do.
///
/// ```swift
/// let rows = try MergeBenchmark.run(records, scales: [1, 10, 100], builder: builder)
/// rows.map(\.seconds)  // grows about tenfold per row when building is near-linear
/// ```
public enum MergeBenchmark {
    public struct Row: Sendable {
        public var scale: Int
        public var documents: Int
        public var mentions: Int
        public var entities: Int
        public var facts: Int
        /// Resolution, facts, sources and agreement.
        public var buildSeconds: Double
        /// Writing the JSON-LD.
        public var emitSeconds: Double
        public var outputBytes: Int
        /// The process's peak resident memory so far (scales run in ascending order).
        public var peakMegabytes: Double
    }

    /// `times` copies of every record, perturbed as the type describes; copy 0 is the record itself.
    public static func replicate(_ records: [DocumentRecord], times: Int) -> [DocumentRecord] {
        var result: [DocumentRecord] = []
        result.reserveCapacity(records.count * times)
        for copy in 0..<times {
            for record in records {
                guard copy > 0 else {
                    result.append(record)
                    continue
                }
                var replica = record
                replica.id = record.id + "~\(copy)"
                replica.mentions = record.mentions?.map { mention in
                    guard mention.type == .percent, let value = mention.value.flatMap(Double.init) else {
                        return mention
                    }
                    var shifted = mention
                    let delta = Double(copy % 5)
                    shifted.value = RDFValue.formatNumber(value + delta)
                    shifted.lower = mention.lower.map { $0 + delta }
                    shifted.upper = mention.upper.map { $0 + delta }
                    return shifted
                }
                result.append(replica)
            }
        }
        return result
    }

    /// Builds and emits the graph of `records` replicated at each scale, smallest first.
    public static func run(_ records: [DocumentRecord], scales: [Int], builder: GraphBuilder) throws -> [Row] {
        var rows: [Row] = []
        for scale in scales.sorted() {
            let corpus = replicate(records, times: scale)
            let start = DispatchTime.now()
            let graph = builder.build(corpus)
            let built = DispatchTime.now()
            var bytes = 0
            try GraphEmitter(graph).write(.jsonld) { bytes += $0.count }
            let emitted = DispatchTime.now()
            rows.append(
                Row(
                    scale: scale,
                    documents: corpus.count,
                    mentions: corpus.reduce(0) { $0 + ($1.mentions?.count ?? 0) },
                    entities: graph.resolution.entities.count,
                    facts: graph.facts.count,
                    buildSeconds: Double(built.uptimeNanoseconds - start.uptimeNanoseconds) / 1e9,
                    emitSeconds: Double(emitted.uptimeNanoseconds - built.uptimeNanoseconds) / 1e9,
                    outputBytes: bytes,
                    peakMegabytes: CleaningBenchmark.peakMemoryMegabytes()
                )
            )
        }
        return rows
    }
}
