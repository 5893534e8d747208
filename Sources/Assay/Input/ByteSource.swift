/// A stream of bytes read one chunk at a time: a file, standard input, or a gzip stream over either.
///
/// Readers pull chunks as they need them, so a source never holds more than one chunk in memory.
protocol ByteSource: AnyObject {
    /// The path the bytes come from, as errors name it (`"-"` for standard input).
    var path: String { get }

    /// Reads the next chunk.
    ///
    /// - Returns: A non-empty chunk, or `nil` at the end of the stream.
    /// - Throws: ``StageError`` when the bytes cannot be read (`.unreadable`) or decompressed (`.corruptCompression`).
    func read() throws(StageError) -> [UInt8]?
}

extension ByteSource {
    /// Reads everything that is left, for a document read whole.
    func readAll() throws(StageError) -> [UInt8] {
        var bytes: [UInt8] = []
        while let chunk = try read() {
            if bytes.isEmpty { bytes = chunk } else { bytes.append(contentsOf: chunk) }
        }
        return bytes
    }
}
