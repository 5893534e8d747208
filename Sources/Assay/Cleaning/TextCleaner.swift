/// Cleans plain-text documents: one paragraph per non-blank line, Unicode NFC, boilerplate lines dropped.
///
/// Requires `source`; provides `text` and `metadata`. HTML documents are left alone (``HTMLCleaner`` cleans them).
/// Every non-blank line becomes a paragraph, trimmed and with its whitespace collapsed; paragraphs are separated by a
/// blank line whatever the source used. Lines that ``BoilerplateLines`` judges to be newsletter prompts, comment
/// forms, links to other stories, share buttons, cookie notices, advertisement labels or photo credits are dropped
/// and counted in ``CleanText/removedBlocks``. If the document has no title yet and its first line reads as a
/// headline, that line also becomes `metadata.title` (and stays in the text).
///
/// Before → after:
/// ```swift
/// "US China Flag\n\nRare Earths vs. AI: Trade Tensions Persist\nThe U.S. and China  reached a truce.\n\nLeave a Reply"
/// // text: "Rare Earths vs. AI: Trade Tensions Persist\n\nThe U.S. and China reached a truce."
/// // metadata.title: "Rare Earths vs. AI: Trade Tensions Persist", removedBlocks: 2
/// ```
///
/// Offsets in the source map count Unicode scalars of `document.source`; the clean text keeps the source's
/// typographic characters (curly quotes, dashes), which ``LookalikeFolding/matchingForm(_:)`` folds for matching.
public struct TextCleaner: Stage {
    /// Options of `clean-text` in a pipeline file.
    ///
    /// ```yaml
    /// - clean-text:
    ///     drop-boilerplate: true
    ///     detect-title: true
    /// ```
    public struct Configuration: StageConfiguration {
        public static let options = ["drop-boilerplate", "detect-title"]

        /// Whether to drop boilerplate lines (sign-up prompts, comment forms, "Also Read" links, photo credits).
        public var dropBoilerplate: Bool
        /// Whether to take the first line as the title when it reads as a headline and no title is known.
        public var detectTitle: Bool

        public init() {
            dropBoilerplate = true
            detectTitle = true
        }

        public init(from decoder: any Decoder) throws {
            let defaults = Self()
            let container = try decoder.container(keyedBy: CodingKeys.self)
            dropBoilerplate =
                try container.decodeIfPresent(Bool.self, forKey: .dropBoilerplate) ?? defaults.dropBoilerplate
            detectTitle = try container.decodeIfPresent(Bool.self, forKey: .detectTitle) ?? defaults.detectTitle
        }

        private enum CodingKeys: String, CodingKey {
            case dropBoilerplate = "drop-boilerplate"
            case detectTitle = "detect-title"
        }
    }

    public static let name = "clean-text"
    public static let requires: Set<Layer> = [.source]
    public static let provides: Set<Layer> = [.text, .metadata]

    public let configuration: Configuration

    public init(configuration: Configuration) {
        self.configuration = configuration
    }

    /// Sets `document.text` from its plain-text source, and `metadata.title` if a headline opens it.
    ///
    /// - Throws: ``StageError`` with code `empty-document` if no text is left after cleaning.
    public func process(_ document: inout Document, context: StageContext) throws(StageError) {
        guard document.format == .text else { return }
        let source = document.source
        var sourceCopy = source
        let result = sourceCopy.withUTF8 { bytes in clean(bytes, source: source) }
        guard !result.text.string.isEmpty else {
            throw StageError(
                .emptyDocument,
                stage: Self.name,
                documentID: document.id,
                message: "no text left after cleaning"
            )
        }
        if configuration.detectTitle, document.metadata.title == nil, result.keptLines >= 2,
            Self.looksLikeTitle(result.firstParagraph)
        {
            document.metadata.title = result.firstParagraph
        }
        document.text = result.text
        document.layers.formUnion(Self.provides)
    }

    // MARK: - Private

    private struct Result {
        var text: CleanText
        var firstParagraph: String
        var keptLines: Int
    }

    private func clean(_ bytes: UnsafeBufferPointer<UInt8>, source: String) -> Result {
        let lines = SourceLines.nonBlankLines(in: bytes)
        let drop: [Bool]
        if configuration.dropBoilerplate {
            drop = BoilerplateLines.linesToDrop(lines.map { String(decoding: bytes[$0], as: UTF8.self) })
        } else {
            drop = Array(repeating: false, count: lines.count)
        }
        var builder = CleanTextBuilder()
        var firstParagraph = ""
        var keptLines = 0
        for (line, dropped) in zip(lines, drop) where !dropped {
            builder.breakParagraph(at: line.lowerBound)
            builder.appendNormalizingNFC(UnsafeBufferPointer(rebasing: bytes[line]), at: line.lowerBound)
            if keptLines == 0 { firstParagraph = builder.text(since: 0) }
            keptLines += 1
        }
        let removed = drop.lazy.filter { $0 }.count
        return Result(
            text: builder.finish(source: source, removedBlocks: removed),
            firstParagraph: firstParagraph,
            keptLines: keptLines
        )
    }

    /// Whether a paragraph reads as a headline: 2 to 20 words opening with a capital or a digit, not ending like a
    /// sentence, a clause (`:`, `,`, `-`) or a byline ("By Jane Doe").
    static func looksLikeTitle(_ paragraph: String) -> Bool {
        guard LineShape.isHeadlineLike(paragraph), !paragraph.contains("\n") else { return false }
        let words = LineShape.wordCount(paragraph, limit: 21)
        guard words >= 2 && words <= 20 else { return false }
        if let last = LineShape.lastMark(paragraph), last == "-" || last == "\u{2013}" || last == "\u{2014}" {
            return false
        }
        guard let first = paragraph.unicodeScalars.first(where: { !$0.properties.isWhitespace }),
            first.properties.isUppercase || first.properties.numericType != nil || first == "\"" || first == "\u{201C}"
                || first == "'" || first == "\u{2018}"
        else { return false }
        let lowered = paragraph.lowercased()
        return !lowered.hasPrefix("by ") && !lowered.hasPrefix("updated") && !lowered.hasPrefix("published")
    }
}
