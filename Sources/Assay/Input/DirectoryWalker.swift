internal import Glibc

/// Lists the files under a directory, depth first, one directory listing at a time, in byte order of their paths.
///
/// ```swift
/// var walker = DirectoryWalker(root: "dump")
/// while let entry = walker.next() { … }   // .file(path: "dump/a.html", relativePath: "a.html"), …
/// ```
///
/// Memory holds the listings of the directories on the current path, not the whole tree. Entries whose names start
/// with `.` are skipped, as are pipes, sockets, devices, and symbolic links back to a directory being walked (they
/// would loop forever). Every other file, whatever its extension, is returned; the caller decides what to read.
struct DirectoryWalker {
    enum Entry {
        /// A file: its path (the root joined with `relativePath`) and its path relative to the root.
        case file(path: String, relativePath: String)
        /// A directory that could not be listed.
        case failure(StageError)
    }

    private struct Child {
        var name: String
        var isDirectory: Bool
        /// The name's UTF-8 with a `/` after a directory's, so that sorting children sorts full paths.
        var sortKey: [UInt8]
    }

    private struct Frame {
        var path: String
        var relativePrefix: String
        var children: [Child]
        var nextChild = 0
        var identity: (device: UInt, inode: UInt)
    }

    private var stack: [Frame] = []
    private var pendingRoot: String?

    /// Walks `root`, which is listed at the first call to ``next()``.
    init(root: String) {
        pendingRoot = root
    }

    mutating func next() -> Entry? {
        if let root = pendingRoot {
            pendingRoot = nil
            if let failure = enter(path: root, relativePrefix: "") { return .failure(failure) }
        }
        while let top = stack.indices.last {
            guard stack[top].nextChild < stack[top].children.count else {
                stack.removeLast()
                continue
            }
            let child = stack[top].children[stack[top].nextChild]
            stack[top].nextChild += 1
            let path = Self.join(stack[top].path, child.name)
            let relativePath = stack[top].relativePrefix + child.name
            if child.isDirectory {
                if let failure = enter(path: path, relativePrefix: relativePath + "/") { return .failure(failure) }
                continue
            }
            return .file(path: path, relativePath: relativePath)
        }
        return nil
    }

    /// Lists `path` and pushes it; a directory already on the stack (a link loop) is skipped.
    private mutating func enter(path: String, relativePrefix: String) -> StageError? {
        var info = stat()
        guard stat(path, &info) == 0 else { return unreadable(path) }
        let identity = (device: UInt(info.st_dev), inode: UInt(info.st_ino))
        if stack.contains(where: { $0.identity == identity }) { return nil }

        guard let directory = opendir(path) else { return unreadable(path) }
        defer { closedir(directory) }
        var children: [Child] = []
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: &entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: pointer.pointee)) {
                    String(cString: $0)
                }
            }
            if name.hasPrefix(".") { continue }  // hidden, and "." and ".."
            let isDirectory: Bool
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_DIR): isDirectory = true
            case Int32(DT_REG): isDirectory = false
            case Int32(DT_LNK), Int32(DT_UNKNOWN):
                // A symbolic link, or a file system that does not report types: ask stat, which follows links. A
                // broken link stays a file, so that reading it reports the problem.
                var target = stat()
                guard stat(Self.join(path, name), &target) == 0 else {
                    isDirectory = false
                    break
                }
                let type = target.st_mode & S_IFMT
                guard type == S_IFDIR || type == S_IFREG else { continue }
                isDirectory = type == S_IFDIR
            default:
                // A pipe, socket or device: opening one could block, and none holds an article.
                continue
            }
            var sortKey = Array(name.utf8)
            if isDirectory { sortKey.append(UInt8(ascii: "/")) }
            children.append(Child(name: name, isDirectory: isDirectory, sortKey: sortKey))
        }
        children.sort { $0.sortKey.lexicographicallyPrecedes($1.sortKey) }
        stack.append(Frame(path: path, relativePrefix: relativePrefix, children: children, identity: identity))
        return nil
    }

    private func unreadable(_ path: String) -> StageError {
        StageError(
            .unreadable,
            stage: "read",
            message: "\(path): cannot list the directory: \(FileInput.systemError())"
        )
    }

    static func join(_ directory: String, _ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }
}
