internal import Foundation

/// Reads stored annotation records (`assay extract` output: JSON Lines, optionally gzipped, or `-` for standard
/// input) for the corpus stages.
///
/// A line that is not an annotation record is reported with its file and line and skipped; `assay.error` lines
/// (documents that failed extraction) are counted, not read; a document id seen before is reported and its later
/// record skipped, so one bad line never loses the others.
///
/// ```swift
/// let result = RecordReader().read(paths: ["out/seeds.jsonl"])
/// result.records.count   // 5
/// result.problems        // ["out/seeds.jsonl:7: not an annotation record: …"]
/// ```
public struct RecordReader: Sendable {
    public struct Result: Sendable {
        public var records: [DocumentRecord] = []
        /// `file:line: what is wrong`, in reading order.
        public var problems: [String] = []
        /// `assay.error` lines skipped.
        public var errorRecords = 0
    }

    public init() {}

    public func read(paths: [String]) -> Result {
        var result = Result()
        var seen: [String: String] = [:]
        let decoder = JSONDecoder()
        for path in paths {
            do throws(StageError) {
                var source: any ByteSource =
                    path == "-" ? FileInput(handle: .standardInput, path: "-") : try FileInput(path: path)
                if path.hasSuffix(".gz") { source = try GzipReader(source: source) }
                var lines = LineReader(source: source)
                var number = 0
                while let line = try lines.next() {
                    number += 1
                    if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
                    let location = "\(path):\(number)"
                    let record: DocumentRecord
                    do {
                        record = try decoder.decode(DocumentRecord.self, from: Data(line))
                    } catch {
                        if let kind = try? decoder.decode(RecordKind.self, from: Data(line)),
                            kind.record == "assay.error"
                        {
                            result.errorRecords += 1
                            continue
                        }
                        result.problems.append("\(location): not an annotation record: \(Self.describe(error))")
                        continue
                    }
                    guard record.record == "assay.annotations" || record.record == "assay.clean" else {
                        result.problems.append(
                            "\(location): record type '\(record.record)' is not an annotation record"
                        )
                        continue
                    }
                    if let first = seen[record.id] {
                        result.problems.append(
                            "\(location): document id '\(record.id)' already read at \(first); skipped"
                        )
                        continue
                    }
                    seen[record.id] = location
                    result.records.append(record)
                }
            } catch {
                result.problems.append("\(path): \(error.message)")
            }
        }
        return result
    }

    private struct RecordKind: Decodable {
        var record: String
    }

    private static func describe(_ error: any Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, _): return "missing '\(key.stringValue)'"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            let path = context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
            return "wrong type at '\(path)'"
        case DecodingError.dataCorrupted(let context): return context.debugDescription
        default: return "\(error)"
        }
    }
}
