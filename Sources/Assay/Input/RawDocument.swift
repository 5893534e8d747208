/// A document as read from its file or JSON Lines record, before its bytes are decoded.
///
/// Reading is cheap and sequential; decoding (charset detection, hashing) happens in ``DocumentDecoder`` on the
/// worker that processes the document.
public struct RawDocument: Sendable {
    /// What a reader found: raw bytes (files), or text already decoded (a JSON Lines `html`/`text` field).
    public enum Content: Sendable {
        case bytes([UInt8])
        case text(String)
    }

    public var id: String
    public var origin: DocumentOrigin
    public var format: DocumentFormat
    public var content: Content
    /// What the record said about the document (JSON Lines `url`, `published`, `publisher`/`source`, `title`).
    public var metadata: DocumentMetadata

    public init(
        id: String,
        origin: DocumentOrigin,
        format: DocumentFormat,
        content: Content,
        metadata: DocumentMetadata = DocumentMetadata()
    ) {
        self.id = id
        self.origin = origin
        self.format = format
        self.content = content
        self.metadata = metadata
    }
}

/// One item from an input: a document, or the reason one could not be read.
public enum InputItem: Sendable {
    case document(RawDocument)
    case failure(StageError)
}
