public import Foundation

/// Paths tests share: the repository checkout, its seeds and pipelines.
public enum Repository {
    /// The checkout's root, found from this file's own path.
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // AssayTestSupport
        .deletingLastPathComponent()  // Sources
        .deletingLastPathComponent()

    public static var seeds: URL { root.appendingPathComponent("seeds") }
    public static var pipelines: URL { root.appendingPathComponent("Pipelines") }

    /// The sample articles, sorted by name.
    public static func seedFiles() throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: seeds, includingPropertiesForKeys: nil)
            .filter { !$0.lastPathComponent.hasPrefix(".") }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }
}

/// A folder under the system's temporary directory, removed when the value is released.
public final class ScratchDirectory {
    public let url: URL

    public init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("assay-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// Writes `contents` to `name` inside the folder and returns its path.
    @discardableResult
    public func write(_ name: String, _ contents: String) throws -> String {
        try write(name, Data(contents.utf8))
    }

    @discardableResult
    public func write(_ name: String, _ contents: Data) throws -> String {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(
            at: file.deletingLastPathComponent(),
            withIntermediateDirectories: true
        )
        try contents.write(to: file)
        return file.path
    }

    /// The folder's path.
    public var path: String { url.path }

    /// Writes `bytes` to `relativePath`, creating folders on the way, and returns the full path.
    @discardableResult
    public func write(_ bytes: [UInt8], to relativePath: String) throws -> String {
        try write(relativePath, Data(bytes))
    }

    /// Writes `text` as UTF-8 to `relativePath` and returns the full path.
    @discardableResult
    public func write(_ text: String, to relativePath: String) throws -> String {
        try write(relativePath, Data(text.utf8))
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }
}
