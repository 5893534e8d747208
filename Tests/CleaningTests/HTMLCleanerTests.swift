import Assay
import AssayTestSupport
import Foundation
import Testing

/// Cleans `html` with default options and returns the document.
func cleanHTML(_ html: String, id: String = "test.html") throws -> Document {
    HTMLCleaner.initializeParser()
    var document = Document(id: id, format: .html, source: html, sourceSHA256: "")
    try HTMLCleaner(configuration: .init()).process(&document, context: StageContext())
    return document
}

/// A realistic news page: site chrome, consent banner, share tools, the article, related stories, a newsletter
/// prompt and comments.
let newsPage = """
    <!DOCTYPE html>
    <html lang="en-GB"><head><meta charset="utf-8">
    <title>Lynas expands Malaysian plant | Mining Daily</title>
    <meta property="og:title" content="Lynas expands Malaysian plant">
    <meta property="og:site_name" content="Mining Daily">
    <meta property="article:published_time" content="2025-06-12T08:30:00+00:00">
    <meta name="author" content="Jane Doe">
    <link rel="canonical" href="https://example.com/2025/06/12/lynas-expands">
    <script>var tracking = "Lynas Rare Earths should never appear from a script";</script>
    <style>.x{color:red}</style>
    </head><body>
    <div class="cookie-banner" role="dialog"><p>We use cookies to improve your experience. Accept all cookies?</p></div>
    <header class="site-header"><nav><ul><li><a href="/">Home</a></li><li><a href="/mining">Mining</a></li>
    <li><a href="/markets">Markets</a></li></ul></nav></header>
    <main><article>
    <h1>Lynas expands Malaysian plant</h1>
    <div class="byline">By Jane Doe, June 12, 2025</div>
    <div class="share-tools"><a href="https://twitter.com/share">Share on Twitter</a> <a href="mailto:">Email</a></div>
    <div class="article-body">
    <p><a href="/companies/lynas">Lynas</a> Rare Earths said on Thursday it would expand its processing plant in
    Kuantan, Malaysia, raising capacity for separated heavy rare earths such as dysprosium and terbium.</p>
    <p>The company, the largest producer outside China, expects the expansion to cost A$500&nbsp;million &amp; to be
    complete by 2027, according to a statement to the Australian Securities Exchange.</p>
    <figure><img src="plant.jpg"><figcaption>The Lynas plant in Kuantan. Photo: Reuters</figcaption></figure>
    <p>&ldquo;Demand from magnet makers keeps growing,&rdquo; chief executive Amanda Lacaze told reporters in Perth,
    adding that China still refines about 90% of the world&#8217;s rare earths.</p>
    <p>Read more: <a href="/other">China tightens rare earth export rules</a></p>
    </div>
    <aside class="related-stories"><h3>Related stories</h3><ul>
    <li><a href="/a">MP Materials signs deal with Apple for recycled magnets</a></li>
    <li><a href="/b">Iluka raises funding for Eneabba refinery in Western Australia</a></li></ul></aside>
    <div class="newsletter-signup"><p>Sign up for our daily newsletter to get the latest mining news.</p>
    <form><input type="email"><button>Subscribe</button></form></div>
    </article></main>
    <section id="comments" class="comments-area"><h3>Leave a Reply</h3>
    <p>Your email address will not be published. Required fields are marked *</p></section>
    <footer class="site-footer"><p>© 2025 Mining Daily. All rights reserved. Contact us | Privacy policy</p></footer>
    </body></html>
    """

@Suite struct HTMLCleanerTests {
    @Test func keepsTheArticleBodyAndDropsTheChrome() throws {
        let text = try #require(try cleanHTML(newsPage).text).string
        #expect(text.hasPrefix("Lynas Rare Earths said on Thursday"))
        #expect(text.contains("to be complete by 2027"))
        #expect(text.contains("chief executive Amanda Lacaze told reporters in Perth"))
        for boilerplate in [
            "cookies", "Home", "Share on Twitter", "By Jane Doe", "MP Materials", "Related stories", "newsletter",
            "Leave a Reply", "email address", "All rights reserved", "tracking", "color:red", "Photo: Reuters",
            "Read more",
        ] {
            #expect(!text.contains(boilerplate), "kept boilerplate: \(boilerplate)")
        }
    }

    @Test func keepsParagraphBreaksAndJoinsInlineRuns() throws {
        let text = try #require(try cleanHTML(newsPage).text).string
        let paragraphs = text.components(separatedBy: "\n\n")
        #expect(paragraphs.count == 3)
        #expect(paragraphs[0].hasPrefix("Lynas Rare Earths"))
        #expect(!text.contains("  "))
    }

    @Test func turnsEntitiesIntoText() throws {
        let text = try #require(try cleanHTML(newsPage).text).string
        #expect(text.contains("A$500 million & to be"))
        #expect(text.contains("\u{201C}Demand from magnet makers keeps growing,\u{201D}"))
        #expect(text.contains("world\u{2019}s rare earths"))
    }

    @Test(arguments: [
        "<p><a href=\"/x\">Lynas</a> Rare Earths is a miner in Western Australia and Malaysia with big plans.</p>",
        "<p><b>Lyn</b>as Rare Earths is a miner in Western Australia and Malaysia with big plans.</p>",
        "<p><span>Lynas</span> <em>Rare</em> Earths is a miner in Western Australia and Malaysia with big plans.</p>",
    ])
    func entitiesSplitAcrossInlineTagsComeOutAsOneRun(html: String) throws {
        let text = try #require(try cleanHTML("<html><body><article>\(html)</article></body></html>").text).string
        #expect(text.hasPrefix("Lynas Rare Earths is a miner"))
    }

    @Test func readsMetadata() throws {
        let metadata = try cleanHTML(newsPage).metadata
        #expect(metadata.title == "Lynas expands Malaysian plant")
        #expect(metadata.publisher == "Mining Daily")
        #expect(metadata.published == "2025-06-12T08:30:00+00:00")
        #expect(metadata.authors == ["Jane Doe"])
        #expect(metadata.url == "https://example.com/2025/06/12/lynas-expands")
        #expect(metadata.language == "en-GB")
    }

    @Test func readsMetadataFromJSONLD() throws {
        let page = """
            <html><head><script type="application/ld+json">
            {"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"Gallium curbs bite",
            "datePublished":"2023-08-01T06:00:00Z","author":[{"@type":"Person","name":"Li Wei"}],
            "publisher":{"@type":"Organization","name":"Metals Wire"}}]}
            </script></head><body><article><p>Exports of gallium and germanium fell sharply in August after the
            new licensing rules took effect, customs data showed on Wednesday.</p></article></body></html>
            """
        let metadata = try cleanHTML(page).metadata
        #expect(metadata.title == "Gallium curbs bite")
        #expect(metadata.published == "2023-08-01T06:00:00Z")
        #expect(metadata.authors == ["Li Wei"])
        #expect(metadata.publisher == "Metals Wire")
    }

    @Test func takesTheDateFromTheURLWhenThePageGivesNone() throws {
        let page = """
            <html><head><link rel="canonical" href="https://news.example.org/2019/11/19/story-slug/"></head>
            <body><p>The senate adjourned on Tuesday after a long session about the budget and other matters.</p>
            </body></html>
            """
        #expect(try cleanHTML(page).metadata.published == "2019-11-19")
    }

    @Test func prefersTheMarkedArticleBody() throws {
        let page = """
            <html><body><div class="teaser"><p>A long teaser paragraph, with commas, clauses, and more clauses, that
            talks about another story entirely, at some length, to tempt the scorer.</p></div>
            <div itemprop="articleBody"><p>The marked body is short but it is what the publisher declared as the
            article body, so it wins over longer text elsewhere on the page.</p><p>A second paragraph of the
            body follows with more detail about the event and what officials said.</p></div></body></html>
            """
        let text = try #require(try cleanHTML(page).text).string
        #expect(text.hasPrefix("The marked body"))
        #expect(!text.contains("teaser"))
    }

    @Test func anEmptyPageIsAnError() throws {
        #expect(throws: StageError.self) {
            try cleanHTML("<html><body><nav><a href='/'>Home</a></nav></body></html>")
        }
    }

    @Test func everyCleanCharacterMapsBackToTheSource() throws {
        let document = try cleanHTML(newsPage)
        try SourceMapCheck.verify(document)
    }
}

@Suite struct HTMLSourceMapTests {
    /// Markup that strains the alignment of libxml2's text callbacks with the source.
    static let pages: [String] = [
        // Entities of every kind, including an unknown one and one without its semicolon.
        "<html><body><p>Fish &amp; chips &#8217;n&#x2019; peas &copy; 2025 &foo; &amp more text here for length.</p></body></html>",
        // CRLF line endings and tabs inside a paragraph.
        "<html>\r\n<body>\r\n<p>First line of the story\r\ncontinues here,\tafter a tab, and then it ends.</p>\r\n</body></html>",
        // A lone "<" that is text, not a tag, and a comment in the middle of a sentence.
        "<html><body><p>Exports fell as 3 < 5 and prices <!-- note --> rose again across the region.</p></body></html>",
        // A paragraph longer than libxml2's 1000-byte text buffer, with multi-byte characters at the flush point.
        "<html><body><p>" + String(repeating: "Détente — “rare earths” ", count: 120) + "</p></body></html>",
        // Non-ASCII text in several scripts, and a no-break space.
        "<html><body><article><p>Пекин и Вашингтон 北京与华盛顿 وافقت&nbsp;الصين on a truce in London.</p></article></body></html>",
    ]

    @Test(arguments: pages)
    func everyCleanCharacterMapsBackToTheSource(page: String) throws {
        let document = try cleanHTML(page)
        try SourceMapCheck.verify(document)
    }

    @Test func aMentionsRangeMapsToItsCharactersInTheSource() throws {
        let page =
            "<html><body><p>Officials said <a href=\"/p\">Scott Bessent</a> spoke in London on Monday.</p></body></html>"
        let document = try cleanHTML(page)
        let text = try #require(document.text)
        let clean = Array(text.string.unicodeScalars)
        let start = try #require(String(String.UnicodeScalarView(clean)).range(of: "Scott Bessent"))
        let lower = text.string.unicodeScalars.distance(
            from: text.string.unicodeScalars.startIndex,
            to: start.lowerBound
        )
        let range = text.sourceMap.sourceRange(forClean: lower..<(lower + 13))
        let source = Array(document.source.unicodeScalars)
        #expect(String(String.UnicodeScalarView(source[range])) == "Scott Bessent")
    }
}
