/// A mistake in a pipeline file, pointing at the file, line and column: `Pipelines/news.yaml:4:5: unknown stage …`.
public struct PipelineError: Error, Sendable, CustomStringConvertible {
    public var file: String
    /// 1-based; `nil` when the mistake is the file as a whole (unreadable, empty).
    public var line: Int?
    public var column: Int?
    public var message: String

    public init(file: String, line: Int? = nil, column: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String {
        switch (line, column) {
        case let (line?, column?): return "\(file):\(line):\(column): \(message)"
        case let (line?, nil): return "\(file):\(line): \(message)"
        default: return "\(file): \(message)"
        }
    }
}
