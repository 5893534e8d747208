/// One pass over the UTF-8 bytes of a text that finds its percentages; see ``PercentRules`` for what it finds.
///
/// The pass looks only for anchors: a `%` sign, a word starting `per`/`pct`/`pc` that spells a unit, and (with
/// `fractions`) the word `half`. Only around an anchor does it cut a short window of the line into tokens and read
/// back to the number, the range and the qualifier. Most bytes are looked at once, so a clean text is scanned at
/// hundreds of megabytes a second.
///
/// It borrows `bytes` from `String.withUTF8`: create it inside that closure and do not let it escape.
struct PercentScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    /// Whether to read numbers in words ("seventy per cent").
    var words = true
    /// Whether to read "half" as 50 per cent where it clearly states a share.
    var fractions = true
    /// Whether a mention's span includes its qualifiers ("around 70%") or only the number and unit ("70%").
    var qualifierInSpan = true

    /// A percentage found, in byte offsets, before it becomes a ``Mention``.
    struct Candidate {
        /// The span, qualifier included.
        var start: Int
        var end: Int
        /// The number (or the range, with its sign) and its unit, without the qualifiers around them.
        var numberStart: Int
        var numberEnd: Int
        /// The normalised value: `"70"`, `"0.1"`, `"30-40"`.
        var value: String
        /// The stated number (the upper one for a range), to recompute bounds.
        var number: Double
        var lower: Double
        var upper: Double
        var modifier: PercentModifier?
        /// `Percent`, or `Fraction` for "half".
        var kind: String
        var attributes: [String: String] = [:]
    }

    init(bytes: UnsafeBufferPointer<UInt8>, words: Bool = true, fractions: Bool = true, qualifierInSpan: Bool = true) {
        self.bytes = bytes
        self.words = words
        self.fractions = fractions
        self.qualifierInSpan = qualifierInSpan
    }

    /// Every percentage in the text, sorted by start, with its sentence in `attributes["sentence"]`.
    func mentions() -> [Mention] {
        var mentions: [Mention] = []
        var offsets = ScalarOffsets(bytes: bytes)
        var sentence: (bytes: Range<Int>, scalars: Range<Int>)?
        for candidate in candidates() {
            let span = qualifierInSpan ? candidate.start..<candidate.end : candidate.numberStart..<candidate.numberEnd
            var mention = Mention(
                start: offsets.scalarOffset(ofByte: span.lowerBound),
                end: offsets.scalarOffset(ofByte: span.upperBound),
                text: String(decoding: UnsafeBufferPointer(rebasing: bytes[span]), as: UTF8.self),
                type: .percent
            )
            mention.value = candidate.value
            mention.modifier = candidate.modifier?.rawValue
            mention.lower = candidate.lower
            mention.upper = candidate.upper
            mention.kind = candidate.kind
            mention.rule = "rule:percent"
            // Percentages in a table often share one long "sentence": find it once.
            let current: Range<Int>
            if let sentence, sentence.bytes.lowerBound <= candidate.start, candidate.end <= sentence.bytes.upperBound {
                current = sentence.scalars
            } else {
                let range = sentenceBytes(around: candidate.start..<candidate.end)
                current =
                    offsets.scalarOffset(ofByte: range.lowerBound)..<offsets.scalarOffset(ofByte: range.upperBound)
                sentence = (range, current)
            }
            var attributes = candidate.attributes
            attributes["sentence"] = "\(current.lowerBound)-\(current.upperBound)"
            mention.attributes = attributes
            mentions.append(mention)
        }
        return mentions
    }

    /// Every candidate in text order, overlaps resolved.
    func candidates() -> [Candidate] {
        var found: [Candidate] = []
        var segment: Segment?
        let count = bytes.count
        var index = 0
        while index < count {
            index = nextPossibleAnchor(from: index)
            guard index < count else { break }
            var anchor: Range<Int>?
            var isHalf = false
            switch bytes[index] {
            case 0x25:
                // "%"
                anchor = index..<index + 1
            case 0xEF:
                // "\u{FF05}", the fullwidth percent sign, which folds to "%".
                if index + 2 < count && bytes[index + 1] == 0xBC && bytes[index + 2] == 0x85 {
                    anchor = index..<index + 3
                }
            case 0x50, 0x70:
                // "p" or "P": maybe "percent", "per cent", "pct", "pc".
                anchor = unit(startingAt: index)
            case 0x48, 0x68:
                // "h" or "H": maybe "half".
                if fractions {
                    anchor = half(startingAt: index)
                    isHalf = true
                }
            default:
                break
            }
            guard let anchor else {
                index += 1
                continue
            }
            let current = self.segment(around: anchor, cached: segment)
            segment = current
            if let position = current.index(ofTokenAt: anchor.lowerBound) {
                let kind = current.tokens[position].kind
                if isHalf && kind == .word {
                    add(fraction(halfAt: position, in: current.tokens), to: &found)
                } else if !isHalf && kind == .unit {
                    add(percentages(unitAt: position, in: current.tokens), to: &found)
                }
            }
            index = anchor.upperBound
        }
        return found
    }

    // MARK: - Anchors

    /// The first byte from `start` on that may open an anchor (`%`, `p`, `P`, `h`, `H`, the lead byte of `\u{FF05}`),
    /// or the end of the text.
    ///
    /// Skips eight bytes at a time while none of them can, with the zero-byte test of "Bit Twiddling Hacks":
    /// `(v - 0x01…) & ~v & 0x80…` is non-zero exactly when some byte of `v` is zero.
    @inline(__always)
    private func nextPossibleAnchor(from start: Int) -> Int {
        guard let base = bytes.baseAddress else { return bytes.count }
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        var index = start
        while index + 8 <= bytes.count {
            // Little-endian order puts the first byte lowest, whatever the machine.
            let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
            // Setting bit 5 folds "P" to "p" and "H" to "h"; no other byte lands on either.
            let folded = word | 0x2020_2020_2020_2020
            var hits = Self.zeroBytes(folded ^ (ones &* 0x70), ones, highs)
            hits |= Self.zeroBytes(word ^ (ones &* 0x25), ones, highs)
            hits |= Self.zeroBytes(word ^ (ones &* 0xEF), ones, highs)
            if fractions { hits |= Self.zeroBytes(folded ^ (ones &* 0x68), ones, highs) }
            if hits != 0 {
                // The lowest flagged byte is the first match: bytes above a true zero may be flagged wrongly,
                // never bytes below it.
                return index + hits.trailingZeroBitCount / 8
            }
            index += 8
        }
        while index < bytes.count {
            let byte = bytes[index]
            let folded = byte | 0x20
            if byte == 0x25 || byte == 0xEF || folded == 0x70 || (fractions && folded == 0x68) { return index }
            index += 1
        }
        return index
    }

    @inline(__always)
    private static func zeroBytes(_ value: UInt64, _ ones: UInt64, _ highs: UInt64) -> UInt64 {
        (value &- ones) & ~value & highs
    }

    /// The unit that starts at `start` if one does: `percent`, `per cent`, `per-cent`, `pct`, or a `pc` glued to a
    /// digit, each followed by a non-letter ("percentage", "percentile", "personal" are not units).
    private func unit(startingAt start: Int) -> Range<Int>? {
        if start > 0 && Self.isASCIILetter(bytes[start - 1]) { return nil }
        var index = start + 1
        if matches("er", at: index) {
            index += 2
            if index < bytes.count {
                let (scalar, length) = foldedScalar(at: index)
                if scalar == 0x20 || scalar == 0x2D { index += length }
            }
            guard matches("cent", at: index) else { return nil }
            index += 4
        } else if matches("ct", at: index) {
            index += 2
        } else if matches("c", at: index) {
            guard start > 0 && Self.isDigit(UInt32(bytes[start - 1])) else { return nil }
            index += 1
        } else {
            return nil
        }
        if index < bytes.count && Self.isASCIILetter(bytes[index]) { return nil }
        return start..<index
    }

    /// The word "half" at `start`, as a whole word.
    private func half(startingAt start: Int) -> Range<Int>? {
        if start > 0 && Self.isASCIILetter(bytes[start - 1]) { return nil }
        guard matches("alf", at: start + 1) else { return nil }
        let end = start + 4
        if end < bytes.count && Self.isASCIILetter(bytes[end]) { return nil }
        return start..<end
    }

    /// Whether the lowercase ASCII `word` is spelled at `index`, in any case.
    @inline(__always)
    private func matches(_ word: StaticString, at index: Int) -> Bool {
        let length = word.utf8CodeUnitCount
        guard index + length <= bytes.count else { return false }
        let pointer = word.utf8Start
        for offset in 0..<length where bytes[index + offset] | 0x20 != pointer[offset] {
            return false
        }
        return true
    }

    // MARK: - Overlaps

    /// Appends the candidates of one anchor, dropping earlier ones they cover ("30%" inside "30%-40%").
    private func add(_ candidates: [Candidate], to found: inout [Candidate]) {
        for var candidate in candidates {
            var keep = true
            while let last = found.last, last.end > candidate.start {
                if candidate.start <= last.start {
                    found.removeLast()
                } else if candidate.numberStart >= last.end {
                    // The qualifier overlaps the last one's trailing words ("5% or more than 10%"): drop it.
                    candidate.start = candidate.numberStart
                    candidate.attributes["qualifier"] = nil
                    if candidate.modifier != .range {
                        candidate.modifier = nil
                        (candidate.lower, candidate.upper) = (candidate.number, candidate.number)
                    }
                } else {
                    keep = false
                    break
                }
            }
            if keep { found.append(candidate) }
        }
    }
}
