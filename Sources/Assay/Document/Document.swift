/// One article as it moves through a pipeline: its source, and the layers stages add to it.
///
/// A `Document` is a value: each stage receives it `inout` and adds the layers it provides, so documents can be
/// processed on all cores without shared state.
///
/// ```swift
/// var document = Document(id: "a.html", format: .html, source: "<p>Hello</p>", sourceSHA256: "…")
/// try pipeline.process(&document, context: context)
/// print(document.text?.string ?? "")   // "Hello"
/// ```
public struct Document: Sendable {
    /// A stable id: the JSON Lines `id`, else the path relative to the input root.
    public var id: String
    /// Where the document was read from, for diagnostics.
    public var origin: DocumentOrigin
    public var format: DocumentFormat
    /// The decoded source. Every offset in Assay counts Unicode scalars of this string.
    public var source: String
    /// The lowercase hex SHA-256 of the document's bytes as stored (after gzip decompression).
    public var sourceSHA256: String
    /// The character set the bytes were decoded from, e.g. `"utf-8"` or `"windows-1252"`.
    public var encoding: String
    public var metadata: DocumentMetadata
    public var text: CleanText?
    /// The clean text's tokens and sentences (not written to records: a later stage can redo them cheaply).
    public var tokens: TokenizedText?
    /// Entity and value mentions found in the clean text, sorted by start offset.
    public var mentions: [Mention]
    /// The layers present so far.
    public var layers: Set<Layer>
    /// Non-fatal problems met while reading or cleaning (a charset fallback, say).
    public var warnings: [String]

    public init(
        id: String,
        origin: DocumentOrigin = DocumentOrigin(path: nil),
        format: DocumentFormat,
        source: String,
        sourceSHA256: String,
        encoding: String = "utf-8",
        metadata: DocumentMetadata = DocumentMetadata()
    ) {
        self.id = id
        self.origin = origin
        self.format = format
        self.source = source
        self.sourceSHA256 = sourceSHA256
        self.encoding = encoding
        self.metadata = metadata
        self.text = nil
        self.tokens = nil
        self.mentions = []
        self.layers = [.source]
        self.warnings = []
    }
}

/// Where a document came from: a file, and for JSON Lines the line in it.
public struct DocumentOrigin: Sendable, Hashable, CustomStringConvertible {
    /// The path as given on the command line or found under a directory; `nil` for in-memory documents, `"-"` for
    /// standard input.
    public var path: String?
    /// The 1-based line in a JSON Lines file.
    public var line: Int?

    public init(path: String?, line: Int? = nil) {
        self.path = path
        self.line = line
    }

    public var description: String {
        switch (path, line) {
        case let (path?, line?): return "\(path):\(line)"
        case let (path?, nil): return path
        case let (nil, line?): return "line \(line)"
        case (nil, nil): return "<memory>"
        }
    }
}
