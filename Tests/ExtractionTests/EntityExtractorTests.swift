import Assay
import Testing

/// A small gazetteer in the shipped format, so these tests do not depend on the data files' coverage.
let testGazetteer = """
    # version: 1
    id\ttype\tkind\tname\taliases\tattributes
    wikidata:Q30\tPlace\tCountry\tUnited States\t=US|=U.S.|United States of America|America\t
    wikidata:Q148\tPlace\tCountry\tChina\tPeople's Republic of China|PRC\t
    assay:place/london-ca\tPlace\tCity\tLondon\t\tcountry=wikidata:Q16;population=422324
    wikidata:Q84\tPlace\tCity\tLondon\t\tcapital-of=wikidata:Q145;country=wikidata:Q145;population=8961989
    assay:place/brent\tPlace\tDistrict\tBrent\t\tcountry=wikidata:Q145
    assay:organization/us-steel\tOrganization\tCorporation\tU.S. Steel\tUnited States Steel\tcountry=wikidata:Q30
    assay:organization/customs\tOrganization\tGovernmentAgency\tGeneral Administration of Customs\tChinese customs\t
    wikidata:Q458\tOrganization\tInternationalOrganization\tEuropean Union\t=EU\t
    assay:organization/mofcom\tOrganization\tMinistry\tMinistry of Commerce of the People's Republic of China\tChinese Commerce Ministry|=MOFCOM\tcountry=wikidata:Q148
    wikidata:Q1819\tMineral\tRareEarthElement\tsamarium\t=Sm\tsymbol=Sm
    wikidata:Q1321\tMineral\tRareEarthElement\tneodymium\t=Nd\tsymbol=Nd
    wikidata:Q560\tMineral\tChemicalElement\thelium\t=He\tsymbol=He
    assay:mineral/rare-earth-elements\tMineral\tMineralGroup\trare earth elements\trare earths|rare-earth elements|rare earth\t
    assay:demonym/chinese\tDemonym\tDemonym\tChinese\t\tcountry=wikidata:Q148

    """

/// The mentions `extract-entities` finds in a plain text, over a gazetteer in the shipped format and word lists.
func extract(
    _ text: String,
    gazetteer source: String = testGazetteer,
    givenNames: [String] = [],
    surnames: [String] = [],
    commonWords: [String] = [],
    wordGivenNames: [String] = []
) throws -> [Mention] {
    let gazetteer = try Gazetteer(entries: Gazetteer.parse(source, file: "test.tsv"))
    var document = Document(id: "t", format: .text, source: text, sourceSHA256: "")
    let context = StageContext()
    try TextCleaner(configuration: .init()).process(&document, context: context)
    try TokenizerStage(configuration: .init()).process(&document, context: context)
    try EntityExtractor(
        gazetteer: gazetteer,
        givenNames: givenNames,
        surnames: surnames,
        commonWords: commonWords,
        wordGivenNames: wordGivenNames
    )
    .process(&document, context: context)
    return document.mentions
}

func spans(_ mentions: [Mention], _ type: MentionType) -> [String] {
    mentions.filter { $0.type == type }.map(\.text)
}

@Suite struct EntityExtractorTests {
    @Test func findsGazetteerEntitiesWithTheirIDs() throws {
        let mentions = try extract("The US and China met in London; the EU watched.")
        #expect(spans(mentions, .place) == ["US", "China", "London"])
        #expect(mentions.first { $0.text == "US" }?.entity == "wikidata:Q30")
        #expect(spans(mentions, .organization) == ["EU"])
    }

    @Test func aSharedNameIsTheCapitalOrTheLargerPlace() throws {
        let mentions = try extract("Negotiators met in London on Monday.")
        #expect(mentions.first { $0.text == "London" }?.entity == "wikidata:Q84")
    }

    @Test func aCompanyNameEndsCapitalisedUnlessItsListedNameDoesNot() throws {
        let metal = try extract("Canada set tariffs on U.S. steel. Shares of U.S. Steel fell.")
        #expect(spans(metal, .organization) == ["U.S. Steel"])
        let customs = try extract("Chinese customs data showed exports fell.")
        #expect(spans(customs, .organization) == ["Chinese customs"])
    }

    @Test func aMilitaryRankDoesNotCutTheNameAfterIt() throws {
        let mentions = try extract("Navy Senior Chief Petty Officer Scott C. Dayton, 42, died on Thursday.")
        #expect(spans(mentions, .person) == ["Scott C. Dayton"])
        #expect(mentions.first { $0.type == .person }?.attributes?["title"] == "Senior Chief Petty Officer")
    }

    @Test func aLocativeCueAtTheStartOfASentenceIsNoName() throws {
        let mentions = try extract("Near Rawah, two strikes engaged an ISIL tactical unit.")
        #expect(spans(mentions, .person).isEmpty)
    }

    @Test func aPlaceBeforeAnOrganisationFormIsPartOfItsName() throws {
        let mentions = try extract("The London Highway Patrol said the road was shut. Patrols left London at noon.")
        #expect(spans(mentions, .organization) == ["London Highway Patrol"])
        #expect(spans(mentions, .place) == ["London"])
    }

    @Test func anAgeMarksAPersonNoListKnows() throws {
        let mentions = try extract(
            "Police shot 16-year-old Kimani Gray. Zurana Horton, 34, was hit. London, 2012, was calm."
        )
        #expect(spans(mentions, .person) == ["Kimani Gray", "Zurana Horton"])
    }

    @Test func anInitialOrAHyphenedNameOpensAGivenNamesPerson() throws {
        let mentions = try extract(
            """
            Nixon chose loyalist L. Patrick Gray after J. Edgar Hoover died. His wife Deborra-Lee Furness came. \
            A brother was a Roman Catholic priest.
            """,
            givenNames: ["Patrick", "Edgar", "Lee", "Roman"],
            commonWords: ["his", "wife", "came", "a", "brother", "was", "priest", "chose", "loyalist", "after", "died"]
        )
        #expect(spans(mentions, .person) == ["L. Patrick Gray", "J. Edgar Hoover", "Deborra-Lee Furness"])
    }

    @Test func initialsInCapitalsBeforeASurnameNameAPerson() throws {
        let mentions = try extract(
            "The Angels lost out on CC Sabathia and PJ Carlesimo.\nNE Phila Plant Shooting Kills 2",
            commonWords: ["the", "lost", "out", "on", "and", "plant", "shooting", "kills"]
        )
        #expect(spans(mentions, .person) == ["CC Sabathia", "PJ Carlesimo"])
    }

    @Test func aNicknameInQuotesBetweenNamesMakesAPersonOutsideHeadlines() throws {
        let mentions = try extract(
            """
            T1 picked Lee Sin for Mun \u{201C}Oner\u{201D} Hyeon-jun, and it worked.
            Watergate 'Bagman' LaRue, 75, Dies
            """,
            commonWords: ["picked", "for", "and", "it", "worked", "bagman", "dies", "lee", "sin"]
        )
        // The headline's name is found by the age after it, without the nickname.
        #expect(spans(mentions, .person) == ["Mun \u{201C}Oner\u{201D} Hyeon-jun", "LaRue"])
    }

    @Test func aJobAfterACommaAndAnArticleDescribesAPerson() throws {
        let mentions = try extract(
            """
            Kwame Raoul, the Illinois attorney general, filed suit. By Michael Russell Follow @tdmrussell. \
            UC Global, the security company, said so.
            """,
            // "Raoul" is also a given name, so no rule for unknown names takes the pair.
            givenNames: ["Michael", "Raoul"],
            surnames: ["Russell"],
            commonWords: ["the", "filed", "suit", "by", "follow", "security", "company", "said", "so"]
        )
        #expect(spans(mentions, .person) == ["Kwame Raoul", "Michael Russell"])
        // Or after a name and its possessive; a surname that is also a word opens the name before one no list
        // takes for a word ("Ma Zhaoxu"); a town before a state is no town when the state owns what follows.
        let possessive = try extract(
            """
            Ma Zhaoxu, China's vice foreign minister, said so. Kwame Raoul, Illinois' attorney general, agreed.
            """,
            gazetteer: testGazetteer + """
                assay:place/illinois\tPlace\tState\tIllinois\t\tcountry=wikidata:Q30

                """,
            surnames: ["Ma"],
            commonWords: ["ma", "the", "said", "so", "agreed"]
        )
        #expect(spans(possessive, .person) == ["Ma Zhaoxu", "Kwame Raoul"])
        #expect(spans(possessive, .place) == ["China", "Illinois"])
    }

    @Test func aNameBeforeAPluralNounOfWorksNamesTheWorks() throws {
        let mentions = try extract(
            "Columbus made the first two Harry Potter films; Weitz adapted the Nick Hornby novel.",
            givenNames: ["Harry", "Nick"],
            surnames: ["Potter", "Hornby"],
            commonWords: ["made", "the", "first", "two", "films", "adapted", "novel", "potter"]
        )
        #expect(spans(mentions, .person) == ["Nick Hornby"])
    }

    @Test func aHouseNumberIntroducesAStreetNamedForAPerson() throws {
        let mentions = try extract(
            "Gary Gomes was arrested at 2088 Philip Street.",
            givenNames: ["Gary", "Philip"],
            surnames: ["Street", "Gomes"],
            commonWords: ["was", "arrested", "at", "street"]
        )
        #expect(spans(mentions, .person) == ["Gary Gomes"])
        #expect(spans(mentions, .place) == ["Philip Street"])
    }

    @Test func aGivenNameThatIsAWordNamesAPersonDescribedAfterIt() throws {
        let mentions = try extract(
            "Bill Adgate, who works there, said so. Bill Smith, 45, was hit. Bill Gates came. The bill passed.",
            commonWords: ["bill", "smith", "who", "works", "there", "said", "so", "was", "hit", "came", "passed"],
            wordGivenNames: ["bill"]
        )
        #expect(spans(mentions, .person) == ["Bill Adgate", "Bill Smith"])
    }

    @Test func aDemonymAfterACueAndATitlesHeadAreNoPartOfAPlace() throws {
        let gazetteer =
            testGazetteer + """
                assay:place/philadelphia-us\tPlace\tCity\tPhiladelphia\t\tcountry=wikidata:Q30
                assay:demonym/egyptian\tDemonym\tDemonym\tEgyptian\t\tcountry=wikidata:Q79

                """
        let mentions = try extract(
            "Cables were cut near Egyptian coast line, says Philadelphia District Attorney Seth Williams.",
            gazetteer: gazetteer,
            givenNames: ["Seth"],
            commonWords: ["cables", "were", "cut", "near", "coast", "line", "says"]
        )
        #expect(spans(mentions, .place) == ["Philadelphia"])
        #expect(spans(mentions, .person) == ["Seth Williams"])
    }

    @Test func aTownAfterAPersonsAgeOrAResidentIsAPlace() throws {
        let gazetteer =
            testGazetteer + """
                assay:place/troy-us\tPlace\tCity\tTroy\t\tcountry=wikidata:Q30;ambiguous=yes

                """
        let mentions = try extract(
            "Police found Anthony LaCalamita, 38, of Troy. She is a resident of Troy. Troy fell.",
            gazetteer: gazetteer
        )
        #expect(spans(mentions, .place) == ["Troy", "Troy"])
    }

    @Test func formsOfAddressAndClauseWordsAreNoRoles() throws {
        let mentions = try extract(
            "Mr. Myles Garrett said nothing. Alexander Vindman, who is a fellow at the European Union, spoke."
        )
        let people = mentions.filter { $0.type == .person }
        #expect(people.map(\.text) == ["Myles Garrett", "Alexander Vindman"])
        #expect(people[0].attributes?["role"] == nil)
        #expect(people[0].attributes?["title"] == nil)
        #expect(people[1].attributes?["role"] == "fellow")
    }

    @Test func whoWasSpokenToAndWhatIsNoPersonAreNotSpeakers() throws {
        let mentions = try extract(
            "Officials told Business Insider the plan would change. Kotak Institutional Equities said prices rose."
        )
        #expect(spans(mentions, .person).isEmpty)
    }

    @Test func theLongestMatchWins() throws {
        let mentions = try extract("Trade with the United States of America grew.")
        #expect(spans(mentions, .place) == ["United States of America"])
    }

    @Test(arguments: [
        "Let us meet.", "Tell us more about rare earths.", "He said the deal was done.",
        "Samarium is used in magnets; he said Sm magnets matter.",
    ])
    func shortAliasesNeedTheirCaseAndContext(text: String) throws {
        let mentions = try extract(text)
        #expect(!mentions.contains { $0.text == "us" || $0.text == "He" || $0.text == "he" })
        #expect(!mentions.contains { $0.text == "Sm" })
    }

    @Test func elementSymbolsCountNextToOtherSymbols() throws {
        let mentions = try extract("Magnets use Nd and Sm alloys, and samarium (Sm) is scarce.")
        #expect(spans(mentions, .mineral).filter { $0 == "Sm" }.count == 2)
        #expect(spans(mentions, .mineral).contains("Nd"))
    }

    @Test func demonymsAreNotPlaceMentions() throws {
        let mentions = try extract("Chinese analysts remain unconvinced.")
        #expect(spans(mentions, .place).isEmpty)
    }

    @Test func aPlaceInsideAQuotedTitleIsPartOfTheTitle() throws {
        let mentions = try extract(
            """
            She watched \u{201C}Emily in London\u{201D} and ``Crocodile China'', then "America's Most Wanted." \
            He flew to London, sang \u{201C}China\u{201D} and said \u{201C}London is great\u{201D} there.
            """,
            commonWords: ["she", "he", "is", "great", "most", "wanted", "then", "there"]
        )
        // A place quoted alone, or in a quoted sentence, stays one.
        #expect(spans(mentions, .place) == ["London", "China", "London"])
    }

    @Test func mineralsMatchInLowerCaseAndAcrossHyphens() throws {
        let mentions = try extract("Exports of rare-earth elements and rare earths fell.")
        #expect(spans(mentions, .mineral) == ["rare-earth elements", "rare earths"])
    }

    @Test(arguments: [
        ("US Treasury Secretary Scott Bessent said there was no deal.", "Scott Bessent", "Treasury Secretary"),
        ("Vice Premier He Lifeng led the delegation.", "He Lifeng", "Vice Premier"),
        ("Prime Minister Keir Starmer spoke in London.", "Keir Starmer", "Prime Minister"),
        ("Economy Minister Carlos Lopez resigned on Friday.", "Carlos Lopez", "Economy Minister"),
    ])
    func peopleAfterTitlesGetTheirRole(text: String, name: String, role: String) throws {
        let person = try #require(try extract(text).first { $0.type == .person })
        #expect(person.text == name)
        #expect(person.attributes?["role"] == role)
    }

    @Test(arguments: [
        ("\"It will take time,\" said Liu Weidong.", "Liu Weidong"),
        ("Maria Gonzalez said the strike would continue.", "Maria Gonzalez"),
        ("\"We are ready,\" Ahmed Al-Masri told reporters in Cairo.", "Ahmed Al-Masri"),
    ])
    func peopleNextToSpeechVerbs(text: String, name: String) throws {
        #expect(spans(try extract(text), .person) == [name])
    }

    @Test func describedPeopleGetTheirAffiliation() throws {
        let mentions = try extract(
            "Ryan Hass of the Brookings Institution disagreed. Jane Park, a China policy expert at the Lowy Institute, agreed."
        )
        let hass = try #require(mentions.first { $0.text == "Ryan Hass" })
        #expect(hass.attributes?["affiliation"] == "Brookings Institution")
        let park = try #require(mentions.first { $0.text == "Jane Park" })
        #expect(park.attributes?["affiliation"] == "Lowy Institute")
        #expect(park.attributes?["role"] == "China policy expert")
    }

    @Test(arguments: [
        "Chinese Academy of Social Sciences", "Brookings Institution", "JL MAG Rare-Earth", "Ministry of Energy",
        "Lynas Rare Earths", "Shenghe Resources Holding Co.", "Department of Defense", "Iluka Resources",
    ])
    func organisationsByTheirForm(name: String) throws {
        let mentions = try extract("Officials from the \(name) declined to comment on the deal.")
        #expect(spans(mentions, .organization).contains(name), "\(mentions.map(\.text))")
    }

    @Test func laterShortFormsPointToTheFullName() throws {
        let mentions = try extract(
            "Treasury Secretary Scott Bessent met JL MAG Rare-Earth executives. Bessent praised JL MAG for its exports."
        )
        let short = try #require(mentions.first { $0.text == "Bessent" })
        #expect(short.name == "Scott Bessent")
        #expect(short.rule == "coreference")
        let company = try #require(mentions.first { $0.text == "JL MAG" })
        #expect(company.name == "JL MAG Rare-Earth")
    }

    @Test func aBareSurnameNeverMergesTwoPeople() throws {
        let mentions = try extract(
            "Minister John Smith met Senator Mary Smith in Washington. Smith said the talks went well."
        )
        let bare = mentions.filter { $0.text == "Smith" }
        #expect(bare.isEmpty || bare.allSatisfy { $0.name == "Smith" })
    }

    @Test func theMinistryPointsToTheOneMinistryNamedBefore() throws {
        let mentions = try extract(
            "The Chinese Commerce Ministry approved licences. The ministry said more would follow."
        )
        let later = try #require(mentions.first { $0.text.lowercased() == "the ministry" })
        #expect(later.entity == "assay:organization/mofcom")
    }

    @Test func aLegalFormAfterAFirmIsPartOfItsName() throws {
        let mentions = try extract("U.S. Steel Corp. said so, and United States Steel, Inc. agreed.")
        #expect(spans(mentions, .organization) == ["U.S. Steel Corp.", "United States Steel, Inc."])
        #expect(mentions.allSatisfy { $0.entity == "assay:organization/us-steel" })
    }

    @Test func aNameFoundByItsFormRightAfterAKnownOrganisationContinuesIt() throws {
        let mentions = try extract("U.S. Steel Group Plc said so. The European Union Advisory Council agreed.")
        let organizations = mentions.filter { $0.type == .organization }
        #expect(organizations.map(\.text) == ["U.S. Steel Group Plc", "European Union Advisory Council"])
        #expect(
            organizations.map(\.entity) == [
                "assay:organization/us-steel", "assay:organization/european-union-advisory-council",
            ]
        )
    }

    @Test func titlesBeforeOfAreNoPartOfAnOrganisationsName() throws {
        let mentions = try extract("Jane Doe, CEO and Founder of Ceres Robotics Inc., spoke.")
        #expect(spans(mentions, .organization) == ["Ceres Robotics Inc."])
        #expect(mentions.first { $0.type == .person }?.attributes?["role"] == "CEO and Founder")
    }

    @Test func acronymDefinitionsBecomeAliases() throws {
        let mentions = try extract(
            "The National Development and Reform Commission (NDRC) set quotas. Later the NDRC raised them."
        )
        let acronym = try #require(mentions.last { $0.text == "NDRC" })
        #expect(acronym.name == "National Development and Reform Commission")
    }
}

@Suite struct GivenNameRuleTests {
    func extractWithNames(_ text: String) throws -> [Mention] {
        try extract(
            text,
            givenNames: [
                "Tobias", "Stephen", "Liu", "Jack", "Tyler", "Tim", "Nouri", "Ziad", "Brent", "Nadia", "Sheldon",
            ],
            surnames: ["Manning", "Horton", "Street", "Fanning", "Hau"],
            commonWords: [
                "forward", "quarterback", "constable", "street", "the", "ombudsman", "big", "machine", "crude",
            ]
        )
    }

    @Test(arguments: [
        ("The briefing by Tobias Ellwood covered aid to refugees.", "Tobias Ellwood"),
        ("Forces under Stephen J. Townsend advanced on the city.", "Stephen J. Townsend"),
        ("An essay by Liu Weidong appeared in the journal.", "Liu Weidong"),
    ])
    func aGivenNameStartsAPerson(text: String, name: String) throws {
        #expect(spans(try extractWithNames(text), .person) == [name])
    }

    @Test func aCityNameAfterAGivenNameOrATitleIsPartOfAPersonsName() throws {
        let mentions = try extractWithNames("Jack London wrote books. Mayor London Breed met reporters in London.")
        #expect(spans(mentions, .person) == ["Jack London", "London Breed"])
        #expect(spans(mentions, .place) == ["London"])
    }

    @Test func aPlanetAfterAGivenNameIsPartOfAPersonsName() throws {
        let mentions = try extract(
            "Michael Venus won the final. The probe reached Venus.",
            gazetteer: testGazetteer + "wikidata:Q313\tPlace\tCelestialBody\tVenus\t\t\n",
            givenNames: ["Michael"]
        )
        #expect(spans(mentions, .person) == ["Michael Venus"])
        #expect(spans(mentions, .place) == ["Venus"])
    }

    @Test func aCapitalisedWordOpeningTheSentenceIsNotPartOfTheSpeakersName() throws {
        let mentions = try extractWithNames("Astronaut Tobias Ellwood said the launch was delayed.")
        #expect(spans(mentions, .person) == ["Tobias Ellwood"])
    }

    @Test func aHeadlineKeepsOnlyTheNameOfItsPerson() throws {
        let mentions = try extractWithNames(
            "Tobias Ellwood Visits Troops Near Northern Border\n\nThe minister said little."
        )
        #expect(spans(mentions, .person) == ["Tobias Ellwood"])
    }

    @Test(arguments: [
        ("Forward Tyler Hansbrough broke the record.", ["Tyler Hansbrough"]),
        ("Constable Tim Fanning said the suspect fled.", ["Tim Fanning"]),
        ("Quarterback Peyton Manning threw three touchdowns.", ["Peyton Manning"]),
    ])
    func anOrdinaryWordOpeningTheSentenceIsNoPartOfTheName(text: String, names: [String]) throws {
        #expect(spans(try extractWithNames(text), .person) == names)
    }

    @Test func aSurnameAfterAnUnknownNameMakesAPersonButNotAfterAnOrdinaryWord() throws {
        let mentions = try extractWithNames(
            "The pass went to Peyton Manning early. Mourners met Zurana Horton's family on Bleecker Street."
        )
        #expect(spans(mentions, .person) == ["Peyton Manning", "Zurana Horton"])
    }

    @Test func aChainOfTitlesStandsBeforeTheNameAndIsItsTitle() throws {
        let mentions = try extractWithNames(
            "General Manager Ed Stefanski announced it. Chief Deputy City Attorney Terry White agreed."
        )
        let people = mentions.filter { $0.type == .person }
        #expect(people.map(\.text) == ["Ed Stefanski", "Terry White"])
        #expect(people.map { $0.attributes?["title"] } == ["General Manager", "Chief Deputy City Attorney"])
    }

    @Test func anArabicArticleWithAHyphenStaysInTheName() throws {
        let mentions = try extractWithNames(
            "Prime Minister Nouri al-Maliki spoke first, said Ziad Khalaf al-Karbouly."
        )
        #expect(spans(mentions, .person) == ["Nouri al-Maliki", "Ziad Khalaf al-Karbouly"])
    }

    @Test func aFormOfAddressWithoutAFullStopIsNoPartOfTheName() throws {
        let mentions = try extractWithNames("Mr Felt declined to comment, and Mrs Horton left.")
        let people = mentions.filter { $0.type == .person }
        #expect(people.map(\.text) == ["Felt", "Horton"])
        #expect(people.allSatisfy { $0.attributes?["title"] == nil && $0.attributes?["role"] == nil })
    }

    @Test(arguments: [
        ("Public Ombudsman Nadia Cruz's office spoke.", ["Nadia Cruz"]),
        ("Browns DL Sheldon Richardson weighed in.", ["Sheldon Richardson"]),
        ("The envoy to the European Union Tobias Ellwood spoke.", ["Tobias Ellwood"]),
    ])
    func aGivenNameStartsANameAfterAnOrdinaryWordAnAcronymOrAKnownName(text: String, names: [String]) throws {
        #expect(spans(try extractWithNames(text), .person) == names)
    }

    @Test func aGivenNameThatAListKnowsAsAPlaceStartsANameBeforeASurname() throws {
        let mentions = try extractWithNames("\"We are going,\" said Brent Sherwood. Brent crude fell in Brent.")
        #expect(spans(mentions, .person) == ["Brent Sherwood"])
        #expect(spans(mentions, .place) == ["Brent", "Brent"])
    }

    @Test func aSpeakerNeverOpensWithAnOrdinaryWord() throws {
        let mentions = try extractWithNames("Big Machine said it would appeal, Tobias Ellwood said.")
        #expect(spans(mentions, .person) == ["Tobias Ellwood"])
    }

    @Test func generationalSuffixesAndSecondSyllablesBelongToTheName() throws {
        let mentions = try extractWithNames(
            "Prosecutors said Stephen W. Carlineo Jr. pleaded guilty. Carlineo wept. Cheuk Hau-yip spoke."
        )
        #expect(spans(mentions, .person) == ["Stephen W. Carlineo Jr.", "Carlineo", "Cheuk Hau-yip"])
        #expect(mentions.filter { $0.type == .person }[1].name == "Stephen W. Carlineo Jr.")
    }

    @Test func aGivenNameAloneOrBeforeAnOrganisationWordIsNoPerson() throws {
        let mentions = try extractWithNames("Stephen said little. The Tobias Institute opened.")
        #expect(spans(mentions, .person).isEmpty)
    }
}

@Suite struct PlaceRuleTests {
    @Test(arguments: [
        ("Aircraft flew from Incirlik Air Base to the border.", "Incirlik Air Base"),
        ("Troops arrived at Camp Hurriya on Sunday.", "Camp Hurriya"),
        ("Two strikes hit targets near Husaybah overnight.", "Husaybah"),
        ("Fighting continued north of Rawah for a week.", "Rawah"),
        ("Aid reached the village of Sarmin at dawn.", "Sarmin"),
        ("Water levels at the Tabqa Dam fell sharply.", "Tabqa Dam"),
        ("Police closed Bleecker Street and Lyndale Avenue.", "Lyndale Avenue"),
        ("The rematch at Heinz Field was moved.", "Heinz Field"),
    ])
    func placesByFormOrCue(text: String, place: String) throws {
        #expect(spans(try extract(text, givenNames: ["Heinz"], surnames: ["Field"]), .place).contains(place))
    }

    @Test func aPlaceBeforeTheHeadOfALargerAreaNamesTheArea() throws {
        let mentions = try extract("Rents rose in London County and the London Bay Area, not in London Fields.")
        #expect(spans(mentions, .place) == ["London County", "London Bay Area", "London"])
    }

    @Test func aCapitalisedPointOfTheCompassBeforeAPlaceNamesItsPart() throws {
        let gazetteer =
            testGazetteer + """
                assay:place/west-bank\tPlace\tTerritory\tWest Bank\t\t

                """
        let mentions = try extract(
            "Smoke drifted over Northern China. In the West Bank, west London stayed calm.",
            gazetteer: gazetteer
        )
        #expect(spans(mentions, .place) == ["Northern China", "West Bank", "London"])
        #expect(spans(mentions, .organization).isEmpty)
    }

    @Test func aKnownFirmBeforeAVenuesHeadNamesTheVenue() throws {
        let mentions = try extract("Fans filled U.S. Steel Stadium on Sunday.")
        #expect(spans(mentions, .place) == ["U.S. Steel Stadium"])
        #expect(spans(mentions, .organization).isEmpty)
    }

    @Test func streetsTakeTheirListedNameAndCompassPointButNoHouseNumber() throws {
        let gazetteer =
            testGazetteer + """
                assay:place/ontario-ca\tPlace\tProvince\tOntario\t\tcountry=wikidata:Q16
                assay:place/oakland-county-us\tPlace\tCity\tOakland\t\tcountry=wikidata:Q30

                """
        let mentions = try extract(
            """
            Police closed Ontario Street. The bodies were found at 24 Independent Street, and shots rang out on E. \
            52nd St. in Ontario. Assistant Oakland County Prosecutor Rob Novy said so.
            """,
            gazetteer: gazetteer,
            givenNames: ["Rob"],
            commonWords: [
                "police", "closed", "the", "bodies", "were", "found", "at", "independent", "and", "shots", "rang",
                "out", "on", "in", "assistant", "prosecutor", "said", "so",
            ]
        )
        #expect(
            spans(mentions, .place) == [
                "Ontario Street", "Independent Street", "E. 52nd St.", "Ontario", "Oakland County",
            ]
        )
        #expect(mentions.first { $0.text == "Ontario Street" }?.entity != "assay:place/ontario-ca")
    }

    @Test func aListedPlaceOpensAPlaceFoundByItsForm() throws {
        let gazetteer =
            testGazetteer + """
                assay:place/san-diego-us\tPlace\tCity\tSan Diego\t\tcountry=wikidata:Q30
                assay:place/albany-us\tPlace\tCity\tAlbany\t\tcountry=wikidata:Q30
                wikidata:Q98\tPlace\tWaterbody\tPacific\tPacific Ocean\t
                assay:organization/kodak\tOrganization\tCorporation\tKodak\t\t

                """
        let mentions = try extract(
            """
            He was taken to the San Diego County Jail. She hit a truck on Pacific Coast Highway. Jurors walked into \
            the Albany County Courthouse Monday. The show was at the Kodak Theatre.
            """,
            gazetteer: gazetteer
        )
        #expect(
            spans(mentions, .place) == [
                "San Diego County Jail", "Pacific Coast Highway", "Albany County Courthouse", "Kodak Theatre",
            ]
        )
        #expect(mentions.first { $0.text == "San Diego County Jail" }?.attributes?["country"] == "wikidata:Q30")
    }

    @Test func aGivenNameThatIsAWordOrAPlaceOpensANameOnlyBeforeASurname() throws {
        let gazetteer = testGazetteer + "assay:place/austin-us\tPlace\tCity\tAustin\t\tcountry=wikidata:Q30\n"
        let mentions = try extract(
            """
            Two points came from Austin Chatman and producer Bill Condon, who met Grant Gibbs at Grant Park. He \
            flew to Austin. Will Davis play on Sunday?
            """,
            gazetteer: gazetteer,
            surnames: ["Chatman", "Condon", "Gibbs", "Davis", "Park"],
            commonWords: [
                "two", "points", "came", "from", "and", "producer", "who", "met", "at", "park", "play", "on", "bill",
                "grant", "will",
            ],
            wordGivenNames: ["Austin", "Bill", "Grant", "Will"]
        )
        #expect(spans(mentions, .person) == ["Austin Chatman", "Bill Condon", "Grant Gibbs"])
        #expect(spans(mentions, .place) == ["Austin"])
        // Without the list, none of them opens a name.
        let without = try extract(
            "Producer Bill Condon met Grant Gibbs.",
            surnames: ["Condon", "Gibbs"],
            commonWords: ["producer", "bill", "met", "grant"]
        )
        #expect(spans(without, .person).isEmpty)
    }

    @Test func aGivenNameBeforeAHeadThatIsASurnameIsNoPlace() throws {
        let mentions = try extract("Sally Field won an Oscar.", givenNames: ["Sally"], surnames: ["Field"])
        #expect(spans(mentions, .place).isEmpty)
    }

    @Test(arguments: [
        "Officials near Reuters headquarters said nothing.", "The board met around Monday to decide.",
        "He walked towards The Guardian offices.",
    ])
    func cuesDoNotMakePlacesOfOtherNames(text: String) throws {
        let places = spans(try extract(text), .place)
        #expect(!places.contains("Monday"))
        #expect(!places.contains("The Guardian"))
    }

    @Test func initialsBeforeASurnameMakeAPerson() throws {
        let mentions = try extract(
            "Coach P.J. Fleck said it. Director J.J. Abrams agreed.",
            commonWords: ["coach", "director", "fleck"]
        )
        #expect(spans(mentions, .person) == ["P.J. Fleck", "J.J. Abrams"])
    }

    @Test func twoWordsNoListKnowsMakeAPersonButNotAfterAPlacesPreposition() throws {
        let common = ["beat", "the", "final", "at", "ended", "on", "in"]
        let mentions = try extract("Reilly Opelka beat Gael Monfils on clay.", commonWords: common)
        #expect(spans(mentions, .person) == ["Reilly Opelka", "Gael Monfils"])
        let venue = try extract(
            "The final at Caja Magica ended. Fans in Kowloon Tong cheered. The \"Zarzuela Magica\" court was full.",
            commonWords: common
        )
        #expect(spans(venue, .person).isEmpty)
    }

    @Test func namesEndingInAPlacesOrAProgrammesWordAreNoPeople() throws {
        let mentions = try extract(
            """
            He stayed at the Carlton Hotel in Cannes. She worked for the Billy Graham Crusade. He was moved from the \
            Estelle Unit to a prison near Sadat City. Deputy Public Defender Peter Lynch asked. \
            The fire at TallGrass Distribution Ltd Christmas party killed one.
            """,
            givenNames: ["Carlton", "Billy", "Estelle", "Sadat", "Peter"],
            surnames: ["Graham", "Lynch", "Christmas"],
            commonWords: ["he", "she", "the", "at", "in", "for", "was", "from", "to", "a", "near", "asked", "fire"]
        )
        #expect(spans(mentions, .person) == ["Peter Lynch"])
    }

    @Test func aDemonymIsNoGivenNameButMayStandBeforeAName() throws {
        let mentions = try extract(
            "German Chancellor Angela Merkel spoke. He beat the American Hasim Rahman.",
            gazetteer: testGazetteer + "assay:demonym/german\tDemonym\tDemonym\tGerman\tGermans\t\n"
                + "assay:demonym/american\tDemonym\tDemonym\tAmerican\tAmericans\t\n",
            givenNames: ["German", "Angela"],
            commonWords: ["he", "beat", "the", "spoke"]
        )
        #expect(spans(mentions, .person) == ["Angela Merkel", "Hasim Rahman"])
    }

    @Test func headlinesAndWebAddressesHoldNoNamesAfterTitles() throws {
        let mentions = try extract(
            """
            Microsoft Patches Major IE Bug
            Obama To Name Dr. Sanjay Gupta Surgeon General
            http://www.example.com/news/Lindsay-Lohan-checks-into-rehab.html
            Surgeon General
            Today, President Obama spoke.
            """,
            givenNames: ["Sanjay", "Lindsay"],
            surnames: ["Gupta", "Obama"]
        )
        #expect(spans(mentions, .person) == ["Sanjay Gupta", "Obama"])
    }

    @Test func relativesAreNamedAfterTheirKin() throws {
        let mentions = try extract(
            "Nichols' mother, Claritha, and father, Gene, attended. His wife, Celeste, heard shots. "
                + "Klitschko and his brother Vitali won. His son, The Rev. Smith, spoke.",
            commonWords: ["attended", "his", "heard", "shots", "and", "won", "spoke", "the"]
        )
        #expect(
            spans(mentions, .person).filter { $0 != "Nichols" && $0 != "Klitschko" } == [
                "Claritha", "Gene", "Celeste", "Vitali", "Smith",
            ]
        )
    }

    @Test func aSurnameThatIsAlsoAWordFollowsANameNoListKnows() throws {
        let mentions = try extract(
            """
            The Colts relied on Peyton Manning again. Manning threw twice. Rising prices worried them. Shops sold \
            Pokemon Sword and Pokemon Shield.
            """,
            surnames: ["Manning", "Price", "Sword", "Shield"],
            commonWords: [
                "the", "relied", "on", "again", "threw", "twice", "rising", "prices", "worried", "them",
                "manning", "price", "shops", "sold", "and", "sword", "shield",
            ]
        )
        #expect(spans(mentions, .person) == ["Peyton Manning", "Manning"])
    }

    @Test func aListedFirmsNameThatIsTheSurnameOfThePersonNamedInFullIsThatPerson() throws {
        let gazetteer =
            testGazetteer + """
                assay:organization/ford\tOrganization\tCorporation\tFord Motor Company\tFord\t

                """
        let mentions = try extract(
            "Hansbrough passed Phil Ford for the record. He tied Ford on a jumper.",
            gazetteer: gazetteer,
            givenNames: ["Phil"]
        )
        #expect(spans(mentions, .person) == ["Phil Ford", "Ford"])
        #expect(spans(mentions, .organization).isEmpty)
        let people = mentions.filter { $0.type == .person }
        #expect(people[0].entity == people[1].entity)
    }

    @Test func aListedPlacesNameIsAPersonsNameBesideAGivenNameOrSurname() throws {
        let gazetteer =
            testGazetteer + """
                assay:place/regina-ca\tPlace\tCity\tRegina\t\t
                wikidata:Q235\tPlace\tCountry\tMonaco\t\t
                wikidata:Q810\tPlace\tCountry\tJordan\t\t

                """
        let mentions = try extract(
            """
            Regina Benjamin runs a clinic. If Regina's in a fight, bet on her. Jordan Clarke scored. Christine Monaco \
            of the FBI confirmed it. She flew to Regina and then to Jordan.
            """,
            gazetteer: gazetteer,
            givenNames: ["Regina", "Jordan", "Christine"],
            surnames: ["Benjamin", "Clarke"]
        )
        #expect(spans(mentions, .person) == ["Regina Benjamin", "Regina", "Jordan Clarke", "Christine Monaco"])
        #expect(spans(mentions, .place) == ["Regina", "Jordan"])
    }

    @Test func aNameBeforeABuildingsNounIsNoPerson() throws {
        let mentions = try extract(
            "He found the gun at the Ida Yarbrough apartments. Thieves robbed a Harry Winston boutique.",
            givenNames: ["Ida", "Harry"],
            commonWords: ["he", "found", "the", "gun", "at", "thieves", "robbed", "a"]
        )
        #expect(spans(mentions, .person).isEmpty)
    }

    @Test func roadsStreetsAndPlacesNamedByALowerCaseNoun() throws {
        let mentions = try extract(
            """
            The bank on Highway 214, just east of Interstate 5, closed. Police blocked I-95 and State Route 52. \
            She lived on Philip Street, then on First Street. He fell off Mt Cook. There are 46 seats in Akhal \
            region and 25 in the Exarchia neighborhood. Walls fell in the villages of Zainabieh and Koohi. \
            The worst-hit villages were Tonban and Goursin, and towns such as Dargahan. The quake shook the island of Qeshm, near her hometown of Wasilla. \
            She was hit on 117th Street near East 52nd Street and 1800 Pitkin Ave. in the 67th precinct. \
            Mark Street said so. Sally Field won.
            """,
            givenNames: ["Philip", "Mark", "Sally"],
            surnames: ["Street", "Field"],
            commonWords: [
                "the", "bank", "on", "just", "east", "of", "closed", "police", "blocked", "and", "she", "lived",
                "then", "he", "fell", "off", "there", "are", "seats", "in", "walls", "said", "so", "won", "quake",
                "shook", "near", "her", "was", "hit", "precinct", "worst", "villages", "were", "towns", "such", "as",
            ]
        )
        #expect(
            spans(mentions, .place) == [
                "Highway 214", "Interstate 5", "I-95", "State Route 52", "Philip Street", "First Street", "Mt Cook",
                "Akhal", "Exarchia", "Zainabieh", "Koohi", "Tonban", "Goursin", "Dargahan", "Qeshm", "Wasilla",
                "117th Street", "East 52nd Street",
                "Pitkin Ave.",
            ]
        )
        #expect(spans(mentions, .person) == ["Mark Street", "Sally Field"])
    }

    @Test func aKnownSurnameAfterAnotherGivenNameIsAnotherPerson() throws {
        let gazetteer =
            testGazetteer + """
                wikidata:Q6279\tPerson\tPerson\tJoe Biden\tBiden\t

                """
        let mentions = try extract(
            "Hunter Biden sat on the board. Joe Biden said so.",
            gazetteer: gazetteer,
            givenNames: ["Hunter", "Joe"]
        )
        let people = mentions.filter { $0.type == .person }
        #expect(people.map(\.text) == ["Hunter Biden", "Joe Biden"])
        #expect(people[0].entity != "wikidata:Q6279")
        #expect(people[1].entity == "wikidata:Q6279")
    }

    @Test func aTownThatIsAlsoAPersonsNameIsAPlaceOnlyWhereTheTextPlacesIt() throws {
        let gazetteer =
            testGazetteer + """
                assay:place/california-us\tPlace\tState\tCalifornia\t=Calif.\tcountry=wikidata:Q30
                assay:place/hayward-us\tPlace\tCity\tHayward\t\tambiguous=yes;country=wikidata:Q30

                """
        let mentions = try extract(
            "He was found in Hayward. Tom Hayward said. Hayward, Calif., police said. Hayward Field was full.",
            gazetteer: gazetteer,
            givenNames: ["Tom"]
        )
        // A venue's head makes a place of its own.
        #expect(spans(mentions, .place) == ["Hayward", "Hayward", "Calif.", "Hayward Field"])
        #expect(spans(mentions, .person) == ["Tom Hayward"])
        // A county places a town as a state does.
        let county = try extract(
            "Wellington, Somerset, was quiet. Wellington said no.",
            gazetteer: testGazetteer + """
                assay:place/somerset-gb\tPlace\tCounty\tSomerset\t\tcountry=wikidata:Q145
                assay:place/wellington-gb\tPlace\tCity\tWellington\t\tambiguous=yes;country=wikidata:Q145

                """
        )
        #expect(spans(county, .place) == ["Wellington", "Somerset"])
    }

    @Test func aListedNameThatOpensWithATitleIsMentionedByTheNameAfterIt() throws {
        let gazetteer =
            testGazetteer + """
                wikidata:Q9682\tPerson\tPerson\tElizabeth II\tQueen Elizabeth|Queen Elizabeth II\t

                """
        let mentions = try extract("Queen Elizabeth opened the session.", gazetteer: gazetteer)
        let queen = try #require(mentions.first { $0.type == .person })
        #expect(queen.text == "Elizabeth")
        #expect(queen.entity == "wikidata:Q9682")
    }

    @Test func aKnownSurnameAloneBeforeASpeechVerbIsAPerson() throws {
        let mentions = try extract(
            "\"That is correct,\" Schiff asked. Burisma said it would. Officials said so.",
            surnames: ["Schiff"],
            commonWords: ["officials"]
        )
        #expect(spans(mentions, .person) == ["Schiff"])
    }

    @Test func aGivenNameAloneIsThePersonWhoBearsItWhenOnlyOneDoes() throws {
        let names = ["Anna", "Tom", "Maria"]
        let mentions = try extract("Anna Kowalski met Tom Reed. Later, Anna said it went well.", givenNames: names)
        let anna = try #require(mentions.first { $0.text == "Anna" })
        #expect(anna.name == "Anna Kowalski")
        #expect(anna.rule == "coreference")
        let two = try extract(
            "Anna Kowalski met Anna Berg. Later, Anna said it went well.",
            givenNames: names
        )
        #expect(!two.contains { $0.text == "Anna" && $0.rule == "coreference" })
    }
}

/// Rules from a fifth round of blind annotation: towns placed by their state, nicknames, clergy and council titles,
/// post-nominal letters, sites' domains, clock zones and the general manager.
@Suite struct NamesInContextTests {
    static let gazetteer =
        testGazetteer + """
            assay:place/alaska-us\tPlace\tState\tAlaska\t\tcountry=wikidata:Q30
            assay:place/england\tPlace\tCountry\tEngland\t\t
            wikidata:Q145\tPlace\tCountry\tUnited Kingdom\t=UK\t
            assay:organization/gm\tOrganization\tCorporation\tGeneral Motors\t=GM\t
            assay:organization/mtv\tOrganization\tNewsOrganization\tMTV\t=MTV\t

            """

    func mentions(_ text: String) throws -> [Mention] {
        try extract(
            text,
            gazetteer: Self.gazetteer,
            givenNames: ["Vincent", "Anthony", "Al", "Tony", "Sarah", "Harry"],
            surnames: ["Palmer", "Sharpton", "Russell", "Romney", "Kane"],
            commonWords: ["the", "he", "fire", "church", "mayor", "captain", "check"]
        )
    }

    @Test func aTownNoListKnowsIsPlacedByTheStateOrCountryAfterAComma() throws {
        let found = try mentions(
            """
            The church in Wasilla, Alaska burned. Zorbat, England, is small. Wasilla, Alaska's mayor spoke. \
            Romney, Alaska governor, spoke. Kane, England captain, scored. He was born in Palmer, Alaska.
            """
        )
        #expect(found.filter { $0.rule == "rule:town-region" }.map(\.text) == ["Wasilla", "Zorbat", "Palmer"])
    }

    @Test func aQuotedNicknameIsPartOfTheName() throws {
        let found = try mentions(
            "Vincent 'The Chin' Gigante died where Anthony \"Fat Tony\" Salerno did. He said 'Hello' to Al."
        )
        #expect(
            spans(found, .person) == ["Vincent 'The Chin' Gigante", "Anthony \"Fat Tony\" Salerno"],
            "\(spans(found, .person))"
        )
    }

    @Test func clergyAndCouncilTitlesOpenNamesAndPostNominalLettersEndThem() throws {
        let found = try mentions(
            "The Rev. Al Sharpton met Councilman Jumaane Williams. Judge Anthony Russell QC sold Sarah Page T-shirts."
        )
        #expect(spans(found, .person) == ["Al Sharpton", "Jumaane Williams", "Anthony Russell", "Sarah Page"])
    }

    @Test func aListedOrganisationKeepsItsSitesDomain() throws {
        let found = try mentions(
            "Check MTV.com, or ESPN. com, not washingtonpost.com, me@example.com or on. meth. dot. com today."
        )
        #expect(spans(found, .organization) == ["MTV.com"])
        #expect(found.first { $0.text == "MTV.com" }?.entity == "assay:organization/mtv")
    }

    @Test func aPlaceAfterAClockTimeIsItsZone() throws {
        let found = try mentions("8:05am UK, Monday: the UK voted.")
        #expect(spans(found, .place) == ["UK"])
        #expect(found.first { $0.type == .place }?.start == 23)
    }

    @Test func generalManagerIsNoFirm() throws {
        let found = try mentions("Angels GM Tony Reagins spoke. He was promoted to assistant GM. GM said sales rose.")
        #expect(spans(found, .organization) == ["GM"])
    }

    @Test func aListedOrganisationTakesItsOwnCountryBeforeIt() throws {
        let gazetteer =
            Self.gazetteer + """
                assay:organization/usfws\tOrganization\tGovernmentAgency\tFish and Wildlife Service\t\tcountry=wikidata:Q30

                """
        let found = try extract("Biologists at the U.S. Fish and Wildlife Service agreed.", gazetteer: gazetteer)
        #expect(spans(found, .organization) == ["U.S. Fish and Wildlife Service"])
        #expect(found.first?.entity == "assay:organization/usfws")
        #expect(spans(found, .place).isEmpty)
    }

    @Test func foodsAndPetroleumEndFirmsNames() throws {
        let found = try mentions("Workers at Zentrix Foods and Crowley Petroleum walked out.")
        #expect(spans(found, .organization) == ["Zentrix Foods", "Crowley Petroleum"])
    }

    @Test func anOwnerAfterALocativeCueIsNoPlace() throws {
        let found = try mentions(
            "Police searched outside LaCalamita's apartment, outside Zorbat\u{2019}s garage and near Husaybah."
        )
        #expect(spans(found, .place) == ["Husaybah"])
    }

    @Test func theArabicArticleBeforeAListedNameBelongsToIt() throws {
        let gazetteer =
            Self.gazetteer + """
                assay:organization/al-qaeda\tOrganization\tArmedGroup\tAl-Qaeda\tal-Qaeda|Qaeda\t
                assay:place/hilla\tPlace\tCity\tHilla\t\t
                assay:person/bashar-al-assad\tPerson\tPerson\tBashar al-Assad\tAssad|al-Assad\t

                """
        let found = try extract(
            "Cells of al-Qaeda struck al-Hilla. Assad and his brother Bassel al-Assad were named.",
            gazetteer: gazetteer,
            givenNames: ["Bassel", "Bashar"]
        )
        #expect(spans(found, .organization) == ["al-Qaeda"])
        #expect(spans(found, .place) == ["al-Hilla"])
        #expect(spans(found, .person) == ["Assad", "Bassel al-Assad"])
        #expect(found.first { $0.text == "Bassel al-Assad" }?.entity != "assay:person/bashar-al-assad")
    }

    @Test func militaryUnitsAreNamedByNumberWithTheUnitsTheyBelongTo() throws {
        let gazetteer =
            Self.gazetteer + """
                assay:organization/special-forces\tOrganization\tMilitaryOrganization\tSpecial Forces\t\t

                """
        let found = try extract(
            """
            Booker served with 2nd Battalion, 5th Special Forces Group. Albert Connelly of Abel Battery, 3rd \
            Battalion, met soldiers of the 71st Counter Terrorism Battalion. He was an Operator 1st Class.
            """,
            gazetteer: gazetteer,
            givenNames: ["Albert", "Abel"]
        )
        #expect(
            spans(found, .organization) == [
                "2nd Battalion, 5th Special Forces Group", "Abel Battery, 3rd Battalion",
                "71st Counter Terrorism Battalion",
            ]
        )
        #expect(spans(found, .person) == ["Albert Connelly"])
    }

    @Test func shipsAreNeitherPlacesNorOrganisationsNorPeople() throws {
        let found = try mentions("The frigate FS Forbin sailed with USS Alaska and HMS Sarah Palmer to England.")
        #expect(spans(found, .place) == ["England"])
        #expect(found.allSatisfy { $0.type == .place })
    }

    @Test func wordsThatOpenOrEndPlacesNamesWidenAListedPlace() throws {
        let gazetteer =
            Self.gazetteer + """
                assay:place/campbell\tPlace\tCity\tCampbell\t\t
                assay:place/samarra\tPlace\tCity\tSamarra\t\t
                assay:place/gulf-region\tPlace\tRegion\tGulf region\t=the Gulf\t
                assay:place/gulf-of-aden\tPlace\tWaterbody\tGulf of Aden\t\t

                """
        let found = try extract(
            """
            He trained at Fort Campbell and guarded the Samarra Barrage. Ships sailed in the Gulf, then in the Gulf \
            of Aden. The Samarra Island of Zorbat is small. Thieves robbed the Zorbat Hotel in Little Samarra.
            """,
            gazetteer: gazetteer
        )
        #expect(
            spans(found, .place) == [
                "Fort Campbell", "Samarra Barrage", "Gulf", "Gulf of Aden", "Samarra", "Zorbat Hotel", "Little Samarra",
            ]
        )
    }

    @Test func aLocativeCueOpeningASentencePlacesTheNameAfterItButNotAHoliday() throws {
        let found = try mentions("Near Zorbat Kaleh, one strike hit a tank. Sales rose around Christmas.")
        #expect(spans(found, .place) == ["Zorbat Kaleh"])
    }

    @Test func aSurnameRuleNeverEndsInADemonym() throws {
        let gazetteer =
            Self.gazetteer + """
                assay:demonym/arab\tDemonym\tDemonym\tArab\t\t

                """
        let found = try extract("The town is predominately Shia Arab.", gazetteer: gazetteer, surnames: ["Arab"])
        #expect(spans(found, .person).isEmpty)
    }

    @Test func anOpenerAndOfBeforeAListedOrganisationNameIt() throws {
        let gazetteer =
            Self.gazetteer + """
                assay:organization/treasury\tOrganization\tMinistry\tUnited States Department of the Treasury\tTreasury\t

                """
        let found = try extract("Report it to the Department of Treasury.", gazetteer: gazetteer)
        #expect(spans(found, .organization) == ["Department of Treasury"])
        #expect(found.first?.entity == "assay:organization/treasury")
    }

    @Test func aSurnameAloneKeepsTheLowerCaseParticlesOfTheFullName() throws {
        let found = try extract(
            "Maria de Blasio spoke. She said de Blasio was fine, and Maria van Zorb agreed with van Zorb.",
            givenNames: ["Maria"]
        )
        #expect(spans(found, .person) == ["Maria de Blasio", "de Blasio", "Maria van Zorb", "van Zorb"])
    }

    @Test func aLowerCaseTheOrADemonymOpensNoSurnameRulesName() throws {
        let gazetteer =
            Self.gazetteer + """
                assay:demonym/australian\tDemonym\tDemonym\tAustralian\t\t

                """
        let found = try extract(
            "Jets bombed the Tora Bora caves. Australian Bora heard it. Then he met Zorb Bora, who spoke to a Loya Jirga.",
            gazetteer: gazetteer,
            surnames: ["Bora"]
        )
        #expect(spans(found, .person) == ["Zorb Bora"])
    }

    @Test func initialsInQuotesAfterATitleAreANickname() throws {
        let found = try extract("said Col. John \u{201C}J.D.\u{201D} Dorrian, the spokesman.", givenNames: ["John"])
        #expect(spans(found, .person) == ["John \u{201C}J.D.\u{201D} Dorrian"])
    }

    @Test func aTranscriptNamesItsSpeakers() throws {
        let found = try extract("Briefing\nMR KIRBY: Thanks.\nQUESTION: Why?\nMS. PSAKI: Because.")
        #expect(spans(found, .person) == ["KIRBY", "PSAKI"])
    }

    @Test func aCountryBeforeANounOfStatePowerNamesNoOrganisationUnlessAsked() throws {
        let gazetteer =
            Self.gazetteer + """
                assay:organization/greek-government\tOrganization\tGovernment\tGovernment of Greece\tGreek government\t
                assay:organization/us-forces\tOrganization\tMilitaryOrganization\tUnited States Armed Forces\tU.S. forces\t
                assay:organization/chicago-police\tOrganization\tGovernmentAgency\tChicago Police Department\tChicago police\t
                assay:place/chicago\tPlace\tCity\tChicago\t\t
                assay:demonym/greek\tDemonym\tDemonym\tGreek\t\t

                """
        let text = "The Greek government thanked U.S. forces and the Chicago police."
        let found = try extract(text, gazetteer: gazetteer)
        #expect(spans(found, .organization) == ["Chicago police"])
        #expect(spans(found, .place) == ["U.S."])
        let source = try Gazetteer(entries: Gazetteer.parse(gazetteer, file: "test.tsv"))
        var configuration = EntityExtractor.Configuration()
        configuration.governmentPhrases = true
        var document = Document(id: "t", format: .text, source: text, sourceSHA256: "")
        let context = StageContext()
        try TextCleaner(configuration: .init()).process(&document, context: context)
        try TokenizerStage(configuration: .init()).process(&document, context: context)
        try EntityExtractor(gazetteer: source, configuration: configuration).process(&document, context: context)
        #expect(spans(document.mentions, .organization) == ["Greek government", "U.S. forces", "Chicago police"])
    }

    @Test func officersTitlesAndCompassWordsAreNoPartOfNames() throws {
        let found = try extract(
            "Qualys CTO Wolfgang Kandek said so, and Deputy D. A. Lowell Anger agreed. The man fell in Hampton East.",
            givenNames: ["Wolfgang", "Lowell"],
            surnames: ["Kandek", "Anger", "East"],
            commonWords: ["the", "man", "from", "fell", "said", "so", "and", "agreed", "deputy", "east"]
        )
        #expect(spans(found, .person) == ["Wolfgang Kandek", "Lowell Anger"])
    }

    @Test func aMetalNamingAColourOrAThingMadeOfItIsNoMineral() throws {
        let gazetteer =
            Self.gazetteer + """
                wikidata:Q897\tMineral\tChemicalElement\tgold\t\t
                wikidata:Q1090\tMineral\tChemicalElement\tsilver\t\t
                wikidata:Q753\tMineral\tChemicalElement\tcopper\t\t
                assay:mineral/steel\tMineral\tMaterial\tsteel\t\t
                wikidata:Q654\tMineral\tChemicalElement\tneon\t\tambiguous=yes

                """
        let found = try extract(
            """
            A silver Ford hit a winner in black and gold behind a steel door under a neon sign. Prices of gold, silver \
            and copper rose, and so did steel tariffs and neon supplies. A silver 2007 Ford Fusion fled; the two-time \
            Gold Glove winner and Silver Slugger left. Traders watched Silver Prices.
            Gold 1,470.60 +0.3%
            """,
            gazetteer: gazetteer
        )
        #expect(spans(found, .mineral) == ["gold", "silver", "copper", "steel", "neon", "Silver", "Gold"])
    }

    @Test func anAcronymEndsANameAndParticlesOpeningASentenceOpenIt() throws {
        let found = try extract(
            "Tested by: John Milbank RRP: 24. Charles Keating III died. Van Der Beek was eliminated.",
            givenNames: ["John", "Charles"],
            surnames: ["Milbank", "Keating", "Beek"],
            commonWords: ["tested", "by", "died", "was", "eliminated", "van"]
        )
        #expect(spans(found, .person) == ["John Milbank", "Charles Keating III", "Van Der Beek"])
    }

    /// Australian and British stories: a party named by an ordinary word, seats, sites and a carmaker's name.
    static let partyGazetteer =
        Self.gazetteer + """
            assay:organization/australian-labor-party\tOrganization\tPoliticalParty\tAustralian Labor Party\t=ALP|=Labor\tambiguous=yes
            assay:organization/ford\tOrganization\tCorporation\tFord\t\t
            assay:organization/fa\tOrganization\tSportsLeague\tFootball Association\t=FA\t
            assay:place/adelaide\tPlace\tCity\tAdelaide\t\tcountry=wikidata:Q408
            assay:place/new-south-wales\tPlace\tState\tNew South Wales\t\tcountry=wikidata:Q408

            """

    @Test func aPartyNamedByAnOrdinaryWordIsThePartyOnlyWhereTheWordIsNot() throws {
        let found = try extract(
            """
            Federal Labor MP Carmen Lawrence says Labor did not suffer. The Government called on Labor to act. Labor \
            costs rose. Shops shut on Labor Day, and I hope the Labor party backs it.
            """,
            gazetteer: Self.partyGazetteer,
            givenNames: ["Carmen"],
            commonWords: ["labor", "costs", "rose", "shops", "shut", "day", "hope", "party"]
        )
        #expect(spans(found, .organization) == ["Labor", "Labor", "Labor", "Labor party"])
        #expect(
            found.filter { $0.text == "Labor" }.allSatisfy { $0.entity == "assay:organization/australian-labor-party" }
        )
        #expect(spans(found, .person) == ["Carmen Lawrence"])
    }

    @Test func seatsSitesAndModelsNameTheirOwnKindOfThing() throws {
        let found = try extract(
            """
            The Member for Fremantle spoke. Riots hit the Woomera Detention Centre, the World Trade Centre was struck \
            and the Test began at the Adelaide Oval. FA-18 fighter jets flew. The Zeller Medical Center treats \
            patients. The New South Wales State Emergency Service (SES) says it has received calls. Critics \
            faulted the Ford administration.
            """,
            gazetteer: Self.partyGazetteer,
            surnames: ["Ford"],
            commonWords: ["member", "detention", "trade", "centre", "emergency", "service", "state", "new"]
        )
        #expect(
            spans(found, .place) == [
                "Fremantle", "Woomera Detention Centre", "World Trade Centre", "Adelaide Oval",
            ]
        )
        #expect(
            spans(found, .organization) == [
                "Zeller Medical Center", "New South Wales State Emergency Service", "SES", "Ford administration",
            ]
        )
    }

    @Test func particlesHolidaysAndPlacesKeepPeopleApart() throws {
        let found = try extract(
            """
            President Fernando de la Rua resigned. The mission stays in Tora Bora. Mourners gathered at Zurana \
            Horton's funeral. Shops shut on Christmas Day. Storms hit Hornsby, Turramurra and Frenches Forest.
            """,
            gazetteer: Self.gazetteer + "assay:place/hornsby\tPlace\tCity\tHornsby\t\t\n",
            givenNames: ["Fernando"],
            surnames: ["Bora", "Horton", "Day", "Forest"],
            commonWords: ["shops", "shut", "storms", "hit", "forest", "day", "mission", "stays", "mourners"]
        )
        #expect(spans(found, .person) == ["Fernando de la Rua", "Zurana Horton", "Frenches Forest"])
        #expect(spans(found, .place) == ["Hornsby"])
    }

    @Test func aGiantBeforeANameIsAFirmOnlyAfterItsTrade() throws {
        let found = try extract(
            "Insurance giant Zorbco collapsed. There is a chance of the giant Zeller Ice Shelf breaking up.",
            commonWords: ["insurance", "giant", "collapsed", "chance", "ice", "shelf"]
        )
        #expect(spans(found, .organization) == ["Zorbco"])
    }

    @Test func aSourceNamedBySurnameIsThePersonTheTextNamesInFull() throws {
        let found = try extract(
            """
            Solicitor General Elizabeth Prelogar argued. Alito told Prelogar it appeared so. According to Prelogar, \
            the law stands. A doctor told Ruptly that he tried.
            """,
            givenNames: ["Elizabeth"],
            commonWords: ["doctor", "according", "law", "stands"]
        )
        #expect(spans(found, .person).filter { $0 == "Prelogar" }.count == 2)
        #expect(
            found.filter { $0.text == "Prelogar" }.allSatisfy {
                $0.entity == found.first { $0.text == "Elizabeth Prelogar" }?.entity
            }
        )
        #expect(spans(found, .organization) == ["Ruptly"])
    }

    @Test func initialsHyphenedSyllablesAndPlacesOpenNames() throws {
        let found = try extract(
            """
            President George H.W. Bush tapped him. It is Lee “Faker” Sang-hyeok’s fourth title. The Miami New Times \
            reported it. LNG Esports beat JD Gaming. He testified before the House Homeland Security Subcommittee.
            """,
            gazetteer: Self.gazetteer + "assay:place/miami\tPlace\tCity\tMiami\t\t\n",
            givenNames: ["George", "Lee"],
            commonWords: ["new", "times", "house", "homeland", "security", "subcommittee", "gaming", "title"]
        )
        #expect(spans(found, .person) == ["George H.W. Bush", "Lee “Faker” Sang-hyeok"])
        #expect(
            spans(found, .organization) == [
                "Miami New Times", "LNG Esports", "JD Gaming", "House Homeland Security Subcommittee",
            ]
        )
    }

    @Test func aNameGoesOnAfterAListedPlaceOrFirmAndAStateNamesItsOwnBody() throws {
        let gazetteer =
            Self.gazetteer + """
                assay:place/miami\tPlace\tCity\tMiami\t\tcountry=wikidata:Q30
                assay:place/pennsylvania\tPlace\tState\tPennsylvania\t\tcountry=wikidata:Q30
                assay:place/virginia\tPlace\tState\tVirginia\t\tcountry=wikidata:Q30
                assay:organization/usdot\tOrganization\tMinistry\tUnited States Department of Transportation\tDepartment of Transportation\tcountry=wikidata:Q30
                assay:organization/democrats\tOrganization\tPoliticalParty\tDemocratic Party\tDemocrats\tcountry=wikidata:Q30
                assay:organization/weibo\tOrganization\tCorporation\tWeibo\t\t
                assay:organization/cnn\tOrganization\tNewsOrganization\tCNN\t=CNN\t

                """
        let found = try extract(
            """
            In 1996 the Miami New Times reported it. A spokesman for the Pennsylvania Department of Transportation \
            said so. Virginia Democrats won. T1 beat Weibo Gaming in the final. Police came to the CNN Center. He \
            co-founded a small consulting firm called UC Global.
            """,
            gazetteer: gazetteer,
            commonWords: ["new", "times", "spokesman", "police", "center", "gaming", "final", "small", "global"]
        )
        #expect(
            spans(found, .organization) == [
                "Miami New Times", "Pennsylvania Department of Transportation", "Democrats", "Weibo Gaming", "CNN",
                "UC Global",
            ]
        )
        #expect(spans(found, .place) == ["Virginia"])
    }

    @Test func aRankThatIsAlsoAnAdjectiveIsATitleOnlyCapitalised() throws {
        let found = try extract(
            "She argues a major Second Amendment case. Major Tom Reese spoke, as did general counsel Ann Ruiz.",
            givenNames: ["Tom", "Ann"],
            commonWords: ["second", "amendment", "case", "counsel"]
        )
        #expect(spans(found, .person) == ["Tom Reese", "Ann Ruiz"])
    }

    @Test func agesPositionsSpacedInitialsAndBracketedNicknamesMarkPeople() throws {
        let found = try extract(
            """
            Kowalczyk, 45, was arrested. Running back Deuce McAllister ran. Later, P. J. Hill was hurt. \
            Adam (Pacman) Jones says so. “No,” says ADA Fairman.
            """,
            givenNames: ["Adam"],
            commonWords: ["running", "back", "later", "hurt", "says", "no"]
        )
        #expect(
            spans(found, .person) == [
                "Kowalczyk", "Deuce McAllister", "P. J. Hill", "Adam (Pacman) Jones", "Fairman",
            ]
        )
        // An ordinary word before an age, a car after "a" and a model year, and a title written in initials.
        let others = try extract(
            "Overall, 45, voted. He drove a 2008 GMC Sierra, said Officer Brad Baehr. The D. A. Office said no.",
            givenNames: ["Brad"],
            commonWords: ["overall", "office"]
        )
        #expect(spans(others, .person) == ["Brad Baehr"])
    }

    @Test func aFullNameSaidAgainIsThePersonsAndASurnamesPossessiveTheBearers() throws {
        let gazetteer =
            testGazetteer + """
                assay:place/regina\tPlace\tCity\tRegina\t\t
                assay:place/harrison\tPlace\tCity\tHarrison\t\t

                """
        let found = try extract(
            """
            Obama named Regina Benjamin on Monday. Senate Confirms Regina Benjamin As Surgeon General. \
            Marvin Harrison left. The shells came from Harrison's gun. He grew up in Harrison.
            """,
            gazetteer: gazetteer,
            givenNames: ["Regina", "Marvin"],
            commonWords: ["senate", "confirms", "as", "surgeon", "general", "left", "shells", "gun"]
        )
        #expect(
            spans(found, .person).filter { $0 != "Obama" } == [
                "Regina Benjamin", "Regina Benjamin", "Marvin Harrison", "Harrison",
            ]
        )
        #expect(spans(found, .place) == ["Harrison"])
    }

    @Test func aStatesPostalCodeAndALowerCaseCompassRegionArePlaces() throws {
        let gazetteer =
            testGazetteer + """
                assay:place/newport-beach\tPlace\tCity\tNewport Beach\t\tcountry=wikidata:Q30
                wikidata:Q99\tPlace\tState\tCalifornia\t\tcountry=wikidata:Q30;iso=US-CA
                wikidata:Q48\tPlace\tContinent\tAsia\t\t
                assay:place/south-asia\tPlace\tRegion\tSouth Asia\t\t
                assay:place/jerusalem\tPlace\tCity\tJerusalem\t\t
                assay:place/west-jerusalem\tPlace\tCity\tWest Jerusalem\t\t

                """
        let found = try extract(
            """
            She checked in at Newport Beach, CA, last week. Cables to south Asia failed. A bomb hit west Jerusalem. \
            Offices in Newport Beach, CA Smith said.
            """,
            gazetteer: gazetteer,
            commonWords: ["cables", "offices"]
        )
        #expect(spans(found, .place) == ["Newport Beach", "CA", "south Asia", "Jerusalem", "Newport Beach"])
        #expect(found.first { $0.text == "CA" }?.entity == "wikidata:Q99")
    }

    @Test func aPlaceOpeningAnEventsNameIsNoneAndAListedPlaceAfterAFormOfAddressIsASurname() throws {
        let gazetteer =
            testGazetteer + """
                assay:place/beijing\tPlace\tCity\tBeijing\t\t
                assay:place/sydney\tPlace\tCity\tSydney\t\t
                assay:place/hobart\tPlace\tCity\tHobart\t\t
                assay:place/vaughan\tPlace\tCity\tVaughan\t\t

                """
        let found = try extract(
            """
            It hosted the 2008 Beijing Olympics. Yachts left the Sydney to Hobart Yacht Race. Mr Vaughan says so. \
            He flew from Sydney to Beijing. The Beijing Open Door plan failed.
            """,
            gazetteer: gazetteer,
            commonWords: ["it", "yachts", "says", "plan", "failed", "open", "door"]
        )
        #expect(spans(found, .place) == ["Sydney", "Beijing", "Beijing"])
        #expect(spans(found, .person) == ["Vaughan"])
    }

    @Test func anElementOfNoTradeIsAMineralOnlyInAListOfElements() throws {
        let gazetteer =
            testGazetteer + """
                wikidata:Q629\tMineral\tChemicalElement\toxygen\t\tin-lists=yes
                wikidata:Q623\tMineral\tChemicalElement\tcarbon\t\tin-lists=yes
                wikidata:Q682\tMineral\tChemicalElement\tsulfur\t\t

                """
        let found = try extract(
            "Life needs carbon, oxygen and sulfur. Oxygen levels fell as carbon and oxygen were pumped in.",
            gazetteer: gazetteer
        )
        #expect(spans(found, .mineral) == ["carbon", "oxygen", "sulfur"])
    }

    @Test func aListedTownThatIsASurnameAfterAnUnknownNameIsAPersons() throws {
        let gazetteer = testGazetteer + "assay:place/hamilton\tPlace\tCity\tHamilton\t\t\n"
        let found = try extract(
            "It began in camp, when Lynell Hamilton was lost. He lives near Hamilton.",
            gazetteer: gazetteer,
            surnames: ["Hamilton"],
            commonWords: ["it", "began", "camp", "when", "was", "lost", "he", "lives", "near"]
        )
        #expect(spans(found, .person) == ["Lynell Hamilton"])
        #expect(spans(found, .place) == ["Hamilton"])
    }
}
