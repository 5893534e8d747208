public import Logging

/// What a stage may use besides the document: a logger, and later gazetteers and a clock.
///
/// Stages get everything through the context, never from globals, so a pipeline runs the same in a test, on all
/// cores, or on another machine.
public struct StageContext: Sendable {
    public var logger: Logger

    public init(logger: Logger = Logger(label: "assay")) {
        self.logger = logger
    }
}
