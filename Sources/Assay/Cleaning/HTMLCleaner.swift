/// Cleans HTML documents: keeps the main article body as text, with its map to the source, and reads metadata.
///
/// Requires ``Layer/source``; provides ``Layer/text`` and ``Layer/metadata``. Documents that are not HTML pass
/// through untouched (`clean-text` handles them).
///
/// ```text
/// <nav>Home | World</nav><article><h1>Deal</h1><p>Talks <a href="/x">ended</a> &amp; resumed.</p></article>
///   → text "Talks ended & resumed." (the heading repeats the title; the navigation is gone)
/// ```
public struct HTMLCleaner: Stage {
    public struct Configuration: StageConfiguration {
        /// Paragraphs shorter than this (characters) do not vote for the container they stand in.
        public var minimumParagraphCharacters = 25
        /// A subtree that says it is boilerplate is still kept when it holds this share of the page's text.
        public var protectedTextShare = 0.4
        /// Whether paragraphs that read as boilerplate ("Read more: …", "Sign up for …") are dropped.
        public var dropBoilerplateParagraphs = true

        enum CodingKeys: String, CodingKey, CaseIterable {
            case minimumParagraphCharacters = "min-paragraph-characters"
            case protectedTextShare = "protected-text-share"
            case dropBoilerplateParagraphs = "drop-boilerplate-paragraphs"
        }

        public static let options = CodingKeys.allCases.map(\.rawValue)

        public init() {}

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            let defaults = Configuration()
            minimumParagraphCharacters =
                try container.decodeIfPresent(Int.self, forKey: .minimumParagraphCharacters)
                ?? defaults.minimumParagraphCharacters
            protectedTextShare =
                try container.decodeIfPresent(Double.self, forKey: .protectedTextShare) ?? defaults.protectedTextShare
            dropBoilerplateParagraphs =
                try container.decodeIfPresent(Bool.self, forKey: .dropBoilerplateParagraphs)
                ?? defaults.dropBoilerplateParagraphs
        }
    }

    public static let name = "clean-html"
    public static let requires: Set<Layer> = [.source]
    public static let provides: Set<Layer> = [.text, .metadata]

    let configuration: Configuration

    public init(configuration: Configuration) {
        self.configuration = configuration
    }

    /// Initialises libxml2 once, before any parallel work, as its thread notes ask. Safe to call again.
    public static func initializeParser() {
        HTMLParser.initialize()
    }

    public func process(_ document: inout Document, context: StageContext) throws(StageError) {
        guard document.format == .html else { return }
        let (text, metadata) = try clean(document.source, id: document.id)
        document.metadata.fillGaps(from: metadata)
        document.text = text
        document.layers.formUnion(Self.provides)
    }

    /// Cleans one page.
    ///
    /// - Throws: ``StageError`` `.parseFailure` when libxml2 cannot start, `.emptyDocument` when no text remains.
    func clean(_ source: String, id: String) throws(StageError) -> (CleanText, DocumentMetadata) {
        var source = source
        let parsed = source.withUTF8 { HTMLParser.parse(utf8: $0) }
        guard let tree = parsed else {
            throw StageError(
                .parseFailure,
                stage: Self.name,
                documentID: id,
                message: "libxml2 could not parse the page"
            )
        }
        let metadata = MetadataExtractor.extract(from: tree)
        var extractor = BodyExtractor()
        extractor.configuration.minimumParagraphCharacters = configuration.minimumParagraphCharacters
        extractor.configuration.protectedTextShare = configuration.protectedTextShare
        let selection = extractor.select(tree)
        var assembler = BodyAssembler()
        assembler.title = metadata.title
        if configuration.dropBoilerplateParagraphs {
            assembler.isBoilerplate = BoilerplateLines.isBoilerplate
        }
        let result = assembler.assemble(tree, selection: selection)
        guard !result.builder.isEmpty else {
            throw StageError(.emptyDocument, stage: Self.name, documentID: id, message: "no article text found")
        }
        return (result.builder.finish(source: source, removedBlocks: result.removedBlocks), metadata)
    }
}
