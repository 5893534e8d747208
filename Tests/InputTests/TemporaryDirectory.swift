import Assay
import Foundation

/// A fresh directory under the system's temporary directory, removed when the value is released.
///
/// ```swift
/// let directory = try TemporaryDirectory()
/// let path = try directory.write([0x93, 0x94], to: "sub/quotes.txt")
/// ```
final class TemporaryDirectory {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("assay-input-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// Writes `bytes` to `relativePath`, creating directories on the way, and returns the full path.
    @discardableResult
    func write(_ bytes: [UInt8], to relativePath: String) throws -> String {
        let url = URL(fileURLWithPath: path).appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(
            at: url.deletingLastPathComponent(),
            withIntermediateDirectories: true
        )
        try Data(bytes).write(to: url)
        return url.path
    }

    /// Writes `text` as UTF-8 to `relativePath` and returns the full path.
    @discardableResult
    func write(_ text: String, to relativePath: String) throws -> String {
        try write(Array(text.utf8), to: relativePath)
    }
}

/// The path of a file in `Tests/InputTests/Fixtures`.
func fixturePath(_ name: String) throws -> String {
    guard let resources = Bundle.module.resourceURL else {
        throw CocoaError(.fileNoSuchFile)
    }
    return resources.appendingPathComponent("Fixtures").appendingPathComponent(name).path
}

extension Array where Element == InputItem {
    /// The documents, in order.
    var documents: [RawDocument] {
        compactMap { if case .document(let document) = $0 { document } else { nil } }
    }

    /// The failures, in order.
    var failures: [StageError] {
        compactMap { if case .failure(let error) = $0 { error } else { nil } }
    }
}
