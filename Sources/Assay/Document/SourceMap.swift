/// Maps every character of a clean text back to the characters of the decoded source it came from.
///
/// Offsets are Unicode scalar (code point) offsets, half-open, on both sides. The map is a list of segments that
/// together cover the clean text in order. In a segment whose two lengths are equal, characters map one to one by
/// position (copied text, or one whitespace character standing for another); in any other segment every clean
/// character maps to the whole source range (an entity reference such as `&amp;`, a run of whitespace collapsed to one
/// space, or a paragraph break that Assay inserted, whose source range is empty).
///
/// ```swift
/// let range = text.sourceMap.sourceRange(forClean: 10..<16)  // where "Bessent" stood in the HTML
/// ```
public struct SourceMap: Sendable, Hashable {
    /// One stretch of clean text and the source range it came from.
    public struct Segment: Sendable, Hashable {
        public var cleanStart: Int
        public var cleanLength: Int
        public var sourceStart: Int
        public var sourceLength: Int

        public init(cleanStart: Int, cleanLength: Int, sourceStart: Int, sourceLength: Int) {
            self.cleanStart = cleanStart
            self.cleanLength = cleanLength
            self.sourceStart = sourceStart
            self.sourceLength = sourceLength
        }

        /// Whether characters map one to one by position.
        public var isPositional: Bool { cleanLength == sourceLength }
        public var cleanEnd: Int { cleanStart + cleanLength }
        public var sourceEnd: Int { sourceStart + sourceLength }
    }

    /// The segments, in clean-text order, contiguous from offset 0.
    public private(set) var segments: [Segment]

    public init(segments: [Segment] = []) {
        self.segments = segments
    }

    /// The number of clean characters the map covers.
    public var cleanLength: Int { segments.last?.cleanEnd ?? 0 }

    /// The source range that the clean character at `offset` came from.
    ///
    /// - Precondition: `0 <= offset < cleanLength`.
    public func sourceRange(ofCharacterAt offset: Int) -> Range<Int> {
        precondition(offset >= 0 && offset < cleanLength, "clean offset \(offset) outside 0..<\(cleanLength)")
        let segment = segments[segmentIndex(containing: offset)]
        if segment.isPositional {
            let start = segment.sourceStart + (offset - segment.cleanStart)
            return start..<(start + 1)
        }
        return segment.sourceStart..<segment.sourceEnd
    }

    /// The source range that a range of clean text came from: from the start of its first character's source to
    /// the end of its last's. An empty clean range maps to the empty range where its next character begins.
    public func sourceRange(forClean range: Range<Int>) -> Range<Int> {
        if range.isEmpty {
            if range.lowerBound < cleanLength {
                let start = sourceRange(ofCharacterAt: range.lowerBound).lowerBound
                return start..<start
            }
            let end = segments.last?.sourceEnd ?? 0
            return end..<end
        }
        let first = sourceRange(ofCharacterAt: range.lowerBound)
        let last = sourceRange(ofCharacterAt: range.upperBound - 1)
        return first.lowerBound..<max(first.lowerBound, last.upperBound)
    }

    private func segmentIndex(containing offset: Int) -> Int {
        var low = 0
        var high = segments.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if segments[mid].cleanStart <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }
}

// MARK: - Codable

/// Encoded compactly as `[[cleanStart, cleanLength, sourceStart, sourceLength], …]`: a record carries one segment per
/// run of copied text, and the compact form keeps records small.
extension SourceMap: Codable {
    public init(from decoder: any Decoder) throws {
        let rows = try decoder.singleValueContainer().decode([[Int]].self)
        var segments: [Segment] = []
        segments.reserveCapacity(rows.count)
        for row in rows {
            guard row.count == 4 else {
                throw DecodingError.dataCorrupted(
                    .init(codingPath: decoder.codingPath, debugDescription: "a source-map segment has 4 numbers")
                )
            }
            segments.append(Segment(cleanStart: row[0], cleanLength: row[1], sourceStart: row[2], sourceLength: row[3]))
        }
        self.init(segments: segments)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(segments.map { [$0.cleanStart, $0.cleanLength, $0.sourceStart, $0.sourceLength] })
    }
}
