// MARK: - Rules for one line

extension BoilerplateLines {
    /// What kind of boilerplate `line` is, or `nil` for article text.
    static func kind(of line: String) -> Kind? {
        // Long lines are prose: every rule below is for short lines, and counting words first keeps the common case
        // (a paragraph of the article) cheap.
        guard LineShape.wordCount(line, limit: maximumWords + 1) <= maximumWords else { return nil }
        let key = LineKey(line)
        if key.wordCount == 0 {
            // Nothing left after leading decoration was stripped: a separator such as "* * *", or a blank line.
            return line.unicodeScalars.contains { !$0.properties.isWhitespace && !LineKey.isInvisible($0) }
                ? .decoration : nil
        }
        if hasAttributionPrefix(key) { return nil }
        // Whole-line phrases have at most seven words.
        if key.wordCount <= 8, let kind = wholeLines[key.bare] { return kind }
        if let kind = vocabularyKind(key) { return kind }
        return crossLinkKind(key) ?? promptKind(key) ?? commentFormKind(key) ?? shareKind(key) ?? consentKind(key)
            ?? advertisementKind(key) ?? navigationKind(key) ?? captionKind(key)
    }

    /// Whether `line` credits or discloses a source ("Source: (Reuters)", "(Reporting by …)", "(Disclaimer: …)"), or
    /// is a short line naming a news agency ("— AFP"): the positional rules never drop such lines, because later
    /// stages use them to detect syndication.
    static func isAttribution(_ line: String) -> Bool {
        guard LineShape.wordCount(line, limit: maximumWords + 1) <= maximumWords else { return false }
        let key = LineKey(line)
        return hasAttributionPrefix(key) || (key.wordCount <= 12 && mentionsAgency(key))
    }

    /// Whether `line` is a cross-link heading with nothing after it ("Related Stories", "Keep Reading", "More from
    /// Reuters"), so the lines that follow it are the links.
    static func isBareCrossLink(_ line: String) -> Bool {
        let key = LineKey(line)
        if bareCrossLinks.contains(key.bare) { return true }
        return key.hasWordPrefix("more from") && key.wordCount <= 5 && !LineShape.endsSentence(line)
    }

    private static func hasAttributionPrefix(_ key: LineKey) -> Bool {
        attributionPrefixes.contains { key.hasWordPrefix($0, skippingOpeningBracket: true) }
    }

    private static func mentionsAgency(_ key: LineKey) -> Bool {
        key.words.contains(where: agencies.contains) || key.contains("associated press")
            || key.contains("agence france") || key.contains("press trust of india")
    }

    // MARK: Vocabulary lines

    /// A line made only of comment-section words ("0 Comments", "Leave a Reply", "Log in to reply") or only of
    /// share-button words ("Facebook Twitter LinkedIn Email", "Share on WhatsApp").
    private static func vocabularyKind(_ key: LineKey) -> Kind? {
        guard key.wordCount <= 14 else { return nil }
        let words = key.words
        if words.count <= 7, words.allSatisfy({ commentWords.contains($0) || $0.allSatisfy(\.isNumber) }),
            words.contains(where: { commentCoreWords.contains($0) })
        {
            return .comments
        }
        if words.allSatisfy({ shareWords.contains($0) }), words.contains(where: { shareCoreWords.contains($0) }) {
            return .share
        }
        return nil
    }

    // MARK: Links to other stories

    private static func crossLinkKind(_ key: LineKey) -> Kind? {
        let count = key.wordCount
        // "Also Read: <headline of another story>": the headline must never reach later stages, however long.
        if crossLinkPrefixes.contains(where: { key.hasWordPrefix($0) }) { return .crossLink }
        if key.hasWordPrefix("read more") && (key.hasSeparator(after: "read more") || count <= 12) { return .crossLink }
        if key.hasWordPrefix("read the full") && count <= 15 { return .crossLink }
        if key.hasWordPrefix("click here") && count <= 25 { return .crossLink }
        if (key.hasWordPrefix("continue reading") || key.hasWordPrefix("keep reading")) && count <= 8 {
            return .crossLink
        }
        if key.hasWordPrefix("more from") && count <= 8 && !key.endsSentence { return .crossLink }
        if key.hasWordPrefix("more on this") || key.hasWordPrefix("more on that"), count <= 8 { return .crossLink }
        // "Related: …", "Watch: …": only with a separator, since "Related to …" and "Watch for …" are prose.
        for word in separatedCrossLinkWords where key.hasWordPrefix(word) && key.hasSeparator(after: word) {
            return .crossLink
        }
        return nil
    }

    // MARK: Newsletter, log-in and app prompts

    private static func promptKind(_ key: LineKey) -> Kind? {
        let count = key.wordCount
        guard count <= 45 else { return nil }
        if key.hasWordPrefix("subscribe") { return .newsletter }
        // "Sign up for our newsletter", not "Sign up for a streaming account for $11.99 a month" in a how-to.
        for opener: StaticString in ["sign up", "sign-up", "signup", "register"] where key.hasWordPrefix(opener) {
            if count <= 6 || key.words.contains(where: newsletterWords.contains)
                || ["for free", "email updates", "e-mail updates"].contains(where: key.contains)
            {
                return .newsletter
            }
        }
        if key.hasWordPrefix("get"),
            ["inbox", "newsletter", "delivered to", "sign up", "subscribe", "alerts"]
                .contains(where: key.contains)
        {
            return .newsletter
        }
        // "Stay informed! Sign up …", "Want more? Subscribe …": an opener, then a call to act.
        if promptOpeners.contains(where: { key.hasWordPrefix($0) }),
            count <= 4 || callsToAct.contains(where: key.contains)
        {
            return .newsletter
        }
        if count <= 30, key.hasWordPrefix("join our") || key.hasWordPrefix("join us") { return .newsletter }
        if count <= 25, key.hasWordPrefix("download the") || key.hasWordPrefix("download our"),
            key.words.contains(where: { $0 == "app" || $0 == "apps" })
        {
            return .newsletter
        }
        if count <= 30, supportPrompts.contains(where: { key.hasWordPrefix($0) }) { return .newsletter }
        if count <= 15, accountPrompts.contains(where: { key.hasWordPrefix($0) }) { return .comments }
        // "Log in or sign up", "Sign in to comment"; not "Login attempts rose …".
        for opener: StaticString in ["log in", "login", "log-in", "sign in", "sign-in"] where key.hasWordPrefix(opener)
        {
            if count <= 4 || ["or", "to", "here", "now", "with", "for"].contains(key.word(after: opener) ?? "") {
                return .comments
            }
        }
        if count <= 50, formPrompts.contains(where: { key.hasWordPrefix($0) }) { return .newsletter }
        // A short line inviting readers to "our newsletter" or offering news "to your inbox".
        if count <= 40,
            [
                "our newsletter", "our free newsletter", "our daily newsletter", "our weekly newsletter",
                "your inbox", "to your email",
            ].contains(where: key.contains),
            ["sign up", "subscribe", "delivered", "get ", "join", "register", "receive"].contains(where: key.contains)
        {
            return .newsletter
        }
        return nil
    }

    // MARK: Comment forms

    private static func commentFormKind(_ key: LineKey) -> Kind? {
        let count = key.wordCount
        // "Name *", "Email *": a required-field label (not a masked name such as "Jo** Al****").
        if count <= 3, key.bytes.last == UInt8(ascii: "*"), key.words.allSatisfy(formFieldWords.contains) {
            return .comments
        }
        if count <= 40, commentFormPhrases.contains(where: key.contains) { return .comments }
        return nil
    }

    // MARK: Share and follow buttons

    private static func shareKind(_ key: LineKey) -> Kind? {
        let count = key.wordCount
        if count <= 15, sharePrefixes.contains(where: { key.hasWordPrefix($0) }) { return .share }
        if key.hasWordPrefix("share") && key.hasSeparator(after: "share") && count <= 15 { return .share }
        if count <= 20, key.contains("opens in new window") || key.contains("opens in a new window") { return .share }
        if count <= 20, key.hasWordPrefix("follow") {
            if key.hasWordPrefix("follow us") { return .share }
            // "Follow Reuters on X": "on" then a network, as words ("on Xinjiang" is not "on X").
            let words = key.words
            if zip(words, words.dropFirst()).contains(where: { $0 == "on" && socialNetworks.contains($1) }) {
                return .share
            }
        }
        return nil
    }

    // MARK: Cookie and consent notices

    private static func consentKind(_ key: LineKey) -> Kind? {
        let count = key.wordCount
        if consentPrefixes.contains(where: { key.hasWordPrefix($0) }) { return .consent }
        if count <= 6, consentLabels.contains(where: { key.hasWordPrefix($0) }) { return .consent }
        if key.contains("cookies"), consentContexts.contains(where: key.contains) { return .consent }
        return nil
    }

    // MARK: Advertisement labels

    private static func advertisementKind(_ key: LineKey) -> Kind? {
        let count = key.wordCount
        if count <= 8, !key.endsSentence,
            key.words.contains(where: { $0 == "advertisement" || $0 == "advertisements" })
        {
            return .advertisement
        }
        if count <= 6, !key.endsSentence, key.hasWordPrefix("sponsored") { return .advertisement }
        if count <= 10, advertisementPrefixes.contains(where: { key.hasWordPrefix($0) }) { return .advertisement }
        return nil
    }

    // MARK: Navigation, tags and footers

    private static func navigationKind(_ key: LineKey) -> Kind? {
        let count = key.wordCount
        if count <= 6, navigationPrefixes.contains(where: { key.hasWordPrefix($0) }) { return .navigation }
        // "Tags: trade, China", "Filed under: Economy".
        if count <= 40, taxonomyWords.contains(where: { key.hasWordPrefix($0) && key.hasSeparator(after: $0) }) {
            return .navigation
        }
        if count <= 40, key.hasWordPrefix("posted in") || key.hasWordPrefix("tagged with"), !key.endsSentence {
            return .navigation
        }
        // Breadcrumbs: "Home › World › Asia".
        if count <= 12, key.hasWordPrefix("home"),
            key.contains(" > ") || key.contains(" / ") || key.contains("\u{203A}")
        {
            return .navigation
        }
        // A copyright line naming a news agency is evidence of syndication: keep it.
        if count <= 30, key.hasWordPrefix("\u{A9}") || key.contains("all rights reserved"), !mentionsAgency(key) {
            return .footer
        }
        if count <= 12, key.hasWordPrefix("copyright"),
            key.words.contains(where: { $0.count == 4 && $0.allSatisfy(\.isNumber) }), !mentionsAgency(key)
        {
            return .footer
        }
        return nil
    }

    // MARK: Photo captions and credits

    private static func captionKind(_ key: LineKey) -> Kind? {
        let count = key.wordCount
        guard count <= maximumWords else { return nil }
        // "Photo: …", "Image credit …", "FILE PHOTO: …", "Photograph by …".
        if startsWithCaptionLabel(key) { return .caption }
        if captionPhrases.contains(where: { key.hasWordPrefix($0) }) { return .caption }
        // "(Photo by Andrew Harnik/Getty Images)", "[Image: Reuters]": a line that is one bracketed credit.
        if count <= 30, let first = key.bytes.first, first == UInt8(ascii: "(") || first == UInt8(ascii: "["),
            let last = key.bytes.last, last == UInt8(ascii: ")") || last == UInt8(ascii: "]")
        {
            let inner = LineKey(String(decoding: key.bytes.dropFirst().dropLast(), as: UTF8.self))
            if startsWithCaptionCredit(inner) || creditMarkers.contains(where: inner.contains) { return .caption }
        }
        // A caption ending in its credit: "… in London, June 10, 2025. REUTERS/Toby Melville",
        // "… (AP Photo/Mark Schiefelbein)". The credit is the last segment and ends without a full stop.
        if !key.endsSentence, let tail = key.lastSegment {
            let segment = LineKey(tail)
            if startsWithCaptionCredit(segment) || creditMarkers.contains(where: segment.contains) { return .caption }
        }
        return nil
    }

    /// Whether the line opens with a caption label followed by a separator or by "by", "via", "courtesy", ….
    private static func startsWithCaptionLabel(_ key: LineKey) -> Bool {
        for label in captionLabels where key.hasWordPrefix(label) {
            if key.hasSeparator(after: label) || followedByCreditWord(key, label) { return true }
        }
        return false
    }

    /// Whether a part of a line (a bracket, a last segment) is a credit: a caption label, then a colon, bar or slash
    /// and a name, or "by", "via", … — "(Image: Getty)", not "(Photos)" after a headline or "pic.twitter.com/…".
    private static func startsWithCaptionCredit(_ key: LineKey) -> Bool {
        for label in captionLabels where key.hasWordPrefix(label) {
            if followedByCreditWord(key, label) { return true }
            if let next = key.word(after: label), let mark = next.first, mark == ":" || mark == "|" || mark == "/",
                next.count > 1 || key.wordCount > label.withUTF8Buffer({ $0.filter { $0 == 0x20 }.count }) + 1
            {
                return true
            }
        }
        return false
    }

    private static func followedByCreditWord(_ key: LineKey, _ label: StaticString) -> Bool {
        guard let next = key.word(after: label) else { return false }
        return ["by", "via", "courtesy", "credit", "credits", "source"].contains(next)
    }
}
