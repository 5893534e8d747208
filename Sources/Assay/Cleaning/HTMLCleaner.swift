/// Cleans HTML documents. (Being written.)
public struct HTMLCleaner: Stage {
    public struct Configuration: StageConfiguration {
        public static let options: [String] = []
        public init() {}
    }

    public static let name = "clean-html"
    public static let requires: Set<Layer> = [.source]
    public static let provides: Set<Layer> = [.text, .metadata]

    public init(configuration: Configuration) {}

    public func process(_ document: inout Document, context: StageContext) throws(StageError) {
        guard document.format == .html else { return }
    }
}
