internal import Foundation

/// A file written in full or not at all: bytes go to a temporary file beside the target, which replaces the
/// target only when ``commit()`` is called. A run that fails or is killed leaves any earlier file untouched.
///
/// ```swift
/// let file = try AtomicFile(path: "out.jsonl")
/// try file.write(Array("{}\n".utf8))
/// try file.commit()
/// ```
public final class AtomicFile {
    public let path: String
    private let temporaryPath: String
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var committed = false

    /// Opens a temporary file in the target's directory (so the final rename stays on one file system).
    ///
    /// - Throws: when the directory is not writable.
    public init(path: String) throws {
        self.path = path
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        temporaryPath = directory + "/." + url.lastPathComponent + ".\(getpid()).tmp"
        guard FileManager.default.createFile(atPath: temporaryPath, contents: nil) else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: temporaryPath])
        }
        handle = try FileHandle(forWritingTo: URL(fileURLWithPath: temporaryPath))
        buffer.reserveCapacity(1 << 20)
    }

    /// Appends bytes; they reach the disk in large writes.
    public func write(_ bytes: [UInt8]) throws {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 20 { try flush() }
    }

    /// Writes what is buffered, syncs, and renames the temporary file over the target.
    public func commit() throws {
        try flush()
        try handle.synchronize()
        try handle.close()
        guard rename(temporaryPath, path) == 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
        }
        committed = true
    }

    private func flush() throws {
        guard !buffer.isEmpty else { return }
        try handle.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    deinit {
        if !committed {
            try? handle.close()
            unlink(temporaryPath)
        }
    }
}
