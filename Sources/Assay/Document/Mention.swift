/// The seven kinds of things Assay extracts.
public enum MentionType: String, Sendable, Codable, Hashable, CaseIterable, Comparable {
    case person = "Person"
    case organization = "Organization"
    case place = "Place"
    case mineral = "Mineral"
    case percent = "Percent"
    case date = "Date"
    case duration = "Duration"

    public static func < (lhs: MentionType, rhs: MentionType) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Whether mentions of this type carry a normalised `value` rather than an entity.
    public var isValue: Bool { self == .percent || self == .date || self == .duration }
}

/// One span of clean text that names an entity or states a value.
///
/// Offsets are Unicode scalar offsets, half-open: `start`/`end` into the clean text, `sourceStart`/`sourceEnd`
/// into the decoded source (filled from the ``SourceMap`` when the record is written).
///
/// ```json
/// {"start":112,"end":125,"text":"Scott Bessent","type":"Person","name":"Scott Bessent",
///  "entity":"wikidata:Q7436150","kind":"Person","rule":"gazetteer"}
/// {"start":540,"end":557,"text":"around 70 per cent","type":"Percent","value":"70","modifier":"approx",
///  "lower":65,"upper":75}
/// ```
public struct Mention: Sendable, Codable, Hashable {
    public var start: Int
    public var end: Int
    public var sourceStart: Int?
    public var sourceEnd: Int?
    /// The clean text of the span.
    public var text: String
    public var type: MentionType
    /// A finer kind: `Country`, `City`, `GovernmentOrganization`, `Corporation`, `RareEarthElement`, `Year`, ….
    public var kind: String?
    /// Entities: the canonical name.
    public var name: String?
    /// Entities: a stable id, `wikidata:Q…` when known, else `assay:<type>/<slug>`.
    public var entity: String?
    /// Values: the normalised value as text — `"70"` for a percentage, `"2025-08-10"` or `"--08-10"` for a date,
    /// `"P90D"` for a duration.
    public var value: String?
    /// Values: how the text qualifies it — `approx`, `less-than`, `at-most`, `more-than`, `at-least`, `range`.
    public var modifier: String?
    /// Percentages: the numeric bounds the text allows (`nearly 90` → 85…90).
    public var lower: Double?
    public var upper: Double?
    /// Dates: `day`, `month`, `year`, `quarter`, `week`, `decade`; durations: the unit.
    public var granularity: String?
    /// What found it: `gazetteer`, `rule:title`, `rule:org-form`, `coreference`, `rule:percent`, ….
    public var rule: String?
    /// Facts the match revealed: `role` ("Treasury Secretary"), `affiliation` ("Brookings Institution"), `country`.
    public var attributes: [String: String]?

    public init(start: Int, end: Int, text: String, type: MentionType) {
        self.start = start
        self.end = end
        self.text = text
        self.type = type
    }
}
