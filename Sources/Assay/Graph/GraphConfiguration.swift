/// The options of the corpus stages — resolution, facts, agreement and emission — from a pipeline file's `graph:`.
///
/// ```yaml
/// graph:
///   base: https://w3id.org/assay/id/
///   tolerance: 0.02
///   near-duplicate-threshold: 0.6
/// ```
public struct GraphConfiguration: StageConfiguration, Hashable {
    /// The IRI every node of the graph starts with; ends with `/` or `#`.
    public var base = "https://w3id.org/assay/id/"
    /// The folder with `fact-terms.txt`, `demonyms.tsv` and the news agencies of `organizations.tsv`.
    public var gazetteers = "Gazetteers"
    /// Relative widening of numeric ranges before two numbers are compared.
    public var tolerance = 0.02
    /// Estimated Jaccard similarity of word shingles from which two documents are copies of one source.
    public var nearDuplicateThreshold = 0.6
    /// Words per shingle.
    public var shingleSize = 5
    /// Whether a single name joins a person of another document on a shared title or affiliation.
    public var singleNamesOnEvidence = true

    enum CodingKeys: String, CodingKey, CaseIterable {
        case base
        case gazetteers
        case tolerance
        case nearDuplicateThreshold = "near-duplicate-threshold"
        case shingleSize = "shingle-size"
        case singleNamesOnEvidence = "single-names-on-evidence"
    }

    public static let options = CodingKeys.allCases.map(\.rawValue)

    public init() {}

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = GraphConfiguration()
        base = try container.decodeIfPresent(String.self, forKey: .base) ?? defaults.base
        gazetteers = try container.decodeIfPresent(String.self, forKey: .gazetteers) ?? defaults.gazetteers
        tolerance = try container.decodeIfPresent(Double.self, forKey: .tolerance) ?? defaults.tolerance
        nearDuplicateThreshold =
            try container.decodeIfPresent(Double.self, forKey: .nearDuplicateThreshold)
            ?? defaults.nearDuplicateThreshold
        shingleSize = try container.decodeIfPresent(Int.self, forKey: .shingleSize) ?? defaults.shingleSize
        singleNamesOnEvidence =
            try container.decodeIfPresent(Bool.self, forKey: .singleNamesOnEvidence) ?? defaults.singleNamesOnEvidence
        guard base.hasSuffix("/") || base.hasSuffix("#"), base.contains(":") else {
            throw DecodingError.dataCorruptedError(
                forKey: .base,
                in: container,
                debugDescription: "an absolute IRI ending in / or #"
            )
        }
        guard (0...1).contains(tolerance) else {
            throw DecodingError.dataCorruptedError(
                forKey: .tolerance,
                in: container,
                debugDescription: "between 0 and 1"
            )
        }
        guard (0...1).contains(nearDuplicateThreshold) else {
            throw DecodingError.dataCorruptedError(
                forKey: .nearDuplicateThreshold,
                in: container,
                debugDescription: "between 0 and 1"
            )
        }
        guard shingleSize >= 1 else {
            throw DecodingError.dataCorruptedError(forKey: .shingleSize, in: container, debugDescription: "at least 1")
        }
    }
}
