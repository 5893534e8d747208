internal import Foundation

/// Options of cross-document resolution.
public struct ResolverConfiguration: Sendable {
    /// Join a single name ("Hass") in one document to a person of another document when both documents give the
    /// same title or affiliation; off, single names stay with their document.
    public var singleNamesOnEvidence = true

    public init() {}
}

/// Joins the entity mentions of many annotation records into one node per real entity.
///
/// Within a document the extractor has already pointed short forms at full names (`"Bessent"` → Scott Bessent). Across
/// documents, in order of strength:
/// 1. the same gazetteer entry or Wikidata id (`gazetteer`);
/// 2. the same full name (its slug: case, punctuation and spacing aside) and type, for names found by rules
///    (`same-name`): `"Liu Weidong"` in two articles;
/// 3. a single name — a person known only as `"Reid"` in a document — joins a person of another document only if
///    both documents give the same title or affiliation (`shared-role`, `shared-affiliation`); otherwise it stays
///    a node of its own document, so two people who share a surname are never merged on the surname alone.
///
/// ```swift
/// let resolution = EntityResolver().resolve(records)
/// resolution.entities.first { $0.name == "Scott Bessent" }?.documents  // ["000…", "002…", "003…", "004…"]
/// ```
/// - Complexity: O(m log m) in the number of mentions.
public struct EntityResolver: Sendable {
    public var configuration: ResolverConfiguration

    public init(configuration: ResolverConfiguration = .init()) {
        self.configuration = configuration
    }

    /// The mentions of one entity id in one document.
    private struct Local {
        var document: String
        var entity: String
        var type: MentionType
        var kinds: [String] = []
        var names: [String] = []
        var texts: [String] = []
        /// Normalised, for comparing documents; `writtenTitles` keeps them as the text has them.
        var titles: Set<String> = []
        var writtenTitles: [String] = []
        var affiliations: Set<String> = []
        var mentions: [MentionReference] = []
        var gazetteer = false
        var countries: [String] = []
        var coreference: [MentionReference] = []

        /// The name the extractor settled on: the longest it gave.
        var name: String { names.max { ($0.count, $1) < ($1.count, $0) } ?? texts.first ?? "" }

        var isSingleName: Bool { !gazetteer && type == .person && !name.contains(" ") }
    }

    /// Resolves the mentions of annotation records across documents.
    public func resolve(_ records: [DocumentRecord]) -> CorpusResolution {
        var locals: [Local] = []
        var localIndex: [String: Int] = [:]
        for record in records {
            for mention in record.mentions ?? [] where !mention.type.isValue {
                guard let entity = mention.entity else { continue }
                let key = record.id + "\u{1F}" + entity
                let index: Int
                if let known = localIndex[key] {
                    index = known
                } else {
                    index = locals.count
                    localIndex[key] = index
                    locals.append(Local(document: record.id, entity: entity, type: mention.type))
                }
                let reference = MentionReference(
                    document: record.id,
                    start: mention.start,
                    end: mention.end,
                    sourceStart: mention.sourceStart,
                    sourceEnd: mention.sourceEnd
                )
                locals[index].mentions.append(reference)
                locals[index].texts.append(mention.text)
                if let name = mention.name { locals[index].names.append(name) }
                if let kind = mention.kind { locals[index].kinds.append(kind) }
                if mention.rule == "gazetteer" || entity.hasPrefix("wikidata:") { locals[index].gazetteer = true }
                if let country = mention.attributes?["country"] { locals[index].countries.append(country) }
                if mention.rule == "coreference" { locals[index].coreference.append(reference) }
                var titles: [String] = []
                if let title = mention.attributes?["title"] { titles.append(title) }
                if mention.rule != "gazetteer", let role = mention.attributes?["role"] { titles.append(role) }
                for title in titles {
                    locals[index].titles.insert(Self.normalize(title))
                    locals[index].writtenTitles.append(title)
                }
                if let affiliation = mention.attributes?["affiliationEntity"] {
                    locals[index].affiliations.insert(affiliation)
                }
            }
        }
        return build(locals)
    }

    // MARK: - Grouping

    private func build(_ locals: [Local]) -> CorpusResolution {
        // Each local gets a group key; a merge is recorded for every local joined to a group by a rule.
        var groupKey = [String](repeating: "", count: locals.count)
        var ruleOf = [(rule: String, evidence: String)](repeating: ("", ""), count: locals.count)
        var fullNames: [String: [Int]] = [:]  // "person|hass" (last word) → full-name person locals
        for (index, local) in locals.enumerated() {
            if local.gazetteer {
                groupKey[index] = local.entity
                ruleOf[index] = ("gazetteer", local.entity)
            } else if local.isSingleName {
                continue
            } else {
                // The extractor's id is already the name's slug ("W. M. Keck" and "W.M. Keck" share it); keying on
                // it keeps one node per id.
                groupKey[index] = local.type.rawValue + "|" + local.entity
                ruleOf[index] = ("same-name", local.name)
            }
            if local.type == .person, let last = Self.normalize(local.name).split(separator: " ").last {
                fullNames["\(last)", default: []].append(index)
            }
        }
        // Single names: joined on shared evidence, else kept to their document.
        for (index, local) in locals.enumerated() where groupKey[index].isEmpty {
            let word = Self.normalize(local.name)
            var joined = false
            if configuration.singleNamesOnEvidence {
                let candidates = (fullNames[word] ?? []).filter { locals[$0].document != local.document }
                let matching = candidates.compactMap { candidate -> (Int, String, String)? in
                    if let shared = local.titles.intersection(locals[candidate].titles).min() {
                        return (candidate, "shared-role", shared)
                    }
                    if let shared = local.affiliations.intersection(locals[candidate].affiliations).min() {
                        return (candidate, "shared-affiliation", shared)
                    }
                    return nil
                }
                // Two different full names with the evidence: ambiguous, so no merge.
                let keys = Set(matching.map { groupKey[$0.0] })
                if keys.count == 1, let first = matching.first {
                    groupKey[index] = groupKey[first.0]
                    ruleOf[index] = (first.1, first.2)
                    joined = true
                }
            }
            if !joined {
                groupKey[index] = local.entity + "~" + local.document
                ruleOf[index] = ("single-name", local.name)
            }
        }

        var groups: [String: [Int]] = [:]
        for (index, key) in groupKey.enumerated() { groups[key, default: []].append(index) }
        var entities: [ResolvedEntity] = []
        entities.reserveCapacity(groups.count)
        for members in groups.values {
            entities.append(entity(from: members.map { locals[$0] }, rules: members.map { ruleOf[$0] }))
        }
        entities.sort { $0.id < $1.id }
        var entityOfMention: [MentionReference: Int] = [:]
        for (index, entity) in entities.enumerated() {
            for mention in entity.mentions { entityOfMention[mention] = index }
        }
        return CorpusResolution(entities: entities, entityOfMention: entityOfMention)
    }

    private func entity(from members: [Local], rules: [(rule: String, evidence: String)]) -> ResolvedEntity {
        // The id: the gazetteer's when there is one, else the smallest name-based id, so it does not depend on order.
        let gazetteerIDs = members.filter(\.gazetteer).map(\.entity)
        let singles = members.filter(\.isSingleName)
        let id: String
        if let gazetteerID = gazetteerIDs.min() {
            id = gazetteerID
        } else if singles.count == members.count, members.count == 1, let only = members.first {
            id = only.entity + "~" + only.document
        } else {
            id = members.filter { !$0.isSingleName }.map(\.entity).min() ?? members[0].entity
        }
        let name = Self.mostCommon(members.filter { !$0.isSingleName }.map(\.name)) ?? members[0].name
        var aliases = Set(members.flatMap(\.texts).map(Self.collapseSpaces))
        aliases.remove(name)
        var merges: [String: EntityMerge] = [:]
        for (member, rule) in zip(members, rules) {
            let key = rule.rule + "\u{1F}" + rule.evidence
            merges[key, default: EntityMerge(rule: rule.rule, evidence: rule.evidence, mentions: [])].mentions
                .append(contentsOf: member.mentions)
            if !member.coreference.isEmpty {
                merges[
                    "within-document\u{1F}" + member.document,
                    default: EntityMerge(
                        rule: "within-document",
                        evidence: member.name,
                        mentions: []
                    )
                ].mentions
                    .append(contentsOf: member.coreference)
            }
        }
        let wikidata = ([id] + gazetteerIDs).first { $0.hasPrefix("wikidata:") }.map { String($0.dropFirst(9)) }
        return ResolvedEntity(
            id: id,
            type: members[0].type,
            kind: Self.mostCommon(members.flatMap(\.kinds)),
            name: name,
            aliases: aliases.sorted(),
            wikidata: wikidata,
            country: Self.mostCommon(members.flatMap(\.countries)),
            titles: Self.writtenForms(members.flatMap(\.writtenTitles)),
            affiliations: Set(members.flatMap(\.affiliations)).sorted(),
            mentions: members.flatMap(\.mentions).sorted(),
            merges: merges.values.map {
                EntityMerge(rule: $0.rule, evidence: $0.evidence, mentions: $0.mentions.sorted())
            }
            .sorted {
                ($0.rule, $0.evidence, $0.mentions.first?.document ?? "") < (
                    $1.rule, $1.evidence, $1.mentions.first?.document ?? ""
                )
            },
            documents: Set(members.map(\.document)).sorted()
        )
    }

    // MARK: - Names

    /// `"  Ryan   HASS "` → `"ryan hass"`: case and diacritics folded, punctuation dropped, spaces collapsed.
    static func normalize(_ name: String) -> String {
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        var result = ""
        var pendingSpace = false
        for scalar in folded.unicodeScalars {
            if scalar.properties.isAlphabetic || (scalar.value >= 0x30 && scalar.value <= 0x39) {
                if pendingSpace && !result.isEmpty { result += " " }
                result.unicodeScalars.append(scalar)
                pendingSpace = false
            } else if scalar != "." && scalar != "'" && scalar != "\u{2019}" {
                pendingSpace = true
            }
        }
        return result
    }

    /// One written form per normalised title — the most frequent — sorted.
    static func writtenForms(_ titles: [String]) -> [String] {
        var byKey: [String: [String]] = [:]
        for title in titles { byKey[normalize(title), default: []].append(title) }
        return byKey.values.compactMap { mostCommon($0) }.sorted()
    }

    static func collapseSpaces(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The most frequent string, ties to the smallest.
    static func mostCommon(_ values: [String]) -> String? {
        var counts: [String: Int] = [:]
        for value in values { counts[value, default: 0] += 1 }
        return counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
    }
}
