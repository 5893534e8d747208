/// The JSON line `assay extract` writes in place of a document that failed (record `assay.error`, version 1), so
/// that output lines stay one-to-one with input records.
///
/// ```json
/// {"code":"malformed-record","id":"stdin:2","message":"-:2: not valid JSON …","record":"assay.error","stage":"read","version":1}
/// ```
public struct ErrorRecord: Codable, Sendable, Hashable {
    public static let recordName = "assay.error"

    public var record: String
    public var version: Int
    public var id: String?
    public var code: String
    public var stage: String
    public var message: String

    public init(_ error: StageError) {
        record = Self.recordName
        version = 1
        id = error.documentID
        code = error.code.rawValue
        stage = error.stage
        message = error.message
    }
}
