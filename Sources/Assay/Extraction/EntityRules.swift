/// Finds people and organisations that no list knows, from the shape of the text around them.
///
/// - People after a title or role ("Treasury Secretary Scott Bessent", "Vice Premier He Lifeng"), next to a speech
///   verb ("said Liu Weidong", "Liu Weidong said"), or described ("Ryan Hass of the Brookings Institution",
///   "Ryan Hass, a China policy expert at the Brookings Institution"); the role and affiliation become attributes.
/// - Organisations by their form: a capitalised phrase ending in a head word ("… Institution", "… Rare-Earth",
///   "… Co.", "… Group"), or opening with one ("Ministry of …", "Academy of …", "Department of …"), and acronym
///   definitions ("Ministry of Commerce (MOFCOM)").
///
/// Spans already claimed by the gazetteer are respected: rules only add.
enum EntityRules {
    // MARK: - Hashed word lists

    /// The case-folded hash the matcher gives a one-token word, so rules test tokens without making strings.
    static func hash(_ word: String) -> UInt64 {
        let scalars = Array(LookalikeFolding.matchingForm(word).unicodeScalars)
        return TokenMatcher.foldedHash(scalars, 0..<scalars.count)
    }

    static func hashes(_ words: some Sequence<String>) -> WordSet { WordSet(words.map(hash)) }

    static let speechVerbHashes = hashes(speechVerbs)
    static let notNameHashes = hashes(notNames)
    static let organizationHeadHashes = hashes(organizationHeads)
    static let organizationOpenerHashes = hashes(organizationOpeners)
    static let particleHashes = hashes(nameParticles)
    static let connectorHashes = hashes(["of", "for", "and", "the", "on", "&", "-", "de", "du"])
    /// Lower-case words inside the title of a work: "Emily in Paris", "Down to Earth".
    static let titleConnectorHashes = hashes([
        "of", "the", "to", "in", "a", "an", "and", "on", "for", "from", "at", "with", "by", "&",
    ])
    /// Connectors that tie a name's words to its head: "Department of Energy", "Council on Foreign Relations".
    static let innerConnectorHashes = hashes(["of", "for", "on", "de", "du"])
    /// Capitals after a network that are no market's call letters: "CBS TV", "ABC HD".
    static let notMarketHashes = hashes(["tv", "hd", "am", "fm", "uk", "us", "ceo", "pm"])
    static let earthHashes = hashes(["earth", "earths"])
    /// Heads of a school's name, which a place after "of" may go on: "Xavier University of Louisiana".
    static let schoolHeadHashes = hashes(["university", "college"])
    /// A trade's word that names a firm before its country: "Telecom Egypt", "Bank Indonesia".
    static let tradeWordHashes = hashes(["telecom", "telekom", "petroleum", "airways", "airlines", "bank", "post"])
    static let the = hash("the")
    static let rare = hash("rare")
    static let of = hash("of")
    static let and = hash("and")
    static let or = hash("or")
    static let possessive = hash("'s")
    static let curlyPossessive = hash("\u{2019}s")
    static let companies = hash("companies")
    static let legalFormHashes = hashes(legalForms)
    static let forWord = hash("for")
    static let ministry = hash("ministry")
    static let organizationNounHashes = hashes(organizationNouns)
    static let placeHeadHashes = hashes(placeHeads)
    static let venueHeadHashes = hashes(venueHeads)
    /// Heads of an area named after a place in it: "Los Angeles County", "Orleans Parish".
    static let areaHeadHashes = hashes(["county", "parish", "borough", "township", "district", "metro"])
    static let bay = hash("bay")
    static let area = hash("area")
    static let placeOpenerHashes = hashes(placeOpeners)
    static let locativeCueHashes = hashes(locativeCues)
    static let locativeNounHashes = hashes(locativeNouns)
    static let compassHashes = hashes(compassWords)
    /// Words that name a part of a place before it: "North India", "Southern California", "Central London".
    static let regionPrefixHashes = hashes(
        compassWords.union([
            "northern", "southern", "eastern", "western", "central", "upstate", "downstate",
            // Quarters named after a country or city: "Little Italy", "Old Delhi".
            "little", "old",
        ])
    )
    static let calendarHashes = hashes(calendarWords)
    static let descriptorNounHashes = hashes(descriptorNouns)
    static let descriptionFollowerHashes = hashes(descriptionFollowers)
    static let mediaNounHashes = hashes(["newspaper", "magazine", "tabloid", "broadcaster", "website", "channel"])
    /// Nouns after a group's name: "the Avenues gang", "the Sinaloa cartel".
    static let groupNounHashes = hashes(["gang", "cartel", "syndicate"])
    /// Nouns that name an outlet before its name only: "the journal Nature Astronomy", "the daily Eleftherotypia".
    static let outletDescriptorHashes = hashes(["journal", "daily", "weekly", "publisher"])
    /// Words that end an event's name after a place: "Beijing Olympics", "U.S. Masters", "Murray River Marathon";
    /// not "Summit" (the annotators mark "Johannesburg" in "the Johannesburg Earth Summit").
    static let eventHeadHashes = hashes([
        "olympics", "open", "marathon", "masters", "games", "championships", "regatta", "derby", "biennale", "expo",
    ])
    /// Two-word heads, as ``EntityRecognizer``'s pair hashes: "Grand Prix", "Yacht Race", "Film Festival".
    static let eventHeadPairs: Set<UInt64> = Set(
        [
            ("grand", "prix"), ("yacht", "race"), ("film", "festival"), ("fashion", "week"), ("air", "show"),
            ("motor", "show"),
        ].map { EntityRecognizer.pairHash(hash($0.0), hash($0.1)) }
    )
    /// Nouns for who speaks for a body, after its name: "TransLink spokesman Drew Snider", "a Navy spokesperson".
    static let spokesNounHashes = hashes(["spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen"])
    /// Lower-case roles of a body's head between its name and the person's: "Adventure World president Stephan
    /// Friedli", "Swans chief executive Kelvin Templeton"; with a modifier before some ("managing director").
    /// Not "director" alone: a film's too ("The Golden Compass director Chris Weitz").
    static let bodyRoleHashes = hashes([
        "president", "chairman", "chairwoman", "owner", "founder", "co-founder", "editor", "executive", "boss", "ceo",
    ])
    /// Before "director" or "executive": "managing director", "chief executive".
    static let bodyRoleModifierHashes = hashes(["chief", "managing", "executive", "general", "national"])
    static let director = hash("director")
    /// A firm's premises after its name and an article: "a Kraft plant", "the Casty store".
    static let firmPremisesNounHashes = hashes([
        "store", "stores", "plant", "factory", "branch", "outlet", "dealership", "boutique", "warehouse", "showroom",
        "supermarket",
    ])
    static let crime = hash("crime")
    static let departments = hash("departments")
    static let administration = hash("administration")
    static let giant = hash("giant")
    /// Ranks that are also adjectives, titles only when capitalised: "Major Smith", not "a major Second Amendment case".
    static let adjectiveRankHashes = hashes(["major", "general", "private", "marine"])
    /// "a firm called …", "a company named …".
    static let namingVerbHashes = hashes(["called", "named", "dubbed"])
    static let family = hash("family")
    static let house = hash("house")
    static let parliament = hash("parliament")
    /// "Members of Parliament": a title, not a mention of the parliament.
    static let memberHashes = hashes(["member", "members", "houses"])
    static let will = hash("will")
    static let mediaHeadHashes = hashes(mediaHeads)
    static let politicalWordHashes = hashes(politicalWords)
    static let party = hash("party")
    static let articleHashes = hashes(["a", "an"])
    static let media = hash("media")
    static let news = hash("news")
    static let agency = hash("agency")
    static let told = hash("told")
    static let notOrganizationAcronymHashes = hashes(notOrganizationAcronyms)
    static let to = hash("to")
    static let according = hash("according")
    /// Words that may open a capitalised run before a name: "At the Palma Boys Social Club", "A Norwalk Superior
    /// Court judge".
    static let functionWordHashes = hashes([
        "the", "a", "an", "at", "in", "on", "for", "of", "to", "by", "with", "from", "after", "before", "but",
        "and", "or", "so", "yet", "when", "while", "as", "if", "meanwhile", "however",
    ])
    static let compoundNounHashes = hashes(compoundNouns)
    static let topLevelDomainHashes = hashes(["com", "net", "org", "info", "io", "news", "tv"])
    static let sportsRoleHashes = hashes(sportsRoles)
    static let sportsModifierHashes = hashes(sportsModifiers)
    static let centreHashes = hashes(["centre", "center"])
    /// Heads that make a firm's name another body's: "Weibo Gaming", "Ford Foundation".
    static let ownBodyHeadHashes = hashes(["gaming", "esports", "foundation"])
    /// Words before "Centre" that make it a site rather than a body: "Detention Centre", "Trade Center".
    static let siteCentreHashes = hashes([
        "detention", "trade", "convention", "shopping", "exhibition", "aquatic", "aquatics", "conference", "leisure",
        "transit", "visitor", "visitors", "distribution", "processing", "reception", "holding",
    ])
    /// Holders of a seat in a legislature, before "for" and the place the seat is named after: "Member for Fremantle".
    static let seatHolderHashes = hashes(["member", "mp", "mla", "msp", "mhr", "mha", "senator", "congressman"])
    static let placePrepositionHashes = hashes(["in", "at", "from", "to", "near", "of", "outside", "into", "across"])

    // MARK: - Word lists

    /// Titles and roles that precede a name, longest first when they share words; lower-cased, space-joined.
    static let titles: [String] = [
        "president", "vice president", "premier", "vice premier", "prime minister", "deputy prime minister",
        "minister", "foreign minister", "defence minister", "defense minister", "finance minister", "trade minister",
        "commerce minister", "economy minister", "interior minister", "oil minister", "energy minister",
        "secretary", "treasury secretary", "commerce secretary", "secretary of state", "defense secretary",
        "defence secretary", "state secretary", "foreign secretary", "home secretary", "press secretary",
        "secretary-general", "secretary general", "chancellor", "senator", "sen.", "representative", "rep.",
        "congressman", "congresswoman", "governor", "gov.", "mayor", "ambassador", "general", "gen.",
        "lieutenant general", "lt. gen.", "major general", "maj. gen.", "brigadier general", "admiral", "adm.",
        "colonel", "col.", "captain", "capt.", "commander", "sergeant", "sgt.", "dr.", "mr.", "mrs.", "ms.", "dr", "mr",
        "mrs", "ms",
        "professor", "prof.", "judge", "justice", "chief justice", "king", "queen", "prince", "princess",
        "crown prince", "sheikh", "emir", "sultan", "pope", "cardinal", "ayatollah", "imam", "commissioner",
        "director", "director-general", "director general", "chairman", "chairwoman", "chair", "ceo", "cto", "cfo",
        "coo", "cio", "d.a.", "D. A.",
        "chief executive", "chief executive officer", "spokesman", "spokeswoman", "spokesperson", "speaker",
        "leader", "opposition leader", "envoy", "special envoy", "trade representative", "attorney general",
        "vice chairman", "analyst", "economist", "expert", "researcher", "founder", "co-founder", "chief",
        "deputy", "president-elect", "lawmaker", "diplomat", "negotiator", "chief negotiator", "spokesman for",
        "head", "coach", "striker", "officer", "administrator", "ombudsman", "cmdr.", "cdr.", "lt. cmdr.",
        // Military ranks, longest first where they share words, so the name after them is not cut short.
        "petty officer", "chief petty officer", "senior chief petty officer", "master chief petty officer",
        "staff sergeant", "staff sgt.", "sergeant major", "specialist", "spc.", "private", "pvt.", "corporal",
        "cpl.", "lieutenant", "lt.", "major", "maj.", "lieutenant colonel", "lt. col.", "airman", "seaman",
        "marine", "navy seal", "acting director",
        // Occupations news puts before a name ("Astronaut Scott Kelly said"); they need a full name after them.
        "astronaut", "prosecutor", "lawyer", "attorney", "actor", "actress", "singer", "author", "writer",
        "journalist", "reporter", "doctor", "nurse", "sheriff", "detective", "witness", "activist", "candidate",
        "nominee", "investor", "banker", "executive", "manager", "player", "rapper", "novelist", "filmmaker",
        "producer", "scientist", "historian", "professor emeritus", "strategist", "consultant",
        // Police, courts and public health.
        "public defender", "district attorney", "assistant district attorney", "deputy district attorney", "ada",
        "a.d.a.", "undersheriff", "inspector", "chief inspector", "constable",
        "police constable", "marshal", "fire marshal", "surgeon general", "technician", "bomb technician",
        // Clergy, councils and aides.
        "rev.", "rev", "reverend", "pastor", "bishop", "archbishop", "rabbi", "fr.", "msgr.", "councilman",
        "councilwoman", "councilor", "councillor", "council member", "assemblyman", "assemblywoman", "alderman",
        "aide", "mp", "mla", "msp", "dictator", "strongman",
        // Players' positions and sports ("Running back Deuce McAllister", "golfer Rory McIlroy").
        "running back", "wide receiver", "tight end", "linebacker", "cornerback", "defensive end", "defensive tackle",
        "offensive lineman", "quarterback", "pitcher", "shortstop", "outfielder", "infielder", "goalkeeper",
        "midfielder", "defender", "winger", "defenseman", "point guard", "shooting guard", "golfer", "boxer",
        "swimmer", "sprinter", "cyclist", "jockey", "batsman", "bowler", "tennis player", "footballer",
    ]

    /// Titles after which a single name is enough ("President Trump", "Dr. Fauci"); role nouns such as "expert" or
    /// "analyst" need a full name after them.
    static let honorifics: Set<String> = [
        "president", "vice president", "premier", "vice premier", "prime minister", "minister", "chancellor",
        "senator", "sen.", "rep.", "congressman", "congresswoman", "governor", "gov.", "mayor", "ambassador",
        "general", "gen.", "admiral", "adm.", "colonel", "col.", "captain", "capt.", "sergeant", "sgt.", "dr.", "mr.",
        "mrs.", "ms.", "dr", "mr", "mrs", "ms", "professor", "prof.", "judge", "justice", "king", "queen", "prince",
        "princess", "sheikh", "rev.", "rev", "reverend", "pastor", "bishop", "archbishop", "rabbi", "fr.", "msgr.",
        "emir", "sultan", "pope", "cardinal", "ayatollah", "imam", "secretary", "treasury secretary",
        "commerce secretary", "secretary of state", "defense secretary", "defence secretary", "foreign minister",
        "defence minister", "defense minister", "finance minister", "trade minister", "commerce minister",
        "chairman", "chairwoman", "speaker", "president-elect", "lt. gen.", "maj. gen.", "lieutenant general",
        "major general", "brigadier general", "crown prince", "chief justice", "attorney general", "dictator",
        "strongman",
    ]

    /// Letters after a name that are no part of it: "Judge Anthony Russell QC", "Jane Smith MP".
    static let postnominalHashes = hashes(["qc", "kc", "mp", "msp", "mep", "obe", "mbe", "cbe", "kbe", "dbe", "phd"])

    /// Words that end a place's name: "Incirlik Air Base", "Tabqa Dam", "Ninewa Province", "Strait of Hormuz".
    static let placeHeads: Set<String> = [
        "base", "airbase", "airfield", "airport", "dam", "province", "district", "governorate", "valley", "river",
        "mountains", "mountain", "sea", "gulf", "bay", "strait", "island", "islands", "square", "bridge", "canal",
        "desert", "plain", "plains", "peninsula", "lake", "port", "harbor", "harbour", "county", "oblast",
        "prefecture", "crossing", "checkpoint", "highway", "corridor", "heights", "hills", "coast", "strip",
        "stadium", "arena", "ballpark", "speedway", "coliseum", "field", "street", "avenue", "boulevard", "road",
        "ave.", "blvd.",
        "ridge", "mall", "plaza", "courthouse", "jail", "prison", "penitentiary", "canyon", "creek", "glacier",
        "reservoir", "theatre", "theater", "pier", "wharf", "quay", "barrage", "gate", "hotel", "point", "gorge",
        "oval", "tower", "towers", "station", "basin",
    ]
    /// Degrees and suffixes written after a person's name: "Francis S. Collins, MD, PhD", "Jr".
    static let degreeHashes = hashes(nameSuffixes.union(["phd", "dphil", "esq", "mba", "bsc", "msc"]))
    /// Heads of places' names that are also common surnames: "Sally Field", "Della Street", "Tom Ridge".
    static let surnameHeadHashes = hashes([
        "field", "street", "lake", "ridge", "arena", "hills", "bridge", "bay", "gate", "port",
    ])
    /// Heads of streets' names: "Fifth Avenue", "on Philip Street".
    static let streetHeadHashes = hashes([
        "street", "avenue", "boulevard", "road", "lane", "drive", "ave.", "ave", "blvd.", "blvd", "st.",
    ])
    /// Words that end a military unit's name after its number: "71st Counter Terrorism Battalion", "5th Fleet".
    static let unitHeadHashes = hashes([
        "battalion", "regiment", "brigade", "division", "battery", "squadron", "wing", "group", "fleet", "corps",
        "infantry", "cavalry", "marines", "platoon", "detachment", "command", "army", "flotilla", "company", "troop",
    ])
    /// The smallest units, named by a word rather than a number before the battalion they belong to: "Abel Battery,
    /// 3rd Battalion", "Bravo Company, 2nd Battalion".
    static let subunitHeadHashes = hashes(["battery", "company", "troop", "platoon"])
    /// Lower-case nouns of state power that a country's name or demonym describes: "Greek government", "U.S. forces".
    static let stateNounHashes = hashes(["government", "military", "forces", "regime", "army", "navy", "authorities"])
    /// Forms of address before a speaker's name in a transcript: "MR KIRBY:", "MS. PSAKI:".
    static let speakerTitleHashes = hashes([
        "mr", "mr.", "ms", "ms.", "mrs", "mrs.", "dr", "dr.", "secretary", "ambassador", "general", "senator",
    ])
    /// Prefixes of ships' names: "USS Cole", "HMS Ocean", "FS Forbin", "INS Vikrant".
    static let shipPrefixHashes = hashes(["uss", "usns", "hms", "hmas", "hmcs", "hmnzs", "rfa", "fs", "ins", "mv"])
    /// "117th", "52nd": the letters after an ordinal's digits.
    static let ordinalSuffixes: Set<String> = ["st", "nd", "rd", "th"]
    static let ordinalSuffixHashes = hashes(ordinalSuffixes)
    /// Words before a street's name: "on Philip Street", "off American Boulevard".
    static let streetPrepositionHashes = hashes(["on", "off", "along", "down", "up"])
    /// Ordinals that open streets' names: "First Street", "Fifth Avenue".
    static let ordinalHashes = hashes([
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    ])
    /// Roads named by number: "Interstate 5", "Highway 214", "Route 52".
    static let numberedRoadHashes = hashes(["interstate", "highway", "route", "motorway", "freeway", "hwy"])
    /// Lower-case nouns after a place's name that no list knows: "61 in Mary region", "the Exarchia neighborhood".
    static let placeNounAfterHashes = hashes([
        "region", "province", "district", "area", "neighborhood", "neighbourhood", "village", "town", "city",
        "county", "island", "valley", "suburb", "municipality", "prefecture", "governorate", "state",
    ])
    /// Plural nouns before a list of places: "the villages of Zainabieh and Koohi".
    static let placeListNounHashes = hashes([
        "villages", "towns", "cities", "provinces", "regions", "districts", "islands", "neighborhoods",
        "neighbourhoods", "suburbs", "counties", "municipalities",
    ])

    /// Words between a plural noun of places and the list: "the villages were Tonban and Goursin".
    static let listIntroducerHashes = hashes(["were", "are", "include", "included", "including", "like"])
    static let such = hash("such")
    static let asWord = hash("as")

    /// Words that end a venue's name after a sponsor's: "Heinz Field", "Mercedes-Benz Stadium", "Citi Field".
    static let venueHeads: Set<String> = [
        "field", "stadium", "arena", "park", "ballpark", "coliseum", "dome", "garden", "speedway", "theatre",
        "theater",
    ]

    /// Words that open a place's name: "Camp Hurriya", "Fort Campbell", "Mount Sinjar", "Lake Assad".
    static let placeOpeners: Set<String> = [
        "camp", "fort", "mount", "mt", "mt.", "lake", "port", "cape", "jebel", "jabal", "wadi",
    ]

    /// Words after which a capitalised name is a place: "near Husaybah", "north of Raqqa", "the town of Sarmin".
    static let locativeCues: Set<String> = ["near", "outside", "around", "towards", "toward"]
    /// Prepositions before a place rather than a person: "at Caja Magica", "in Kowloon Tong" (not "to", "from").
    static let strictPlacePrepositionHashes = hashes([
        "at", "in", "into", "inside", "near", "outside", "around", "across", "towards", "toward", "via",
    ])
    static let locativeNouns: Set<String> = [
        "town", "city", "village", "province", "district", "region", "governorate", "suburb", "neighbourhood",
        "neighborhood", "port", "capital", "island", "hometown", "enclave", "emirate",
    ]
    /// "E. 52nd St.": points of the compass abbreviated before a street.
    static let compassInitialHashes = hashes(["n.", "s.", "e.", "w."])
    static let compassWords: Set<String> = [
        "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east",
        "north-west", "south-east", "south-west",
    ]

    /// Nouns that introduce an organisation's acronym: "its regulator ARECOMS", "the state miner Gecamines".
    static let organizationNouns: Set<String> = [
        "regulator", "agency", "company", "firm", "group", "party", "bank", "ministry", "militia", "miner",
        "producer", "carrier", "broadcaster", "operator", "watchdog", "union", "body", "authority", "coalition",
        "lender", "insurer", "developer", "maker", "manufacturer", "refiner", "trader", "utility", "automaker",
        "chipmaker", "conglomerate", "organisation", "organization", "network", "movement", "faction", "rebels",
        "newspaper", "broadcaster", "outlet", "regulators", "agencies", "firms", "company's", "group's",
    ]

    /// Days and months: they end a capitalised run ("the House Intelligence Committee Tuesday").
    static let calendarWords: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "june", "july", "august", "september", "october", "november", "december",
    ]

    /// Holidays and times of day that follow "around" or "near" as times ("around Christmas", "near Midnight"), and
    /// open no person's name before "Day" ("Christmas Day", "Boxing Day").
    static let holidayHashes = hashes([
        "christmas", "easter", "thanksgiving", "halloween", "ramadan", "eid", "hanukkah", "passover", "diwali",
        "midnight", "noon", "lent", "advent", "boxing", "anzac", "remembrance", "veterans",
    ])

    /// Nouns that say an unknown name is an organisation's when they stand right before it ("Ukrainian energy company
    /// Burisma", "news agency Ruptly") or describe it after a comma ("Kosmos, a group co-founded by …"). Nouns that
    /// also describe people ("producer", "publisher", "rival") are left out.
    static let descriptorNouns: Set<String> = [
        "company", "firm", "group", "bank", "agency", "broadcaster", "newspaper", "outlet", "network", "miner",
        "carrier", "operator", "lender", "insurer", "maker", "manufacturer", "automaker", "carmaker", "chipmaker",
        "conglomerate", "startup", "start-up", "retailer", "label", "airline", "studio", "website",
        "brokerage", "charity", "nonprofit", "non-profit", "organisation", "organization", "consultancy",
        "watchdog", "regulator", "militia", "outfit", "channel", "magazine", "tabloid", "utility", "refiner",
        "supplier", "subsidiary", "affiliate", "tank", "think-tank", "publication", "party", "giant", "chain",
    ]

    /// Words that may follow a descriptive noun after a name and a comma, when the noun heads the description: "Kosmos,
    /// a group co-founded by …", "a firm based in …", "a unit of …". Anything else ("a company spokesman") describes
    /// a person.
    static let descriptionFollowers: Set<String> = [
        "that", "which", "whose", "based", "founded", "co-founded", "owned", "run", "headquartered", "backed",
        "listed", "controlled", "led", "in", "with", "of", "for", "set", "created", "formed", "co",
    ]

    /// Lower-case nouns that make a capitalised word before them a modifier, not a name: "a company Christmas party",
    /// "insurance company CEOs", "the newspaper Web site".
    static let compoundNouns: Set<String> = [
        "party", "parties", "event", "dinner", "season", "holiday", "sale", "sales", "shares", "stock", "website",
        "site", "web", "executives", "employees", "officials", "workers", "staff", "account", "accounts", "page",
        "app", "store", "stores", "brand", "products", "product", "program", "programme", "plan", "deal", "merger",
        "board", "unit", "field", "fields", "mine", "mines", "project", "plant", "factory", "spokesman",
        "spokeswoman", "spokesperson", "chief", "executive", "official", "team", "office", "headquarters",
    ]

    /// The last words of newspapers' names, used alone for them after "the": "the Post", "the Chronicle".
    static let mediaHeads: Set<String> = [
        "times", "post", "journal", "herald", "tribune", "gazette", "chronicle", "telegraph", "observer",
        "examiner", "inquirer", "courier", "dispatch", "bulletin", "star-ledger", "globe", "register", "enquirer",
    ]

    /// Words of parties' names written before a lower-case "party": "the Communist party", "the Labour party".
    static let politicalWords: Set<String> = [
        "communist", "socialist", "conservative", "liberal", "democratic", "republican", "labour", "labor",
        "green", "greens", "progressive", "nationalist", "national", "people's", "workers'", "workers",
        "independence", "unionist", "reform", "freedom", "pirate", "left", "christian", "social", "popular",
        "radical", "agrarian", "federalist", "peronist", "baath", "ba'ath", "justicialist", "democracy",
        "justice", "unity", "solidarity", "renewal", "liberty", "development",
    ]
    /// Words that date a person's tie to an organisation, before its name: "Former Kutztown University player".
    static let tieModifierHashes = hashes([
        "former", "ex", "late", "then", "current", "incoming", "outgoing", "interim", "acting",
    ])

    /// A player's or coach's role after a team's city: "Pittsburgh quarterback Mason Rudolph", "Cleveland DL Larry
    /// Ogunjobi", "Barcelona soccer player Gerard Pique".
    static let sportsRoles: Set<String> = [
        "quarterback", "qb", "center", "centre", "guard", "forward", "striker", "midfielder", "defender",
        "goalkeeper", "keeper", "goalie", "pitcher", "catcher", "outfielder", "infielder", "shortstop", "linebacker",
        "lineman", "receiver", "cornerback", "safety", "kicker", "punter", "coach", "player", "winger", "defenseman",
        "rookie", "captain", "tackle", "end", "back", "rusher", "slugger", "batter", "bowler", "batsman",
        "fullback", "halfback", "dl", "de", "dt", "lb", "cb", "wr", "rb", "te", "ol", "gm", "owner",
    ]
    /// The endings of a site's domain that a listed organisation's name keeps: "MTV.com".
    static let domainSuffixHashes = hashes(["com", "org", "net"])
    static let com = hash("com")
    /// Firms' acronyms that are also roles' abbreviations: "GM" (general manager).
    static let roleAbbreviationHashes = hashes(["gm"])
    /// Words before a role that make an acronym the role: "assistant GM", "interim GM".
    static let roleModifierHashes = hashes(["assistant", "interim", "acting", "former", "new", "deputy", "associate"])
    /// Words of a game's account: three of them make a text about games.
    static let gameWordHashes = hashes([
        "touchdown", "touchdowns", "quarterback", "halftime", "playoff", "playoffs", "postseason", "preseason",
        "rebounds", "assists", "innings", "inning", "coach", "season", "scored", "points", "game", "games", "league",
        "nfl", "nba", "nhl", "mlb", "ncaa", "yards", "roster", "standings", "striker", "goals", "pitcher", "rookie",
        // Cricket, football, tennis and other international sport.
        "wicket", "wickets", "batsman", "batsmen", "bowler", "bowlers", "midfielder", "goalkeeper", "semi-final",
        "semifinal", "quarter-final", "quarterfinal", "tournament", "championship",
    ])
    /// Prefixes joined by a hyphen to a lower-case word inside a name: "Co-operation", "Re-elect".
    static let hyphenPrefixHashes = hashes(["co", "re", "anti", "non", "pre", "post", "inter", "multi", "pan", "self"])
    /// Words of college sports: with a university named, they make an account of games one of college games.
    static let collegeWordHashes = hashes(["ncaa", "college", "collegiate", "conference", "freshman", "sophomore"])
    /// Verbs of a win between the winner's name and the loser's: "Creighton beat Drake".
    static let winningVerbs: Set<String> = [
        "beat", "beats", "defeated", "defeats", "edged", "routed", "topped", "overcame", "outlasted", "blanked",
        "swept",
    ]
    /// Words right before an opponent's name: "beat Detroit", "against Washington".
    static let opponentCueHashes = hashes(
        winningVerbs.union([
            "against", "vs", "vs.", "versus", "beating", "defeat", "hosts", "hosted", "host", "visits", "visited",
            "faces", "facing", "face", "rival", "rivals", "meet", "meets", "play", "plays", "playing",
        ])
    )
    /// Verbs of a game's result after a team's name: "Indianapolis lost a 10-point lead", "Creighton beat Drake".
    static let resultVerbHashes = hashes(
        winningVerbs.union([
            "edges", "routs", "tops", "lost", "won", "rallied", "rallies", "clinched", "clinches", "sweeps", "trailed",
            "trails", "outscored", "snapped", "improved", "fell", "knocked", "scored", "led", "leads", "plays",
            // A team's dealings with its players: "St. Louis placed Derek Stanley on injured reserve".
            "placed", "signed", "released", "waived", "traded", "acquired", "drafted", "activated",
        ])
    )
    /// Titles an outlet gives its own editions: "MTV News", "The New York Times Magazine".
    static let outletTitleHashes = hashes(["news", "magazine", "online", "sports", "radio"])
    static let police = hash("police")
    /// Words before "for" or "with" and a team: "played for Boston", "then with Kansas City".
    static let playingWordHashes = hashes([
        "played", "plays", "playing", "play", "then", "starred", "started", "starts",
    ])
    static let with = hash("with")
    /// Nouns a team owns in an account of games: "Pittsburgh's pass defense", "San Diego's first meeting".
    static let teamNounHashes = hashes([
        "loss", "losses", "win", "wins", "victory", "defense", "defence", "offense", "offence", "meeting", "game",
        "games", "season", "record", "coach", "quarterback", "roster", "lineup", "starters", "secondary", "bench",
        "rotation", "bullpen", "rookie", "rookies", "players", "starter", "goalkeeper", "attack", "backfield",
    ])
    /// Words before "over" an opponent ("a win over Detroit") and before "to" one ("a loss to Chicago").
    static let winHashes = hashes(["win", "wins", "victory", "victories", "triumph", "upset", "rout"])
    static let lossHashes = hashes(["loss", "losses", "lost", "lose", "loses", "losing", "fell", "falls", "fall"])
    static let over = hash("over")
    static let state = hash("state")
    static let sportsModifiers: Set<String> = [
        "soccer", "football", "basketball", "baseball", "hockey", "cricket", "rugby", "defensive", "offensive",
        "star", "veteran", "rookie", "assistant", "head", "wide", "tight", "running", "pass", "point", "shooting",
        "power", "small", "backup", "starting", "left", "right", "nose", "free", "strong",
    ]

    /// Capitalised abbreviations that are not organisations.
    static let notOrganizationAcronyms: Set<String> = [
        "CEO", "CFO", "COO", "CTO", "GDP", "GNP", "CPI", "PMI", "USD", "EUR", "GBP", "JPY", "CNY", "COVID", "AIDS",
        "HIV", "TV", "PDF", "FAQ", "OK", "PM", "AM", "GMT", "UTC", "EST", "PST", "BST", "CET", "AI", "EV", "EVS",
        "LNG", "LPG", "IPO", "ETF", "M&A", "VAT", "ID", "DNA", "RNA", "UAV", "ICBM", "MW", "GW", "KW", "KM", "MPH",
        "CEOs", "CFOs", "NEW", "THE", "AND", "FOR", "BREAKING", "UPDATE", "WATCH", "LIVE", "VIDEO", "PHOTO", "READ",
        "MORE", "WWI", "WWII", "WMD", "WMDS", "WTF", "KPH", "KMH", "KWH", "KPI", "KYC", "WFH", "WIP",
    ]

    /// Speech and reporting verbs around a name.
    static let speechVerbs: Set<String> = [
        "said", "says", "told", "added", "noted", "warned", "argued", "explained", "stated", "wrote", "asked",
        "announced", "remarked", "claimed", "insisted", "stressed", "tweeted", "replied", "commented",
        "spoke", "testified", "recalled", "admitted", "acknowledged", "emphasized", "emphasised", "cautioned",
        "conceded", "responded", "speaks", "tells", "adds", "notes", "explains", "writes", "recalls",
    ]

    /// Words that end an organisation's name.
    static let organizationHeads: Set<String> = [
        "institution", "institute", "university", "college", "academy", "ministry", "department", "agency",
        "commission", "council", "bank", "group", "co.", "co", "ltd.", "ltd", "inc.", "inc", "corp.", "corp",
        "corporation", "company", "holdings", "materials", "rare-earth", "mining", "minerals", "resources",
        "metals", "technologies", "technology", "association", "federation", "party", "army", "forces", "front",
        "brigade", "brigades", "committee", "authority", "office", "bureau", "service", "organization",
        "organisation", "foundation", "fund", "exchange", "court", "parliament", "assembly", "senate", "congress",
        "administration", "centre", "center", "society", "union", "alliance", "coalition", "movement", "network",
        "guard", "police", "navy", "corps", "industries", "motors", "energy", "electric", "steel", "chemicals",
        "airlines", "systems", "partners", "securities", "plc", "llc", "ag", "sa", "gmbh", "trust", "board",
        "directorate", "secretariat", "tribunal", "cabinet", "regiment", "battalion", "division", "militia",
        "news", "times", "post", "press", "television", "radio", "patrol", "magazine", "journal", "gazette",
        "tribune", "herald", "studios", "pictures", "records", "entertainment", "club", "league", "hospital",
        "school", "clinic", "laboratory", "laboratories", "observatory", "museum", "library", "command", "fleet",
        "squadron", "productions", "survey", "government", "magnetics",
        // Firms: "Kotak Institutional Equities", "Sequoia Capital", "Ceres Robotics", "Vox Media".
        "equities", "capital", "advisors", "advisers", "investments", "ventures", "analytics", "consulting", "labs",
        "solutions", "brands", "media", "robotics", "aerospace", "pharmaceuticals", "therapeutics", "biosciences",
        "logistics", "airways", "railways", "telecom", "embassy", "consulate", "foods", "petroleum", "archive",
        "archives", "subcommittee", "esports", "gaming",
        // British bodies: "Surrey Fire and Rescue", "Taunton Deane Magistrates".
        "rescue", "magistrates", "financial",
        "confederation", "aviation", "insurance", "cooperative", "co-operative", "conservancy",
    ]

    /// Words that open an organisation's name before "of" ("Ministry of Commerce", "Bank of Japan").
    static let organizationOpeners: Set<String> = [
        "ministry", "department", "embassy", "consulate", "academy", "university", "bank", "institute", "office",
        "bureau", "council",
        "commission", "federation", "confederation", "association", "organization", "organisation", "league",
        "board", "court",
        "house", "chamber", "party", "people's", "state", "federal", "national", "school", "college", "center",
        "centre", "society", "museum", "hospital",
    ]

    /// Capitalised words that are not names (sentence starters, months, days, titles of address on their own).
    static let notNames: Set<String> = [
        "the", "a", "an", "this", "that", "these", "those", "it", "he", "she", "they", "we", "i", "in", "on",
        "at", "but", "and", "or", "if", "as", "for", "of", "to", "by", "with", "from", "after", "before", "when",
        "while", "his", "her", "its", "their", "our", "my", "your", "there", "here", "meanwhile", "however",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "today", "yesterday", "tomorrow", "some", "many", "most", "all", "no", "not", "yet", "still", "also",
        "both", "each", "every", "other", "such", "what", "which", "who", "whom", "why", "how", "where", "then",
        "than", "so", "because", "although", "though", "despite", "until", "since", "during", "about", "over",
        "under", "last", "next", "first", "second", "new", "former", "earlier", "later", "according", "said",
        "says", "mr.", "mrs.", "ms.", "dr.", "one", "two", "three", "experts", "officials", "analysts", "sources",
        "reuters", "key", "takeaways", "read", "more", "share", "photo", "video", "chinese", "american",
        "president", "minister", "secretary", "premier", "general", "near", "outside", "acting", "director",
        "chief", "officer", "staff", "senior", "deputy", "mr", "mrs", "ms", "dr", "mt", "st", "mon", "tue", "tues",
        "wed", "thu", "thur", "thurs", "fri", "sat", "man", "woman", "boy", "girl",
        // A byline's social link: "By Michael Russell Follow @tdmrussell".
        "follow",
    ]

    /// Words after a person's name more than after a place's: "Regina's", "Regina said".
    static let personFollowerHashes = hashes([
        "'s", "said", "says", "told", "added", "asked", "replied", "wrote", "is", "was", "has", "had", "will",
        "would", "who",
    ])
    /// Nouns of kin before a relative's name: "his wife, Celeste", "her brother Jack Page".
    static let kinshipNounHashes = hashes([
        "wife", "husband", "son", "daughter", "mother", "father", "brother", "sister", "widow", "widower",
        "girlfriend", "boyfriend", "fiancee", "fiancée", "fiance", "fiancé", "cousin", "uncle", "aunt", "grandson",
        "granddaughter", "grandmother", "grandfather", "nephew", "niece", "stepfather", "stepmother", "stepson",
        "stepdaughter", "stepbrother", "stepsister", "mom", "dad", "grandma", "grandpa", "spouse",
    ])
    /// Nouns of premises after a name that stands for them: "the Ida Yarbrough apartments", "a Harry Winston store".
    static let premisesNounHashes = hashes([
        "apartments", "apartment", "building", "store", "stores", "boutique", "jewellers", "jewelers", "restaurant",
        "hotel", "plant", "factory", "campus", "complex", "branch", "clinic",
        "dealership", "warehouse", "showroom", "shop", "gallery", "theater", "theatre", "center", "centre",
    ])

    /// Speech verbs whose object is who was spoken to, not the speaker: "told Reuters", "asked the minister".
    static let addresseeVerbHashes = hashes(["told", "asked"])

    /// Words that end the names of events, competitions, firms and publications, never a person's:
    /// "Davis Cup Finals", "Kotak Institutional Equities", "Business Insider".
    static let nonPersonWordHashes = hashes([
        "cup", "finals", "final", "championship", "championships", "open", "games", "olympics", "series", "trophy",
        "prize", "award", "awards", "festival", "summit", "conference", "tour", "equities", "capital", "advisors",
        "advisers", "research", "analytics", "consulting", "investments", "ventures", "insider", "daily", "weekly",
        "magazine", "review", "report", "journal", "records", "music", "media", "labs", "solutions", "brands",
        // Buildings, places and programmes: "Carlton Hotel", "Estelle Unit", "Sadat City", "Jackie Gleason Show".
        "hotel", "motel", "inn", "resort", "unit", "projects", "city", "township", "state", "central", "show",
        "crusade", "act", "program", "programme", "services", "relations", "products", "church", "creamery",
        "bible", "fire", "safety", "professor",
        // Churches: "a Roman Catholic priest".
        "catholic", "orthodox", "protestant", "anglican", "evangelical", "lutheran", "methodist", "presbyterian",
        "episcopal", "pentecostal",
    ])
    /// Jobs and the words for working somewhere before "at", "of" or "for" and an employer: "analyst at Lumension",
    /// "chief technology officer of Qualys", "works at LPL Financial", "a spokeswoman for Delta". Not offices of a
    /// place ("mayor of Troy", "governor of …").
    static let employeeNounHashes = hashes([
        "analyst", "analysts", "officer", "executive", "executives", "director", "spokesman", "spokeswoman",
        "spokesperson", "manager", "founder", "co-founder", "chairman", "chairwoman", "economist", "strategist",
        "researcher", "engineer", "editor", "partner", "consultant", "lawyer", "scientist", "employee", "employees",
        "worker", "workers", "works", "worked", "working", "staffer", "vice-president", "ceo", "cfo", "cto", "coo",
        "job", "reporter", "correspondent", "columnist", "producer", "professor", "lecturer",
    ])
    static let employerPrepositionHashes = hashes(["at", "of", "for", "with"])
    /// Working with someone is no job there: "works with Jones", "partner with Smith".
    static let collaborationNounHashes = hashes([
        "works", "worked", "working", "partner", "employee", "employees", "worker", "workers",
    ])
    /// A town's or county's bodies named by lower-case nouns after it: "the Goose Creek school district", "the
    /// Troy police department", "the Palmer fire department".
    static let localBodyNounHashes = hashes(["school", "police", "fire"])
    static let localBodyHeadHashes = hashes(["district", "department", "service", "board"])
    /// Nouns of works after the name they are named for: "the Harry Potter films", "the Jack Reacher novels";
    /// plural only: "the Philip Pullman novel" is its author's.
    static let workNounHashes = hashes(["films", "movies", "books", "novels", "franchise", "saga", "sequels"])
    static let compassAbbreviationHashes = hashes(["ne", "nw", "se", "sw"])
    static let academy = hash("academy")
    /// Words of the Oscars, which make a lone "Academy" the Motion Picture Academy.
    static let oscarHashes = hashes(["oscar", "oscars"])
    /// Words after "Academy" that make it a role's, not part of a name: "Academy spokeswoman", "Academy President".
    static let titleWordHashes = hashes(["spokeswoman", "spokesman", "spokesperson", "president", "officials"])
    /// Plural verbs after a city that stands for its team: "New Orleans have decided".
    static let pluralVerbHashes = hashes(["have", "are", "were"])
    /// "Bill Adgate, who works at …": a relative pronoun after a name that describes a person.
    static let relativePronounHashes = hashes(["who", "whose"])

    /// Forms of address: they precede names but are no job title ("Mr. Kelly", "Dr. Gupta").
    static let formsOfAddress: Set<String> = [
        "mr.", "mrs.", "ms.", "mr", "mrs", "ms", "miss", "sir", "dame", "dr.", "dr",
    ]

    /// Words that open a relative clause after a name ("X, who is now a fellow at Y").
    static let clauseOpeners: Set<String> = [
        "who", "whom", "whose", "which", "that", "is", "was", "has", "had", "been", "now", "currently", "also",
        "then", "formerly", "previously", "once", "still", "serves", "served", "as", "became", "becomes",
    ]

    /// Legal forms that may follow a firm's name: "Home Depot Inc.", "Netflix, Inc.".
    static let legalForms: Set<String> = [
        "Inc.", "Inc", "Corp.", "Corp", "Co.", "Ltd.", "Ltd", "plc", "Plc", "PLC", "LLC", "L.L.C.", "GmbH", "AG",
        "N.V.",
        "S.A.", "SE", "Limited", "Incorporated", "Corporation", "LP", "L.P.", "LLP", "L.L.P.",
    ]

    /// Words that add no name to a firm's: "Vodafone Group Plc" is Vodafone.
    static let corporateWords: Set<String> = [
        "Group", "Holdings", "Holding", "Companies", "Company", "Corporation", "Communications", "International",
    ]

    /// Last words of newspapers' names, which name the paper after "the": "the Post", "The Times".
    static let newspaperHeadHashes = hashes([
        "post", "times", "news", "herald", "journal", "globe", "tribune", "chronicle", "telegraph", "guardian",
        "independent", "examiner", "gazette", "inquirer", "enquirer", "observer", "courier", "dispatch", "bulletin",
        "star", "sun", "mirror", "express", "standard", "register", "oregonian", "picayune",
    ])
    /// Words before "the" and a source: "told the Post".
    static let toldHashes = hashes(["told", "tells", "telling", "tell"])
    /// Verbs after a source: "the Times reported".
    static let reportingVerbHashes = hashes([
        "reported", "reports", "reporting", "said", "says", "wrote", "writes", "claimed", "claims", "revealed",
        "reveals", "learned", "obtained", "quoted", "cited", "noted", "published", "first",
    ])
    /// Nouns a source owns: "the Post's report".
    static let sourceNounHashes = hashes([
        "report", "reports", "reporting", "story", "stories", "reporter", "reporters", "editorial", "investigation",
        "columnist", "account", "article", "interview", "sources", "editor", "analysis", "website", "poll",
    ])

    /// Words that may follow a listed firm's name as part of it: "Wells Fargo Bank", "Sony Group".
    static let firmWords: Set<String> = corporateWords.union(["Bank", "Motor", "Motors"])

    /// What may follow a person's name as part of it: "Patrick W. Carlineo Jr.", "Charles H. Keating IV".
    static let nameSuffixes: Set<String> = ["Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"]

    /// Name particles that may stand inside a person's name in lower case.
    static let nameParticles: Set<String> = [
        "de", "da", "del", "van", "von", "der", "bin", "al", "el", "la", "le", "di", "du", "ibn", "abu",
    ]
}
