internal import Foundation
internal import Glibc

/// An open file or standard input, read in chunks through its file descriptor.
///
/// ```swift
/// let file = try FileInput(path: "seeds/000.txt")
/// while let chunk = try file.read() { … }
/// ```
///
/// The class owns the descriptor it opened and closes it in `deinit`; a descriptor lent by a `FileHandle` (standard
/// input) is left open.
final class FileInput: ByteSource {
    /// 64 KiB: large enough that the `read(2)` calls cost nothing next to parsing, small enough to stay in cache.
    static let chunkSize = 64 * 1024

    let path: String
    private let descriptor: Int32
    private let ownsDescriptor: Bool
    /// Keeps a lent handle alive so that its descriptor stays open.
    private let handle: FileHandle?

    /// Opens the file at `path` for reading.
    ///
    /// - Throws: ``StageError`` `.unreadable`, with the system's reason, when the file cannot be opened.
    init(path: String) throws(StageError) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw StageError(.unreadable, stage: "read", message: "\(path): \(Self.systemError())")
        }
        self.path = path
        self.descriptor = descriptor
        self.ownsDescriptor = true
        self.handle = nil
    }

    /// Reads from `handle` (standard input, or a pipe in tests) without taking ownership of it.
    init(handle: FileHandle, path: String) {
        self.path = path
        self.descriptor = handle.fileDescriptor
        self.ownsDescriptor = false
        self.handle = handle
    }

    deinit {
        if ownsDescriptor { close(descriptor) }
    }

    func read() throws(StageError) -> [UInt8]? {
        var failure: Int32 = 0
        let chunk = [UInt8](unsafeUninitializedCapacity: Self.chunkSize) { buffer, count in
            count = 0
            while true {
                let result = Glibc.read(descriptor, buffer.baseAddress, buffer.count)
                if result >= 0 {
                    count = result
                    return
                }
                // A signal can interrupt a read before any byte arrives; try again.
                if errno != EINTR {
                    failure = errno
                    return
                }
            }
        }
        if failure != 0 {
            throw StageError(.unreadable, stage: "read", message: "\(path): \(Self.systemError(failure))")
        }
        return chunk.isEmpty ? nil : chunk
    }

    /// The system's description of `code`, e.g. "No such file or directory".
    static func systemError(_ code: Int32 = errno) -> String {
        String(cString: strerror(code))
    }
}

@available(*, unavailable)
extension FileInput: Sendable {}
