internal import Foundation

/// Runs a pipeline over a stream of inputs on several cores, handing results back in input order.
///
/// Reading stays sequential on the calling task; decoding and every stage run in child tasks, at most `jobs` at a
/// time, with a bounded window of finished results waiting for their turn, so memory stays flat however many
/// documents pass through.
///
/// ```swift
/// let runner = BatchRunner(pipeline: pipeline, jobs: 2)
/// let summary = try await runner.run(InputReader(paths: ["seeds"])) { result in
///     if case .success(let document) = result { print(document.id) }
/// }
/// ```
public struct BatchRunner: Sendable {
    public var pipeline: Pipeline
    public var jobs: Int
    public var context: StageContext

    /// Counts of what a run did.
    public struct Summary: Sendable, Equatable {
        public var succeeded = 0
        public var failed = 0
        public init() {}
    }

    /// - Parameter jobs: documents in flight at once; `nil` for one per core.
    public init(pipeline: Pipeline, jobs: Int? = nil, context: StageContext = StageContext()) {
        self.pipeline = pipeline
        self.jobs = max(1, jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        self.context = context
    }

    /// Decodes and processes one input item.
    public func process(_ item: InputItem) -> Result<Document, StageError> {
        switch item {
        case .failure(let error):
            return .failure(error)
        case .document(let raw):
            do throws(StageError) {
                var document = try DocumentDecoder.decode(raw)
                try pipeline.process(&document, context: context)
                return .success(document)
            } catch {
                var error = error
                if error.documentID == nil { error.documentID = raw.id }
                return .failure(error)
            }
        }
    }

    /// Processes every item; `emit` sees each result once, in input order.
    ///
    /// - Parameter failFast: stop at the first failure (the results before it are still emitted).
    /// - Throws: what `emit` throws (a full disk, say); a failing document is a result, not an error.
    public func run(
        _ items: some Sequence<InputItem>,
        failFast: Bool = false,
        emit: (Result<Document, StageError>) throws -> Void
    ) async throws -> Summary {
        var summary = Summary()
        var iterator = items.makeIterator()
        // Finished results wait here until every earlier one has been emitted.
        var finished: [Int: Result<Document, StageError>] = [:]
        var nextToEmit = 0
        var nextIndex = 0
        var stop = false
        let window = jobs * 4
        try await withThrowingTaskGroup(of: (Int, Result<Document, StageError>).self) { group in
            var running = 0
            func submit() -> Bool {
                guard !stop, let item = iterator.next() else { return false }
                let index = nextIndex
                nextIndex += 1
                running += 1
                let runner = self
                group.addTask { (index, runner.process(item)) }
                return true
            }
            while running < jobs, submit() {}
            while let (index, result) = try await group.next() {
                running -= 1
                finished[index] = result
                while let ready = finished.removeValue(forKey: nextToEmit) {
                    nextToEmit += 1
                    switch ready {
                    case .success: summary.succeeded += 1
                    case .failure:
                        summary.failed += 1
                        if failFast { stop = true }
                    }
                    try emit(ready)
                }
                while running < jobs, finished.count < window, submit() {}
            }
        }
        return summary
    }
}
