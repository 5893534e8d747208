internal import Crypto
internal import Foundation

/// Writes a ``KnowledgeGraph`` as JSON-LD (schema.org, NIF, PROV-O and Assay's own terms, with an inline context)
/// or as N-Quads. Both come from one list of nodes, so they hold the same triples.
///
/// Output is deterministic: IRIs derive from document ids, offsets, entity ids and fact keys; nodes, keys and
/// values are sorted; no clock is read.
///
/// ```swift
/// let emitter = GraphEmitter(graph)
/// try emitter.jsonLD().write(to: url)     // {"@context": {…}, "@graph": [{"@id": …}, …]}
/// try emitter.nQuads().write(to: other)   // <…/entity/wikidata/Q148> <http://schema.org/name> "China" .
/// ```
public struct GraphEmitter: Sendable {
    public let graph: KnowledgeGraph
    private let base: String

    public init(_ graph: KnowledgeGraph) {
        self.graph = graph
        self.base = graph.configuration.base
    }

    // MARK: - IRIs

    func documentIRI(_ id: String) -> String { base + "document/" + Self.encode(id) }

    func mentionIRI(_ reference: MentionReference) -> String {
        documentIRI(reference.document) + "/mention/\(reference.start)-\(reference.end)"
    }

    /// `wikidata:Q148` → `entity/wikidata/Q148`; `assay:person/hass~doc-1` → `entity/person/hass/in/doc-1`.
    func entityIRI(_ id: String) -> String {
        var local = id.hasPrefix("assay:") ? String(id.dropFirst(6)) : id.replacingOccurrences(of: ":", with: "/")
        var suffix = ""
        if let tilde = local.firstIndex(of: "~") {
            suffix = "/in/" + Self.encode(String(local[local.index(after: tilde)...]))
            local = String(local[..<tilde])
        }
        return base + "entity/" + local.split(separator: "/").map { Self.encode(String($0)) }.joined(separator: "/")
            + suffix
    }

    func factIRI(_ id: String) -> String { base + "fact/" + id }

    func sourceIRI(_ id: String) -> String {
        base + "source/" + id.split(separator: "/").map { Self.encode(String($0)) }.joined(separator: "/")
    }

    /// Percent-encodes everything but RFC 3986's unreserved characters.
    static func encode(_ text: String) -> String {
        var result = ""
        for byte in text.utf8 {
            let letter = (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
            if letter || (0x30...0x39).contains(byte) || byte == 0x2D || byte == 0x2E || byte == 0x5F || byte == 0x7E {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                result += String(format: "%%%02X", byte)
            }
        }
        return result
    }

    // MARK: - Nodes

    /// Every node of the graph, sorted by IRI.
    func nodes() -> [RDFNode] {
        nodeGroups().flatMap { $0() }
    }

    /// The graph's nodes in groups whose IRIs share a path (`document/`, `entity/`, `fact/`, `run/`, `source/`, in
    /// that order), each group sorted: the groups one after the other are the graph sorted by IRI, and a writer
    /// needs only one group in memory at a time.
    func nodeGroups() -> [() -> [RDFNode]] {
        [
            {
                // Evidence that is no extracted mention (a quotation's words) gets a phrase node of its own.
                var quoted: [String: Set<MentionReference>] = [:]
                for fact in graph.facts where fact.type == .quotation {
                    for reference in fact.evidence where graph.resolution.entityOfMention[reference] == nil {
                        quoted[reference.document, default: []].insert(reference)
                    }
                }
                return graph.records.flatMap { documentNodes($0, quotations: quoted[$0.id] ?? []) }
                    .sorted { $0.id < $1.id }
            },
            {
                let entityIDs = Set(graph.resolution.entities.map(\.id))
                var nodes = graph.resolution.entities.flatMap { entityNodes($0, known: entityIDs) }
                for (topic, label) in graph.topics {
                    var node = RDFNode(id: entityIRI(topic), types: ["Topic"])
                    node.add("name", string: label)
                    nodes.append(node)
                }
                return nodes.sorted { $0.id < $1.id }
            },
            { graph.facts.map(factNode).sorted { $0.id < $1.id } },
            { provenanceNodes().sorted { $0.id < $1.id } },
            {
                graph.sources.groups.map { group in
                    var node = RDFNode(id: sourceIRI(group.id), types: ["Source"])
                    node.add("name", string: group.name)
                    node.add("documentCount", integer: group.documents.count)
                    for reason in group.reasons { node.add("reason", string: reason) }
                    return node
                }.sorted { $0.id < $1.id }
            },
        ]
    }

    private func documentNodes(_ record: DocumentRecord, quotations: Set<MentionReference>) -> [RDFNode] {
        let iri = documentIRI(record.id)
        var document = RDFNode(id: iri, types: ["Context", "NewsArticle"])
        document.add("identifier", string: record.id)
        document.add("headline", string: record.metadata.title)
        document.add("publisherName", string: record.metadata.publisher)
        document.add("datePublished", record.metadata.published.map(RDFValue.date))
        document.add("url", record.metadata.url.map { .typed($0, datatype: "xsd:anyURI") })
        document.add("inLanguage", string: record.metadata.language)
        document.add("sha256", string: record.sha256)
        document.add("isString", string: record.text)
        if let group = graph.sources.groupOf[record.id] {
            document.add("source", iri: sourceIRI(graph.sources.groups[group].id))
        }
        document.add("declaredSource", iri: graph.sources.declared[record.id].map(entityIRI))
        var nodes = [document]
        for mention in record.mentions ?? [] {
            let reference = MentionReference(document: record.id, start: mention.start, end: mention.end)
            var node = RDFNode(id: mentionIRI(reference), types: ["Phrase"])
            node.add("referenceContext", iri: iri)
            node.add("beginIndex", integer: mention.start)
            node.add("endIndex", integer: mention.end)
            node.add("anchorOf", string: mention.text)
            node.add("mentionType", string: mention.type.rawValue)
            if let start = mention.sourceStart, let end = mention.sourceEnd {
                node.add("sourceBeginIndex", integer: start)
                node.add("sourceEndIndex", integer: end)
            }
            if let entity = graph.resolution.entityOfMention[reference] {
                node.add("taIdentRef", iri: entityIRI(graph.resolution.entities[entity].id))
            }
            if let value = mention.value {
                switch mention.type {
                case .percent: node.add("normalizedValue", Double(value).map(RDFValue.double) ?? .string(value))
                case .date: node.add("normalizedValue", RDFValue.date(value))
                case .duration: node.add("normalizedValue", RDFValue.duration(value))
                default: break
                }
                node.add("modifier", string: mention.modifier)
                if mention.type == .percent, let lower = mention.lower, let upper = mention.upper {
                    node.add("lowerBound", RDFValue.double(lower))
                    node.add("upperBound", RDFValue.double(upper))
                }
            }
            nodes.append(node)
        }
        let scalars = quotations.isEmpty ? [] : Array(record.text.unicodeScalars)
        let spans = Set(
            (record.mentions ?? []).map { MentionReference(document: record.id, start: $0.start, end: $0.end) }
        )
        for quotation in quotations.sorted() where quotation.end <= scalars.count && !spans.contains(quotation) {
            var node = RDFNode(id: mentionIRI(quotation), types: ["Phrase"])
            node.add("referenceContext", iri: iri)
            node.add("beginIndex", integer: quotation.start)
            node.add("endIndex", integer: quotation.end)
            node.add("anchorOf", string: String(String.UnicodeScalarView(scalars[quotation.start..<quotation.end])))
            node.add("mentionType", string: "Quotation")
            nodes.append(node)
        }
        return nodes
    }

    /// schema.org classes for an entity's type and finer kind.
    static func classes(of entity: ResolvedEntity) -> [String] {
        let kind = entity.kind ?? ""
        switch entity.type {
        case .person:
            return ["Person"]
        case .organization:
            switch kind {
            case "GovernmentOrganization", "Ministry", "GovernmentAgency", "Regulator", "MilitaryOrganization",
                "Legislature", "CentralBank", "Court":
                return ["GovernmentOrganization"]
            case "Corporation", "Company": return ["Corporation"]
            case "NewsAgency", "NewsOrganization": return ["NewsMediaOrganization"]
            case "SportsTeam": return ["SportsTeam"]
            case "SportsOrganization": return ["SportsOrganization"]
            case "University": return ["CollegeOrUniversity"]
            default: return ["Organization"]
            }
        case .place:
            switch kind {
            case "Country": return ["Country"]
            case "City", "Capital": return ["City"]
            case "State", "Province": return ["AdministrativeArea", "State"]
            case "Continent": return ["Continent"]
            case let kind where EntityLexicon.isSubdivision(kind): return ["AdministrativeArea"]
            default: return ["Place"]
            }
        case .mineral:
            return ["Mineral", "Thing"]
        default:
            return ["Thing"]
        }
    }

    private func entityNodes(_ entity: ResolvedEntity, known: Set<String>) -> [RDFNode] {
        let iri = entityIRI(entity.id)
        var node = RDFNode(id: iri, types: Self.classes(of: entity))
        node.add("name", string: entity.name)
        for alias in entity.aliases { node.add("alternateName", string: alias) }
        node.add("sameAs", iri: entity.wikidata.map { "http://www.wikidata.org/entity/" + $0 })
        node.add("kind", string: entity.kind)
        node.add("documentCount", integer: entity.documents.count)
        node.add("supportCount", integer: graph.sources.sourceCount(entity.documents))
        for title in entity.titles { node.add("jobTitle", string: title) }
        for affiliation in entity.affiliations where known.contains(affiliation) {
            node.add("affiliation", iri: entityIRI(affiliation))
        }
        var nodes: [RDFNode] = []
        for (index, merge) in entity.merges.enumerated() {
            var mergeNode = RDFNode(id: iri + "/merge/\(index + 1)", types: ["Merge"])
            mergeNode.add("rule", string: merge.rule)
            mergeNode.add("mergeEvidence", string: merge.evidence)
            for mention in merge.mentions { mergeNode.add("mergedMention", iri: mentionIRI(mention)) }
            node.add("merge", iri: mergeNode.id)
            nodes.append(mergeNode)
        }
        return [node] + nodes
    }

    private func factNode(_ fact: FactNode) -> RDFNode {
        var node = RDFNode(id: factIRI(fact.id), types: ["Claim"])
        node.add("name", string: fact.name)
        node.add("factType", string: fact.type.rawValue)
        node.add("property", string: fact.property)
        node.add("subject", iri: fact.subject.map(entityIRI))
        for about in fact.about { node.add("about", iri: entityIRI(about)) }
        switch fact.value {
        case .number(let number, let lower, let upper, let modifier):
            node.add("value", RDFValue.double(number))
            node.add("lowerBound", RDFValue.double(lower))
            node.add("upperBound", RDFValue.double(upper))
            node.add("modifier", string: modifier)
        case .date(let date, _): node.add("value", RDFValue.date(date))
        case .duration(let duration): node.add("value", RDFValue.duration(duration))
        case .text(let text): node.add("value", string: text)
        case .entity(_, let name): node.add("value", string: name)
        }
        for document in fact.documents { node.add("appearance", iri: documentIRI(document)) }
        for mention in fact.evidence { node.add("evidence", iri: mentionIRI(mention)) }
        node.add("documentCount", integer: fact.documents.count)
        node.add("supportCount", integer: fact.supportCount)
        node.add("confidence", RDFValue.typed(Self.formatConfidence(fact.confidence), datatype: "xsd:double"))
        node.add("agreement", string: fact.agreement)
        for document in fact.contradictedBy { node.add("contradictedBy", iri: documentIRI(document)) }
        for other in fact.contradicts { node.add("contradicts", iri: factIRI(other)) }
        return node
    }

    /// Four decimals, so the text does not depend on how the platform prints doubles.
    static func formatConfidence(_ value: Double) -> String {
        let rounded = (value * 10_000).rounded() / 10_000
        return RDFValue.formatNumber(rounded)
    }

    private func provenanceNodes() -> [RDFNode] {
        let provenance = graph.provenance
        var parts = [provenance.pipelineSHA256, provenance.version, base]
        parts += provenance.dataFiles.map(\.sha256)
        parts += graph.records.map(\.sha256)
        let runID = Self.shortHash(parts.joined(separator: "\n"))
        var run = RDFNode(id: base + "run/" + runID, types: ["Activity"])
        run.add("name", string: "assay graph of pipeline \(provenance.pipelineName)")
        var pipeline = RDFNode(id: base + "run/pipeline/" + provenance.pipelineSHA256.prefix(16), types: ["ProvEntity"])
        pipeline.add("name", string: "pipeline \(provenance.pipelineName)")
        pipeline.add("sha256", string: provenance.pipelineSHA256)
        run.add("used", iri: pipeline.id)
        var nodes = [pipeline]
        for file in provenance.dataFiles {
            var node = RDFNode(
                id: base + "run/data/" + Self.encode(file.name) + "/" + file.sha256.prefix(16),
                types: ["ProvEntity"]
            )
            node.add("name", string: file.name)
            node.add("sha256", string: file.sha256)
            run.add("used", iri: node.id)
            nodes.append(node)
        }
        for record in graph.records { run.add("used", iri: documentIRI(record.id)) }
        var agent = RDFNode(id: base + "run/assay/" + Self.encode(provenance.version), types: ["SoftwareAgent"])
        agent.add("name", string: "Assay")
        agent.add("softwareVersion", string: provenance.version)
        run.add("wasAssociatedWith", iri: agent.id)
        return nodes + [run, agent]
    }

    static func shortHash(_ text: String) -> String {
        SHA256.hash(data: Data(text.utf8)).prefix(8).map { String(format: "%02x", $0) }.joined()
    }
}
