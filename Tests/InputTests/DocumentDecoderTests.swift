import Assay
import Testing

@Suite struct DocumentDecoderTests {
    private func raw(
        _ bytes: [UInt8],
        format: DocumentFormat = .html,
        id: String = "doc",
        line: Int? = nil
    ) -> RawDocument {
        RawDocument(
            id: id,
            origin: DocumentOrigin(path: "dump/\(id)", line: line),
            format: format,
            content: .bytes(bytes)
        )
    }

    private func page(head: String = "", body: [UInt8]) -> [UInt8] {
        Array("<html><head>\(head)</head><body><p>".utf8) + body + Array("</p></body></html>".utf8)
    }

    // MARK: - Charsets

    @Test func aWindows1252PageWithoutADeclarationIsDecodedWithAWarning() throws {
        // “café” in windows-1252: 0x93 and 0x94 are curly quotes, 0xE9 is é.
        let document = try DocumentDecoder.decode(raw(page(body: [0x93, 0x63, 0x61, 0x66, 0xE9, 0x94])))
        #expect(document.source.contains("<p>“café”</p>"))
        #expect(document.encoding == "windows-1252")
        #expect(document.warnings == ["not valid UTF-8; decoded as windows-1252"])
    }

    @Test func aPageDeclaringLatin1IsReadAsWindows1252WithoutAWarning() throws {
        let head = #"<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">"#
        let document = try DocumentDecoder.decode(raw(page(head: head, body: [0x93, 0x80, 0x94])))
        #expect(document.source.contains("<p>“€”</p>"))
        #expect(document.encoding == "windows-1252")
        #expect(document.warnings.isEmpty)
    }

    @Test func aUTF8PageWhoseMetaClaimsLatin1ComesOutRight() throws {
        let bytes = page(head: #"<meta charset="iso-8859-1">"#, body: Array("“café” – naïve".utf8))
        let document = try DocumentDecoder.decode(raw(bytes))
        #expect(document.source.contains("<p>“café” – naïve</p>"))
        #expect(document.encoding == "utf-8")
        #expect(document.warnings.isEmpty)
    }

    @Test func aUTF8ByteOrderMarkIsDroppedFromTheSource() throws {
        let document = try DocumentDecoder.decode(raw([0xEF, 0xBB, 0xBF] + Array("<p>é</p>".utf8)))
        #expect(document.source == "<p>é</p>")
        #expect(document.encoding == "utf-8")
    }

    @Test func aUTF16LittleEndianPageWithAByteOrderMarkIsDecoded() throws {
        let text = "<p>Grüße, 世界 😀</p>"
        let bytes: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let document = try DocumentDecoder.decode(raw(bytes))
        #expect(document.source == text)
        #expect(document.encoding == "utf-16le")
    }

    @Test func aUTF16BigEndianTextWithAByteOrderMarkIsDecoded() throws {
        let text = "Grüße\n"
        let bytes: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        let document = try DocumentDecoder.decode(raw(bytes, format: .text))
        #expect(document.source == text)
        #expect(document.encoding == "utf-16be")
    }

    @Test func aShiftJISPageDeclaredInMetaIsDecodedThroughIconv() throws {
        // 日本語 in Shift_JIS.
        let bytes = page(head: #"<meta charset="Shift_JIS">"#, body: [0x93, 0xFA, 0x96, 0x7B, 0x8C, 0xEA])
        let document = try DocumentDecoder.decode(raw(bytes))
        #expect(document.source.contains("<p>日本語</p>"))
        #expect(document.encoding == "shift_jis")
        #expect(document.warnings.isEmpty)
    }

    @Test func aKOI8RPageDeclaredInAContentTypePragmaIsDecoded() throws {
        // Привет in KOI8-R.
        let head = #"<META HTTP-EQUIV=content-type CONTENT='text/html; charset=koi8-r'>"#
        let document = try DocumentDecoder.decode(raw(page(head: head, body: [0xF0, 0xD2, 0xC9, 0xD7, 0xC5, 0xD4])))
        #expect(document.source.contains("<p>Привет</p>"))
        #expect(document.encoding == "koi8-r")
    }

    @Test func anXMLDeclarationNamesTheCharsetOfAnXHTMLPage() throws {
        let bytes = Array(#"<?xml version="1.0" encoding="windows-1251"?><html><body><p>"#.utf8) + [0xCF, 0xF0, 0xE8]
        let document = try DocumentDecoder.decode(raw(bytes))
        #expect(document.source.hasSuffix("<p>При"))
        #expect(document.encoding == "windows-1251")
    }

    @Test func plainTextIgnoresWhatLooksLikeAMetaCharset() throws {
        let bytes = Array(#"<meta charset="koi8-r"> "#.utf8) + [0xE9]
        let document = try DocumentDecoder.decode(raw(bytes, format: .text))
        #expect(document.source.hasSuffix(" é"))
        #expect(document.encoding == "windows-1252")
        #expect(document.warnings == ["not valid UTF-8; decoded as windows-1252"])
    }

    @Test func mostlyUTF8WithAStrayByteStaysUTF8() throws {
        let bytes = Array("“Zürich” und “Genève” – ".utf8) + [0xA0] + Array("fin".utf8)
        let document = try DocumentDecoder.decode(raw(bytes, format: .text))
        #expect(document.source == "“Zürich” und “Genève” – \u{FFFD}fin")
        #expect(document.encoding == "utf-8")
        #expect(document.warnings.count == 1)
    }

    @Test func anUnknownDeclaredCharsetFallsBackToWindows1252() throws {
        let document = try DocumentDecoder.decode(raw(page(head: #"<meta charset="x-klingon">"#, body: [0xE9])))
        #expect(document.source.contains("<p>é</p>"))
        #expect(document.encoding == "windows-1252")
        #expect(document.warnings.contains("not valid UTF-8; decoded as windows-1252"))
    }

    // MARK: - Empty and binary input

    @Test(arguments: [[], Array(" \n\t\r\n ".utf8), [0xEF, 0xBB, 0xBF, 0x20]])
    func anEmptyOrBlankDocumentIsAnEmptyDocumentError(bytes: [UInt8]) {
        #expect {
            try DocumentDecoder.decode(raw(bytes, id: "blank.txt", line: 3))
        } throws: { error in
            guard let error = error as? StageError else { return false }
            return error.code == .emptyDocument && error.documentID == "blank.txt"
                && error.message == "dump/blank.txt:3 is empty"
        }
    }

    @Test func aNULByteMakesABinaryInputError() {
        let bytes = Array("GIF89a".utf8) + [0x01, 0x00, 0x01, 0x00]
        #expect {
            try DocumentDecoder.decode(raw(bytes, id: "image.html"))
        } throws: { error in
            guard let error = error as? StageError else { return false }
            return error.code == .binaryInput && error.documentID == "image.html"
                && error.message.hasPrefix("dump/image.html looks like binary data")
        }
    }

    @Test func manyControlCharactersMakeABinaryInputError() {
        let bytes = (0..<100).flatMap { _ in [0x41, 0x42, 0x03, 0x1B] as [UInt8] }
        #expect {
            try DocumentDecoder.decode(raw(bytes, format: .text))
        } throws: { error in
            (error as? StageError)?.code == .binaryInput
        }
    }

    @Test func tabsFormFeedsAndLineBreaksAreNotControlCharacters() throws {
        let bytes = Array("a\tb\u{0C}\r\n".utf8)
        let document = try DocumentDecoder.decode(raw(bytes, format: .text))
        #expect(document.source == "a\tb\u{0C}\r\n")
    }

    // MARK: - Hashing and copying

    @Test func theHashIsTheSHA256OfTheBytesAsStored() throws {
        let document = try DocumentDecoder.decode(raw(Array("abc".utf8), format: .text))
        #expect(document.sourceSHA256 == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test func textFromARecordIsHashedAsUTF8AndKeepsItsMetadata() throws {
        let metadata = DocumentMetadata(title: "T", publisher: "P", published: "2020-01-02", url: "https://e.x/")
        let raw = RawDocument(
            id: "rec-1",
            origin: DocumentOrigin(path: "d.jsonl", line: 4),
            format: .text,
            content: .text("abc"),
            metadata: metadata
        )
        let document = try DocumentDecoder.decode(raw)
        #expect(document.sourceSHA256 == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(document.id == "rec-1")
        #expect(document.origin == DocumentOrigin(path: "d.jsonl", line: 4))
        #expect(document.format == .text)
        #expect(document.metadata == metadata)
        #expect(document.encoding == "utf-8")
        #expect(document.layers == [.source])
    }

    @Test func blankTextFromARecordIsAnEmptyDocumentError() {
        let raw = RawDocument(
            id: "r",
            origin: DocumentOrigin(path: "d.jsonl", line: 9),
            format: .html,
            content: .text("  ")
        )
        #expect {
            try DocumentDecoder.decode(raw)
        } throws: { error in
            (error as? StageError)?.message == "d.jsonl:9 is empty"
        }
    }
}
