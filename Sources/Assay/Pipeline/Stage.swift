/// One step of a pipeline: reads some layers of a ``Document`` and fills in others.
///
/// A stage is a small value with a name, the layers it needs and adds, and a typed configuration with defaults.
/// Adding a stage means writing a type that conforms to `Stage` and listing it in ``StageRegistry/standard``.
///
/// ```swift
/// struct Shouter: Stage {
///     struct Configuration: StageConfiguration { … }
///     static let name = "shout"
///     static let requires: Set<Layer> = [.text]
///     static let provides: Set<Layer> = []
///     init(configuration: Configuration) {}
///     func process(_ document: inout Document, context: StageContext) throws(StageError) { … }
/// }
/// ```
public protocol Stage: Sendable {
    associatedtype Configuration: StageConfiguration

    /// The key used in `Pipelines/*.yaml` and in diagnostics, e.g. `"clean-html"`.
    static var name: String { get }
    /// Layers an earlier stage must provide.
    static var requires: Set<Layer> { get }
    /// Layers this stage adds.
    static var provides: Set<Layer> { get }

    init(configuration: Configuration)

    /// Adds this stage's layers to `document`.
    ///
    /// - Throws: ``StageError`` when this document cannot be processed; the batch goes on without it.
    func process(_ document: inout Document, context: StageContext) throws(StageError)
}

/// A stage's options, decoded from its entry in a pipeline file; `init()` gives the defaults.
///
/// Keys are kebab-case in the file. ``options`` lists every key the type understands, so that a misspelt key is an
/// error pointing at its line rather than a silently ignored setting.
public protocol StageConfiguration: Decodable, Sendable {
    init()
    /// Every option key this configuration accepts.
    static var options: [String] { get }
}
