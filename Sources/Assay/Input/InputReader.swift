public import Foundation

/// Reads documents from files, directories, JSON Lines dumps and standard input, lazily, one at a time.
///
/// ```swift
/// let reader = InputReader(paths: ["seeds", "extra/page.html", "dump.jsonl.gz", "-"])
/// for item in reader {
///     switch item {
///     case .document(let raw): process(try DocumentDecoder.decode(raw))
///     case .failure(let error): print(error)   // [malformed-record] read: dump.jsonl.gz:7: not valid JSON: …
///     }
/// }
/// ```
///
/// What each path is:
/// - A directory: every file under it, recursively, in byte order of path, skipping names that start with `.`.
///   Files with extensions Assay does not read are skipped and counted (``Iterator/skippedFileCount``).
/// - A file, by extension in any case: `.html`, `.htm`, `.xhtml` (HTML), `.txt` (plain text), `.jsonl` (a JSON Lines
///   dump), each optionally followed by `.gz`. Named explicitly with any other extension, it is an
///   `.unsupportedInput` failure.
/// - `-`: a JSON Lines dump on standard input.
///
/// Ids: a JSON Lines record's `id`, or `file:line` when it has none (the file named as below); a file under a
/// directory is named by its path relative to that directory (`sub/a.html`); a file named explicitly by its last
/// path component. An id produced twice in one run is a `.duplicateID` failure naming both origins.
///
/// Nothing is read up front: files are opened as the iteration reaches them and dumps are streamed line by line, so
/// memory holds one document at a time, plus the ids seen so far (to catch duplicates). Each problem is one
/// `.failure` item, and reading goes on after it.
public struct InputReader: Sequence, Sendable {
    /// Files, directories, or `-`, in the order to read them.
    public var paths: [String]
    /// Called with the path of each file skipped inside a directory for its extension.
    public var onSkippedFile: (@Sendable (String) -> Void)?
    let standardInput: @Sendable () -> FileHandle

    /// Creates a reader over `paths`.
    ///
    /// - Parameters:
    ///   - paths: Files, directories, or `-` for standard input.
    ///   - standardInput: What `-` reads; tests pass a pipe.
    ///   - onSkippedFile: Called with the path of each file skipped inside a directory for its extension.
    public init(
        paths: [String],
        standardInput: @escaping @Sendable () -> FileHandle = { .standardInput },
        onSkippedFile: (@Sendable (String) -> Void)? = nil
    ) {
        self.paths = paths
        self.standardInput = standardInput
        self.onSkippedFile = onSkippedFile
    }

    public func makeIterator() -> Iterator {
        Iterator(reader: self)
    }
}
