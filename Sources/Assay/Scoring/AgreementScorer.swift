internal import Crypto
internal import Foundation

/// A statement of the corpus: the facts of several documents that agree, with how far the sources back it.
public struct FactNode: Sendable {
    /// 16 hex digits of the SHA-256 of the key and value: stable across runs.
    public var id: String
    public var type: FactType
    public var property: String
    /// "China — share of production — rare earths — 70 %".
    public var name: String
    public var subject: String?
    public var qualifiers: [String: String]
    public var about: [String]
    /// The value most supporting documents give; numbers carry the union of their bounds.
    public var value: FactValue
    /// Sorted ids of the supporting documents.
    public var documents: [String]
    public var evidence: [MentionReference]
    /// Independent sources among `documents`.
    public var supportCount: Int
    /// Sorted ids of documents that give the same subject and property an incompatible value.
    public var contradictedBy: [String]
    /// Independent sources among `contradictedBy`.
    public var contradictionCount: Int
    /// Ids of the fact nodes with an incompatible value.
    public var contradicts: [String]
    public var confidence: Double
    /// `corroborated` (two or more independent sources, no contradiction), `single-source`, or `contradicted`.
    public var agreement: String
}

/// Joins the facts of many documents into fact nodes and scores how far the sources agree.
///
/// Facts with the same ``Fact/key`` are compared by value: numbers agree when the ranges their wording allows
/// ("around 70" is 65…75, "nearly 90" is 85…90) overlap once widened by `tolerance` (relative); dates, durations and
/// entities when they are equal. Each group of agreeing facts is a node; the documents behind the other groups of
/// the same key contradict it. Quotations of one speaker are one statement when the words of one contain the other's
/// ("no quid pro quo" and "There will be no quid pro quo").
///
/// Confidence, with s independent supporting sources and c independent contradicting ones:
/// `(1 − 0.5^s) · s / (s + c)` — one source gives 0.5, two 0.75, four 0.94; a contradiction by as many sources as
/// support it halves that.
///
/// ```swift
/// let nodes = AgreementScorer().score(facts, sources: grouping, resolution: resolution)
/// ```
public struct AgreementScorer: Sendable {
    /// Relative widening of numeric ranges before comparing them: 0.02 lets 70 and 71.4 agree.
    public var tolerance = 0.02

    public init(tolerance: Double = 0.02) {
        self.tolerance = tolerance
    }

    public func score(_ facts: [Fact], sources: SourceGrouping, resolution: CorpusResolution) -> [FactNode] {
        let names = Dictionary(resolution.entities.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        var byKey: [String: [Fact]] = [:]
        for fact in Self.clusterQuotations(facts) { byKey[fact.key, default: []].append(fact) }
        var nodes: [FactNode] = []
        for key in byKey.keys.sorted() {
            guard let group = byKey[key] else { continue }
            let clusters = cluster(group)
            var keyNodes: [FactNode] = []
            for members in clusters {
                keyNodes.append(node(members, key: key, sources: sources, names: names))
            }
            // Documents behind the other values contradict each node.
            for index in keyNodes.indices {
                let own = Set(keyNodes[index].documents)
                var against: Set<String> = []
                var others: [String] = []
                for other in keyNodes.indices where other != index {
                    against.formUnion(keyNodes[other].documents.filter { !own.contains($0) })
                    others.append(keyNodes[other].id)
                }
                keyNodes[index].contradictedBy = against.sorted()
                keyNodes[index].contradictionCount = against.isEmpty ? 0 : sources.sourceCount(against)
                keyNodes[index].contradicts = others.sorted()
                let s = Double(keyNodes[index].supportCount)
                let c = Double(keyNodes[index].contradictionCount)
                keyNodes[index].confidence = (1 - pow(0.5, s)) * s / (s + c)
                keyNodes[index].agreement =
                    c > 0 ? "contradicted" : keyNodes[index].supportCount >= 2 ? "corroborated" : "single-source"
            }
            nodes += keyNodes
        }
        return nodes.sorted { $0.id < $1.id }
    }

    // MARK: - Grouping values

    /// Splits facts of one key into groups whose values agree.
    private func cluster(_ facts: [Fact]) -> [[Fact]] {
        // The key already holds the title or the quotation's words; wordings differ, statements do not.
        if facts[0].type == .quotation || facts[0].type == .role { return [facts] }
        if case .number = facts[0].value {
            // Overlapping ranges, found by a sweep over their lower ends.
            let ranges = facts.map { fact -> (Double, Double, Fact) in
                guard case .number(_, let lower, let upper, _) = fact.value else { return (0, 0, fact) }
                return (lower - abs(lower) * tolerance, upper + abs(upper) * tolerance, fact)
            }.sorted { ($0.0, $0.1, $0.2.document) < ($1.0, $1.1, $1.2.document) }
            var clusters: [[Fact]] = []
            var reach = -Double.infinity
            for (lower, upper, fact) in ranges {
                if lower <= reach, !clusters.isEmpty {
                    clusters[clusters.count - 1].append(fact)
                    reach = max(reach, upper)
                } else {
                    clusters.append([fact])
                    reach = upper
                }
            }
            return clusters
        }
        var byValue: [String: [Fact]] = [:]
        for fact in facts { byValue[Self.valueKey(fact.value), default: []].append(fact) }
        return byValue.keys.sorted().compactMap { byValue[$0] }
    }

    static func valueKey(_ value: FactValue) -> String {
        switch value {
        case .number(let number, _, _, _): return String(number)
        case .date(let date, _): return date
        case .duration(let duration): return duration
        case .text(let text): return EntityResolver.normalize(text)
        case .entity(let id, _): return id
        }
    }

    private func node(_ members: [Fact], key: String, sources: SourceGrouping, names: [String: String]) -> FactNode {
        let first = members[0]
        let documents = Set(members.map(\.document)).sorted()
        // The value most documents give, ties to the smallest key.
        var counts: [String: (Int, FactValue)] = [:]
        for fact in members {
            let valueKey = Self.valueKey(fact.value)
            counts[valueKey] = ((counts[valueKey]?.0 ?? 0) + 1, fact.value)
        }
        var value = counts.max { ($0.value.0, $1.key) < ($1.value.0, $0.key) }?.value.1 ?? first.value
        if case .number(let number, _, _, let modifier) = value {
            var lower = Double.infinity
            var upper = -Double.infinity
            for fact in members {
                if case .number(_, let low, let high, _) = fact.value {
                    lower = min(lower, low)
                    upper = max(upper, high)
                }
            }
            value = .number(number, lower: lower, upper: upper, modifier: modifier)
        }
        let digest = SHA256.hash(data: Data((key + "|" + Self.valueKey(value)).utf8))
        let id = digest.prefix(8).map { String(format: "%02x", $0) }.joined()
        var about = members.flatMap(\.about).uniqued()
        if let subject = first.subject, let position = about.firstIndex(of: subject) {
            about.remove(at: position)
            about.insert(subject, at: 0)
        }
        // Every part of the key shows in the name, so two nodes never share one.
        let nameParts =
            [
                first.subject.flatMap { names[$0] }, first.propertyLabel,
                first.qualifiers["commodity"].flatMap { names[$0] },
                first.qualifiers["target"].map { "on " + (names[$0] ?? $0) },
                first.qualifiers["time"].map { "in " + $0 },
            ]
            .compactMap { $0 } + [Self.describe(value)]
        return FactNode(
            id: id,
            type: first.type,
            property: first.property,
            name: nameParts.joined(separator: " — "),
            subject: first.subject,
            qualifiers: first.qualifiers,
            about: about,
            value: value,
            documents: documents,
            evidence: Set(members.flatMap(\.evidence)).sorted(),
            supportCount: sources.sourceCount(documents),
            contradictedBy: [],
            contradictionCount: 0,
            contradicts: [],
            confidence: 0,
            agreement: ""
        )
    }

    /// How a value reads in a fact's name: `70 %`, `--08-10`, `P90D`, `“no quid pro quo”`, `China`.
    static func describe(_ value: FactValue) -> String {
        switch value {
        case .number(let number, _, _, let modifier):
            let text = RDFValue.formatNumber(number)
            return (modifier.map { $0 + " " } ?? "") + text + " %"
        case .date(let date, _): return date
        case .duration(let duration): return duration
        case .text(let text): return "\u{201C}" + text + "\u{201D}"
        case .entity(_, let name): return name
        }
    }

    // MARK: - Quotations

    /// Gives quotations of one speaker whose words contain one another the same `quote` qualifier: the words of the
    /// shortest of them.
    static func clusterQuotations(_ facts: [Fact]) -> [Fact] {
        var result = facts
        var bySpeaker: [String: [Int]] = [:]
        for (index, fact) in facts.enumerated() where fact.type == .quotation {
            bySpeaker[fact.subject ?? "", default: []].append(index)
        }
        for indexes in bySpeaker.values {
            let words = indexes.map { (facts[$0].qualifiers["quote"] ?? "").split(separator: " ").map(String.init) }
            var sets = UnionFind(count: indexes.count)
            for a in indexes.indices {
                for b in indexes.indices where b > a {
                    if contains(words[a], words[b]) || contains(words[b], words[a]) { sets.union(a, b) }
                }
            }
            var shortest: [Int: [String]] = [:]
            for position in indexes.indices {
                let root = sets.root(position)
                if let current = shortest[root],
                    (current.count, current.joined(separator: " ")) <= (
                        words[position].count, words[position].joined(separator: " ")
                    )
                {
                    continue
                }
                shortest[root] = words[position]
            }
            for (position, index) in indexes.enumerated() {
                result[index].qualifiers["quote"] = shortest[sets.root(position)]?.joined(separator: " ")
            }
        }
        return result
    }

    /// Whether `needle` occurs as consecutive words of `haystack`.
    static func contains(_ haystack: [String], _ needle: [String]) -> Bool {
        guard !needle.isEmpty, needle.count <= haystack.count else { return false }
        for start in 0...(haystack.count - needle.count) where Array(haystack[start..<start + needle.count]) == needle {
            return true
        }
        return false
    }
}
