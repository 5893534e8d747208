/// A mistake in a gazetteer file, pointing at the file and line: `Gazetteers/places.tsv:42: expected 6
/// tab-separated columns, found 5`.
public struct GazetteerError: Error, Sendable, CustomStringConvertible {
    public var file: String
    /// 1-based; `nil` when the mistake is the file as a whole (unreadable, no header).
    public var line: Int?
    public var message: String

    public init(file: String, line: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String {
        if let line { return "\(file):\(line): \(message)" }
        return "\(file): \(message)"
    }
}
