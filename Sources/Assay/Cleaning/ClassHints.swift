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

    private static let negativeFragmentBytes: [[UInt8]] = negativeFragments.map { Array($0.utf8) }
    private static let fragmentsByFirstByte: [[[UInt8]]] = {
        var buckets = [[[UInt8]]](repeating: [], count: 256)
        for fragment in negativeFragmentBytes {
            if let first = fragment.first { buckets[Int(first)].append(fragment) }
        }
        return buckets
    }()
    private static let negativeWordBytes: Set<[UInt8]> = Set(negativeWords.map { Array($0.utf8) })
    private static let positiveBytes: [[UInt8]] = positive.map { Array($0.utf8) }

    /// Judges an element's lower-cased `class` and `id` (space-separated tokens).
    ///
    /// - Complexity: O(*n* × *k*) in the hint's length and the number of fragments; callers cache verdicts per
    ///   distinct hint, since pages repeat the same class names many times.
    static func judge(_ hints: ArraySlice<UInt8>) -> Verdict {
        var cache: [ArraySlice<UInt8>: TokenVerdict] = [:]
        return judge(hints, cache: &cache)
    }

    /// Judges hints, remembering each token's verdict in `cache` (class names repeat across a page's elements).
    static func judge(_ hints: ArraySlice<UInt8>, cache: inout [ArraySlice<UInt8>: TokenVerdict]) -> Verdict {
        var verdict = Verdict()
        var tokenStart = hints.startIndex
        while tokenStart < hints.endIndex {
            var tokenEnd = tokenStart
            while tokenEnd < hints.endIndex && hints[tokenEnd] != 0x20 { tokenEnd += 1 }
            if tokenEnd > tokenStart {
                let token = hints[tokenStart..<tokenEnd]
                let tokenVerdict: TokenVerdict
                if let known = cache[token] {
                    tokenVerdict = known
                } else {
                    tokenVerdict = judgeToken(token)
                    cache[token] = tokenVerdict
                }
                switch tokenVerdict {
                case .negative: verdict.negative += 1
                case .positive: verdict.positive += 1
                case .neutral: break
                }
            }
            tokenStart = tokenEnd + 1
        }
        return verdict
    }

    enum TokenVerdict { case negative, positive, neutral }

    private static func judgeToken(_ token: ArraySlice<UInt8>) -> TokenVerdict {
        // Whole words, split on - _ : .
        var words: [ArraySlice<UInt8>] = []
        var wordStart = token.startIndex
        for index in token.indices where Self.isWordSeparator(token[index]) {
            if index > wordStart { words.append(token[wordStart..<index]) }
            wordStart = index + 1
        }
        if wordStart < token.endIndex { words.append(token[wordStart..<token.endIndex]) }
        for word in words where negativeWordBytes.contains(Array(word)) {
            return .negative
        }
        // Fragments by first byte: each position of the token is tried only against fragments starting there.
        var position = token.startIndex
        while position < token.endIndex {
            for fragment in fragmentsByFirstByte[Int(token[position])]
            where position + fragment.count <= token.endIndex
                && token[position..<(position + fragment.count)].elementsEqual(fragment)
            {
                return .negative
            }
            position += 1
        }
        for candidate in positiveBytes {
            if words.contains(where: { $0.elementsEqual(candidate) }) || token.starts(with: candidate) {
                return .positive
            }
        }
        return .neutral
    }

    private static func isWordSeparator(_ byte: UInt8) -> Bool {
        byte == 0x2D || byte == 0x5F || byte == 0x3A || byte == 0x2E
    }

}
