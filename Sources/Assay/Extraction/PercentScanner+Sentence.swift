// MARK: - The sentence around a percentage

extension PercentScanner {
    /// The bytes of the sentence that contains `span`: from after the previous sentence end or line break to the
    /// next sentence end (its full stop and closing quotes included) or line break, spaces trimmed.
    ///
    /// A sentence ends at `.`, `!`, `?` or `…`, after any closing quotes or brackets, when a space follows and the
    /// next word opens like a sentence (a capital, a digit, a quote). A full stop after a single letter ("U.S.",
    /// "J. Smith") or a common abbreviation ("Mr.", "Jan.", "No.") ends none. Paragraphs never share a sentence. A
    /// sentence is looked for at most 4,000 bytes either side, so a long table stays cheap.
    func sentenceBytes(around span: Range<Int>) -> Range<Int> {
        let floor = max(0, span.lowerBound - 4000)
        var start = floor
        var index = span.lowerBound
        while index > floor {
            index -= 1
            let byte = bytes[index]
            if byte == 0x0A || (byte == 0x20 && endsSentence(spaceAt: index)) {
                start = index + 1
                break
            }
        }
        if start == floor && floor > 0 {
            // No start found within reach: begin at a whole word.
            while start < span.lowerBound && bytes[start] != 0x20 { start += 1 }
        }
        while start < span.lowerBound && (bytes[start] == 0x20 || bytes[start] == 0x09) { start += 1 }

        let ceiling = min(bytes.count, span.upperBound + 4000)
        var end = span.upperBound
        while end < ceiling {
            let byte = bytes[end]
            if byte == 0x0A || (byte == 0x20 && endsSentence(spaceAt: end)) { break }
            end += 1
        }
        if end == ceiling {
            // Cut mid-sentence: do not cut a scalar too.
            while end > span.upperBound && end < bytes.count && bytes[end] & 0xC0 == 0x80 { end -= 1 }
        }
        while end > span.upperBound && (bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09) { end -= 1 }
        return start..<end
    }

    /// Whether the space at byte `index` follows the end of a sentence and precedes the start of another.
    private func endsSentence(spaceAt index: Int) -> Bool {
        // Step back over closing quotes and brackets: `."`, `.)`, `.”`.
        var position = index
        var closers = 0
        var mark: UInt32 = 0
        while position > 0 && closers <= 3 {
            let (scalar, start) = scalar(before: position)
            position = start
            if scalar == 0x22 || scalar == 0x27 || scalar == 0x29 || scalar == 0x5D {
                closers += 1
                continue
            }
            mark = scalar
            break
        }
        switch mark {
        case 0x21, 0x3F, 0x2026:
            break
        case 0x2E:
            if isAbbreviation(endingAt: position) { return false }
        default:
            return false
        }
        // The next sentence opens with a capital, a digit, a quote or a bracket.
        var next = index
        while next < bytes.count && (bytes[next] == 0x20 || bytes[next] == 0x09) { next += 1 }
        guard next < bytes.count, bytes[next] != 0x0A else { return true }
        let (scalar, _) = foldedScalar(at: next)
        if Self.isDigit(scalar) || scalar == 0x22 || scalar == 0x27 || scalar == 0x28 || scalar == 0x5B {
            return true
        }
        return Unicode.Scalar(scalar)?.properties.isUppercase ?? false
    }

    /// Whether the full stop at byte `dot` closes an initial or an abbreviation rather than a sentence.
    private func isAbbreviation(endingAt dot: Int) -> Bool {
        var start = dot
        while start > 0 && Self.isASCIILetter(bytes[start - 1]) && dot - start < 8 { start -= 1 }
        let length = dot - start
        if length == 0 { return false }
        if length == 1 { return true }
        if start > 0 && Self.isASCIILetter(bytes[start - 1]) { return false }
        let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<dot]), as: UTF8.self).lowercased()
        return Self.abbreviations.contains(word)
    }

    private static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "gen", "lt", "col", "sgt", "capt", "gov", "sen", "rep",
        "rev", "hon", "pres", "vs", "no", "nos", "vol", "fig", "approx", "est", "jan", "feb", "mar", "apr", "jun",
        "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "cf", "al", "op", "univ", "dept",
    ]

    /// The folded scalar that ends at byte `end`, and the byte where it starts.
    private func scalar(before end: Int) -> (value: UInt32, start: Int) {
        var start = end - 1
        while start > 0 && bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return (foldedScalar(at: start).value, start)
    }
}
