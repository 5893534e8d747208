internal import Foundation

extension CleanTextBuilder {
    /// Appends text copied from the source, normalised to Unicode NFC, keeping the source map exact.
    ///
    /// Text that is certainly NFC already (ASCII, Latin, general punctuation, CJK, emoji, …) is copied as is. Where
    /// normalisation changes a character (a letter followed by a combining accent, a singleton such as U+212B
    /// ANGSTROM SIGN), the normalised character is appended with `.range` of the source bytes it came from, so every
    /// clean character still maps to source characters that normalise to it.
    ///
    /// ```swift
    /// builder.appendNormalizingNFC(bytes, at: 120)  // "Cafe\u{301}" at byte 120 → "Caf" aligned, "é" from 123..<126
    /// ```
    ///
    /// - Parameters:
    ///   - text: UTF-8 bytes that stand unchanged in the source.
    ///   - start: the source byte offset of `text`.
    mutating func appendNormalizingNFC(_ text: UnsafeBufferPointer<UInt8>, at start: Int) {
        if NFCQuickCheck.isCertainlyNFC(text) {
            append(text, at: .aligned(start))
            return
        }
        let string = String(decoding: text, as: UTF8.self)
        let normalized = string.precomposedStringWithCanonicalMapping
        // Compare scalars: `==` on strings compares canonical equivalence, which is always true here.
        if normalized.unicodeScalars.elementsEqual(string.unicodeScalars) {
            append(text, at: .aligned(start))
            return
        }
        let pieces = Self.normalizedPieces(of: string, normalized: normalized)
        for piece in pieces {
            switch piece {
            case .copied(let range):
                append(UnsafeBufferPointer(rebasing: text[range]), at: .aligned(start + range.lowerBound))
            case .replaced(let range, let replacement):
                append(replacement, at: .range((start + range.lowerBound)..<(start + range.upperBound)))
            }
        }
    }

    /// A stretch of a line after normalisation: copied bytes, or a normalised string standing for a byte range.
    private enum NFCPiece {
        case copied(Range<Int>)
        case replaced(Range<Int>, String)
    }

    /// Splits `string` into copied and normalised pieces whose concatenation is exactly `normalized`.
    ///
    /// Normalises one character (grapheme cluster) at a time, which keeps each replacement as small as possible.
    /// Canonical composition can in principle reach across a cluster boundary; if the pieces do not add up to the
    /// normalised line, falls back to one replacement between the longest common prefix and suffix.
    private static func normalizedPieces(of string: String, normalized: String) -> [NFCPiece] {
        var pieces: [NFCPiece] = []
        var copiedStart: Int?
        var rebuilt = String.UnicodeScalarView()
        let utf8 = string.utf8
        var index = string.startIndex
        while index < string.endIndex {
            let next = string.index(after: index)
            let lower = utf8.distance(from: utf8.startIndex, to: index)
            let upper = utf8.distance(from: utf8.startIndex, to: next)
            let character = string[index..<next]
            let form = String(character).precomposedStringWithCanonicalMapping
            if form.unicodeScalars.elementsEqual(character.unicodeScalars) {
                if copiedStart == nil { copiedStart = lower }
            } else {
                // Scalars the form shares at its start stay copied: in " \u{344}", the space is not replaced.
                var shared = 0
                var formStart = form.unicodeScalars.startIndex
                for (original, normal) in zip(character.unicodeScalars, form.unicodeScalars) {
                    guard original == normal else { break }
                    shared += UTF8.width(original)
                    formStart = form.unicodeScalars.index(after: formStart)
                }
                if shared > 0 && copiedStart == nil { copiedStart = lower }
                if let copied = copiedStart {
                    pieces.append(.copied(copied..<(lower + shared)))
                    copiedStart = nil
                }
                pieces.append(.replaced((lower + shared)..<upper, String(form.unicodeScalars[formStart...])))
            }
            rebuilt.append(contentsOf: form.unicodeScalars)
            index = next
        }
        if let copied = copiedStart { pieces.append(.copied(copied..<utf8.count)) }
        if rebuilt.elementsEqual(normalized.unicodeScalars) { return pieces }
        return prefixSuffixPieces(of: Array(utf8), normalized: Array(normalized.utf8))
    }

    /// One replacement between the longest common prefix and suffix (at scalar boundaries) of the two forms.
    private static func prefixSuffixPieces(of original: [UInt8], normalized: [UInt8]) -> [NFCPiece] {
        var prefix = 0
        let limit = min(original.count, normalized.count)
        while prefix < limit && original[prefix] == normalized[prefix] { prefix += 1 }
        while prefix > 0 && prefix < original.count && original[prefix] & 0xC0 == 0x80 { prefix -= 1 }
        var suffix = 0
        while suffix < limit - prefix
            && original[original.count - 1 - suffix] == normalized[normalized.count - 1 - suffix]
        {
            suffix += 1
        }
        while suffix > 0 && original[original.count - suffix] & 0xC0 == 0x80 { suffix -= 1 }
        var pieces: [NFCPiece] = []
        if prefix > 0 { pieces.append(.copied(0..<prefix)) }
        let middle = String(decoding: normalized[prefix..<(normalized.count - suffix)], as: UTF8.self)
        pieces.append(.replaced(prefix..<(original.count - suffix), middle))
        if suffix > 0 { pieces.append(.copied((original.count - suffix)..<original.count)) }
        return pieces
    }
}
