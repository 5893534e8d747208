/// One object of a triple.
enum RDFValue: Hashable, Comparable {
    /// A node, by absolute IRI.
    case iri(String)
    /// A plain string (`xsd:string`).
    case string(String)
    /// A literal of a datatype given as a compact IRI, `xsd:double`.
    case typed(String, datatype: String)

    static func < (lhs: RDFValue, rhs: RDFValue) -> Bool {
        lhs.sortKey < rhs.sortKey
    }

    private var sortKey: String {
        switch self {
        case .iri(let iri): return "0" + iri
        case .string(let text): return "1" + text
        case .typed(let text, let datatype): return "2" + datatype + " " + text
        }
    }

    /// A date in the form its granularity calls for: `xsd:date`, `xsd:gYearMonth`, `xsd:gYear`, `xsd:gMonthDay`,
    /// `xsd:dateTime`; TimeML forms XML Schema has no type for (`2025-W10`, `XXXX-05`) stay plain strings.
    static func date(_ text: String) -> RDFValue {
        let shapes: [(String, String)] = [
            ("dddd-dd-dd", "xsd:date"), ("dddd-dd", "xsd:gYearMonth"), ("dddd", "xsd:gYear"),
            ("--dd-dd", "xsd:gMonthDay"), ("--dd", "xsd:gMonth"),
        ]
        let shape = String(text.map { $0.isASCII && $0.isNumber ? "d" : $0 })
        // Year 0000 is no year of XML Schema 1.0, which most RDF tools follow; months and days must exist.
        let dayPart = text.split(separator: "T").first ?? Substring(text)
        let parts = dayPart.split(separator: "-").map { Int($0) ?? -1 }
        let monthDay = text.hasPrefix("--")
        let year = monthDay ? 1 : (parts.first ?? -1)
        let month = monthDay ? (parts.first ?? -1) : (parts.count > 1 ? parts[1] : 1)
        let day = monthDay ? (parts.count > 1 ? parts[1] : 1) : (parts.count > 2 ? parts[2] : 1)
        guard year >= 1, (1...12).contains(month), (1...31).contains(day) else { return .string(text) }
        for (pattern, datatype) in shapes where shape == pattern { return .typed(text, datatype: datatype) }
        // A clock time, not a TimeML part of day ("2019-11-17TNI" is a night).
        if shape.hasPrefix("dddd-dd-ddTdd:dd") { return .typed(text, datatype: "xsd:dateTime") }
        return .string(text)
    }

    /// An ISO 8601 duration (`P90D`, `PT2H`) as `xsd:duration`; TimeML's unknown amounts (`PXW`) stay strings.
    static func duration(_ text: String) -> RDFValue {
        let valid =
            text.hasPrefix("P") && text.count > 1
            && text.dropFirst().allSatisfy { $0.isNumber || "YMWDTHS.".contains($0) }
            && text.last.map { "YMWDHS".contains($0) } == true
        return valid ? .typed(text, datatype: "xsd:duration") : .string(text)
    }

    /// A number as `xsd:double`, written without a needless fraction: `70`, `0.1`.
    static func double(_ number: Double) -> RDFValue {
        .typed(formatNumber(number), datatype: "xsd:double")
    }

    static func formatNumber(_ number: Double) -> String {
        if number == number.rounded(), abs(number) < 1e15 { return String(Int(number)) }
        return String(number)
    }
}

/// A node of the graph: its IRI, its class terms and its properties by term.
struct RDFNode {
    var id: String
    var types: [String]
    var properties: [String: [RDFValue]] = [:]

    init(id: String, types: [String]) {
        self.id = id
        self.types = types
    }

    mutating func add(_ term: String, _ value: RDFValue?) {
        guard let value else { return }
        precondition(GraphVocabulary.properties[term] != nil, "\(term) is not a term of GraphVocabulary")
        if properties[term]?.contains(value) == true { return }
        properties[term, default: []].append(value)
    }

    mutating func add(_ term: String, string: String?) {
        add(term, string.map { .string($0) })
    }

    mutating func add(_ term: String, iri: String?) {
        add(term, iri.map { .iri($0) })
    }

    mutating func add(_ term: String, integer: Int) {
        guard case .typed(let datatype) = GraphVocabulary.properties[term]?.coercion else {
            preconditionFailure("\(term) is not a typed term")
        }
        add(term, .typed(String(integer), datatype: datatype))
    }
}
