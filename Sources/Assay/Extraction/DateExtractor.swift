/// Finds the dates of a document's clean text, normalised to TimeML values, and adds them to its mentions.
///
/// Requires `text`; provides `values`. Relative expressions resolve against `metadata.published` when the document
/// has one, else the run's `--reference-date` (``StageContext/referenceDate``), else nothing: then only what the
/// text says is kept ("Aug 10" → `--08-10`, "in May" → `XXXX-05`). See ``TemporalRules`` for the patterns and the
/// resolution rules. Mentions are merged into `document.mentions`, which stays sorted by start.
///
/// Before → after (published 2025-06-16):
/// ```swift
/// // text: "Last week's talks ended without a deal; tariffs rise after the Aug. 10 deadline."
/// // mentions += [{"start":0,"end":9,"text":"Last week","type":"Date","value":"2025-W24","granularity":"week",
/// //               "kind":"Relative","rule":"rule:date"},
/// //              {"start":63,"end":70,"text":"Aug. 10","type":"Date","value":"2025-08-10","granularity":"day",
/// //               "kind":"Date","rule":"rule:date"}]
/// ```
public struct DateExtractor: Stage {
    /// Options of `extract-dates` in a pipeline file.
    ///
    /// ```yaml
    /// - extract-dates:
    ///     day-month-order: reject      # month-first | day-first | reject
    ///     vague-references: false
    /// ```
    public struct Configuration: StageConfiguration {
        public static let options = ["day-month-order", "vague-references"]

        /// How to read `9/10/2025`: `month-first` (10 September), `day-first` (9 October), or `reject` (the
        /// default: the mention is kept with kind `AmbiguousDate` and no value).
        public var dayMonthOrder: DateOptions.DayMonthOrder
        /// Whether to mark "now", "currently", "recently", "the past", "the future" with TimeML's `PRESENT_REF`,
        /// `PAST_REF`, `FUTURE_REF`.
        public var vagueReferences: Bool

        public init() {
            let defaults = DateOptions()
            dayMonthOrder = defaults.dayMonthOrder
            vagueReferences = defaults.vagueReferences
        }

        public init(from decoder: any Decoder) throws {
            let defaults = Self()
            let container = try decoder.container(keyedBy: CodingKeys.self)
            if let order = try container.decodeIfPresent(String.self, forKey: .dayMonthOrder) {
                guard let parsed = DateOptions.DayMonthOrder(rawValue: order) else {
                    let known = DateOptions.DayMonthOrder.allCases.map(\.rawValue).joined(separator: ", ")
                    throw DecodingError.dataCorruptedError(
                        forKey: .dayMonthOrder,
                        in: container,
                        debugDescription: "expected one of \(known), found '\(order)'"
                    )
                }
                dayMonthOrder = parsed
            } else {
                dayMonthOrder = defaults.dayMonthOrder
            }
            vagueReferences =
                try container.decodeIfPresent(Bool.self, forKey: .vagueReferences) ?? defaults.vagueReferences
        }

        private enum CodingKeys: String, CodingKey {
            case dayMonthOrder = "day-month-order"
            case vagueReferences = "vague-references"
        }

        /// The options as ``TemporalRules`` takes them.
        public var dateOptions: DateOptions {
            DateOptions(dayMonthOrder: dayMonthOrder, vagueReferences: vagueReferences)
        }
    }

    public static let name = "extract-dates"
    public static let requires: Set<Layer> = [.text]
    public static let provides: Set<Layer> = [.values]

    public let configuration: Configuration

    public init(configuration: Configuration) {
        self.configuration = configuration
    }

    /// Adds the dates of `document.text` to `document.mentions`.
    ///
    /// - Throws: ``StageError`` with code `missing-layer` if the document has no clean text.
    public func process(_ document: inout Document, context: StageContext) throws(StageError) {
        let text = try document.cleanText(for: Self.name)
        let reference = Self.reference(for: document, context: context)
        let found = TemporalRules.dates(in: text, reference: reference, options: configuration.dateOptions)
        document.addMentions(WebAddresses.removingMentions(found, in: text))
        document.layers.formUnion(Self.provides)
    }

    /// The document's publication date if it has a readable one, else the context's reference date, else `nil`.
    public static func reference(for document: Document, context: StageContext) -> ReferenceDate? {
        if let published = document.metadata.published, let date = ReferenceDate(iso8601: published) {
            return date
        }
        return context.referenceDate.flatMap { ReferenceDate(iso8601: $0) }
    }
}
