/// How ``TemporalRules/dates(in:reference:options:)`` reads forms the text alone cannot settle.
///
/// ```swift
/// var options = DateOptions()
/// options.dayMonthOrder = .dayFirst       // "9/10/2025" → 2025-10-09
/// options.vagueReferences = true          // "now" → PRESENT_REF
/// ```
public struct DateOptions: Sendable, Hashable {
    /// How to read all-numeric dates whose first two numbers could each be the month, such as `9/10/2025`.
    ///
    /// A date whose numbers settle the order (`13/10/2025`, `10/13/2025`, `10/10/2025`) is read the only way it can
    /// be, whatever the option.
    public enum DayMonthOrder: String, Sendable, Hashable, CaseIterable, Codable {
        /// `9/10/2025` is 10 September 2025, as in American usage.
        case monthFirst = "month-first"
        /// `9/10/2025` is 9 October 2025, as in British and most other usage.
        case dayFirst = "day-first"
        /// `9/10/2025` is marked with kind `AmbiguousDate`, granularity `day` and no value: no silent guess.
        case reject
    }

    /// The reading of ambiguous all-numeric dates; `.reject` by default.
    public var dayMonthOrder: DayMonthOrder
    /// Whether to mark "now", "currently", "nowadays" and "the present" as `PRESENT_REF`, "recently" and "the past"
    /// as `PAST_REF`, "the future" as `FUTURE_REF` (TimeML's vague references); `false` by default, since they add
    /// no date to a knowledge graph.
    public var vagueReferences: Bool

    public init(dayMonthOrder: DayMonthOrder = .reject, vagueReferences: Bool = false) {
        self.dayMonthOrder = dayMonthOrder
        self.vagueReferences = vagueReferences
    }
}
