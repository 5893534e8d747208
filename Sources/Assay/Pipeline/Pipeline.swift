/// An ordered list of configured stages whose requirements have been checked.
///
/// Build one from a file with ``PipelineLoader``; building checks that every stage's required layers are provided
/// by an earlier stage (or are the ``Layer/source`` every document starts with).
///
/// ```swift
/// let pipeline = try PipelineLoader().load(contentsOf: "Pipelines/news.yaml")
/// var document = …
/// try pipeline.process(&document, context: StageContext())
/// ```
public struct Pipeline: Sendable {
    /// The name the file gives, e.g. `"news"`.
    public let name: String
    public let stages: [AnyStage]
    /// The file's text, kept so the run can record exactly which pipeline produced its output.
    public let definition: String
    /// The options of the corpus stages, from the file's `graph:` mapping.
    public var graph = GraphConfiguration()

    /// Checks stage order and builds the pipeline.
    ///
    /// - Parameter locate: where stage `i` is declared, for the error message.
    /// - Throws: ``PipelineError`` when a stage needs a layer no earlier stage provides.
    public init(
        name: String,
        stages: [AnyStage],
        definition: String = "",
        file: String = "<pipeline>",
        locate: (Int) -> (line: Int?, column: Int?) = { _ in (nil, nil) }
    ) throws(PipelineError) {
        var provided: Set<Layer> = [.source]
        for (index, stage) in stages.enumerated() {
            let missing = stage.requires.subtracting(provided)
            if !missing.isEmpty {
                let (line, column) = locate(index)
                let names = missing.sorted().map { "'\($0)'" }.joined(separator: ", ")
                throw PipelineError(
                    file: file,
                    line: line,
                    column: column,
                    message: "stage '\(stage.name)' requires \(names), which no earlier stage provides"
                )
            }
            provided.formUnion(stage.provides)
        }
        self.name = name
        self.stages = stages
        self.definition = definition
    }

    /// The layers a document has after every stage ran.
    public var provides: Set<Layer> {
        stages.reduce(into: [.source]) { $0.formUnion($1.provides) }
    }

    /// Runs every stage on `document`, in order.
    ///
    /// - Throws: the first ``StageError``; the document is then left as that stage found it.
    public func process(_ document: inout Document, context: StageContext) throws(StageError) {
        for stage in stages {
            let missing = stage.requires.subtracting(document.layers)
            if !missing.isEmpty {
                let names = missing.sorted().map(\.name).joined(separator: ", ")
                throw StageError(
                    .missingLayer,
                    stage: stage.name,
                    documentID: document.id,
                    message: "no stage of this pipeline provided \(names) for a \(document.format.rawValue) document"
                )
            }
            try stage.process(&document, context: context)
        }
    }
}
