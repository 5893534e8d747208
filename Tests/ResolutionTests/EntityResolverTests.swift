import Assay
import AssayTestSupport
import Testing

@Suite struct EntityResolverTests {
    @Test func aGazetteerEntityIsOneNodeAcrossDocuments() throws {
        let graph = try Annotator.graph([
            "a": "Indonesia banned exports of nickel ore in 2020.",
            "b": "Officials in Jakarta said Indonesia would keep the ban.",
        ])
        let indonesia = try #require(graph.resolution.entities.first { $0.name == "Indonesia" })
        #expect(indonesia.documents == ["a", "b"])
        #expect(indonesia.wikidata != nil)
        #expect(indonesia.merges.map(\.rule) == ["gazetteer"])
        #expect(indonesia.mentions.count == 2)
    }

    @Test func aNameNoListKnowsIsJoinedByItsFullName() throws {
        let graph = try Annotator.graph([
            "a": "Analyst Maria Okonkwo said cobalt prices would recover.",
            "b": "Prices are too low to last, Maria Okonkwo told investors.",
        ])
        let people = graph.resolution.entities.filter { $0.name == "Maria Okonkwo" }
        #expect(people.count == 1)
        #expect(people.first?.documents == ["a", "b"])
        #expect(people.first?.merges.map(\.rule) == ["same-name"])
    }

    @Test func twoPeopleWithOneSurnameAreNeverMergedOnTheSurname() throws {
        let graph = try Annotator.graph([
            "a": "Senator Mark Kelly said the bill would pass.",
            "b": "Astronaut Scott Kelly said the launch was delayed.",
            "c": "Mr. Kelly said the vote was close.",
            "d": "Senator Kelly said the committee would meet again.",
        ])
        let kellys = graph.resolution.entities.filter { $0.type == .person && $0.name.hasSuffix("Kelly") }
        let mark = try #require(kellys.first { $0.name == "Mark Kelly" })
        let scott = try #require(kellys.first { $0.name == "Scott Kelly" })
        #expect(mark.id != scott.id)
        // "Kelly" alone, with no title in common with anyone, stays in its own document.
        let bare = try #require(kellys.first { $0.documents == ["c"] })
        #expect(bare.merges.map(\.rule) == ["single-name"])
        // "Senator Kelly" shares the title "Senator" with Mark Kelly only.
        #expect(mark.documents == ["a", "d"])
        #expect(mark.merges.contains { $0.rule == "shared-role" && $0.evidence == "senator" })
        #expect(scott.documents == ["b"])
    }

    @Test func spellingsOfOneNameAreOneNode() throws {
        let graph = try Annotator.graph([
            "a": "Astronomers at the W. M. Keck Observatory found the comet.",
            "b": "The W.M. Keck Observatory confirmed the finding.",
        ])
        let keck = graph.resolution.entities.filter { $0.name.hasSuffix("Keck Observatory") }
        #expect(keck.count == 1)
        #expect(keck.first?.documents == ["a", "b"])
        #expect(Set(graph.resolution.entities.map(\.id)).count == graph.resolution.entities.count)
    }

    @Test func withinDocumentShortFormsAreExplained() throws {
        let graph = try Annotator.graph([
            "a":
                "Ryan Hass of the Brookings Institution said talks would go on. Hass added that both sides wanted time."
        ])
        let hass = try #require(graph.resolution.entities.first { $0.name == "Ryan Hass" })
        #expect(hass.mentions.count == 2)
        #expect(hass.aliases == ["Hass"])
        #expect(hass.merges.contains { $0.rule == "within-document" && $0.mentions.count == 1 })
        #expect(hass.affiliations == ["assay:organization/brookings-institution"])
    }

    @Test func theResolutionDoesNotDependOnRecordOrder() throws {
        let records = try Annotator.records([
            "a": "Senator Mark Kelly met Chile's finance minister in Santiago.",
            "b": "Kelly, a senator, said Chile mines about a quarter of the world's copper.",
        ])
        let forward = EntityResolver().resolve(records)
        let backward = EntityResolver().resolve(records.reversed())
        #expect(forward.entities.map(\.id) == backward.entities.map(\.id))
        #expect(forward.entities.map(\.mentions) == backward.entities.map(\.mentions))
    }
}
