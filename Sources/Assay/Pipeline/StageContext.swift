public import Logging

/// What a stage may use besides the document: a logger, and later gazetteers and a clock.
///
/// Stages get everything through the context, never from globals, so a pipeline runs the same in a test, on all
/// cores, or on another machine.
public struct StageContext: Sendable {
    public var logger: Logger
    /// The date relative expressions ("last week", "Aug 10") resolve against when a document gives no publication
    /// date: an ISO 8601 date (`2025-06-16`), from `--reference-date`. `nil`: keep what the text says.
    public var referenceDate: String?

    public init(logger: Logger = Logger(label: "assay"), referenceDate: String? = nil) {
        self.logger = logger
        self.referenceDate = referenceDate
    }
}
