import Assay
import AssayTestSupport
import Foundation
import Testing

@Suite struct GraphEmitterTests {
    private static let texts = [
        "a": "Chile mines about 27 percent of the world's copper, Mining Minister Aurora Williams said on Monday.",
        "b":
            "\u{201C}Output will recover,\u{201D} said Mining Minister Aurora Williams. Chile mines ~27% of global copper.",
    ]

    private func graph() throws -> KnowledgeGraph {
        try Annotator.graph(Self.texts, published: "2025-03-10")
    }

    private func jsonObject(_ bytes: [UInt8]) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
    }

    @Test func everyKeyIsATermOfTheInlineContext() throws {
        let document = try jsonObject(try GraphEmitter(graph()).jsonLD())
        let context = try #require(document["@context"] as? [String: Any])
        #expect(context["@vocab"] == nil)
        let nodes = try #require(document["@graph"] as? [[String: Any]])
        #expect(!nodes.isEmpty)
        for node in nodes {
            for key in node.keys where !key.hasPrefix("@") {
                #expect(context[key] != nil, "\(key) is not defined in the context")
            }
            let types = (node["@type"] as? [String]) ?? [(node["@type"] as? String) ?? ""]
            for type in types { #expect(context[type] != nil, "class \(type) is not defined in the context") }
        }
        let ids = nodes.compactMap { $0["@id"] as? String }
        #expect(ids == ids.sorted())
        #expect(Set(ids).count == ids.count)
        #expect(ids.allSatisfy { $0.hasPrefix("https://w3id.org/assay/id/") })
    }

    @Test func nQuadsHoldOneLinePerStatementOfTheJSONLD() throws {
        let emitter = GraphEmitter(try graph())
        let lines = String(decoding: emitter.nQuads(), as: UTF8.self).split(separator: "\n")
        let document = try jsonObject(try emitter.jsonLD())
        let nodes = try #require(document["@graph"] as? [[String: Any]])
        var statements = 0
        for node in nodes {
            for (key, value) in node where key != "@id" {
                statements += (value as? [Any])?.count ?? 1
            }
        }
        #expect(lines.count == statements)
        #expect(Set(lines).count == lines.count)
        #expect(lines.allSatisfy { $0.hasSuffix(" .") && $0.hasPrefix("<https://w3id.org/assay/id/") })
    }

    @Test func valuesAreTypedAndDatesKeepTheirGranularity() throws {
        let text = String(decoding: GraphEmitter(try graph()).nQuads(), as: UTF8.self)
        #expect(text.contains("\"27\"^^<http://www.w3.org/2001/XMLSchema#double>"))
        #expect(text.contains("<http://www.w3.org/2001/XMLSchema#integer>"))
        #expect(text.contains("\"2025-03-10\"^^<http://www.w3.org/2001/XMLSchema#date>"))
        #expect(text.contains("<http://www.w3.org/ns/prov#used>"))
        #expect(text.contains("<http://schema.org/sameAs> <http://www.wikidata.org/entity/Q298>"))
    }

    @Test func theSameRecordsGiveByteIdenticalGraphs() throws {
        let records = try Annotator.records(Self.texts)
        let builder = try GraphBuilder(pipeline: Annotator.pipeline())
        let first = try GraphEmitter(builder.build(records)).jsonLD()
        let second = try GraphEmitter(builder.build(records.reversed())).jsonLD()
        #expect(first == second)
    }

    @Test func theGraphMatchesItsSnapshot() throws {
        let bytes = try GraphEmitter(graph()).jsonLD()
        let name = "two-articles.jsonld"
        let recorded = Repository.root.appendingPathComponent("Tests/EmissionTests/Snapshots/" + name)
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            try Data(bytes).write(to: recorded)
        }
        let expected = try Data(contentsOf: recorded)
        #expect(
            Data(bytes) == expected,
            "the graph differs from Snapshots/\(name); re-record with RECORD_SNAPSHOTS=1 if the change is meant"
        )
    }
}
