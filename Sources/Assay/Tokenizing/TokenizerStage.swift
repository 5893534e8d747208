/// Splits the clean text into tokens and sentences.
///
/// Requires ``Layer/text``; provides ``Layer/tokens``.
///
/// ```text
/// "Dr. He met U.S. officials. Talks ended."  →  tokens [Dr.] [He] [met] [U.S.] [officials] [.] [Talks] [ended] [.]
///                                               sentences 0..<6, 6..<9
/// ```
public struct TokenizerStage: Stage {
    public struct Configuration: StageConfiguration {
        public static let options: [String] = []
        public init() {}
    }

    public static let name = "tokenize"
    public static let requires: Set<Layer> = [.text]
    public static let provides: Set<Layer> = [.tokens]

    private let tokenizer = Tokenizer()

    public init(configuration: Configuration) {}

    public func process(_ document: inout Document, context: StageContext) throws(StageError) {
        guard let text = document.text else {
            throw StageError(.missingLayer, stage: Self.name, documentID: document.id, message: "no clean text")
        }
        document.tokens = tokenizer.tokenize(text.string)
        document.layers.insert(.tokens)
    }
}
