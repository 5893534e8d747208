internal import Glibc

/// Splits a byte stream into lines, reading one chunk at a time.
///
/// ```swift
/// var lines = LineReader(source: try FileInput(path: "dump.jsonl"))
/// while let line = try lines.next() { … }   // without its "\n" or "\r\n"
/// ```
///
/// Memory holds the current line and one chunk, however long the file. The last line needs no newline. When the
/// source fails, the complete lines read before the failure have already been returned; the partial line after the
/// last newline is dropped and the error is thrown.
struct LineReader {
    private let source: any ByteSource
    private var buffer: [UInt8] = []
    /// Where the next line starts in `buffer`.
    private var lineStart = 0
    /// Where to resume looking for a newline: bytes before it are known to have none.
    private var scanStart = 0
    private var isExhausted = false

    init(source: any ByteSource) {
        self.source = source
    }

    /// Returns the next line, or `nil` at the end of the stream.
    ///
    /// - Throws: ``StageError`` when the source fails.
    mutating func next() throws(StageError) -> ArraySlice<UInt8>? {
        while true {
            if let newline = findNewline() {
                var end = newline
                if end > lineStart && buffer[end - 1] == 0x0D { end -= 1 }
                let line = buffer[lineStart..<end]
                lineStart = newline + 1
                scanStart = lineStart
                return line
            }
            scanStart = buffer.count
            if isExhausted {
                guard lineStart < buffer.count else { return nil }
                var end = buffer.count
                if buffer[end - 1] == 0x0D { end -= 1 }
                let line = buffer[lineStart..<end]
                lineStart = buffer.count
                return line
            }
            // Keep only the partial line before reading on, so that memory holds one line and one chunk.
            if lineStart > 0 {
                buffer.removeSubrange(0..<lineStart)
                scanStart -= lineStart
                lineStart = 0
            }
            if let chunk = try source.read() {
                buffer.append(contentsOf: chunk)
            } else {
                isExhausted = true
            }
        }
    }

    private func findNewline() -> Int? {
        guard scanStart < buffer.count else { return nil }
        return buffer.withUnsafeBufferPointer { bytes -> Int? in
            guard let base = bytes.baseAddress,
                let found = memchr(base + scanStart, 0x0A, bytes.count - scanStart)
            else { return nil }
            return UnsafeRawPointer(found) - UnsafeRawPointer(base)
        }
    }
}
