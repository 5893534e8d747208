import Assay
import Testing

/// Organisations that no list knows, found from what the text says of them, and team names written as a city.
@Suite struct OrganizationRuleTests {
    /// The shared test gazetteer with a newspaper, two cities, a team, a state and a city that is also a district.
    static let gazetteer =
        testGazetteer + """
            assay:organization/sf-chronicle\tOrganization\tNewsOrganization\tSan Francisco Chronicle\t\t
            assay:place/pittsburgh-us\tPlace\tCity\tPittsburgh\t\tcountry=wikidata:Q30
            assay:place/cleveland-us\tPlace\tCity\tCleveland\t\tcountry=wikidata:Q30
            assay:place/hollywood-us\tPlace\tCity\tHollywood\t\tcountry=wikidata:Q30
            assay:organization/cleveland-browns\tOrganization\tSportsTeam\tCleveland Browns\t=Browns\t
            assay:place/nevada-us\tPlace\tState\tNevada\t\tcountry=wikidata:Q30
            assay:place/minnesota-us\tPlace\tState\tMinnesota\t\tcountry=wikidata:Q30
            assay:organization/nbc\tOrganization\tNewsOrganization\tNBC\t=NBC\t
            assay:organization/nintendo\tOrganization\tCorporation\tNintendo\t\t

            """

    func organizations(_ text: String, givenNames: [String] = [], commonWords: [String] = []) throws -> [String] {
        spans(
            try extract(text, gazetteer: Self.gazetteer, givenNames: givenNames, commonWords: commonWords),
            .organization
        )
    }

    @Test(arguments: [
        ("Ukrainian energy company Burisma hired him.", "Burisma"),
        ("A doctor at the scene told news agency Ruptly that he tried.", "Ruptly"),
        ("Kosmos, a group co-founded by a footballer, paid for it.", "Kosmos"),
        ("Zentrix, a chipmaker based in Dresden, said so.", "Zentrix"),
        ("He spoke, as reported by the Independent newspaper.", "Independent"),
        ("It is the mouthpiece of the Communist party.", "Communist party"),
        ("Tsai Ing-wen of the Democratic Progressive party faces an election.", "Democratic Progressive party"),
        ("Moneycontrol.com reported the figures first.", "Moneycontrol.com"),
        ("A doctor at the scene told Ruptly that he tried.", "Ruptly"),
        ("According to Zentrix, the deal is off.", "Zentrix"),
    ])
    func whatTheTextSaysOfANameMakesItAnOrganisation(text: String, name: String) throws {
        let found = try organizations(text)
        #expect(found == [name], "\(found)")
    }

    @Test(arguments: [
        "A gunman walked into a company Christmas party on Friday.",
        "Pay rose for insurance company CEOs and janitors alike.",
        "The bank Tuesday said rates would rise.",
        "He said so in an interview with a Biloxi newspaper.",
        "Okafor, a company spokesman, declined to comment.",
        "Jane Smith, a group leader, declined to comment.",
        "Visit moneycontrol.com for the figures.",
        "He told Jane so, according to Jane.",
        "BREAKING NEWS: the storm hit the coast overnight.",
        "She teaches Arts & Crafts at the school.",
    ])
    func modifiersPeopleAndLowerCaseDomainsAreNoOrganisations(text: String) throws {
        let common = ["breaking", "news", "arts", "crafts", "she", "teaches", "at", "the", "school"]
        #expect(try organizations(text, givenNames: ["Jane"], commonWords: common).isEmpty)
    }

    @Test func aCapitalisedRunEndsBeforeADayOrAMonth() throws {
        let found = try organizations("Morrison testified before the House Intelligence Committee Tuesday about it.")
        #expect(found == ["House Intelligence Committee"])
    }

    @Test func aConjunctionOpeningTheSentenceIsNoPartOfTheName() throws {
        #expect(
            try organizations("But the International Maritime Bureau later said so.") == [
                "International Maritime Bureau"
            ]
        )
    }

    @Test func aHeadlinesWordsAreNoName() throws {
        let mentions = try extract(
            "Neighborhood Is A Powder Keg After Teen Killed By Police\n\nIt was calm.",
            commonWords: ["neighborhood", "is", "powder", "keg", "after", "teen", "killed", "by", "police"]
        )
        #expect(spans(mentions, .organization).isEmpty)
    }

    @Test func aPlaceInsideAnOrganisationsNameIsPartOfIt() throws {
        let mentions = try extract("Sierra Nevada Corporation won the contract.", gazetteer: Self.gazetteer)
        #expect(spans(mentions, .organization) == ["Sierra Nevada Corporation"])
        #expect(spans(mentions, .place).isEmpty)
    }

    @Test func theLastWordOfANewspapersNameAfterTheIsTheNewspaper() throws {
        let mentions = try extract(
            "The San Francisco Chronicle says police came. The Chronicle has the story.",
            gazetteer: Self.gazetteer
        )
        let short = try #require(mentions.first { $0.text == "Chronicle" })
        #expect(short.entity == "assay:organization/sf-chronicle")
        #expect(short.rule == "coreference")
    }

    @Test func aCityBeforeAPlayersRoleAndANameIsItsTeam() throws {
        let mentions = try extract(
            """
            Browns pass rusher Myles Garrett hit Pittsburgh quarterback Mason Rudolph. Cleveland DL Larry Ogunjobi \
            was fined. The rematch will be played in Pittsburgh. Hollywood star Tom Hanks watched.
            """,
            gazetteer: Self.gazetteer,
            givenNames: ["Myles", "Mason", "Larry", "Tom"]
        )
        let teams = mentions.filter { $0.type == .organization }
        #expect(teams.map(\.text) == ["Browns", "Pittsburgh", "Cleveland"])
        // The team the text names by its nickname; a city no such team is named for becomes a team of its own.
        #expect(teams[2].entity == "assay:organization/cleveland-browns")
        #expect(teams[1].kind == "SportsTeam")
        // "in Pittsburgh" is the city; a film star's Hollywood is no team.
        #expect(spans(mentions, .place) == ["Pittsburgh", "Hollywood"])
    }

    @Test func aRecordOrARankingMakesAStateATeam() throws {
        let mentions = try extract(
            "Minnesota (9-1, 6-1) plays on Saturday. No. 8 Minnesota leads. The game is in Minnesota.",
            gazetteer: Self.gazetteer
        )
        #expect(spans(mentions, .organization) == ["Minnesota", "Minnesota"])
        #expect(spans(mentions, .place) == ["Minnesota"])
    }

    @Test func namesAroundFirmsPlacesAndPeopleKeepTheirOwnBounds() throws {
        let gazetteer =
            Self.gazetteer + """
                assay:organization/microsoft\tOrganization\tCorporation\tMicrosoft\t\t
                wikidata:Q142\tPlace\tCountry\tFrance\t\t

                """
        let mentions = try extract(
            """
            Mike Reavey, director of the Microsoft Security Response Center, spoke. It commissioned France Telecom \
            Marine, a subsidiary of the group. Analyst Rob Enderle of Enderle Group said it. Former Kutztown \
            University player Brian Nichols was sentenced.
            """,
            gazetteer: gazetteer,
            givenNames: ["Mike", "Rob", "Brian"],
            commonWords: [
                "director", "of", "the", "spoke", "it", "a", "subsidiary", "group", "said", "former", "player",
            ]
        )
        #expect(
            spans(mentions, .organization) == [
                "Microsoft Security Response Center", "France Telecom Marine", "Enderle Group", "Kutztown University",
            ]
        )
        #expect(spans(mentions, .person) == ["Mike Reavey", "Rob Enderle", "Brian Nichols"])
        #expect(spans(mentions, .place).isEmpty)
    }

    @Test func groupsSchoolsCouncilsAndAdministrationsByTheirForm() throws {
        let mentions = try extract(
            """
            Officials in the Nixon administration met. She studied at Morehouse School of Medicine and sat on the \
            Council on Bioethics. The head of the Genovese crime family died. Members of the Avenues gang were held.
            """,
            surnames: ["Nixon"],
            commonWords: [
                "officials", "in", "the", "met", "she", "studied", "at", "and", "sat", "on", "head", "of",
                "died", "members", "were", "held", "medicine",
            ]
        )
        #expect(
            spans(mentions, .organization) == [
                "Nixon administration", "Morehouse School of Medicine", "Council on Bioethics",
                "Genovese crime family", "Avenues",
            ]
        )
        #expect(spans(mentions, .person).isEmpty)
    }

    @Test func aListedNameOfAnotherCountrysOrganizationIsNamedByTheWhole() throws {
        let gazetteer =
            testGazetteer + """
                wikidata:Q29552\tOrganization\tPoliticalParty\tDemocratic Party\t\tcountry=wikidata:Q30
                assay:organization/labour-party\tOrganization\tPoliticalParty\tLabour Party\t\tcountry=wikidata:Q145
                assay:place/turkmenistan\tPlace\tCountry\tTurkmenistan\t\t
                assay:place/united-states\tPlace\tCountry\tUnited States\t\t
                assay:demonym/turkmen\tDemonym\tDemonym\tTurkmen\t\tcountry=assay:place/turkmenistan
                assay:demonym/british\tDemonym\tDemonym\tBritish\t\tcountry=wikidata:Q145
                assay:organization/goldman-sachs\tOrganization\tCorporation\tGoldman Sachs\t\tcountry=wikidata:Q30
                assay:place/new-york-city\tPlace\tCity\tNew York\t\tcountry=wikidata:Q30

                """
        let mentions = try extract(
            """
            He joined the Democratic Party of Turkmenistan, then a Turkmen Labour Party. She voted for the British \
            Labour Party and for the Democratic Party of the United States. Goldman Sachs of New York said so.
            """,
            gazetteer: gazetteer
        )
        #expect(
            spans(mentions, .organization) == [
                "Democratic Party of Turkmenistan", "Turkmen Labour Party", "Labour Party", "Democratic Party",
                "Goldman Sachs",
            ]
        )
        let entities = mentions.filter { $0.type == .organization }.map(\.entity)
        #expect(
            entities == [
                "assay:organization/democratic-party-of-turkmenistan", "assay:organization/turkmen-labour-party",
                "assay:organization/labour-party", "wikidata:Q29552", "assay:organization/goldman-sachs",
            ]
        )
        // The place joins the name; the country of the list's own organisation does not.
        #expect(spans(mentions, .place) == ["United States", "New York"])
    }

    @Test func theHouseBesideTheSenateIsTheHouseOfRepresentatives() throws {
        let chambers =
            testGazetteer + """
                wikidata:Q66096\tOrganization\tLegislature\tUnited States Senate\t=Senate\tcountry=wikidata:Q30
                wikidata:Q11701\tOrganization\tLegislature\tUnited States House of Representatives\t\tcountry=wikidata:Q30

                """
        let mentions = try extract(
            """
            He should be impeached by the House and removed from office by the Senate. The House voted. She sold the \
            House Beautiful brand.
            """,
            gazetteer: chambers
        )
        let houses = mentions.filter { $0.text == "House" }
        #expect(houses.count == 2)
        #expect(houses.first?.entity == "wikidata:Q11701")
        // Without the Senate or Congress, "the House" is no legislature.
        let home = try extract("They restored the House on the hill.", gazetteer: chambers)
        #expect(spans(home, .organization).isEmpty)
    }

    @Test func anOpponentInAnAccountOfGamesIsATeam() throws {
        let mentions = try extract(
            """
            The coach said the season is not over. He was hurt in the loss to Pittsburgh and missed games against \
            Cleveland and Minnesota. The game was in Pittsburgh.
            """,
            gazetteer: Self.gazetteer
        )
        #expect(spans(mentions, .organization) == ["Pittsburgh", "Cleveland", "Minnesota"])
        #expect(spans(mentions, .place) == ["Pittsburgh"])
        let possessive = try extract(
            "The coach praised the season. He faces Cleveland's top-ranked pass defense in the next game.",
            gazetteer: Self.gazetteer
        )
        #expect(spans(possessive, .organization) == ["Cleveland"])
        let college = try extract(
            "The coach said the season is over after the game against Nevada State.",
            gazetteer: testGazetteer + "assay:place/nevada-us\tPlace\tState\tNevada\tNevada state\t\n"
        )
        #expect(spans(college, .organization) == ["Nevada State"])
        // Outside an account of games, a city after "against" stays a place.
        let protest = try extract("Protesters marched against Pittsburgh's plan.", gazetteer: Self.gazetteer)
        #expect(spans(protest, .place) == ["Pittsburgh"])
        // "the Pittsburgh quarterback" in an account of games, with no name after the role.
        let role = try extract(
            "The season is long. The Pittsburgh quarterback left the game and the next game in Cleveland.",
            gazetteer: Self.gazetteer
        )
        #expect(spans(role, .organization) == ["Pittsburgh"])
        #expect(spans(role, .place) == ["Cleveland"])
    }

    @Test func aPluralNameAfterTheInAnAccountOfGamesIsATeam() throws {
        let mentions = try extract(
            """
            The Sycamores outlasted the Purple Aces in the game. The coach said the season was long, and the \
            Bluejays scored 20 points. The Smiths watched. The Bluejays play again.
            """,
            surnames: ["Smith"],
            commonWords: [
                "the", "outlasted", "in", "game", "coach", "said", "season", "was", "long", "and", "scored",
                "points", "watched", "play", "again",
            ]
        )
        #expect(spans(mentions, .organization) == ["Sycamores", "Purple Aces", "Bluejays", "Bluejays"])
    }

    @Test func aPluralNameWithARecordIsATeamWhereverItIsNamed() throws {
        let mentions = try extract(
            "The Gophers (9-1, 6-1) play the Wildcats (2-8, 0-7) on Saturday. Fans say the Gophers are ready.",
            commonWords: ["the", "play", "on", "fans", "say", "are", "ready"]
        )
        let teams = mentions.filter { $0.type == .organization }
        #expect(teams.map(\.text) == ["Gophers", "Wildcats", "Gophers"])
        #expect(teams.allSatisfy { $0.kind == "SportsTeam" })
        #expect(teams[0].entity == teams[2].entity)
    }

    @Test func aFirmsNameOpeningAProductsNameIsNeitherTheFirmNorAPerson() throws {
        let mentions = try extract(
            "He bought a Nintendo Switch Lite. Nintendo said on Monday that Nintendo CEO Shuntaro Furukawa was pleased.",
            gazetteer: Self.gazetteer
        )
        #expect(spans(mentions, .organization) == ["Nintendo", "Nintendo"])
        #expect(!spans(mentions, .person).contains { $0.contains("Switch") })
    }

    @Test func aNetworkBeforeAChannelOrMarketNamesAStation() throws {
        let mentions = try extract(
            "He told NBC 5 on Monday. NBC DFW reported it. The NBC TV show aired.",
            gazetteer: Self.gazetteer
        )
        let stations = mentions.filter { $0.type == .organization }
        #expect(stations.map(\.text) == ["NBC 5", "NBC DFW", "NBC"])
        #expect(stations[0].attributes?["parent"] == "assay:organization/nbc")
    }

    @Test(arguments: [
        ("NASA's Office of the Inspector General released two reports.", ["Office of the Inspector General"]),
        ("Ceres Robotics and Tyvak Systems won.", ["Ceres Robotics", "Tyvak Systems"]),
        ("It won awards from Frost & Sullivan last year.", ["Frost & Sullivan"]),
        (
            "The US Embassy in London said that the Embassy of the United States would reopen soon.",
            [
                "US Embassy", "Embassy of the United States",
            ]
        ),
        ("The Department of Energy and Climate Change said so.", ["Department of Energy and Climate Change"]),
        ("It hired Tyvak Nano-Satellite Systems Inc. The deal closed.", ["Tyvak Nano-Satellite Systems Inc."]),
    ])
    func theFormOfANameReachesOverItsInnerWords(text: String, names: [String]) throws {
        let found = try organizations(text)
        #expect(found == names, "\(found)")
    }

    @Test func aNewspaperIsNamedByItsLastWordAfterThe() throws {
        let gazetteer =
            Self.gazetteer + "assay:organization/washington-post\tOrganization\tNewsOrganization\tWashington Post\t\t\n"
        let mentions = try extract(
            """
            The Washington Post broke the story. The Post reported that he resigned. According to the Times, he \
            left. King told The News so. The sun rose over the Times Square crowd. He read the Herald at home.
            """,
            gazetteer: gazetteer
        )
        let papers = mentions.filter { $0.type == .organization }
        #expect(papers.map(\.text) == ["Washington Post", "Post", "Times", "News"])
        // The short form is the paper the text names in full; a paper the text only cites is one of its own.
        #expect(papers[1].entity == "assay:organization/washington-post")
        #expect(papers[2].rule == "rule:newspaper")
        #expect(papers[2].entity == "assay:organization/times")
    }

    @Test func aListedFirmKeepsItsCorporateWord() throws {
        let gazetteer =
            Self.gazetteer + "assay:organization/wells-fargo\tOrganization\tCorporation\tWells Fargo\t\t\n"
        let mentions = try extract("A Wells Fargo Bank branch got a call. Wells Fargo said so.", gazetteer: gazetteer)
        let firms = mentions.filter { $0.type == .organization }
        #expect(firms.map(\.text) == ["Wells Fargo Bank", "Wells Fargo"])
        #expect(firms.allSatisfy { $0.entity == "assay:organization/wells-fargo" })
    }

    @Test(arguments: [
        ("He is due before Taunton Deane Magistrates' Court on Tuesday.", ["Taunton Deane Magistrates' Court"]),
        ("She went to the chambers of Superior Court Judge Rowland Barnes.", ["Superior Court"]),
        ("Interim BART Police Chief Ed Alvarez spoke.", ["BART Police"]),
        ("He, Gordon Sondland and Energy Secretary Rick Perry met.", []),
        ("Abolishing the People's Council was one of them.", ["People's Council"]),
        (
            "Observers from the Organisation for Security and Co-operation came.",
            [
                "Organisation for Security and Co-operation"
            ]
        ),
        ("Non-party candidates stood.", []),
    ])
    func aNameEndsBeforeATitleAndHoldsPossessivesAndPrefixes(text: String, names: [String]) throws {
        let found = try organizations(
            text,
            givenNames: ["Rowland", "Ed", "Gordon", "Rick"],
            commonWords: ["magistrates", "abolishing", "the", "people", "interim", "non", "party"]
        )
        #expect(found == names, "\(found)")
    }

    @Test func aCityBeforeAResultOrOwningACoachIsATeam() throws {
        let gazetteer =
            Self.gazetteer + "assay:place/indianapolis-us\tPlace\tCity\tIndianapolis\t\tcountry=wikidata:Q30\n"
        let mentions = try extract(
            """
            Indianapolis lost a 10-point halftime lead. The coach said the season was long. Indianapolis' head \
            coach spoke in Indianapolis.
            """,
            gazetteer: gazetteer
        )
        #expect(spans(mentions, .organization) == ["Indianapolis", "Indianapolis"])
        #expect(spans(mentions, .place) == ["Indianapolis"])
    }

    @Test func aCityOrStateIsATeamByItsCuesInAnAccountOfGames() throws {
        let mentions = try extract(
            """
            The coach was fired this season, as was Eddie Jordan (Cleveland). The quarterback for Minnesota threw \
            for 300 yards, and a Pittsburgh loss would end the season. Pittsburgh placed a rookie on injured reserve. \
            He grew up in Cleveland.
            """,
            gazetteer: Self.gazetteer,
            givenNames: ["Eddie"]
        )
        #expect(spans(mentions, .organization) == ["Cleveland", "Minnesota", "Pittsburgh", "Pittsburgh"])
        #expect(spans(mentions, .place) == ["Cleveland"])
    }

    @Test func anOutletsOwnTitleIsAnOutletAndALowerCaseNounAfterItIsNoPartOfIt() throws {
        let gazetteer =
            Self.gazetteer + """
                assay:organization/people\tOrganization\tNewsOrganization\tPeople magazine\t\t
                assay:organization/no10\tOrganization\tGovernmentOrganization\tPrime Minister's Office\tNo. 10\t

                """
        let mentions = try extract(
            "He told NBC News, then People magazine, that his No. 10 jersey was retired. No. 10 declined to comment.",
            gazetteer: gazetteer
        )
        let organizations = mentions.filter { $0.type == .organization }
        #expect(organizations.map(\.text) == ["NBC News", "People", "No. 10"])
        #expect(organizations.first?.attributes?["parent"] == "assay:organization/nbc")
    }

    @Test func closedCircuitTelevisionIsNoBroadcaster() throws {
        let gazetteer =
            Self.gazetteer
            + "assay:organization/cctv\tOrganization\tNewsOrganization\tChina Central Television\t=CCTV\t\n"
        let mentions = try extract(
            "A CCTV operator saw smoke, and CCTV footage showed it. The state broadcaster CCTV reported it.",
            gazetteer: gazetteer
        )
        #expect(spans(mentions, .organization) == ["CCTV"])
    }

    @Test func aTownBeforeLowerCasePoliceNamesItsForce() throws {
        let mentions = try extract(
            "An off-duty Zorbat police officer and Pittsburgh police arrived; Chinese police did not.",
            gazetteer: Self.gazetteer + "assay:demonym/chinese\tDemonym\tDemonym\tChinese\t\t\n"
        )
        #expect(spans(mentions, .organization) == ["Zorbat police", "Pittsburgh police"])
        #expect(spans(mentions, .place).isEmpty)
    }

    static let colleges = """
        assay:organization/drake-university\tOrganization\tUniversity\tDrake University\tDrake Bulldogs\tsports-name=Drake
        assay:organization/creighton-university\tOrganization\tUniversity\tCreighton University\tCreighton\t
        assay:organization/butler-university\tOrganization\tUniversity\tButler University\t\tsports-name=Butler
        assay:organization/university-of-evansville\tOrganization\tUniversity\tUniversity of Evansville\t\tsports-name=Evansville
        assay:place/evansville-us\tPlace\tCity\tEvansville\t\tcountry=wikidata:Q30

        """

    @Test func aUniversitysSportsNameIsItsTeamInAnAccountOfCollegeGames() throws {
        let mentions = try extract(
            """
            Creighton defeated Drake, 65-53, in the conference tournament. The coach said the season was long, and \
            Drake scored 20 points. Jimmy Butler watched; Butler said the game in Evansville was fun.
            """,
            gazetteer: Self.gazetteer + Self.colleges,
            givenNames: ["Jimmy"],
            surnames: ["Butler"]
        )
        let teams = mentions.filter { $0.type == .organization }
        #expect(teams.map(\.text) == ["Creighton", "Drake", "Drake"])
        #expect(teams[1].entity == "assay:organization/drake-university")
        #expect(teams[1].rule == "rule:college-team")
        // The surname of a person named in full, and a place after a preposition of place, keep their readings.
        #expect(spans(mentions, .place) == ["Evansville"])
        #expect(spans(mentions, .person).contains("Butler"))
        // Outside an account of games, the short name is no team.
        let news = try extract(
            "Drake University said Drake is a fine school.",
            gazetteer: Self.gazetteer + Self.colleges
        )
        #expect(spans(news, .organization) == ["Drake University"])
    }

    @Test func anOfficeNamedForItsHoldersTitleIsOneName() throws {
        let found = try extract("The Erie County Sheriff's Office said so.", commonWords: ["sheriff", "the"])
        #expect(spans(found, .organization) == ["Erie County Sheriff's Office"])
    }

    @Test func namesNoListKnowsTakeTheTypeOfTheNamesListedBesideThem() throws {
        let found = try extract(
            """
            Clients include Ford, Macy's, Zentrix, NBC, Fox and others. Rain fell on the Illawarra, Sydney and the \
            Hunter Valley. Enter Lugg, Nintendo and Homejoy. The CEO and Founder of Zentrix spoke.
            """,
            gazetteer: Self.gazetteer + """
                assay:organization/ford\tOrganization\tCorporation\tFord\t\t
                assay:organization/macys\tOrganization\tCorporation\tMacy's\t\t
                assay:place/sydney\tPlace\tCity\tSydney\t\t

                """,
            givenNames: ["Hunter"],
            surnames: ["Valley"],
            commonWords: ["fox", "enter", "rain", "clients", "the", "founder"]
        )
        // "Fox", an ordinary word, among two or more listed organisations; not "Enter", which opens the sentence.
        #expect(
            spans(found, .organization) == ["Ford", "Macy's", "Zentrix", "NBC", "Fox", "Lugg", "Nintendo", "Homejoy"]
        )
        #expect(spans(found, .place) == ["Illawarra", "Sydney", "Hunter Valley"])
        #expect(found.first { $0.text == "Zentrix" }?.rule == "rule:list-peer")
    }

    @Test(arguments: [
        // A list that mixes types, or one name beside a single unknown one.
        "Ford and Zentrix met in Sydney yesterday with Jane Smith and Pittsburgh officials.",
        // Degrees and titles after a person, and the words of a name after a comma.
        "Obama nominated Jane Smith, MD, PhD, as the CEO and Founder.",
        // An item that goes on with a lower-case word is no whole name.
        "It hit Cleveland, Pittsburgh and the Nuwaubian leader.",
    ])
    func listsThatNameNoPeerLeaveTheirWordsAlone(text: String) throws {
        let found = try extract(
            text,
            gazetteer: Self.gazetteer + """
                assay:organization/ford\tOrganization\tCorporation\tFord\t\t
                assay:place/sydney\tPlace\tCity\tSydney\t\t

                """,
            givenNames: ["Jane"],
            surnames: ["Smith"]
        )
        #expect(!found.contains { $0.rule == "rule:list-peer" }, "\(found.map(\.text))")
    }

    @Test func namesAroundOfAndForAndAndKeepTheirWholeForm() throws {
        let found = try extract(
            """
            He is the leader of the Baptist Union of Zorbatia.
            Inquiries by the Australian Securities and Investment Commission went on.
            The study by Zentrix University for the New South Wales Bureau of Crime Statistics is out.
            Ceres Robotics and Tyvak Nano Systems signed.
            The Federal Government and the Howard Government agreed.
            """,
            gazetteer: Self.gazetteer + """
                assay:place/zorbatia\tPlace\tCountry\tZorbatia\t\t
                assay:place/new-south-wales\tPlace\tState\tNew South Wales\t\t
                assay:demonym/australian\tDemonym\tDemonym\tAustralian\t\t

                """,
            givenNames: ["Howard"],
            commonWords: [
                "securities", "investment", "commission", "he", "the", "study", "federal", "government", "union",
            ]
        )
        #expect(
            spans(found, .organization) == [
                "Baptist Union of Zorbatia", "Australian Securities and Investment Commission", "Zentrix University",
                "New South Wales Bureau of Crime Statistics", "Ceres Robotics", "Tyvak Nano Systems",
                "Federal Government", "Howard Government",
            ]
        )
        #expect(spans(found, .person).isEmpty)
    }

    @Test func aDescriptionAfterTheNameAndACommaNamesAnOrganisation() throws {
        #expect(try organizations("They aid Zentrix, the outlawed Basque separatist group.") == ["Zentrix"])
        #expect(try organizations("Zentrix, a political party that campaigns, was banned.") == ["Zentrix"])
        // The noun of the description heads it: not a noun after a function word.
        #expect(try organizations("Steinberg, a partner in the firm, told police.").isEmpty)
    }

    @Test func anEmployerAfterAJobIsAnOrganisation() throws {
        let text = """
            "It is serious," said Paul Henry, security and forensic analyst at Lumension. Wolfgang Kandek, chief \
            technology officer of Qualys, agreed. A spokeswoman for Delta said flights were cancelled.
            """
        #expect(
            try organizations(text, givenNames: ["Paul", "Wolfgang"], commonWords: ["delta"])
                == ["Lumension", "Qualys", "Delta"]
        )
        // Not a person, a department, a time or the first word of a longer name.
        let others = """
            A spokesman for Julian Assange declined. Sheldon Adelson spoke; employees of Adelson quit. The director \
            of Research left. Workers at Christmas were paid. A spokesperson for Breaking the Silence said so.
            """
        #expect(
            try organizations(others, givenNames: ["Julian", "Sheldon"], commonWords: ["research", "breaking"])
                .isEmpty
        )
    }

    @Test func anEmployerAfterAJobAndWithIsAnOrganisation() throws {
        let text = """
            Danny McPherson, chief security officer with Arbor Networks, agreed. The man had lost his job at \
            Tallgrass. Ann Lee, a reporter for Zentrix, wrote it.
            """
        let found = try organizations(text, givenNames: ["Danny", "Ann"], commonWords: ["networks"])
        #expect(found == ["Arbor Networks", "Tallgrass", "Zentrix"])
        // Working with someone is no job there.
        #expect(try organizations("He works with Kandek. She worked with Qualys.", commonWords: []).isEmpty)
    }

    @Test func whoASpokesmanSpeaksForIsAnOrganisation() throws {
        let text = """
            A Coast Mountain bus came, TransLink spokesman Drew Snider said. Later, Zentrix spokeswoman Ann Lee said so.
            """
        #expect(try organizations(text, givenNames: ["Drew", "Ann"]) == ["TransLink", "Zentrix"])
        // Not a person's name, one ordinary word, nor a title's letters.
        let others = try extract(
            "A Romney spokeswoman declined, said DA spokesman Gregg Miliote. He met Police spokesman Dave Gaskin.",
            gazetteer: Self.gazetteer,
            givenNames: ["Gregg", "Dave"],
            surnames: ["Romney"],
            commonWords: ["police"]
        )
        #expect(spans(others, .organization).isEmpty)
    }

    @Test func aFirmIsNamedBeforeItsPremises() throws {
        let text = "She shot two co-workers at a Kraft plant. Thieves rammed the Casty store near Pittsburgh."
        #expect(try organizations(text) == ["Kraft", "Casty"])
        // Not an ordinary word, a given name or a listed place.
        #expect(
            try organizations(
                "He ran the Grocery store, then the Emma boutique and a Cleveland factory.",
                givenNames: ["Emma"],
                commonWords: ["grocery"]
            ) == []
        )
    }

    @Test func aBroadcastersCallLettersNameIt() throws {
        let text = "KYW’s Pat Loeb reports. Witnesses told WDIV that Boston WCVB sportscaster Mike Lynch was there."
        #expect(try organizations(text, givenNames: ["Pat", "Mike"]) == ["KYW", "WDIV", "WCVB"])
        // Not a war, a word in capitals, nor a line in capitals.
        #expect(
            try organizations(
                "Throughout WWII she was there. WHAT a game. Its KPI rose.\nCHARGED WITH KYWX FRAUD",
                commonWords: ["what"]
            )
                == []
        )
    }

    @Test func anOutletIsNamedAfterItsNoun() throws {
        let text = """
            It was published in the journal Nature Astronomy. Centre-left daily Eleftherotypia warned of unrest.
            """
        #expect(try organizations(text) == ["Nature Astronomy", "Eleftherotypia"])
        // A name that goes on after "of" is not cut short.
        #expect(
            try organizations("It appeared in the journal Monthly Notices of the Zentrix Society.") != [
                "Monthly Notices"
            ]
        )
    }

    @Test func aFirmsRareEarthUnitAndATradesFirmOfACountryAreOrganisations() throws {
        let gazetteer =
            Self.gazetteer + """
                assay:organization/china-minmetals\tOrganization\tCorporation\tChina Minmetals\t\t
                wikidata:Q2\tPlace\tPlanet\tEarth\t\t
                wikidata:Q79\tPlace\tCountry\tEgypt\t\t

                """
        let found = try extract(
            """
            China Minmetals Rare Earth fell, Telecom Egypt said its cable was cut, and Niron Magnetics rose. \
            Life on Earth goes on in Egypt.
            """,
            gazetteer: gazetteer,
            commonWords: ["life", "on", "goes", "in", "fell", "said", "its", "cable", "was", "cut", "and", "rose"]
        )
        #expect(spans(found, .organization) == ["China Minmetals Rare Earth", "Telecom Egypt", "Niron Magnetics"])
        #expect(spans(found, .place) == ["Earth", "Egypt"])
        let unit = found.first { $0.text == "China Minmetals Rare Earth" }
        #expect(unit?.attributes?["parent"] == "assay:organization/china-minmetals")
    }

    @Test func usDepartmentsNamedTogetherAreEachTheirDepartment() throws {
        let gazetteer =
            Self.gazetteer + """
                assay:organization/us-commerce\tOrganization\tMinistry\tUnited States Department of Commerce\t\
                Commerce Department\tcountry=wikidata:Q30
                assay:organization/us-interior\tOrganization\tMinistry\tUnited States Department of the Interior\t\
                Interior Department\tcountry=wikidata:Q30
                assay:organization/us-state\tOrganization\tMinistry\tUnited States Department of State\t\
                State Department\tcountry=wikidata:Q30
                assay:organization/us-treasury\tOrganization\tMinistry\tUnited States Department of the Treasury\t\
                =Treasury\tcountry=wikidata:Q30

                """
        let found = try extract(
            """
            Officials at the Interior and Commerce departments said so. It is not within the departments of Commerce \
            and Interior Department alone. The State and Treasury departments agreed. Both departments spoke.
            """,
            gazetteer: gazetteer
        )
        let bodies = found.filter { $0.type == .organization }
        #expect(
            bodies.map(\.text) == ["Interior", "Commerce", "Commerce", "Interior Department", "State", "Treasury"]
        )
        #expect(bodies[0].entity == "assay:organization/us-interior")
        #expect(bodies[1].entity == "assay:organization/us-commerce")
        #expect(bodies[4].entity == "assay:organization/us-state")
        // One department alone, or words no department bears, are none.
        #expect(
            try extract("The Commerce departments met. The Boston and Cleveland departments met.", gazetteer: gazetteer)
                .filter { $0.type == .organization }.isEmpty
        )
        // A list at the text's very start.
        #expect(
            try extract("and Commerce departments met.", gazetteer: gazetteer).filter { $0.type == .organization }
                .isEmpty
        )
    }

    @Test func aCapitalisedParliamentIsTheOneNamedBeforeOrItsOwn() throws {
        let gazetteer =
            Self.gazetteer + """
                assay:organization/parliament-of-australia\tOrganization\tLegislature\tParliament of Australia\t\
                Australian Parliament\tcountry=wikidata:Q408

                """
        let found = try extract(
            """
            The Australian Parliament sat today. The bill goes before Parliament next year; Members of Parliament \
            met at Parliament House.
            """,
            gazetteer: gazetteer
        )
        let parliaments = found.filter { $0.type == .organization }
        #expect(parliaments.map(\.text) == ["Australian Parliament", "Parliament"])
        #expect(parliaments.allSatisfy { $0.entity == "assay:organization/parliament-of-australia" })
        let alone = try extract("The bill was dealt with quickly by the Parliament.")
        #expect(spans(alone, .organization) == ["Parliament"])
    }

    @Test func aNetworkBeforeACityAndATownBeforeItsLocalBodyNameThem() throws {
        #expect(
            try organizations("NBC Pittsburgh estimated the crowd at 70. Officers told NBC.")
                == ["NBC Pittsburgh", "NBC"]
        )
        let found = try extract(
            "Lockdowns hit three campuses in the Goose Creek school district and the Cleveland police department.",
            gazetteer: Self.gazetteer,
            commonWords: ["lockdowns", "hit", "three", "campuses", "in", "the", "and"]
        )
        #expect(spans(found, .organization) == ["Goose Creek school district", "Cleveland police department"])
        #expect(spans(found, .place).isEmpty)
    }

    @Test func aListedBodyNamedByAnOrdinaryWordEndsALongerName() throws {
        let gazetteer =
            Self.gazetteer + """
                assay:organization/coalition\tOrganization\tCoalition\tGlobal Coalition\t=Coalition\t

                """
        let found = try extract(
            "The Endangered Species Coalition is grateful. The Coalition struck.",
            gazetteer: gazetteer,
            commonWords: ["the", "endangered", "species", "coalition", "is", "grateful", "struck"]
        )
        #expect(spans(found, .organization) == ["Endangered Species Coalition", "Coalition"])
        #expect(found.last?.entity == "assay:organization/coalition")
    }

    @Test func aListedFirmBeforeACountryNamesItsBusinessThere() throws {
        let gazetteer =
            Self.gazetteer + """
                assay:organization/vodafone\tOrganization\tCorporation\tVodafone\t\tcountry=wikidata:Q145
                wikidata:Q79\tPlace\tCountry\tEgypt\t\t

                """
        let found = try extract(
            "Vodafone Egypt said users were hit. Vodafone Egypt would pay. Vodafone Egypt and Linkdot are big.",
            gazetteer: gazetteer
        )
        let firms = found.filter { $0.type == .organization }
        #expect(firms.map(\.text) == ["Vodafone Egypt", "Vodafone", "Vodafone Egypt"])
        #expect(firms.first?.attributes?["parent"] == "assay:organization/vodafone")
        #expect(spans(found, .place) == ["Egypt"])
    }

    @Test func britishServicesAndCourtsNamedForTheirPlaces() throws {
        let gazetteer =
            Self.gazetteer + """
                assay:place/devon\tPlace\tCounty\tDevon\t\tcountry=wikidata:Q145
                assay:place/somerset\tPlace\tCounty\tSomerset\t\tcountry=wikidata:Q145
                assay:place/surrey\tPlace\tCounty\tSurrey\t\tcountry=wikidata:Q145

                """
        let found = try extract(
            """
            Crews from Devon and Somerset Fire and Rescue came, with Surrey Fire and Rescue. He appeared at Taunton \
            Deane Magistrates on Monday.
            """,
            gazetteer: gazetteer,
            commonWords: ["crews", "from", "and", "came", "with", "he", "appeared", "at", "on", "fire", "rescue"]
        )
        #expect(
            spans(found, .organization) == [
                "Devon and Somerset Fire and Rescue", "Surrey Fire and Rescue", "Taunton Deane Magistrates",
            ]
        )
        #expect(spans(found, .place).isEmpty)
    }

    @Test func aCityAfterACoachsNameStandsForHisTeamInAnAccountOfGames() throws {
        let found = try extract(
            """
            The coach was fired after Sam Mitchell of Pittsburgh. The Browns scored a touchdown with 300 yards and \
            led at halftime. He lives in Cleveland.
            """,
            gazetteer: Self.gazetteer,
            givenNames: ["Sam"]
        )
        #expect(spans(found, .organization).contains("Pittsburgh"))
        #expect(spans(found, .place) == ["Cleveland"])
        // A city with a plural verb, as British writers agree with a team; not the city's people.
        let british = try extract(
            """
            The Browns scored a touchdown with 300 yards at halftime. Pittsburgh have signed an end. Fans in \
            Cleveland have cheered.
            """,
            gazetteer: Self.gazetteer
        )
        #expect(spans(british, .organization) == ["Browns", "Pittsburgh"])
        #expect(spans(british, .place) == ["Cleveland"])
    }

    @Test func aLoneAcademyIsTheOneNamedBeforeOrTheOscarsAcademy() throws {
        let gazetteer =
            Self.gazetteer + """
                assay:organization/academy-of-motion-picture-arts-and-sciences\tOrganization\tNonGovernmentalOrganization\t\
                Academy of Motion Picture Arts and Sciences\t=AMPAS\t
                assay:organization/naval-academy\tOrganization\tUniversity\tUnited States Naval Academy\tNaval Academy\t

                """
        let oscars = try extract(
            "She will host the Oscars. The Academy asked her, said Academy spokeswoman Leslie Unger, before the Academy Awards.",
            gazetteer: gazetteer,
            commonWords: ["academy"]
        )
        let academies = oscars.filter { $0.type == .organization }
        #expect(academies.map(\.text) == ["Academy", "Academy"])
        #expect(academies.allSatisfy { $0.entity == "assay:organization/academy-of-motion-picture-arts-and-sciences" })
        let naval = try extract("He studied at the Naval Academy. The Academy said he graduated.", gazetteer: gazetteer)
        #expect(
            naval.filter { $0.type == .organization }.map(\.entity) == [
                "assay:organization/naval-academy", "assay:organization/naval-academy",
            ]
        )
        #expect(try extract("The Academy said nothing.", gazetteer: gazetteer).isEmpty)
    }

    @Test func aDemonymOpensAnOrganisationsNameByItsHead() throws {
        let text = """
            The American Petroleum Institute said so, with support from the Chinese Football Association, the \
            Australian Confederation of Motor Sports and the Brazilian Football Confederation.
            """
        let found = try extract(
            text,
            gazetteer: Self.gazetteer + "assay:demonym/american\tDemonym\tDemonym\tAmerican\t\tcountry=wikidata:Q30\n"
        )
        #expect(
            spans(found, .organization) == [
                "American Petroleum Institute", "Chinese Football Association",
                "Australian Confederation of Motor Sports", "Brazilian Football Confederation",
            ]
        )
        // A demonym alone before a head is no name.
        #expect(try organizations("The Chinese said so.") == [])
    }

    @Test func theNameBeforeALowerCaseNewsAgencyIsTheAgencys() throws {
        let gazetteer =
            Self.gazetteer + """
                assay:place/fars\tPlace\tProvince\tFars\t\t
                assay:place/mena\tPlace\tRegion\tMiddle East and North Africa\t=MENA\t

                """
        let found = try extract(
            "The Egyptian MENA news agency said so, as did the Fars news agency and the official Saba news agency.",
            gazetteer: gazetteer + "assay:demonym/egyptian\tDemonym\tDemonym\tEgyptian\t\t\n",
            commonWords: ["official"]
        )
        #expect(spans(found, .organization) == ["MENA", "Fars", "Saba"])
        #expect(spans(found, .place).isEmpty)
        // Not an ordinary word opening the sentence.
        #expect(
            try organizations(
                "Another news agency quoted him. State news agency reports vary.",
                commonWords: ["another", "state"]
            )
                == []
        )
    }

    @Test func aPlacesNewspaperCitedAsASourceIsTheNewspaper() throws {
        let gazetteer = Self.gazetteer + "assay:place/vancouver\tPlace\tCity\tVancouver\t\t\n"
        let found = try extract(
            "Nobody was hurt, The Vancouver Sun reported. Pittsburgh Sun rose over Vancouver at dawn.",
            gazetteer: gazetteer
        )
        #expect(spans(found, .organization) == ["Vancouver Sun"])
        #expect(spans(found, .place) == ["Pittsburgh", "Vancouver"])
    }

    @Test func aSchoolsNameGoesOnOverOfAndItsPlace() throws {
        let gazetteer =
            Self.gazetteer + """
                assay:organization/xavier\tOrganization\tUniversity\tXavier University\t\tcountry=wikidata:Q30
                assay:organization/gs\tOrganization\tCorporation\tGoldman Sachs\t\tcountry=wikidata:Q30
                assay:place/louisiana\tPlace\tState\tLouisiana\t\tcountry=wikidata:Q30

                """
        let found = try extract(
            "She graduated from Xavier University of Louisiana and joined Goldman Sachs of Louisiana.",
            gazetteer: gazetteer
        )
        #expect(spans(found, .organization) == ["Xavier University of Louisiana", "Goldman Sachs"])
        #expect(spans(found, .place) == ["Louisiana"])
    }

    @Test func aBodyNamedBeforeItsHeadsRoleAndNameIsAnOrganisation() throws {
        let text = """
            He met Adventure World president Stephan Friedli. Then he met Zentrix chief executive Tom Lee and the \
            Blue Tongue Helicopters owner, Helen Gillies.
            """
        let found = try organizations(
            text,
            givenNames: ["Stephan", "Tom", "Helen"],
            commonWords: ["adventure", "world", "then"]
        )
        #expect(found == ["Adventure World", "Zentrix", "Blue Tongue Helicopters"])
        // Not a rank or an ordinary word before the role, nor a role without a name after it.
        #expect(
            try organizations(
                "Vice president Joe Biden spoke. The Club president said so. Zentrix president, a lawyer, left.",
                givenNames: ["Joe"],
                commonWords: ["vice", "club", "lawyer"]
            ) == []
        )
    }

    @Test func aBodysNameGoesOnOverAListOfOrdinaryWordsEndingInAnd() throws {
        let found = try organizations(
            """
            An analyst at the Council on Energy, Environment and Water said so. The Ministry of Agriculture, Forestry \
            and Fisheries agreed. Leaders of the Institute of Physics, Zentrix and Pollux came.
            """,
            commonWords: ["energy", "environment", "water", "agriculture", "forestry", "fisheries", "physics"]
        )
        #expect(
            found == [
                "Council on Energy, Environment and Water", "Ministry of Agriculture, Forestry and Fisheries",
                "Institute of Physics",
            ]
        )
    }

    @Test func aNameAfterADescriptiveNounAndACommaIsAnOrganisation() throws {
        #expect(
            try organizations("The troubled travel chain, Traveland, says it will survive.", commonWords: ["travel"])
                == ["Traveland"]
        )
        // Not a person's name or an ordinary word.
        #expect(
            try organizations(
                "The firm, Maria, said no. The company, Today, said so.",
                givenNames: ["Maria"],
                commonWords: ["today"]
            ) == []
        )
    }

    @Test func aSocietyOrAMuseumOpensANameBeforeOfAndAConservancyEndsOne() throws {
        #expect(
            try organizations(
                "A spokesman for the Zentrix Society of Reproductive Medicine and the Museum of Modern Art said the "
                    + "Pollux Bird Conservancy agreed.",
                commonWords: ["reproductive", "medicine", "modern", "art", "bird", "agreed"]
            ) == ["Zentrix Society of Reproductive Medicine", "Museum of Modern Art", "Pollux Bird Conservancy"]
        )
    }
}
