/// Decodes windows-1252, the charset the WHATWG Encoding standard uses for every "latin1" and "us-ascii" label.
///
/// ```swift
/// Windows1252.decode([0x93, 0x63, 0x61, 0x66, 0xE9, 0x94])   // "“café”"
/// ```
///
/// Bytes 0xA0–0xFF are the same code points (ISO 8859-1); 0x80–0x9F are the table below. The five bytes windows-1252
/// leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to the C1 controls of the same number, as the WHATWG index
/// does, so every byte decodes and nothing is lost.
enum Windows1252 {
    /// Code points for bytes 0x80–0x9F, from https://encoding.spec.whatwg.org/index-windows-1252.txt.
    static let highTable: [UInt16] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,  // 80–87
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,  // 88–8F
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,  // 90–97
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,  // 98–9F
    ]

    /// Decodes `bytes`; every byte sequence is valid windows-1252.
    ///
    /// - Complexity: O(*n*), writing UTF-8 directly into the string's storage.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        // Each byte becomes at most three UTF-8 bytes (the table's largest code point is U+2122).
        String(unsafeUninitializedCapacity: bytes.count * 3) { output in
            var written = 0
            highTable.withUnsafeBufferPointer { table in
                for byte in bytes {
                    if byte < 0x80 {
                        output[written] = byte
                        written += 1
                        continue
                    }
                    let scalar = byte < 0xA0 ? UInt32(table[Int(byte) - 0x80]) : UInt32(byte)
                    if scalar < 0x800 {
                        output[written] = UInt8(0xC0 | (scalar >> 6))
                        output[written + 1] = UInt8(0x80 | (scalar & 0x3F))
                        written += 2
                    } else {
                        output[written] = UInt8(0xE0 | (scalar >> 12))
                        output[written + 1] = UInt8(0x80 | ((scalar >> 6) & 0x3F))
                        output[written + 2] = UInt8(0x80 | (scalar & 0x3F))
                        written += 3
                    }
                }
            }
            return written
        }
    }

    /// Decodes `bytes`; every byte sequence is valid windows-1252.
    static func decode(_ bytes: [UInt8]) -> String {
        bytes.withUnsafeBufferPointer { decode($0) }
    }
}
