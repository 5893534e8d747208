internal import Crypto

/// Turns a ``RawDocument`` into a ``Document``: hashes its bytes, rejects empty and binary input, and decodes the
/// bytes in the character set ``CharsetDetector`` picks.
///
/// ```swift
/// for item in InputReader(paths: ["dump/"]) {
///     guard case .document(let raw) = item else { continue }
///     let document = try DocumentDecoder.decode(raw)
///     print(document.encoding)   // "utf-8", "windows-1252", …
/// }
/// ```
///
/// Decoding is a pure function of the raw document, so it runs on the worker that processes the document rather
/// than in the sequential reader.
public enum DocumentDecoder {
    /// How much of a document the binary check samples.
    static let sampleLength = 8 * 1024
    /// The share of control characters in the sample above which bytes are taken for binary data.
    static let maximumControlShare = 0.10

    /// Decodes `raw`.
    ///
    /// Copies the id, origin, format and metadata, records ``Document/sourceSHA256`` (of the bytes as stored, after
    /// gzip decompression; for text from a JSON Lines record, of its UTF-8), ``Document/encoding`` and any charset
    /// warnings. A byte order mark is not part of ``Document/source``.
    ///
    /// - Parameter raw: A document from ``InputReader``, or one built in memory.
    /// - Returns: The document with its `source` layer.
    /// - Throws: ``StageError`` naming the document's origin: `.emptyDocument` when it has no bytes or only
    ///   whitespace, `.binaryInput` when the bytes are not text.
    public static func decode(_ raw: RawDocument) throws(StageError) -> Document {
        let source: String
        let sha256: String
        var encoding = Charset.utf8
        var warnings: [String] = []
        switch raw.content {
        case .bytes(let bytes):
            let decoded = try bytes.withUnsafeBufferPointer { buffer throws(StageError) in
                try decode(buffer, of: raw)
            }
            (source, encoding, warnings) = (decoded.text, decoded.charset, decoded.warnings)
            sha256 = bytes.withUnsafeBytes { hexSHA256($0) }
        case .text(let text):
            var text = text
            sha256 = text.withUTF8 { utf8 in hexSHA256(UnsafeRawBufferPointer(utf8)) }
            if text.utf8.isEmpty { throw empty(raw) }
            if let reason = text.withUTF8({ binaryReason($0) }) { throw binary(raw, reason: reason) }
            if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
            source = text
        }
        if source.unicodeScalars.allSatisfy(\.properties.isWhitespace) { throw empty(raw) }

        var document = Document(
            id: raw.id,
            origin: raw.origin,
            format: raw.format,
            source: source,
            sourceSHA256: sha256,
            encoding: encoding.name,
            metadata: raw.metadata
        )
        document.warnings = warnings
        return document
    }

    // MARK: - Bytes

    private static func decode(
        _ bytes: UnsafeBufferPointer<UInt8>,
        of raw: RawDocument
    ) throws(StageError) -> (text: String, charset: Charset, warnings: [String]) {
        if bytes.isEmpty { throw empty(raw) }
        let mark = CharsetDetector.byteOrderMark(in: bytes)
        // UTF-16 text is full of NUL bytes; it is checked after decoding instead.
        let isUTF16 = mark.map { $0.0 == .utf16LE || $0.0 == .utf16BE } ?? false
        if !isUTF16, let reason = binaryReason(bytes) { throw binary(raw, reason: reason) }

        let detection = CharsetDetector.detect(bytes, format: raw.format)
        let body = UnsafeBufferPointer(rebasing: bytes[detection.byteOrderMarkLength...])
        var warnings = detection.warnings
        var charset = detection.charset
        let text: String
        switch charset {
        case .utf8:
            text = String(decoding: body, as: UTF8.self)
        case .utf16LE, .utf16BE:
            text = decodeUTF16(body, bigEndian: charset == .utf16BE)
            if let reason = binaryReason(text) { throw binary(raw, reason: reason) }
        case .windows1252:
            text = Windows1252.decode(body)
        default:
            if let iconvName = charset.iconvName, let converter = IconvConverter(from: iconvName) {
                let (converted, replacements) = converter.decode(body)
                text = converted
                if replacements > 0 {
                    warnings.append("\(replacements) bytes not valid \(charset) replaced with U+FFFD")
                }
            } else {
                warnings.append("this system's iconv cannot decode \(charset); decoded as windows-1252")
                charset = .windows1252
                text = Windows1252.decode(body)
            }
        }
        return (text, charset, warnings)
    }

    private static func decodeUTF16(_ bytes: UnsafeBufferPointer<UInt8>, bigEndian: Bool) -> String {
        let unitCount = bytes.count / 2
        let units = [UInt16](unsafeUninitializedCapacity: unitCount) { buffer, count in
            for index in 0..<unitCount {
                let first = UInt16(bytes[2 * index])
                let second = UInt16(bytes[2 * index + 1])
                buffer[index] = bigEndian ? first << 8 | second : second << 8 | first
            }
            count = unitCount
        }
        // String(decoding:) replaces unpaired surrogates with U+FFFD; a dangling odd byte gets one too.
        var text = String(decoding: units, as: UTF16.self)
        if bytes.count % 2 == 1 { text.unicodeScalars.append("\u{FFFD}") }
        return text
    }

    // MARK: - Checks

    /// Why `bytes` look binary (a NUL byte or too many control characters in the first 8 KiB), or `nil`.
    private static func binaryReason(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let sample = bytes.prefix(sampleLength)
        var controls = 0
        for (offset, byte) in sample.enumerated() where isControl(UInt32(byte)) {
            if byte == 0 { return "a NUL byte at offset \(offset)" }
            controls += 1
        }
        return controlShareReason(controls, of: sample.count, unit: "bytes")
    }

    /// The same check for text decoded from UTF-16, counting characters rather than bytes.
    private static func binaryReason(_ text: String) -> String? {
        var controls = 0
        var count = 0
        for scalar in text.unicodeScalars.prefix(sampleLength) {
            count += 1
            if isControl(scalar.value) { controls += 1 }
        }
        return controlShareReason(controls, of: count, unit: "characters")
    }

    private static func controlShareReason(_ controls: Int, of count: Int, unit: String) -> String? {
        guard count > 0, Double(controls) > maximumControlShare * Double(count) else { return nil }
        return "\(controls * 100 / count)% control characters in the first \(count) \(unit)"
    }

    /// C0 controls and DEL, except tab, line feed, form feed and carriage return.
    @inline(__always)
    private static func isControl(_ value: UInt32) -> Bool {
        (value < 0x20 && value != 0x09 && value != 0x0A && value != 0x0C && value != 0x0D) || value == 0x7F
    }

    private static func empty(_ raw: RawDocument) -> StageError {
        StageError(.emptyDocument, stage: "read", documentID: raw.id, message: "\(raw.origin) is empty")
    }

    private static func binary(_ raw: RawDocument, reason: String) -> StageError {
        StageError(
            .binaryInput,
            stage: "read",
            documentID: raw.id,
            message: "\(raw.origin) looks like binary data, not text (\(reason))"
        )
    }

    // MARK: - Hashing

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// The lowercase hex SHA-256 of `bytes`.
    static func hexSHA256(_ bytes: UnsafeRawBufferPointer) -> String {
        var hasher = SHA256()
        hasher.update(bufferPointer: bytes)
        let digest = hasher.finalize()
        return String(unsafeUninitializedCapacity: SHA256.byteCount * 2) { output in
            var index = 0
            for byte in digest {
                output[index] = hexDigits[Int(byte >> 4)]
                output[index + 1] = hexDigits[Int(byte & 0x0F)]
                index += 2
            }
            return index
        }
    }
}
