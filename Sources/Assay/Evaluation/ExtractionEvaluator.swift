/// Scores mentions against gold annotations, per type, at two levels:
///
/// - **span**: a predicted mention counts when a gold span has exactly its source offsets and type;
/// - **document**: which entities and values a document mentions — per document, the set of (type, key) pairs,
///   where the key is the normalised value when both sides give one, else the surface text in lower case without
///   a leading preposition ("on", "in", "at", …), a leading "the" or a trailing "'s".
///
/// Gold files are JSON Lines, one document a line, as the public re3d set ships them:
/// `{"id", "text", "entities": [{"start", "end", "type", "value"?, "confidence"?}]}` with Unicode scalar offsets
/// into `text`. Gold types are mapped to Assay's (`PERSON` → `Person`, …); spans of other types are ignored.
///
/// ```swift
/// let report = ExtractionEvaluator().score(gold: documents, predicted: ["doc-1": mentions])
/// report.types[.person]?.span.f1
/// ```
public struct ExtractionEvaluator: Sendable {
    /// One gold document.
    public struct GoldDocument: Sendable, Decodable {
        public var id: String
        public var text: String
        public var entities: [GoldSpan]
        /// The publication date relative dates resolve against, when the gold file gives one.
        public var published: String?
        /// ECB+: each sentence's `[start, end)` offsets, and the sentences fully annotated — only those are scored.
        public var sentences: [[Int]]?
        public var evalSentences: [Int]?

        enum CodingKeys: String, CodingKey {
            case id, text, entities, published, sentences
            case evalSentences = "eval_sentences"
        }

        /// The scored ranges, or `nil` when the whole text is.
        var scoredRanges: [Range<Int>]? {
            guard let sentences, let evalSentences else { return nil }
            return evalSentences.compactMap { index in
                guard index >= 0, index < sentences.count, sentences[index].count == 2 else { return nil }
                return sentences[index][0]..<sentences[index][1]
            }
        }
    }

    /// One gold span.
    public struct GoldSpan: Sendable, Decodable {
        public var start: Int
        public var end: Int
        public var type: String
        public var value: String?
        public var confidence: Double?
        /// ECB+: the index of the sentence holding the span.
        public var sentence: Int?
    }

    /// True positives, false positives and false negatives, with the usual ratios.
    public struct Counts: Sendable, Hashable {
        public var truePositives = 0
        public var falsePositives = 0
        public var falseNegatives = 0

        public init(truePositives: Int = 0, falsePositives: Int = 0, falseNegatives: Int = 0) {
            self.truePositives = truePositives
            self.falsePositives = falsePositives
            self.falseNegatives = falseNegatives
        }

        public var precision: Double {
            truePositives + falsePositives == 0 ? 0 : Double(truePositives) / Double(truePositives + falsePositives)
        }

        public var recall: Double {
            truePositives + falseNegatives == 0 ? 0 : Double(truePositives) / Double(truePositives + falseNegatives)
        }

        public var f1: Double {
            precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
        }

        mutating func add(predicted: Set<String>, gold: Set<String>) {
            truePositives += predicted.intersection(gold).count
            falsePositives += predicted.subtracting(gold).count
            falseNegatives += gold.subtracting(predicted).count
        }
    }

    /// The scores of one type.
    public struct TypeScores: Sendable, Hashable {
        public var span = Counts()
        public var document = Counts()
    }

    public struct Report: Sendable {
        public var types: [MentionType: TypeScores]
        public var documents: Int
    }

    /// Gold type names to Assay types; names not listed are ignored.
    public var typeMap: [String: MentionType]
    /// Gold spans with a lower confidence are left out (re3d marks spans no annotator validated with 0).
    public var minimumConfidence: Double
    /// Score names only: gold spans that, once a leading preposition or "the" and a trailing "'s" are dropped, start
    /// with a capital letter and are not pronouns — for gold sets that also mark "he" or "the city" (ECB+, re3d).
    /// Values (percentages, dates, durations) are not names and are scored as they are.
    public var namesOnly = false

    /// re3d, ECB+, CoNLL and OntoNotes names, and Assay's own.
    public static let standardTypeMap: [String: MentionType] = {
        var map: [String: MentionType] = [
            "PERSON": .person, "PER": .person, "ORG": .organization, "LOC": .place, "GPE": .place, "FAC": .place,
            "PERCENT": .percent, "DATE": .date, "DURATION": .duration,
        ]
        for type in MentionType.allCases { map[type.rawValue] = type }
        return map
    }()

    public init(typeMap: [String: MentionType] = ExtractionEvaluator.standardTypeMap, minimumConfidence: Double = 0) {
        self.typeMap = typeMap
        self.minimumConfidence = minimumConfidence
    }

    /// Scores `predicted` mentions (by document id, with source offsets into the gold text) against `gold`.
    public func score(gold: [GoldDocument], predicted: [String: [Mention]]) -> Report {
        var types: [MentionType: TypeScores] = [:]
        for type in Set(typeMap.values) { types[type] = TypeScores() }
        for document in gold {
            let scalars = Array(document.text.unicodeScalars)
            var mentions = predicted[document.id] ?? []
            let scored = document.scoredRanges
            if let scored {
                mentions = mentions.filter { mention in
                    mention.sourceStart.map { start in scored.contains { $0.contains(start) } } ?? false
                }
            }
            let scoredSentences = document.evalSentences.map(Set.init)
            for type in Set(typeMap.values) {
                var goldSpans = document.entities.filter {
                    typeMap[$0.type] == type && ($0.confidence ?? 1) >= minimumConfidence
                        && (scoredSentences == nil || $0.sentence.map { scoredSentences?.contains($0) == true } ?? true)
                }
                if namesOnly, [.person, .organization, .place, .mineral].contains(type) {
                    goldSpans = goldSpans.compactMap { span in
                        Self.nameSpan(span, scalars)
                    }
                }
                let predictedSpans = mentions.filter { $0.type == type }
                let goldSpanKeys = Set(goldSpans.map { "\($0.start)-\($0.end)" })
                let predictedSpanKeys = Set(
                    predictedSpans.compactMap { mention in
                        mention.sourceStart.map { "\($0)-\(mention.sourceEnd ?? $0)" }
                    }
                )
                types[type]?.span.add(predicted: predictedSpanKeys, gold: goldSpanKeys)

                let goldKeys = Set(
                    goldSpans.map { span in
                        span.value.map { "=" + Self.valueKey($0) }
                            ?? Self.key(
                                String(
                                    String.UnicodeScalarView(scalars[Self.clamp(span.start, span.end, scalars.count)])
                                )
                            )
                    }
                )
                let usesValues = goldSpans.contains { $0.value != nil }
                let predictedKeys = Set(
                    predictedSpans.map { mention in
                        usesValues && mention.value != nil
                            ? "=" + Self.valueKey(mention.value ?? "") : Self.key(mention.text)
                    }
                )
                types[type]?.document.add(predicted: predictedKeys, gold: goldKeys)
            }
        }
        return Report(types: types, documents: gold.count)
    }

    static let pronouns: Set<String> = [
        "he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their", "our", "my", "your", "him", "them",
        "us", "me", "who", "whom", "this", "that", "these", "those", "himself", "herself", "itself", "themselves",
    ]

    /// The span narrowed to its name ("in Paris" → "Paris", "Reid's" → "Reid"), or `nil` if it is no name.
    static func nameSpan(_ span: GoldSpan, _ scalars: [Unicode.Scalar]) -> GoldSpan? {
        var start = min(max(span.start, 0), scalars.count)
        var end = min(max(span.end, start), scalars.count)
        func word(at index: Int) -> String {
            var stop = index
            while stop < end, scalars[stop].properties.isAlphabetic { stop += 1 }
            return String(String.UnicodeScalarView(scalars[index..<stop])).lowercased()
        }
        while start < end {
            let first = word(at: start)
            guard ["the", "in", "at", "on", "of", "from", "to", "a", "an"].contains(first),
                start + first.unicodeScalars.count < end, scalars[start + first.unicodeScalars.count] == " "
            else { break }
            start += first.unicodeScalars.count + 1
        }
        if end - start > 2, scalars[end - 1] == "s", ["'", "\u{2019}"].contains(scalars[end - 2]) { end -= 2 }
        guard start < end, scalars[start].properties.isUppercase else { return nil }
        let text = String(String.UnicodeScalarView(scalars[start..<end]))
        guard !pronouns.contains(text.lowercased()) else { return nil }
        var narrowed = span
        narrowed.start = start
        narrowed.end = end
        return narrowed
    }

    /// A value as it is compared: a day of an unknown year written the ISO 8601 way ("--12-14", as Assay writes it)
    /// and the TimeML way ("XXXX-12-14", as gold sets write it) are one value.
    static func valueKey(_ value: String) -> String {
        value.hasPrefix("--") ? "XXXX" + value.dropFirst() : value
    }

    /// "The Brookings Institution's" → "brookings institution"; "on Friday" → "friday".
    static func key(_ surface: String) -> String {
        var text = LookalikeFolding.matchingForm(surface).lowercased()
            .split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        // Gold sets differ on whether a leading preposition belongs to the span ("on Friday", "in Paris").
        for preposition in ["on ", "in ", "at ", "since ", "during ", "until ", "by "] where text.hasPrefix(preposition)
        {
            text.removeFirst(preposition.count)
            break
        }
        if text.hasPrefix("the ") { text.removeFirst(4) }
        if text.hasSuffix("'s") { text.removeLast(2) }
        return text
    }

    private static func clamp(_ start: Int, _ end: Int, _ count: Int) -> Range<Int> {
        let lower = min(max(start, 0), count)
        return lower..<min(max(end, lower), count)
    }
}
