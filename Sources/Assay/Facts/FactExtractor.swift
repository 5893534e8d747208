/// Finds the statements worth corroborating in one annotation record: quantities, dated events, durations, roles,
/// affiliations, quotations and nationalities.
///
/// It reads only the record (clean text and mentions) and the cross-document resolution, so it runs on stored
/// records. Each rule is a shape of English news prose, not a list of events:
/// - **quantities**: a percentage, the property the nearest word of `fact-terms.txt` names (in its clause, else its
///   sentence), the nearest entity before it as subject (or the one on the line that introduces a list), the
///   nearest mineral as commodity, "on/against X" as target, and a date in the clause as time;
/// - **dates and durations**: a value with a property word within five words ("the August 10 deadline", "another
///   90 days", "valid for six months") and the first topic of `fact-terms.txt` the sentence (or the one before)
///   names;
/// - **roles and affiliations**: the titles and organisations the extractor attached to people;
/// - **quotations**: text in quotation marks in a sentence with a speech verb and exactly one person;
/// - **nationality**: "Chinese producer JL MAG", "JL MAG, a Chinese supplier", "U.S. firms, including … JL MAG".
///
/// ```swift
/// let facts = FactExtractor(lexicon: lexicon).facts(in: record, resolution: resolution)
/// // China — share of production — rare earths — 70 (approx), from "China mines around 70 per cent of …"
/// ```
public struct FactExtractor: Sendable {
    public var lexicon: FactLexicon
    /// How many words may separate a date or duration from the word that says what it is.
    public var valueWindow = 5

    public init(lexicon: FactLexicon) {
        self.lexicon = lexicon
    }

    /// One record's view: its text cut up, its mentions sorted, each entity mention's resolved id.
    struct Context {
        let record: DocumentRecord
        let scan: SentenceScan
        let mentions: [Mention]
        let resolution: CorpusResolution

        func entity(_ mention: Mention) -> ResolvedEntity? {
            resolution.entity(document: record.id, start: mention.start, end: mention.end)
        }

        func reference(_ mention: Mention) -> MentionReference {
            MentionReference(
                document: record.id,
                start: mention.start,
                end: mention.end,
                sourceStart: mention.sourceStart,
                sourceEnd: mention.sourceEnd
            )
        }

        func mentions(in range: Range<Int>) -> ArraySlice<Mention> {
            let first = mentions.partitioningIndex { $0.start >= range.lowerBound }
            let last = mentions.partitioningIndex { $0.start >= range.upperBound }
            return mentions[first..<max(first, last)]
        }
    }

    /// The facts `record` states.
    public func facts(in record: DocumentRecord, resolution: CorpusResolution) -> [Fact] {
        let context = Context(
            record: record,
            scan: SentenceScan(record.text),
            mentions: (record.mentions ?? []).sorted { ($0.start, $0.end) < ($1.start, $1.end) },
            resolution: resolution
        )
        var facts: [Fact] = []
        for mention in context.mentions {
            switch mention.type {
            case .percent: facts += quantity(mention, context).map { [$0] } ?? []
            case .date, .duration: facts += event(mention, context).map { [$0] } ?? []
            case .person: facts += personFacts(mention, context)
            case .organization: facts += nationality(mention, context).map { [$0] } ?? []
            default: break
            }
        }
        facts += quotations(context)
        return facts
    }

    // MARK: - Quantities

    private func quantity(_ mention: Mention, _ context: Context) -> Fact? {
        let scan = context.scan
        guard let value = mention.value.flatMap(Double.init),
            let sentenceIndex = scan.sentence(containing: mention.start)
        else { return nil }
        let sentence = scan.sentences[sentenceIndex]
        let clause = scan.clause(of: sentence, containing: mention.start)
        // "from 145 per cent to 30 per cent": the first is what it was, not what it is.
        if previousWord(before: mention.start, scan) == "from" { return nil }
        // "on Chinese goods", "on U.S. exports" names the target; its words say nothing of the property.
        let target = target(after: mention, in: clause, context)
        let excluded = target?.words ?? 0..<0
        guard
            let property = nearestTerm(.quantity, in: clause, around: mention, scan, excluding: excluded)
                ?? nearestTerm(.quantity, in: sentence, around: mention, scan, excluding: excluded)
        else { return nil }

        // The subject: the nearest entity or nationality word before the value ("Chinese duties … 10 per cent").
        var subject: (id: String, name: String, mention: Mention?)?
        var fromList = false
        for range in [clause.lowerBound..<mention.start, sentence.lowerBound..<mention.start] where subject == nil {
            subject = nearestActor(before: mention.start, in: range, context)
        }
        if subject == nil, sentenceIndex > 0 {
            // A list item: the subject is on the line that introduces the list ("China holds:").
            var lead = sentenceIndex - 1
            while lead > 0, !scan.text(scan.sentences[lead]).hasSuffix(":") { lead -= 1 }
            if scan.text(scan.sentences[lead]).hasSuffix(":"), sentenceIndex - lead <= 4 {
                subject = nearestActor(before: scan.sentences[lead].upperBound, in: scan.sentences[lead], context)
                fromList = subject != nil
            }
        }
        guard var subject else { return nil }
        if property.subjectIsCountry, let entity = context.resolution.entity(id: subject.id), entity.kind != "Country" {
            guard let country = entity.country, let state = context.resolution.entity(id: country) else { return nil }
            subject = (state.id, state.name, subject.mention)
        }
        var qualifiers: [String: String] = [:]
        var about = [subject.id]
        var evidence = [context.reference(mention)] + (subject.mention.map { [context.reference($0)] } ?? [])
        let minerals = context.mentions(in: clause).filter { $0.type == .mineral }
        var commodity = minerals.min { distance($0, mention) < distance($1, mention) }
        // A list item names no commodity when the line before it did ("~90% of the world's refining capacity").
        if commodity == nil, fromList || context.mentions(in: sentence).allSatisfy({ !isActor($0) }), sentenceIndex > 0
        {
            commodity = context.mentions(in: scan.sentences[sentenceIndex - 1]).last { $0.type == .mineral }
        }
        if let commodity, let entity = context.entity(commodity) {
            qualifiers["commodity"] = entity.id
            about.append(entity.id)
            evidence.append(context.reference(commodity))
        }
        if let target {
            qualifiers["target"] = target.id
            if !about.contains(target.id) { about.append(target.id) }
        }
        if let time = context.mentions(in: clause).first(where: { $0.type == .date }), let when = time.value {
            qualifiers["time"] = when
        }
        return Fact(
            type: .quantity,
            property: property.id,
            propertyLabel: property.label,
            subject: subject.id,
            qualifiers: qualifiers,
            value: .number(
                value,
                lower: mention.lower ?? value,
                upper: mention.upper ?? value,
                modifier: mention.modifier
            ),
            about: about,
            document: context.record.id,
            evidence: evidence
        )
    }

    /// People, organisations and places can be subjects; minerals are what is measured.
    private func isActor(_ mention: Mention) -> Bool {
        mention.type == .place || mention.type == .organization || mention.type == .person
    }

    /// The entity or nationality word nearest before `offset` in `range`, as a resolved id and name.
    private func nearestActor(
        before offset: Int,
        in range: Range<Int>,
        _ context: Context
    ) -> (
        id: String, name: String, mention: Mention?
    )? {
        let scan = context.scan
        let mention = context.mentions(in: range).last { isActor($0) && $0.end <= offset }
        let demonym = scan.wordIndexes(in: range).last { index in
            scan.words[index].end <= offset && lexicon.demonyms[scan.words[index].lower] != nil
                && context.mentions(in: scan.words[index].start..<scan.words[index].end).isEmpty
        }
        if let demonym, mention.map({ $0.end <= scan.words[demonym].start }) ?? true,
            let country = lexicon.demonyms[scan.words[demonym].lower]
        {
            return (country.id, country.name, nil)
        }
        guard let mention, let entity = context.entity(mention) else { return nil }
        return (entity.id, entity.name, mention)
    }

    /// "on Chinese goods", "against the United States": the country a measure targets, and the words that say so.
    private func target(
        after mention: Mention,
        in clause: Range<Int>,
        _ context: Context
    ) -> (
        id: String, name: String, words: Range<Int>
    )? {
        let scan = context.scan
        let indexes = scan.wordIndexes(in: mention.end..<clause.upperBound)
        for index in indexes where ["on", "against"].contains(scan.words[index].lower) {
            let last = min(index + 3, indexes.upperBound - 1)
            guard last > index else { break }
            // The phrase runs to its noun: "on U.S. exports", "on Chinese goods".
            let words = index..<(last + 1)
            let window = scan.words[index].end..<scan.words[last].end
            if let place = context.mentions(in: window).first(where: { $0.type == .place }),
                let entity = context.entity(place)
            {
                return (entity.kind == "Country" ? entity.id : entity.country ?? entity.id, entity.name, words)
            }
            for next in (index + 1)...last {
                if let country = lexicon.demonyms[scan.words[next].lower] { return (country.id, country.name, words) }
            }
            break
        }
        return nil
    }

    // MARK: - Dated events and durations

    private func event(_ mention: Mention, _ context: Context) -> Fact? {
        let scan = context.scan
        guard let value = mention.value, let sentenceIndex = scan.sentence(containing: mention.start) else {
            return nil
        }
        let role: FactLexicon.Role = mention.type == .date ? .date : .duration
        let sentence = scan.sentences[sentenceIndex]
        guard let property = nearestTerm(role, in: sentence, around: mention, scan, within: valueWindow) else {
            return nil
        }
        // An event is about something: a topic ("tariffs", "ceasefire") in the sentence or the one before, and the
        // entities there. A heading such as "A Countdown to August 10" names neither and states no fact.
        var topic = firstTopic(in: sentence, scan)
        var about = context.mentions(in: sentence).filter { isActor($0) }.compactMap { context.entity($0)?.id }
        if sentenceIndex > 0 {
            let previous = scan.sentences[sentenceIndex - 1]
            if topic == nil { topic = firstTopic(in: previous, scan) }
            if about.isEmpty {
                about = context.mentions(in: previous).filter { isActor($0) }.compactMap { context.entity($0)?.id }
            }
        }
        guard let topic else { return nil }
        // The topic is a node of its own, so an event no entity takes part in is still about something.
        about.append(FactLexicon.topicID(topic.id))
        let qualifiers = ["topic": topic.id]
        let label = topic.label + " — " + property.label
        return Fact(
            type: mention.type == .date ? .date : .duration,
            property: property.id,
            propertyLabel: label,
            subject: nil,
            qualifiers: qualifiers,
            value: mention.type == .date ? .date(value, granularity: mention.granularity) : .duration(value),
            about: about.uniqued(),
            document: context.record.id,
            evidence: [context.reference(mention)]
        )
    }

    // MARK: - People

    private func personFacts(_ mention: Mention, _ context: Context) -> [Fact] {
        guard let person = context.entity(mention) else { return [] }
        var facts: [Fact] = []
        let attributes = mention.attributes ?? [:]
        var titles: [String] = []
        if let title = attributes["title"] { titles.append(title) }
        if mention.rule != "gazetteer", let role = attributes["role"], !titles.contains(role) { titles.append(role) }
        for title in titles {
            facts.append(
                Fact(
                    type: .role,
                    property: "jobTitle",
                    propertyLabel: "job title",
                    subject: person.id,
                    qualifiers: ["title": EntityResolver.normalize(title)],
                    value: .text(title),
                    about: [person.id],
                    document: context.record.id,
                    evidence: [context.reference(mention)]
                )
            )
        }
        if let affiliation = attributes["affiliationEntity"],
            let organization = context.mentions.first(where: { $0.entity == affiliation && $0.type == .organization }),
            let entity = context.entity(organization)
        {
            facts.append(
                Fact(
                    type: .affiliation,
                    property: "affiliation",
                    propertyLabel: "affiliation",
                    subject: person.id,
                    qualifiers: ["organization": entity.id],
                    value: .entity(id: entity.id, name: entity.name),
                    about: [person.id, entity.id],
                    document: context.record.id,
                    evidence: [context.reference(mention), context.reference(organization)]
                )
            )
        }
        return facts
    }

    // MARK: - Term lookup

    /// The term of `role` whose word is nearest the mention inside `range` (at most `within` words away).
    func nearestTerm(
        _ role: FactLexicon.Role,
        in range: Range<Int>,
        around mention: Mention,
        _ scan: SentenceScan,
        within limit: Int = .max,
        excluding excluded: Range<Int> = 0..<0
    ) -> FactLexicon.Term? {
        let indexes = scan.wordIndexes(in: range)
        let first = scan.wordIndexes(in: range.lowerBound..<mention.start).upperBound
        let last = scan.wordIndexes(in: range.lowerBound..<mention.end).upperBound
        var best: (term: FactLexicon.Term, distance: Int)?
        for term in lexicon.terms[role] ?? [] {
            for phrase in term.phrases {
                for index in indexes where index + phrase.count <= indexes.upperBound {
                    // Words inside the value itself ("90-day") do not count, except a unit's own word.
                    guard index >= last || index + phrase.count <= first, !excluded.contains(index) else { continue }
                    guard (0..<phrase.count).allSatisfy({ scan.words[index + $0].lower == phrase[$0] }) else {
                        continue
                    }
                    let distance = index >= last ? index - last : first - (index + phrase.count)
                    guard distance < limit else { continue }
                    if best.map({ distance < $0.distance }) ?? true { best = (term, distance) }
                }
            }
        }
        return best?.term
    }

    /// The first topic of the lexicon that `range` names.
    func firstTopic(in range: Range<Int>, _ scan: SentenceScan) -> FactLexicon.Term? {
        let indexes = scan.wordIndexes(in: range)
        for term in lexicon.terms[.topic] ?? [] {
            for phrase in term.phrases {
                for index in indexes where index + phrase.count <= indexes.upperBound {
                    if (0..<phrase.count).allSatisfy({ scan.words[index + $0].lower == phrase[$0] }) { return term }
                }
            }
        }
        return nil
    }

    func previousWord(before offset: Int, _ scan: SentenceScan) -> String? {
        let index = scan.wordIndexes(in: 0..<offset).upperBound - 1
        return index >= 0 ? scan.words[index].lower : nil
    }

    private func distance(_ a: Mention, _ b: Mention) -> Int {
        a.end <= b.start ? b.start - a.end : a.start - b.end
    }
}
