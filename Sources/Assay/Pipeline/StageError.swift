/// A failure to process one document, printed with a stable code first:
/// `[empty-document] clean-html (doc-0042): no text`.
public struct StageError: Error, Sendable, CustomStringConvertible {
    /// A stable, machine-readable code. An open set of constants, so new codes break no one.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        public let rawValue: String
        public init(_ rawValue: String) { self.rawValue = rawValue }
        public var description: String { rawValue }

        /// The document has no text left to work on.
        public static let emptyDocument = Code("empty-document")
        /// The bytes are not text (NUL bytes, mostly control characters).
        public static let binaryInput = Code("binary-input")
        /// The bytes could not be decoded in any supported character set.
        public static let undecodable = Code("undecodable")
        /// A JSON Lines record is not valid JSON or lacks what it must have.
        public static let malformedRecord = Code("malformed-record")
        /// A gzip stream ended early or is corrupt.
        public static let corruptCompression = Code("corrupt-compression")
        /// A file could not be read.
        public static let unreadable = Code("unreadable")
        /// The file's kind is not one Assay reads.
        public static let unsupportedInput = Code("unsupported-input")
        /// Two documents in one run have the same id.
        public static let duplicateID = Code("duplicate-id")
        /// libxml2 could not parse the document at all.
        public static let parseFailure = Code("parse-failure")
        /// A stage needs a layer that no earlier stage provided for this document.
        public static let missingLayer = Code("missing-layer")
    }

    public var code: Code
    /// The stage that failed, or `"read"` for input errors.
    public var stage: String
    /// The document's id, when one is known.
    public var documentID: String?
    public var message: String
    public var underlying: (any Error & Sendable)?

    public init(
        _ code: Code,
        stage: String,
        documentID: String? = nil,
        message: String,
        underlying: (any Error & Sendable)? = nil
    ) {
        self.code = code
        self.stage = stage
        self.documentID = documentID
        self.message = message
        self.underlying = underlying
    }

    public var description: String {
        let document = documentID.map { " (\($0))" } ?? ""
        return "[\(code)] \(stage)\(document): \(message)"
    }
}
