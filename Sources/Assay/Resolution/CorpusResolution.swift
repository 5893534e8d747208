/// Where a mention sits: its document and its offsets.
public struct MentionReference: Sendable, Hashable, Comparable {
    public var document: String
    /// Offsets into the clean text, Unicode scalars, half-open.
    public var start: Int
    public var end: Int
    /// Offsets into the decoded source, when the record carries them.
    public var sourceStart: Int?
    public var sourceEnd: Int?

    public init(document: String, start: Int, end: Int, sourceStart: Int? = nil, sourceEnd: Int? = nil) {
        self.document = document
        self.start = start
        self.end = end
        self.sourceStart = sourceStart
        self.sourceEnd = sourceEnd
    }

    // Identity is the document and the clean-text span; source offsets follow from them.
    public static func == (lhs: MentionReference, rhs: MentionReference) -> Bool {
        lhs.document == rhs.document && lhs.start == rhs.start && lhs.end == rhs.end
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(document)
        hasher.combine(start)
        hasher.combine(end)
    }

    public static func < (lhs: MentionReference, rhs: MentionReference) -> Bool {
        (lhs.document, lhs.start, lhs.end) < (rhs.document, rhs.start, rhs.end)
    }
}

/// Why mentions were put on one entity: the rule and the mentions it joined.
///
/// Rules: `gazetteer` (the same gazetteer entry or Wikidata id), `same-name` (the same normalised full name and
/// type), `within-document` (the extractor's own coreference: a surname, a short form, an acronym), and
/// `shared-role` / `shared-affiliation` (a single name joined to another document's person only because both
/// documents give them the same title or affiliation).
public struct EntityMerge: Sendable, Hashable {
    public var rule: String
    /// What the rule compared: the shared id, name, title or affiliation.
    public var evidence: String
    public var mentions: [MentionReference]
}

/// One real-world entity across a corpus: its identity, names, mentions and why they were merged.
public struct ResolvedEntity: Sendable {
    /// A stable key: the gazetteer id (`wikidata:Q148`, `assay:organization/reuters`), or the extractor's name-based
    /// id (`assay:person/liu-weidong`), with `~document` added for a single name kept to its document.
    public var id: String
    public var type: MentionType
    /// The finer kind most mentions give: `Country`, `Ministry`, `RareEarthElement`, ….
    public var kind: String?
    public var name: String
    /// Every other surface form seen, sorted.
    public var aliases: [String]
    /// The Wikidata id (`Q148`) when the gazetteer knows it.
    public var wikidata: String?
    /// The country the gazetteer gives (`wikidata:Q30` for a US agency or official), if any.
    public var country: String?
    /// Titles the texts give the person ("Treasury Secretary"), sorted.
    public var titles: [String]
    /// Ids of the organisations the texts attach the person to, sorted.
    public var affiliations: [String]
    public var mentions: [MentionReference]
    public var merges: [EntityMerge]
    /// The ids of the documents that mention it, sorted.
    public var documents: [String]
}

/// The entities of a corpus, with a lookup from each mention to its entity.
public struct CorpusResolution: Sendable {
    /// Sorted by id.
    public var entities: [ResolvedEntity]
    /// Mention → index into `entities`.
    public var entityOfMention: [MentionReference: Int]

    public init(entities: [ResolvedEntity], entityOfMention: [MentionReference: Int]) {
        self.entities = entities
        self.entityOfMention = entityOfMention
    }

    /// The entity with `id`, by binary search over the sorted entities.
    public func entity(id: String) -> ResolvedEntity? {
        let index = entities.partitioningIndex { $0.id >= id }
        return index < entities.count && entities[index].id == id ? entities[index] : nil
    }

    /// The entity a mention of `document` at `start..<end` belongs to.
    public func entity(document: String, start: Int, end: Int) -> ResolvedEntity? {
        entityOfMention[MentionReference(document: document, start: start, end: end)].map { entities[$0] }
    }
}
