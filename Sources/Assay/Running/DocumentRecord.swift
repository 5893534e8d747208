/// The JSON line `assay clean` and `assay run` write for each document (record format `assay.clean`, version 1).
///
/// Keys are written sorted, so the same input gives byte-identical output. Offsets in `sourceMap` count Unicode
/// scalars of the decoded source; see ``SourceMap`` for the segment format.
///
/// ```json
/// {"encoding":"utf-8","format":"html","id":"a.html","metadata":{"authors":[],"title":"Deal"},"record":"assay.clean",
///  "removedBlocks":3,"sha256":"9f…","sourceMap":[[0,21,1042,21]],"text":"Talks ended & resumed.","version":1}
/// ```
public struct DocumentRecord: Codable, Sendable, Hashable {
    public static let recordName = "assay.clean"
    /// The record name when extraction stages ran: the annotation record corpus stages read.
    public static let annotationRecordName = "assay.annotations"
    public static let currentVersion = 1

    public var record: String
    public var version: Int
    public var id: String
    public var sha256: String
    public var format: DocumentFormat
    public var encoding: String
    public var origin: String?
    public var metadata: DocumentMetadata
    public var text: String
    public var removedBlocks: Int
    public var sourceMap: SourceMap
    /// Entity and value mentions (annotation records only), with source offsets filled from the source map.
    public var mentions: [Mention]?
    public var warnings: [String]?

    public init(_ document: Document) {
        record = Self.recordName
        version = Self.currentVersion
        id = document.id
        sha256 = document.sourceSHA256
        format = document.format
        encoding = document.encoding
        origin = document.origin.path.map { _ in document.origin.description }
        metadata = document.metadata
        text = document.text?.string ?? ""
        removedBlocks = document.text?.removedBlocks ?? 0
        let map = document.text?.sourceMap ?? SourceMap()
        sourceMap = map
        let extracted = !document.layers.isDisjoint(with: [.entities, .values])
        record = extracted ? Self.annotationRecordName : Self.recordName
        mentions =
            extracted
            ? document.mentions.map { mention in
                var mention = mention
                let range = map.sourceRange(forClean: mention.start..<mention.end)
                mention.sourceStart = range.lowerBound
                mention.sourceEnd = range.upperBound
                return mention
            } : nil
        warnings = document.warnings.isEmpty ? nil : document.warnings
    }
}
