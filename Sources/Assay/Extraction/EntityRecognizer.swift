/// Finds people, organisations, places and minerals in tokenized text: gazetteer matches first, then the shape
/// rules of ``EntityRules``, then within-document coreference (later short forms point to the full name).
struct EntityRecognizer: Sendable {
    let lexicon: EntityLexicon?
    let usesRules: Bool
    let usesCoreference: Bool
    let lists: WordLists
    private let titleMatcher: TokenMatcher
    /// The gazetteer's US House of Representatives, which "the House" names beside the Senate or Congress.
    private let usHouse: EntityLexicon.Entry?
    /// The Academy of Motion Picture Arts and Sciences: a lone "Academy" in a text that tells of the Oscars.
    private let motionPictureAcademy: EntityLexicon.Entry?
    /// The US executive departments by the word that names each ("Commerce", "Interior"), which "the Interior and
    /// Commerce departments" names together; a word two entries share is left out.
    private let usDepartments: [UInt64: EntityLexicon.Entry]
    /// Universities that sports news names by a short name that is also a place's, a person's or a word ("Drake",
    /// "Wisconsin": the gazetteer's `sports-name`), by the name's first token; a name two universities share is left
    /// out.
    private let sportsNames: [UInt64: [SportsName]]
    /// The US states by their postal codes ("CA"), from the gazetteer's ISO 3166-2 codes ("US-CA").
    private let statesByPostalCode: [String: EntityLexicon.Entry]
    /// The US Congress and its chambers, as the gazetteer identifies them.
    private static let usCongress: Set<String> = ["wikidata:Q11268", "wikidata:Q66096", "wikidata:Q11701"]

    /// The word lists beside the gazetteer, as case-folded hashes (``EntityRules/hash(_:)``).
    struct WordLists: Sendable {
        /// Given names ("Tobias", "Liu"): a capitalised run starting with one is a person.
        var givenNames = WordSet()
        /// Surnames ("Manning", "Horton"): an unknown capitalised word before one is a given name.
        var surnames = WordSet()
        /// English words written in lower case ("forward", "quarterback"): capitalised at a sentence's start, they are
        /// no part of a name.
        var commonWords = WordSet()
        /// Given names that are also words or places ("Grant", "Will", "Austin"): they open a person's name only
        /// before a surname ("Grant Gibbs", not "Grant Park").
        var wordGivenNames = WordSet()
    }

    init(lexicon: EntityLexicon?, rules: Bool = true, coreference: Bool = true, words: WordLists = WordLists()) {
        self.lexicon = lexicon
        self.lists = words
        self.usesRules = rules
        self.usesCoreference = coreference
        usHouse = lexicon?.entries.first { $0.id == "wikidata:Q11701" }
        motionPictureAcademy = lexicon?.entries.first {
            $0.id == "assay:organization/academy-of-motion-picture-arts-and-sciences"
        }
        sportsNames = Self.sportsNames(lexicon?.entries ?? [])
        usDepartments = Self.usDepartments(lexicon?.entries ?? [])
        var states: [String: EntityLexicon.Entry] = [:]
        for entry in lexicon?.entries ?? [] where entry.type == .place && entry.kind == "State" {
            guard let code = entry.attributes["iso"], code.hasPrefix("US-"), code.count == 5 else { continue }
            states[String(code.dropFirst(3))] = entry
        }
        statesByPostalCode = states
        titleMatcher = TokenMatcher(
            patterns: EntityRules.titles.enumerated().map {
                TokenMatcher.Pattern(text: $0.element, payload: Int32($0.offset))
            }
        )
    }

    /// A university's short name in sports news, as words.
    struct SportsName: Sendable {
        let words: [String]
        let entry: EntityLexicon.Entry
    }

    /// The entries named "United States Department of (the) X", by X's hash.
    private static func usDepartments(_ entries: [EntityLexicon.Entry]) -> [UInt64: EntityLexicon.Entry] {
        var result: [UInt64: EntityLexicon.Entry] = [:]
        var shared: Set<UInt64> = []
        let prefix = "United States Department of "
        for entry in entries where entry.type == .organization && entry.name.hasPrefix(prefix) {
            var word = entry.name.dropFirst(prefix.count)
            if word.hasPrefix("the ") { word = word.dropFirst(4) }
            guard !word.isEmpty, !word.contains(" ") else { continue }
            let key = EntityRules.hash(String(word))
            if result.updateValue(entry, forKey: key) != nil { shared.insert(key) }
        }
        for key in shared { result[key] = nil }
        return result
    }

    /// The entries' `sports-name`s by their first token's hash.
    private static func sportsNames(_ entries: [EntityLexicon.Entry]) -> [UInt64: [SportsName]] {
        var byName: [String: EntityLexicon.Entry] = [:]
        var shared: Set<String> = []
        for entry in entries {
            for name in entry.attributes["sports-name"]?.split(separator: ",") ?? [] {
                let name = name.split(separator: " ").joined(separator: " ")
                if byName.updateValue(entry, forKey: name) != nil { shared.insert(name) }
            }
        }
        var result: [UInt64: [SportsName]] = [:]
        let tokenizer = Tokenizer()
        for (name, entry) in byName where !shared.contains(name) {
            let text = tokenizer.tokenize(name)
            guard let first = text.hashes.first else { continue }
            let words = text.tokens.map { text.text(of: $0) }
            result[first, default: []].append(SportsName(words: words, entry: entry))
        }
        // Longer names first ("North Carolina State" before "North Carolina"), then in name order.
        for key in result.keys {
            result[key]?.sort {
                $0.words.count != $1.words.count
                    ? $0.words.count > $1.words.count : $0.words.lexicographicallyPrecedes($1.words)
            }
        }
        return result
    }

    /// A mention under construction: token span, type and identity.
    struct Found {
        var tokens: Range<Int>
        var type: MentionType
        var kind: String?
        var name: String
        var entity: String
        var rule: String
        var attributes: [String: String] = [:]
    }

    func recognize(_ text: TokenizedText) -> [Found] {
        var words = Words(text: text)
        var claimed = [Bool](repeating: false, count: text.tokens.count)
        var found: [Found] = []
        func claim(_ item: Found) {
            for index in item.tokens { claimed[index] = true }
            found.append(item)
        }
        // Web addresses name nothing: "…/Lindsay-Lohan-checks-into-rehab".
        var inAddress = Self.addressTokens(in: text)
        // Ships are neither places nor organisations, nor the people some are named after: "FS Charles de Gaulle".
        if usesRules { Self.markShipNames(in: words, &inAddress) }
        for index in inAddress.indices where inAddress[index] { claimed[index] = true }
        // Titles and roles, found once: they start people, keep one-word names whole and become `title`s.
        let titles = titleMatcher.matches(in: text)
        if let lexicon {
            // Where titles end, and whether the title takes a single name ("President Ford").
            var titleEnds: [Int: Bool] = [:]
            if usesRules {
                for match in titles {
                    let title = Self.spanText(text, match.tokens).lowercased()
                    titleEnds[match.tokens.upperBound] = EntityRules.honorifics.contains(title)
                }
            }
            let known = lexicon.find(in: text) { span, entry in
                for index in span { words.demonyms[index] = true }
                if let place = entry.attributes["country"] ?? entry.attributes["place"] {
                    words.demonymPlaces[span.upperBound - 1] = (span.lowerBound, place)
                }
            }
            let knownStarts = Set(known.map(\.tokens.lowerBound))
            // Where each title ends, by where it starts: a listed name that opens with one ("Queen Elizabeth",
            // "Crown Prince Mohammed bin Salman") is mentioned by the name after it, as the rules' people are.
            var titleEndByStart: [Int: Int] = [:]
            for match in titles {
                titleEndByStart[match.tokens.lowerBound] = max(
                    titleEndByStart[match.tokens.lowerBound] ?? 0,
                    match.tokens.upperBound
                )
            }
            for var item in known where !(usesRules && isPartOfAName(item, words, titleEnds: titleEnds)) {
                if item.tokens.contains(where: { inAddress[$0] }) { continue }
                if item.type == .person, let end = titleEndByStart[item.tokens.lowerBound], end < item.tokens.upperBound
                {
                    item.tokens = end..<item.tokens.upperBound
                }
                // "8:05am UK, Monday": a clock's zone, not a place the story names.
                if item.type == .place, Self.followsClockTime(item.tokens.lowerBound, words) { continue }
                // "Angels GM Tony Reagins", "assistant GM": the general manager, not General Motors.
                if usesRules, isRoleAbbreviation(item, words) { continue }
                // "Labor costs rose", "Labor Day": the word, not the party.
                if usesRules, Self.isOrdinaryWordReading(item, words) { continue }
                // "the Ford administration": a president's, not the carmaker; the rule for administrations names it.
                if usesRules, item.type == .organization, item.tokens.count == 1,
                    namesAdministration(surnameAt: item.tokens.lowerBound, words)
                {
                    continue
                }
                // "Nintendo Switch", "Intel Core", "Honda Civic": a product's name, neither the firm nor a person.
                if usesRules, isProductName(item, words, knownStarts: knownStarts, titleEndByStart: titleEndByStart) {
                    for index in item.tokens.lowerBound...item.tokens.upperBound { claimed[index] = true }
                    continue
                }
                claim(item)
            }
        }
        var titleWords = [Bool](repeating: false, count: words.count)
        for match in titles { for index in match.tokens { titleWords[index] = true } }
        if usesRules {
            for unit in militaryUnits(in: words, claimed: claimed, known: found) {
                found.removeAll { $0.type == .organization && $0.tokens.overlaps(unit.tokens) }
                claim(unit)
            }
            // A place inside an organisation's name ("Sierra Nevada Corporation") is part of the name.
            var placeWords = [Bool](repeating: false, count: words.count)
            for item in found where item.type == .place { for index in item.tokens { placeWords[index] = true } }
            // "Endangered Species Coalition": a listed body named by one ordinary word ("Coalition") ends a longer name.
            var headWords = [Bool](repeating: false, count: words.count)
            for item in found
            where item.type == .organization && item.tokens.count == 1 && item.rule == "gazetteer"
                && lists.commonWords.contains(words.hashes[item.tokens.lowerBound])
            {
                headWords[item.tokens.lowerBound] = true
            }
            let organizations = organizations(
                in: &words,
                claimed: claimed,
                placeWords: placeWords,
                headWords: headWords,
                organizationEnds: Set(found.filter { $0.type == .organization }.map(\.tokens.upperBound)),
                titleWords: titleWords
            )
            for item in organizations
            where item.tokens.allSatisfy({
                !claimed[$0] || placeWords[$0]
                    || headWords[$0] && $0 == item.tokens.upperBound - 1 && $0 > item.tokens.lowerBound
            }) {
                if item.tokens.contains(where: { claimed[$0] }) {
                    found.removeAll {
                        ($0.type == .place || $0.type == .organization && headWords[$0.tokens.lowerBound])
                            && item.tokens.contains($0.tokens.lowerBound)
                    }
                }
                claim(item)
            }
            // "Heinz Field": a known firm before a venue's head names the venue.
            var firmEndingAt: [Int: Int] = [:]
            for item in found where item.type == .organization && item.tokens.count <= 3 {
                firmEndingAt[item.tokens.upperBound] = item.tokens.lowerBound
            }
            // Where each listed country, region, state or province starts, and where it ends: "Wasilla, Alaska".
            var regionEnds: [Int: (end: Int, isCountry: Bool)] = [:]
            for item in found where item.type == .place && EntityLexicon.placesTowns(item.kind) {
                let isCountry = item.kind != "State" && item.kind != "Province"
                regionEnds[item.tokens.lowerBound] = (item.tokens.upperBound, isCountry)
            }
            for item in places(in: words, claimed: claimed, firmEndingAt: firmEndingAt, regionEnds: regionEnds) {
                if item.rule == "rule:venue" {
                    found.removeAll { $0.type == .organization && $0.tokens.lowerBound == item.tokens.lowerBound }
                } else if item.tokens.contains(where: { claimed[$0] }) {
                    continue
                }
                claim(item)
            }
            for item in people(in: words, claimed: claimed, known: found, titles: titles)
            where !item.tokens.contains(where: { claimed[$0] }) {
                claim(item)
            }
            for item in employers(in: words, claimed: claimed, known: found) { claim(item) }
            for item in departments(in: words, claimed: claimed) { claim(item) }
            for item in legislativeHouses(in: words, claimed: claimed, known: found) { claim(item) }
            for item in parliaments(in: words, claimed: claimed, known: found) { claim(item) }
            for item in academies(in: words, claimed: claimed, known: found) { claim(item) }
            for item in newspapersByTheirHead(in: words, claimed: claimed, known: found) { claim(item) }
        }
        if usesRules {
            teamsNamedByTheirCity(&found, in: &words)
            collegeTeams(&found, in: &words)
            absorbLeadingPlaces(&found, in: text)
            extendOverSuffixes(&found, in: text, claimed: claimed)
            extendOverDomains(&found, in: words)
            extendOverStations(&found, in: words, claimed: claimed)
            outletsByTheirTitles(&found, in: words, claimed: claimed)
            townPolice(&found, in: words, claimed: claimed)
            extendPlacesOverAreaHeads(&found, in: words, claimed: claimed, titleWords: titleWords)
            extendStreets(&found, in: words, claimed: claimed)
            joinPlaceForms(&found, in: words)
            postalCodes(&found, in: words, claimed: claimed)
            newspapersOfAPlace(&found, in: words, claimed: claimed)
            newsAgencies(&found, in: words, claimed: claimed)
            lowerCaseCompassRegions(&found, in: words, claimed: claimed)
            mergeAdjacentOrganizations(&found, in: text)
            widenListedOrganizations(&found, in: words)
            firmsOfACountry(&found, in: words)
            rareEarthUnits(&found, in: words)
            firmsNamedByTradeAndCountry(&found, in: words, claimed: claimed)
            extendOverLegalForms(&found, in: text, claimed: claimed)
            extendOverListsInNames(&found, in: words)
            listPeers(&found, in: words, claimed: claimed, titleWords: titleWords)
            placesInQuotedTitles(&found, in: words)
            placesInEventNames(&found, in: words)
            for item in repeatedFullNames(found, in: words, claimed: claimed) {
                found.removeAll { $0.type != .person && item.tokens.contains($0.tokens.lowerBound) }
                claim(item)
            }
        }
        attachAffiliations(&found, in: text)
        attachTitles(&found, titles: titles, in: text)
        if usesRules { sourcesThatArePeople(&found, in: words) }
        if usesCoreference {
            resolveSurnames(&found, in: text)
            for item in coreferences(in: words, claimed: claimed, known: found) { claim(item) }
        }
        return found.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    // MARK: - Token tests

    /// The tokens with their case-folded hashes, so rules test words without making strings.
    struct Words {
        let text: TokenizedText
        let hashes: [UInt64]
        /// The first token of each sentence.
        let sentenceStarts: Set<Int>
        /// Which tokens are demonyms ("American", "Sicilian"): they signal a place and may stand before a name.
        var demonyms: [Bool]
        /// Where each demonym starts and the country or region it signals, by the demonym's last token.
        var demonymPlaces: [Int: (start: Int, place: String)] = [:]
        /// Whether the text tells games, once a rule has asked (``tellsGames()``).
        private var gamesTold: Bool?

        /// Whether the text tells games: three different words of a game's account ("touchdown", "season").
        mutating func tellsGames() -> Bool {
            if let gamesTold { return gamesTold }
            var seen: Set<UInt64> = []
            for hash in hashes where EntityRules.gameWordHashes.contains(hash) {
                seen.insert(hash)
                if seen.count >= 3 { break }
            }
            gamesTold = seen.count >= 3
            return seen.count >= 3
        }

        init(text: TokenizedText) {
            self.text = text
            hashes = text.hashes
            sentenceStarts = Set(text.sentences.map(\.lowerBound))
            demonyms = [Bool](repeating: false, count: text.tokens.count)
        }

        var count: Int { text.tokens.count }
        func token(_ index: Int) -> Token { text.tokens[index] }
        func string(_ index: Int) -> String { text.text(of: text.tokens[index]) }

        /// Whether token `index` is the single character `character`.
        func `is`(_ index: Int, _ character: Unicode.Scalar) -> Bool {
            let token = text.tokens[index]
            return token.end - token.start == 1 && text.scalars[Int(token.start)] == character
        }

        func length(_ index: Int) -> Int { Int(text.tokens[index].end - text.tokens[index].start) }

        func capitalized(_ index: Int) -> Bool { text.tokens[index].flags.contains(.capitalized) }

        /// Whether token `index` opens a sentence or a line.
        func opensSentence(_ index: Int) -> Bool {
            sentenceStarts.contains(index) || text.tokens[index].flags.contains(.lineBefore)
        }
    }

    /// Whether token `index` is an ordinary word capitalised only because it opens the sentence, before a name:
    /// "Forward Tyler Hansbrough", "Constable Tim Fanning said".
    private func isSentenceOpener(_ index: Int, _ words: Words) -> Bool {
        words.opensSentence(index) && words.token(index).kind == .word && !words.token(index).flags.contains(.allCaps)
            && lists.commonWords.contains(words.hashes[index]) && !lists.givenNames.contains(words.hashes[index])
    }

    /// A run of three or more words without the ordinary word that opens it: "Constable Tim Fanning" → "Tim Fanning".
    private func withoutOpener(_ run: Range<Int>, _ words: Words) -> Range<Int> {
        run.count >= 3 && isSentenceOpener(run.lowerBound, words) ? run.dropFirst() : run
    }

    // MARK: - People

    /// Whether a run of capitalised words holds a word that names an organisation or an event rather than a person:
    /// "Kotak Institutional Equities", "Davis Cup Finals".
    private func containsNonPersonWord(_ run: Range<Int>, _ words: Words) -> Bool {
        run.dropFirst().contains { isNonPersonWord($0, words) }
    }

    private func isNonPersonWord(_ index: Int, _ words: Words) -> Bool {
        EntityRules.organizationHeadHashes.contains(words.hashes[index])
            || EntityRules.nonPersonWordHashes.contains(words.hashes[index])
            || EntityRules.placeHeadHashes.contains(words.hashes[index])
    }

    /// Whether a run found by its context alone opens with an ordinary word that is no given name, as the names of
    /// firms, bands and operations do ("Big Machine said", "Blue Origin said", "Inherent Resolve told").
    /// Whether a two-word run opens with an ordinary word that is a surname the census knows, before a word no
    /// list takes for an ordinary one: "Ma Zhaoxu", "Sun Yang".
    private func opensWithSurname(_ run: Range<Int>, _ words: Words) -> Bool {
        guard run.count == 2, let first = run.first else { return false }
        let second = words.hashes[first + 1]
        return lists.surnames.contains(words.hashes[first]) && !lists.commonWords.contains(second)
            && !words.token(first + 1).flags.contains(.allCaps) && !EntityRules.notNameHashes.contains(second)
    }

    private func opensWithOrdinaryWord(_ run: Range<Int>, _ words: Words) -> Bool {
        guard let first = run.first else { return false }
        return lists.commonWords.contains(words.hashes[first]) && !lists.givenNames.contains(words.hashes[first])
    }

    /// Whether the line holding token `index` capitalises most of its longer words, as headlines do: at least four
    /// words of four letters or more, and four in five of them capitalised.
    private func isTitleCaseLine(_ words: Words, around index: Int) -> Bool {
        var start = index
        while start > 0, !words.token(start).flags.contains(.lineBefore) { start -= 1 }
        var long = 0
        var capitalised = 0
        var position = start
        while position < words.count, position == start || !words.token(position).flags.contains(.lineBefore) {
            if words.token(position).kind == .word, words.length(position) >= 4 {
                long += 1
                if words.capitalized(position) { capitalised += 1 }
            }
            position += 1
        }
        return long >= 4 && capitalised * 5 >= long * 4
    }

    /// Whether a one-word city, planet or organisation match is really part of a person's name, which the person
    /// rules then find: after a given name ("Phil Ford", "Jack London", "Michael Venus"), between a title and another
    /// capitalised word ("Dr. Regina Benjamin"), or an organisation's one-word name after a title that takes a single
    /// name ("President Ford").
    private func isPartOfAName(_ item: Found, _ words: Words, titleEnds: [Int: Bool]) -> Bool {
        let index = item.tokens.lowerBound
        if item.type == .person {
            // A surname alone, or with the Arabic article before it in lower case ("Bassel al-Assad").
            let surname = item.tokens.count == 1 || item.tokens.count == 3 && !words.capitalized(index)
            return surname && isAnotherBearer(of: item, words)
        }
        guard item.tokens.count == 1 else { return false }
        guard item.type == .organization || item.type == .place else { return false }
        let token = words.token(index)
        guard token.kind == .word, !token.flags.contains(.allCaps) else { return false }
        // A given name that a list also knows as a place or a firm, before a surname: "Brent Sherwood said",
        // "Chelsea Clinton" — not before an ordinary word ("Brent crude", "Victoria Falls").
        let next = index + 1
        // A country's name, or a given name that is also a word or a place, opens a person's only before a surname
        // the lists know: "Jordan Clarke", "Chad Gallagher", "Austin Chatman".
        let given = lists.givenNames.contains(words.hashes[index])
        if item.kind != "Country" && given || next < words.count && lists.surnames.contains(words.hashes[next]),
            given || lists.wordGivenNames.contains(words.hashes[index]),
            !EntityRules.notNameHashes.contains(words.hashes[index]), opensNameBeforeSurname(index, words)
        {
            return true
        }
        // "Christine Monaco", "Jack London", "Michael Venus": after a given name.
        guard
            item.type == .organization || item.kind == "City" || item.kind == "CelestialBody"
                || item.kind == "Country",
            !token.flags.contains(.lineBefore)
        else {
            return false
        }
        if index > 0, words.capitalized(index - 1), lists.givenNames.contains(words.hashes[index - 1]),
            !words.token(index - 1).flags.contains(.allCaps),
            !EntityRules.notNameHashes.contains(words.hashes[index - 1])
        {
            return true
        }
        // "when Lynell Hamilton was lost": a town's name that is a census surname, after a name no list knows,
        // mid-sentence and after no preposition of place, before what follows a person's name.
        if item.type == .place, index > 1, lists.surnames.contains(words.hashes[index]),
            isUnknownNameWord(index - 1, words), !words.opensSentence(index - 1), !words.capitalized(index - 2),
            !EntityRules.placePrepositionHashes.contains(words.hashes[index - 2]),
            next < words.count, EntityRules.personFollowerHashes.contains(words.hashes[next])
        {
            return true
        }
        guard let honorific = titleEnds[index] else { return false }
        if honorific, item.type == .organization { return true }
        // "Mr Vaughan says", "Dr. Regina": after a form of address, always a surname (not a ship's "MS Columbus").
        if index > 0, !words.token(index - 1).flags.contains(.allCaps),
            EntityRules.formsOfAddress.contains(words.string(index - 1).lowercased())
        {
            return true
        }
        return next < words.count && words.capitalized(next) && words.token(next).kind == .word
            && !EntityRules.notNameHashes.contains(words.hashes[next])
            && !EntityRules.organizationHeadHashes.contains(words.hashes[next])
            && !EntityRules.placeHeadHashes.contains(words.hashes[next])
    }

    /// Whether a firm's one-word name opens a product's name: a capitalised word right after it that is no head of
    /// an organisation, legal form, title, day or month, nor another name the gazetteer knows ("Nintendo Switch",
    /// "Intel Core", "Ford Escort"; not "Apple CEO Tim Cook", "Nissan Motor Co.", "Google on Monday").
    private func isProductName(
        _ item: Found,
        _ words: Words,
        knownStarts: Set<Int>,
        titleEndByStart: [Int: Int]
    ) -> Bool {
        guard item.type == .organization, item.kind == "Corporation", item.tokens.count == 1 else { return false }
        let next = item.tokens.upperBound
        guard next < words.count, !knownStarts.contains(next), titleEndByStart[next] == nil else { return false }
        let token = words.token(next)
        let hash = words.hashes[next]
        guard token.kind == .word, token.flags.contains(.capitalized), token.flags.contains(.spaceBefore),
            !token.flags.contains(.lineBefore), !words.opensSentence(next),
            !EntityRules.organizationHeadHashes.contains(hash), !EntityRules.legalFormHashes.contains(hash),
            !EntityRules.venueHeadHashes.contains(hash),
            !EntityRules.calendarHashes.contains(hash), !EntityRules.notNameHashes.contains(hash),
            !lists.givenNames.contains(hash), words.length(next) >= 2
        else { return false }
        // "Microsoft Security Response Center": capitalised words ending in a head name a part of the firm.
        var end = next
        while end < min(words.count, next + 4), words.capitalized(end), !words.token(end).flags.contains(.lineBefore) {
            if EntityRules.organizationHeadHashes.contains(words.hashes[end]) { return false }
            end += 1
        }
        return true
    }

    /// Whether the token before `index` ends a clock time: "8:05am", "7 pm", "10 a.m.".
    private static func followsClockTime(_ index: Int, _ words: Words) -> Bool {
        guard index >= 2, !words.token(index).flags.contains(.lineBefore) else { return false }
        let previous = words.string(index - 1).lowercased()
        let marker = ["am", "pm", "a.m.", "p.m."].first { previous.hasSuffix($0) }
        guard let marker else { return false }
        let digits = previous.dropLast(marker.count)
        if !digits.isEmpty { return digits.allSatisfy(\.isNumber) }
        return words.token(index - 2).kind == .number
    }

    /// Whether a firm's acronym is a role's abbreviation here: "GM" before a given name ("Angels GM Tony Reagins") or
    /// after "assistant", "interim", "former" ("promoted to assistant GM").
    private func isRoleAbbreviation(_ item: Found, _ words: Words) -> Bool {
        let index = item.tokens.lowerBound
        guard item.type == .organization, item.tokens.count == 1, words.token(index).flags.contains(.allCaps),
            EntityRules.roleAbbreviationHashes.contains(words.hashes[index])
        else { return false }
        if index > 0, !words.capitalized(index - 1), EntityRules.roleModifierHashes.contains(words.hashes[index - 1]) {
            return true
        }
        let next = index + 1
        return next + 1 < words.count && lists.givenNames.contains(words.hashes[next])
            && words.capitalized(next) && !words.token(next).flags.contains(.allCaps) && words.capitalized(next + 1)
    }

    /// Whether an organisation the list names by one ordinary word, marked `ambiguous=yes` ("Labor", "Labour"), stands
    /// where the word is the likelier reading: opening a sentence ("Labor costs rose"), or before a capitalised word
    /// that goes on with another name ("Labor Day", "Labour Secretary Hilda Solis"; not "Labor MP"), or before
    /// "party", where the rule for parties names it whole ("the Labor party").
    private static func isOrdinaryWordReading(_ item: Found, _ words: Words) -> Bool {
        guard item.type == .organization, item.tokens.count == 1, item.attributes["ambiguous"] == "yes" else {
            return false
        }
        let index = item.tokens.lowerBound
        if words.opensSentence(index) { return true }
        let next = index + 1
        guard next < words.count, !words.token(next).flags.contains(.lineBefore) else { return false }
        // "the Labor party": the rule for parties takes the whole name.
        if words.hashes[next] == EntityRules.party { return true }
        return words.capitalized(next) && !words.token(next).flags.contains(.allCaps)
    }

    /// Whether a known person's surname stands after another given name: "Hunter Biden", "Ivanka Trump" are not the
    /// Biden and Trump the list knows, and the person rules find them.
    private func isAnotherBearer(of item: Found, _ words: Words) -> Bool {
        let index = item.tokens.lowerBound
        guard index > 0, words.capitalized(index - 1), lists.givenNames.contains(words.hashes[index - 1]),
            !words.token(index - 1).flags.contains(.allCaps), !words.token(index).flags.contains(.lineBefore),
            !EntityRules.notNameHashes.contains(words.hashes[index - 1]),
            let given = item.name.split(separator: " ").first
        else { return false }
        return EntityRules.hash(String(given)) != words.hashes[index - 1]
    }

    /// A nickname in quotes between a given name and a surname is part of the name: "Vincent 'The Chin' Gigante",
    /// "Anthony \"Fat Tony\" Salerno", "Earvin “Magic” Johnson", "John “J.D.” Dorrian".
    private func nicknamed(in words: Words, claimed: [Bool], titleEnds: Set<Int>) -> [Found] {
        var result: [Found] = []
        // The first name is a given name, or any name no list takes for a word before a nickname of such names
        // ("Mun “Oner” Hyeon-jun"), outside headlines ("Watergate 'Bagman' Fred LaRue, 75, Dies").
        for index in 0..<max(0, words.count - 4) where words.capitalized(index) && !claimed[index] {
            let given = lists.givenNames.contains(words.hashes[index])
            guard
                given
                    || words.token(index).kind == .word && !lists.commonWords.contains(words.hashes[index])
                        && !EntityRules.notNameHashes.contains(words.hashes[index]) && !words.demonyms[index]
                        && !isNonPersonWord(index, words) && !isTitleCaseLine(words, around: index)
            else { continue }
            let open = index + 1
            // In brackets after a given name too: "Adam (Pacman) Jones".
            let bracketed = given && words.is(open, "(")
            guard bracketed || Self.isQuote(open, words), words.token(open).flags.contains(.spaceBefore),
                !words.token(index).flags.contains(.allCaps),
                titleEnds.contains(index) || startsName(index, words, claimed)
            else { continue }
            var close = open + 1
            // Words, or initials ("John “J.D.” Dorrian").
            while close < min(words.count, open + 7), !claimed[close],
                words.capitalized(close) && words.token(close).kind == .word
                    || close > open + 1 && words.is(close, ".") && !words.token(close).flags.contains(.spaceBefore)
            {
                close += 1
            }
            guard close > open + 1, close < words.count,
                bracketed ? words.is(close, ")") : Self.isClosingQuote(close, words),
                !words.token(close).flags.contains(.spaceBefore),
                given || ((open + 1)..<close).allSatisfy({ !lists.commonWords.contains(words.hashes[$0]) })
            else { continue }
            var surname = nameRun(in: words, from: close + 1, claimed: claimed, afterTitle: false)
            // In a headline every word is capitalised: "Vincent 'The Chin' Gigante Dies in Prison".
            if surname.count > 1, isTitleCaseLine(words, around: index) { surname = surname.prefix(1) }
            guard !surname.isEmpty, words.token(surname.lowerBound).flags.contains(.spaceBefore),
                !words.token(surname.lowerBound).flags.contains(.lineBefore),
                !containsNonPersonWord(surname, words)
            else { continue }
            result.append(Self.named(.person, words.text, index..<surname.upperBound, rule: "rule:nickname"))
        }
        return result
    }

    private func people(
        in words: Words,
        claimed: [Bool],
        known: [Found],
        titles: [TokenMatcher.Match]
    ) -> [Found] {
        let text = words.text
        var result: [Found] = nicknamed(in: words, claimed: claimed, titleEnds: Set(titles.map(\.tokens.upperBound)))
        let tokens = text.tokens
        // After a title or role; in a chain of titles ("General Manager Ed Stefanski", "Chief Deputy City Attorney
        // Terry White") after the last.
        let titleStarts = Set(titles.map(\.tokens.lowerBound))
        for match in titles {
            let title = Self.spanText(text, match.tokens)
            // Not across a line ("… Surgeon General | Today, …"); a rank that is also an adjective is one only
            // capitalised ("a major Second Amendment case", "a private Gulfstream jet").
            guard match.tokens.upperBound < words.count,
                !words.token(match.tokens.upperBound).flags.contains(.lineBefore),
                words.capitalized(match.tokens.lowerBound) || match.tokens.count > 1
                    || !EntityRules.adjectiveRankHashes.contains(words.hashes[match.tokens.lowerBound])
            else { continue }
            var nameTokens = nameRun(in: words, from: match.tokens.upperBound, claimed: claimed, afterTitle: true)
            // "Dr. Sanjay Gupta Surgeon General": the name ends where another title starts.
            // Not at a one-word title, which may be a surname ("Martin Luther King").
            if let next = titles.first(where: {
                $0.tokens.count >= 2 && nameTokens.dropFirst().contains($0.tokens.lowerBound)
            }) {
                nameTokens = nameTokens.lowerBound..<next.tokens.lowerBound
            }
            // In a headline every word is capitalised ("Microsoft Patches Major IE Bug"): a name after a title
            // opens with a given name or a surname the lists know, and is kept to those, or holds no ordinary word.
            if !nameTokens.isEmpty, isTitleCaseLine(words, around: nameTokens.lowerBound) {
                let first = words.hashes[nameTokens.lowerBound]
                if lists.givenNames.contains(first) {
                    nameTokens = nameTokens.prefix(2)
                } else if lists.surnames.contains(first) {
                    nameTokens = nameTokens.prefix(1)
                } else if nameTokens.contains(where: {
                    lists.commonWords.contains(words.hashes[$0]) || words.token($0).flags.contains(.allCaps)
                }) {
                    continue
                }
            }
            // Nor an acronym: "Major IE Bug".
            guard !nameTokens.isEmpty, !nameTokens.contains(where: titleStarts.contains),
                !containsNonPersonWord(nameTokens, words), !isNonPersonWord(nameTokens.lowerBound, words),
                !words.token(nameTokens.lowerBound).flags.contains(.allCaps)
            else { continue }
            if nameTokens.count == 1,
                !tokens[match.tokens.lowerBound].flags.contains(.capitalized)
                    || !EntityRules.honorifics.contains(title.lowercased())
            {
                continue
            }
            var item = Self.named(.person, text, nameTokens, rule: "rule:title")
            if !EntityRules.formsOfAddress.contains(title.lowercased()) {
                item.attributes["role"] = Self.roleText(title)
            }
            result.append(item)
        }
        // A transcript's speaker: "MR KIRBY: Thanks, everybody."
        for index in 0..<max(0, words.count - 2)
        where words.token(index).flags.contains(.lineBefore) && words.token(index).flags.contains(.allCaps)
            && EntityRules.speakerTitleHashes.contains(words.hashes[index])
        {
            var end = index + 1
            if words.is(end, ".") { end += 1 }
            let start = end
            while end < words.count, words.token(end).flags.contains(.allCaps), words.token(end).kind == .word,
                !claimed[end], words.length(end) >= 2
            {
                end += 1
            }
            guard end > start, end < words.count, words.is(end, ":") else { continue }
            result.append(Self.named(.person, text, start..<end, rule: "rule:speaker"))
        }
        // Surnames alone before a speech verb, kept at the end unless they are a person's named in full.
        var loneSurnames: [Int] = []
        // Next to a speech verb: "said Liu Weidong", "Liu Weidong said".
        for index in 0..<words.count where EntityRules.speechVerbHashes.contains(words.hashes[index]) {
            guard tokens[index].kind == .word, !words.capitalized(index) else { continue }
            // After "told" or "asked" stands who was spoken to — often a newspaper ("told Business Insider").
            if !EntityRules.addresseeVerbHashes.contains(words.hashes[index]) {
                var after = nameRun(in: words, from: index + 1, claimed: claimed, afterTitle: false)
                // "says ADA Fairman": a title opening the run is no part of the name, which may then be a surname.
                if let title = titles.first(where: { $0.tokens.lowerBound == index + 1 }),
                    title.tokens.upperBound < after.upperBound
                {
                    after = title.tokens.upperBound..<after.upperBound
                    if after.count == 1, !containsNonPersonWord(after, words),
                        !isNonPersonWord(after.lowerBound, words),
                        !lists.commonWords.contains(words.hashes[after.lowerBound])
                    {
                        result.append(Self.named(.person, text, after, rule: "rule:speech"))
                    }
                }
                if after.count >= 2, !containsNonPersonWord(after, words), !opensWithOrdinaryWord(after, words) {
                    result.append(Self.named(.person, text, after, rule: "rule:speech"))
                }
            }
            var end = index
            if end > 0, words.is(end - 1, ",") { end -= 1 }
            var before = withoutOpener(nameRunBackwards(in: words, endingAt: end, claimed: claimed), words)
            // "Oregon State Police Lt. Hastings said": the name starts after the title.
            if let title = titles.last(where: { before.contains($0.tokens.lowerBound) }) {
                before = min(title.tokens.upperBound, before.upperBound)..<before.upperBound
            }
            if before.count >= 2, !Self.followsIndefiniteArticle(before.lowerBound, words),
                !containsNonPersonWord(before, words),
                !opensWithOrdinaryWord(before, words)
            {
                result.append(Self.named(.person, text, before, rule: "rule:speech"))
            } else if before.count == 1, end == index, isSurnameAlone(before.lowerBound, words) {
                loneSurnames.append(before.lowerBound)
            }
        }
        // A given name and a surname: "Tobias Ellwood", "Stephen J. Townsend", "Liu Weidong".
        for index in 0..<words.count where words.capitalized(index) && lists.givenNames.contains(words.hashes[index]) {
            // "German Chancellor", "Roman Catholic": a demonym is no given name.
            // "L. Patrick Gray", "Deborra-Lee Furness": an initial, or a name hyphened to the given name, opens it.
            let opener = nameOpener(before: index, words, claimed)
            guard !claimed[index], !words.demonyms[index], !EntityRules.notNameHashes.contains(words.hashes[index]),
                opener < index || startsName(index, words, claimed)
            else { continue }
            var run = nameRun(in: words, from: index, claimed: claimed, afterTitle: true)
            // In a headline every word is capitalised ("Lindsay Lohan Checks Into Rehab"): keep the given name and
            // surname, and a middle initial — unless the next word names a place or a firm ("Betty Ford Clinic").
            if run.count > 2, isTitleCaseLine(words, around: index) {
                let initial = words.token(index + 1).flags.contains(.abbreviation) && words.length(index + 1) == 2
                let kept = index..<(index + (initial ? 3 : 2))
                if isNonPersonWord(kept.upperBound, words) { continue }
                run = kept
            }
            // "Tom Ridge", "Sally Field": a surname that also ends places' names, unless a preposition of place
            // stands before it.
            let surnameHead =
                run.count == 2 && lists.surnames.contains(words.hashes[run.upperBound - 1])
                && EntityRules.placeHeadHashes.contains(words.hashes[run.upperBound - 1])
                && (index == 0 || !EntityRules.placePrepositionHashes.contains(words.hashes[index - 1]))
            guard run.count >= 2, surnameHead || !containsNonPersonWord(run, words) else { continue }
            // "the first two Harry Potter films": a name before a lower-case noun of works names the works.
            if run.upperBound < words.count, !words.capitalized(run.upperBound),
                EntityRules.workNounHashes.contains(words.hashes[run.upperBound])
            {
                continue
            }
            result.append(Self.named(.person, text, opener..<run.upperBound, rule: "rule:given-name"))
        }
        // A given name that is also a word or a place, before a surname the census knows that is no ordinary word:
        // "Grant Gibbs", "Bill Condon", "Austin Chatman" — not "Grant Park", nor "Will Davis play?".
        for index in 0..<max(0, words.count - 1)
        where lists.wordGivenNames.contains(words.hashes[index]) && !claimed[index] {
            let next = index + 1
            guard !claimed[next], words.capitalized(index), !words.token(index).flags.contains(.allCaps),
                lists.surnames.contains(words.hashes[next]) && opensNameBeforeSurname(index, words)
                    || Self.describedAsPerson(after: next + 1, words) && opensNameBeforeAnySurname(index, words),
                next + 1 >= words.count || !words.capitalized(next + 1)
                    || words.token(next + 1).flags.contains(.lineBefore),
                !(words.opensSentence(index) && words.hashes[index] == EntityRules.will
                    && Self.sentenceAsks(from: index, words))
            else { continue }
            result.append(Self.named(.person, text, index..<(next + 1), rule: "rule:given-name"))
        }
        // A surname after an unknown name: "Peyton Manning", "Zurana Horton" — two words, the first no ordinary word
        // nor a given name the rule above has seen; the surname an ordinary word ("Manning", "Hunter") only mid-sentence
        // after a word no list knows, and not a head (so not "Bleecker Street", "Qwest Field").
        for index in 0..<words.count - 1
        where words.capitalized(index + 1) && lists.surnames.contains(words.hashes[index + 1])
            && (!lists.commonWords.contains(words.hashes[index + 1])
                || isUnknownNameWord(index, words) && !words.opensSentence(index + 1)
                    && !isNonPersonWord(index + 1, words) && !opensOtherNames(index, words))
        {
            let first = words.token(index)
            let second = words.token(index + 1)
            guard !claimed[index], !claimed[index + 1], first.kind == .word, second.kind == .word,
                first.flags.contains(.capitalized),
                !first.flags.contains(.allCaps), !second.flags.contains(.allCaps),
                !first.flags.contains(.abbreviation), !second.flags.contains(.lineBefore),
                !lists.commonWords.contains(words.hashes[index]), !lists.givenNames.contains(words.hashes[index]),
                !EntityRules.notNameHashes.contains(words.hashes[index]), !isNonPersonWord(index, words),
                !EntityRules.legalFormHashes.contains(words.hashes[index]),
                !EntityRules.holidayHashes.contains(words.hashes[index]),
                !EntityRules.notNameHashes.contains(words.hashes[index + 1]), startsName(index, words, claimed),
                // "predominately Shia Arab": a people, not a person; "in Hampton East": a part of a place (but
                // "with Kanye West", "from Kanye West").
                !words.demonyms[index + 1],
                // "stay focused in Tora Bora": a pair no list knows after "in" or "at" is a place's name, unless a
                // possessive follows it ("at Zurana Horton's funeral").
                index == 0 || !EntityRules.strictPlacePrepositionHashes.contains(words.hashes[index - 1])
                    || !EntityRules.compassHashes.contains(words.hashes[index + 1])
                        && Self.isPossessive(index + 2, words),
                index + 2 >= words.count || !words.capitalized(index + 2)
                    || words.token(index + 2).flags.contains(.lineBefore),
                index == 0 || !words.is(index - 1, "-"),
                // "the Tora Bora caves", "the Salisbury Park family": a lower-case "the" opens no person's name, nor
                // does a demonym ("Australian Search and Rescue").
                index == 0 || words.hashes[index - 1] != EntityRules.the || words.capitalized(index - 1),
                !words.demonyms[index]
            else { continue }
            var end = index + 2
            if end + 1 < words.count, words.is(end, "-"), !words.token(end).flags.contains(.spaceBefore),
                isSyllable(end + 1, words)
            {
                end += 2
            }
            // "Van Der Beek was eliminated": capitalised particles opening the sentence open the name.
            var begin = index
            while begin > 0, words.capitalized(begin - 1), EntityRules.particleHashes.contains(words.hashes[begin - 1]),
                !claimed[begin - 1]
            {
                begin -= 1
            }
            if !words.opensSentence(begin) { begin = index }
            result.append(Self.named(.person, text, begin..<end, rule: "rule:surname"))
        }
        // Initials in capitals without points and a surname no list takes for anything else: "PJ Carlesimo",
        // "CC Sabathia" (not a title, "PM Boris Johnson", an acronym a list knows, which is claimed, a point of the
        // compass, "NE Phila.", nor in a headline).
        for index in 0..<max(0, words.count - 2)
        where !claimed[index] && words.token(index).flags.contains(.allCaps) && words.length(index) == 2
            && words.token(index).kind == .word && !titleStarts.contains(index)
            && !EntityRules.compassAbbreviationHashes.contains(words.hashes[index])
            && !isTitleCaseLine(words, around: index)
        {
            let next = index + 1
            guard !claimed[next], words.capitalized(next), !words.token(next).flags.contains(.allCaps),
                !words.token(next).flags.contains(.lineBefore), words.token(next).kind == .word,
                isUnknownNameWord(next, words)
                    || lists.surnames.contains(words.hashes[next]) && !lists.commonWords.contains(words.hashes[next]),
                !lists.givenNames.contains(words.hashes[next]),
                next + 1 >= words.count || !words.capitalized(next + 1) || words.opensSentence(next + 1),
                startsName(index, words, claimed)
            else { continue }
            result.append(Self.named(.person, text, index..<(next + 1), rule: "rule:initials"))
        }
        // Initials and a surname: "P.J. Fleck", "J.J. Abrams" (places written so, "U.S.", are claimed already).
        // Spaced as well: "P. J. Hill".
        for index in 0..<max(0, words.count - 1) where !claimed[index] {
            // Not a title written so ("D. A. Will Now Seek").
            let spaced =
                isSingleInitial(index, words) && index + 2 < words.count && isSingleInitial(index + 1, words)
                && !words.token(index + 1).flags.contains(.lineBefore) && !titleStarts.contains(index)
            guard spaced || isInitials(index, words) else { continue }
            let next = spaced ? index + 2 : index + 1
            let surname = words.token(next)
            guard !claimed[next], !claimed[index + 1], words.capitalized(index), !surname.flags.contains(.lineBefore),
                surname.kind == .word, surname.flags.contains(.capitalized),
                !surname.flags.contains(.allCaps), !surname.flags.contains(.abbreviation),
                !EntityRules.notNameHashes.contains(words.hashes[next]), !isNonPersonWord(next, words),
                startsName(index, words, claimed)
            else { continue }
            result.append(Self.named(.person, text, index..<(next + 1), rule: "rule:initials"))
        }
        // Two words that no list knows, mid-sentence: "Reilly Opelka beat Gael Monfils". A name no dictionary
        // holds is a person's far more often than anything else; not after an article or a preposition of place
        // ("at Caja Magica"), not in a headline, not before a third capitalised word.
        for index in 0..<max(0, words.count - 1) where !claimed[index] && !claimed[index + 1] {
            let next = index + 1
            guard isUnknownNameWord(index, words), isUnknownNameWord(next, words), !words.demonyms[index],
                !words.demonyms[next],
                !words.token(next).flags.contains(.lineBefore), startsName(index, words, claimed),
                // "the American Hasim Rahman": after a demonym too.
                index == 0 || !words.capitalized(index - 1) || words.opensSentence(index) || words.demonyms[index - 1],
                index == 0
                    || words.hashes[index - 1] != EntityRules.the && !words.is(index - 1, "-")
                        && !EntityRules.articleHashes.contains(words.hashes[index - 1]),
                // "the "Caja Magica" centre court", "Van Der Beek": a quoted name, or the end of a longer one.
                index == 0 || !Self.isQuote(index - 1, words),
                index == 0 || !EntityRules.particleHashes.contains(words.hashes[index - 1]),
                !Self.locativeCue(before: index, in: words),
                index == 0 || !EntityRules.strictPlacePrepositionHashes.contains(words.hashes[index - 1]),
                next + 1 >= words.count || !words.capitalized(next + 1)
                    || words.token(next + 1).flags.contains(.lineBefore),
                next + 1 >= words.count || !words.is(next + 1, "-"),
                !isTitleCaseLine(words, around: index)
            else { continue }
            result.append(Self.named(.person, text, index..<(next + 1), rule: "rule:unknown-name"))
        }
        // "Schiff asked.": a surname the census knows, alone before the verb, when no one named in full bears it
        // (then coreference points it to that person).
        let fullNames = (known + result).filter { $0.type == .person && $0.tokens.count >= 2 }
        let borne = Set(fullNames.map { words.hashes[$0.tokens.upperBound - 1] })
        for index in loneSurnames where !borne.contains(words.hashes[index]) {
            result.append(Self.named(.person, text, index..<(index + 1), rule: "rule:speech"))
        }
        // Ages: "16-year-old Kimani Gray", "Scott C. Dayton, 42, of Woodbridge".
        for index in 0..<words.count where words.capitalized(index) && !claimed[index] {
            guard index == 0 || !words.capitalized(index - 1) else { continue }
            let run = withoutOpener(nameRun(in: words, from: index, claimed: claimed, afterTitle: false), words)
            // "Kowalczyk, 45, was arrested": one name before an age in commas, when it is no ordinary word.
            if run.count == 1, Self.ageFollows(run.upperBound, words), words.token(index).kind == .word,
                !words.token(index).flags.contains(.allCaps), !lists.commonWords.contains(words.hashes[index]),
                !EntityRules.notNameHashes.contains(words.hashes[index]), !words.demonyms[index],
                !isNonPersonWord(index, words)
            {
                result.append(Self.named(.person, text, run, rule: "rule:age"))
            }
            guard (2...3).contains(run.count) else { continue }
            let afterAge =
                run.lowerBound == index && index >= 3 && words.string(index - 1).lowercased() == "old"
                && words.is(index - 2, "-")
                && ["year", "years"].contains(words.string(index - 3).lowercased())
            let end = run.upperBound
            let beforeAge = Self.ageFollows(end, words)
            // "Kwame Raoul, the Illinois attorney general, filed suit": a job after a comma and an article.
            // "Ma Zhaoxu, China's vice foreign minister,": or after a name and its possessive.
            var beforeRole = false
            var roleStart: Int?
            if end + 2 < words.count, words.is(end, ",") {
                if words.hashes[end + 1] == EntityRules.the || EntityRules.articleHashes.contains(words.hashes[end + 1])
                {
                    roleStart = end + 2
                } else if words.capitalized(end + 1),
                    let possessive = ((end + 2)..<min(end + 5, words.count)).first(where: {
                        Self.isPossessive($0, words) || Self.isPluralPossessive($0, words)
                    }),
                    ((end + 1)..<possessive).allSatisfy({ words.capitalized($0) })
                {
                    roleStart = possessive + 1
                }
            }
            if let roleStart {
                beforeRole =
                    !words.token(run.lowerBound).flags.contains(.allCaps)
                    && titleStarts.contains { roleStart...(roleStart + 3) ~= $0 && !words.capitalized($0) }
            }
            if afterAge || beforeAge || beforeRole, !opensWithOrdinaryWord(run, words) || opensWithSurname(run, words),
                !words.demonyms[run.lowerBound], !containsNonPersonWord(run, words)
            {
                result.append(Self.named(.person, text, run, rule: beforeRole ? "rule:described" : "rule:age"))
            }
        }
        // Described: "Ryan Hass of the Brookings Institution", "Ryan Hass, a China policy expert at …".
        for index in 0..<words.count where words.capitalized(index) && !claimed[index] {
            if index > 0, words.capitalized(index - 1), !tokens[index].flags.contains(.lineBefore) {
                continue
            }
            let run = withoutOpener(nameRun(in: words, from: index, claimed: claimed, afterTitle: false), words)
            guard run.count >= 2, run.count <= 4, run.upperBound < tokens.count,
                !Self.followsIndefiniteArticle(run.lowerBound, words)
            else { continue }
            if words.hashes[run.upperBound] == EntityRules.of || words.is(run.upperBound, ","),
                !opensWithOrdinaryWord(run, words), !containsNonPersonWord(run, words),
                organizationStarts(after: run.upperBound, in: words, known: known)
            {
                result.append(Self.named(.person, text, run, rule: "rule:described"))
            }
        }
        result += relatives(in: words, claimed: claimed)
        // "the Ida Yarbrough apartments", "a Harry Winston boutique": a name before a building's noun names the
        // building or the firm.
        return result.filter { item in
            let next = item.tokens.upperBound
            return next >= words.count || words.capitalized(next)
                || !EntityRules.premisesNounHashes.contains(words.hashes[next])
        }
    }

    /// A relative named after the kinship noun: "his wife, Celeste,", "Nichols' mother, Claritha, and father, Gene",
    /// "his brother Vitali".
    private func relatives(in words: Words, claimed: [Bool]) -> [Found] {
        var result: [Found] = []
        let kinship = EntityRules.kinshipNounHashes
        for index in 0..<max(0, words.count - 1)
        where !words.capitalized(index) && kinship.contains(words.hashes[index]) {
            var start = index + 1
            if words.is(start, ","), start + 1 < words.count { start += 1 }
            guard !claimed[start], words.capitalized(start), !words.token(start).flags.contains(.lineBefore) else {
                continue
            }
            let run = nameRun(in: words, from: start, claimed: claimed, afterTitle: false)
            guard (1...3).contains(run.count), !containsNonPersonWord(run, words),
                !isNonPersonWord(run.lowerBound, words), !lists.commonWords.contains(words.hashes[run.lowerBound]),
                !words.token(run.lowerBound).flags.contains(.allCaps)
            else { continue }
            // What follows ends the name: a comma, a full stop, "and", or a verb in lower case (a building's noun is
            // left to the filter at the end of ``people``).
            let end = run.upperBound
            guard end >= words.count || words.token(end).kind != .word && !words.is(end, "-") || !words.capitalized(end)
            else { continue }
            result.append(Self.named(.person, words.text, run, rule: "rule:relative"))
        }
        return result
    }

    /// Whether a name may start at token `index`: what stands before it on the line is not capitalised, or is an
    /// ordinary word ("Forward Tyler Hansbrough", "Public Ombudsman Nadia Cruz"), an acronym ("Browns DL Sheldon
    /// Richardson") or a name found already ("European Union Gordon Sondland").
    private func startsName(_ index: Int, _ words: Words, _ claimed: [Bool]) -> Bool {
        guard index > 0, words.capitalized(index - 1), !words.token(index).flags.contains(.lineBefore) else {
            return true
        }
        let before = words.hashes[index - 1]
        return claimed[index - 1] || words.token(index - 1).flags.contains(.allCaps) || words.demonyms[index - 1]
            || lists.commonWords.contains(before) && !lists.givenNames.contains(before)
    }

    /// A run of name-like tokens starting at `start`: capitalised words and name particles, not known words.
    private func nameRun(in words: Words, from start: Int, claimed: [Bool], afterTitle: Bool) -> Range<Int> {
        var end = start
        // At most four names; particles and hyphens come on top ("Badran Turki Hishan al-Mazidi").
        var names = 0
        while end < words.count, names < 4 {
            let token = words.token(end)
            if end > start, token.flags.contains(.lineBefore) { break }
            if claimed[end] { break }
            let isName =
                token.kind == .word && token.flags.contains(.capitalized)
                && (!token.flags.contains(.abbreviation) || words.length(end) == 2
                    || end > start && isInitials(end, words))
                && (afterTitle && end == start || !EntityRules.notNameHashes.contains(words.hashes[end]))
            if isName {
                // An acronym ends a name: "John Milbank RRP: £23.99" (not "Charles Keating III", "George H.W. Bush").
                if token.flags.contains(.allCaps), !isInitials(end, words),
                    words.length(end) > 3
                        || end > start && words.length(end) == 3 && !Self.romanNumeral(words.string(end))
                {
                    break
                }
                // "Anthony Russell QC"; "Bettie Page T-shirts".
                if end > start,
                    token.flags.contains(.allCaps) && EntityRules.postnominalHashes.contains(words.hashes[end])
                        || words.length(end) == 1 && end + 1 < words.count && words.is(end + 1, "-")
                            && !words.token(end + 1).flags.contains(.spaceBefore)
                {
                    break
                }
                end += 1
                names += 1
            } else if end > start, token.kind == .word, !token.flags.contains(.capitalized),
                EntityRules.particleHashes.contains(words.hashes[end]), end + 1 < words.count,
                words.capitalized(end + 1)
                    || words.is(end + 1, "-") && end + 2 < words.count && words.capitalized(end + 2)
                    // Two particles: "Fernando de la Rua", "Ursula von der Leyen".
                    || end + 2 < words.count && words.token(end + 1).kind == .word
                        && !words.token(end + 1).flags.contains(.capitalized)
                        && EntityRules.particleHashes.contains(words.hashes[end + 1]) && words.capitalized(end + 2)
            {
                end += 1
            } else if end > start, words.is(end, "-"), !token.flags.contains(.spaceBefore), end + 1 < words.count,
                words.capitalized(end + 1)
            {
                end += 1
            } else if end > start, words.is(end, "-"), !token.flags.contains(.spaceBefore), end + 1 < words.count,
                isSyllable(end + 1, words)
            {
                // The second syllable of an East Asian given name: "Kim Jong-un", "Cheuk Hau-yip".
                end += 2
                names += 1
            } else {
                break
            }
        }
        // A name does not end on a particle or hyphen.
        while end > start,
            words.is(end - 1, "-")
                || EntityRules.particleHashes.contains(words.hashes[end - 1])
                    && !words.capitalized(end - 1)
        {
            end -= 1
        }
        return start..<end
    }

    private static func isQuote(_ index: Int, _ words: Words) -> Bool {
        words.is(index, "\"") || words.is(index, "\u{201C}") || words.is(index, "'") || words.is(index, "\u{2018}")
    }

    private static func isClosingQuote(_ index: Int, _ words: Words) -> Bool {
        words.is(index, "\"") || words.is(index, "\u{201D}") || words.is(index, "'") || words.is(index, "\u{2019}")
    }

    /// Whether the word at `index` may open a person's name before the next, read as a surname: a capitalised word
    /// on the same line, no ordinary word, acronym or word that ends other names, and nothing capitalised before the
    /// pair mid-sentence ("Austin Chatman", "Chelsea Clinton"; not "Brent crude", "Victoria Falls").
    private func opensNameBeforeSurname(_ index: Int, _ words: Words) -> Bool {
        let next = index + 1
        return next < words.count && words.token(next).kind == .word && words.capitalized(next)
            && !words.token(next).flags.contains(.allCaps) && !words.token(next).flags.contains(.lineBefore)
            && !lists.commonWords.contains(words.hashes[next])
            && !EntityRules.notNameHashes.contains(words.hashes[next])
            && !isNonPersonWord(next, words)
            && (index == 0 || !words.capitalized(index - 1) || words.opensSentence(index))
    }

    /// Whether the word after a given name that is also a word may be a surname no list knows, where a description
    /// of a person follows: "Bill Adgate, who works at LPL Financial".
    private func opensNameBeforeAnySurname(_ index: Int, _ words: Words) -> Bool {
        let next = index + 1
        return words.token(next).kind == .word && words.capitalized(next)
            && !words.token(next).flags.contains(.allCaps) && !words.token(next).flags.contains(.lineBefore)
            && !EntityRules.notNameHashes.contains(words.hashes[next]) && !isNonPersonWord(next, words)
            && !words.demonyms[next]
            && (index == 0 || !words.capitalized(index - 1) || words.opensSentence(index))
    }

    /// Whether a name ending before `index` is described as a person: ", who …", ", whose …" or an age (", 38,").
    private static func describedAsPerson(after index: Int, _ words: Words) -> Bool {
        guard index + 1 < words.count, words.is(index, ",") else { return false }
        return EntityRules.relativePronounHashes.contains(words.hashes[index + 1]) || ageFollows(index, words)
    }

    /// Whether "a" or "an", and perhaps a model year, stands before `index`: "in a 2008 GMC Sierra" names no one.
    private static func followsIndefiniteArticle(_ index: Int, _ words: Words) -> Bool {
        var opener = index - 1
        if opener >= 1, words.token(opener).kind == .number { opener -= 1 }
        return opener >= 0 && EntityRules.articleHashes.contains(words.hashes[opener])
    }

    /// Whether a person's age in commas starts at `index`: "Scott C. Dayton, 42, of Woodbridge".
    private static func ageFollows(_ index: Int, _ words: Words) -> Bool {
        guard index + 2 < words.count, words.is(index, ","), words.is(index + 2, ","),
            let age = Int(words.string(index + 1))
        else { return false }
        return (1...110).contains(age)
    }

    /// Where a person's name that a given name at `index` is in opens: at an initial before it ("L. Patrick Gray")
    /// or at a name hyphened to it ("Deborra-Lee Furness"), else at the given name.
    private func nameOpener(before index: Int, _ words: Words, _ claimed: [Bool]) -> Int {
        guard index > 0, !words.opensSentence(index), !claimed[index - 1] else { return index }
        let previous = words.token(index - 1)
        if previous.kind == .word, previous.flags.contains(.abbreviation), words.length(index - 1) == 2,
            words.capitalized(index - 1), startsName(index - 1, words, claimed)
        {
            return index - 1
        }
        if index >= 2, words.is(index - 1, "-"), !previous.flags.contains(.spaceBefore),
            !words.token(index).flags.contains(.spaceBefore), !claimed[index - 2],
            words.token(index - 2).kind == .word, words.capitalized(index - 2),
            !words.token(index - 2).flags.contains(.allCaps), !lists.commonWords.contains(words.hashes[index - 2]),
            startsName(index - 2, words, claimed)
        {
            return index - 2
        }
        return index
    }

    /// Whether the sentence from `index` ends in a question mark: "Will Davis play Sunday?".
    private static func sentenceAsks(from index: Int, _ words: Words) -> Bool {
        var position = index + 1
        while position < words.count, !words.opensSentence(position) {
            if words.is(position, "?") { return true }
            position += 1
        }
        return false
    }

    /// A capitalised word that is a surname and nothing else a list knows: no ordinary word, given name, title or
    /// acronym ("Schiff", "Carlineo" would need the census to know it).
    private func isSurnameAlone(_ index: Int, _ words: Words) -> Bool {
        lists.surnames.contains(words.hashes[index]) && isUnknownNameWord(index, words)
    }

    /// Whether the word at `index` stands elsewhere before another capitalised word or a bracket, as a brand before
    /// its products does ("Pokemon Sword", "Pokemon Shield", "Pokemon (Sword or Shield)") and a given name rarely.
    private func opensOtherNames(_ index: Int, _ words: Words) -> Bool {
        let hash = words.hashes[index]
        let next = words.hashes[index + 1]
        for position in 0..<(words.count - 1) where position != index && words.hashes[position] == hash {
            if words.hashes[position + 1] != next, words.capitalized(position + 1) || words.is(position + 1, "(") {
                return true
            }
        }
        return false
    }

    /// Whether token `index` is one capital and a point: "P." in "P. J. Hill".
    private func isSingleInitial(_ index: Int, _ words: Words) -> Bool {
        let token = words.token(index)
        return token.kind == .word && token.flags.contains(.abbreviation) && token.flags.contains(.capitalized)
            && words.length(index) == 2
    }

    /// Initials written with full stops: "P.J.", "J.J.", "A.J.".
    private func isInitials(_ index: Int, _ words: Words) -> Bool {
        let token = words.token(index)
        guard token.kind == .word, token.flags.contains(.abbreviation), words.length(index) == 4 else { return false }
        let scalars = words.text.scalars
        let start = Int(token.start)
        return scalars[start + 1] == "." && scalars[start + 3] == "."
    }

    /// A capitalised word that may be part of a name no list knows: no ordinary word, given name, title, head of
    /// an organisation's or place's name, nor an acronym or abbreviation.
    private func isUnknownNameWord(_ index: Int, _ words: Words) -> Bool {
        let token = words.token(index)
        let hash = words.hashes[index]
        return token.kind == .word && token.flags.contains(.capitalized) && !token.flags.contains(.allCaps)
            && !token.flags.contains(.abbreviation) && words.length(index) >= 2
            && !lists.commonWords.contains(hash) && !lists.givenNames.contains(hash)
            && !EntityRules.notNameHashes.contains(hash) && !isNonPersonWord(index, words)
    }

    /// A short lower-case word glued to a hyphen that is no English word: "un" in "Jong-un", "hyeok" in "Sang-hyeok",
    /// not "led" in "Smith-led".
    private func isSyllable(_ index: Int, _ words: Words) -> Bool {
        let token = words.token(index)
        return token.kind == .word && !token.flags.contains(.capitalized) && !token.flags.contains(.spaceBefore)
            && words.length(index) <= 6 && !lists.commonWords.contains(words.hashes[index])
    }

    private func nameRunBackwards(in words: Words, endingAt end: Int, claimed: [Bool]) -> Range<Int> {
        var start = end
        while start > 0, end - start < 5 {
            let token = words.token(start - 1)
            // A hyphen inside a name: "Al-Masri".
            if words.is(start - 1, "-"), start >= 2, start < end, !token.flags.contains(.spaceBefore),
                words.capitalized(start - 2)
            {
                start -= 1
                continue
            }
            guard token.kind == .word, token.flags.contains(.capitalized), !claimed[start - 1],
                !EntityRules.notNameHashes.contains(words.hashes[start - 1]),
                !token.flags.contains(.allCaps) || words.length(start - 1) <= 3
            else { break }
            start -= 1
            if token.flags.contains(.lineBefore) { break }
        }
        return start..<end
    }

    private func organizationStarts(after index: Int, in words: Words, known: [Found]) -> Bool {
        // Within the next eight tokens a known or form-recognised organisation begins.
        let limit = min(words.count, index + 9)
        return known.contains {
            $0.type == .organization && $0.tokens.lowerBound > index && $0.tokens.lowerBound < limit
        }
            || (index..<limit).contains { position in
                words.capitalized(position) && EntityRules.organizationHeadHashes.contains(words.hashes[position])
            }
    }

    /// Whether the capitalised words from `start` end in a head of their own: "for the New South Wales Bureau of
    /// Crime Statistics" names a second organisation, "Office for the Western District" does not.
    private func namesOwnOrganization(from start: Int, _ words: Words) -> Bool {
        var position = start
        while position < words.count, words.capitalized(position), !words.opensSentence(position) || position == start {
            if EntityRules.organizationHeadHashes.contains(words.hashes[position]) { return true }
            position += 1
        }
        return false
    }

    /// A name found by a rule: its own entity, `assay:person/scott-bessent`, kind the type's name.
    private static func named(
        _ type: MentionType,
        _ text: TokenizedText,
        _ tokens: Range<Int>,
        rule: String
    ) -> Found {
        let name = spanText(text, tokens)
        return Found(
            tokens: tokens,
            type: type,
            kind: type.rawValue,
            name: name,
            entity: "assay:\(type.rawValue.lowercased())/" + slug(name),
            rule: rule
        )
    }

    /// The title as a role, each word capitalised and short acronyms kept: "treasury secretary" → "Treasury Secretary".
    private static func roleText(_ title: String) -> String {
        title.split(separator: " ").map { word in
            word.count <= 3 && word.uppercased() == word ? String(word) : word.prefix(1).uppercased() + word.dropFirst()
        }.joined(separator: " ")
    }

    // MARK: - Organisations

    private func organizations(
        in words: inout Words,
        claimed: [Bool],
        placeWords: [Bool],
        headWords: [Bool],
        organizationEnds: Set<Int>,
        titleWords: [Bool]
    ) -> [Found] {
        var result: [Found] = []
        var index = 0
        while index < words.count {
            guard words.capitalized(index), !claimed[index] else {
                index += 1
                continue
            }
            // The longest capitalised phrase from here, with lower-case connectors inside.
            var end = index
            var lastCapital = index
            var headline: Bool?
            // Where the run ends before its first place, should the whole run be no name: "Daily News Egypt".
            var endBeforePlace: Int?
            while end < words.count, !claimed[end] || end > index && (placeWords[end] || headWords[end]) {
                let token = words.token(end)
                if end > index,
                    words.opensSentence(end) || EntityRules.calendarHashes.contains(words.hashes[end])
                {
                    break
                }
                // A title inside a run ends a name: "Woodburn Police Department Capt. Tom Tennant", "Superior Court
                // Judge Rowland Barnes"; not "Sondland and Energy Secretary Rick Perry", "France Telecom Marine, a".
                if end > index, titleWords[end],
                    token.flags.contains(.abbreviation)
                        || lastCapital == end - 1 && EntityRules.organizationHeadHashes.contains(words.hashes[end - 1])
                            && Self.titleNamesSomeone(from: end, words, titleWords)
                            && !(index..<end).contains(where: {
                                words.hashes[$0] == EntityRules.and || words.is($0, "&")
                            })
                {
                    break
                }
                // A place continues a name after a capitalised word or "of" ("University of Alaska Fairbanks"),
                // not after "and", nor in a headline, where every word is capitalised.
                if claimed[end], headWords[end] {
                    // The listed word ends the run: "Endangered Species Coalition".
                    lastCapital = end
                    end += 1
                    break
                }
                if claimed[end] {
                    let previous = words.hashes[end - 1]
                    if previous == EntityRules.and || words.is(end - 1, "&") { break }
                    if headline == nil { headline = isTitleCaseLine(words, around: index) }
                    if headline == true { break }
                    if endBeforePlace == nil { endBeforePlace = lastCapital + 1 }
                }
                // "Ceres Robotics and Tyvak Nano-Satellite Systems": two names, the first complete with its head;
                // not "Department of Energy and Climate Change".
                // "Australian Securities and Investment Commission" is one: its first half has no word of its own.
                if words.hashes[end] == EntityRules.and,
                    EntityRules.organizationHeadHashes.contains(words.hashes[lastCapital]),
                    !(index..<end).contains(where: { EntityRules.innerConnectorHashes.contains(words.hashes[$0]) }),
                    (index..<end).contains(where: {
                        !words.demonyms[$0] && !lists.commonWords.contains(words.hashes[$0])
                    })
                {
                    break
                }
                if token.flags.contains(.capitalized) || token.kind == .number && end > index {
                    lastCapital = end
                    end += 1
                } else if end > index, EntityRules.connectorHashes.contains(words.hashes[end]), end + 1 < words.count,
                    words.capitalized(end + 1)
                {
                    end += 1
                } else if end > index, end + 2 < words.count, words.hashes[end + 1] == EntityRules.the,
                    words.hashes[end] == EntityRules.of
                        || words.hashes[end] == EntityRules.forWord && !namesOwnOrganization(from: end + 2, words),
                    words.capitalized(end + 2),
                    (index..<end).contains(where: { EntityRules.organizationOpenerHashes.contains(words.hashes[$0]) })
                {
                    // "Office of the Inspector General", "Office for the Western District"; not "Ryan Hass of the
                    // Brookings Institution".
                    end += 2
                } else if end > index, end + 1 < words.count, Self.isPossessive(end, words),
                    lists.commonWords.contains(words.hashes[end - 1]),
                    EntityRules.organizationHeadHashes.contains(words.hashes[end + 1])
                        || EntityRules.organizationOpenerHashes.contains(words.hashes[end + 1])
                {
                    // "the Sheriff's Office", "U.S. Attorney's Office", "Children's Hospital".
                    end += 1
                } else if end > index, end + 1 < words.count, Self.isPluralPossessive(end, words),
                    lists.commonWords.contains(words.hashes[end - 1]), words.capitalized(end + 1),
                    EntityRules.organizationHeadHashes.contains(words.hashes[end + 1])
                        || EntityRules.organizationOpenerHashes.contains(words.hashes[end + 1])
                {
                    // A plural's possessive: "Taunton Deane Magistrates' Court", "Workers' Party".
                    end += 1
                } else if end > index + 1, Self.gluedHyphen(end, words),
                    EntityRules.hyphenPrefixHashes.contains(words.hashes[end - 1]),
                    words.token(end + 1).kind == .word
                {
                    // A prefix's compound: "Security and Co-operation", "National Anti-corruption Bureau".
                    end += 2
                    lastCapital = end - 1
                } else {
                    break
                }
            }
            end = lastCapital + 1
            var start = index
            // "A Norwalk Superior Court judge", "At the Palma Boys Social Club"; "In 1996 the Miami New Times": a
            // number before a function word opens no name either.
            while start + 1 < end,
                EntityRules.functionWordHashes.contains(words.hashes[start])
                    || words.token(start).kind == .number
                        && EntityRules.functionWordHashes.contains(words.hashes[start + 1])
            {
                start += 1
            }
            // "CEO and Founder of Ceres Robotics Inc.": the titles before "of" are no part of the name.
            var afterTitles = start
            while afterTitles < end, titleWords[afterTitles] || words.hashes[afterTitles] == EntityRules.and {
                afterTitles += 1
            }
            if afterTitles > start, afterTitles + 1 < end, words.hashes[afterTitles] == EntityRules.of {
                start = afterTitles + 1
            }
            // "Abolishing the People's Council": an ordinary word opening the sentence before "the" is no part of it.
            if start + 2 < end, words.opensSentence(start), words.hashes[start + 1] == EntityRules.the,
                lists.commonWords.contains(words.hashes[start]),
                !EntityRules.organizationOpenerHashes.contains(words.hashes[start])
            {
                start += 2
            }
            // "Former Kutztown University": a word that dates a tie is no part of the name.
            while start + 2 < end, EntityRules.tieModifierHashes.contains(words.hashes[start]) { start += 1 }
            // "Analyst Rob Enderle of Enderle Group": before "of", words with no head or opener are a person's, and
            // the name is what follows "of" — not "Bank of America", "University of Alaska".
            if let of = (start..<end).first(where: { words.hashes[$0] == EntityRules.of }), of > start,
                !(start..<of).contains(where: {
                    EntityRules.organizationHeadHashes.contains(words.hashes[$0])
                        || EntityRules.organizationOpenerHashes.contains(words.hashes[$0])
                }),
                organizationSpan(words, (of + 1)..<end) != nil
            {
                start = of + 1
            }
            // "Companies Inc." after "Lowe's" is the end of a name, not one.
            let opensWithLegalForm =
                words.hashes[start] == EntityRules.companies
                || EntityRules.legalFormHashes.contains(words.hashes[start])
            // "Greek Media are taking part": the press of a country, not a firm.
            let press = end - start == 2 && words.demonyms[start] && words.hashes[end - 1] == EntityRules.media
            if !opensWithLegalForm, !press,
                var span = organizationSpan(words, start..<end)
                    ?? endBeforePlace.flatMap({ $0 > start ? organizationSpan(words, start..<$0) : nil })
                    // "New South Wales Emergency Service", "the Miami New Times": a listed place opening the run, or
                    // right before it (``absorbLeadingPlaces``), opens a name that ends in a head, though "New" alone
                    // opens none.
                    ?? (EntityRules.organizationHeadHashes.contains(words.hashes[end - 1])
                        && (Self.leadingPlaceEnd(start..<end, placeWords) != nil
                            || end - start >= 2 && start > 0 && placeWords[start - 1]
                                && !words.token(start).flags.contains(.lineBefore))
                        ? start..<end : nil)
                    ?? Self.leadingPlaceEnd(start..<end, placeWords).flatMap({ placeEnd in
                        organizationSpan(words, placeEnd..<end).map { start..<$0.upperBound }
                    })
            {
                // "Baptist Union of Australia": a head before "of" and a place names the place's body.
                if span.upperBound + 1 < end, words.hashes[span.upperBound] == EntityRules.of,
                    EntityRules.organizationHeadHashes.contains(words.hashes[span.upperBound - 1]),
                    ((span.upperBound + 1)..<end).allSatisfy({ placeWords[$0] })
                {
                    span = span.lowerBound..<end
                }
                // "BREAKING NEWS": ordinary words in capitals are a banner, not a name.
                let shouted = span.allSatisfy {
                    words.token($0).flags.contains(.allCaps) && lists.commonWords.contains(words.hashes[$0])
                }
                // "In the West Bank": a known place whose last word is also a head is the place.
                let knownPlace = span.allSatisfy { placeWords[$0] }
                // "Members of Parliament": a title, not a body.
                let members =
                    span.count >= 3 && EntityRules.memberHashes.contains(words.hashes[span.lowerBound])
                    && words.hashes[span.lowerBound + 1] == EntityRules.of
                if members {
                    index = span.upperBound
                    continue
                }
                // "Woomera Detention Centre", "World Trade Center": a centre of these kinds is a site, not a body.
                let site =
                    span.count >= 2 && EntityRules.centreHashes.contains(words.hashes[span.upperBound - 1])
                    && EntityRules.siteCentreHashes.contains(words.hashes[span.upperBound - 2])
                if !isHeadlinePhrase(span, words), !shouted, !knownPlace {
                    result.append(
                        Self.named(
                            site ? .place : .organization,
                            words.text,
                            span,
                            rule: site ? "rule:place-form" : "rule:org-form"
                        )
                    )
                }
                index = span.upperBound
                continue
            }
            // "The Gophers (9-1, 6-1)": a plural name after "the" with a win-loss record is a team, and so is one in
            // an account of games ("the Sycamores outlasted Evansville"); its other mentions are found below. A
            // listed place is no team's nickname ("The United States lost to Canada").
            if end - start <= 2, start > 0, words.hashes[start - 1] == EntityRules.the,
                words.string(end - 1).hasSuffix("s"), !(start..<end).allSatisfy({ placeWords[$0] }),
                Self.followedByRecord(end, words)
                    || isTeamNickname(start..<end, words) && words.tellsGames()
            {
                var team = Self.named(.organization, words.text, start..<end, rule: "rule:team-record")
                team.kind = "SportsTeam"
                result.append(team)
                index = end
                continue
            }
            // "US Embassy", "Delhi Police", "Texas Senate": a head right after a place joins it (``absorbLeadingPlaces``);
            // "Weibo Gaming", "Ford Foundation": right after a listed organisation, a head of a body of its own goes on
            // with the name (``mergeAdjacentOrganizations``); not "Wells Fargo Bank", "NBC News", "CNN Center".
            if end - start == 1, start > 0,
                placeWords[start - 1]
                    || organizationEnds.contains(start) && EntityRules.ownBodyHeadHashes.contains(words.hashes[start]),
                !words.token(start).flags.contains(.lineBefore),
                EntityRules.organizationHeadHashes.contains(words.hashes[start]),
                !words.token(start).flags.contains(.allCaps), !isTitleCaseLine(words, around: start)
            {
                result.append(Self.named(.organization, words.text, start..<end, rule: "rule:org-form"))
                index = end
                continue
            }
            if start < end, let (span, rule) = describedOrganization(words, start..<end, titleWords) {
                result.append(Self.named(.organization, words.text, span, rule: rule))
                index = max(span.upperBound, index + 1)
                continue
            }
            index = max(end, index + 1)
        }
        // The other mentions of a team found by its record: "The Gophers play Saturday".
        let teams = result.filter { $0.rule == "rule:team-record" }
        for team in teams {
            let hashes = team.tokens.map { words.hashes[$0] }
            for start in 0..<max(0, words.count - hashes.count + 1) where start != team.tokens.lowerBound {
                let span = start..<(start + hashes.count)
                guard span.allSatisfy({ !claimed[$0] && words.capitalized($0) }),
                    zip(span, hashes).allSatisfy({ words.hashes[$0.0] == $0.1 }),
                    span.upperBound >= words.count || !words.capitalized(span.upperBound),
                    start == 0 || !words.capitalized(start - 1) || words.opensSentence(start),
                    !result.contains(where: { $0.tokens.overlaps(span) })
                else { continue }
                result.append(Self.copy(team, tokens: span, rule: "rule:team-record"))
            }
        }
        // A site named by its domain: "Moneycontrol.com", "Polygraph.info".
        for index in 0..<max(0, words.count - 2) where words.capitalized(index) && !claimed[index] {
            guard words.is(index + 1, "."), EntityRules.topLevelDomainHashes.contains(words.hashes[index + 2]),
                !words.token(index + 1).flags.contains(.spaceBefore),
                !words.token(index + 2).flags.contains(.spaceBefore), !claimed[index + 2],
                index + 3 >= words.count || words.token(index + 3).flags.contains(.spaceBefore)
                    || !words.is(index + 3, "/"),
                !result.contains(where: { $0.tokens.contains(index) })
            else { continue }
            result.append(Self.named(.organization, words.text, index..<(index + 3), rule: "rule:domain"))
        }
        // An unknown acronym named as an organisation: "its regulator ARECOMS", "ARECOMS said".
        for index in 0..<words.count where !claimed[index] && words.token(index).flags.contains(.allCaps) {
            let length = words.length(index)
            guard length >= 3, length <= 8, !result.contains(where: { $0.tokens.contains(index) }) else { continue }
            let word = words.string(index)
            guard !EntityRules.notOrganizationAcronyms.contains(word), Self.romanNumeral(word) == false else {
                continue
            }
            let introduced = (max(0, index - 2)..<index).contains {
                EntityRules.organizationNounHashes.contains(words.hashes[$0])
            }
            let speaks = index + 1 < words.count && EntityRules.speechVerbHashes.contains(words.hashes[index + 1])
            // A broadcaster's call letters: "KYW’s Pat Loeb", "told WDIV", "Boston WCVB sportscaster" — not a word
            // in capitals ("WHAT", "WINS"), nor one of a line in capitals.
            let callLetters =
                (3...4).contains(length) && (word.hasPrefix("K") || word.hasPrefix("W"))
                && word.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) })
                && !lists.commonWords.contains(words.hashes[index])
                && !Self.shoutedNeighbour(index, words)
            if introduced || speaks || callLetters {
                result.append(Self.named(.organization, words.text, index..<(index + 1), rule: "rule:acronym"))
            }
        }
        return result
    }

    /// "the 2008 Beijing Olympics", "the Sydney to Hobart Yacht Race", "the U.S. Masters", "the Cannes Film
    /// Festival": a place opening the name of an event is part of the event's name, which names no place.
    private func placesInEventNames(_ found: inout [Found], in words: Words) {
        guard found.contains(where: { $0.type == .place }) else { return }
        var inEvent = Set<Int>()
        for (position, item) in found.enumerated() where item.type == .place {
            var end = item.tokens.upperBound
            while end < words.count, !words.token(end).flags.contains(.lineBefore) {
                // Not across initials or capitals: "Fort Worth P.D. Open the door!"
                let token = words.token(end)
                if words.capitalized(end), token.kind == .word, !token.flags.contains(.abbreviation),
                    !token.flags.contains(.allCaps)
                {
                    end += 1
                } else if end + 1 < words.count, words.hashes[end] == EntityRules.to, words.capitalized(end + 1) {
                    end += 1
                } else {
                    break
                }
            }
            guard end > item.tokens.upperBound, end >= words.count || !words.capitalized(end) else { continue }
            let last = words.hashes[end - 1]
            let pair = end - item.tokens.upperBound >= 2 ? Self.pairHash(words.hashes[end - 2], last) : 0
            guard EntityRules.eventHeadHashes.contains(last) || EntityRules.eventHeadPairs.contains(pair) else {
                continue
            }
            inEvent.insert(position)
            for (other, place) in found.enumerated()
            where place.type == .place && place.tokens.lowerBound > item.tokens.lowerBound
                && place.tokens.upperBound <= end
            {
                inEvent.insert(other)
            }
        }
        found = found.enumerated().filter { !inEvent.contains($0.offset) }.map(\.element)
    }

    /// "``Crocodile Dundee''", "“Emily in Paris”", "the “America's Most Wanted” show": a place inside a quoted
    /// title of capitalised words is part of the title. A place quoted alone ("“Broadway”") stays one.
    private func placesInQuotedTitles(_ found: inout [Found], in words: Words) {
        guard found.contains(where: { $0.type == .place }) else { return }
        var titles: [Range<Int>] = []
        var index = 0
        while index < words.count {
            defer { index += 1 }
            guard words.is(index, "\u{201C}") || words.is(index, "\"") || words.is(index, "`") else { continue }
            var start = index + 1
            if start < words.count, words.is(start, "`") { start += 1 }
            var end = start
            while end < words.count, end - start < 10, !words.token(end).flags.contains(.lineBefore) {
                let token = words.token(end)
                if token.kind == .word,
                    words.capitalized(end) || EntityRules.titleConnectorHashes.contains(words.hashes[end])
                        || Self.isPossessive(end, words)
                {
                    end += 1
                } else if words.is(end, "-") || words.is(end, ":") || token.kind == .number {
                    end += 1
                } else {
                    break
                }
            }
            func closes(_ position: Int) -> Bool {
                position < words.count
                    && (words.is(position, "\u{201D}") || words.is(position, "\"") || words.is(position, "'"))
            }
            // The title may end with its sentence's full stop inside the quotes: "Meet the Press."
            guard end > start + 1, closes(end) || end < words.count && words.is(end, ".") && closes(end + 1) else {
                continue
            }
            titles.append(start..<end)
            index = end
        }
        guard !titles.isEmpty else { return }
        found.removeAll { item in
            item.type == .place
                && titles.contains {
                    $0.contains(item.tokens.lowerBound) && $0.contains(item.tokens.upperBound - 1) && $0 != item.tokens
                }
        }
    }

    /// Military units named by number ("71st Counter Terrorism Battalion", "507th Air Refueling Wing"), with the
    /// larger units they belong to after commas ("3rd Battalion, 321st Field Artillery Regiment") and the smallest
    /// named by a word before them ("Abel Battery, 3rd Battalion"). A listed organisation inside one ("5th Special
    /// Forces Group") gives way to it.
    private func militaryUnits(in words: Words, claimed: [Bool], known: [Found]) -> [Found] {
        var inOrganization = [Bool](repeating: false, count: words.count)
        for item in known where item.type == .organization { for index in item.tokens { inOrganization[index] = true } }
        // The end of the unit named from the ordinal at `start`: the last head among the capitalised words after it.
        func unitEnd(from start: Int) -> Int? {
            // Only a token that starts with a digit and ends with a letter ("321st") can be an ordinal.
            guard start < words.count, !claimed[start],
                Tokenizer.isDigit(words.text.scalars[Int(words.token(start).start)]),
                !Tokenizer.isDigit(words.text.scalars[Int(words.token(start).end) - 1]),
                Self.isOrdinal(words.string(start))
            else { return nil }
            var end: Int?
            var index = start + 1
            while index < words.count, words.capitalized(index), !words.opensSentence(index),
                !claimed[index] || inOrganization[index]
            {
                if EntityRules.unitHeadHashes.contains(words.hashes[index]) { end = index + 1 }
                index += 1
            }
            return end
        }
        var result: [Found] = []
        var index = 0
        while index < words.count {
            guard var end = unitEnd(from: index) else {
                index += 1
                continue
            }
            var start = index
            if start >= 3, words.is(start - 1, ","), EntityRules.subunitHeadHashes.contains(words.hashes[start - 2]),
                words.capitalized(start - 2), words.capitalized(start - 3), !claimed[start - 3], !claimed[start - 2],
                !words.opensSentence(start - 2)
            {
                start -= 3
            }
            while end + 1 < words.count, words.is(end, ","), let next = unitEnd(from: end + 1) { end = next }
            result.append(Self.named(.organization, words.text, start..<end, rule: "rule:military-unit"))
            index = end
        }
        return result
    }

    /// "impeached by the House and removed by the Senate": where the text names the US Congress or one of its
    /// chambers, "the House" ("The House voted") is the House of Representatives.
    private func legislativeHouses(in words: Words, claimed: [Bool], known: [Found]) -> [Found] {
        guard let house = usHouse, known.contains(where: { Self.usCongress.contains($0.entity) }) else { return [] }
        var result: [Found] = []
        for index in 1..<max(1, words.count) where words.hashes[index] == EntityRules.house && !claimed[index] {
            guard words.string(index) == "House", words.hashes[index - 1] == EntityRules.the,
                !words.opensSentence(index), !words.capitalized(index - 1) || words.opensSentence(index - 1),
                index + 1 >= words.count || !words.capitalized(index + 1) || words.opensSentence(index + 1)
            else { continue }
            result.append(Found(house, type: .organization, tokens: index..<(index + 1), rule: "rule:house"))
        }
        return result
    }

    /// "the Academy has asked her", "Academy spokeswoman Leslie Unger": a capitalised "Academy" on its own is the
    /// academy the text named before it; else, where the text tells of the Oscars, the Academy of Motion Picture
    /// Arts and Sciences. Not "Academy Awards" (an event) nor "Academy Street".
    private func academies(in words: Words, claimed: [Bool], known: [Found]) -> [Found] {
        var result: [Found] = []
        var oscars: Bool?
        for index in 0..<words.count where words.hashes[index] == EntityRules.academy && !claimed[index] {
            guard words.string(index) == "Academy",
                index + 1 >= words.count || !words.capitalized(index + 1) || words.opensSentence(index + 1)
                    || EntityRules.titleWordHashes.contains(words.hashes[index + 1]),
                index == 0 || words.opensSentence(index) || !words.capitalized(index - 1)
                    || words.hashes[index - 1] == EntityRules.the
            else { continue }
            if let named = known.last(where: {
                $0.type == .organization && $0.tokens.upperBound <= index && $0.tokens.count > 1
                    && $0.tokens.contains { words.hashes[$0] == EntityRules.academy }
            }) {
                result.append(Self.copy(named, tokens: index..<(index + 1), rule: "rule:academy"))
                continue
            }
            if oscars == nil { oscars = words.hashes.contains { EntityRules.oscarHashes.contains($0) } }
            guard oscars == true, let academy = motionPictureAcademy else { continue }
            result.append(Found(academy, type: .organization, tokens: index..<(index + 1), rule: "rule:academy"))
        }
        return result
    }

    /// "analyst at Lumension", "chief technology officer of Qualys", "who works at LPL Financial", "a spokeswoman for
    /// Delta": a capitalised name no list or rule knows, after a job and "at", "of" or "for", is the employer. Not a
    /// person's name ("a spokesman for John Smith", "employees of Adelson" where the text names Sheldon Adelson), a
    /// word for a time ("at Christmas"), nor the start of a longer name ("for Breaking the Silence", "Al-Haq").
    private func employers(in words: Words, claimed: [Bool], known: [Found]) -> [Found] {
        var result: [Found] = []
        var surnames: Set<UInt64> = []
        for item in known where item.type == .person { surnames.insert(words.hashes[item.tokens.upperBound - 1]) }
        for index in 1..<max(1, words.count - 1)
        where EntityRules.employerPrepositionHashes.contains(words.hashes[index]) {
            let job = words.hashes[index - 1]
            // "chief security officer with Arbor Networks", but not "works with Jones".
            guard EntityRules.employeeNounHashes.contains(job), !words.capitalized(index - 1),
                !words.capitalized(index),
                words.hashes[index] != EntityRules.with || !EntityRules.collaborationNounHashes.contains(job)
            else { continue }
            let start = index + 1
            var end = start
            while end < words.count, end - start < 4, !claimed[end], words.token(end).kind == .word,
                words.capitalized(end), !words.token(end).flags.contains(.lineBefore)
            {
                end += 1
            }
            guard end > start,
                end >= words.count || !claimed[end] && words.token(end).kind != .word
                    || !words.capitalized(end),
                end >= words.count || !words.is(end, "-") || words.token(end).flags.contains(.spaceBefore),
                end + 1 >= words.count || !EntityRules.functionWordHashes.contains(words.hashes[end])
                    || !words.capitalized(end + 1),
                !surnames.contains(words.hashes[end - 1])
            else { continue }
            let run = start..<end
            let first = words.hashes[start]
            // An ordinary word only after "at" or "for" ("a spokeswoman for Delta"; not "director of Research").
            guard
                !lists.commonWords.contains(first) || words.hashes[index] != EntityRules.of
                    || run.count > 1 && isNonPersonWord(end - 1, words),
                !run.contains(where: {
                    EntityRules.notNameHashes.contains(words.hashes[$0]) || words.demonyms[$0]
                        || EntityRules.calendarHashes.contains(words.hashes[$0])
                        || EntityRules.holidayHashes.contains(words.hashes[$0])
                }),
                !(lists.givenNames.contains(first) && run.count > 1)
            else { continue }
            result.append(Self.named(.organization, words.text, run, rule: "rule:employer"))
        }
        return result
    }

    /// "the Interior and Commerce departments", "the departments of Commerce and Interior": US departments named
    /// together by the word that names each, before or after a plural "departments".
    private func departments(in words: Words, claimed: [Bool]) -> [Found] {
        var result: [Found] = []
        guard !usDepartments.isEmpty else { return result }
        func department(_ index: Int) -> EntityLexicon.Entry? {
            guard index >= 0, index < words.count, !claimed[index], words.capitalized(index),
                !words.token(index).flags.contains(.allCaps)
            else { return nil }
            return usDepartments[words.hashes[index]]
        }
        func isSeparator(_ index: Int) -> Bool {
            index >= 0 && index < words.count
                && (words.hashes[index] == EntityRules.and || words.is(index, ",") || words.is(index, "&"))
        }
        for index in 0..<words.count where words.hashes[index] == EntityRules.departments {
            var named: [Int] = []
            var members = 0
            // Before it: "the Interior and Commerce departments", "Interior, Commerce Departments".
            var position = index - 1
            // A department the gazetteer has found already ("Treasury") goes on with the list.
            func listed(_ position: Int) -> Bool {
                position >= 0 && position < words.count && claimed[position] && words.capitalized(position)
            }
            while department(position) != nil || listed(position) {
                if department(position) != nil { named.append(position) }
                members += 1
                guard isSeparator(position - 1) else { break }
                position -= 2
                if position >= 0, words.hashes[position + 1] == EntityRules.and, words.is(position, ",") {
                    position -= 1
                }
            }
            // After it: "the departments of Commerce and Interior" (a claimed "Interior Department" ends the list).
            if named.isEmpty, index + 2 < words.count, words.hashes[index + 1] == EntityRules.of {
                position = index + 2
                while department(position) != nil || listed(position) && !named.isEmpty {
                    if department(position) != nil { named.append(position) }
                    members += 1
                    guard isSeparator(position + 1) else { break }
                    position += 2
                }
            }
            guard members >= 2 else { continue }
            for position in named.sorted() {
                guard let entry = department(position) else { continue }
                result.append(
                    Found(entry, type: .organization, tokens: position..<(position + 1), rule: "rule:departments")
                )
            }
        }
        return result
    }

    /// "to go before Parliament next year", "dealt with by the Parliament": a capitalised "Parliament" on its own is
    /// the parliament the text named before it ("the Solomon Islands Parliament" … "Parliament"), else one of its
    /// own. "Parliament House" and "Parliament Hill" go on to a capitalised word and "Members of Parliament" is a
    /// title; neither is taken.
    private func parliaments(in words: Words, claimed: [Bool], known: [Found]) -> [Found] {
        var result: [Found] = []
        for index in 0..<words.count where words.hashes[index] == EntityRules.parliament && !claimed[index] {
            guard words.string(index) == "Parliament",
                index + 1 >= words.count || !words.capitalized(index + 1) || words.opensSentence(index + 1),
                index == 0 || words.opensSentence(index) || !words.capitalized(index - 1)
                    || words.hashes[index - 1] == EntityRules.the
            else { continue }
            if index >= 2, words.hashes[index - 1] == EntityRules.of,
                EntityRules.memberHashes.contains(words.hashes[index - 2])
            {
                continue
            }
            let named = known.last {
                $0.type == .organization && $0.tokens.upperBound <= index
                    && words.hashes[$0.tokens.upperBound - 1] == EntityRules.parliament
            }
            if let named {
                result.append(Self.copy(named, tokens: index..<(index + 1), rule: "rule:parliament"))
            } else {
                result.append(Self.named(.organization, words.text, index..<(index + 1), rule: "rule:parliament"))
            }
        }
        return result
    }

    /// Whether the title starting at `index` goes on to a capitalised name: "Judge Rowland Barnes".
    private static func titleNamesSomeone(from index: Int, _ words: Words, _ titleWords: [Bool]) -> Bool {
        var next = index
        while next < words.count, titleWords[next] { next += 1 }
        return next < words.count && words.capitalized(next) && words.token(next).kind == .word
            && !words.token(next).flags.contains(.lineBefore)
    }

    /// "according to the Times", "told The News", "the Post reported", "the Herald's report": a newspaper cited as a
    /// source by the last word of its name. It is the newspaper the text names in full ("the Washington Post" … "the
    /// Post reported"), else one of its own.
    private func newspapersByTheirHead(in words: Words, claimed: [Bool], known: [Found]) -> [Found] {
        var result: [Found] = []
        for index in 1..<max(1, words.count) where EntityRules.newspaperHeadHashes.contains(words.hashes[index]) {
            guard !claimed[index], words.capitalized(index), !words.token(index).flags.contains(.allCaps),
                words.hashes[index - 1] == EntityRules.the, !words.opensSentence(index),
                index + 1 >= words.count || !words.capitalized(index + 1) || words.opensSentence(index + 1),
                index + 1 >= words.count || words.hashes[index + 1] != EntityRules.of,
                !isTitleCaseLine(words, around: index)
            else { continue }
            // Without a cue, a paper named in full still gives its short form (``coreferences(in:claimed:known:)``).
            guard Self.citesSource(before: index - 1, after: index + 1, words) else { continue }
            let head = words.hashes[index]
            if let paper = known.first(where: {
                $0.type == .organization && $0.tokens.count > 1 && words.hashes[$0.tokens.upperBound - 1] == head
            }) {
                result.append(Self.copy(paper, tokens: index..<(index + 1), rule: "rule:newspaper"))
            } else {
                result.append(Self.named(.organization, words.text, index..<(index + 1), rule: "rule:newspaper"))
            }
        }
        return result
    }

    /// Whether a name between `before` (exclusive, its "the") and `after` is cited as a source: "according to the X",
    /// "told the X", "the X reported", "the X's report".
    private static func citesSource(before: Int, after: Int, _ words: Words) -> Bool {
        if before >= 1 {
            let previous = words.hashes[before - 1]
            if EntityRules.toldHashes.contains(previous) { return true }
            if previous == EntityRules.to, before >= 2, words.hashes[before - 2] == EntityRules.according {
                return true
            }
        }
        guard after < words.count else { return false }
        if EntityRules.reportingVerbHashes.contains(words.hashes[after]) { return true }
        return Self.isPossessive(after, words) && after + 1 < words.count
            && EntityRules.sourceNounHashes.contains(words.hashes[after + 1])
    }

    /// Whether `run`, before a spokesman or a head's role, may name their body: not one word that may be a surname
    /// ("a Romney spokeswoman") or is ordinary ("Police spokesman"), nor a title's two capitals ("DA spokesman").
    private func mayNameABodyBeforeItsPeople(_ run: Range<Int>, _ words: Words) -> Bool {
        guard run.count == 1 else { return true }
        let word = run.lowerBound
        return !lists.surnames.contains(words.hashes[word]) && !lists.commonWords.contains(words.hashes[word])
            && !(words.token(word).flags.contains(.allCaps) && words.length(word) < 3)
    }

    /// Where the name after a lower-case role of a body's head at `index` starts: "president Stephan Friedli",
    /// "chief executive Kelvin Templeton", "owner, Helen Gillies".
    private static func nameAfterBodysRole(_ index: Int, _ words: Words) -> Int? {
        guard index + 1 < words.count, !words.capitalized(index) else { return nil }
        var name: Int
        if EntityRules.bodyRoleHashes.contains(words.hashes[index]) {
            name = index + 1
        } else if EntityRules.bodyRoleModifierHashes.contains(words.hashes[index]), index + 2 < words.count,
            !words.capitalized(index + 1),
            EntityRules.bodyRoleHashes.contains(words.hashes[index + 1])
                || words.hashes[index + 1] == EntityRules.director
        {
            name = index + 2
        } else {
            return nil
        }
        if name + 1 < words.count, words.is(name, ",") { name += 1 }
        return name
    }

    /// Whether a long capitalised span is a headline's words rather than a name: "Teen Killed By Police" in a line
    /// that capitalises every word and ends without a full stop, with at least two ordinary words before the head.
    private func isHeadlinePhrase(_ span: Range<Int>, _ words: Words) -> Bool {
        guard span.count >= 3 else { return false }
        let ordinary = span.dropLast().filter { lists.commonWords.contains(words.hashes[$0]) }.count
        guard ordinary >= 2 else { return false }
        var lineEnd = span.upperBound
        while lineEnd < words.count, !words.token(lineEnd).flags.contains(.lineBefore) { lineEnd += 1 }
        return !words.is(lineEnd - 1, ".") && isTitleCaseLine(words, around: span.lowerBound)
    }

    /// An unknown name that its context calls an organisation: a descriptive noun before it ("energy company Burisma")
    /// or after it ("Kosmos, a group co-founded by", "the Independent newspaper"), or a party's name before a lower-case
    /// "party" ("the Communist party").
    private func describedOrganization(
        _ words: Words,
        _ run: Range<Int>,
        _ titleWords: [Bool]
    ) -> (Range<Int>, String)? {
        let first = run.lowerBound
        let end = run.upperBound
        if end < words.count, words.hashes[end] == EntityRules.party, !words.capitalized(end),
            EntityRules.politicalWordHashes.contains(words.hashes[end - 1])
        {
            return (first..<(end + 1), "rule:org-party")
        }
        // "the Nixon administration": a president's surname before a lower-case "administration".
        if run.count <= 2, namesAdministration(surnameAt: end - 1, words) {
            return (first..<(end + 1), "rule:org-administration")
        }
        // A name, not a person's: no title or demonym in it, not opening with a given name or an ordinary word.
        guard run.count <= 4, !titleWords[first], !EntityRules.notNameHashes.contains(words.hashes[first]),
            !EntityRules.notOrganizationAcronymHashes.contains(words.hashes[first]),
            !run.contains(where: { words.demonyms[$0] }),
            !(run.count >= 2 && lists.givenNames.contains(words.hashes[first])),
            !(words.opensSentence(first) && lists.commonWords.contains(words.hashes[first]))
        else { return nil }
        // "a consulting firm called UC Global", "a company named Espiamos".
        if first >= 2, !words.capitalized(first - 1), EntityRules.namingVerbHashes.contains(words.hashes[first - 1]),
            !words.capitalized(first - 2), EntityRules.descriptorNounHashes.contains(words.hashes[first - 2])
        {
            return (run, "rule:org-described")
        }
        // "a company Christmas party": a modifier of the noun after it.
        let modifier = end < words.count && EntityRules.compoundNounHashes.contains(words.hashes[end])
        // "insurance giant HIH" names a firm; "the giant West Antarctic Ice Sheet" only describes a thing.
        let adjective =
            words.hashes[max(0, first - 1)] == EntityRules.giant
            && (first < 2 || EntityRules.functionWordHashes.contains(words.hashes[first - 2]))
        if first > 0, !modifier, !adjective, !words.token(first).flags.contains(.lineBefore),
            !words.capitalized(first - 1),
            EntityRules.descriptorNounHashes.contains(words.hashes[first - 1])
                || EntityRules.outletDescriptorHashes.contains(words.hashes[first - 1])
                    // "the journal Monthly Notices of the Royal Astronomical Society": a name that goes on.
                    && (end >= words.count || words.hashes[end] != EntityRules.of)
        {
            return (run, "rule:org-described")
        }
        // "the financially troubled travel chain, Traveland, says": after the noun and a comma, before a comma or a
        // verb of speech, a name that no list takes for a person's or a word.
        if first >= 2, words.is(first - 1, ","), !words.capitalized(first - 2),
            EntityRules.descriptorNounHashes.contains(words.hashes[first - 2]), end < words.count,
            words.is(end, ",") || EntityRules.speechVerbHashes.contains(words.hashes[end]),
            !run.contains(where: {
                lists.givenNames.contains(words.hashes[$0]) || lists.surnames.contains(words.hashes[$0])
                    || lists.commonWords.contains(words.hashes[$0]) || words.token($0).kind != .word
            })
        {
            return (run, "rule:org-described")
        }
        // "told Ruptly", "according to Axios": a source that no list knows as a person's name is an outlet's.
        if run.count <= 2, Self.followsSourceCue(first, words),
            !run.contains(where: {
                lists.givenNames.contains(words.hashes[$0]) || lists.surnames.contains(words.hashes[$0])
                    || lists.commonWords.contains(words.hashes[$0]) || words.token($0).kind != .word
            })
        {
            return (run, "rule:org-described")
        }
        // "the Independent newspaper", "the Avenues gang"; not "a Biloxi newspaper". A crime family is named with
        // its noun: "the Genovese crime family".
        let crimeFamily =
            end + 1 < words.count && words.hashes[end] == EntityRules.crime
            && words.hashes[end + 1] == EntityRules.family
        if end < words.count, !words.capitalized(end),
            EntityRules.mediaNounHashes.contains(words.hashes[end])
                || EntityRules.groupNounHashes.contains(words.hashes[end]) || crimeFamily,
            first == 0 || !EntityRules.articleHashes.contains(words.hashes[first - 1])
        {
            return (crimeFamily ? first..<(end + 2) : run, "rule:org-described")
        }
        // "TransLink spokesman Drew Snider": who a spokesman speaks for, unless the name may be a person's ("a Romney
        // spokeswoman") or is one ordinary word ("Police spokesman", "Academy spokeswoman", which the rules for
        // bodies named by one word resolve).
        if end < words.count, !words.capitalized(end), EntityRules.spokesNounHashes.contains(words.hashes[end]),
            mayNameABodyBeforeItsPeople(run, words)
        {
            return (run, "rule:org-described")
        }
        // "Adventure World president Stephan Friedli", "Blue Tongue Helicopters owner, Helen Gillies": a head of the
        // body named before the person, under the same conditions.
        if let name = Self.nameAfterBodysRole(end, words), name < words.count, words.capitalized(name),
            words.token(name).kind == .word, !words.token(name).flags.contains(.allCaps),
            lists.givenNames.contains(words.hashes[name]) || !lists.commonWords.contains(words.hashes[name]),
            mayNameABodyBeforeItsPeople(run, words),
            !(run.count == 1 && lists.givenNames.contains(words.hashes[first])),
            !run.contains(where: { titleWords[$0] || words.token($0).kind != .word })
        {
            return (run, "rule:org-described")
        }
        // "a Kraft plant", "the Casty store": a name no list takes for a word, after an article and before a firm's
        // premises, is the firm's.
        if end < words.count, run.count <= 2, first > 0, !words.capitalized(end),
            EntityRules.firmPremisesNounHashes.contains(words.hashes[end]),
            EntityRules.articleHashes.contains(words.hashes[first - 1]) || words.hashes[first - 1] == EntityRules.the,
            !run.contains(where: {
                lists.commonWords.contains(words.hashes[$0]) || lists.givenNames.contains(words.hashes[$0])
                    || words.token($0).kind != .word
            })
        {
            return (run, "rule:org-described")
        }
        // "Kosmos, a group co-founded by", "Eta, the outlawed Basque separatist group": the noun within four words of
        // the article, heading the description.
        guard end + 3 < words.count, words.is(end, ","),
            EntityRules.articleHashes.contains(words.hashes[end + 1]) || words.hashes[end + 1] == EntityRules.the
        else { return nil }
        for noun in (end + 2)..<min(end + 6, words.count - 1) {
            // "Steinberg, a partner in the firm": the noun heads the description, before any function word.
            if words.token(noun).kind != .word || words.opensSentence(noun)
                || EntityRules.functionWordHashes.contains(words.hashes[noun])
            {
                break
            }
            guard EntityRules.descriptorNounHashes.contains(words.hashes[noun]), !words.capitalized(noun) else {
                continue
            }
            let next = words.token(noun + 1)
            if next.kind != .word || EntityRules.descriptionFollowerHashes.contains(words.hashes[noun + 1]) {
                return (run, "rule:org-described")
            }
            break
        }
        return nil
    }

    /// Whether a word in capitals stands next to another on its line: "CHARGED WITH MURDER".
    private static func shoutedNeighbour(_ index: Int, _ words: Words) -> Bool {
        let before =
            index > 0 && !words.token(index).flags.contains(.lineBefore) && words.token(index - 1).kind == .word
            && words.token(index - 1).flags.contains(.allCaps) && words.length(index - 1) > 1
        let after =
            index + 1 < words.count && !words.token(index + 1).flags.contains(.lineBefore)
            && words.token(index + 1).kind == .word && words.token(index + 1).flags.contains(.allCaps)
            && words.length(index + 1) > 1
        return before || after
    }

    /// "III", "XIV": regnal and sequence numbers, not acronyms.
    private static func romanNumeral(_ word: String) -> Bool {
        word.allSatisfy { "IVXLCDM".contains($0) }
    }

    /// Where the listed place that opens `run` ends, if one does and words follow it.
    private static func leadingPlaceEnd(_ run: Range<Int>, _ placeWords: [Bool]) -> Int? {
        guard let first = run.first, placeWords[first] else { return nil }
        let end = run.first(where: { !placeWords[$0] }) ?? run.upperBound
        return end < run.upperBound ? end : nil
    }

    /// The part of a capitalised phrase that reads as an organisation's name, if any.
    private func organizationSpan(_ words: Words, _ span: Range<Int>) -> Range<Int>? {
        guard span.count >= 2 else { return nil }
        let last = span.upperBound - 1
        // "… Rare-Earth", "… Rare Earth(s)"
        if span.count >= 3, EntityRules.earthHashes.contains(words.hashes[last]),
            words.is(last - 1, "-") || words.hashes[last - 1] == EntityRules.rare
        {
            return span
        }
        // "American Petroleum Institute": a demonym opens a name, though it opens no person's.
        if EntityRules.organizationHeadHashes.contains(words.hashes[last]),
            !EntityRules.notNameHashes.contains(words.hashes[span.lowerBound]) || words.demonyms[span.lowerBound]
        {
            return span
        }
        // "Frost & Sullivan", "Simon & Schuster": names joined by a spaced ampersand, not two ordinary words
        // ("Arts & Crafts").
        if span.count == 3, words.is(span.lowerBound + 1, "&"),
            words.token(span.lowerBound + 1).flags.contains(.spaceBefore),
            !span.allSatisfy({ $0 == span.lowerBound + 1 || lists.commonWords.contains(words.hashes[$0]) }),
            !isTitleCaseLine(words, around: span.lowerBound)
        {
            return span
        }
        // "Ministry of Commerce", "Academy of Social Sciences" — possibly after a demonym or country.
        for index in span.dropLast() where EntityRules.organizationOpenerHashes.contains(words.hashes[index]) {
            // "Council on Bioethics" too.
            if EntityRules.innerConnectorHashes.contains(words.hashes[index + 1]) { return span }
        }
        return nil
    }

    // MARK: - Places

    /// Places no list knows, by their form ("Incirlik Air Base", "Camp Hurriya") or by a locative cue before them
    /// ("near Husaybah", "north of Rawah", "the village of Sarmin").
    private func places(
        in words: Words,
        claimed: [Bool],
        firmEndingAt: [Int: Int],
        regionEnds: [Int: (end: Int, isCountry: Bool)]
    ) -> [Found] {
        var result: [Found] = []
        var index = 0
        while index < words.count {
            guard words.capitalized(index), !claimed[index], words.token(index).kind == .word else {
                index += 1
                continue
            }
            // "Near Rawah, …": the cue opening the sentence is no part of the name after it.
            if words.opensSentence(index), EntityRules.locativeCueHashes.contains(words.hashes[index]) {
                index += 1
                continue
            }
            if let road = Self.numberedRoad(at: index, in: words, claimed: claimed) {
                result.append(Self.named(.place, words.text, road, rule: "rule:road"))
                index = road.upperBound
                continue
            }
            let run = placeRun(in: words, from: index, claimed: claimed)
            guard !run.isEmpty else {
                index += 1
                continue
            }
            let last = run.upperBound - 1
            if run.count <= 2, let firm = firmEndingAt[run.lowerBound],
                EntityRules.venueHeadHashes.contains(words.hashes[last]),
                !words.token(run.lowerBound).flags.contains(.lineBefore)
            {
                result.append(Self.named(.place, words.text, firm..<run.upperBound, rule: "rule:venue"))
                index = run.upperBound
                continue
            }
            let first = words.hashes[run.lowerBound]
            let street = run.count >= 2 && EntityRules.streetHeadHashes.contains(words.hashes[last])
            let byForm =
                run.count >= 2
                && (EntityRules.placeHeadHashes.contains(words.hashes[last])
                    || EntityRules.placeOpenerHashes.contains(first))
            // "Sally Field", "Della Street": a given name before a head that is also a common surname is a person's,
            // unless a preposition of place introduces it ("at Heinz Field", "on Philip Street"). "Hunter Valley" is
            // a place: few people bear "Valley".
            let before = run.lowerBound > 0 ? words.hashes[run.lowerBound - 1] : nil
            // A house number introduces a street too: "at 2088 Philip Street".
            let houseNumber =
                street && run.lowerBound > 0 && words.token(run.lowerBound - 1).kind == .number
                && words.length(run.lowerBound - 1) <= 5
            let introduced =
                houseNumber
                || before.map {
                    EntityRules.placePrepositionHashes.contains($0)
                        || street && EntityRules.streetPrepositionHashes.contains($0)
                } ?? false
            let person =
                run.count == 2 && lists.givenNames.contains(first) && lists.surnames.contains(words.hashes[last])
                && (!byForm || EntityRules.surnameHeadHashes.contains(words.hashes[last])) && !introduced
            // "outside LaCalamita's apartment": an owner, not the place.
            // "around Christmas": a time, not a place.
            // "near Egyptian coast line": a demonym names no place.
            let byCue =
                Self.locativeCue(before: run.lowerBound, in: words) && !Self.isPossessive(run.upperBound, words)
                && !EntityRules.calendarHashes.contains(first) && !EntityRules.holidayHashes.contains(first)
                && !(run.count == 1 && words.demonyms[run.lowerBound])
            // "Mt Cook", "First Street": an opener or an ordinal may start the name.
            let named =
                !EntityRules.notNameHashes.contains(first) || EntityRules.placeOpenerHashes.contains(first)
                || street && EntityRules.ordinalHashes.contains(first)
            if byForm && !person || byCue, named {
                result.append(Self.named(.place, words.text, run, rule: byForm ? "rule:place-form" : "rule:locative"))
            } else if isPlacedByRegion(run, words, introduced: introduced, regionEnds: regionEnds) {
                result.append(Self.named(.place, words.text, run, rule: "rule:town-region"))
            } else if isNamedByPlaceNoun(run, words) {
                result.append(Self.named(.place, words.text, run, rule: "rule:place-noun"))
            }
            index = run.upperBound
        }
        return numberedStreets(in: words, claimed: claimed) + result
            + placeLists(in: words, claimed: claimed)
    }

    /// A town no list knows, placed by the state, province or country after a comma: "in Wasilla, Alaska", "Millom,
    /// Cumbria", "near Kherson, Ukraine." Not "Romney, Massachusetts governor" (a surname without a preposition of
    /// place), "Hagan, North Carolina's senator" (a possessive) or "Kane, England captain" (a country needs
    /// punctuation after it).
    private func isPlacedByRegion(
        _ run: Range<Int>,
        _ words: Words,
        introduced: Bool,
        regionEnds: [Int: (end: Int, isCountry: Bool)]
    ) -> Bool {
        let comma = run.upperBound
        guard run.count <= 3, comma + 1 < words.count, words.is(comma, ","), let region = regionEnds[comma + 1],
            run.allSatisfy({ isUnlistedPlaceWord($0, words) && !words.token($0).flags.contains(.allCaps) })
        else { return false }
        if !introduced && run.contains(where: { lists.surnames.contains(words.hashes[$0]) }) { return false }
        let end = region.end
        guard end < words.count, !words.token(end).flags.contains(.lineBefore) else { return true }
        // "Alaska's governor", "Illinois' attorney general".
        if Self.isPossessive(end, words) || Self.isPluralPossessive(end, words) { return false }
        return !region.isCountry || words.token(end).kind == .punctuation
    }

    /// Whether token `index` is the possessive "'s" or "’s".
    private static func isPossessive(_ index: Int, _ words: Words) -> Bool {
        index < words.count && isPossessive(hash: words.hashes[index])
    }

    /// Whether a token's hash is the possessive "'s" (straight or curly).
    private static func isPossessive(hash: UInt64) -> Bool {
        hash == EntityRules.possessive || hash == EntityRules.curlyPossessive
    }

    /// Whether a token is an ordinal in digits: "117th", "52nd", "1st".
    private static func isOrdinal(_ word: String) -> Bool {
        let scalars = Array(word.unicodeScalars)
        guard scalars.count >= 3, scalars[0].properties.numericType != nil else { return false }
        let suffix = String(String.UnicodeScalarView(scalars.suffix(2))).lowercased()
        return EntityRules.ordinalSuffixes.contains(suffix)
            && scalars.dropLast(2).allSatisfy { ("0"..."9").contains($0) }
    }

    /// Streets named or placed by a number: "117th Street", "East 52nd Street", "1800 Pitkin Ave.".
    private func numberedStreets(in words: Words, claimed: [Bool]) -> [Found] {
        var result: [Found] = []
        let scalars = words.text.scalars
        for index in 0..<words.count where !claimed[index] {
            let token = words.token(index)
            guard Tokenizer.isDigit(scalars[Int(token.start)]) else { continue }
            let ordinal = token.kind == .word && Self.isOrdinal(words.string(index))
            guard ordinal || token.kind == .number else { continue }
            var head = index + 1
            var houseNumber = false
            if head < words.count, !words.token(head).flags.contains(.spaceBefore),
                EntityRules.ordinalSuffixHashes.contains(words.hashes[head])
            {
                head += 1
            } else if !ordinal {
                houseNumber = true
                // A house number before a name: "1800 Pitkin Ave.".
                guard words.length(index) <= 5 else { continue }
                while head < min(words.count, index + 3), words.capitalized(head), !claimed[head],
                    !EntityRules.streetHeadHashes.contains(words.hashes[head]), isUnknownNameWord(head, words)
                {
                    head += 1
                }
                guard head > index + 1 else { continue }
            }
            guard head < words.count, words.capitalized(head), !claimed[head],
                !words.token(head).flags.contains(.lineBefore),
                EntityRules.streetHeadHashes.contains(words.hashes[head])
            else { continue }
            // "1800 Pitkin Ave.": the house number finds the street but is no part of its name.
            var start = houseNumber ? index + 1 : index
            if !houseNumber && (head > index + 1 || ordinal), start > 0, words.capitalized(start - 1),
                !claimed[start - 1],
                EntityRules.compassHashes.contains(words.hashes[start - 1])
            {
                start -= 1
            }
            result.append(Self.named(.place, words.text, start..<(head + 1), rule: "rule:street"))
        }
        return result
    }

    /// A road named by its number: "Interstate 5", "Highway 214", "State Route 52", "I-95".
    private static func numberedRoad(at index: Int, in words: Words, claimed: [Bool]) -> Range<Int>? {
        func isNumber(_ position: Int) -> Bool {
            position < words.count && words.token(position).kind == .number && !claimed[position]
                && !words.token(position).flags.contains(.lineBefore)
        }
        if words.is(index, "I"), index + 2 < words.count, words.is(index + 1, "-"),
            !words.token(index + 1).flags.contains(.spaceBefore), !words.token(index + 2).flags.contains(.spaceBefore),
            isNumber(index + 2)
        {
            return index..<(index + 3)
        }
        var head = index
        if words.hashes[head] == EntityRules.state, head + 1 < words.count, words.capitalized(head + 1) { head += 1 }
        guard EntityRules.numberedRoadHashes.contains(words.hashes[head]), isNumber(head + 1) else { return nil }
        return index..<(head + 2)
    }

    /// Whether a word of a run may be part of a place's name no list knows: a particle or hyphen, or a word that is
    /// no ordinary word, demonym or word that names nothing ("Zainabieh", "Koohi"; not "Chinese", "The").
    private func isUnlistedPlaceWord(_ position: Int, _ words: Words) -> Bool {
        words.token(position).kind != .word
            || !lists.commonWords.contains(words.hashes[position]) && !words.demonyms[position]
                && !EntityRules.notNameHashes.contains(words.hashes[position])
    }

    /// A name no list knows before a lower-case noun of place: "61 in Mary region", "the Exarchia neighborhood",
    /// "Qeshm island". Its words are no ordinary words, demonyms, acronyms or heads of an organisation's name.
    private func isNamedByPlaceNoun(_ run: Range<Int>, _ words: Words) -> Bool {
        let next = run.upperBound
        guard run.count <= 3, next < words.count, !words.capitalized(next), words.token(next).kind == .word,
            EntityRules.placeNounAfterHashes.contains(words.hashes[next])
        else { return false }
        return run.allSatisfy { position in
            isUnlistedPlaceWord(position, words)
                && (words.token(position).kind != .word
                    || !EntityRules.organizationHeadHashes.contains(words.hashes[position])
                        && !words.token(position).flags.contains(.allCaps))
        }
    }

    /// The places listed after a plural noun of place: "the villages of Zainabieh and Koohi", "in the towns of
    /// Kharkiv, Izium and Kupiansk" (those a list knows stay as they are).
    private func placeLists(in words: Words, claimed: [Bool]) -> [Found] {
        var result: [Found] = []
        let listNouns = EntityRules.placeListNounHashes
        for index in 0..<words.count where !words.capitalized(index) && listNouns.contains(words.hashes[index]) {
            var position = index + 1
            // "the villages of Zainabieh and Koohi", "the hardest-hit villages were Tonban, Gavarzin and Khaledin",
            // "towns such as Palmer", "towns including Wasilla".
            if position < words.count,
                words.hashes[position] == EntityRules.of
                    || EntityRules.listIntroducerHashes.contains(words.hashes[position])
                    || words.is(position, ":")
            {
                position += 1
            } else if position + 1 < words.count, words.hashes[position] == EntityRules.such,
                words.hashes[position + 1] == EntityRules.asWord
            {
                position += 2
            }
            while position < words.count, words.capitalized(position), words.token(position).kind == .word,
                !words.token(position).flags.contains(.lineBefore)
            {
                if claimed[position] {
                    while position < words.count, claimed[position] { position += 1 }
                } else {
                    let run = placeRun(in: words, from: position, claimed: claimed)
                    guard run.count <= 3, run.allSatisfy({ isUnlistedPlaceWord($0, words) }) else { break }
                    result.append(Self.named(.place, words.text, run, rule: "rule:place-list"))
                    position = run.upperBound
                }
                if position < words.count, words.is(position, ",") { position += 1 }
                if position < words.count, words.hashes[position] == EntityRules.and { position += 1 }
            }
        }
        return result
    }

    /// Capitalised words (with "Al"/"al-" particles and inner hyphens), at most four.
    private func placeRun(in words: Words, from start: Int, claimed: [Bool]) -> Range<Int> {
        var end = start
        while end < words.count, end - start < 5, !claimed[end] {
            let token = words.token(end)
            if end > start, token.flags.contains(.lineBefore) { break }
            if token.kind == .word && token.flags.contains(.capitalized) {
                end += 1
            } else if end > start, words.is(end, "-"), !token.flags.contains(.spaceBefore), end + 1 < words.count,
                words.capitalized(end + 1)
            {
                end += 1
            } else if end > start, token.kind == .word, EntityRules.particleHashes.contains(words.hashes[end]),
                end + 1 < words.count, words.capitalized(end + 1)
            {
                end += 1
            } else {
                break
            }
        }
        return start..<end
    }

    /// "near X", "outside X", "north of X", "the town of X".
    private static func locativeCue(before index: Int, in words: Words) -> Bool {
        guard index >= 1 else { return false }
        // "near Husaybah"; "Near Rawah, two strikes …" at the start of a sentence.
        if EntityRules.locativeCueHashes.contains(words.hashes[index - 1]),
            !words.capitalized(index - 1) || words.opensSentence(index - 1)
        {
            return true
        }
        guard index >= 2 else { return false }
        let before = words.hashes[index - 2]
        // "the Member for Fremantle", "MP for Hartlepool", "Senator for Tasmania": a seat is a place.
        if words.hashes[index - 1] == EntityRules.forWord, EntityRules.seatHolderHashes.contains(before) { return true }
        guard words.hashes[index - 1] == EntityRules.of else { return false }
        return !words.capitalized(index - 2)
            && (EntityRules.compassHashes.contains(before) || EntityRules.locativeNounHashes.contains(before))
    }

    /// "Pittsburgh quarterback Mason Rudolph", "Cleveland DL Larry Ogunjobi": a city before a player's role and a
    /// name stands for its team. Its other mentions that no preposition of place introduces ("in Pittsburgh") stand
    /// for the team too. The team is the one the text names in full or by nickname ("Browns" → Cleveland Browns),
    /// else a team named after the city.
    private func teamsNamedByTheirCity(_ found: inout [Found], in words: inout Words) {
        // The cities named as teams: their entity and name.
        var cities: [String: String] = [:]
        // Only a text that names a city or a state may need it.
        let tellsGames =
            found.contains { $0.type == .place && ($0.kind == "City" || $0.kind == "State") } && words.tellsGames()
        // "against San Diego, Atlanta, Kansas City and Green Bay": a list goes on from an opponent.
        var opponentListAt = -1
        // Opponents stand for their team even after "to" or "at": "a loss to Chicago".
        var opponents: Set<Int> = []
        // "in Chapel Hill, N.C.": a state after a place and a comma says where that place is.
        let placeEnds = Set(found.filter { $0.type == .place }.map(\.tokens.upperBound))
        let personEnds = Set(found.filter { $0.type == .person }.map(\.tokens.upperBound))
        func qualifiesPlace(_ item: Found) -> Bool {
            let start = item.tokens.lowerBound
            return item.kind == "State" && start >= 1 && words.is(start - 1, ",") && placeEnds.contains(start - 1)
        }
        for item in found where item.type == .place && (item.kind == "City" || item.kind == "State") {
            if qualifiesPlace(item) { continue }
            let start = item.tokens.lowerBound
            // "Minnesota (9-1)", "No. 8 Minnesota": a win-loss record or a ranking.
            if Self.followedByRecord(item.tokens.upperBound, words) || Self.afterRanking(item.tokens.lowerBound, words)
            {
                cities[item.entity] = item.name
                continue
            }
            // In an account of games, a team's result: "Indianapolis lost a 10-point lead".
            if tellsGames, Self.beforeResult(item.tokens.upperBound, words) {
                cities[item.entity] = item.name
                continue
            }
            // In an account of games, an opponent: "a loss to Chicago", "beat Detroit", "a 31-24 win over
            // Jacksonville", "Pittsburgh's top-ranked pass defense".
            if tellsGames,
                Self.afterResult(item.tokens.lowerBound, words) || item.tokens.lowerBound == opponentListAt
                    || Self.ownsGameNoun(item.tokens.upperBound, words)
            {
                cities[item.entity] = item.name
                opponents.insert(item.tokens.lowerBound)
                var next = item.tokens.upperBound
                while next < words.count, words.is(next, ",") || words.hashes[next] == EntityRules.and { next += 1 }
                opponentListAt = next > item.tokens.upperBound ? next : -1
                continue
            }
            // In an account of games, a team by its cue: "Sam Mitchell of Toronto" (a coach's or player's), "a Chicago
            // loss", "P.J. Carlesimo (Oklahoma City)", "quarterback for Minnesota", "then with Kansas City".
            // In an account of games, a city with a plural verb, as British writers agree with a team: "New Orleans
            // have decided to rest him", "Tampa have signed".
            if tellsGames, item.tokens.upperBound < words.count,
                EntityRules.pluralVerbHashes.contains(words.hashes[item.tokens.upperBound]),
                start == 0 || !EntityRules.placePrepositionHashes.contains(words.hashes[start - 1])
            {
                cities[item.entity] = item.name
                continue
            }
            if tellsGames, start >= 2, words.hashes[start - 1] == EntityRules.of, personEnds.contains(start - 1) {
                cities[item.entity] = item.name
                opponents.insert(start)
                continue
            }
            if tellsGames,
                Self.ownsLowerCaseGameNoun(item.tokens.upperBound, words)
                    || Self.inBracketsAfterAPerson(item.tokens, words, people: personEnds)
                    || Self.playsFor(item.tokens.lowerBound, words)
            {
                cities[item.entity] = item.name
                continue
            }
            guard item.kind == "City" else { continue }
            var index = item.tokens.upperBound
            // Whether the last word before the name is a role ("left tackle"), and whether any is ("quarterback left").
            var role = false
            var anyRole = false
            while index < min(words.count, item.tokens.upperBound + 3), words.token(index).kind == .word,
                !words.capitalized(index) || words.token(index).flags.contains(.allCaps)
            {
                let hash = words.hashes[index]
                role = EntityRules.sportsRoleHashes.contains(hash)
                guard role || EntityRules.sportsModifierHashes.contains(hash) else { break }
                anyRole = anyRole || role
                index += 1
            }
            // "Pittsburgh quarterback Ben Roethlisberger"; in an account of games also "the Pittsburgh quarterback".
            let named =
                index < words.count && words.capitalized(index) && words.token(index).kind == .word
                && !EntityRules.notNameHashes.contains(words.hashes[index])
            if role && named || anyRole && tellsGames && start > 0 && words.hashes[start - 1] == EntityRules.the {
                cities[item.entity] = item.name
            }
        }
        // "Indiana State", "Wichita State" in an account of games: the university's team, not the state.
        if tellsGames {
            for position in found.indices where found[position].type == .place && found[position].tokens.count == 2 {
                let last = found[position].tokens.upperBound - 1
                guard words.hashes[last] == EntityRules.state, words.capitalized(last) else { continue }
                var team = Self.named(.organization, words.text, found[position].tokens, rule: "rule:team-state")
                team.kind = "SportsTeam"
                found[position] = team
            }
        }
        guard !cities.isEmpty else { return }
        var teams: [String: Found] = [:]
        for (entity, name) in cities {
            teams[entity] = found.first { $0.kind == "SportsTeam" && $0.name.hasPrefix(name + " ") }
        }
        for position in found.indices where cities[found[position].entity] != nil && !qualifiesPlace(found[position]) {
            let start = found[position].tokens.lowerBound
            guard
                start == 0 || opponents.contains(start)
                    || !EntityRules.placePrepositionHashes.contains(words.hashes[start - 1])
            else { continue }
            let city = found[position]
            if let team = teams[city.entity] {
                found[position] = Self.copy(team, tokens: city.tokens, rule: "rule:team-city")
            } else {
                found[position] = Self.named(.organization, words.text, city.tokens, rule: "rule:team-city")
                found[position].kind = "SportsTeam"
            }
        }
    }

    /// "Creighton defeated Drake", "a one-game lead on Wisconsin": in an account of college games, a university's
    /// short name that is also a place's, a person's or a word (the gazetteer's `sports-name`) names its team, unless
    /// a preposition of place introduces it ("in Evansville") or it is the surname of a person the text names ("Jimmy
    /// Butler" … "Butler").
    private func collegeTeams(_ found: inout [Found], in words: inout Words) {
        guard !sportsNames.isEmpty,
            found.contains(where: { $0.kind == "University" })
                || words.hashes.contains(where: { EntityRules.collegeWordHashes.contains($0) }),
            words.tellsGames()
        else { return }
        var surnames: Set<UInt64> = []
        for item in found where item.type == .person && item.tokens.count > 1 {
            surnames.insert(words.hashes[item.tokens.upperBound - 1])
        }
        var teams: [Found] = []
        var index = 0
        while index < words.count {
            // Not inside a longer name: "All-American", "Bill Butler".
            guard words.capitalized(index), let candidates = sportsNames[words.hashes[index]],
                index == 0 || words.opensSentence(index)
                    || !words.capitalized(index - 1) && !Self.gluedHyphen(index - 1, words)
            else {
                index += 1
                continue
            }
            let match = candidates.first { name in
                index + name.words.count <= words.count
                    && name.words.indices.allSatisfy { words.string(index + $0) == name.words[$0] }
            }
            guard let match else {
                index += 1
                continue
            }
            let span = index..<(index + match.words.count)
            let next = span.upperBound
            let overlapping = found.filter { $0.tokens.overlaps(span) }
            let free =
                next >= words.count || words.opensSentence(next) || !words.capitalized(next)
                || words.token(next).kind != .word
            let replaceable = overlapping.allSatisfy { item in
                span.contains(item.tokens.lowerBound) && item.tokens.upperBound <= next
                    && (item.type == .place || item.type == .person && item.rule != "gazetteer"
                        || item.rule == "rule:team-city" || item.rule == "rule:team-state")
            }
            let placed =
                index > 0 && EntityRules.placePrepositionHashes.contains(words.hashes[index - 1])
                && !Self.afterResult(index, words)
            if free, replaceable, !placed, span.count > 1 || !surnames.contains(words.hashes[index]) {
                teams.append(Found(match.entry, type: .organization, tokens: span, rule: "rule:college-team"))
            }
            index = next
        }
        guard !teams.isEmpty else { return }
        found.removeAll { item in teams.contains { $0.tokens.overlaps(item.tokens) } }
        found += teams
    }

    /// Whether token `index` is a hyphen glued to the words on both sides: "All-American".
    private static func gluedHyphen(_ index: Int, _ words: Words) -> Bool {
        words.is(index, "-") && !words.token(index).flags.contains(.spaceBefore) && index + 1 < words.count
            && !words.token(index + 1).flags.contains(.spaceBefore)
    }

    /// Marks the prefixes of ships' names and the names after them: "USS Cole", "HMS Ocean", "FS Charles de Gaulle".
    private static func markShipNames(in words: Words, _ marks: inout [Bool]) {
        for index in 0..<max(0, words.count - 1)
        where words.token(index).flags.contains(.allCaps) && EntityRules.shipPrefixHashes.contains(words.hashes[index])
        {
            guard words.capitalized(index + 1), !words.token(index + 1).flags.contains(.lineBefore) else { continue }
            var end = index + 1
            while end < words.count,
                words.capitalized(end) && !words.token(end).flags.contains(.lineBefore)
                    || EntityRules.particleHashes.contains(words.hashes[end]) && end + 1 < words.count
                        && words.capitalized(end + 1)
            {
                end += 1
            }
            for position in index..<end { marks[position] = true }
        }
    }

    /// Which tokens stand in a web address: a stretch without spaces holding "://" or opening with "www.".
    private static func addressTokens(in text: TokenizedText) -> [Bool] {
        var result = [Bool](repeating: false, count: text.tokens.count)
        let stretches = WebAddresses.stretches(in: text.scalars)
        guard !stretches.isEmpty else { return result }
        for (index, token) in text.tokens.enumerated()
        where stretches.contains(where: { $0.contains(Int(token.start)) }) {
            result[index] = true
        }
        return result
    }

    /// Whether a plural name after "the" may be a team's nickname ("the Bluejays", "the Tar Heels"): no demonym,
    /// title, event's word or ordinary plural of a surname ("the Smiths"), not in a headline.
    private func isTeamNickname(_ run: Range<Int>, _ words: Words) -> Bool {
        guard !isTitleCaseLine(words, around: run.lowerBound) else { return false }
        return run.allSatisfy {
            !words.demonyms[$0] && !words.token($0).flags.contains(.allCaps)
                && !EntityRules.notNameHashes.contains(words.hashes[$0]) && !isNonPersonWord($0, words)
        } && !lists.surnames.contains(EntityRules.hash(String(words.string(run.upperBound - 1).dropLast())))
    }

    /// Whether a game's result follows a team's name ending before `index`: "Indianapolis lost", "Creighton beat".
    private static func beforeResult(_ index: Int, _ words: Words) -> Bool {
        index < words.count && !words.capitalized(index) && EntityRules.resultVerbHashes.contains(words.hashes[index])
    }

    /// Whether a game's result names the opponent at `index`: "beat Detroit", "against Washington", "a loss to
    /// Chicago", "a victory over Detroit".
    private static func afterResult(_ index: Int, _ words: Words) -> Bool {
        guard index >= 1, !words.capitalized(index - 1) else { return false }
        let cue = words.hashes[index - 1]
        if EntityRules.opponentCueHashes.contains(cue) { return true }
        guard index >= 2 else { return false }
        let before = words.hashes[index - 2]
        if cue == EntityRules.over { return EntityRules.winHashes.contains(before) }
        if cue == EntityRules.to { return EntityRules.lossHashes.contains(before) }
        return false
    }

    /// Whether a possessive at `index` owns a noun of the game within three words: "San Diego's first meeting with
    /// the Steelers", "Pittsburgh's top-ranked pass defense".
    private static func ownsGameNoun(_ index: Int, _ words: Words) -> Bool {
        guard index < words.count,
            isPossessive(index, words) || isPluralPossessive(index, words)
        else { return false }
        for position in (index + 1)..<min(words.count, index + 5) {
            if words.token(position).kind != .word && !words.is(position, "-") { return false }
            if EntityRules.teamNounHashes.contains(words.hashes[position]) { return true }
        }
        return false
    }

    /// Whether a lower-case noun of the game follows a city at `index`: "a Chicago loss", "the Dallas defense".
    private static func ownsLowerCaseGameNoun(_ index: Int, _ words: Words) -> Bool {
        index < words.count && !words.capitalized(index) && EntityRules.teamNounHashes.contains(words.hashes[index])
    }

    /// Whether a city stands alone in brackets right after a person's name: "P.J. Carlesimo (Oklahoma City)".
    private static func inBracketsAfterAPerson(_ tokens: Range<Int>, _ words: Words, people: Set<Int>) -> Bool {
        tokens.lowerBound >= 2 && tokens.upperBound < words.count && words.is(tokens.lowerBound - 1, "(")
            && words.is(tokens.upperBound, ")") && people.contains(tokens.lowerBound - 1)
    }

    /// Whether "for" or "with" after a player's role or a verb of playing stands before `index`: "quarterback for
    /// Minnesota", "played for Boston", "then with Kansas City".
    private static func playsFor(_ index: Int, _ words: Words) -> Bool {
        guard index >= 2, words.hashes[index - 1] == EntityRules.forWord || words.hashes[index - 1] == EntityRules.with
        else { return false }
        let before = words.hashes[index - 2]
        return EntityRules.sportsRoleHashes.contains(before) || EntityRules.playingWordHashes.contains(before)
    }

    /// Whether token `index` is an apostrophe glued to a word ending in "s": "Indianapolis' coach", "Magistrates'".
    private static func isPluralPossessive(_ index: Int, _ words: Words) -> Bool {
        index > 0 && words.is(index, "'") && !words.token(index).flags.contains(.spaceBefore)
            && words.string(index - 1).hasSuffix("s")
    }

    /// Whether a win-loss record in brackets starts at `index`: "(9-1", "(4-7, 3-4)".
    private static func followedByRecord(_ index: Int, _ words: Words) -> Bool {
        guard index + 3 < words.count, words.is(index, "("), words.token(index + 1).kind == .number,
            words.is(index + 2, "-") || words.is(index + 2, "–"), words.token(index + 3).kind == .number
        else { return false }
        return (index + 1...index + 3).allSatisfy { !words.token($0).flags.contains(.spaceBefore) }
    }

    /// Whether a ranking stands before `index`: "No. 8 Minnesota".
    private static func afterRanking(_ index: Int, _ words: Words) -> Bool {
        guard index >= 2, words.token(index - 1).kind == .number, words.length(index - 1) <= 2 else { return false }
        return words.string(index - 2) == "No."
    }

    /// "California Highway Patrol", "Cedars-Sinai Medical Center": a place name right before an organisation found
    /// by its form is part of the organisation's name, not a mention of the place. So is a listed organisation's own
    /// country before it ("U. S. Fish and Wildlife Service" in a text tokenised once), which keeps the entity.
    private func absorbLeadingPlaces(_ found: inout [Found], in text: TokenizedText) {
        var placeEndingAt: [Int: Int] = [:]
        for (position, item) in found.enumerated() where item.type == .place {
            placeEndingAt[item.tokens.upperBound] = position
        }
        var absorbed: Set<Int> = []
        for position in found.indices where found[position].type == .organization {
            let start = found[position].tokens.lowerBound
            guard let place = placeEndingAt[start], !text.tokens[start].flags.contains(.lineBefore) else { continue }
            if found[position].rule == "gazetteer" {
                guard found[place].kind == "Country", found[position].attributes["country"] == found[place].entity
                else { continue }
                found[position].tokens = found[place].tokens.lowerBound..<found[position].tokens.upperBound
                absorbed.insert(place)
                continue
            }
            guard found[position].rule == "rule:org-form" || found[position].rule == "rule:org-described" else {
                continue
            }
            var newStart = found[place].tokens.lowerBound
            // A hyphenated first part: "Cedars-Sinai".
            if newStart >= 2, text.text(of: text.tokens[newStart - 1]) == "-",
                !text.tokens[newStart - 1].flags.contains(.spaceBefore),
                text.tokens[newStart - 2].flags.contains(.capitalized)
            {
                newStart -= 2
            }
            // Two places a body serves: "Devon and Somerset Fire and Rescue", "Avon and Somerset Constabulary".
            if newStart >= 2, text.text(of: text.tokens[newStart - 1]).lowercased() == "and",
                let first = placeEndingAt[newStart - 1], !absorbed.contains(first),
                !text.tokens[found[first].tokens.lowerBound].flags.contains(.lineBefore)
            {
                newStart = found[first].tokens.lowerBound
                absorbed.insert(first)
            }
            let name = Self.spanText(text, newStart..<found[position].tokens.upperBound)
            found[position].tokens = newStart..<found[position].tokens.upperBound
            found[position].name = name
            found[position].entity = "assay:organization/" + Self.slug(name)
            absorbed.insert(place)
        }
        found = found.enumerated().filter { !absorbed.contains($0.offset) }.map(\.element)
    }

    /// Kinds of organisation that each country, state or province has its own of: "Senate of Virginia".
    private static let jurisdictionKinds: Set<String> = [
        "Legislature", "Court", "Government", "GovernmentOrganization", "GovernmentAgency", "PoliticalParty",
    ]

    /// "Vodafone Egypt said", "Telecom Egypt's cables": a listed firm right before a country, then a possessive, a
    /// speech verb or the end of the clause, is the firm's business in that country, named by both words; the firm is
    /// its parent. Not "sold Boeing China jets" (a noun follows) nor "told Reuters Egypt would pay" (a verb follows).
    private func firmsOfACountry(_ found: inout [Found], in words: Words) {
        var countryAt: [Int: Int] = [:]
        for (position, item) in found.enumerated() where item.type == .place && item.kind == "Country" {
            countryAt[item.tokens.lowerBound] = position
        }
        guard !countryAt.isEmpty else { return }
        var absorbed: Set<Int> = []
        for position in found.indices
        where found[position].type == .organization && found[position].kind == "Corporation" {
            let firm = found[position]
            guard let country = countryAt[firm.tokens.upperBound] else { continue }
            let end = found[country].tokens.upperBound
            guard !words.token(firm.tokens.upperBound).flags.contains(.lineBefore),
                end >= words.count || Self.isPossessive(end, words)
                    || EntityRules.speechVerbHashes.contains(words.hashes[end])
                    || words.token(end).kind == .punctuation && !words.is(end, "-")
                    || words.hashes[end] == EntityRules.and && end + 1 < words.count && words.capitalized(end + 1)
            else { continue }
            absorbed.insert(country)
            let tokens = firm.tokens.lowerBound..<end
            var widened = Self.named(.organization, words.text, tokens, rule: "rule:firm-country")
            widened.kind = "Corporation"
            widened.attributes = ["parent": firm.entity, "country": found[country].entity]
            found[position] = widened
        }
        if !absorbed.isEmpty { found = found.indices.filter { !absorbed.contains($0) }.map { found[$0] } }
    }

    /// "China Minmetals Rare Earth", "Baotou Steel Rare-Earth": an organisation's name before a capitalised "Rare
    /// Earth(s)" names its rare-earth business, whose parent it is — not the planet after a word.
    private func rareEarthUnits(_ found: inout [Found], in words: Words) {
        var absorbed: Set<Int> = []
        for position in found.indices where found[position].type == .organization {
            let firm = found[position]
            var end = firm.tokens.upperBound
            guard end + 1 < words.count, words.hashes[end] == EntityRules.rare, words.capitalized(end),
                !words.token(end).flags.contains(.lineBefore)
            else { continue }
            end += 1
            if words.is(end, "-"), end + 1 < words.count { end += 1 }
            guard EntityRules.earthHashes.contains(words.hashes[end]), words.capitalized(end) else { continue }
            end += 1
            let tokens = firm.tokens.lowerBound..<end
            for (other, item) in found.enumerated()
            where other != position && item.tokens.overlaps(firm.tokens.upperBound..<end) {
                absorbed.insert(other)
            }
            var unit = Self.named(.organization, words.text, tokens, rule: "rule:org-form")
            unit.kind = "Corporation"
            unit.attributes = ["parent": firm.entity]
            found[position] = unit
        }
        if !absorbed.isEmpty { found = found.indices.filter { !absorbed.contains($0) }.map { found[$0] } }
    }

    /// "Telecom Egypt", "Bank Indonesia", "Petroleum Nigeria": a trade's capitalised word before a country names a
    /// firm or body of that country.
    private func firmsNamedByTradeAndCountry(_ found: inout [Found], in words: Words, claimed: [Bool]) {
        var added: [Found] = []
        var absorbed: Set<Int> = []
        for (position, item) in found.enumerated() where item.type == .place && item.kind == "Country" {
            let trade = item.tokens.lowerBound - 1
            guard trade >= 0, !claimed[trade], words.capitalized(trade), !words.token(trade).flags.contains(.allCaps),
                EntityRules.tradeWordHashes.contains(words.hashes[trade]),
                !words.token(item.tokens.lowerBound).flags.contains(.lineBefore),
                !found.contains(where: { $0.tokens.contains(trade) }),
                trade == 0 || !words.capitalized(trade - 1) || words.opensSentence(trade)
            else { continue }
            absorbed.insert(position)
            var firm = Self.named(.organization, words.text, trade..<item.tokens.upperBound, rule: "rule:org-form")
            firm.attributes = ["country": item.entity]
            added.append(firm)
        }
        guard !added.isEmpty else { return }
        found = found.indices.filter { !absorbed.contains($0) }.map { found[$0] } + added
    }

    /// "Democratic Party of Turkmenistan", "Supreme Court of India", "Nigerian Senate": a listed organisation named
    /// with "of" and a place, or after a demonym, of another country than its own is another organisation of the same
    /// kind, named by the whole (the place is part of the name).
    private func widenListedOrganizations(_ found: inout [Found], in words: Words) {
        // "Department of Treasury": an opener and "of" before a listed organisation's short name name it too.
        for position in found.indices where found[position].type == .organization && found[position].rule == "gazetteer"
        {
            let start = found[position].tokens.lowerBound
            guard start >= 2, words.hashes[start - 1] == EntityRules.of, words.capitalized(start - 2),
                EntityRules.organizationOpenerHashes.contains(words.hashes[start - 2]),
                !words.token(start).flags.contains(.lineBefore),
                !found.contains(where: { $0.tokens.contains(start - 2) })
            else { continue }
            found[position].tokens = (start - 2)..<found[position].tokens.upperBound
        }
        var placeStartingAt: [Int: Int] = [:]
        var placeEndingAt: [Int: Int] = [:]
        for (position, item) in found.enumerated() where item.type == .place {
            placeStartingAt[item.tokens.lowerBound] = position
            placeEndingAt[item.tokens.upperBound] = position
        }
        var absorbed: Set<Int> = []
        for position in found.indices where found[position].type == .organization && found[position].rule == "gazetteer"
        {
            let item = found[position]
            guard let country = item.attributes["country"] else { continue }
            var tokens = item.tokens
            let end = tokens.upperBound
            // A place of the organisation's own country makes another organisation only of the kinds that each
            // state or province has ("Senate of Virginia") or of a school's ("Xavier University of Louisiana"), not a
            // firm's home ("Goldman Sachs of New York").
            if end + 1 < words.count, words.hashes[end] == EntityRules.of, let place = placeStartingAt[end + 1],
                found[place].entity != country,
                found[place].attributes["country"] != country || Self.jurisdictionKinds.contains(item.kind ?? "")
                    || EntityRules.schoolHeadHashes.contains(words.hashes[end - 1]),
                !words.token(end + 1).flags.contains(.lineBefore),
                found[place].tokens.upperBound >= words.count || !words.capitalized(found[place].tokens.upperBound)
            {
                tokens = tokens.lowerBound..<found[place].tokens.upperBound
                absorbed.insert(place)
            }
            // "Pennsylvania Department of Transportation", "California Supreme Court": a state or province before a
            // national body of a kind each state has names the state's own (not a party: "Virginia Democrats").
            if let place = placeEndingAt[tokens.lowerBound], found[place].attributes["country"] == country,
                found[place].kind == "State" || found[place].kind == "Province",
                item.kind != "PoliticalParty",
                Self.jurisdictionKinds.contains(item.kind ?? "") || item.kind == "Ministry",
                !words.token(tokens.lowerBound).flags.contains(.lineBefore)
            {
                tokens = found[place].tokens.lowerBound..<tokens.upperBound
                absorbed.insert(place)
            }
            if tokens.lowerBound > 0, let demonym = words.demonymPlaces[tokens.lowerBound - 1],
                demonym.place != country, !words.token(tokens.lowerBound).flags.contains(.lineBefore),
                !words.opensSentence(tokens.lowerBound),
                demonym.start == 0 || !words.capitalized(demonym.start - 1) || words.opensSentence(demonym.start)
            {
                tokens = demonym.start..<tokens.upperBound
            }
            guard tokens != item.tokens else { continue }
            found[position] = Self.named(.organization, words.text, tokens, rule: "rule:org-form")
            found[position].kind = item.kind
        }
        found = found.enumerated().filter { !absorbed.contains($0.offset) }.map(\.element)
    }

    /// "Patrick W. Carlineo Jr.", "Charles H. Keating IV": a generational suffix right after a person found by the
    /// rules is part of the name.
    private func extendOverSuffixes(_ found: inout [Found], in text: TokenizedText, claimed: [Bool]) {
        for position in found.indices where found[position].type == .person && found[position].rule != "gazetteer" {
            // The full stop of "Jr" and "Sr" when the tokenizer splits it off; not that of "IV." ending a sentence.
            guard
                let end = Self.end(
                    ofWordIn: EntityRules.nameSuffixes,
                    at: found[position].tokens.upperBound,
                    in: text,
                    claimed: claimed,
                    stopAfter: { $0.count == 2 }
                )
            else { continue }
            let tokens = found[position].tokens.lowerBound..<end
            found[position].tokens = tokens
            found[position].name = Self.spanText(text, tokens)
            found[position].entity = "assay:person/" + Self.slug(found[position].name)
        }
    }

    /// "MTV.com", "ESPN. com" (a text tokenised once): a listed organisation's site is the organisation, its domain
    /// part of the span. A lower-case domain alone names none ("Visit moneycontrol.com").
    private func extendOverDomains(_ found: inout [Found], in words: Words) {
        var endingAt: [Int: Int] = [:]
        for (position, item) in found.enumerated() where item.type == .organization {
            endingAt[item.tokens.upperBound] = position
        }
        for (dot, position) in endingAt where dot + 1 < words.count && words.is(dot, ".") {
            let domain = dot + 1
            let suffix = words.token(domain)
            guard !words.token(dot).flags.contains(.spaceBefore), suffix.kind == .word,
                !suffix.flags.contains(.capitalized), EntityRules.domainSuffixHashes.contains(words.hashes[domain]),
                !suffix.flags.contains(.spaceBefore) || words.hashes[domain] == EntityRules.com,
                domain + 1 >= words.count || words.token(domain + 1).flags.contains(.spaceBefore)
                    || words.token(domain + 1).kind == .punctuation && !words.is(domain + 1, "/")
            else { continue }
            found[position].tokens = found[position].tokens.lowerBound..<(domain + 1)
        }
    }

    /// "Los Angeles County", "San Francisco Bay Area": a place's name before the head of a larger area names that
    /// area, a place of its own.
    private func extendPlacesOverAreaHeads(
        _ found: inout [Found],
        in words: Words,
        claimed: [Bool],
        titleWords: [Bool]
    ) {
        // "North India", "Southern California": a capitalised point of the compass before a place names its part;
        // "Fort Campbell", "Mount Sinjar": a word that opens places' names names another place.
        for position in found.indices where found[position].type == .place {
            let start = found[position].tokens.lowerBound
            guard start > 0, !claimed[start - 1], words.capitalized(start - 1),
                EntityRules.regionPrefixHashes.contains(words.hashes[start - 1])
                    || EntityRules.placeOpenerHashes.contains(words.hashes[start - 1]),
                !words.token(start).flags.contains(.lineBefore), !words.token(start - 1).flags.contains(.allCaps),
                start < 2 || !words.capitalized(start - 2) || words.opensSentence(start - 1)
            else { continue }
            found[position] = Self.widenedPlace(
                found[position],
                to: (start - 1)..<found[position].tokens.upperBound,
                words
            )
        }
        for position in found.indices where found[position].type == .place {
            let next = found[position].tokens.upperBound
            // Not a head that opens a title: "Philadelphia District Attorney Seth Williams".
            guard next < words.count, !claimed[next], words.capitalized(next), !titleWords[next],
                !words.token(next).flags.contains(.lineBefore), words.token(next).flags.contains(.spaceBefore)
            else { continue }
            var end = next + 1
            if words.hashes[next] == EntityRules.bay, end < words.count, words.hashes[end] == EntityRules.area,
                words.capitalized(end)
            {
                end += 1
            } else if !EntityRules.areaHeadHashes.contains(words.hashes[next]),
                !EntityRules.placeHeadHashes.contains(words.hashes[next])
                    || EntityRules.streetHeadHashes.contains(words.hashes[next])
            {
                // "Mosul Dam", "Samarra Barrage", "Kirkuk Province"; streets have their own rule, and a head before
                // "of" opens another name ("the Persian Gulf Island of Qeshm").
                continue
            } else if end < words.count, words.hashes[end] == EntityRules.of {
                continue
            }
            // "Albany County Courthouse": a place's head may follow.
            if end < words.count, words.capitalized(end), EntityRules.placeHeadHashes.contains(words.hashes[end]),
                !words.token(end).flags.contains(.lineBefore), !titleWords[end]
            {
                end += 1
            }
            // Not "Orange County Register"; but "Oakland County Prosecutor Rob Novy", "Albany County Courthouse Monday".
            if end < words.count, words.capitalized(end), !words.token(end).flags.contains(.lineBefore),
                !titleWords[end], !EntityRules.calendarHashes.contains(words.hashes[end])
            {
                continue
            }
            found[position] = Self.widenedPlace(found[position], to: found[position].tokens.lowerBound..<end, words)
        }
    }

    /// Streets around the words that name them: a listed place before a street's head ("Ontario Street", "Norwalk
    /// Boulevard"), then an abbreviated point of the compass ("E. 52nd St.") before a street. A house number ("24
    /// Independent Street") locates a building on the street and stays out of its name.
    private func extendStreets(_ found: inout [Found], in words: Words, claimed: [Bool]) {
        for position in found.indices where found[position].type == .place {
            var tokens = found[position].tokens
            let next = tokens.upperBound
            if found[position].rule == "gazetteer", next < words.count, !claimed[next], words.capitalized(next),
                !words.token(next).flags.contains(.lineBefore),
                EntityRules.streetHeadHashes.contains(words.hashes[next]),
                next + 1 >= words.count || !words.capitalized(next + 1) || words.opensSentence(next + 1)
            {
                tokens = tokens.lowerBound..<(next + 1)
            }
            guard EntityRules.streetHeadHashes.contains(words.hashes[tokens.upperBound - 1]) else { continue }
            let before = tokens.lowerBound - 1
            if before >= 0, !claimed[before], !words.token(tokens.lowerBound).flags.contains(.lineBefore) {
                let token = words.token(before)
                if token.flags.contains(.abbreviation), words.length(before) == 2, words.capitalized(before),
                    EntityRules.compassInitialHashes.contains(words.hashes[before])
                {
                    tokens = before..<tokens.upperBound
                }
            }
            if tokens != found[position].tokens {
                found[position] = Self.widenedPlace(found[position], to: tokens, words)
            }
        }
    }

    /// "San Diego County Jail", "Pacific Coast Highway": a listed place right before a place found by its form opens
    /// its name.
    private func joinPlaceForms(_ found: inout [Found], in words: Words) {
        var formStartingAt: [Int: Int] = [:]
        for (position, item) in found.enumerated() where item.type == .place && item.rule == "rule:place-form" {
            formStartingAt[item.tokens.lowerBound] = position
        }
        guard !formStartingAt.isEmpty else { return }
        var joined: Set<Int> = []
        for position in found.indices where found[position].type == .place && found[position].rule == "gazetteer" {
            let next = found[position].tokens.upperBound
            guard let form = formStartingAt[next], words.token(next).flags.contains(.spaceBefore),
                !words.token(next).flags.contains(.lineBefore)
            else { continue }
            let tokens = found[position].tokens.lowerBound..<found[form].tokens.upperBound
            found[form] = Self.widenedPlace(found[position], to: tokens, words)
            joined.insert(position)
        }
        found = found.enumerated().filter { !joined.contains($0.offset) }.map(\.element)
    }

    /// A place named over more tokens than a listed one ("Los Angeles" → "Los Angeles County"): a place of its own,
    /// in the same country.
    private static func widenedPlace(_ place: Found, to tokens: Range<Int>, _ words: Words) -> Found {
        var widened = named(.place, words.text, tokens, rule: "rule:place-form")
        if let country = place.attributes["country"] { widened.attributes["country"] = country }
        return widened
    }

    /// A listed outlet's own titles and the lower-case nouns after it: "MTV News", "The New York Times Magazine" are
    /// outlets of their own, "People magazine" is "People".
    private func outletsByTheirTitles(_ found: inout [Found], in words: Words, claimed: [Bool]) {
        for position in found.indices
        where found[position].kind == "NewsOrganization" && found[position].rule == "gazetteer" {
            let item = found[position]
            let end = item.tokens.upperBound
            if item.tokens.count >= 2, !words.capitalized(end - 1),
                EntityRules.mediaNounHashes.contains(words.hashes[end - 1])
            {
                found[position].tokens = item.tokens.lowerBound..<(end - 1)
            } else if end < words.count, !claimed[end], words.capitalized(end),
                !words.token(end).flags.contains(.lineBefore),
                EntityRules.outletTitleHashes.contains(words.hashes[end]),
                end + 1 >= words.count || !words.capitalized(end + 1)
            {
                var outlet = Self.named(
                    .organization,
                    words.text,
                    item.tokens.lowerBound..<(end + 1),
                    rule: "rule:org-form"
                )
                outlet.kind = item.kind
                outlet.attributes["parent"] = item.entity
                found[position] = outlet
            }
        }
    }

    /// A town's police before a lower-case "police": "Coronado police", "Troy police Lt. Gerry Scherlinck". A listed
    /// town (not a country or state) becomes part of the force's name; so does a capitalised word no list knows. A
    /// place before a lower-case "school district", "police department" or "fire department" names that body too:
    /// "the Goose Creek school district".
    private func townPolice(_ found: inout [Found], in words: Words, claimed: [Bool]) {
        func police(_ tokens: Range<Int>) -> Found {
            var police = Self.named(.organization, words.text, tokens, rule: "rule:police")
            police.kind = "GovernmentAgency"
            return police
        }
        for position in found.indices where found[position].type == .place {
            let item = found[position]
            let end = item.tokens.upperBound
            guard item.kind != "Country", end < words.count, !claimed[end], !words.capitalized(end) else { continue }
            if item.kind != "State", words.hashes[end] == EntityRules.police,
                end + 1 >= words.count || !EntityRules.localBodyHeadHashes.contains(words.hashes[end + 1])
            {
                found[position] = police(item.tokens.lowerBound..<(end + 1))
            } else if end + 1 < words.count, EntityRules.localBodyNounHashes.contains(words.hashes[end]),
                !words.capitalized(end + 1), !claimed[end + 1],
                EntityRules.localBodyHeadHashes.contains(words.hashes[end + 1])
            {
                found[position] = police(item.tokens.lowerBound..<(end + 2))
                found[position].rule = "rule:local-body"
            }
        }
        for index in 0..<max(0, words.count - 1)
        where words.hashes[index + 1] == EntityRules.police && !words.capitalized(index + 1) && !claimed[index]
            && !claimed[index + 1] && words.capitalized(index) && words.token(index).kind == .word
            && !words.token(index).flags.contains(.allCaps) && !words.demonyms[index]
            && !lists.commonWords.contains(words.hashes[index]) && !words.opensSentence(index)
            && !found.contains(where: { $0.tokens.contains(index) || $0.tokens.contains(index + 1) })
        {
            found.append(police(index..<(index + 2)))
        }
    }

    /// "NBC 5", "CBS DFW", "NBC New York": a network's acronym before a channel number, a market's call letters or
    /// a city names a local station, the network its parent.
    private func extendOverStations(_ found: inout [Found], in words: Words, claimed: [Bool]) {
        var cityAt: [Int: Int] = [:]
        for (position, item) in found.enumerated() where item.type == .place && item.kind == "City" {
            cityAt[item.tokens.lowerBound] = position
        }
        var cities: Set<Int> = []
        for position in found.indices where found[position].kind == "NewsOrganization" {
            let tokens = found[position].tokens
            let next = tokens.upperBound
            guard tokens.count == 1, words.token(tokens.lowerBound).flags.contains(.allCaps), next < words.count,
                words.token(next).flags.contains(.spaceBefore), !words.token(next).flags.contains(.lineBefore)
            else { continue }
            let city = cityAt[next]
            let end = city.map { found[$0].tokens.upperBound } ?? next + 1
            guard city != nil || !claimed[next],
                end >= words.count || !words.capitalized(end) || words.opensSentence(end)
            else { continue }
            let token = words.token(next)
            let channel = token.kind == .number && words.length(next) <= 2
            let market =
                token.kind == .word && token.flags.contains(.allCaps) && (2...4).contains(words.length(next))
                && !token.flags.contains(.abbreviation) && !EntityRules.notMarketHashes.contains(words.hashes[next])
            guard channel || market || city != nil else { continue }
            if let city { cities.insert(city) }
            let network = found[position].entity
            found[position].tokens = tokens.lowerBound..<end
            found[position].name = Self.spanText(words.text, found[position].tokens)
            found[position].entity = "assay:organization/" + Self.slug(found[position].name)
            found[position].rule = "rule:station"
            found[position].attributes = ["parent": network]
        }
        found = found.indices.filter { !cities.contains($0) }.map { found[$0] }
    }

    /// "ABC Entertainment Group", "Vodafone Group Plc": a name found by its form right after a known organisation
    /// continues it. Corporate words alone ("Group Plc") keep the known organisation; anything else names another
    /// (a division).
    private func mergeAdjacentOrganizations(_ found: inout [Found], in text: TokenizedText) {
        found.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
        var merged: [Found] = []
        for item in found {
            guard item.rule == "rule:org-form" || item.rule == "rule:org-described", let last = merged.last,
                last.type == .organization,
                last.tokens.upperBound == item.tokens.lowerBound,
                !text.tokens[item.tokens.lowerBound].flags.contains(.lineBefore)
            else {
                merged.append(item)
                continue
            }
            var joined = last
            joined.tokens = last.tokens.lowerBound..<item.tokens.upperBound
            let corporate = item.tokens.allSatisfy { index in
                let word = text.text(of: text.tokens[index])
                return EntityRules.corporateWords.contains(word) || EntityRules.legalForms.contains(word) || word == "."
            }
            if !corporate {
                joined = Self.named(.organization, text, joined.tokens, rule: "rule:org-form")
            }
            merged[merged.count - 1] = joined
        }
        found = merged
    }

    /// "Home Depot Inc.", "Netflix, Inc.", "Lowe's Companies Inc.", "Wells Fargo Bank": a legal form, or a listed
    /// firm's corporate word, right after an organisation is part of its name as written.
    private func extendOverLegalForms(_ found: inout [Found], in text: TokenizedText, claimed: [Bool]) {
        for position in found.indices where found[position].type == .organization {
            var end = found[position].tokens.upperBound
            // "Wells Fargo Bank", "Toyota Motor Corporation": a listed firm's corporate word is part of its name.
            if found[position].rule == "gazetteer", found[position].kind == "Corporation",
                let newEnd = Self.end(
                    ofWordIn: EntityRules.firmWords,
                    at: end,
                    in: text,
                    claimed: claimed,
                    stopAfter: {
                        _ in false
                    }
                )
            {
                end = newEnd
            }
            if end + 1 < text.tokens.count, text.text(of: text.tokens[end]) == ",",
                EntityRules.legalForms.contains(text.text(of: text.tokens[end + 1]))
            {
                end += 1
            }
            if end + 1 < text.tokens.count, text.text(of: text.tokens[end]) == "Companies" {
                end += 1
            }
            // "Inc" and its full stop as two tokens.
            guard
                let newEnd = Self.end(
                    ofWordIn: EntityRules.legalForms,
                    at: end,
                    in: text,
                    claimed: claimed,
                    stopAfter: { _ in true }
                )
            else {
                found[position].tokens = found[position].tokens.lowerBound..<end
                continue
            }
            found[position].tokens = found[position].tokens.lowerBound..<newEnd
        }
    }

    /// Where a name ends when token `index`, on the same line and unclaimed, is one of `words` ("Jr", "Inc."): after
    /// it, and after a full stop glued to it when `stopAfter` accepts the word; `nil` when it is none of them.
    private static func end(
        ofWordIn words: Set<String>,
        at index: Int,
        in text: TokenizedText,
        claimed: [Bool],
        stopAfter: (String) -> Bool
    ) -> Int? {
        guard index < text.tokens.count, !claimed[index], !text.tokens[index].flags.contains(.lineBefore) else {
            return nil
        }
        let word = text.text(of: text.tokens[index])
        guard words.contains(word) else { return nil }
        let next = index + 1
        if next < text.tokens.count, text.text(of: text.tokens[next]) == ".",
            !text.tokens[next].flags.contains(.spaceBefore), stopAfter(word)
        {
            return next + 1
        }
        return next
    }

    /// The token holding a person's surname: the last, or the one before a generational suffix.
    private static func surnameIndex(_ tokens: Range<Int>, in text: TokenizedText) -> Int {
        var last = tokens.upperBound - 1
        while last > tokens.lowerBound,
            EntityRules.nameSuffixes.contains(text.text(of: text.tokens[last]))
                || text.text(of: text.tokens[last]) == "."
        {
            last -= 1
        }
        return last
    }

    /// "Prelogar told Alito", "according to Assange's lawyer": a source the rule for outlets took ("told Ruptly") is
    /// the person of that surname when the text names one in full.
    private func sourcesThatArePeople(_ found: inout [Found], in words: Words) {
        var people: [UInt64: Found] = [:]
        for item in found where item.type == .person && item.tokens.count >= 2 {
            let last = words.hashes[item.tokens.upperBound - 1]
            if people[last] == nil { people[last] = item }
        }
        guard !people.isEmpty else { return }
        for position in found.indices where found[position].rule == "rule:org-described" {
            let tokens = found[position].tokens
            let first = tokens.lowerBound
            guard tokens.count == 1, let person = people[words.hashes[first]], Self.followsSourceCue(first, words)
            else { continue }
            found[position] = Self.copy(person, tokens: tokens, rule: "coreference")
        }
    }

    /// Whether a lower-case "told" or "according to" stands right before token `index`: "told Ruptly", "according to
    /// Axios".
    private static func followsSourceCue(_ index: Int, _ words: Words) -> Bool {
        guard index > 0, !words.capitalized(index - 1) else { return false }
        return words.hashes[index - 1] == EntityRules.told
            || index > 1 && words.hashes[index - 1] == EntityRules.to
                && words.hashes[index - 2] == EntityRules.according
    }

    /// Whether the surname at `index` stands before a lower-case "administration": "the Nixon administration".
    private func namesAdministration(surnameAt index: Int, _ words: Words) -> Bool {
        let next = index + 1
        return next < words.count && words.hashes[next] == EntityRules.administration && !words.capitalized(next)
            && lists.surnames.contains(words.hashes[index])
    }

    /// "The Vancouver Sun reported": "the", a place and a newspaper's head before a verb of reporting (or after
    /// "told") name the paper.
    private func newspapersOfAPlace(_ found: inout [Found], in words: Words, claimed: [Bool]) {
        for position in found.indices where found[position].type == .place {
            let place = found[position].tokens
            let head = place.upperBound
            guard place.lowerBound >= 1, head < words.count, !claimed[head],
                words.hashes[place.lowerBound - 1] == EntityRules.the, words.capitalized(head),
                !words.token(head).flags.contains(.allCaps),
                EntityRules.newspaperHeadHashes.contains(words.hashes[head]),
                Self.citesSource(before: place.lowerBound - 1, after: head + 1, words),
                !found.contains(where: { $0.tokens.contains(head) })
            else { continue }
            found[position] = Self.named(
                .organization,
                words.text,
                place.lowerBound..<(head + 1),
                rule: "rule:newspaper"
            )
        }
    }

    /// "Council on Energy, Environment and Water", "Ministry of Agriculture, Forestry and Fisheries": a body's name
    /// after "of", "on" or "for" goes on over a list of capitalised ordinary words, of no other name, that ends in
    /// "and" — not over other names ("the Institute of Physics, Zentrix and Pollux").
    private func extendOverListsInNames(_ found: inout [Found], in words: Words) {
        let owner = Self.owners(of: found, count: words.count)
        func capitalRun(from start: Int) -> Int {
            var end = start
            while end < words.count, end - start < 3, words.capitalized(end), words.token(end).kind == .word,
                owner[end] == nil, !words.token(end).flags.contains(.lineBefore),
                !words.token(end).flags.contains(.allCaps),
                lists.commonWords.contains(words.hashes[end])
            {
                end += 1
            }
            return end
        }
        for position in found.indices where found[position].type == .organization {
            let tokens = found[position].tokens
            guard tokens.count >= 3, tokens.upperBound + 2 < words.count, words.is(tokens.upperBound, ","),
                words.capitalized(tokens.upperBound - 1),
                tokens.dropLast().contains(where: { EntityRules.innerConnectorHashes.contains(words.hashes[$0]) })
            else { continue }
            var index = tokens.upperBound
            var listEnd: Int?
            while index + 1 < words.count {
                if words.is(index, ",") {
                    // An Oxford comma before "and" too.
                    let next = words.hashes[index + 1] == EntityRules.and ? index + 2 : index + 1
                    let end = capitalRun(from: next)
                    guard end > next else { break }
                    if next == index + 2 {
                        listEnd = end
                        break
                    }
                    index = end
                } else if words.hashes[index] == EntityRules.and {
                    let end = capitalRun(from: index + 1)
                    if end > index + 1 { listEnd = end }
                    break
                } else {
                    break
                }
            }
            guard let listEnd, listEnd >= words.count || !words.capitalized(listEnd) else { continue }
            found[position] = Self.named(.organization, words.text, tokens.lowerBound..<listEnd, rule: "rule:org-form")
        }
    }

    /// "the Egyptian MENA news agency", "the Fars news agency": the capitalised name before a lower-case "news
    /// agency" is the agency's, though a list knows it as a place.
    private func newsAgencies(_ found: inout [Found], in words: Words, claimed: [Bool]) {
        for index in 1..<max(1, words.count - 1)
        where words.hashes[index] == EntityRules.news && words.hashes[index + 1] == EntityRules.agency
            && !words.capitalized(index) && !words.capitalized(index + 1)
        {
            var start = index
            // Not "Another news agency", "State news agency IRNA".
            while start > 0, index - start < 3, words.capitalized(start - 1), words.token(start - 1).kind == .word,
                !words.demonyms[start - 1], !EntityRules.notNameHashes.contains(words.hashes[start - 1]),
                words.token(start - 1).flags.contains(.allCaps) || !lists.commonWords.contains(words.hashes[start - 1])
            {
                start -= 1
                if words.opensSentence(start) { break }
            }
            let name = start..<index
            guard !name.isEmpty,
                name.allSatisfy({ position in !claimed[position] || found.contains { $0.tokens.contains(position) } })
            else { continue }
            let inside = found.indices.filter { found[$0].tokens.overlaps(name) }
            // A listed organisation stays as it is ("the Anadolu news agency"); only places or nothing give way.
            guard
                inside.allSatisfy({
                    found[$0].type == .place && name.contains(found[$0].tokens.lowerBound)
                        && found[$0].tokens.upperBound <= name.upperBound
                })
            else { continue }
            let removed = Set(inside)
            found = found.enumerated().filter { !removed.contains($0.offset) }.map(\.element)
            found.append(Self.named(.organization, words.text, name, rule: "rule:news-agency"))
        }
    }

    /// "via southeast Asia", "the Middle East and south Asia": a lower-case point of the compass before a place
    /// names the region the gazetteer lists under the capitalised name ("Southeast Asia").
    private func lowerCaseCompassRegions(_ found: inout [Found], in words: Words, claimed: [Bool]) {
        guard let lexicon else { return }
        for position in found.indices where found[position].type == .place && found[position].rule == "gazetteer" {
            let start = found[position].tokens.lowerBound
            // Not two points joined: "south and east Africa".
            guard start >= 1, !claimed[start - 1], !words.capitalized(start - 1),
                EntityRules.compassHashes.contains(words.hashes[start - 1]),
                start < 2 || words.hashes[start - 2] != EntityRules.and && words.hashes[start - 2] != EntityRules.or,
                !words.token(start).flags.contains(.lineBefore)
            else { continue }
            let span = (start - 1)..<found[position].tokens.upperBound
            let regions = lexicon.matcher.payloads(exactly: span, in: words.text).map { lexicon.entries[Int($0)] }
            guard let region = regions.first(where: { $0.type == .place && $0.kind == "Region" }) else { continue }
            found[position] = Found(region, type: .place, tokens: span, rule: "rule:compass-region")
        }
    }

    /// "Newport Beach, CA": a US state's postal code after a town's name and a comma is the state — not before
    /// another capitalised word, so not "Portland, OR Seattle".
    private func postalCodes(_ found: inout [Found], in words: Words, claimed: [Bool]) {
        let townEnds = Set(
            found.filter { $0.type == .place && $0.kind != "State" && $0.kind != "Country" }.map(\.tokens.upperBound)
        )
        for index in 2..<max(2, words.count) where !claimed[index] && townEnds.contains(index - 1) {
            guard words.is(index - 1, ","), words.token(index).flags.contains(.allCaps), words.length(index) == 2,
                let state = statesByPostalCode[words.string(index)],
                index + 1 >= words.count || !words.capitalized(index + 1)
                    || words.token(index + 1).flags.contains(.lineBefore)
            else { continue }
            found.append(Found(state, type: .place, tokens: index..<(index + 1), rule: "rule:postal-code"))
        }
    }

    /// Which mention, by its position in `found`, holds each token (the last one, where mentions overlap).
    private static func owners(of found: [Found], count: Int) -> [Int?] {
        var owner = [Int?](repeating: nil, count: count)
        for (position, item) in found.enumerated() { for index in item.tokens { owner[index] = position } }
        return owner
    }

    /// "President Nominates Regina Benjamin, MD" beside "Regina Benjamin": a person's full name said again is the
    /// person's, though a list took a word of it for a place or a firm.
    private func repeatedFullNames(_ found: [Found], in words: Words, claimed: [Bool]) -> [Found] {
        let owner = Self.owners(of: found, count: words.count)
        var result: [Found] = []
        var seen: Set<[UInt64]> = []
        for person in found where person.type == .person && person.tokens.count >= 2 && person.rule != "coreference" {
            let hashes = person.tokens.map { words.hashes[$0] }
            guard seen.insert(hashes).inserted else { continue }
            for start in 0..<max(0, words.count - hashes.count + 1) where words.hashes[start] == hashes[0] {
                let span = start..<(start + hashes.count)
                guard zip(span, hashes).allSatisfy({ words.hashes[$0.0] == $0.1 }), words.capitalized(start),
                    !result.contains(where: { $0.tokens.overlaps(span) }),
                    span.upperBound >= words.count
                        || !EntityRules.organizationHeadHashes.contains(words.hashes[span.upperBound])
                else { continue }
                // Only where a list took a shorter place or firm inside the name, never over an address, a person
                // or a name the rules gave the whole span ("the Tora Bora caves").
                let owners = Set(span.compactMap { owner[$0] })
                guard !owners.isEmpty, span.allSatisfy({ owner[$0] != nil || !claimed[$0] }),
                    owners.allSatisfy({
                        found[$0].type != .person && found[$0].rule == "gazetteer"
                            && found[$0].tokens.lowerBound >= span.lowerBound
                            && found[$0].tokens.upperBound <= span.upperBound && found[$0].tokens.count < span.count
                    })
                else { continue }
                result.append(Self.copy(person, tokens: span, rule: "rule:repeat"))
            }
        }
        return result
    }

    // MARK: - Lists

    /// An item of a list of names: its tokens and, for a name found before, its index in `found`.
    private struct ListItem {
        var tokens: Range<Int>
        var found: Int?
        /// Ordinary words only, capitalised mid-sentence ("Fox", "Current"): a firm's name among firms.
        var ordinaryWords = false
    }

    /// Rules that find a person by the shape of the name alone, with no cue around it.
    private static let shapeRules: Set<String> = ["rule:surname", "rule:given-name", "rule:unknown-name"]

    /// Names no list knows, listed beside names of one type, are of that type: "Ford, Macy's, Kellogg's, NBC, Fox
    /// and others", "parts of the Illawarra, Sydney and the Hunter Valley". The list needs two names of the type, or
    /// one in a list of three items; a list that mixes types names nothing. An unknown item is a whole name: a
    /// separator, a possessive or punctuation follows it ("the Nuwaubian leader" is no item), and it is not made of
    /// ordinary words ("Construction, Forestry, Mining and Energy Union"), months, holidays, demonyms, titles or
    /// legal forms. Degrees are no people ("Francis S. Collins, MD, PhD").
    private func listPeers(_ found: inout [Found], in words: Words, claimed: [Bool], titleWords: [Bool]) {
        var foundAt: [Int: Int] = [:]
        var covered = claimed
        for (offset, item) in found.enumerated() {
            foundAt[item.tokens.lowerBound] = offset
            for index in item.tokens { covered[index] = true }
        }
        var peers: [Found] = []
        var position = 0
        while position < words.count {
            guard let first = listItem(at: position, words, foundAt: foundAt, found: found, covered: covered) else {
                position += 1
                continue
            }
            var items = [first]
            var end = first.tokens.upperBound
            while let next = listSeparatorEnd(after: end, words),
                let item = listItem(at: next, words, foundAt: foundAt, found: found, covered: covered)
            {
                items.append(item)
                end = item.tokens.upperBound
            }
            position = max(end, position + 1)
            let types = Set(items.compactMap { $0.found.map { found[$0].type } })
            let known = items.count { $0.found != nil }
            // A name guessed from its shape alone ("Frenches Forest" as a surname) types no list by itself.
            let guessed = items.count { $0.found.map { Self.shapeRules.contains(found[$0].rule) } ?? false }
            guard types.count == 1, let type = types.first, type != .mineral, known < items.count,
                known >= 2 || items.count >= 3, guessed < known
            else { continue }
            for (offset, item) in items.enumerated() where item.found == nil {
                if item.tokens.contains(where: { titleWords[$0] }) { continue }
                // "Ford, Macy’s, NBC, Fox and others": ordinary words only among two or more listed organisations,
                // and not opening the list.
                if item.ordinaryWords, type != .organization || known < 2 || offset == 0 { continue }
                if type == .person, item.tokens.contains(where: { isDegreeLike($0, words) }) { continue }
                peers.append(Self.named(type, words.text, item.tokens, rule: "rule:list-peer"))
            }
        }
        found += peers
    }

    /// The list item at `position`: a name found before or an unknown capitalised run of at most three words, after
    /// an optional "the".
    private func listItem(
        at position: Int,
        _ words: Words,
        foundAt: [Int: Int],
        found: [Found],
        covered: [Bool]
    ) -> ListItem? {
        var start = position
        if start < words.count, words.hashes[start] == EntityRules.the, !words.capitalized(start) { start += 1 }
        guard start < words.count, start == position || !words.token(start).flags.contains(.lineBefore) else {
            return nil
        }
        if let offset = foundAt[start] { return ListItem(tokens: found[offset].tokens, found: offset) }
        var end = start
        while end < words.count, end - start < 4, !covered[end], words.token(end).kind == .word,
            words.capitalized(end), end == start || !words.token(end).flags.contains(.lineBefore)
        {
            end += 1
        }
        // "Enter Lugg, Instacart …": an ordinary word opening the sentence is no part of the name.
        if end - start >= 2, isSentenceOpener(start, words) { start += 1 }
        guard end > start, end - start <= 3, endsListItem(end, words) else { return nil }
        let named = (start..<end).contains { !lists.commonWords.contains(words.hashes[$0]) }
        let ordinary = (start..<end).contains { index in
            let hash = words.hashes[index]
            return words.demonyms[index] || EntityRules.notNameHashes.contains(hash)
                || EntityRules.holidayHashes.contains(hash) || EntityRules.legalFormHashes.contains(hash)
                || EntityRules.calendarHashes.contains(hash)
        }
        guard named || !words.opensSentence(start) && !words.token(start).flags.contains(.allCaps), !ordinary,
            !isTitleCaseLine(words, around: start)
        else { return nil }
        return ListItem(tokens: start..<end, found: nil, ordinaryWords: !named)
    }

    /// Whether token `index` may be a degree or a suffix after a person's name rather than a name: capitals
    /// ("MD"), an abbreviation ("M.", "Jr.") or a listed degree or suffix ("PhD", "Jr").
    private func isDegreeLike(_ index: Int, _ words: Words) -> Bool {
        let flags = words.token(index).flags
        return flags.contains(.allCaps) || flags.contains(.abbreviation)
            || EntityRules.degreeHashes.contains(words.hashes[index])
    }

    /// Whether an unknown list item may end before token `index`: the text's end, a possessive, "and", "or" or
    /// punctuation other than a hyphen.
    private func endsListItem(_ index: Int, _ words: Words) -> Bool {
        guard index < words.count, !words.token(index).flags.contains(.lineBefore) else { return true }
        let hash = words.hashes[index]
        return Self.isPossessive(index, words) || hash == EntityRules.and || hash == EntityRules.or
            || words.token(index).kind == .punctuation && !words.is(index, "-")
    }

    /// Where the next item starts after a list's separator at `index`: ",", "and", "or", ", and", ", or".
    private func listSeparatorEnd(after index: Int, _ words: Words) -> Int? {
        var position = index
        if Self.isPossessive(position, words) { position += 1 }
        let separator = position
        if position < words.count, words.is(position, ",") { position += 1 }
        if position < words.count, !words.capitalized(position),
            words.hashes[position] == EntityRules.and || words.hashes[position] == EntityRules.or
        {
            position += 1
        }
        guard position > separator, position < words.count,
            !(separator...position).contains(where: { words.opensSentence($0) })
        else { return nil }
        return position
    }

    // MARK: - Affiliations and coreference

    /// "X of the ORG", "X, a … at ORG": the organisation becomes the person's affiliation.
    private func attachAffiliations(_ found: inout [Found], in text: TokenizedText) {
        let byStart = Dictionary(
            found.enumerated().map { ($0.element.tokens.lowerBound, $0.offset) },
            uniquingKeysWith: { a, _ in a }
        )
        for (position, item) in found.enumerated() where item.type == .person && item.attributes["affiliation"] == nil {
            var index = item.tokens.upperBound
            let limit = min(text.tokens.count, index + 10)
            var roleWords: [String] = []
            var sawComma = false
            while index < limit {
                if let other = byStart[index], found[other].type == .organization {
                    let connector =
                        index > item.tokens.upperBound ? text.text(of: text.tokens[index - 1]).lowercased() : ""
                    if ["of", "at", "with", "the", "from"].contains(connector) || connector == "," {
                        found[position].attributes["affiliation"] = found[other].name
                        found[position].attributes["affiliationEntity"] = found[other].entity
                        var role = roleWords.filter {
                            !["a", "an", "the", "of", "at", "with", "from", ","].contains($0.lowercased())
                        }
                        // "X, who is now a fellow at Y": the clause's opening words are no part of the role.
                        while let first = role.first, EntityRules.clauseOpeners.contains(first.lowercased()) {
                            role.removeFirst()
                        }
                        if sawComma, !role.isEmpty, found[position].attributes["role"] == nil {
                            found[position].attributes["role"] = role.joined(separator: " ")
                        }
                    }
                    break
                }
                let word = text.text(of: text.tokens[index])
                if word == "," { sawComma = true }
                if [".", ";", "\"", "!", "?"].contains(word) { break }
                roleWords.append(word)
                index += 1
            }
        }
    }

    /// "Treasury Secretary Scott Bessent": the title as written becomes the person's `title`, known people included
    /// (their gazetteer `role` is the office's full name, not what this text calls them).
    private func attachTitles(_ found: inout [Found], titles: [TokenMatcher.Match], in text: TokenizedText) {
        var titleEndingAt: [Int: Range<Int>] = [:]
        for match in titles {
            if let other = titleEndingAt[match.tokens.upperBound], other.count >= match.tokens.count { continue }
            titleEndingAt[match.tokens.upperBound] = match.tokens
        }
        for position in found.indices where found[position].type == .person {
            guard var title = titleEndingAt[found[position].tokens.lowerBound] else { continue }
            // A chain of titles is one: "General Manager", "Chief Deputy City Attorney".
            while !text.tokens[title.lowerBound].flags.contains(.lineBefore) {
                if let before = titleEndingAt[title.lowerBound] {
                    title = before.lowerBound..<title.upperBound
                } else if title.lowerBound >= 2, text.tokens[title.lowerBound - 1].flags.contains(.capitalized),
                    !text.tokens[title.lowerBound - 1].flags.contains(.lineBefore),
                    let before = titleEndingAt[title.lowerBound - 1]
                {
                    title = before.lowerBound..<title.upperBound
                } else {
                    break
                }
            }
            let written = Self.spanText(text, title)
            // Forms of address say nothing about a job.
            guard !EntityRules.formsOfAddress.contains(written.lowercased()) else { continue }
            found[position].attributes["title"] = Self.roleText(written)
        }
    }

    /// Later short forms of names met earlier: a surname alone, a shortened organisation name, an acronym the
    /// text defined, and "the ministry" for the one ministry named before.
    private func coreferences(in words: Words, claimed: [Bool], known: [Found]) -> [Found] {
        // Keyed by token hashes (case-folded), so the scan below makes no strings.
        var surnames: [UInt64: [Found]] = [:]
        var shortForms: [UInt64: [Found]] = [:]
        // "the Chronicle" for "The San Francisco Chronicle", "the Post" for "The Washington Post".
        var newspapers: [UInt64: [Found]] = [:]
        // "Can I give it to James?" after "James Van Der Beek": a given name alone, when one person bears it.
        var givenNames: [UInt64: [Found]] = [:]
        /// Files `item` under `key` once per entity.
        func index(_ item: Found, under key: UInt64, in map: inout [UInt64: [Found]]) {
            if !map[key, default: []].contains(where: { $0.entity == item.entity }) {
                map[key, default: []].append(item)
            }
        }
        for item in known where item.tokens.count >= 2 {
            if item.type == .organization {
                let last = words.hashes[item.tokens.upperBound - 1]
                if EntityRules.mediaHeadHashes.contains(last) { index(item, under: last, in: &newspapers) }
            } else if item.type == .person {
                index(item, under: words.hashes[Self.surnameIndex(item.tokens, in: words.text)], in: &surnames)
                let given = words.hashes[item.tokens.lowerBound]
                if lists.givenNames.contains(given) { index(item, under: given, in: &givenNames) }
            }
        }
        for item in known where item.type == .organization {
            // Acronym defined right after the name: "Ministry of Commerce (MOFCOM)".
            let after = item.tokens.upperBound
            if after + 2 < words.count, words.is(after, "("), words.token(after + 1).flags.contains(.allCaps),
                words.is(after + 2, ")")
            {
                shortForms[words.hashes[after + 1], default: []].append(item)
            }
            // Leading words of a long name: "JL MAG" for "JL MAG Rare-Earth".
            let parts = item.tokens.filter { !words.is($0, "-") }
            if parts.count >= 3 {
                // Only one- and two-word short forms are looked for below.
                let prefix = Array(parts.prefix(parts.count - (parts.count >= 4 ? 2 : 1)))
                if prefix.count == 2 {
                    let key = Self.pairHash(words.hashes[prefix[0]], words.hashes[prefix[1]])
                    shortForms[key, default: []].append(item)
                } else if prefix.count == 1, words.length(prefix[0]) >= 4,
                    words.token(prefix[0]).flags.contains(.allCaps)
                {
                    shortForms[words.hashes[prefix[0]], default: []].append(item)
                }
            }
        }
        let knownByStart = Dictionary(known.map { ($0.tokens.lowerBound, $0) }, uniquingKeysWith: { first, _ in first })
        var result: [Found] = []
        var ministries: [String] = []
        var ministryTarget: Found?
        var index = 0
        while index < words.count {
            defer { index += 1 }
            if claimed[index] {
                if let item = knownByStart[index], item.type == .organization,
                    item.tokens.contains(where: { words.hashes[$0] == EntityRules.ministry })
                        || item.kind == "Ministry"
                {
                    if !ministries.contains(item.entity) {
                        ministries.append(item.entity)
                        ministryTarget = item
                    }
                }
                continue
            }
            if words.hashes[index] == EntityRules.the, index + 1 < words.count,
                words.hashes[index + 1] == EntityRules.ministry, !claimed[index + 1], ministries.count == 1,
                let target = ministryTarget
            {
                result.append(Self.copy(target, tokens: index..<(index + 2), rule: "coreference"))
                index += 1
                continue
            }
            guard words.capitalized(index) else { continue }
            let word = words.hashes[index]
            if index > 0, words.hashes[index - 1] == EntityRules.the, let targets = newspapers[word],
                targets.count == 1, let target = targets.first, target.tokens.lowerBound < index
            {
                result.append(Self.copy(target, tokens: index..<(index + 1), rule: "coreference"))
                continue
            }
            // Short organisation forms, longest first (two words, then one).
            if index + 1 < words.count, !claimed[index + 1], words.capitalized(index + 1) {
                let pair = Self.pairHash(word, words.hashes[index + 1])
                if let targets = shortForms[pair], Set(targets.map(\.entity)).count == 1, let target = targets.first,
                    target.tokens.lowerBound < index
                {
                    result.append(Self.copy(target, tokens: index..<(index + 2), rule: "coreference"))
                    index += 1
                    continue
                }
            }
            let nextIsName =
                index + 1 < words.count && words.capitalized(index + 1) && words.token(index + 1).kind == .word
            if let targets = shortForms[word] ?? surnames[word] {
                let entities = Set(targets.map(\.entity))
                if entities.count == 1, let target = targets.first, target.tokens.lowerBound < index, !nextIsName {
                    // "bin Laden", "von der Leyen": the surname's lower-case particles, as the full name has them.
                    var start = index
                    while start > 0, !claimed[start - 1], !words.capitalized(start - 1),
                        EntityRules.particleHashes.contains(words.hashes[start - 1]),
                        target.tokens.contains(where: { words.hashes[$0] == words.hashes[start - 1] })
                    {
                        start -= 1
                    }
                    result.append(Self.copy(target, tokens: start..<(index + 1), rule: "coreference"))
                }
            } else if let targets = givenNames[word], targets.count == 1, let target = targets.first,
                target.tokens.lowerBound < index, !nextIsName, !words.token(index).flags.contains(.allCaps),
                index == 0 || !words.capitalized(index - 1) || words.opensSentence(index),
                !(words.opensSentence(index) && lists.commonWords.contains(word))
            {
                result.append(Self.copy(target, tokens: index..<(index + 1), rule: "coreference"))
            }
        }
        return result
    }

    /// A single name found by a rule ("President Trump") is the full name met in the same text ("Donald Trump")
    /// when exactly one person has that surname.
    private func resolveSurnames(_ found: inout [Found], in text: TokenizedText) {
        var bySurname: [String: Set<String>] = [:]
        var full: [String: Found] = [:]
        for item in found where item.type == .person && item.tokens.count >= 2 {
            let surname = text.text(of: text.tokens[Self.surnameIndex(item.tokens, in: text)])
            bySurname[surname, default: []].insert(item.entity)
            full[item.entity] = item
        }
        for index in found.indices where found[index].type == .person && found[index].tokens.count == 1 {
            let word = text.text(of: text.tokens[found[index].tokens.lowerBound])
            guard let entities = bySurname[word], entities.count == 1, let entity = entities.first,
                let target = full[entity]
            else { continue }
            found[index].name = target.name
            found[index].entity = target.entity
        }
        // "Phil Ford … He tied Ford": a listed firm's one-word name that is the surname of the one person named in
        // full is that person (a place's stays the place: "Tom Hayward … Hayward, Calif."). "Regina Benjamin …
        // Regina's in a fight": so is a listed firm's or place's that is the given name of the one person named in
        // full, unless a preposition of place introduces it ("in Regina").
        var byGiven: [String: Set<String>] = [:]
        // The words of the people named in full, so that other mentions are tested without making strings.
        var nameWords: Set<UInt64> = []
        for item in found where item.type == .person && item.tokens.count >= 2 {
            byGiven[text.text(of: text.tokens[item.tokens.lowerBound]), default: []].insert(item.entity)
            nameWords.insert(text.hashes[item.tokens.lowerBound])
            nameWords.insert(text.hashes[Self.surnameIndex(item.tokens, in: text)])
        }
        for index in found.indices where found[index].rule == "gazetteer" && found[index].tokens.count == 1 {
            let item = found[index]
            let position = item.tokens.lowerBound
            guard item.type == .organization || item.type == .place, nameWords.contains(text.hashes[position]),
                !text.tokens[position].flags.contains(.allCaps)
            else { continue }
            let word = text.text(of: text.tokens[position])
            let next = position + 1
            // "Marvin Harrison … from Harrison's weapon", "Harrison said": a place's name that is the surname of the
            // one person named in full, before a possessive, or before a verb of speech after no preposition of place
            // (not "Hayward is a city").
            let personFollows =
                next < text.tokens.count
                && (Self.isPossessive(hash: text.hashes[next])
                    || EntityRules.speechVerbHashes.contains(text.hashes[next])
                        && (position == 0 || !EntityRules.placePrepositionHashes.contains(text.hashes[position - 1])))
            var entities = item.type == .organization || personFollows ? bySurname[word] ?? [] : []
            // A given name alone before what a person's name stands before: a possessive, punctuation or a verb of
            // speech or being — not "Brent crude", "in Regina".
            if entities.isEmpty,
                position == 0 || !EntityRules.placePrepositionHashes.contains(text.hashes[position - 1]),
                next < text.tokens.count,
                text.tokens[next].kind == .punctuation || EntityRules.personFollowerHashes.contains(text.hashes[next])
            {
                entities = byGiven[word] ?? []
            }
            guard entities.count == 1, let entity = entities.first, let target = full[entity] else { continue }
            found[index] = Self.copy(target, tokens: item.tokens, rule: "coreference")
        }
    }

    /// The key of a two-word short form.
    static func pairHash(_ first: UInt64, _ second: UInt64) -> UInt64 {
        (first &* 0x9E37_79B9_7F4A_7C15) ^ second
    }

    private static func copy(_ target: Found, tokens: Range<Int>, rule: String) -> Found {
        var copy = target
        copy.tokens = tokens
        copy.rule = rule
        copy.attributes = [:]
        return copy
    }

    // MARK: - Text helpers

    static func spanText(_ text: TokenizedText, _ tokens: Range<Int>) -> String {
        guard let first = tokens.first, let last = tokens.last else { return "" }
        return text.text(Int(text.tokens[first].start)..<Int(text.tokens[last].end))
    }

    /// `"Scott Bessent"` → `"scott-bessent"`.
    static func slug(_ name: String) -> String {
        var result = ""
        var pendingDash = false
        for scalar in name.lowercased().unicodeScalars {
            if scalar.properties.isAlphabetic || (scalar.value >= 0x30 && scalar.value <= 0x39) {
                if pendingDash && !result.isEmpty { result += "-" }
                result.unicodeScalars.append(scalar)
                pendingDash = false
            } else {
                pendingDash = true
            }
        }
        return result
    }
}
