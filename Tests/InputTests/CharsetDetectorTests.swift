import AssayTestSupport
import Testing

@testable import Assay

@Suite struct CharsetDetectorTests {
    private func declared(_ html: String) -> String? {
        Array(html.utf8).withUnsafeBufferPointer { CharsetDetector.declaredLabel(inHTML: $0) }
    }

    @Test(arguments: [
        (#"<meta charset="utf-8">"#, "utf-8"),
        (#"<META CHARSET=Shift_JIS>"#, "Shift_JIS"),
        (#"<meta charset='gbk'/>"#, "gbk"),
        (#"<meta http-equiv="Content-Type" content="text/html; charset=euc-kr">"#, "euc-kr"),
        (#"<meta content="text/html;charset = big5" http-equiv="content-type">"#, "big5"),
        (#"<meta content='text/html; charset="koi8-u"; x=y' http-equiv=Content-Type />"#, "koi8-u"),
    ])
    func aDeclaredCharsetIsFoundInTheHead(html: String, label: String) {
        #expect(declared("<!DOCTYPE html><html><head>" + html) == label)
    }

    @Test func anXMLDeclarationAtTheStartNamesTheCharset() {
        #expect(declared(#"<?xml version="1.0" encoding='ISO-8859-2'?><html>"#) == "ISO-8859-2")
        #expect(declared(#"<?xml version="1.0"?><html><meta charset="utf-8">"#) == "utf-8")
    }

    @Test(arguments: [
        #"<meta name="viewport" content="width=device-width">"#,
        #"<meta content="text/html; charset=koi8-r">"#,
        #"<!-- <meta charset="koi8-r"> -->"#,
        #"<metadata charset="koi8-r">"#,
    ])
    func markupThatDeclaresNoCharsetIsIgnored(html: String) {
        #expect(declared("<html><head>" + html + "<title>t</title></head>") == nil)
    }

    @Test func aDeclarationAfterTheFirst4KiBIsIgnored() {
        let padding = String(repeating: " ", count: 4100)
        #expect(declared("<html>" + padding + #"<meta charset="koi8-r">"#) == nil)
    }

    @Test(arguments: [
        ("Latin1", "windows-1252"), (" US-ASCII ", "windows-1252"), ("iso-8859-1", "windows-1252"),
        ("UTF8", "utf-8"), ("x-sjis", "shift_jis"), ("GB2312", "gbk"), ("ks_c_5601-1987", "euc-kr"),
        ("cp1251", "windows-1251"),
    ])
    func labelsMapToTheirWHATWGNames(label: String, name: String) {
        #expect(Charset(label: label)?.name == name)
    }

    @Test func anUnknownLabelIsNoCharset() {
        #expect(Charset(label: "x-klingon") == nil)
        #expect(Charset(label: "utf 8") == nil)
    }

    @Test func undefinedWindows1252BytesBecomeTheirC1Controls() {
        #expect(Windows1252.decode([0x81, 0x8D, 0x8F, 0x90, 0x9D]) == "\u{81}\u{8D}\u{8F}\u{90}\u{9D}")
        #expect(Windows1252.decode([0x80, 0x99, 0xA0, 0xFF]) == "€™\u{A0}ÿ")
    }
}

@Suite struct UTF8ValidatorTests {
    @Test func itAgreesWithTheStandardLibraryOnRandomBytes() {
        var generator = SeededGenerator(seed: 42)
        for _ in 0..<2000 {
            let length = Int(generator.next() % 40)
            // Mostly ASCII with high bytes mixed in, so that both paths and every lead byte are exercised.
            let bytes = (0..<length).map { _ -> UInt8 in
                let value = generator.next()
                return value % 3 == 0 ? UInt8(truncatingIfNeeded: value >> 8) | 0x80 : UInt8(value >> 8 & 0x7F)
            }
            let isValid = bytes.withUnsafeBufferPointer { UTF8Validator.firstInvalidOffset(in: $0) } == nil
            #expect(isValid == (String(validating: bytes, as: UTF8.self) != nil), "\(bytes)")
        }
    }

    @Test(
        arguments: [
            [0xC0, 0x80], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80],
            [0xE2, 0x82],
        ] as [[UInt8]]
    )
    func overlongSurrogateAndTruncatedSequencesAreInvalid(bytes: [UInt8]) {
        let padded = Array("0123456789".utf8) + bytes
        #expect(padded.withUnsafeBufferPointer { UTF8Validator.firstInvalidOffset(in: $0) } == 10)
    }
}

/// A seeded generator, so that failures reproduce (as in swift-algorithms' TestUtilities.swift).
