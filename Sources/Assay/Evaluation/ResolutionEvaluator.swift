/// Scores cross-document entity resolution against ECB+ gold instance ids: mention detection per type, then MUC,
/// B-cubed, CEAF-e and the CoNLL F1 of the clustering.
///
/// Gold mentions are the `entity` mentions of types `PERSON`, `ORG`, `GPE`, `LOC` and `FAC` inside evaluated
/// sentences; system mentions count when they start inside an evaluated sentence and are a person, organisation
/// or place. A system mention stands for the gold mention it is matched to (``Matching``), one to one.
///
/// Gold ids hold within a topic, so clusters on both sides are keyed by topic: the system side's `entity` should
/// come from a resolver run over one topic's documents at a time (the corpus an analyst would merge), and the
/// scores over all topics are the micro-average (all topics in one clustering, as ECB+ results are reported).
///
/// Two views of the clustering, both using the reference scorer's handling of twinless mentions
/// (``CoreferenceScorer``):
/// - **end to end**: every gold mention against every system mention, so missed and spurious mentions count;
/// - **shared mentions**: only the gold mentions the system found, so the score is the resolution alone.
///
/// ```swift
/// let report = ResolutionEvaluator().score(gold: documents, system: mentions)
/// report.endToEnd.bCubed.f1
/// report.shared.conll
/// ```
public struct ResolutionEvaluator: Sendable {
    /// One system mention with its entity.
    public struct SystemMention: Sendable, Hashable {
        public var document: String
        /// Offsets into the gold text (a mention's source offsets), Unicode scalars, half-open.
        public var start: Int
        public var end: Int
        public var type: MentionType
        /// The resolved entity; equal ids are one entity.
        public var entity: String
        public var text: String

        public init(document: String, start: Int, end: Int, type: MentionType, entity: String, text: String) {
            self.document = document
            self.start = start
            self.end = end
            self.type = type
            self.entity = entity
            self.text = text
        }
    }

    /// How a system mention is matched to a gold mention.
    public enum Matching: String, Sendable, CaseIterable {
        /// The same offsets.
        case exact
        /// Overlapping spans, paired one to one, the largest overlaps first: a gold "the Promises Treatment Center
        /// in Malibu" takes a system "Promises Treatment Center".
        case overlap
    }

    /// A mention on either side: a gold mention by its index, or a system mention no gold mention matched.
    public enum MentionKey: Hashable, Sendable {
        case gold(Int)
        case system(Int)
    }

    public struct Report: Sendable {
        /// Per gold type mapped to Assay's (`GPE`, `LOC`, `FAC` → place): matched mentions of the same type.
        public var detection: [MentionType: ExtractionEvaluator.Counts]
        /// Matched mentions whatever their types.
        public var detectionAnyType: ExtractionEvaluator.Counts
        public var endToEnd: CoreferenceScorer.Report
        public var shared: CoreferenceScorer.Report
        public var goldEntities: Int
        public var systemEntities: Int
        public var documents: Int
    }

    /// ECB+ entity types to Assay's; other types are not scored.
    public var typeMap: [String: MentionType] = [
        "PERSON": .person, "ORG": .organization, "GPE": .place, "LOC": .place, "FAC": .place,
    ]
    public var matching: Matching

    public init(matching: Matching = .exact) {
        self.matching = matching
    }

    // MARK: - Scoring

    /// Scores `system` mentions against the gold mentions of `gold`.
    ///
    /// System mentions of documents not in `gold`, outside evaluated sentences, or of other types are left out.
    public func score(gold: [ECBPlusDocument], system: [SystemMention]) -> Report {
        let goldMentions = self.goldMentions(gold)
        let systemMentions = self.systemMentions(system, in: gold)
        let matches = match(gold: goldMentions, system: systemMentions)
        let topicOf = Dictionary(gold.map { ($0.id, $0.topic) }, uniquingKeysWith: { first, _ in first })

        var goldClusters: [MentionKey: String] = [:]
        for (index, mention) in goldMentions.enumerated() {
            goldClusters[.gold(index)] = "\(topicOf[mention.document] ?? 0)/\(mention.mention.id)"
        }
        var systemClusters: [MentionKey: String] = [:]
        var goldOfSystem: [Int: Int] = [:]
        for (goldIndex, systemIndex) in matches { goldOfSystem[systemIndex] = goldIndex }
        for (index, mention) in systemMentions.enumerated() {
            let key = goldOfSystem[index].map(MentionKey.gold) ?? .system(index)
            systemClusters[key] = "\(topicOf[mention.document] ?? 0)/\(mention.entity)"
        }
        let shared = Set(matches.map { MentionKey.gold($0.gold) })

        var detection: [MentionType: ExtractionEvaluator.Counts] = [:]
        for type in Set(typeMap.values) { detection[type] = ExtractionEvaluator.Counts() }
        for mention in goldMentions { detection[mention.type]?.falseNegatives += 1 }
        for mention in systemMentions { detection[mention.type]?.falsePositives += 1 }
        for (goldIndex, systemIndex) in matches where goldMentions[goldIndex].type == systemMentions[systemIndex].type {
            let type = goldMentions[goldIndex].type
            detection[type]?.truePositives += 1
            detection[type]?.falseNegatives -= 1
            detection[type]?.falsePositives -= 1
        }
        var any = ExtractionEvaluator.Counts()
        any.truePositives = matches.count
        any.falseNegatives = goldMentions.count - matches.count
        any.falsePositives = systemMentions.count - matches.count

        return Report(
            detection: detection,
            detectionAnyType: any,
            endToEnd: CoreferenceScorer.score(gold: goldClusters, system: systemClusters),
            shared: CoreferenceScorer.score(
                gold: CoreferenceScorer.restricted(goldClusters, to: shared),
                system: CoreferenceScorer.restricted(systemClusters, to: shared)
            ),
            goldEntities: Set(goldClusters.values).count,
            systemEntities: Set(systemClusters.values).count,
            documents: gold.count
        )
    }

    // MARK: - Baselines

    /// The baseline "the same normalised surface text is the same entity": `mentions` with each entity replaced
    /// by the text in lower case, without a leading "the" or a trailing "'s" (type not considered).
    public static func sameSurfaceBaseline(_ mentions: [SystemMention]) -> [SystemMention] {
        mentions.map { mention in
            var mention = mention
            mention.entity = "surface:" + ExtractionEvaluator.key(mention.text)
            return mention
        }
    }

    /// The baseline "every mention is its own entity".
    public static func singletonBaseline(_ mentions: [SystemMention]) -> [SystemMention] {
        mentions.map { mention in
            var mention = mention
            mention.entity = "singleton:\(mention.document)#\(mention.start)-\(mention.end)"
            return mention
        }
    }

    // MARK: - Mentions and matching

    struct ScoredGoldMention {
        var document: String
        var mention: ECBPlusDocument.GoldMention
        var type: MentionType
    }

    /// The gold mentions scored, in document order.
    func goldMentions(_ gold: [ECBPlusDocument]) -> [ScoredGoldMention] {
        gold.flatMap { document in
            document.evaluatedMentions(types: Set(typeMap.keys)).compactMap { mention in
                typeMap[mention.type].map { ScoredGoldMention(document: document.id, mention: mention, type: $0) }
            }
        }
    }

    /// The system mentions scored: in a gold document, inside an evaluated sentence, of a scored type, one per span.
    func systemMentions(_ system: [SystemMention], in gold: [ECBPlusDocument]) -> [SystemMention] {
        let types = Set(typeMap.values)
        var spans: [String: [Range<Int>]] = [:]
        for document in gold { spans[document.id] = document.evaluatedSpans }
        var seen = Set<[String]>()
        return system.filter { mention in
            guard types.contains(mention.type), let sentences = spans[mention.document],
                sentences.contains(where: { $0.contains(mention.start) })
            else { return false }
            return seen.insert([mention.document, String(mention.start), String(mention.end)]).inserted
        }
    }

    /// Pairs of (gold index, system index), one to one.
    func match(gold: [ScoredGoldMention], system: [SystemMention]) -> [(gold: Int, system: Int)] {
        var goldByDocument: [String: [Int]] = [:]
        for (index, mention) in gold.enumerated() { goldByDocument[mention.document, default: []].append(index) }
        var systemByDocument: [String: [Int]] = [:]
        for (index, mention) in system.enumerated() { systemByDocument[mention.document, default: []].append(index) }
        var pairs: [(gold: Int, system: Int)] = []
        for (document, systemIndices) in systemByDocument.sorted(by: { $0.key < $1.key }) {
            let goldIndices = goldByDocument[document] ?? []
            switch matching {
            case .exact:
                var goldAt: [[Int]: Int] = [:]
                for index in goldIndices { goldAt[[gold[index].mention.start, gold[index].mention.end]] = index }
                for index in systemIndices {
                    if let goldIndex = goldAt[[system[index].start, system[index].end]] {
                        pairs.append((goldIndex, index))
                    }
                }
            case .overlap:
                // Candidate pairs, the largest overlap first, then the closest in length, then by position.
                var candidates: [(overlap: Int, lengthGap: Int, gold: Int, system: Int)] = []
                for goldIndex in goldIndices {
                    let g = gold[goldIndex].mention
                    for index in systemIndices {
                        let s = system[index]
                        let overlap = min(g.end, s.end) - max(g.start, s.start)
                        guard overlap > 0 else { continue }
                        candidates.append((overlap, abs((g.end - g.start) - (s.end - s.start)), goldIndex, index))
                    }
                }
                candidates.sort {
                    ($0.overlap, -$0.lengthGap, -$0.gold, -$0.system) > (
                        $1.overlap, -$1.lengthGap, -$1.gold, -$1.system
                    )
                }
                var usedGold = Set<Int>()
                var usedSystem = Set<Int>()
                for candidate in candidates where !usedGold.contains(candidate.gold) {
                    guard !usedSystem.contains(candidate.system) else { continue }
                    usedGold.insert(candidate.gold)
                    usedSystem.insert(candidate.system)
                    pairs.append((candidate.gold, candidate.system))
                }
            }
        }
        return pairs
    }
}
