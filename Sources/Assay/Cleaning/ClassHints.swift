/// Judges an element by the words in its `class` and `id`: content containers say so (`article-body`,
/// `entry-content`), boilerplate says so too (`related-stories`, `newsletter-signup`, `share-tools`).
///
/// The lists follow what readability and trafilatura match, in words rather than site names, so they carry to
/// sites never seen.
enum ClassHints {
    /// Words that mark a container of article text.
    static let positive: [String] = [
        "article", "articlebody", "body", "content", "entry", "main", "post", "story", "text", "blog", "prose",
        "richtext", "page-content", "paragraph",
    ]

    /// Fragments that mark boilerplate wherever they appear in a word (long enough not to hit by accident).
    static let negativeFragments: [String] = [
        "comment", "disqus", "related", "recommend", "newsletter", "subscri", "signup", "sign-up", "cookie",
        "consent", "gdpr", "promo", "advert", "sponsor", "sidebar", "widget", "breadcrumb", "byline", "caption",
        "masthead", "toolbar", "popup", "modal", "overlay", "paywall", "recirc", "trending", "popular", "outbrain",
        "taboola", "pagination", "navbar", "navigation", "social", "sharing", "share-", "-share", "sharebar",
        "shareline", "login", "signin", "readmore", "read-more", "more-stories", "morestories", "also-read",
        "see-also", "footer", "copyright", "disclaimer", "author-bio", "authorbio", "rating", "jump-link", "skip-link",
        "sr-only", "visually-hidden", "visuallyhidden", "screen-reader", "tagline", "tag-list", "taglist", "subnav",
        "dateline", "timestamp", "publish-date", "pubdate", "contributor", "newsletter", "feedback", "next-post",
        "prev-post", "previous-post", "post-nav", "postnav", "inline-ad", "ad-slot", "adslot", "ad-container",
        "adcontainer", "ad-wrapper", "dfp", "affiliate", "most-read", "mostread", "top-stories", "headline-list",
        "further-reading", "furtherreading",
    ]

    /// Whole words that mark boilerplate (too short to match inside other words).
    static let negativeWords: Set<String> = [
        "ad", "ads", "adv", "advert", "nav", "menu", "tags", "tag", "meta", "hide", "hidden", "print", "skip",
        "date", "time", "author", "authors", "credit", "credits", "banner", "share", "shares", "social", "aside",
        "header", "links", "related", "comments", "byline", "footer", "figcaption", "caption", "promo", "teaser",
        "byl", "breadcrumbs", "crumbs", "sponsored", "partner", "partners", "follow", "rail", "toc",
    ]

    /// The judgement of one element's hints: how many positive and negative signals they carry.
    struct Verdict {
        var positive = 0
        var negative = 0
        var isNegative: Bool { negative > 0 && positive == 0 }
    }

    static func judge(_ hints: ArraySlice<UInt8>) -> Verdict {
        var verdict = Verdict()
        if hints.isEmpty { return verdict }
        let text = String(decoding: hints, as: UTF8.self)
        for token in text.split(whereSeparator: { $0 == " " }) {
            let token = String(token)
            let words = token.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == ":" || $0 == "." }).map(String.init)
            var tokenNegative = false
            if words.contains(where: negativeWords.contains) {
                tokenNegative = true
            } else if negativeFragments.contains(where: { token.contains($0) }) {
                tokenNegative = true
            }
            if tokenNegative {
                verdict.negative += 1
                continue
            }
            if words.contains(where: { positive.contains($0) }) || positive.contains(where: { token.hasPrefix($0) }) {
                verdict.positive += 1
            }
        }
        return verdict
    }
}
