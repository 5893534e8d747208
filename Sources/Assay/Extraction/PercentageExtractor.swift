/// Finds the percentages of a document's clean text and adds them to its mentions.
///
/// Requires `text`; provides `values`. The mentions are those of ``PercentRules/percentages(in:words:fractions:qualifierInSpan:)``,
/// merged into `document.mentions` so that they stay sorted by start (a percentage goes after any mention that starts
/// at the same offset).
///
/// Before → after:
/// ```swift
/// // text: "China mines around 70 per cent of the world's rare earths."
/// // mentions += [{"start":12,"end":30,"text":"around 70 per cent","type":"Percent","value":"70",
/// //               "modifier":"approx","lower":65,"upper":75,"kind":"Percent","rule":"rule:percent",
/// //               "attributes":{"sentence":"0-58"}}]
/// ```
public struct PercentageExtractor: Stage {
    /// Options of `extract-percentages` in a pipeline file.
    ///
    /// ```yaml
    /// - extract-percentages:
    ///     words: true
    ///     fractions: true
    ///     qualifier-in-span: true
    /// ```
    public struct Configuration: StageConfiguration {
        public static let options = ["words", "fractions", "qualifier-in-span"]

        /// Whether to read numbers written in words ("seventy per cent", "twenty-five percent").
        public var words: Bool
        /// Whether to read "half" as 50 per cent where it states a share ("half of the world's supply").
        public var fractions: Bool
        /// Whether a span includes the qualifiers ("around 70 per cent") or only the number and unit ("70 per cent").
        public var qualifierInSpan: Bool

        public init() {
            words = true
            fractions = true
            qualifierInSpan = true
        }

        public init(from decoder: any Decoder) throws {
            let defaults = Self()
            let container = try decoder.container(keyedBy: CodingKeys.self)
            words = try container.decodeIfPresent(Bool.self, forKey: .words) ?? defaults.words
            fractions = try container.decodeIfPresent(Bool.self, forKey: .fractions) ?? defaults.fractions
            qualifierInSpan =
                try container.decodeIfPresent(Bool.self, forKey: .qualifierInSpan) ?? defaults.qualifierInSpan
        }

        private enum CodingKeys: String, CodingKey {
            case words
            case fractions
            case qualifierInSpan = "qualifier-in-span"
        }
    }

    public static let name = "extract-percentages"
    public static let requires: Set<Layer> = [.text]
    public static let provides: Set<Layer> = [.values]

    public let configuration: Configuration

    public init(configuration: Configuration) {
        self.configuration = configuration
    }

    /// Adds the percentages of `document.text` to `document.mentions`.
    ///
    /// - Throws: ``StageError`` with code `missing-layer` if the document has no clean text.
    public func process(_ document: inout Document, context: StageContext) throws(StageError) {
        guard let text = document.text?.string else {
            throw StageError(.missingLayer, stage: Self.name, documentID: document.id, message: "no clean text")
        }
        let found = PercentRules.percentages(
            in: text,
            words: configuration.words,
            fractions: configuration.fractions,
            qualifierInSpan: configuration.qualifierInSpan
        )
        document.mentions = Self.merged(document.mentions, found)
        document.layers.formUnion(Self.provides)
    }

    /// `existing` and `added`, both sorted by start, as one list sorted by start; on a tie `existing` comes first.
    static func merged(_ existing: [Mention], _ added: [Mention]) -> [Mention] {
        guard !existing.isEmpty else { return added }
        guard !added.isEmpty else { return existing }
        var existing = existing
        if !existing.indices.dropFirst().allSatisfy({ existing[$0 - 1].start <= existing[$0].start }) {
            // Another stage left them unsorted: sort them, keeping the order of equal starts.
            existing = existing.enumerated()
                .sorted { ($0.element.start, $0.offset) < ($1.element.start, $1.offset) }
                .map(\.element)
        }
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
