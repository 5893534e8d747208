extension Document {
    /// Adds mentions a stage found, keeping ``mentions`` sorted by start offset (mentions with equal starts keep
    /// the order they were added in).
    ///
    /// - Complexity: O(*n* + *m*) when both lists are sorted, as stages produce them; an unsorted list is sorted
    ///   first.
    public mutating func addMentions(_ added: [Mention]) {
        mentions = Self.merged(mentions, Self.sortedByStart(added))
    }

    private static func sortedByStart(_ mentions: [Mention]) -> [Mention] {
        if mentions.indices.dropFirst().allSatisfy({ mentions[$0 - 1].start <= mentions[$0].start }) { return mentions }
        return mentions.enumerated()
            .sorted { ($0.element.start, $0.offset) < ($1.element.start, $1.offset) }
            .map(\.element)
    }

    private static func merged(_ existing: [Mention], _ added: [Mention]) -> [Mention] {
        guard !existing.isEmpty else { return added }
        guard !added.isEmpty else { return existing }
        let existing = sortedByStart(existing)
        var result: [Mention] = []
        result.reserveCapacity(existing.count + added.count)
        var i = 0
        var j = 0
        while i < existing.count && j < added.count {
            if existing[i].start <= added[j].start {
                result.append(existing[i])
                i += 1
            } else {
                result.append(added[j])
                j += 1
            }
        }
        result.append(contentsOf: existing[i...])
        result.append(contentsOf: added[j...])
        return result
    }
}

extension Document {
    /// The clean text a stage works on, or the `missing-layer` error it gives when no earlier stage provided it.
    public func cleanText(for stage: String) throws(StageError) -> String {
        guard let text = text?.string else {
            throw StageError(.missingLayer, stage: stage, documentID: id, message: "no clean text")
        }
        return text
    }
}
