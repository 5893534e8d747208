/// Recognises the lines of a news page that are not the article: newsletter and comment prompts, links to other
/// stories, share buttons, cookie notices, advertisement labels, navigation, and photo captions and credits.
///
/// The rules are deliberately conservative, because a dropped sentence is lost to every later stage: a line is
/// boilerplate only when it matches a known phrase in a known position (at the start of the line, or as the whole
/// line) and is short. Section headings ("Rare earths as strategic leverage"), source attributions ("Source:
/// (Reuters)", "(Reporting by …)") and syndication disclaimers are never dropped; later stages use them.
///
/// ```swift
/// BoilerplateLines.isBoilerplate("Also Read: Manhunt for Minnesota Shooting Suspect")   // true
/// BoilerplateLines.isBoilerplate("Reply")                                               // true
/// BoilerplateLines.isBoilerplate("Reply from Beijing came within hours, officials said.") // false
/// BoilerplateLines.linesToDrop(["US China Flag", "Rare Earths vs. AI: Trade Tensions Persist", "The U.S. …"])
/// // [true, false, false]
/// ```
public enum BoilerplateLines {
    /// What kind of boilerplate a line is; the positional rules treat some kinds differently.
    enum Kind: Sendable, Hashable {
        /// No letters or digits at all: a separator such as `* * *` or a lone symbol.
        case decoration
        /// A newsletter, subscription, sign-up or app prompt.
        case newsletter
        /// A comment section or comment form, or a log-in prompt.
        case comments
        /// A link to other stories: "Also Read: …", "Related", "Keep Reading".
        case crossLink
        /// Share and follow buttons.
        case share
        /// A cookie or consent notice.
        case consent
        /// An advertisement label.
        case advertisement
        /// Site navigation, tags and breadcrumbs.
        case navigation
        /// A photo caption or credit.
        case caption
        /// A copyright footer.
        case footer
    }

    /// Lines longer than this are prose, whatever they start with; every rule below is for shorter lines.
    static let maximumWords = 60

    /// Whether `line` on its own is boilerplate (a sign-up prompt, a comment-form label, an "Also Read" link, a photo
    /// credit, …).
    ///
    /// Judges one line or paragraph without context, so it can be called on each paragraph of an HTML page.
    /// ``linesToDrop(_:)`` adds the rules that depend on position.
    ///
    /// - Parameter line: one line or paragraph; surrounding and repeated whitespace is ignored.
    /// - Returns: `true` if the line should be dropped from the clean text.
    /// - Complexity: O(*n*) in the line's length; a line of more than 60 words is rejected after counting them.
    public static func isBoilerplate(_ line: String) -> Bool {
        kind(of: line) != nil
    }

    /// Decides, for every line of a document in order, whether to drop it.
    ///
    /// Besides ``isBoilerplate(_:)`` on each line, this drops:
    /// - a short title-cased line naming a picture ("US China Flag") before the headline at the very start;
    /// - the headlines listed under a bare cross-link heading ("Related Stories", "Keep Reading");
    /// - everything after the last sentence of prose once a comment, share, newsletter or cross-link line has
    ///   started the page's tail (comment-form labels, lists of other stories), except source attributions.
    ///
    /// ```swift
    /// BoilerplateLines.linesToDrop(["Body text of the article, long enough to be prose.", "Keep Reading",
    ///     "Fed holds rates steady", "Markets rally on truce"])  // [false, true, true, true]
    /// ```
    ///
    /// - Parameter lines: the non-empty lines (paragraphs) of one document, in order.
    /// - Returns: one flag per line, `true` for a line to drop.
    public static func linesToDrop(_ lines: [String]) -> [Bool] {
        let kinds = lines.map { kind(of: $0) }
        var drop = kinds.map { $0 != nil }
        dropPictureName(lines, &drop)
        dropListsUnderCrossLinks(lines, kinds, &drop)
        dropTail(lines, kinds, &drop)
        return drop
    }

    // MARK: - Positional rules

    /// Drops a picture's name ("US China Flag") standing before the headline at the very start of a document.
    private static func dropPictureName(_ lines: [String], _ drop: inout [Bool]) {
        guard let first = drop.firstIndex(of: false) else { return }
        let line = lines[first]
        guard let words = pictureNameWords(line) else { return }
        if let last = words.last, pictureNouns.contains(last.lowercased()) {
            drop[first] = true
            return
        }
        // Without a telling noun, require the shape "short name, then a clearly longer headline, then more text",
        // and no word that would make the short line a headline itself.
        guard words.count <= 4, !words.contains(where: { headlineWords.contains($0.lowercased()) }) else { return }
        let rest = (first + 1..<lines.count).filter { !drop[$0] }
        guard rest.count >= 2 else { return }
        let next = lines[rest[0]]
        let nextWords = LineShape.wordCount(next)
        if LineShape.isHeadlineLike(next), nextWords >= 6, nextWords >= 2 * words.count {
            drop[first] = true
        }
    }

    /// The words of `line` if it is shaped like a picture's name: one to five title-cased words of letters and
    /// digits, with no sentence punctuation.
    private static func pictureNameWords(_ line: String) -> [Substring]? {
        guard LineShape.wordCount(line, limit: 6) <= 5 else { return nil }
        let words = line.split(whereSeparator: { $0.isWhitespace })
        guard (1...5).contains(words.count) else { return nil }
        for word in words {
            guard let head = word.unicodeScalars.first,
                head.properties.isUppercase || head.properties.numericType != nil
            else { return nil }
            for scalar in word.unicodeScalars {
                let allowed =
                    scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar == "-"
                    || scalar == "&" || scalar == "'" || scalar == "\u{2019}" || scalar == "."
                if !allowed { return nil }
            }
        }
        // "U.S." may end the name; a full stop after a longer word ends a sentence.
        if let last = words.last, last.hasSuffix("."), last.filter({ $0 == "." }).count < 2 { return nil }
        return words
    }

    /// Drops the headlines listed under a cross-link heading that stands alone ("Related Stories", "Also Read").
    private static func dropListsUnderCrossLinks(_ lines: [String], _ kinds: [Kind?], _ drop: inout [Bool]) {
        for index in lines.indices where kinds[index] == .crossLink && isBareCrossLink(lines[index]) {
            var next = index + 1
            var dropped = 0
            // A list of other stories is a few headlines; stop at the first line of prose.
            while next < lines.count && dropped < 8 {
                if !drop[next] {
                    let line = lines[next]
                    guard !isAttribution(line), LineShape.isHeadlineLike(line), !LineShape.isProseLike(line) else {
                        break
                    }
                    drop[next] = true
                    dropped += 1
                }
                next += 1
            }
        }
    }

    /// Drops the page's tail: after the last line of prose, everything from the first comment, share, newsletter or
    /// cross-link line on, except source attributions.
    private static func dropTail(_ lines: [String], _ kinds: [Kind?], _ drop: inout [Bool]) {
        guard let lastProse = lines.indices.last(where: { !drop[$0] && LineShape.isProseLike(lines[$0]) }) else {
            return
        }
        let tailKinds: Set<Kind> = [.comments, .share, .newsletter, .crossLink]
        guard
            let start = (lastProse + 1..<lines.count).first(where: { kinds[$0].map(tailKinds.contains) ?? false })
        else { return }
        for index in start..<lines.count where !drop[index] && !isAttribution(lines[index]) {
            drop[index] = true
        }
    }

    /// Nouns that end the name of a picture ("US China Flag", "Company Logo").
    private static let pictureNouns: Set<String> = [
        "flag", "flags", "logo", "logos", "photo", "photos", "image", "images", "picture", "pictures", "pic", "pics",
        "illustration", "graphic", "map", "chart", "thumbnail", "banner", "icon", "portrait", "headshot", "screenshot",
        "jpg", "jpeg", "png", "webp", "gif",
    ]

    /// Words that make a short title-cased line a headline rather than a picture's name: common verbs of headlines
    /// and the prepositions that join their parts.
    private static let headlineWords: Set<String> = [
        "a", "an", "the", "to", "in", "on", "at", "for", "of", "over", "after", "as", "with", "by", "amid", "from",
        "into", "is", "are", "was", "were", "be", "will", "says", "said", "say", "has", "have", "not", "no", "why",
        "how", "what", "who", "when",
    ]
}
