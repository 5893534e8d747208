import Assay
import Testing

/// Gazetteer matches that the lexicon's context checks decide: here, names with a word that starts with digits.
@Suite struct EntityLexiconTests {
    static let gazetteer = """
        # version: 1
        id\ttype\tkind\tname\taliases\tattributes
        wikidata:Q1345\tPlace\tCity\tPhiladelphia\t\tpopulation=1526006
        wikidata:Q62\tPlace\tCity\tSan Francisco\t\tpopulation=864816
        assay:organization/philadelphia-76ers\tOrganization\tSportsTeam\tPhiladelphia 76ers\t=76ers|=Sixers\t
        assay:organization/san-francisco-49ers\tOrganization\tSportsTeam\tSan Francisco 49ers\t=49ers|=Niners\t
        assay:organization/arizona-diamondbacks\tOrganization\tSportsTeam\tArizona Diamondbacks\t=D-backs\t
        assay:organization/20th-century-fox\tOrganization\tCorporation\t20th Century Fox\t\t
        assay:organization/us-steel\tOrganization\tCorporation\tU.S. Steel\t\t

        """

    func mentions(_ text: String) throws -> [Mention] {
        try extract(text, gazetteer: Self.gazetteer)
    }

    func organizations(_ text: String) throws -> [String] {
        try mentions(text).filter { $0.type == .organization }.map(\.text)
    }

    @Test func aTeamNameEndingInDigitsAndLettersIsOneOrganisationNotItsCity() throws {
        let text = "Philadelphia 76ers President Ed Stefanski met the San Francisco 49ers."
        let found = try mentions(text)
        #expect(found.filter { $0.type == .organization }.map(\.text) == ["Philadelphia 76ers", "San Francisco 49ers"])
        #expect(
            found.filter { $0.type == .organization }.map(\.entity) == [
                "assay:organization/philadelphia-76ers", "assay:organization/san-francisco-49ers",
            ]
        )
        #expect(!found.contains { $0.type == .place })
    }

    @Test func aNameThatStartsWithDigitsMatchesAlone() throws {
        #expect(
            try organizations("The 49ers beat the 76ers and 20th Century Fox filmed it.") == [
                "49ers", "76ers", "20th Century Fox",
            ]
        )
        #expect(try organizations("The D-backs lost; the Niners won.") == ["D-backs", "Niners"])
    }

    @Test func aNameOfSeveralWordsStillEndsCapitalisedAndAnExactAliasKeepsItsCase() throws {
        #expect(try organizations("Canada set tariffs on U.S. steel.").isEmpty)
        #expect(try organizations("Fans of the 76ers said the sixers played well.") == ["76ers"])
    }
}
