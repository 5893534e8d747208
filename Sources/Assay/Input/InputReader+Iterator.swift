internal import Foundation
internal import Glibc

extension InputReader {
    /// Walks an ``InputReader``'s paths, opening one file at a time.
    ///
    /// Use the iterator directly to read ``skippedFileCount`` after the loop:
    ///
    /// ```swift
    /// var items = reader.makeIterator()
    /// while let item = items.next() { … }
    /// print("skipped \(items.skippedFileCount) files")
    /// ```
    public struct Iterator: IteratorProtocol {
        private let reader: InputReader
        private var nextPath = 0
        private var walker: DirectoryWalker?
        private var dump: JSONLinesReader?
        /// Where each id was first produced, to name both origins of a duplicate.
        private var originByID: [String: DocumentOrigin] = [:]
        /// How many files inside directories were skipped because of their extension.
        public private(set) var skippedFileCount = 0

        init(reader: InputReader) {
            self.reader = reader
        }

        public mutating func next() -> InputItem? {
            while true {
                if dump != nil {
                    if let item = dump?.next() { return admit(item) }
                    dump = nil
                    continue
                }
                if walker != nil {
                    switch walker?.next() {
                    case .file(let path, let relativePath)?:
                        if let item = open(path, id: relativePath, isExplicit: false) { return admit(item) }
                    case .failure(let error)?:
                        return .failure(error)
                    case nil:
                        walker = nil
                    }
                    continue
                }
                guard nextPath < reader.paths.count else { return nil }
                let path = reader.paths[nextPath]
                nextPath += 1
                if let item = start(path) { return admit(item) }
            }
        }

        /// Starts reading a path from the command line; returns an item when the path is one document or a failure.
        private mutating func start(_ path: String) -> InputItem? {
            if path == "-" {
                dump = JSONLinesReader(source: FileInput(handle: reader.standardInput(), path: "-"), idPrefix: "stdin")
                return nil
            }
            var info = stat()
            guard stat(path, &info) == 0 else {
                return .failure(StageError(.unreadable, stage: "read", message: "\(path): \(FileInput.systemError())"))
            }
            if info.st_mode & S_IFMT == S_IFDIR {
                walker = DirectoryWalker(root: path)
                return nil
            }
            return open(path, id: Self.lastComponent(of: path), isExplicit: true)
        }

        /// Opens a file: returns its document or a failure, or starts a dump and returns `nil`, as it does for a
        /// skipped file.
        private mutating func open(_ path: String, id: String, isExplicit: Bool) -> InputItem? {
            guard let kind = InputKind(fileName: Self.lastComponent(of: path)) else {
                if isExplicit {
                    return .failure(
                        StageError(
                            .unsupportedInput,
                            stage: "read",
                            documentID: id,
                            message: "\(path): not a kind of file Assay reads (\(InputKind.supportedExtensions))"
                        )
                    )
                }
                skippedFileCount += 1
                reader.onSkippedFile?(path)
                return nil
            }
            do throws(StageError) {
                var source: any ByteSource = try FileInput(path: path)
                if kind.isCompressed { source = try GzipReader(source: source) }
                switch kind.content {
                case .jsonLines:
                    dump = JSONLinesReader(source: source, idPrefix: id)
                    return nil
                case .document(let format):
                    let bytes = try source.readAll()
                    return .document(
                        RawDocument(id: id, origin: DocumentOrigin(path: path), format: format, content: .bytes(bytes))
                    )
                }
            } catch {
                var error = error
                error.documentID = id
                return .failure(error)
            }
        }

        /// Passes `item` on, unless it is a document whose id was already produced.
        private mutating func admit(_ item: InputItem) -> InputItem {
            guard case .document(let document) = item else { return item }
            if let first = originByID[document.id] {
                return .failure(
                    StageError(
                        .duplicateID,
                        stage: "read",
                        documentID: document.id,
                        message: "\(document.origin): id \"\(document.id)\" was already used by \(first)"
                    )
                )
            }
            originByID[document.id] = document.origin
            return item
        }

        /// `"a/b/page.html"` → `"page.html"`; a trailing `/` is ignored.
        static func lastComponent(of path: String) -> String {
            String(path.split(separator: "/").last ?? path[...])
        }
    }
}

@available(*, unavailable)
extension InputReader.Iterator: Sendable {}
