/// Assembles clean text from pieces of the source, collapsing whitespace and recording where each piece came from.
///
/// Works in UTF-8 bytes on both sides, as libxml2 hands text over, and converts to the Unicode scalar offsets of
/// ``SourceMap`` once, in ``finish(source:removedBlocks:)``.
///
/// ```swift
/// var builder = CleanTextBuilder()
/// builder.append(bytes, at: .aligned(120))     // "Hello,\n  world" copied from source byte 120
/// builder.breakParagraph(at: 140)
/// builder.append([0x26], at: .range(150..<155)) // "&" decoded from "&amp;"
/// let text = builder.finish(source: html)       // "Hello, world\n\n&"
/// ```
struct CleanTextBuilder {
    /// Where appended bytes came from in the source.
    enum SourceSpan {
        /// The bytes stand unchanged in the source from this byte offset on.
        case aligned(Int)
        /// The bytes were decoded from this source byte range as a whole (an entity reference, a normalised form).
        case range(Range<Int>)
    }

    private struct ByteSegment {
        var cleanStart: Int
        var cleanLength: Int
        var sourceStart: Int
        var sourceLength: Int
        /// Characters map one to one: either copied bytes or one whitespace character for another.
        var positional: Bool
    }

    private(set) var bytes: [UInt8] = []
    private var segments: [ByteSegment] = []
    /// A whitespace character seen since the last visible one: its source byte range, emitted as one space
    /// before the next visible character unless a break comes first.
    private var pendingSpace: (source: Range<Int>, positional: Bool)?
    private enum PendingBreak { case none, line, paragraph }
    private var pendingBreak: PendingBreak = .none
    private var pendingBreakOffset = 0

    init() {
        bytes.reserveCapacity(4096)
    }

    /// Whether nothing visible has been appended yet.
    var isEmpty: Bool { bytes.isEmpty }

    /// Appends text, collapsing each run of whitespace (including no-break and other Unicode spaces) to one space
    /// and dropping invisible format characters (zero-width space, soft hyphen, BOM).
    mutating func append(_ text: UnsafeBufferPointer<UInt8>, at span: SourceSpan) {
        var index = 0
        let count = text.count
        while index < count {
            let lead = text[index]
            let length = Self.sequenceLength(lead)
            let end = min(index + length, count)
            let sourceRange: Range<Int>
            let positional: Bool
            switch span {
            case .aligned(let start):
                sourceRange = (start + index)..<(start + end)
                positional = true
            case .range(let range):
                sourceRange = range
                positional = false
            }
            switch Self.classify(text, at: index, length: end - index) {
            case .space:
                if pendingSpace == nil { pendingSpace = (sourceRange, positional) }
            case .invisible:
                break
            case .visible:
                flushPending()
                guard case .aligned(let start) = span else {
                    appendRaw(text, from: index, to: end, source: sourceRange, positional: positional)
                    break
                }
                // Copied text: take the whole run of visible characters at once rather than one by one.
                let runEnd = Self.endOfVisibleRun(text, from: end)
                appendRaw(text, from: index, to: runEnd, source: (start + index)..<(start + runEnd), positional: true)
                index = runEnd
                continue
            }
            index = end
        }
    }

    /// Appends a string's UTF-8 bytes; see ``append(_:at:)``.
    mutating func append(_ text: String, at span: SourceSpan) {
        var copy = text
        copy.withUTF8 { append($0, at: span) }
    }

    /// Ends the current line: the next visible text starts after `"\n"`.
    mutating func breakLine(at sourceOffset: Int) {
        pendingSpace = nil
        if pendingBreak == .none {
            pendingBreak = .line
            pendingBreakOffset = sourceOffset
        }
    }

    /// Ends the current paragraph: the next visible text starts after a blank line.
    mutating func breakParagraph(at sourceOffset: Int) {
        pendingSpace = nil
        if pendingBreak != .paragraph {
            pendingBreak = .paragraph
            pendingBreakOffset = sourceOffset
        }
    }

    /// The text appended since `mark`, as a string (used to judge a block after building it).
    func text(since mark: Int) -> String {
        String(decoding: bytes[mark...], as: UTF8.self)
    }

    /// Forgets everything appended since `mark` (a byte count taken from `bytes.count`), so a block judged to be
    /// boilerplate after it was built leaves no trace.
    mutating func truncate(to mark: Int) {
        guard mark < bytes.count else { return }
        bytes.removeSubrange(mark...)
        while let last = segments.last, last.cleanStart >= mark {
            segments.removeLast()
        }
        if let last = segments.last, last.cleanStart + last.cleanLength > mark {
            let keep = mark - last.cleanStart
            segments[segments.count - 1].cleanLength = keep
            if last.positional { segments[segments.count - 1].sourceLength = keep }
        }
        pendingSpace = nil
    }

    /// Finishes the text and converts byte offsets to Unicode scalar offsets.
    ///
    /// - Parameter source: the decoded source the `SourceSpan` offsets point into, as UTF-8.
    func finish(source: String, removedBlocks: Int) -> CleanText {
        var sourceCopy = source
        let map = sourceCopy.withUTF8 { sourceBytes in
            bytes.withUnsafeBufferPointer { cleanBytes in
                convertSegments(clean: cleanBytes, source: sourceBytes)
            }
        }
        return CleanText(string: String(decoding: bytes, as: UTF8.self), sourceMap: map, removedBlocks: removedBlocks)
    }

    // MARK: - Private

    private mutating func flushPending() {
        if bytes.isEmpty {
            pendingBreak = .none
            pendingSpace = nil
            return
        }
        switch pendingBreak {
        case .paragraph:
            appendInserted([0x0A, 0x0A], at: pendingBreakOffset)
        case .line:
            appendInserted([0x0A], at: pendingBreakOffset)
        case .none:
            if let space = pendingSpace {
                // One space standing for the first whitespace character of the run.
                appendSpace(source: space.source, positional: space.positional)
            }
        }
        pendingBreak = .none
        pendingSpace = nil
    }

    private mutating func appendSpace(source: Range<Int>, positional: Bool) {
        let start = bytes.count
        bytes.append(0x20)
        record(
            ByteSegment(
                cleanStart: start,
                cleanLength: 1,
                sourceStart: source.lowerBound,
                sourceLength: source.count,
                positional: positional
            )
        )
    }

    private mutating func appendInserted(_ inserted: [UInt8], at sourceOffset: Int) {
        let start = bytes.count
        bytes.append(contentsOf: inserted)
        record(
            ByteSegment(
                cleanStart: start,
                cleanLength: inserted.count,
                sourceStart: sourceOffset,
                sourceLength: 0,
                positional: false
            )
        )
    }

    private mutating func appendRaw(
        _ text: UnsafeBufferPointer<UInt8>,
        from: Int,
        to: Int,
        source: Range<Int>,
        positional: Bool
    ) {
        let start = bytes.count
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[from..<to]))
        if !positional, let last = segments.last, !last.positional, last.sourceStart == source.lowerBound,
            last.sourceLength == source.count, last.cleanStart + last.cleanLength == start
        {
            // Several characters decoded from one source range (a multi-character replacement) share it.
            segments[segments.count - 1].cleanLength += to - from
            return
        }
        record(
            ByteSegment(
                cleanStart: start,
                cleanLength: to - from,
                sourceStart: source.lowerBound,
                sourceLength: source.count,
                positional: positional
            )
        )
    }

    private mutating func record(_ segment: ByteSegment) {
        if segment.positional, let last = segments.last, last.positional,
            last.cleanStart + last.cleanLength == segment.cleanStart,
            last.sourceStart + last.sourceLength == segment.sourceStart
        {
            segments[segments.count - 1].cleanLength += segment.cleanLength
            segments[segments.count - 1].sourceLength += segment.sourceLength
            return
        }
        segments.append(segment)
    }

    private func convertSegments(clean: UnsafeBufferPointer<UInt8>, source: UnsafeBufferPointer<UInt8>) -> SourceMap {
        var result: [SourceMap.Segment] = []
        result.reserveCapacity(segments.count)
        var cleanScalars = 0
        var cursor = ScalarCursor(bytes: source)
        for segment in segments {
            let cleanLength = Self.scalarCount(clean, segment.cleanStart..<(segment.cleanStart + segment.cleanLength))
            let sourceStart = cursor.scalarOffset(ofByte: segment.sourceStart)
            let sourceEnd = cursor.scalarOffset(ofByte: segment.sourceStart + segment.sourceLength)
            var sourceLength = sourceEnd - sourceStart
            if segment.positional && sourceLength != cleanLength {
                // Cannot happen for copied bytes; guard against a misaligned span rather than emit a wrong map.
                sourceLength = max(sourceLength, 0)
            }
            result.append(
                SourceMap.Segment(
                    cleanStart: cleanScalars,
                    cleanLength: cleanLength,
                    sourceStart: sourceStart,
                    sourceLength: sourceLength
                )
            )
            cleanScalars += cleanLength
        }
        return SourceMap(segments: result)
    }

    private enum CharacterClass { case visible, space, invisible }

    private static func classify(_ text: UnsafeBufferPointer<UInt8>, at index: Int, length: Int) -> CharacterClass {
        let lead = text[index]
        if lead < 0x80 {
            switch lead {
            case 0x20, 0x09, 0x0A, 0x0D, 0x0C, 0x0B: return .space
            case 0x00..<0x20, 0x7F: return .invisible
            default: return .visible
            }
        }
        guard length >= 2 else { return .visible }
        let second = text[index + 1]
        if lead == 0xC2 {
            if second == 0xA0 { return .space }  // U+00A0 no-break space
            if second == 0xAD { return .invisible }  // U+00AD soft hyphen
            if second >= 0x80 && second <= 0x9F { return .invisible }  // C1 controls
            return .visible
        }
        if lead == 0xE2 && length == 3 {
            let third = text[index + 2]
            if second == 0x80 {
                switch third {
                case 0x80...0x8A, 0xAF: return .space  // U+2000–U+200A spaces, U+202F narrow no-break space
                case 0xA8, 0xA9: return .space  // U+2028 line and U+2029 paragraph separators
                // Zero-width space and direction marks; the joiners U+200C/U+200D stay (emoji, Indic scripts).
                case 0x8B, 0x8E, 0x8F: return .invisible
                default: return .visible
                }
            }
            if second == 0x81 {
                if third == 0x9F { return .space }  // U+205F medium mathematical space
                if third == 0xA0 { return .invisible }  // U+2060 word joiner
            }
            return .visible
        }
        if lead == 0xE3 && length == 3 && second == 0x80 && text[index + 2] == 0x80 { return .space }  // U+3000
        if lead == 0xEF && length == 3 && second == 0xBB && text[index + 2] == 0xBF { return .invisible }  // U+FEFF
        return .visible
    }

    /// The end of the run of visible characters starting at `index`: the first space, invisible character or end.
    private static func endOfVisibleRun(_ text: UnsafeBufferPointer<UInt8>, from index: Int) -> Int {
        var index = index
        let count = text.count
        while index < count {
            let byte = text[index]
            if byte < 0x80 {
                // The ASCII that `classify` calls visible.
                guard byte > 0x20 && byte != 0x7F else { return index }
                index += 1
                continue
            }
            let end = min(index + sequenceLength(byte), count)
            guard classify(text, at: index, length: end - index) == .visible else { return index }
            index = end
        }
        return index
    }

    static func sequenceLength(_ lead: UInt8) -> Int {
        if lead < 0xC0 { return 1 }
        if lead < 0xE0 { return 2 }
        if lead < 0xF0 { return 3 }
        return 4
    }

    static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        var count = 0
        for index in range where bytes[index] & 0xC0 != 0x80 {
            count += 1
        }
        return count
    }
}

/// Converts byte offsets into a UTF-8 buffer to scalar offsets, cheaply when asked in increasing order.
struct ScalarCursor {
    let bytes: UnsafeBufferPointer<UInt8>
    private var byteOffset = 0
    private var scalarOffset = 0

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    mutating func scalarOffset(ofByte target: Int) -> Int {
        let target = min(max(target, 0), bytes.count)
        if target < byteOffset {
            byteOffset = 0
            scalarOffset = 0
        }
        var count = scalarOffset
        var index = byteOffset
        while index < target {
            if bytes[index] & 0xC0 != 0x80 { count += 1 }
            index += 1
        }
        byteOffset = target
        scalarOffset = count
        return count
    }
}
