/// The gazetteer as the entity recognizer uses it: entries, a matcher over their aliases, and the context checks
/// that keep short aliases honest. (Wired to the gazetteer files by ``EntityExtractor``.)
struct EntityLexicon: Sendable {
    struct Entry: Sendable {
        var id: String
        var type: MentionType?
        var kind: String
        var name: String
        var attributes: [String: String]
        /// A demonym ("Chinese") signals a country without being a mention of it.
        var isDemonym: Bool
        /// A chemical symbol ("Sm"): a mention only next to other symbols or right after the element's name.
        var symbols: Set<String>
        /// Whether some name of the entry ends in a lower-case word ("Chinese customs"), so that a lower-case last
        /// word in the text is no reason to reject it.
        var lowercaseEnding = false
    }

    let entries: [Entry]
    let matcher: TokenMatcher
    /// Whether "the Greek government", "U.S. forces" are mentions of the organisations (re3d marks them; names-only
    /// annotation does not).
    var governmentPhrases = false

    init(entries: [Entry], patterns: [TokenMatcher.Pattern]) {
        self.entries = entries
        self.matcher = TokenMatcher(patterns: patterns)
    }

    /// The entities the gazetteer names in `text`; demonyms ("Chinese") are no mentions, but `demonym` hears of their
    /// tokens and entries.
    func find(in text: TokenizedText, demonym: (Range<Int>, Entry) -> Void = { _, _ in }) -> [EntityRecognizer.Found] {
        let matches = matcher.matches(in: text) { span, payloads in
            payloads.filter { accept(entries[Int($0)], span: span, in: text) }
        }
        var found: [EntityRecognizer.Found] = []
        for match in matches {
            guard let best = match.payloads.map({ entries[Int($0)] }).min(by: Self.preferred) else { continue }
            guard let type = best.type, !best.isDemonym else {
                if best.isDemonym { demonym(match.tokens, best) }
                continue
            }
            var item = EntityRecognizer.Found(best, type: type, tokens: match.tokens, rule: "gazetteer")
            // "the Gulf": a name listed with its article is mentioned without it.
            if Self.opensWithThe(match.tokens, in: text) {
                item.tokens = (match.tokens.lowerBound + 1)..<match.tokens.upperBound
            }
            // "al-Hilla", "al-Zarqawi": the Arabic article glued to a listed name belongs to the mention.
            let start = match.tokens.lowerBound
            if start >= 2, text.tokens[start - 1].end == text.tokens[start].start,
                Self.isArticle(start - 2, beforeNameAt: start, in: text)
            {
                item.tokens = (start - 2)..<match.tokens.upperBound
            }
            // "China's Ministry of Commerce": the country is a mention of its own, the organisation's span starts
            // after the possessive (and a lower-case remainder such as "government" is no name).
            if type == .organization, let split = possessiveSplit(match.tokens, in: text) {
                found.append(split.place)
                guard let rest = split.rest else { continue }
                item.tokens = rest
            }
            found.append(item)
        }
        return found
    }

    /// A Place named before a possessive "'s" inside a match, and the capitalised remainder after it.
    private func possessiveSplit(
        _ span: Range<Int>,
        in text: TokenizedText
    ) -> (place: EntityRecognizer.Found, rest: Range<Int>?)? {
        guard
            let possessive = span.dropFirst().first(where: { index in
                let token = text.tokens[index]
                return token.end - token.start == 2 && text.scalars[Int(token.start)] == "'"
            })
        else { return nil }
        let prefix = span.lowerBound..<possessive
        let places = matcher.payloads(exactly: prefix, in: text).map { entries[Int($0)] }.filter { $0.type == .place }
        guard let place = places.min(by: Self.preferred) else { return nil }
        let found = EntityRecognizer.Found(place, type: .place, tokens: prefix, rule: "gazetteer")
        let rest = (possessive + 1)..<span.upperBound
        let capitalized = !rest.isEmpty && text.tokens[rest.lowerBound].flags.contains(.capitalized)
        return (found, capitalized ? rest : nil)
    }

    /// Names of people, places and organisations are capitalised in English text; minerals need not be.
    private func accept(_ entry: Entry, span: Range<Int>, in text: TokenizedText) -> Bool {
        let first = text.tokens[span.lowerBound]
        if entry.type != .mineral && entry.type != nil {
            guard
                first.flags.contains(.capitalized) || Self.startsWithDigit(first, in: text)
                    || Self.isArticle(span.lowerBound, beforeNameAt: span.lowerBound + 2, in: text)
                    || entry.type == .place && Self.opensWithThe(span, in: text)
            else { return false }
        }
        // "U.S. steel" is the metal, "U.S. Steel" the company: a name of several words ends capitalised too.
        if entry.type == .organization, span.count > 1 {
            let last = text.tokens[span.upperBound - 1]
            // A piece glued to the word before it ("D-backs" is "D" + "-" + "backs") is no word of its own, and a
            // word that starts with a digit ("Philadelphia 76ers") has no capital to look for.
            if last.kind == .word, !last.flags.contains(.capitalized), last.flags.contains(.spaceBefore),
                !Self.startsWithDigit(last, in: text), !entry.lowercaseEnding
            {
                return false
            }
        }
        // "his No. 10 jersey", "the No. 10 pick": a number, not Downing Street.
        if span.lowerBound > 0, Self.numberWordHashes.contains(text.hashes[span.lowerBound]),
            Self.determinerHashes.contains(text.hashes[span.lowerBound - 1])
        {
            return false
        }
        // "a CCTV operator", "CCTV footage": closed-circuit television, not China's broadcaster.
        if entry.type == .organization, span.count == 1, span.upperBound < text.tokens.count,
            first.flags.contains(.allCaps), text.hashes[span.lowerBound] == Self.cctv,
            Self.cameraNounHashes.contains(text.hashes[span.upperBound])
        {
            return false
        }
        // "FA-18 fighter jets", "a MiG-29": an acronym joined by a hyphen to a number names a model, not the body.
        if entry.type != .mineral, span.count == 1, first.flags.contains(.allCaps),
            span.upperBound + 1 < text.tokens.count
        {
            let hyphen = text.tokens[span.upperBound]
            let number = text.tokens[span.upperBound + 1]
            if hyphen.kind == .punctuation, !hyphen.flags.contains(.spaceBefore), text.text(of: hyphen) == "-",
                number.kind == .number, !number.flags.contains(.spaceBefore)
            {
                return false
            }
        }
        // "the Greek government", "U.S. forces": a country's or a people's name before a lower-case noun describes
        // an organisation without naming it; "U.S." alone is then the mention.
        if entry.type == .organization, span.count >= 2, governmentPhrases == false,
            Self.isDescribedGovernment(span, in: text, matcher: matcher, entries: entries)
        {
            return false
        }
        // "Rare Earths" right after capitalised words is the end of a name ("Lynas Rare Earths"), not the mineral.
        if entry.type == .mineral, first.flags.contains(.capitalized), span.lowerBound > 0,
            !first.flags.contains(.lineBefore)
        {
            let previous = text.tokens[span.lowerBound - 1]
            if previous.kind == .word, previous.flags.contains(.capitalized),
                !EntityRules.notNames.contains(text.text(of: previous).lowercased())
            {
                return false
            }
        }
        if !entry.symbols.isEmpty, span.count == 1,
            entry.symbols.contains(text.text(Int(first.start)..<Int(text.tokens[span.upperBound - 1].end)))
        {
            return symbolInContext(span, in: text)
        }
        // "a silver Toyota", "a Gold Glove winner", "the black and gold": a colour, not the metal; "a steel door",
        // "a gold medal", "an aluminum case": the stuff of a thing, not the traded metal.
        if entry.type == .mineral, span.count == 1,
            Self.isColour(span.lowerBound, in: text) || Self.madeOf(span.lowerBound, in: text)
        {
            return false
        }
        // "a two-time Gold Glove winner", "Silver Slugger": a capitalised metal opening a name mid-sentence, unless
        // a word of the trade follows ("Gold Prices Rise").
        if entry.type == .mineral, span.count == 1, first.flags.contains(.capitalized),
            !first.flags.contains(.allCaps), span.lowerBound > 0, !first.flags.contains(.lineBefore),
            span.upperBound < text.tokens.count
        {
            let next = text.tokens[span.upperBound]
            let previous = text.tokens[span.lowerBound - 1]
            let opensSentence = previous.kind == .punctuation && [".", "!", "?"].contains(text.text(of: previous))
            if !opensSentence, next.kind == .word, next.flags.contains(.capitalized), !next.flags.contains(.lineBefore),
                !Self.tradeWords.contains(text.text(of: next).lowercased())
            {
                return false
            }
        }
        // Metal names that are also everyday words ("lead the talks", "iron out", "a neon cross"), marked
        // `ambiguous=yes` in the gazetteer: mentions only next to another metal or a word of the trade.
        if entry.type == .mineral, span.count == 1, entry.attributes["ambiguous"] == "yes" {
            return mineralInContext(span, in: text)
        }
        // Elements that are no traded minerals in ordinary use ("oxygen levels", "carbon emissions"), marked
        // `in-lists=yes`: mentions only in a list of elements that names a listed one ("carbon, hydrogen, oxygen,
        // nitrogen, phosphorus and sulfur").
        if entry.type == .mineral, span.count == 1, entry.attributes["in-lists"] == "yes" {
            return inListOfElements(span, in: text)
        }
        // Towns whose name is also a person's or a word ("Hayward", "Mobile"), marked `ambiguous=yes`: mentions only
        // where the text places them.
        if entry.type == .place, entry.attributes["ambiguous"] == "yes" {
            return placedInContext(span, in: text)
        }
        return true
    }

    static let determinerHashes = EntityRules.hashes(["the", "a", "his", "her", "their", "its", "my", "our", "your"])
    static let numberWordHashes = EntityRules.hashes(["no", "no.", "number"])
    static let cctv = EntityRules.hash("cctv")
    static let cameraNounHashes = EntityRules.hashes([
        "operator", "operators", "footage", "camera", "cameras", "images", "pictures", "surveillance", "system",
        "systems", "monitor", "monitors", "control", "network", "video", "unit", "units",
    ])

    static let placingWords: Set<String> = [
        "in", "near", "outside", "at", "from", "into", "across", "around", "toward", "towards", "suburban",
    ]
    static let settlementNouns: Set<String> = [
        "city", "town", "village", "suburb", "suburbs", "township", "borough", "resident", "residents", "native",
    ]

    /// Whether the text places a name: after "in", "near", "the town of", "a resident of", a person's age ("Anthony
    /// LaCalamita, 38, of Troy"), or before a comma and a state, province or country ("Burbank, Calif.", "Aberdare,
    /// Wales").
    private func placedInContext(_ span: Range<Int>, in text: TokenizedText) -> Bool {
        let tokens = text.tokens
        func word(_ index: Int) -> String? {
            tokens[index].kind == .word && !tokens[index].flags.contains(.capitalized)
                ? text.text(of: tokens[index]) : nil
        }
        let start = span.lowerBound
        // "at Parker Center", "from Lennox Lewis", "at Wayne State": part of a longer name.
        if span.upperBound < tokens.count, tokens[span.upperBound].flags.contains(.capitalized),
            !tokens[span.upperBound].flags.contains(.lineBefore)
        {
            return false
        }
        if start >= 1, !tokens[start].flags.contains(.lineBefore), let previous = word(start - 1) {
            if Self.placingWords.contains(previous) { return true }
            if previous == "of", start >= 2, let noun = word(start - 2), Self.settlementNouns.contains(noun) {
                return true
            }
            // "Anthony LaCalamita, 38, of Troy": where a person named with an age lives.
            if previous == "of", start >= 4, text.text(of: tokens[start - 2]) == ",", tokens[start - 3].kind == .number,
                text.text(of: tokens[start - 4]) == ","
            {
                return true
            }
        }
        let comma = span.upperBound
        guard comma + 1 < tokens.count, text.text(of: tokens[comma]) == ",",
            tokens[comma + 1].flags.contains(.capitalized)
        else { return false }
        for length in 1...3 where comma + 1 + length <= tokens.count {
            let region = (comma + 1)..<(comma + 1 + length)
            let regions = matcher.payloads(exactly: region, in: text).map { entries[Int($0)] }
            if regions.contains(where: { Self.placesTowns($0.kind) }) {
                return true
            }
        }
        return false
    }

    /// Whether a token starts with a digit: a number ("1,200") or a word the tokenizer keeps whole ("49ers",
    /// "76ers", "20th"), whose first letter is lower case without making it an ordinary word.
    /// Whether a span is a place's or a demonym's name and one lower-case noun of state power: "Greek government",
    /// "U.S. forces", "Syrian regime" (not "Assad regime", "Chicago police").
    private static func isDescribedGovernment(
        _ span: Range<Int>,
        in text: TokenizedText,
        matcher: TokenMatcher,
        entries: [Entry]
    ) -> Bool {
        let last = text.tokens[span.upperBound - 1]
        guard last.kind == .word, !last.flags.contains(.capitalized),
            EntityRules.stateNounHashes.contains(text.hashes[span.upperBound - 1])
        else { return false }
        let prefix = span.lowerBound..<(span.upperBound - 1)
        return matcher.payloads(exactly: prefix, in: text).contains { payload in
            let entry = entries[Int(payload)]
            return entry.isDemonym || entry.type == .place
        }
    }

    /// Whether a span is a lower-case "the" and a capitalised name that ends there: the place "the Gulf", listed so
    /// because "Gulf" alone is too often part of other names — not "the Gulf of Aden", "the Gulf Coast".
    private static func opensWithThe(_ span: Range<Int>, in text: TokenizedText) -> Bool {
        guard span.count >= 2, text.tokens[span.lowerBound + 1].flags.contains(.capitalized) else { return false }
        if span.upperBound < text.tokens.count,
            text.tokens[span.upperBound].flags.contains(.capitalized) || text.hashes[span.upperBound] == EntityRules.of
        {
            return false
        }
        return text.hashes[span.lowerBound] == EntityRules.the
            && !text.tokens[span.lowerBound].flags.contains(.capitalized)
    }

    /// Whether token `index` is an Arabic article joined by a hyphen to the capitalised name at `name`: the "al" of
    /// "al-Qaeda", which a name may start with in lower case.
    private static func isArticle(_ index: Int, beforeNameAt name: Int, in text: TokenizedText) -> Bool {
        guard name < text.tokens.count, name == index + 2 else { return false }
        let article = text.tokens[index]
        let hyphen = text.tokens[index + 1]
        guard article.kind == .word, article.end - article.start == 2, hyphen.start == article.end,
            hyphen.end == text.tokens[name].start, text.scalars[Int(hyphen.start)] == "-",
            text.tokens[name].flags.contains(.capitalized)
        else { return false }
        return arabicArticleHashes.contains(text.hashes[index])
    }

    static let arabicArticleHashes = EntityRules.hashes(["al", "el"])

    private static func startsWithDigit(_ token: Token, in text: TokenizedText) -> Bool {
        Tokenizer.isDigit(text.scalars[Int(token.start)])
    }

    /// Words that make a metal name mean the metal: "lead ore", "tin prices", "gold mine", "lead and zinc".
    static let tradeWords: Set<String> = [
        "ore", "ores", "mine", "mines", "mining", "miner", "miners", "smelter", "smelters", "smelting", "refinery",
        "refining", "prices", "price", "output", "production", "producer", "producers", "exports", "imports",
        "reserves", "deposits", "deposit", "concentrate", "concentrates", "ingot", "ingots", "bullion", "ounce",
        "ounces", "tonnes", "tons", "futures", "metal", "metals", "alloy", "alloys", "supply", "supplies",
        "demand", "market", "markets", "stocks", "inventories", "battery", "batteries", "poisoning", "pipes",
        "paint", "reserve", "zinc", "copper", "nickel", "cobalt", "lithium", "aluminium", "aluminum", "tungsten",
        "tariff", "tariffs", "industry", "shortage", "shortages", "chips", "semiconductors", "lasers",
    ]

    /// Metals whose names are also colours, and the colours (not metals: "gold, silver and copper") they pair with.
    static let colourMetalHashes = EntityRules.hashes(["gold", "silver", "bronze", "copper", "platinum"])
    static let colourHashes = EntityRules.hashes([
        "black", "white", "red", "blue", "green", "yellow", "purple", "orange", "pink", "brown", "grey", "gray", "navy",
        "maroon", "crimson", "scarlet", "teal",
    ])

    /// Whether a metal's name at `index` is a colour: in lower case before a capitalised word ("a silver Toyota"),
    /// or paired with another colour ("black and gold", "gold and white"). Not before a number ("Gold 1,470.60" in
    /// a table of prices) nor in a headline ("Gold Prices Rise").
    private static func isColour(_ index: Int, in text: TokenizedText) -> Bool {
        let tokens = text.tokens
        guard colourMetalHashes.contains(text.hashes[index]) else { return false }
        if index + 1 < tokens.count, !tokens[index].flags.contains(.capitalized),
            !tokens[index + 1].flags.contains(.lineBefore)
        {
            let next = tokens[index + 1]
            if next.kind == .word && next.flags.contains(.capitalized) { return true }
            // "a silver 2007 Ford Fusion": a model year between the colour and the make.
            if next.kind == .number, text.text(of: next).count == 4, index + 2 < tokens.count,
                tokens[index + 2].kind == .word, tokens[index + 2].flags.contains(.capitalized)
            {
                return true
            }
        }
        // The hash of the word at `position`, if there is a word there.
        func word(_ position: Int) -> UInt64? {
            guard position >= 0, position < tokens.count, tokens[position].kind == .word else { return nil }
            return text.hashes[position]
        }
        if word(index - 1) == EntityRules.and, let colour = word(index - 2), colourHashes.contains(colour) {
            return true
        }
        if word(index + 1) == EntityRules.and, let colour = word(index + 2), colourHashes.contains(colour) {
            return true
        }
        return false
    }

    /// Things made of a metal, or named for one, that make its name no mention of the traded metal.
    static let madeThingHashes = EntityRules.hashes([
        "door", "doors", "grate", "grates", "bars", "cage", "beam", "beams", "case", "frame", "chair", "sink", "sinks",
        "toilet", "toilets", "medal", "medals", "medalist", "medallist", "glove", "gloves", "pants", "screen", "lining",
        "cross", "sign", "signs", "light", "lights", "watch", "helmet", "fence", "gate", "jacket", "dress", "hair",
    ])

    /// Whether a metal's name at `index` stands before a thing made of it: "a steel door", "a gold medal".
    private static func madeOf(_ index: Int, in text: TokenizedText) -> Bool {
        guard index + 1 < text.tokens.count else { return false }
        let next = text.tokens[index + 1]
        return next.kind == .word && !next.flags.contains(.capitalized) && next.flags.contains(.spaceBefore)
            && madeThingHashes.contains(text.hashes[index + 1])
    }

    private func mineralInContext(_ span: Range<Int>, in text: TokenizedText) -> Bool {
        let tokens = text.tokens
        let window = max(0, span.lowerBound - 3)..<min(tokens.count, span.upperBound + 3)
        for index in window where !span.contains(index) && tokens[index].kind == .word {
            if Self.tradeWords.contains(text.text(of: tokens[index]).lowercased()) { return true }
        }
        return false
    }

    /// Whether the element at `span` stands in a list of element names ("," "and" "or" between them) of which one
    /// is an element mentioned anywhere, not only in lists.
    private func inListOfElements(_ span: Range<Int>, in text: TokenizedText) -> Bool {
        let tokens = text.tokens
        func separator(_ index: Int) -> Bool {
            guard index >= 0, index < tokens.count else { return false }
            let word = text.text(of: tokens[index])
            return word == "," || word == "and" || word == "or"
        }
        /// 1 for an element of lists only, 2 for any other element, 0 for no element.
        func element(_ index: Int) -> Int {
            guard index >= 0, index < tokens.count, tokens[index].kind == .word else { return 0 }
            let found = matcher.payloads(exactly: index..<(index + 1), in: text).map { entries[Int($0)] }.filter {
                $0.type == .mineral && ($0.kind == "ChemicalElement" || $0.kind == "RareEarthElement")
            }
            if found.isEmpty { return 0 }
            return found.contains { $0.attributes["in-lists"] != "yes" } ? 2 : 1
        }
        for step in [-1, 1] {
            var index = step < 0 ? span.lowerBound - 1 : span.upperBound
            while separator(index) {
                // ", and": two separators.
                if separator(index + step) { index += step }
                let kind = element(index + step)
                if kind == 2 { return true }
                if kind == 0 { break }
                index += 2 * step
            }
        }
        return false
    }

    /// A chemical symbol counts next to another symbol ("Nd, Pr and Dy", "NdFeB") or in brackets after a name.
    private func symbolInContext(_ span: Range<Int>, in text: TokenizedText) -> Bool {
        let tokens = text.tokens
        if span.lowerBound >= 2, text.text(of: tokens[span.lowerBound - 1]) == "(" { return true }
        let window = max(0, span.lowerBound - 4)..<min(tokens.count, span.upperBound + 4)
        var neighbours = 0
        for index in window where !span.contains(index) {
            let word = text.text(of: tokens[index])
            if word.count <= 2, let first = word.unicodeScalars.first, first.properties.isUppercase,
                Self.elementSymbols.contains(word)
            {
                neighbours += 1
            }
        }
        return neighbours >= 1
    }

    /// Every element symbol, for the context check.
    static let elementSymbols: Set<String> = [
        "H", "He", "Li", "Be", "B", "C", "N", "O", "F", "Ne", "Na", "Mg", "Al", "Si", "P", "S", "Cl", "Ar", "K", "Ca",
        "Sc", "Ti", "V", "Cr", "Mn", "Fe", "Co", "Ni", "Cu", "Zn", "Ga", "Ge", "As", "Se", "Br", "Kr", "Rb", "Sr", "Y",
        "Zr", "Nb", "Mo", "Tc", "Ru", "Rh", "Pd", "Ag", "Cd", "In", "Sn", "Sb", "Te", "I", "Xe", "Cs", "Ba", "La",
        "Ce", "Pr", "Nd", "Pm", "Sm", "Eu", "Gd", "Tb", "Dy", "Ho", "Er", "Tm", "Yb", "Lu", "Hf", "Ta", "W", "Re",
        "Os", "Ir", "Pt", "Au", "Hg", "Tl", "Pb", "Bi", "Po", "At", "Rn", "Fr", "Ra", "Ac", "Th", "Pa", "U", "Np",
        "Pu",
    ]

    /// Which reading wins when several entries share an alias: countries before regions before states before
    /// cities; organisations and people by their order in the files.
    /// Whether `a` is the likelier reading of a name several entries share: the broader kind of place, then a
    /// capital, then the larger population ("London" is the British capital, not the Ontario city).
    private static func preferred(_ a: Entry, _ b: Entry) -> Bool {
        let rankA = priority(a)
        let rankB = priority(b)
        if rankA != rankB { return rankA < rankB }
        let capitalA = a.attributes["capital-of"] != nil
        let capitalB = b.attributes["capital-of"] != nil
        if capitalA != capitalB { return capitalA }
        let populationA = a.attributes["population"].flatMap { Int($0) } ?? 0
        let populationB = b.attributes["population"].flatMap { Int($0) } ?? 0
        if populationA != populationB { return populationA > populationB }
        return a.id < b.id
    }

    /// Kinds of a country's first-level subdivisions (and the UK's and Ireland's counties), as the gazetteer names
    /// them: "Millom, Cumbria" and "Hama, Hama Governorate" place a town.
    static let subdivisionKinds: Set<String> = [
        "State", "Province", "County", "Governorate", "Prefecture", "Department", "Canton", "Republic", "Division",
        "AutonomousRegion", "AutonomousCommunity", "UnionTerritory", "FederalTerritory",
    ]

    static func isSubdivision(_ kind: String) -> Bool { subdivisionKinds.contains(kind) }

    /// Whether a place of this kind, after a town's name and a comma, says where the town is: a country, a region or
    /// a subdivision ("Burbank, Calif.", "Millom, Cumbria", "Aberdare, Wales").
    static func placesTowns(_ kind: String?) -> Bool {
        guard let kind else { return false }
        return kind == "Country" || kind == "Region" || isSubdivision(kind)
    }

    private static func priority(_ entry: Entry) -> Int {
        switch entry.kind {
        case "Country": return 0
        case "Region", "Continent": return 1
        case "State", "Province": return 2
        case "City", "Capital": return 3
        default: return 4
        }
    }
}

extension EntityRecognizer.Found {
    /// A mention of a gazetteer entry: its kind, name, id and attributes over `tokens`.
    init(_ entry: EntityLexicon.Entry, type: MentionType, tokens: Range<Int>, rule: String) {
        self.init(tokens: tokens, type: type, kind: entry.kind, name: entry.name, entity: entry.id, rule: rule)
        attributes = entry.attributes
    }
}
