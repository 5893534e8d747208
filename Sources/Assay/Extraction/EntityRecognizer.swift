/// Finds people, organisations, places and minerals in tokenized text: gazetteer matches first, then the shape
/// rules of ``EntityRules``, then within-document coreference (later short forms point to the full name).
struct EntityRecognizer: Sendable {
    let lexicon: EntityLexicon?
    let usesRules: Bool
    let usesCoreference: Bool
    private let titleMatcher: TokenMatcher

    init(lexicon: EntityLexicon?, rules: Bool = true, coreference: Bool = true) {
        self.lexicon = lexicon
        self.usesRules = rules
        self.usesCoreference = coreference
        titleMatcher = TokenMatcher(
            patterns: EntityRules.titles.enumerated().map {
                TokenMatcher.Pattern(text: $0.element, payload: Int32($0.offset))
            }
        )
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
        var claimed = [Bool](repeating: false, count: text.tokens.count)
        var found: [Found] = []
        func claim(_ item: Found) {
            for index in item.tokens { claimed[index] = true }
            found.append(item)
        }
        if let lexicon {
            for item in lexicon.find(in: text) { claim(item) }
        }
        if usesRules {
            for item in organizations(in: text, claimed: claimed) where !item.tokens.contains(where: { claimed[$0] }) {
                claim(item)
            }
            for item in people(in: text, claimed: claimed, known: found)
            where !item.tokens.contains(where: { claimed[$0] }) {
                claim(item)
            }
        }
        attachAffiliations(&found, in: text)
        if usesCoreference {
            resolveSurnames(&found, in: text)
            for item in coreferences(in: text, claimed: claimed, known: found) { claim(item) }
        }
        return found.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    // MARK: - People

    private func people(in text: TokenizedText, claimed: [Bool], known: [Found]) -> [Found] {
        var result: [Found] = []
        let tokens = text.tokens
        // After a title or role.
        for match in titleMatcher.matches(in: text) {
            let title = text.text(
                match.tokens.lowerBound < tokens.count
                    ? Int(tokens[match.tokens.lowerBound].start)..<Int(tokens[match.tokens.upperBound - 1].end) : 0..<0
            )
            let nameTokens = nameRun(in: text, from: match.tokens.upperBound, claimed: claimed, afterTitle: true)
            guard !nameTokens.isEmpty else { continue }
            if nameTokens.count == 1,
                !tokens[match.tokens.lowerBound].flags.contains(.capitalized)
                    || !EntityRules.honorifics.contains(title.lowercased())
            {
                continue
            }
            var item = person(text, nameTokens, rule: "rule:title")
            item.attributes["role"] = Self.roleText(title, text: text, titleStart: match.tokens.lowerBound)
            result.append(item)
        }
        // Next to a speech verb: "said Liu Weidong", "Liu Weidong said".
        for (index, token) in tokens.enumerated() where token.kind == .word {
            let word = text.text(of: token).lowercased()
            guard EntityRules.speechVerbs.contains(word) else { continue }
            let after = nameRun(in: text, from: index + 1, claimed: claimed, afterTitle: false)
            if after.count >= 2 { result.append(person(text, after, rule: "rule:speech")) }
            var end = index
            if end > 0, text.text(of: tokens[end - 1]) == "," { end -= 1 }
            let before = nameRunBackwards(in: text, endingAt: end, claimed: claimed)
            if before.count >= 2 { result.append(person(text, before, rule: "rule:speech")) }
        }
        // Described: "Ryan Hass of the Brookings Institution", "Ryan Hass, a China policy expert at …".
        for (index, token) in tokens.enumerated() where token.flags.contains(.capitalized) && !claimed[index] {
            if index > 0, tokens[index - 1].flags.contains(.capitalized), !tokens[index].flags.contains(.lineBefore) {
                continue
            }
            let run = nameRun(in: text, from: index, claimed: claimed, afterTitle: false)
            guard run.count >= 2, run.count <= 4, run.upperBound < tokens.count else { continue }
            let next = text.text(of: tokens[run.upperBound])
            if next == "of" || next == ",", organizationStarts(after: run.upperBound, in: text, known: known) {
                result.append(person(text, run, rule: "rule:described"))
            }
        }
        return result
    }

    /// A run of name-like tokens starting at `start`: capitalised words and name particles, not known words.
    private func nameRun(in text: TokenizedText, from start: Int, claimed: [Bool], afterTitle: Bool) -> Range<Int> {
        let tokens = text.tokens
        var end = start
        while end < tokens.count, end - start < 4 {
            let token = tokens[end]
            if end > start, token.flags.contains(.lineBefore) { break }
            if claimed[end] { break }
            let word = text.text(of: token)
            let lower = word.lowercased()
            if token.kind == .word, token.flags.contains(.capitalized),
                !token.flags.contains(.abbreviation) || word.count == 2,
                afterTitle && end == start ? true : !EntityRules.notNames.contains(lower)
            {
                if token.flags.contains(.allCaps) && word.count > 3 { break }
                end += 1
            } else if end > start, token.kind == .word, EntityRules.nameParticles.contains(word),
                end + 1 < tokens.count, tokens[end + 1].flags.contains(.capitalized)
            {
                end += 1
            } else if end > start, word == "-", end + 1 < tokens.count, !tokens[end].flags.contains(.spaceBefore),
                tokens[end + 1].flags.contains(.capitalized)
            {
                end += 1
            } else {
                break
            }
        }
        // A name does not end on a particle or hyphen.
        while end > start,
            ["-"].contains(text.text(of: tokens[end - 1]))
                || EntityRules.nameParticles.contains(text.text(of: tokens[end - 1]))
        {
            end -= 1
        }
        return start..<end
    }

    private func nameRunBackwards(in text: TokenizedText, endingAt end: Int, claimed: [Bool]) -> Range<Int> {
        var start = end
        while start > 0, end - start < 5 {
            let token = text.tokens[start - 1]
            let word = text.text(of: token)
            // A hyphen inside a name: "Al-Masri".
            if word == "-", start >= 2, start < end, !token.flags.contains(.spaceBefore),
                text.tokens[start - 2].flags.contains(.capitalized)
            {
                start -= 1
                continue
            }
            guard token.kind == .word, token.flags.contains(.capitalized), !claimed[start - 1],
                !EntityRules.notNames.contains(word.lowercased()), !token.flags.contains(.allCaps) || word.count <= 3
            else { break }
            start -= 1
            if token.flags.contains(.lineBefore) { break }
        }
        return start..<end
    }

    private func organizationStarts(after index: Int, in text: TokenizedText, known: [Found]) -> Bool {
        // Within the next eight tokens a known or form-recognised organisation begins.
        let limit = min(text.tokens.count, index + 9)
        return known.contains {
            $0.type == .organization && $0.tokens.lowerBound > index && $0.tokens.lowerBound < limit
        }
            || (index..<limit).contains { position in
                let word = text.text(of: text.tokens[position]).lowercased()
                return text.tokens[position].flags.contains(.capitalized)
                    && EntityRules.organizationHeads.contains(word)
            }
    }

    private func person(_ text: TokenizedText, _ tokens: Range<Int>, rule: String) -> Found {
        let name = Self.spanText(text, tokens)
        return Found(
            tokens: tokens,
            type: .person,
            kind: "Person",
            name: name,
            entity: "assay:person/" + Self.slug(name),
            rule: rule
        )
    }

    private static func roleText(_ title: String, text: TokenizedText, titleStart: Int) -> String {
        // Keep a country or agency word just before the title: "Treasury Secretary", "U.S. Trade Representative".
        title.split(separator: " ").map { word in
            word.count <= 3 && word.uppercased() == word ? String(word) : word.prefix(1).uppercased() + word.dropFirst()
        }.joined(separator: " ")
    }

    // MARK: - Organisations

    private func organizations(in text: TokenizedText, claimed: [Bool]) -> [Found] {
        let tokens = text.tokens
        var result: [Found] = []
        var index = 0
        while index < tokens.count {
            guard tokens[index].flags.contains(.capitalized), !claimed[index] else {
                index += 1
                continue
            }
            // The longest capitalised phrase from here, with lower-case connectors inside.
            var end = index
            var lastCapital = index
            while end < tokens.count, !claimed[end] {
                let token = tokens[end]
                if end > index, token.flags.contains(.lineBefore) { break }
                let word = text.text(of: token)
                if token.flags.contains(.capitalized) || token.kind == .number && end > index {
                    lastCapital = end
                    end += 1
                } else if end > index, ["of", "for", "and", "the", "on", "&", "-", "de", "du"].contains(word),
                    end + 1 < tokens.count, tokens[end + 1].flags.contains(.capitalized)
                {
                    end += 1
                } else {
                    break
                }
            }
            end = lastCapital + 1
            var start = index
            if text.text(of: tokens[start]).lowercased() == "the" { start += 1 }
            if let span = organizationSpan(text, start..<end) {
                result.append(organization(text, span, rule: "rule:org-form"))
                index = end
                continue
            }
            index = max(end, index + 1)
        }
        return result
    }

    /// The part of a capitalised phrase that reads as an organisation's name, if any.
    private func organizationSpan(_ text: TokenizedText, _ span: Range<Int>) -> Range<Int>? {
        guard span.count >= 2 else { return nil }
        let words = span.map { text.text(of: text.tokens[$0]).lowercased() }
        // "… Rare-Earth", "… Rare Earth(s)"
        if words.count >= 3, words[words.count - 1].hasPrefix("earth"),
            words[words.count - 2] == "-" || words[words.count - 2] == "rare"
        {
            return span
        }
        if let last = words.last, EntityRules.organizationHeads.contains(last), !EntityRules.notNames.contains(words[0])
        {
            return span
        }
        // "Ministry of Commerce", "Academy of Social Sciences" — possibly after a demonym or country.
        for (offset, word) in words.enumerated() where EntityRules.organizationOpeners.contains(word) {
            if offset + 1 < words.count, words[offset + 1] == "of" || words[offset + 1] == "for" {
                return span
            }
        }
        return nil
    }

    private func organization(_ text: TokenizedText, _ tokens: Range<Int>, rule: String) -> Found {
        let name = Self.spanText(text, tokens)
        return Found(
            tokens: tokens,
            type: .organization,
            kind: "Organization",
            name: name,
            entity: "assay:organization/" + Self.slug(name),
            rule: rule
        )
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
                        let role = roleWords.filter {
                            !["a", "an", "the", "of", "at", "with", "from", ","].contains($0.lowercased())
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

    /// Later short forms of names met earlier: a surname alone, a shortened organisation name, an acronym the
    /// text defined, and "the ministry" for the one ministry named before.
    private func coreferences(in text: TokenizedText, claimed: [Bool], known: [Found]) -> [Found] {
        var surnames: [String: [Found]] = [:]
        var shortForms: [String: [Found]] = [:]
        for item in known where item.type == .person && item.tokens.count >= 2 {
            let surname = text.text(of: text.tokens[item.tokens.upperBound - 1])
            if !surnames[surname, default: []].contains(where: { $0.entity == item.entity }) {
                surnames[surname, default: []].append(item)
            }
        }
        for item in known where item.type == .organization {
            // Acronym defined right after the name: "Ministry of Commerce (MOFCOM)".
            let after = item.tokens.upperBound
            if after + 2 < text.tokens.count, text.text(of: text.tokens[after]) == "(",
                text.tokens[after + 1].flags.contains(.allCaps), text.text(of: text.tokens[after + 2]) == ")"
            {
                shortForms[text.text(of: text.tokens[after + 1]), default: []].append(item)
            }
            // Leading words of a long name: "JL MAG" for "JL MAG Rare-Earth".
            let words = item.tokens.filter { text.text(of: text.tokens[$0]) != "-" }
            if words.count >= 3 {
                let prefix = words.prefix(words.count - (words.count >= 4 ? 2 : 1)).map {
                    text.text(of: text.tokens[$0])
                }
                if prefix.count >= 2
                    || (prefix.first?.count ?? 0) >= 4 && text.tokens[words[0]].flags.contains(.allCaps)
                {
                    shortForms[prefix.joined(separator: " "), default: []].append(item)
                }
            }
        }
        var result: [Found] = []
        var index = 0
        let tokens = text.tokens
        var lastMinistry: [Found] = []
        while index < tokens.count {
            defer { index += 1 }
            if claimed[index] {
                if let item = known.first(where: { $0.tokens.lowerBound == index }), item.type == .organization,
                    item.name.lowercased().contains("ministry")
                {
                    if !lastMinistry.contains(where: { $0.entity == item.entity }) { lastMinistry.append(item) }
                }
                continue
            }
            let token = tokens[index]
            let word = text.text(of: token)
            // Short organisation forms, longest first (two words, then one).
            if index + 1 < tokens.count, !claimed[index + 1] {
                let pair = word + " " + text.text(of: tokens[index + 1])
                if let targets = shortForms[pair], Set(targets.map(\.entity)).count == 1, let target = targets.first,
                    target.tokens.lowerBound < index
                {
                    result.append(Self.copy(target, tokens: index..<(index + 2), rule: "coreference"))
                    index += 1
                    continue
                }
            }
            if token.flags.contains(.capitalized), let targets = shortForms[word] ?? surnames[word] {
                let entities = Set(targets.map(\.entity))
                if entities.count == 1, let target = targets.first, target.tokens.lowerBound < index,
                    !(index + 1 < tokens.count && tokens[index + 1].flags.contains(.capitalized)
                        && tokens[index + 1].kind == .word)
                {
                    result.append(Self.copy(target, tokens: index..<(index + 1), rule: "coreference"))
                }
                continue
            }
            if word.lowercased() == "the", index + 1 < tokens.count,
                text.text(of: tokens[index + 1]).lowercased() == "ministry",
                lastMinistry.count == 1, let target = lastMinistry.first
            {
                result.append(Self.copy(target, tokens: index..<(index + 2), rule: "coreference"))
                index += 1
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
            let surname = text.text(of: text.tokens[item.tokens.upperBound - 1])
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
