internal import Crypto
internal import Foundation

/// The entries of the gazetteer files a pipeline matches against, with each file's SHA-256 for provenance.
///
/// ```swift
/// let gazetteer = try Gazetteer.load(directory: "Gazetteers")
/// gazetteer.entries.count                 // about 7 500
/// gazetteer.entry(id: "wikidata:Q148")?.name   // "China"
/// gazetteer.files.map(\.name)             // ["demonyms.tsv", "minerals.tsv", …]
/// ```
///
/// The format is described in `Gazetteers/README.md`. Loading is a pure function of the files' bytes, so a run can
/// record ``sha256`` beside its output and be repeated exactly.
public struct Gazetteer: Sendable {
    /// One file the gazetteer was read from.
    public struct File: Sendable, Hashable {
        /// The file's name, e.g. `places.tsv`.
        public var name: String
        /// The number from the file's `# version: N` line.
        public var version: Int
        /// The SHA-256 of the file's bytes, as lowercase hex.
        public var sha256: String
        public var entryCount: Int

        public init(name: String, version: Int, sha256: String, entryCount: Int) {
            self.name = name
            self.version = version
            self.sha256 = sha256
            self.entryCount = entryCount
        }
    }

    /// Every entry, file by file (files in name order), lines in file order.
    public var entries: [GazetteerEntry]
    /// The files read, in name order; empty for a gazetteer built in memory.
    public var files: [File]
    private var indexByID: [String: Int]

    /// Builds a gazetteer from entries in memory. Where two entries share an id, ``entry(id:)`` returns the first.
    public init(entries: [GazetteerEntry], files: [File] = []) {
        var index: [String: Int] = [:]
        index.reserveCapacity(entries.count)
        for (position, entry) in entries.enumerated() where index[entry.id] == nil {
            index[entry.id] = position
        }
        self.init(entries: entries, files: files, indexByID: index)
    }

    private init(entries: [GazetteerEntry], files: [File], indexByID: [String: Int]) {
        self.entries = entries
        self.files = files
        self.indexByID = indexByID
    }

    /// The entry with this id, if any.
    public func entry(id: String) -> GazetteerEntry? {
        indexByID[id].map { entries[$0] }
    }

    /// One SHA-256 for the whole gazetteer: of the lines `name<TAB>sha256` of its files, in name order.
    ///
    /// Two runs with the same value read byte-identical files.
    public var sha256: String {
        let lines = files.sorted { $0.name < $1.name }.map { "\($0.name)\t\($0.sha256)\n" }.joined()
        return Gazetteer.hexSHA256(Data(lines.utf8))
    }

    // MARK: - Loading

    /// Reads every `*.tsv` file in `directory`, in name order.
    ///
    /// - Parameter directory: A folder such as the repository's `Gazetteers/`.
    /// - Returns: The entries of all files, and the files' names, versions and hashes.
    /// - Throws: ``GazetteerError`` naming the file (and line) when a file cannot be read or is malformed, or
    ///   when two entries share an id.
    public static func load(directory: String) throws(GazetteerError) -> Gazetteer {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            throw GazetteerError(file: directory, message: "cannot list the folder: \(error.localizedDescription)")
        }
        let base = URL(fileURLWithPath: directory)
        let paths = names.filter { $0.hasSuffix(".tsv") }.sorted().map { base.appendingPathComponent($0).path }
        return try load(files: paths)
    }

    /// Reads the given files, in the order given.
    ///
    /// - Parameter paths: Paths of gazetteer files.
    /// - Returns: The entries of all files, and the files' names, versions and hashes.
    /// - Throws: ``GazetteerError`` naming the file (and line) when a file cannot be read or is malformed, or
    ///   when two entries share an id.
    public static func load(files paths: [String]) throws(GazetteerError) -> Gazetteer {
        var entries: [GazetteerEntry] = []
        var files: [File] = []
        // One index serves both lookups and the duplicate check; where an id was first seen is recovered from
        // these two arrays only when it repeats.
        var index: [String: Int] = [:]
        var lines: [Int] = []
        var fileOfEntry: [Int] = []
        for (fileNumber, path) in paths.enumerated() {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw GazetteerError(file: path, message: "cannot read the file")
            }
            let parsed = try parse(data: data, file: path)
            index.reserveCapacity(entries.count + parsed.entries.count)
            for (offset, entry) in parsed.entries.enumerated() {
                let position = entries.count + offset
                if let first = index.updateValue(position, forKey: entry.id) {
                    throw GazetteerError(
                        file: path,
                        line: parsed.lines[offset],
                        message: "duplicate id '\(entry.id)', first at \(paths[fileOfEntry[first]]):\(lines[first])"
                    )
                }
            }
            entries.append(contentsOf: parsed.entries)
            lines.append(contentsOf: parsed.lines)
            fileOfEntry.append(contentsOf: repeatElement(fileNumber, count: parsed.entries.count))
            let name = URL(fileURLWithPath: path).lastPathComponent
            files.append(
                File(name: name, version: parsed.version, sha256: hexSHA256(data), entryCount: parsed.entries.count)
            )
        }
        return Gazetteer(entries: entries, files: files, indexByID: index)
    }

    /// Parses the text of one gazetteer file.
    ///
    /// ```swift
    /// let text = "# version: 1\nid\ttype\tkind\tname\taliases\tattributes\n"
    ///     + "wikidata:Q1819\tMineral\tRareEarthElement\tsamarium\t=Sm\tsymbol=Sm\n"
    /// try Gazetteer.parse(text, file: "minerals.tsv")[0].aliases   // [Alias(text: "Sm", caseSensitive: true)]
    /// ```
    ///
    /// - Parameters:
    ///   - text: The whole file.
    ///   - file: The name errors give.
    /// - Returns: The entries, in line order.
    /// - Throws: ``GazetteerError`` at the first malformed line.
    public static func parse(_ text: String, file: String) throws(GazetteerError) -> [GazetteerEntry] {
        try parse(data: Data(text.utf8), file: file).entries
    }

    static func parse(data: Data, file: String) throws(GazetteerError) -> GazetteerParser.Result {
        let result = data.withUnsafeBytes { bytes in
            Swift.Result { () throws(GazetteerError) in try GazetteerParser.parse(bytes, file: file) }
        }
        return try result.get()
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    static func hexSHA256(_ data: Data) -> String {
        let digest = SHA256.hash(data: data)
        var hex: [UInt8] = []
        hex.reserveCapacity(SHA256.byteCount * 2)
        for byte in digest {
            hex.append(hexDigits[Int(byte >> 4)])
            hex.append(hexDigits[Int(byte & 0x0F)])
        }
        return String(decoding: hex, as: UTF8.self)
    }
}
