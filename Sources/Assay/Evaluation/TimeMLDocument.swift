internal import Foundation

/// A TimeML (`.tml`) document as the TempEval-3 test sets ship it: the text inside `<TEXT>`, its `TIMEX3`
/// annotations with their normalised values, and the document creation time.
///
/// ```swift
/// let document = try TimeMLDocument(markup: contents, file: "APW19980227.0489.tml")
/// document.creationTime   // "1998-02-27"
/// document.timexes[0]     // Timex(start: 12, end: 19, type: "DATE", value: "1998-02-26")
/// ```
public struct TimeMLDocument: Sendable {
    public struct Timex: Sendable, Hashable {
        /// Unicode scalar offsets into ``TimeMLDocument/text``.
        public var start: Int
        public var end: Int
        public var type: String
        public var value: String
    }

    public var id: String
    public var text: String
    public var timexes: [Timex]
    /// The value of the `TIMEX3` with `functionInDocument="CREATION_TIME"`, if any.
    public var creationTime: String?

    /// A file that is not TimeML: what is missing.
    public struct FormatError: Error, CustomStringConvertible {
        public var file: String
        public var message: String
        public var description: String { "\(file): \(message)" }
    }

    public init(markup: String, file: String) throws(FormatError) {
        id = file
        let scalars = Array(markup.unicodeScalars)
        guard let textStart = Self.find(Array("<TEXT>".unicodeScalars), in: scalars, from: 0),
            let textEnd = Self.find(Array("</TEXT>".unicodeScalars), in: scalars, from: textStart)
        else {
            throw FormatError(file: file, message: "no <TEXT> element")
        }
        creationTime = Self.creationTime(in: scalars[0..<textStart])
        var text = String.UnicodeScalarView()
        var timexes: [Timex] = []
        var open: (start: Int, attributes: [String: String])?
        var index = textStart + 6
        var length = 0
        while index < textEnd {
            let scalar = scalars[index]
            if scalar == "<" {
                guard let close = scalars[index..<textEnd].firstIndex(of: ">") else { break }
                let tag = String(String.UnicodeScalarView(scalars[(index + 1)..<close]))
                if tag.hasPrefix("TIMEX3") {
                    open = (length, Self.attributes(tag))
                } else if tag.hasPrefix("/TIMEX3"), let timex = open {
                    timexes.append(
                        Timex(
                            start: timex.start,
                            end: length,
                            type: timex.attributes["type"] ?? "",
                            value: timex.attributes["value"] ?? ""
                        )
                    )
                    open = nil
                }
                index = close + 1
                continue
            }
            if scalar == "&", let semicolon = scalars[index..<min(textEnd, index + 10)].firstIndex(of: ";") {
                let name = String(String.UnicodeScalarView(scalars[(index + 1)..<semicolon]))
                let decoded: Unicode.Scalar? =
                    ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'"][name]
                if let decoded {
                    text.append(decoded)
                    length += 1
                    index = semicolon + 1
                    continue
                }
            }
            text.append(scalar)
            length += 1
            index += 1
        }
        self.text = String(text)
        self.timexes = timexes
    }

    private static func find(_ needle: [Unicode.Scalar], in haystack: [Unicode.Scalar], from start: Int) -> Int? {
        guard needle.count <= haystack.count else { return nil }
        var index = start
        while index + needle.count <= haystack.count {
            if haystack[index] == needle[0], Array(haystack[index..<(index + needle.count)]) == needle { return index }
            index += 1
        }
        return nil
    }

    private static func creationTime(in header: ArraySlice<Unicode.Scalar>) -> String? {
        let text = String(String.UnicodeScalarView(header))
        for part in text.components(separatedBy: "<TIMEX3").dropFirst() {
            let tag = part.prefix { $0 != ">" }
            let attributes = Self.attributes(String(tag))
            if attributes["functionInDocument"] == "CREATION_TIME" { return attributes["value"] }
        }
        return nil
    }

    /// `TIMEX3 tid="t1" type="DATE" value="1998-02-26"` → its attributes.
    static func attributes(_ tag: String) -> [String: String] {
        var result: [String: String] = [:]
        var remainder = Substring(tag)
        while let equals = remainder.firstIndex(of: "=") {
            let name = remainder[..<equals].split(separator: " ").last.map(String.init) ?? ""
            let afterEquals = remainder[remainder.index(after: equals)...]
            guard let quote = afterEquals.first, quote == "\"" || quote == "'" else { break }
            let valueStart = afterEquals.index(after: afterEquals.startIndex)
            guard let valueEnd = afterEquals[valueStart...].firstIndex(of: quote) else { break }
            result[name] = String(afterEquals[valueStart..<valueEnd])
            remainder = afterEquals[afterEquals.index(after: valueEnd)...]
        }
        return result
    }
}
