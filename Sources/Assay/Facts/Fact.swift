/// What kind of statement a fact is.
public enum FactType: String, Sendable, Hashable, Comparable, CaseIterable {
    case quantity, date, duration, role, affiliation, quotation, nationality

    public static func < (lhs: FactType, rhs: FactType) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// The value a fact states.
public enum FactValue: Sendable, Hashable {
    /// A percentage with the bounds its wording allows (`nearly 90` → 85…90) and that wording's modifier.
    case number(Double, lower: Double, upper: Double, modifier: String?)
    /// A date in ISO 8601 / TimeML form (`2025-08-10`, `--08-10`, `2025-08`) with its granularity.
    case date(String, granularity: String?)
    /// An ISO 8601 duration (`P90D`).
    case duration(String)
    /// Words: a job title, a quotation.
    case text(String)
    /// An entity: an affiliation, a nationality.
    case entity(id: String, name: String)
}

/// One statement one document makes: a subject, a property and a value, with the mentions that show it.
///
/// Facts from several documents that share a ``key`` and whose values agree become one node of the graph; see
/// ``AgreementScorer``.
public struct Fact: Sendable, Hashable {
    public var type: FactType
    /// The property's id: `production-share`, `tariff`, `deadline`, `extension`, `jobTitle`, `said`, ….
    public var property: String
    public var propertyLabel: String
    /// The main entity (resolved id), when there is one.
    public var subject: String?
    /// Other parts of the key: the commodity, the target, the topic, a date that qualifies the value.
    public var qualifiers: [String: String]
    public var value: FactValue
    /// Resolved ids of every entity the fact is about, subject first.
    public var about: [String]
    public var document: String
    public var evidence: [MentionReference]

    public init(
        type: FactType,
        property: String,
        propertyLabel: String,
        subject: String?,
        qualifiers: [String: String],
        value: FactValue,
        about: [String],
        document: String,
        evidence: [MentionReference]
    ) {
        self.type = type
        self.property = property
        self.propertyLabel = propertyLabel
        self.subject = subject
        self.qualifiers = qualifiers
        self.value = value
        self.about = about
        self.document = document
        self.evidence = evidence
    }

    /// What must be equal for two documents to state the same fact (the value aside).
    public var key: String {
        var parts = [type.rawValue, property, subject ?? "-"]
        for name in qualifiers.keys.sorted() { parts.append(name + "=" + (qualifiers[name] ?? "")) }
        return parts.joined(separator: "|")
    }
}
