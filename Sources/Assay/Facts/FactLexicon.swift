internal import Foundation

/// The words that say what a value measures and what an event concerns, read from `Gazetteers/fact-terms.txt`,
/// plus the demonyms that name a country ("Chinese goods" → China).
///
/// ```swift
/// let lexicon = try FactLexicon.load(directory: "Gazetteers")
/// lexicon.properties[.quantity]?.first?.id  // "production-share"
/// ```
public struct FactLexicon: Sendable {
    /// What a row of the file is for.
    public enum Role: String, Sendable, Hashable, CaseIterable {
        case quantity, date, duration, topic
    }

    /// One row: a property (or topic) and the words that signal it.
    public struct Term: Sendable, Hashable {
        public var id: String
        public var label: String
        public var subjectIsCountry: Bool
        /// Each word or phrase split into lower-case words.
        public var phrases: [[String]]
    }

    public var terms: [Role: [Term]]
    /// Lower-case demonym or plural ("chinese", "americans") → country id (`wikidata:Q148`) and its name.
    public var demonyms: [String: (id: String, name: String)]
    public init(terms: [Role: [Term]], demonyms: [String: (id: String, name: String)] = [:]) {
        self.terms = terms
        self.demonyms = demonyms
    }

    /// The id a topic has among entity ids: `tariff` → `assay:topic/tariff`.
    public static func topicID(_ id: String) -> String { "assay:topic/" + id }

    /// Topic ids (as ``topicID(_:)`` writes them) → labels.
    public var topicLabels: [String: String] {
        Dictionary((terms[.topic] ?? []).map { (Self.topicID($0.id), $0.label) }, uniquingKeysWith: { a, _ in a })
    }

    /// Reads `fact-terms.txt` and `demonyms.tsv` from a gazetteer directory.
    ///
    /// - Throws: ``GazetteerError`` naming the file and line of a malformed row.
    public static func load(directory: String) throws(GazetteerError) -> FactLexicon {
        let path = directory + "/fact-terms.txt"
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw GazetteerError(file: path, line: nil, message: "cannot read: \(error.localizedDescription)")
        }
        let text = String(decoding: data, as: UTF8.self)
        var terms: [Role: [Term]] = [:]
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.hasPrefix("#") || line.allSatisfy(\.isWhitespace) { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 5, let role = Role(rawValue: fields[0]) else {
                throw GazetteerError(
                    file: path,
                    line: number + 1,
                    message: "expected 5 tab-separated fields: role (quantity, date, duration, topic), id, label, "
                        + "options, words"
                )
            }
            let phrases = fields[4].split(separator: "|").map { $0.lowercased().split(separator: " ").map(String.init) }
            terms[role, default: []].append(
                Term(
                    id: fields[1],
                    label: fields[2],
                    subjectIsCountry: fields[3] == "subject=country",
                    phrases: phrases
                )
            )
        }
        var demonyms: [String: (id: String, name: String)] = [:]
        let demonymPath = directory + "/demonyms.tsv"
        if FileManager.default.fileExists(atPath: demonymPath) {
            let gazetteer = try Gazetteer.load(files: [demonymPath])
            let places = try? Gazetteer.load(files: [directory + "/places.tsv"])
            for entry in gazetteer.entries {
                guard let country = entry.attributes["country"] else { continue }
                let name = places?.entry(id: country)?.name ?? country
                for alias in entry.names { demonyms[alias.text.lowercased()] = (country, name) }
            }
        }
        return FactLexicon(terms: terms, demonyms: demonyms)
    }
}
