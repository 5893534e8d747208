// The phrase lists behind the boilerplate rules. Every entry is lowercase, with look-alikes folded (straight quotes,
// "-" for dashes), as `LineKey` prepares lines. Prefixes match at a word boundary. Lists that are only matched are
// `StaticString`s, compared byte by byte without bridging; lists looked up by whole words are sets of `String`.

extension BoilerplateLines {
    // MARK: - Whole lines

    /// Lines that are boilerplate when they are the whole line, after leading and trailing punctuation is removed.
    static let wholeLines: [String: Kind] = {
        var table: [String: Kind] = [:]
        func add(_ kind: Kind, _ lines: [String]) {
            for line in lines { table[line] = kind }
        }
        add(.crossLink, Array(bareCrossLinks))
        add(
            .comments,
            [
                "reply", "replies", "leave a reply", "leave a comment", "leave a reply cancel reply", "cancel reply",
                "post comment", "post a comment", "submit comment", "add comment", "add a comment", "comments",
                "comment", "no comments", "no comments yet", "view comments", "show comments", "hide comments",
                "load comments", "load more comments", "be the first to comment", "join the conversation",
                "join the discussion", "or to participate", "to participate", "log in or sign up", "login or sign up",
                "sign in or sign up", "log in or register", "login or register", "login or subscribe",
                "log in or subscribe", "sign in", "log in", "login", "log out", "logout", "name", "email", "e-mail",
                "website", "email address", "submit", "no posts found", "no results found", "nothing found",
                "loading comments", "loading", "comments are closed", "δ",
            ]
        )
        add(
            .newsletter,
            [
                "newsletter", "newsletters", "sign up", "subscribe", "subscribe now", "subscribe today", "register",
                "sign up now", "sign up for free", "join now", "get the newsletter", "stay informed", "stay updated",
                "stay tuned", "stay connected", "get the app", "download the app",
            ]
        )
        add(
            .share,
            [
                "like this", "like loading", "link copied", "copied", "copy link", "copy url", "share", "share this",
                "share this article", "share this story", "share article", "share story",
            ]
        )
        add(
            .advertisement,
            [
                "advertisement", "advertisements", "advert", "ad", "ads", "sponsored", "sponsored content",
                "paid content", "paid post", "partner content", "promoted", "promoted content", "advertising",
                "ad feedback", "report this ad", "story continues below", "article continues below",
                "continue reading below", "continue reading the main story", "scroll to continue",
                "scroll to continue with content",
            ]
        )
        add(
            .navigation,
            [
                "skip to content", "skip to main content", "skip to navigation", "skip to footer", "back to top",
                "go to top", "scroll to top", "top", "menu", "main menu", "open menu", "close menu", "close", "search",
                "toggle navigation", "navigation", "home", "previous", "next", "previous article", "next article",
                "previous post", "next post", "older posts", "newer posts", "load more", "show more", "see more",
                "view more", "view all", "see all", "tags", "topics", "categories", "about us", "contact us", "contact",
                "more", "advertise", "advertise with us", "rss", "rss feed", "site map", "sitemap", "help", "faq",
                "sections", "back to main menu", "cancel", "ok", "terms & conditions", "ad choices", "adchoices",
                "email newsletters", "subscriptions", "archives", "classifieds", "place an ad", "enewspaper",
                "e-newspaper", "today's paper", "masthead", "print edition", "all sections", "more sections",
            ]
        )
        add(
            .consent,
            [
                "privacy policy", "terms of use", "terms of service", "terms and conditions", "cookie policy",
                "cookie settings", "cookie preferences", "manage cookies", "accept", "accept all", "accept cookies",
                "accept all cookies", "reject all", "i agree", "i accept", "got it",
            ]
        )
        add(
            .caption,
            [
                "file photo", "file image", "file picture", "file pic", "representative image",
                "representational image",
                "representative photo", "representational photo", "stock image", "stock photo", "featured image",
                "image", "photo", "photos", "video", "gallery", "illustration",
            ]
        )
        add(.footer, ["all rights reserved"])
        return table
    }()

    /// Cross-link headings that stand alone above a list of other stories.
    static let bareCrossLinks: Set<String> = [
        "also read", "read also", "see also", "also see", "read more", "read next", "up next", "next up",
        "keep reading", "continue reading", "related", "related stories", "related story", "related articles",
        "related article", "related posts", "related post", "related news", "related coverage", "related content",
        "related links", "related topics", "related reading", "related videos", "related video", "recommended",
        "recommended for you", "recommended stories", "recommended articles", "recommended reading",
        "recommended videos", "you may also like", "you might also like", "you may like", "you might like",
        "more stories", "more news", "more articles", "more videos", "more on this story", "more on this topic",
        "most popular", "most read", "most viewed", "most shared", "popular now", "popular stories", "trending",
        "trending now", "trending stories", "top stories", "latest stories", "latest news", "latest articles",
        "editor's picks", "editors' picks", "editor's pick", "don't miss", "must read", "further reading",
        "what to read next", "in case you missed it", "other stories", "around the web", "from the web", "latest",
        "popular",
        "sponsored stories", "read the full story", "read the full article", "read full article", "read full story",
        "full story", "watch", "watch video", "watch now", "listen", "listen to this article", "listen now",
        "you may also be interested in", "you might also be interested in", "you may be interested in",
        "we recommend", "people also read", "suggested reading", "suggested articles", "more in this section",
    ]

    // MARK: - Opening words

    /// The first words of every phrase matched at the start of a line.
    ///
    /// A line whose first word is not among them skips all prefix rules, which keeps ordinary paragraphs ("The
    /// talks …", "China …") cheap. `LineKey` asserts that every prefix it is asked about is covered.
    static let openingWords: Set<String> = {
        let lists: [[StaticString]] = [
            attributionPrefixes, crossLinkPrefixes, separatedCrossLinkWords, promptOpeners, supportPrompts,
            accountPrompts, formPrompts, sharePrefixes, consentPrefixes, consentLabels, advertisementPrefixes,
            navigationPrefixes, taxonomyWords, captionLabels, captionPhrases,
        ]
        var words: Set<String> = [
            // Openings written into the rules themselves.
            "click", "continue", "copyright", "download", "follow", "get", "home", "join", "keep", "log", "login",
            "more", "posted", "read", "register", "share", "sign", "signup", "sponsored", "subscribe", "tagged",
        ]
        for list in lists {
            for phrase in list { words.insert(firstWord(of: phrase)) }
        }
        return words
    }()

    /// The leading run of ASCII letters and digits of `phrase`: "sign" for "sign-up", "don" for "don't miss".
    static func firstWord(of phrase: StaticString) -> String {
        phrase.withUTF8Buffer { buffer in
            String(decoding: buffer.prefix { LineKey.isASCIIWordByte($0) }, as: UTF8.self)
        }
    }

    // MARK: - Attributions (never dropped)

    /// Openings of source attributions, credits and syndication notices, with or without a leading bracket.
    static let attributionPrefixes: [StaticString] = [
        "source", "sources", "disclaimer", "reporting by", "additional reporting", "editing by", "writing by",
        "compiled by", "translated by", "with inputs from", "inputs from", "this story has", "this story was",
        "this story first", "this article was", "this article is republished", "this article first",
        "this article originally", "this article is a", "this is a rewritten", "originally published",
        "a version of this", "republished", "syndicated",
    ]

    /// News agencies whose name in a short line makes it an attribution worth keeping ("— Reuters", "(AFP)").
    static let agencies: Set<String> = [
        "reuters", "ap", "afp", "bloomberg", "xinhua", "dpa", "ani", "pti", "ians", "efe", "kyodo", "yonhap", "tass",
        "anadolu", "upi", "bernama", "aap", "ap/reuters",
    ]

    // MARK: - Vocabulary lines

    static let commentWords: Set<String> = [
        "comment", "comments", "reply", "replies", "response", "responses", "view", "show", "hide", "load", "more",
        "no", "yet", "leave", "a", "an", "post", "add", "submit", "cancel", "the", "first", "be", "to", "write",
        "your", "all", "join", "conversation", "discussion", "log", "login", "in", "sign", "or", "up", "participate",
        "register", "subscribe", "and", "read", "see",
    ]
    static let commentCoreWords: Set<String> = [
        "comment", "comments", "reply", "replies", "responses", "participate",
    ]
    static let shareWords: Set<String> = [
        "share", "shares", "this", "article", "story", "post", "page", "on", "via", "to", "by", "facebook",
        "twitter", "x", "linkedin", "whatsapp", "email", "e", "mail", "print", "pinterest", "reddit", "telegram",
        "tumblr", "pocket", "flipboard", "messenger", "sms", "threads", "bluesky", "mastodon", "instagram",
        "youtube", "tiktok", "google", "news", "copy", "link", "url", "copied", "tweet", "click", "opens", "in",
        "new", "window", "tab", "follow", "us", "and", "or", "save", "bookmark", "gift", "the", "with", "friends",
        "a", "friend", "whatsapp", "fb", "li",
    ]
    static let shareCoreWords: Set<String> = [
        "share", "facebook", "twitter", "linkedin", "whatsapp", "pinterest", "reddit", "telegram", "tweet", "email",
        "print", "instagram", "youtube", "tiktok", "flipboard", "follow", "copy",
    ]

    // MARK: - Links to other stories

    /// Openings that mark a link to another story whatever follows: "Also Read: <headline>".
    static let crossLinkPrefixes: [StaticString] = [
        "also read", "read also", "also see", "see also", "also watch", "watch also", "must read", "must watch",
        "don't miss", "do not miss", "further reading", "suggested reading", "recommended reading", "related reading",
        "related story", "related stories", "related article", "related articles", "related coverage",
        "related news", "related content", "related posts", "related post", "related video", "related videos",
        "related topics", "related links", "recommended for you", "recommended stories", "recommended articles",
        "recommended videos", "you may also like", "you might also like", "you may also be interested",
        "you might also be interested", "you may be interested", "you might be interested", "we also recommend",
        "people also read", "readers also read", "what to read next", "in case you missed it", "listen to this article",
        "watch video", "watch the video",
    ]

    /// Single words that mark a cross-link only when a separator follows: "Related: …", "Watch: …".
    static let separatedCrossLinkWords: [StaticString] = [
        "related", "recommended", "watch", "listen", "trending", "previous", "top stories", "most read", "most popular",
        "latest news", "more stories", "more news", "up next",
        "read next", "editor's picks",
    ]

    // MARK: - Prompts

    /// Words that make a line opening with "Sign up" or "Register" a subscription prompt.
    static let newsletterWords: Set<String> = [
        "our", "newsletter", "newsletters", "inbox", "alerts", "updates", "briefing", "digest", "bulletin",
    ]

    /// The labels of comment-form fields.
    static let formFieldWords: Set<String> = [
        "name", "email", "e", "mail", "comment", "website", "message", "phone", "your", "full", "first", "last",
        "address", "url", "required",
    ]

    /// Openings of a prompt that becomes a call to act further on: "Stay informed! Sign up …".
    static let promptOpeners: [StaticString] = [
        "stay informed", "stay updated", "stay up to date", "stay up-to-date", "stay in the know", "stay ahead",
        "stay connected", "stay tuned", "be the first to know", "never miss", "don't miss out", "want more",
        "want to read more", "want the latest", "want to stay", "like this article", "like what you", "enjoyed this",
        "enjoy this", "did you enjoy", "love this", "found this", "liked this", "if you enjoyed", "if you liked",
        "interested in more", "for more news", "get more",
    ]

    /// What a prompt asks the reader to do.
    static let callsToAct: [StaticString] = [
        "sign up", "signup", "sign-up", "subscribe", "newsletter", "inbox", "follow us", "join our", "join us",
        "register", "download our", "download the", "alerts", "notifications", "whatsapp channel",
        "telegram channel", "on google news",
    ]

    /// Openings of a request for money: "Support our journalism".
    static let supportPrompts: [StaticString] = [
        "support our", "support us", "support independent journalism", "support quality journalism",
        "support local journalism", "support trusted journalism", "please support", "donate to", "make a donation",
        "make a contribution",
    ]

    /// Paywall and account prompts.
    static let accountPrompts: [StaticString] = [
        "become a member", "become a subscriber", "become a supporter", "already a subscriber",
        "already have an account", "already registered", "already a member", "don't have an account",
        "create an account", "create a free account", "create your free account", "to continue reading",
        "continue reading with", "this article is for subscribers", "subscribe to continue", "subscribe to read",
        "you have reached your", "you've reached your", "unlock this article", "subscriber-only", "premium content",
    ]

    /// Sign-up form text and confirmations.
    static let formPrompts: [StaticString] = [
        "thank you for subscribing", "thanks for subscribing", "thank you for signing up", "thanks for signing up",
        "thank you for reading", "thanks for reading", "you're subscribed", "you are subscribed",
        "you have successfully", "please enter a valid", "invalid email", "enter your email", "by submitting",
        "by signing up", "by subscribing", "by clicking", "by registering",
        "by entering your", "this site is protected by recaptcha", "protected by recaptcha",
        "get breaking news",
    ]

    // MARK: - Comment forms

    /// Phrases only a comment form says.
    static let commentFormPhrases: [StaticString] = [
        "required fields are marked", "will not be published", "save my name, email", "save my name and email",
        "notify me of follow-up comments", "notify me of new posts", "notify me of new comments",
        "you must be logged in to", "comments are closed", "this site uses akismet", "log in to comment",
        "login to comment", "sign in to comment", "to leave a comment", "to post a comment", "comment policy",
        "community guidelines", "be the first to comment", "comments have been closed",
    ]

    // MARK: - Share and follow

    static let sharePrefixes: [StaticString] = [
        "share this", "share on", "share via", "share to", "share article", "share story", "share the article",
        "share the story", "share your thoughts", "click to share", "click to email", "click to print",
        "click to copy", "tap to share", "share using", "print this", "email this",
    ]

    /// Networks a "Follow … on …" prompt names, as single words ("google" for Google News).
    static let socialNetworks: Set<String> = [
        "facebook", "twitter", "x", "instagram", "linkedin", "youtube", "tiktok", "telegram", "whatsapp", "google",
        "threads", "bluesky", "mastodon", "flipboard", "pinterest", "snapchat",
    ]

    // MARK: - Consent

    static let consentPrefixes: [StaticString] = [
        "we use cookies", "we and our partners", "we value your privacy", "this site uses cookies",
        "this website uses cookies", "our site uses cookies", "our website uses cookies", "cookies help us",
        "by continuing to use", "by continuing to browse", "by using this site", "by using this website",
        "by using our site", "by using our website", "we care about your privacy", "your privacy choices",
        "do not sell my", "do not sell or share",
    ]

    static let consentLabels: [StaticString] = [
        "manage cookies", "manage preferences", "manage consent", "cookie settings", "cookie preferences",
        "cookie policy", "accept all", "accept cookies", "reject all", "privacy policy", "terms of use",
        "terms of service", "terms and conditions", "privacy settings",
    ]

    /// Contexts that make a line mentioning "cookies" a consent notice rather than news about cookies.
    static let consentContexts: [StaticString] = [
        "we use", "this site", "this website", "our site", "our website", "your browsing experience",
        "your experience", "best experience", "you agree", "you consent", "you accept", "cookie policy",
        "privacy policy", "accept all",
    ]

    // MARK: - Advertisements and navigation

    static let advertisementPrefixes: [StaticString] = [
        "scroll to continue", "continue reading the main story", "story continues below", "article continues below",
        "continue reading below", "sponsored content", "paid content", "partner content", "promoted content",
    ]

    static let navigationPrefixes: [StaticString] = [
        "skip to", "jump to", "back to top", "go to top", "scroll to top", "toggle navigation", "open navigation",
        "close navigation", "main menu", "open menu", "close menu",
    ]

    /// Labels of tag and category lines, dropped only with a separator: "Tags: trade, China".
    static let taxonomyWords: [StaticString] = [
        "tags", "tagged", "topics", "filed under", "categories", "category", "posted in", "more about", "keywords",
        "related topics", "explore more", "subjects",
    ]

    // MARK: - Captions

    /// Labels that open a caption or credit when a separator or "by", "via", "courtesy" follows.
    static let captionLabels: [StaticString] = [
        "photo", "photos", "photograph", "photography", "image", "images", "picture", "pictures", "pic", "pics",
        "illustration", "graphic", "credit", "credits", "video", "caption", "gallery", "featured image",
        "cover image", "lead image", "main image", "top image", "header image", "hero image", "cover photo",
        "photo illustration", "image source", "image credit", "photo credit", "picture credit", "image courtesy",
        "photo courtesy", "representative image", "representational image", "representative photo",
        "representational photo", "file photo", "file image", "file picture", "file pic", "stock image",
        "stock photo", "thumbnail", "image via", "photo via",
    ]

    /// Openings that make a line a caption or credit whatever follows.
    static let captionPhrases: [StaticString] = [
        "file photo", "file image", "file picture", "image credit", "photo credit", "picture credit",
        "image courtesy", "photo courtesy", "photograph by", "photo by", "image by", "images by", "pictured above",
        "pictured:", "in this photo", "in this file photo", "in this image", "in this picture",
    ]

    /// Marks of a photo credit anywhere in a caption's last segment: agency slashes, picture libraries.
    static let creditMarkers: [StaticString] = [
        "getty images", "ap photo", "reuters/", "/reuters", "afp/", "/afp", "afp via", "epa/", "/epa", "epa-efe",
        "xinhua/", "/xinhua", "shutterstock", "istock", "alamy", "bloomberg via", "via reuters", "pool via",
        "/pool", "pool/", "anadolu agency via", "nurphoto", "sopa images", "imago images", "dpa/", "/dpa",
        "ani photo", "pti photo", "ians photo", "pti file photo", "/getty", "getty/", "photo credit",
        "image credit", "photo courtesy", "image courtesy",
    ]
}
