/// What a file holds, judged by its name: one document (HTML or text) or a JSON Lines dump, either gzipped or not.
///
/// ```swift
/// InputKind(fileName: "Front Page.HTML.gz")   // .document(.html), compressed
/// InputKind(fileName: "notes.pdf")            // nil: not a file Assay reads
/// ```
struct InputKind: Hashable, Sendable {
    enum Content: Hashable, Sendable {
        /// One document per file.
        case document(DocumentFormat)
        /// One JSON object per line, each a document.
        case jsonLines
    }

    var content: Content
    /// Whether the file is gzip-compressed (its name ends in `.gz`).
    var isCompressed: Bool

    /// The extensions Assay reads, for messages.
    static let supportedExtensions = ".html, .htm, .xhtml, .txt, .jsonl, each optionally followed by .gz"

    /// The kind a file name's extension (any case) says, or `nil` for a file Assay does not read.
    init?(fileName: String) {
        var name = fileName.lowercased()[...]
        isCompressed = name.hasSuffix(".gz")
        if isCompressed { name = name.dropLast(3) }
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        switch name[name.index(after: dot)...] {
        case "html", "htm", "xhtml": content = .document(.html)
        case "txt": content = .document(.text)
        case "jsonl": content = .jsonLines
        default: return nil
        }
    }
}
