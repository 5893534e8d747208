/// Splits plain text into lines, in UTF-8 byte ranges, and tells lines with text from blank ones.
///
/// A line ends at `\n`, `\r`, `\r\n`, a vertical tab, a form feed, U+0085 (next line), U+2028 (line separator) or
/// U+2029 (paragraph separator).
///
/// ```swift
/// var text = "Headline\r\n\r\nBody."
/// text.withUTF8 { SourceLines.nonBlankLines(in: $0) }  // [0..<8, 12..<17]
/// ```
enum SourceLines {
    /// The byte ranges of the lines of `text` that hold at least one visible character, without their terminators.
    ///
    /// - Parameter text: UTF-8 text.
    /// - Returns: half-open byte ranges into `text`, in order.
    /// - Complexity: O(*n*).
    static func nonBlankLines(in text: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        var start = 0
        var index = 0
        let count = text.count
        while index < count {
            let byte = text[index]
            var terminator = 0
            switch byte {
            case 0x0A, 0x0B, 0x0C:
                terminator = 1
            case 0x0D:
                terminator = index + 1 < count && text[index + 1] == 0x0A ? 2 : 1
            case 0xC2 where index + 1 < count && text[index + 1] == 0x85:
                terminator = 2
            case 0xE2
            where index + 2 < count && text[index + 1] == 0x80
                && (text[index + 2] == 0xA8 || text[index + 2] == 0xA9):
                terminator = 3
            default:
                break
            }
            if terminator > 0 {
                if hasVisibleCharacter(text, start..<index) { lines.append(start..<index) }
                index += terminator
                start = index
            } else {
                index += 1
            }
        }
        if start < count, hasVisibleCharacter(text, start..<count) { lines.append(start..<count) }
        return lines
    }

    /// Whether the bytes hold a character that is neither whitespace nor an invisible format or control character.
    static func hasVisibleCharacter(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = text[index]
            if byte < 0x80 {
                if byte > 0x20 && byte != 0x7F { return true }
                index += 1
                continue
            }
            let length = CleanTextBuilder.sequenceLength(byte)
            let end = min(index + length, range.upperBound)
            var decoder = UTF8()
            var iterator = UnsafeBufferPointer(rebasing: text[index..<end]).makeIterator()
            if case .scalarValue(let scalar) = decoder.decode(&iterator) {
                if !scalar.properties.isWhitespace && !isInvisible(scalar) { return true }
            } else {
                return true
            }
            index = end
        }
        return false
    }

    /// Characters that ``CleanTextBuilder`` drops: C1 controls, the soft hyphen, zero-width characters, the BOM.
    private static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x80...0x9F, 0xAD, 0x200B...0x200F, 0x2060, 0xFEFF: return true
        default: return false
        }
    }
}
