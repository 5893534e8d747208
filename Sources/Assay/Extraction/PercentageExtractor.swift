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
        /// Whether to read "half" as 50 per cent where it states a share ("half of the world's supply"). `false` by
        /// default: news annotators, as the guidelines in `Scripts/evaluation/` have it, take only explicit
        /// percentages, and no blind gold set marked "half" as one.
        public var fractions: Bool
        /// Whether a span includes the qualifiers ("around 70 per cent") or only the number and unit ("70 per cent").
        public var qualifierInSpan: Bool

        public init() {
            words = true
            fractions = false
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
        let text = try document.cleanText(for: Self.name)
        let found = PercentRules.percentages(
            in: text,
            words: configuration.words,
            fractions: configuration.fractions,
            qualifierInSpan: configuration.qualifierInSpan
        )
        document.addMentions(WebAddresses.removingMentions(found, in: text))
        document.layers.formUnion(Self.provides)
    }

}
