internal import Foundation

/// Reads a JSON Lines dump one line at a time, turning each line into a document or a failure.
///
/// ```swift
/// var reader = JSONLinesReader(source: try FileInput(path: "dump.jsonl"), idPrefix: "dump.jsonl")
/// while let item = reader.next() { … }   // .document for good lines, .failure for bad ones
/// ```
///
/// Blank lines are skipped. A bad line (invalid UTF-8, not JSON, no `html` or `text`) is one `.failure` whose message
/// starts with `file:line:`, and reading goes on with the next line. When the source itself fails (a damaged gzip
/// stream), the lines before the damage are returned first, then the failure, then the end.
struct JSONLinesReader {
    private var lines: LineReader
    private let path: String
    /// Ids of records without one are `idPrefix:line`.
    private let idPrefix: String
    private var lineNumber = 0
    private var isFinished = false
    private let decoder = JSONDecoder()

    init(source: any ByteSource, idPrefix: String) {
        lines = LineReader(source: source)
        path = source.path
        self.idPrefix = idPrefix
    }

    mutating func next() -> InputItem? {
        while !isFinished {
            let line: ArraySlice<UInt8>
            do {
                guard let next = try lines.next() else {
                    isFinished = true
                    return nil
                }
                line = next
            } catch {
                isFinished = true
                return .failure(error)
            }
            lineNumber += 1
            var body = line
            // A byte order mark before the first record (Windows editors write one).
            if lineNumber == 1 && body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
            if body.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            return item(from: body)
        }
        return nil
    }

    private func item(from line: ArraySlice<UInt8>) -> InputItem {
        let origin = DocumentOrigin(path: path, line: lineNumber)
        if let offset = line.withUnsafeBufferPointer({ UTF8Validator.firstInvalidOffset(in: $0) }) {
            return failure(origin, "invalid UTF-8 at byte \(offset + 1)")
        }
        let data = Data(line)
        let record: JSONLinesRecord
        do {
            record = try decoder.decode(JSONLinesRecord.self, from: data)
        } catch let problem as JSONLinesRecord.Problem {
            return failure(origin, problem.message, id: problem.id)
        } catch DecodingError.typeMismatch(_, let context) where context.codingPath.isEmpty {
            return failure(origin, "not a JSON object")
        } catch DecodingError.dataCorrupted(let context) where context.codingPath.isEmpty {
            return failure(origin, "not valid JSON: \(Self.syntaxError(in: data) ?? context.debugDescription)")
        } catch {
            return failure(origin, "not a valid record: \(error)")
        }
        let document = RawDocument(
            id: record.id ?? "\(idPrefix):\(lineNumber)",
            origin: origin,
            format: record.format,
            content: .text(record.content),
            metadata: record.metadata
        )
        return .document(document)
    }

    /// Where the JSON syntax breaks, e.g. "Unexpected end of file during JSON parse."
    ///
    /// JSONDecoder's own error only says "The given data was not valid JSON."; JSONSerialization says where, so it
    /// parses the line again, on the failure path only.
    private static func syntaxError(in data: Data) -> String? {
        do {
            _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            return nil
        } catch {
            return (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
        }
    }

    /// A failure for the current line; when the line's own id cannot be read, the id is the one a record without
    /// an id would get (`idPrefix:line`), so error records can still be matched to their line.
    private func failure(_ origin: DocumentOrigin, _ message: String, id: String? = nil) -> InputItem {
        .failure(
            StageError(
                .malformedRecord,
                stage: "read",
                documentID: id ?? "\(idPrefix):\(lineNumber)",
                message: "\(origin): \(message)"
            )
        )
    }
}
