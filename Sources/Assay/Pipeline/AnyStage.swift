/// A configured stage of any type, as a pipeline holds it.
public struct AnyStage: Sendable {
    public let name: String
    public let requires: Set<Layer>
    public let provides: Set<Layer>
    private let body: @Sendable (inout Document, StageContext) throws(StageError) -> Void

    public init<S: Stage>(_ stage: S) {
        name = S.name
        requires = S.requires
        provides = S.provides
        body = { (document: inout Document, context: StageContext) throws(StageError) in
            try stage.process(&document, context: context)
        }
    }

    public func process(_ document: inout Document, context: StageContext) throws(StageError) {
        try body(&document, context)
    }
}
