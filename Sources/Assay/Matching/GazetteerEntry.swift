/// One named thing a gazetteer knows: a country, a ministry, a minister, an element — or a demonym.
///
/// ```swift
/// let entries = try Gazetteer.parse(text, file: "minerals.tsv")
/// entries[0].id                       // "wikidata:Q1819"
/// entries[0].type                     // .entity(.mineral)
/// entries[0].kind                     // "RareEarthElement"
/// entries[0].aliases                  // [Alias(text: "Sm", caseSensitive: true)]
/// entries[0].attributes["symbol"]     // "Sm"
/// ```
///
/// The format of the files is described in `Gazetteers/README.md`.
public struct GazetteerEntry: Sendable, Hashable {
    /// What an entry names: an entity of one of the extracted types, or a demonym.
    public enum EntryType: Sendable, Hashable, CustomStringConvertible {
        /// A person, organisation, place or mineral.
        case entity(MentionType)
        /// A word such as "Chinese" that signals a country (named by the `country` attribute) without being a
        /// mention of it.
        case demonym

        /// The spelling in the `type` column: `Person`, `Organization`, `Place`, `Mineral` or `Demonym`.
        public var description: String {
            switch self {
            case .entity(let type): return type.rawValue
            case .demonym: return "Demonym"
            }
        }

        /// The mention type, or `nil` for a demonym.
        public var mentionType: MentionType? {
            if case .entity(let type) = self { return type }
            return nil
        }
    }

    /// A way of writing the entry's name.
    public struct Alias: Sendable, Hashable {
        public var text: String
        /// Must the text's case match exactly? Written with a leading `=` in the file (`=US`, `=Sm`).
        public var caseSensitive: Bool

        public init(text: String, caseSensitive: Bool = false) {
            self.text = text
            self.caseSensitive = caseSensitive
        }
    }

    /// `wikidata:Q…` when the Wikidata item is known for certain, else `assay:<type>/<slug>`.
    public var id: String
    public var type: EntryType
    /// A finer kind: `Country`, `City`, `Ministry`, `Corporation`, `RareEarthElement`, ….
    public var kind: String
    /// The canonical name.
    public var name: String
    /// Other ways of writing the name, abbreviations included; the name itself is not repeated here.
    public var aliases: [Alias]
    /// Facts about the entry: `country`, `symbol`, `parent`, `role`, `lists`, ….
    public var attributes: [String: String]

    public init(
        id: String,
        type: EntryType,
        kind: String,
        name: String,
        aliases: [Alias] = [],
        attributes: [String: String] = [:]
    ) {
        self.id = id
        self.type = type
        self.kind = kind
        self.name = name
        self.aliases = aliases
        self.attributes = attributes
    }

    /// Every text to look for: the name (ignoring case, unless the aliases list it with `=`), then the aliases.
    ///
    /// ```swift
    /// // "Hit\tCity…\t=Hit" → [Alias("Hit", caseSensitive: true)]
    /// ```
    public var names: [Alias] {
        if aliases.contains(where: { $0.text == name }) { return aliases }
        return [Alias(text: name)] + aliases
    }
}
