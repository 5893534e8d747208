/// Cleans plain-text documents. (Being written: see the helper's work.)
public struct TextCleaner: Stage {
    public struct Configuration: StageConfiguration {
        public static let options: [String] = []
        public init() {}
    }

    public static let name = "clean-text"
    public static let requires: Set<Layer> = [.source]
    public static let provides: Set<Layer> = [.text, .metadata]

    public init(configuration: Configuration) {}

    public func process(_ document: inout Document, context: StageContext) throws(StageError) {
        guard document.format == .text else { return }
        var builder = CleanTextBuilder()
        builder.append(document.source, at: .aligned(0))
        document.text = builder.finish(source: document.source, removedBlocks: 0)
        document.layers.formUnion(Self.provides)
    }
}
