private import CZlib

/// Decompresses a gzip stream as it is read, one chunk at a time, with zlib's `inflate`.
///
/// ```swift
/// let reader = try GzipReader(source: FileInput(path: "dump.jsonl.gz"))
/// while let chunk = try reader.read() { … }   // decompressed bytes
/// ```
///
/// Files made by concatenating gzip files (`cat a.gz b.gz`) are read as one stream, as `gzip -d` reads them. A stream
/// that stops before its end, or whose data is corrupt, throws `.corruptCompression` after every byte decoded before
/// the damage has been returned.
///
/// The class owns the `z_stream` and releases it with `inflateEnd` in `deinit`.
final class GzipReader: ByteSource {
    private let source: any ByteSource
    /// Allocated once and never moved: zlib keeps a pointer back to the stream and rejects calls from a copy.
    private let stream: UnsafeMutablePointer<z_stream>
    private var input: [UInt8] = []
    private var inputOffset = 0
    private var sourceIsExhausted = false
    /// Whether a gzip member has started and not yet reached its end.
    private var memberInProgress = false
    private var sawMember = false
    private var isFinished = false
    /// Compressed bytes read from the source and handed to zlib, for error messages.
    private var compressedBytesRead = 0
    private var compressedBytesConsumed = 0

    var path: String { source.path }

    /// Wraps `source`, whose bytes are gzip (or zlib) data.
    ///
    /// - Throws: ``StageError`` `.unreadable` when zlib cannot allocate its state.
    init(source: any ByteSource) throws(StageError) {
        self.source = source
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        // > windowBits can also be greater than 15 for optional gzip decoding. Add 32 to windowBits to enable
        // > zlib and gzip decoding with automatic header detection. (zlib.h, inflateInit2)
        let status = czlib_inflate_init_gzip(stream)
        guard status == Z_OK else {
            stream.deinitialize(count: 1)
            stream.deallocate()
            throw StageError(
                .unreadable,
                stage: "read",
                message: "\(source.path): cannot start zlib (error \(status))"
            )
        }
    }

    deinit {
        inflateEnd(stream)
        stream.deinitialize(count: 1)
        stream.deallocate()
    }

    func read() throws(StageError) -> [UInt8]? {
        while !isFinished {
            if inputOffset == input.count && !sourceIsExhausted {
                if let chunk = try source.read() {
                    input = chunk
                    inputOffset = 0
                    compressedBytesRead += chunk.count
                } else {
                    sourceIsExhausted = true
                }
                continue
            }
            if !memberInProgress {
                // Between members. `gzip -d` ignores zero padding after the last member (tapes, some uploaders);
                // skipping zeros is safe because no gzip or zlib header starts with one.
                while sawMember && inputOffset < input.count && input[inputOffset] == 0 {
                    inputOffset += 1
                    compressedBytesConsumed += 1
                }
                if inputOffset == input.count {
                    if !sourceIsExhausted { continue }
                    guard sawMember else { throw endsEarly() }
                    isFinished = true
                    return nil
                }
                memberInProgress = true
                sawMember = true
            }

            let (status, output) = inflateStep()
            switch status {
            case Z_STREAM_END:
                memberInProgress = false
                inflateReset(stream)
            case Z_OK, Z_BUF_ERROR:
                // Z_BUF_ERROR only says that no progress was possible without more input.
                if output.isEmpty && inputOffset == input.count && sourceIsExhausted { throw endsEarly() }
            default:
                isFinished = true
                let reason = stream.pointee.msg.map { String(cString: $0) } ?? "zlib error \(status)"
                throw StageError(
                    .corruptCompression,
                    stage: "read",
                    message: "\(path): corrupt compressed data near byte \(compressedBytesConsumed): \(reason)"
                )
            }
            if !output.isEmpty { return output }
        }
        return nil
    }

    /// Runs `inflate` once over the pending input into a fresh chunk.
    private func inflateStep() -> (status: Int32, output: [UInt8]) {
        var status = Z_OK
        let output = [UInt8](unsafeUninitializedCapacity: FileInput.chunkSize) { buffer, count in
            stream.pointee.next_out = buffer.baseAddress
            stream.pointee.avail_out = UInt32(buffer.count)
            let offset = inputOffset
            let consumed = input.withUnsafeMutableBufferPointer { pending in
                // zlib reads next_in only during this call; the pointer is reset before every call.
                stream.pointee.next_in = pending.baseAddress.map { $0 + offset }
                stream.pointee.avail_in = UInt32(pending.count - offset)
                status = inflate(stream, Z_NO_FLUSH)
                let consumed = pending.count - offset - Int(stream.pointee.avail_in)
                stream.pointee.next_in = nil
                stream.pointee.avail_in = 0
                return consumed
            }
            inputOffset += consumed
            compressedBytesConsumed += consumed
            count = buffer.count - Int(stream.pointee.avail_out)
            stream.pointee.next_out = nil
            stream.pointee.avail_out = 0
        }
        return (status, output)
    }

    private func endsEarly() -> StageError {
        isFinished = true
        return StageError(
            .corruptCompression,
            stage: "read",
            message: "\(path): compressed data ends early after \(compressedBytesRead) bytes"
        )
    }
}

@available(*, unavailable)
extension GzipReader: Sendable {}
