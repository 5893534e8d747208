/// Finds the durations of a document's clean text, normalised to TimeML values, and adds them to its mentions.
///
/// Requires `text`; provides `values`. See ``TemporalRules/durations(in:)`` for what counts: "90 days" (`P90D`),
/// "90-day" (`P90D`), "six months" (`P6M`), "a decade" (`P10Y`), "12 hours" (`PT12H`), "the past two years"
/// (`P2Y`), "for years" (`PXY`). Expressions that are dates ("two years ago") are left to ``DateExtractor``.
/// Mentions are merged into `document.mentions`, which stays sorted by start.
///
/// Before → after:
/// ```swift
/// // text: "Licences will be valid for six months."
/// // mentions += [{"start":27,"end":37,"text":"six months","type":"Duration","value":"P6M",
/// //               "granularity":"month","kind":"Duration","rule":"rule:duration"}]
/// ```
public struct DurationExtractor: Stage {
    /// Options of `extract-durations` in a pipeline file.
    ///
    /// ```yaml
    /// - extract-durations:
    ///     vague-references: false
    /// ```
    public struct Configuration: StageConfiguration {
        public static let options = ["vague-references"]

        /// Whether the vague periods that end or start now are durations, as TimeML marks them: "in recent years",
        /// "the coming months", "in past weeks" (`PXY`, `PXM`, `PXW`). `false` by default: a news reader takes
        /// them for "recently" and "soon", not for lengths of time. "The past few years" and "for years" are
        /// durations either way.
        public var vagueReferences: Bool

        public init() {
            vagueReferences = DateOptions().vagueReferences
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            vagueReferences =
                try container.decodeIfPresent(Bool.self, forKey: .vagueReferences) ?? Self().vagueReferences
        }

        private enum CodingKeys: String, CodingKey {
            case vagueReferences = "vague-references"
        }
    }

    public static let name = "extract-durations"
    public static let requires: Set<Layer> = [.text]
    public static let provides: Set<Layer> = [.values]

    public let configuration: Configuration

    public init(configuration: Configuration) {
        self.configuration = configuration
    }

    /// Adds the durations of `document.text` to `document.mentions`.
    ///
    /// - Throws: ``StageError`` with code `missing-layer` if the document has no clean text.
    public func process(_ document: inout Document, context: StageContext) throws(StageError) {
        let text = try document.cleanText(for: Self.name)
        let durations = TemporalRules.durations(
            in: text,
            options: DateOptions(vagueReferences: configuration.vagueReferences)
        )
        document.addMentions(WebAddresses.removingMentions(durations, in: text))
        document.layers.formUnion(Self.provides)
    }
}
