import Assay
import AssayTestSupport
import Testing

@Suite struct FactExtractorTests {
    private func facts(_ texts: [String: String], published: String? = nil) throws -> [FactNode] {
        try Annotator.graph(texts, published: published).facts
    }

    @Test func oneShareWordedTwoWaysIsOneFact() throws {
        let facts = try facts([
            "a": "Indonesia mines about 40 percent of the world's nickel, officials said.",
            "b": "Indonesia holds:\n• ~40% of global nickel output\n• ~20% of the world's refining capacity",
        ])
        let share = try #require(facts.first { $0.property == "production-share" })
        #expect(share.documents == ["a", "b"])
        #expect(share.qualifiers["commodity"] != nil)
        #expect(share.name.hasPrefix("Indonesia — share of production — nickel — approx 40"))
        let refining = try #require(facts.first { $0.property == "processing-share" })
        #expect(refining.documents == ["b"])
        #expect(refining.qualifiers["commodity"] == share.qualifiers["commodity"])
    }

    @Test func aTariffKeepsWhoImposesItAndOnWhom() throws {
        let facts = try facts([
            "a":
                "Canada will impose a 25 percent tariff on American steel, while the United States keeps 10% on Canadian goods.",
            "b": "Prime Minister Mark Carney said Canada would hold its tariffs at 25% on American steel.",
        ])
        let tariffs = facts.filter { $0.property == "tariff" }
        let canada = try #require(tariffs.first { $0.name.hasPrefix("Canada") })
        #expect(canada.documents == ["a", "b"])
        #expect(canada.qualifiers["target"] == "wikidata:Q30")
        let america = try #require(tariffs.first { $0.name.hasPrefix("United States") })
        #expect(america.qualifiers["target"] == "wikidata:Q16")
        #expect(america.documents == ["a"])
    }

    @Test func aStartingValueIsNotAFact() throws {
        let facts = try facts(["a": "Brazil cut its tariff on ethanol from 18 percent to 12 percent in March."])
        let values = facts.filter { $0.property == "tariff" }.map(\.name)
        #expect(values.count == 1)
        #expect(values.first?.hasSuffix("12 %") == true)
    }

    @Test func datedEventsAndDurationsNeedAWordThatSaysWhatTheyAre() throws {
        let facts = try facts(
            [
                "a": "The ceasefire expires on March 3, mediators said. Both sides may extend it by another 30 days.",
                "b": "Mediators hope to extend the ceasefire for another 30 days before the March 3 deadline.",
                "c": "The talks began on March 3 in Doha.",
            ],
            published: "2025-02-20"
        )
        let deadline = try #require(facts.first { $0.property == "deadline" })
        #expect(deadline.documents == ["a", "b"])
        #expect(deadline.qualifiers["topic"] == "ceasefire")
        #expect(deadline.value == .date("2025-03-03", granularity: "day"))
        let extended = try #require(facts.first { $0.property == "extension" })
        #expect(extended.value == .duration("P30D"))
        #expect(extended.documents == ["a", "b"])
        #expect(!facts.contains { $0.documents == ["c"] && $0.type == .date })
    }

    @Test func quotationsOfOneSpeakerMatchWhenOneWordingContainsTheOther() throws {
        let facts = try facts([
            "a": "\u{201C}We will not back down,\u{201D} said Prime Minister Mark Carney.",
            "b": "Mark Carney told reporters Canada would \u{201C}not back down\u{201D} in the dispute.",
            "c": "Officials called it a \u{201C}green channel\u{201D} for trusted firms.",
        ])
        let quotes = facts.filter { $0.type == .quotation }
        #expect(quotes.count == 1)
        #expect(quotes.first?.documents == ["a", "b"])
        #expect(quotes.first?.qualifiers["quote"] == "not back down")
        // Each document's speaker and quoted words: "We will not back down" is 21 characters, "not back down" 13.
        #expect(quotes.first?.evidence.map { $0.end - $0.start }.sorted() == [11, 11, 13, 21])
    }

    @Test func nationalitiesThatDisagreeContradictEachOther() throws {
        let facts = try facts([
            "a": "Canadian miner Teck Resources reported higher copper output.",
            "b": "Teck Resources, a Canadian producer, raised its forecast.",
            "c": "Several Chilean companies, including Teck Resources, raised prices.",
        ])
        let nationality = facts.filter { $0.type == .nationality }
        let canadian = try #require(nationality.first { $0.value == .entity(id: "wikidata:Q16", name: "Canada") })
        #expect(canadian.documents == ["a", "b"])
        #expect(canadian.contradictedBy == ["c"])
        #expect(canadian.agreement == "contradicted")
        let chilean = try #require(nationality.first { $0.documents == ["c"] })
        #expect(chilean.contradictedBy == ["a", "b"])
        #expect(chilean.confidence < canadian.confidence)
    }

    @Test func titlesAndAffiliationsBecomeFacts() throws {
        let facts = try facts([
            "a": "Treasury Secretary Janet Yellen said growth was strong.",
            "b":
                "Janet Yellen, the Treasury Secretary, spoke in Beijing. Treasury Secretary Janet Yellen left on Monday.",
        ])
        let title = try #require(facts.first { $0.type == .role })
        #expect(title.value == .text("Treasury Secretary"))
        #expect(title.documents == ["a", "b"])
    }
}
