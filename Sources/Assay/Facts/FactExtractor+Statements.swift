extension FactExtractor {
    // MARK: - Quotations

    /// Verbs and phrases that attribute words to a speaker.
    static let speechWords: Set<String> = [
        "said", "says", "say", "told", "tells", "added", "adding", "stated", "declared", "warned", "insisted",
        "noted", "argued", "explained", "saying", "hailed", "called", "claimed", "asserted", "stressed", "wrote",
        "announced", "clear", "remarked", "responded", "replied", "vowed", "promised",
    ]

    /// Text in quotation marks, attributed to the one person (or organisation) a sentence with a speech verb names.
    ///
    /// A sentence naming two people, or none, gives no quotation: "a “green channel”" in a sentence about Beijing is
    /// a scare quote, not a statement.
    func quotations(_ context: Context) -> [Fact] {
        let scan = context.scan
        var facts: [Fact] = []
        for (start, end) in quotedSpans(scan.scalars) {
            guard let sentenceIndex = scan.sentence(containing: start) else { continue }
            // A quotation may end its own sentence and be attributed in the next words ("…,” said X.").
            var range = scan.sentences[sentenceIndex]
            if let last = scan.sentence(containing: max(start, end - 1)), last != sentenceIndex {
                range = range.lowerBound..<scan.sentences[last].upperBound
            }
            if sentenceIndex + 1 < scan.sentences.count, end >= range.upperBound - 1 {
                range = range.lowerBound..<scan.sentences[sentenceIndex + 1].upperBound
            }
            let outside = scan.wordIndexes(in: range).filter {
                scan.words[$0].end <= start || scan.words[$0].start >= end
            }
            guard outside.contains(where: { Self.speechWords.contains(scan.words[$0].lower) }) else { continue }
            let speakers = context.mentions(in: range)
                .filter { ($0.end <= start || $0.start >= end) && $0.type == .person }
            let people = Set(speakers.compactMap { context.entity($0)?.id })
            guard people.count == 1, let speaker = speakers.first, let entity = context.entity(speaker) else {
                continue
            }
            let span = scan.trimmed(start..<end)
            let quote = scan.text(span)
            let words = Self.quoteWords(quote)
            guard !words.isEmpty else { continue }
            facts.append(
                Fact(
                    type: .quotation,
                    property: "said",
                    propertyLabel: "said",
                    subject: entity.id,
                    qualifiers: ["quote": words.joined(separator: " ")],
                    value: .text(quote),
                    about: [entity.id],
                    document: context.record.id,
                    // The quoted words themselves, so the fact traces to the characters that state it.
                    evidence: [
                        context.reference(speaker),
                        MentionReference(document: context.record.id, start: span.lowerBound, end: span.upperBound),
                    ]
                )
            )
        }
        return facts
    }

    /// The lower-case words of a quotation, for comparing wordings.
    static func quoteWords(_ quote: String) -> [String] {
        quote.lowercased().split { !$0.isLetter && !$0.isNumber && $0 != "'" && $0 != "\u{2019}" }.map(String.init)
    }

    /// Spans inside curly (“…”) or straight ("…") double quotes, on one line, at most 600 characters.
    private func quotedSpans(_ scalars: [Unicode.Scalar]) -> [(Int, Int)] {
        var spans: [(Int, Int)] = []
        var open: (index: Int, straight: Bool)?
        for (index, scalar) in scalars.enumerated() {
            if scalar == "\n" {
                open = nil
            } else if scalar == "\u{201C}" {
                open = (index, false)
            } else if scalar == "\u{201D}" || scalar == "\"" {
                if let current = open, current.straight == (scalar == "\"") {
                    if index - current.index > 1, index - current.index <= 600 {
                        spans.append((current.index + 1, index))
                    }
                    open = nil
                } else if scalar == "\"" {
                    open = (index, true)
                }
            }
        }
        return spans
    }

    // MARK: - Nationality

    /// Nouns for companies, which a nationality word may qualify.
    static let companyNouns: Set<String> = [
        "producer", "producers", "supplier", "suppliers", "firm", "firms", "company", "companies", "maker", "makers",
        "manufacturer", "manufacturers", "group", "miner", "miners", "exporter", "exporters", "giant", "startup",
        "carmaker", "chipmaker", "conglomerate", "refiner", "processor", "developer", "operator", "corporation",
        "enterprise", "enterprises", "business", "businesses", "bank", "lender", "insurer", "automaker", "brand",
    ]

    /// "Chinese rare-earth magnet producer JL MAG", "JL MAG, a prominent Chinese supplier", "Some U.S. firms,
    /// including one called JL MAG": the country an organisation is said to belong to.
    func nationality(_ mention: Mention, _ context: Context) -> Fact? {
        let scan = context.scan
        guard let organization = context.entity(mention), organization.kind != "GovernmentOrganization",
            let sentenceIndex = scan.sentence(containing: mention.start)
        else { return nil }
        let sentence = scan.sentences[sentenceIndex]
        let before = Array(scan.wordIndexes(in: sentence.lowerBound..<mention.start).suffix(8))
        let after = Array(scan.wordIndexes(in: mention.end..<sentence.upperBound).prefix(8))
        var found: (id: String, name: String, at: Int)?

        // Before: [nationality] [words]* company-noun [ORG], or [nationality] company-nouns, including (one called) ORG.
        if let nounPosition = before.lastIndex(where: { Self.companyNouns.contains(scan.words[$0].lower) }) {
            let tail = before[(nounPosition + 1)...].map { scan.words[$0].lower }
            let direct = tail.isEmpty
            let including = tail.first == "including" && tail.count <= 3
            if direct || including {
                for position in stride(from: nounPosition - 1, through: max(0, nounPosition - 4), by: -1) {
                    if let country = country(at: before[position], context) {
                        found = (country.id, country.name, before[position])
                        break
                    }
                }
            }
        }
        // After: ORG, a/an [adjective]* nationality [words]* company-noun.
        if found == nil, after.count >= 3, scan.scalars[mention.end..<scan.words[after[0]].start].contains(","),
            ["a", "an", "the"].contains(scan.words[after[0]].lower),
            let nounPosition = after.firstIndex(where: { Self.companyNouns.contains(scan.words[$0].lower) })
        {
            for position in 1..<nounPosition {
                if let country = country(at: after[position], context) {
                    found = (country.id, country.name, after[position])
                    break
                }
            }
        }
        guard let found else { return nil }
        return Fact(
            type: .nationality,
            property: "nationality",
            propertyLabel: "nationality",
            subject: organization.id,
            qualifiers: [:],
            value: .entity(id: found.id, name: found.name),
            about: [organization.id],
            document: context.record.id,
            evidence: [context.reference(mention)]
                + context.mentions(in: scan.words[found.at].start..<scan.words[found.at].end + 1)
                .filter { $0.type == .place }.map { context.reference($0) }
        )
    }

    /// The country a word names: a demonym ("Chinese") or a country mention ("U.S.").
    private func country(at wordIndex: Int, _ context: Context) -> (id: String, name: String)? {
        let word = context.scan.words[wordIndex]
        if let place = context.mentions(in: word.start..<word.end + 1).first(where: { $0.type == .place }),
            let entity = context.entity(place), entity.kind == "Country"
        {
            return (entity.id, entity.name)
        }
        return lexicon.demonyms[word.lower]
    }
}

extension Unicode.GeneralCategory {
    var isPunctuation: Bool {
        switch self {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
            .finalPunctuation, .otherPunctuation:
            return true
        default:
            return false
        }
    }
}
