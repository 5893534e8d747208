/// Works out which character set a document's bytes are in.
///
/// ```swift
/// let detection = CharsetDetector.detect(bytes, format: .html)
/// detection.charset      // .windows1252
/// detection.warnings     // ["not valid UTF-8; decoded as windows-1252"]
/// ```
///
/// The order, first match wins:
/// 1. A byte order mark (UTF-8, UTF-16LE, UTF-16BE); the mark is not part of the text.
/// 2. For HTML, a page that declares ISO-2022-JP and contains its escape sequences (such text is also valid ASCII).
/// 3. UTF-8, when the bytes are valid UTF-8, whatever the page declares: pages often claim iso-8859-1 and are not.
/// 4. For HTML, the charset declared in the first 4 KiB (`<meta charset>`, `<meta http-equiv="Content-Type">`,
///    `<?xml encoding?>`), when it is one the WHATWG Encoding standard knows, except windows-1252 ("iso-8859-1"
///    and the other latin1 labels mean windows-1252).
/// 5. UTF-8 with replacement characters, when the bytes are mostly UTF-8 with a few stray bytes (a page pasted
///    together from two sources); decoding those as windows-1252 would garble every other accented letter.
/// 6. windows-1252: silently when the page declared it, else with a warning.
enum CharsetDetector {
    /// What ``detect(_:format:)`` decided.
    struct Detection: Sendable, Equatable {
        var charset: Charset
        /// The length of the byte order mark to drop before decoding.
        var byteOrderMarkLength: Int
        /// Why the choice is a guess, for ``Document/warnings``.
        var warnings: [String]
    }

    /// How far into an HTML page to look for a declared charset, as browsers do in their prescan.
    static let declarationWindow = 4096

    /// Decides the charset of `bytes`.
    ///
    /// - Complexity: O(*n*): one validation pass over the bytes, plus at most 4 KiB of prescan.
    static func detect(_ bytes: UnsafeBufferPointer<UInt8>, format: DocumentFormat) -> Detection {
        if let (charset, length) = byteOrderMark(in: bytes) {
            return Detection(charset: charset, byteOrderMarkLength: length, warnings: [])
        }
        var warnings: [String] = []
        var declared: Charset?
        if format == .html, let label = declaredLabel(inHTML: bytes) {
            declared = Charset(label: label)
            if declared == nil { warnings.append("unknown charset \"\(label)\" declared; ignored") }
            // WHATWG: a page cannot declare UTF-16 in ASCII bytes; such a declaration means UTF-8.
            if declared == .utf16LE || declared == .utf16BE { declared = .utf8 }
        }
        if declared == .iso2022JP && bytes.contains(0x1B) {
            return Detection(charset: .iso2022JP, byteOrderMarkLength: 0, warnings: warnings)
        }
        guard UTF8Validator.firstInvalidOffset(in: bytes) != nil else {
            return Detection(charset: .utf8, byteOrderMarkLength: 0, warnings: warnings)
        }
        // A declared windows-1252 (any "latin1" label) is the usual lie; mostly-UTF-8 bytes outvote it.
        if let declared, declared != .windows1252 {
            if declared == .utf8 {
                warnings.append("not valid UTF-8 though declared so; invalid bytes replaced with U+FFFD")
            }
            return Detection(charset: declared, byteOrderMarkLength: 0, warnings: warnings)
        }
        let census = UTF8Validator.census(of: bytes)
        if census.multibyteSequences >= 4 * census.invalidBytes {
            warnings.append(
                "not valid UTF-8 (\(census.invalidBytes) stray bytes among \(census.multibyteSequences) UTF-8 "
                    + "sequences); decoded as UTF-8 with U+FFFD for the stray bytes"
            )
            return Detection(charset: .utf8, byteOrderMarkLength: 0, warnings: warnings)
        }
        if declared == .windows1252 {
            return Detection(charset: .windows1252, byteOrderMarkLength: 0, warnings: warnings)
        }
        warnings.append("not valid UTF-8; decoded as windows-1252")
        return Detection(charset: .windows1252, byteOrderMarkLength: 0, warnings: warnings)
    }

    /// The charset a byte order mark at the start of `bytes` names, and the mark's length.
    static func byteOrderMark(in bytes: UnsafeBufferPointer<UInt8>) -> (Charset, Int)? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return (.utf8, 3) }
        if bytes.starts(with: [0xFF, 0xFE]) { return (.utf16LE, 2) }
        if bytes.starts(with: [0xFE, 0xFF]) { return (.utf16BE, 2) }
        return nil
    }

    // MARK: - Declared charset

    /// The charset label an HTML page declares in its first 4 KiB, as written (`"Shift_JIS"`), or `nil`.
    ///
    /// A simplified form of the HTML standard's prescan ("prescan a byte stream to determine its encoding"): it reads
    /// `<?xml … encoding="…"?>` at the very start, then `<meta charset="…">` and
    /// `<meta http-equiv="Content-Type" content="text/html; charset=…">`, skipping comments.
    static func declaredLabel(inHTML bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let window = UnsafeBufferPointer(rebasing: bytes.prefix(declarationWindow))
        var scanner = Scanner(bytes: window)
        if scanner.skip("<?xml") {
            let end = scanner.find("?>") ?? window.count
            let declaration = Scanner(bytes: UnsafeBufferPointer(rebasing: window[scanner.index..<end]))
            if let label = declaration.pseudoAttribute("encoding") { return label }
        }
        scanner.index = 0
        while scanner.index < window.count {
            if scanner.skip("<!--") {
                scanner.index = scanner.find("-->").map { $0 + 3 } ?? window.count
            } else if scanner.skip("<meta"), scanner.index < window.count,
                Scanner.isSpace(window[scanner.index]) || window[scanner.index] == UInt8(ascii: "/")
            {
                if let label = scanner.metaCharset() { return label }
            } else {
                scanner.index += 1
            }
        }
        return nil
    }

    /// A cursor over ASCII markup, matching without case.
    private struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0

        static func isSpace(_ byte: UInt8) -> Bool {
            byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
        }

        static func lowercased(_ byte: UInt8) -> UInt8 {
            (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
        }

        /// Whether `literal` (lowercase ASCII) is at `index`, without case; moves past it if so.
        mutating func skip(_ literal: StaticString) -> Bool {
            let length = literal.utf8CodeUnitCount
            guard index + length <= bytes.count else { return false }
            let pattern = UnsafeBufferPointer(start: literal.utf8Start, count: length)
            for offset in 0..<length where Self.lowercased(bytes[index + offset]) != pattern[offset] {
                return false
            }
            index += length
            return true
        }

        /// The offset of the next `literal` from `index` on, without moving.
        func find(_ literal: StaticString) -> Int? {
            var probe = self
            while probe.index < bytes.count {
                let start = probe.index
                if probe.skip(literal) { return start }
                probe.index = start + 1
            }
            return nil
        }

        mutating func skipSpaces() {
            while index < bytes.count && Self.isSpace(bytes[index]) { index += 1 }
        }

        /// Reads the attributes of a `<meta` tag up to its `>`, and returns the charset it declares.
        mutating func metaCharset() -> String? {
            var charset: String?
            var content: String?
            var isContentTypePragma = false
            while let (name, value) = nextAttribute() {
                switch name {
                case "charset": charset = charset ?? value
                case "content": content = content ?? value
                case "http-equiv": isContentTypePragma = value.lowercased() == "content-type"
                default: break
                }
            }
            if let charset, !charset.isEmpty { return charset }
            if isContentTypePragma, let content { return Self.charset(inContentType: content) }
            return nil
        }

        /// The next `name=value` of a tag (name lowercased), or `nil` at the tag's `>`.
        mutating func nextAttribute() -> (String, String)? {
            while index < bytes.count && (Self.isSpace(bytes[index]) || bytes[index] == UInt8(ascii: "/")) {
                index += 1
            }
            guard index < bytes.count, bytes[index] != UInt8(ascii: ">") else { return nil }
            let nameStart = index
            while index < bytes.count {
                let byte = bytes[index]
                if Self.isSpace(byte) || byte == UInt8(ascii: "=") || byte == UInt8(ascii: ">")
                    || (byte == UInt8(ascii: "/") && index > nameStart)
                {
                    break
                }
                index += 1
            }
            let name = String(decoding: bytes[nameStart..<index].map(Self.lowercased), as: UTF8.self)
            skipSpaces()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "=") else { return (name, "") }
            index += 1
            skipSpaces()
            return (name, readValue(stoppingAt: [UInt8(ascii: ">")]))
        }

        /// Reads a quoted value, or an unquoted one up to a space or one of `stops`.
        mutating func readValue(stoppingAt stops: [UInt8]) -> String {
            guard index < bytes.count else { return "" }
            let quote = bytes[index]
            if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                index += 1
                let start = index
                while index < bytes.count && bytes[index] != quote { index += 1 }
                let value = String(decoding: bytes[start..<index], as: UTF8.self)
                if index < bytes.count { index += 1 }
                return value
            }
            let start = index
            while index < bytes.count && !Self.isSpace(bytes[index]) && !stops.contains(bytes[index]) { index += 1 }
            return String(decoding: bytes[start..<index], as: UTF8.self)
        }

        /// The `name="value"` pseudo-attribute of an XML declaration.
        func pseudoAttribute(_ name: StaticString) -> String? {
            var scanner = self
            return scanner.value(after: name, stoppingAt: [UInt8(ascii: "?")])
        }

        /// The value after the first `name =` from here on (`name` alone does not count), read up to a stop byte;
        /// `nil` when there is none or it is empty.
        mutating func value(after name: StaticString, stoppingAt stops: [UInt8]) -> String? {
            while let start = find(name) {
                index = start + name.utf8CodeUnitCount
                skipSpaces()
                guard index < bytes.count, bytes[index] == UInt8(ascii: "=") else { continue }
                index += 1
                skipSpaces()
                let value = readValue(stoppingAt: stops)
                return value.isEmpty ? nil : value
            }
            return nil
        }

        /// The charset in a Content-Type value such as `text/html; charset=Shift_JIS`, as the HTML standard's
        /// "algorithm for extracting a character encoding from a meta element" finds it.
        static func charset(inContentType content: String) -> String? {
            let utf8 = Array(content.utf8)
            return utf8.withUnsafeBufferPointer { buffer -> String? in
                var scanner = Scanner(bytes: buffer)
                return scanner.value(after: "charset", stoppingAt: [UInt8(ascii: ";")])
            }
        }
    }
}
