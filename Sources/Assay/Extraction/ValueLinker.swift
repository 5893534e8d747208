/// Records what each value is about: the sentence it stands in and the entities named in that sentence.
///
/// Requires ``Layer/tokens``, ``Layer/entities`` and ``Layer/values``; provides `value-links`. Each percentage,
/// date and duration gets the attributes `sentence` (`"start-end"`, clean-text offsets) and `entities` (the ids of
/// the entities in the same sentence, nearest first, space-separated).
///
/// ```text
/// "China mines around 70 per cent of the world's rare earths."
///   → Percent "around 70 per cent" {sentence: "0-57", entities: "wikidata:Q148 assay:mineral/rare-earth-elements"}
/// ```
public struct ValueLinker: Stage {
    public struct Configuration: StageConfiguration {
        public static let options: [String] = []
        public init() {}
    }

    public static let name = "link-values"
    public static let requires: Set<Layer> = [.tokens, .entities, .values]
    public static let provides: Set<Layer> = [Layer("value-links")]

    public init(configuration: Configuration) {}

    public func process(_ document: inout Document, context: StageContext) throws(StageError) {
        guard let tokens = document.tokens else {
            throw StageError(.missingLayer, stage: Self.name, documentID: document.id, message: "no tokens")
        }
        let sentences = tokens.sentences.compactMap { range -> Range<Int>? in
            guard let first = range.first, let last = range.last else { return nil }
            return Int(tokens.tokens[first].start)..<Int(tokens.tokens[last].end)
        }
        let entities = document.mentions.filter { !$0.type.isValue }
        for index in document.mentions.indices where document.mentions[index].type.isValue {
            let mention = document.mentions[index]
            guard let sentence = sentences.index(containing: mention.start).map({ sentences[$0] }) else { continue }
            let around =
                entities
                .filter { sentence.contains($0.start) }
                .sorted { abs($0.start - mention.start) < abs($1.start - mention.start) }
            var ids: [String] = []
            for entity in around {
                if let id = entity.entity, !ids.contains(id) { ids.append(id) }
            }
            var attributes = mention.attributes ?? [:]
            attributes["sentence"] = "\(sentence.lowerBound)-\(sentence.upperBound)"
            if !ids.isEmpty { attributes["entities"] = ids.joined(separator: " ") }
            document.mentions[index].attributes = attributes
        }
        document.layers.formUnion(Self.provides)
    }
}
