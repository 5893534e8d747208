internal import Foundation

/// Finds people, organisations, places and minerals: gazetteer matches, shape rules for names no list knows, and
/// within-document coreference.
///
/// Requires ``Layer/tokens``; provides ``Layer/entities``.
///
/// ```text
/// "US Treasury Secretary Scott Bessent said … Bessent added …"
///   → Place "US" (wikidata:Q30), Person "Scott Bessent" {role: Treasury Secretary}, Person "Bessent" → Scott Bessent
/// ```
public struct EntityExtractor: Stage {
    public struct Configuration: StageConfiguration {
        /// The folder of gazetteer files (relative paths are looked for in the current directory, then beside the
        /// executable's checkout).
        public var gazetteers = "Gazetteers"
        /// Whether shape rules add people and organisations no gazetteer lists.
        public var rules = true
        /// Whether later short forms ("Bessent", "JL MAG", "the ministry") point to the full names.
        public var coreference = true
        /// Whether a country's name or demonym before a lower-case noun of state power ("the Greek government", "U.S.
        /// forces") is a mention of the organisation, as re3d annotates; by default it is no name, and "U.S." is
        /// the mention.
        public var governmentPhrases = false

        enum CodingKeys: String, CodingKey, CaseIterable {
            case gazetteers
            case rules
            case coreference
            case governmentPhrases = "government-phrases"
        }

        public static let options = CodingKeys.allCases.map(\.rawValue)

        public init() {}

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            let defaults = Configuration()
            gazetteers = try container.decodeIfPresent(String.self, forKey: .gazetteers) ?? defaults.gazetteers
            rules = try container.decodeIfPresent(Bool.self, forKey: .rules) ?? defaults.rules
            coreference = try container.decodeIfPresent(Bool.self, forKey: .coreference) ?? defaults.coreference
            governmentPhrases =
                try container.decodeIfPresent(Bool.self, forKey: .governmentPhrases) ?? defaults.governmentPhrases
        }
    }

    public static let name = "extract-entities"
    public static let requires: Set<Layer> = [.tokens]
    public static let provides: Set<Layer> = [.entities]

    private let recognizer: EntityRecognizer
    /// Why the gazetteer could not be loaded, reported for every document rather than silently ignored.
    private let loadError: String?
    /// The loaded gazetteer files, for provenance.
    public let gazetteer: Gazetteer?

    public init(configuration: Configuration) {
        var lexicon: EntityLexicon?
        var loadError: String?
        var gazetteer: Gazetteer?
        var words = EntityRecognizer.WordLists()
        if let directory = ResourceLocator.locate(configuration.gazetteers) {
            do {
                let loaded = try Gazetteer.load(directory: directory)
                lexicon = EntityLexicon(loaded)
                gazetteer = loaded
                words = EntityRecognizer.WordLists(
                    givenNames: Self.wordList("given-names.txt", in: directory),
                    surnames: Self.wordList("surnames.txt", in: directory),
                    commonWords: Self.wordList("common-words.txt", in: directory),
                    wordGivenNames: Self.wordList("word-given-names.txt", in: directory)
                )
            } catch {
                loadError = "\(error)"
            }
        } else {
            loadError = "no gazetteer folder '\(configuration.gazetteers)'"
        }
        self.init(
            lexicon: lexicon,
            loadError: loadError,
            gazetteer: gazetteer,
            configuration: configuration,
            words: words
        )
    }

    /// A stage over an already loaded gazetteer (tests, or several pipelines sharing one).
    public init(
        gazetteer: Gazetteer,
        configuration: Configuration = Configuration(),
        givenNames: [String] = [],
        surnames: [String] = [],
        commonWords: [String] = [],
        wordGivenNames: [String] = []
    ) {
        self.init(
            lexicon: EntityLexicon(gazetteer),
            loadError: nil,
            gazetteer: gazetteer,
            configuration: configuration,
            words: EntityRecognizer.WordLists(
                givenNames: EntityRules.hashes(givenNames),
                surnames: EntityRules.hashes(surnames),
                commonWords: EntityRules.hashes(commonWords),
                wordGivenNames: EntityRules.hashes(wordGivenNames)
            )
        )
    }

    private init(
        lexicon: EntityLexicon?,
        loadError: String?,
        gazetteer: Gazetteer?,
        configuration: Configuration,
        words: EntityRecognizer.WordLists
    ) {
        var lexicon = lexicon
        lexicon?.governmentPhrases = configuration.governmentPhrases
        recognizer = EntityRecognizer(
            lexicon: lexicon,
            rules: configuration.rules,
            coreference: configuration.coreference,
            words: words
        )
        self.loadError = loadError
        self.gazetteer = gazetteer
    }

    /// The words of a list beside the gazetteer files (`given-names.txt`: one a line, `#` comments), hashed as the
    /// rules compare them; empty if the file is not there.
    static func wordList(_ name: String, in directory: String) -> WordSet {
        guard let text = try? String(contentsOfFile: directory + "/" + name, encoding: .utf8) else { return WordSet() }
        var hashes = WordSet()
        for line in text.split(separator: "\n") where !line.hasPrefix("#") && !line.isEmpty {
            hashes.insert(EntityRules.hash(String(line)))
        }
        return hashes
    }

    public func process(_ document: inout Document, context: StageContext) throws(StageError) {
        if let loadError {
            throw StageError(.missingLayer, stage: Self.name, documentID: document.id, message: loadError)
        }
        guard let tokens = document.tokens, let text = document.text else {
            throw StageError(.missingLayer, stage: Self.name, documentID: document.id, message: "no tokens")
        }
        let scalars = Array(text.string.unicodeScalars)
        var mentions: [Mention] = []
        for found in recognizer.recognize(tokens) {
            let start = Int(tokens.tokens[found.tokens.lowerBound].start)
            let end = Int(tokens.tokens[found.tokens.upperBound - 1].end)
            var mention = Mention(
                start: start,
                end: end,
                text: String(String.UnicodeScalarView(scalars[start..<end])),
                type: found.type
            )
            mention.kind = found.kind
            mention.name = found.name
            mention.entity = found.entity
            mention.rule = found.rule
            mention.attributes = found.attributes.isEmpty ? nil : found.attributes
            mentions.append(mention)
        }
        document.addMentions(mentions)
        document.layers.insert(.entities)
    }
}

extension EntityLexicon {
    /// Builds the lexicon from loaded gazetteer files: every name and alias becomes a pattern.
    init(_ gazetteer: Gazetteer) {
        var entries: [Entry] = []
        var patterns: [TokenMatcher.Pattern] = []
        patterns.reserveCapacity(gazetteer.entries.count * 3)
        entries.reserveCapacity(gazetteer.entries.count)
        for entry in gazetteer.entries {
            let index = Int32(entries.count)
            var symbols: Set<String> = []
            if let symbol = entry.attributes["symbol"] { symbols.insert(symbol) }
            entries.append(
                Entry(
                    id: entry.id,
                    type: entry.type.mentionType,
                    kind: entry.kind,
                    name: entry.name,
                    attributes: entry.attributes,
                    isDemonym: entry.type == .demonym,
                    symbols: symbols,
                    lowercaseEnding: entry.names.contains { Self.endsInLowercaseWord($0.text) }
                )
            )
            // Few names per entry: a linear check for repeats is cheaper than a set per entry.
            var seen: [String] = []
            for alias in [GazetteerEntry.Alias(text: entry.name)] + entry.aliases where !seen.contains(alias.text) {
                seen.append(alias.text)
                // Short all-capital aliases ("US", "UN", "EU") match only in capitals, whatever the file says.
                let shortCapitals =
                    alias.text.count <= 4 && alias.text.uppercased() == alias.text
                    && alias.text.contains(where: \.isLetter)
                patterns.append(
                    TokenMatcher.Pattern(
                        text: alias.text,
                        caseSensitive: alias.caseSensitive || shortCapitals || symbols.contains(alias.text),
                        payload: index
                    )
                )
            }
        }
        self.init(entries: entries, patterns: patterns)
    }

    /// Whether the last word of `name` starts in lower case ("Chinese customs").
    static func endsInLowercaseWord(_ name: String) -> Bool {
        guard let space = name.utf8.lastIndex(of: 0x20) else { return false }
        return name[name.utf8.index(after: space)...].first?.isLowercase == true
    }
}
