/// Tells, from the scalars alone, that UTF-8 text is already in NFC: every scalar is one that NFC never changes and
/// that never composes with its neighbour (quick-check "yes" and combining class 0).
///
/// Covers what news text is made of (Latin, Greek, Cyrillic, CJK, general punctuation, symbols, emoji); anything
/// else answers `false`, and the caller normalises properly.
enum NFCQuickCheck {
    /// Whether `text` is certainly NFC; `false` means "normalise to find out".
    static func isCertainlyNFC(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = text.count
        while index < count {
            let lead = text[index]
            // Lead bytes below 0xCC start scalars below U+0300, the first combining mark.
            if lead < 0xCC {
                index += lead < 0x80 ? 1 : 2
                continue
            }
            let length = CleanTextBuilder.sequenceLength(lead)
            guard index + length <= count else { return false }
            var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
            for offset in 1..<length {
                value = value << 6 | (UInt32(text[index + offset]) & 0x3F)
            }
            if !isInert(value) { return false }
            index += length
        }
        return true
    }

    /// Scalars with NFC quick-check "yes" and canonical combining class 0, by block; exceptions are listed.
    static func isInert(_ value: UInt32) -> Bool {
        switch value {
        case 0x0000...0x02FF:
            return true
        case 0x0370...0x03FF:
            // Greek, except the singletons U+0374, U+037E, U+0387.
            return value != 0x0374 && value != 0x037E && value != 0x0387
        case 0x0400...0x0482, 0x048A...0x052F:
            // Cyrillic, without the combining marks U+0483–U+0489.
            return true
        case 0x2002...0x206F:
            // General punctuation, except the singletons U+2000 and U+2001.
            return true
        case 0x20A0...0x20CF, 0x2150...0x2328, 0x232B...0x2BFF:
            // Currency, number forms, arrows, mathematical and technical symbols, box drawing, shapes, dingbats;
            // U+2329 and U+232A are singletons and U+2ADC is excluded from composition.
            return value != 0x2ADC
        case 0x2100...0x214F:
            // Letterlike symbols, except OHM, KELVIN and ANGSTROM SIGN.
            return value != 0x2126 && value != 0x212A && value != 0x212B
        case 0x3000...0x3029, 0x3030...0x3098, 0x309B...0x30FF:
            // CJK punctuation, hiragana, katakana, without their combining marks.
            return true
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7A3:
            // CJK ideographs and precomposed Hangul syllables.
            return true
        case 0xFE00...0xFE0F, 0xFF01...0xFFEF:
            // Variation selectors, halfwidth and fullwidth forms.
            return true
        case 0x1F000...0x1FAFF, 0xE0020...0xE007F:
            // Emoji and pictographs, and the tag characters of flag sequences.
            return true
        default:
            return false
        }
    }
}
