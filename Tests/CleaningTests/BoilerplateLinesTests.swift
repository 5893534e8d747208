import Assay
import Testing

@Suite struct BoilerplateLinesTests {
    // MARK: - One line

    /// Boilerplate seen on WordPress blogs, newsletters (beehiiv, Substack), wire-service pages and news portals.
    @Test(arguments: [
        // Newsletter and subscription prompts.
        "Stay informed! Sign up for our newsletter to get the latest updates on this story and more with Atlas News.",
        "Sign up for our newsletter",
        "Sign up for The Brief, our daily newsletter that helps you make sense of the news.",
        "SUBSCRIBE to our daily newsletter for the latest news",
        "Subscribe to …",
        "Get the latest news and analysis delivered to your inbox every morning.",
        "📩 Get our free Morning Briefing newsletter",
        "Want more? Subscribe to our weekly newsletter.",
        "Join our WhatsApp channel for the latest news",
        "Support our journalism. Become a subscriber today.",
        "Already a subscriber? Log in",
        "By signing up, you agree to our Terms of Use and Privacy Policy.",
        "Thanks for signing up!",
        // Comment sections and forms.
        "Leave a Reply",
        "Leave a Reply Cancel reply",
        "Leave a comment",
        "Your email address will not be published. Required fields are marked *",
        "Required fields are marked *",
        "Comment *",
        "Name *",
        "Save my name, email, and website in this browser for the next time I comment.",
        "Post Comment",
        "Reply",
        "2 Replies",
        "or to participate",
        "Login or Subscribe to participate in polls.",
        "Log in or sign up",
        "Sign in to comment",
        "No posts found",
        "0 comments",
        "12 Comments",
        "View 34 comments",
        "Be the first to comment",
        "Δ",
        // Links to other stories.
        "Also Read:\u{A0} Manhunt for Minnesota Shooting Suspect Tied to Ministries and Security Work\u{A0}\u{A0}",
        "ALSO READ | Fed holds rates steady as inflation cools",
        "Read also: Trump hails 'great deal' with China",
        "Read more: What the London truce means for rare earths",
        "READ MORE",
        "Read More »",
        "Related: US tariffs on China explained",
        "RELATED STORIES",
        "Recommended: How China came to dominate rare earths",
        "You may also like",
        "Keep Reading",
        "Continue reading",
        "More from Bloomberg",
        "More From Forbes",
        "Don't miss: The chip war, explained",
        "Watch: Bessent says there will be no quid pro quo",
        "See also: Samarium and the F-35",
        // Share and follow prompts.
        "Share this:",
        "Share on Facebook",
        "Share on X (Twitter)",
        "Click to share on LinkedIn (Opens in new window)",
        "Facebook Twitter LinkedIn Email Print",
        "Follow us on Google News",
        "Follow Reuters on X and Instagram",
        "Like this:",
        "Like Loading...",
        "Copy link",
        // Cookie and consent notices.
        "We use cookies to ensure that we give you the best experience on our website.",
        "By continuing to use this site, you agree to our use of cookies.",
        "This website uses cookies to improve your browsing experience.",
        "Accept all cookies",
        "Manage preferences",
        // Advertisement labels and navigation.
        "Advertisement",
        "ADVERTISEMENT",
        "- Advertisement -",
        "Story continues below advertisement",
        "Advertisement - Scroll to continue",
        "Sponsored",
        "Skip to content",
        "Skip to main content",
        "Home › World › Asia Pacific",
        "Tags: China, rare earths, trade war",
        "Filed under: Economy",
        "© 2025 Atlas News. All rights reserved.",
        // Captions and credits.
        "Photo: Getty Images",
        "PHOTO: AFP",
        "Image credit: Shutterstock",
        "Image Credit Reuters",
        "(Photo by Andrew Harnik/Getty Images)",
        "(AP Photo/Mark Schiefelbein)",
        "[Image: Reuters]",
        "File photo",
        "FILE PHOTO: A worker inspects rare earth magnets at a factory in Ganzhou, China, March 2, 2024. REUTERS/Stringer",
        "U.S. Treasury Secretary Scott Bessent speaks to the media in London, Britain, June 10, 2025. REUTERS/Toby Melville",
        "Photograph: Kin Cheung/AP",
        "Representational image",
        // Decoration.
        "* * *",
        "•",
    ])
    func recognisesBoilerplate(line: String) {
        #expect(BoilerplateLines.isBoilerplate(line))
    }

    /// Article text that looks like boilerplate at a glance: it must never be dropped.
    @Test(arguments: [
        // Section headings.
        "Rare earths as strategic leverage",
        "Limited gains on rare earths and tariff relief",
        "🎯 A Trade-Off That Wasn’t",
        "🔑 Key Takeaways:",
        "🧠 Experts Say: Don't Expect a Breakthrough",
        "Introduction: Fragile Trade Truce Overshadowed by Deeper Conflicts",
        "Conclusion: A Narrow Path Forward in a High-Stakes Standoff",
        "Official Voices and Expert Commentary",
        "Related Developments in Beijing and Washington",
        // Attributions and syndication notices that later stages need.
        "Source:\u{A0} (Reuters)",
        "Source: Reuters",
        "(Disclaimer:\u{A0} This article is a rewritten journalistic summary based on reported information and unnamed sources cited by Reuters.)",
        "(Reporting by David Lawder; Editing by Andrea Ricci)",
        "(This story has not been edited by our staff and is auto-generated from a syndicated feed.)",
        "With inputs from Reuters",
        // Prose that starts with, or contains, a boilerplate word.
        "Reply from Beijing came within hours, with the Commerce Ministry calling the curbs discriminatory.",
        "Replying to a question in parliament, the minister said talks would resume.",
        "Investors who subscribe to the bond issue will receive a coupon of 4.5%.",
        "Subscribers to the state broadcaster's streaming service rose 12% last year.",
        "Sign-ups for the government's chip subsidy programme exceeded expectations.",
        "Login attempts from abroad were blocked, the company said.",
        "Share prices in Shanghai fell 2% after the announcement.",
        "Follow-up sanctions on Xinjiang officials are expected next month.",
        "Follow the money, investigators said, and it leads to Hong Kong.",
        "Photographs released by the ministry showed the signing ceremony.",
        "Photo ops aside, the summit produced little of substance.",
        "Credit Suisse's collapse still weighs on Swiss banks.",
        "Related to this, Beijing has expanded its export-control list.",
        "Watch for the Fed's decision next week, analysts said.",
        "More from the London talks is expected on Tuesday, officials said.",
        "Advertising revenue at the group fell 8% in the quarter.",
        "Comments from the Chinese Commerce Ministry were more conciliatory.",
        "Cookies and other baked goods were among the exports hit by tariffs.",
        "Get ready for higher prices, economists warned on Friday.",
        "Stay in the know? That is harder than it sounds, traders say.",
        "Home prices rose 3% in May, the fastest pace in a year.",
        "The company said more than 2 million people subscribe to its newsletter.",
        "Tags on the shipments identified them as samarium magnets.",
        "Image is everything for the administration, one analyst said.",
        "Getty Images shares rose 5% after the company beat forecasts.",
        "Read the room, one diplomat advised his colleagues before the London meeting, and do not overplay your hand.",
        "Trump has declared tariffs will stay at 55% on Chinese goods, while China will hold at 10% on U.S. exports.",
        "  • ~70% of global rare earths production",
        "Rare earths may sound obscure, but they’re vital. China holds:",
    ])
    func keepsArticleText(line: String) {
        #expect(!BoilerplateLines.isBoilerplate(line))
    }

    @Test func ignoresSurroundingAndRepeatedWhitespace() {
        #expect(BoilerplateLines.isBoilerplate("  \tLeave   a\u{A0}Reply \n"))
        #expect(!BoilerplateLines.isBoilerplate(""))
        #expect(!BoilerplateLines.isBoilerplate("   "))
    }

    @Test func neverDropsALongParagraph() {
        let paragraph =
            "Subscribe to the view of the analysts and you would conclude that the truce is already over; "
            + String(repeating: "the talks went on and on without any sign of progress on rare earths ", count: 6)
        #expect(!BoilerplateLines.isBoilerplate(paragraph))
    }

    // MARK: - Lines in position

    @Test func dropsAPictureNameBeforeTheHeadline() {
        let lines = [
            "US China Flag",
            "Rare Earths vs. AI: U.S.-China Trade Tensions Persist Despite Truce",
            "The U.S. and China reached a temporary trade understanding in London.",
            "A temporary handshake offered a brief glimmer of diplomatic progress.",
        ]
        #expect(BoilerplateLines.linesToDrop(lines) == [true, false, false, false])
    }

    @Test func dropsAPictureNameEndingInAPictureNoun() {
        let lines = [
            "Rare Earth Magnets Photo", "China agreed to speed up export licences, officials said on Wednesday.",
        ]
        #expect(BoilerplateLines.linesToDrop(lines) == [true, false])
    }

    @Test func keepsAShortHeadlineAtTheStart() {
        let lines = [
            "Fed Holds Rates Steady as Inflation Cools",
            "By Jane Doe",
            "The Federal Reserve held interest rates steady on Wednesday, as expected.",
        ]
        #expect(BoilerplateLines.linesToDrop(lines) == [false, false, false])
    }

    @Test func keepsSectionHeadingsBetweenParagraphs() {
        let lines = [
            "China agreed to expedite export licences for rare-earth magnets, officials said on Wednesday.",
            "Rare earths as strategic leverage",
            "Rare earth elements have emerged as a strategic bargaining chip in the ongoing trade conflict.",
            "Structural barriers and strategic deadlock",
            "Despite the temporary nature of the latest deal, structural issues remain entrenched.",
        ]
        #expect(BoilerplateLines.linesToDrop(lines) == [false, false, false, false, false])
    }

    @Test func dropsTheHeadlinesListedUnderACrossLinkHeading() {
        let lines = [
            "China agreed to expedite export licences for rare-earth magnets, officials said on Wednesday.",
            "Related Stories",
            "Fed holds rates steady as inflation cools",
            "Trump hails 'great deal' with China",
            "Washington, for its part, has kept its curbs on advanced AI chip exports in place this week.",
        ]
        #expect(BoilerplateLines.linesToDrop(lines) == [false, true, true, true, false])
    }

    @Test func dropsTheCommentFormAndLinksAfterTheLastParagraph() {
        let lines = [
            "Unless both sides compromise on core interests, a lasting trade framework remains distant.",
            "Share this:",
            "Twitter",
            "Like this:",
            "Leave a Reply Cancel reply",
            "Comment",
            "Name",
            "Markets rally on truce hopes",
            "Trump, Xi to speak by phone",
        ]
        #expect(BoilerplateLines.linesToDrop(lines) == [false] + Array(repeating: true, count: 8))
    }

    @Test func keepsAttributionsInTheTail() {
        let lines = [
            "Unless both sides compromise on core interests, a lasting trade framework remains distant.",
            "Leave a comment",
            "Source: (Reuters)",
            "— AFP",
            "Beijing slams chip curbs",
        ]
        #expect(BoilerplateLines.linesToDrop(lines) == [false, true, false, false, true])
    }

    @Test func keepsShortLinesBeforeTheTailStarts() {
        let lines = [
            "Unless both sides compromise on core interests, a lasting trade framework remains distant.",
            "Jane Doe is a trade correspondent",
            "Source: (Reuters)",
            "Also Read: Manhunt for Minnesota Shooting Suspect",
            "Leave a Reply",
        ]
        #expect(BoilerplateLines.linesToDrop(lines) == [false, false, false, true, true])
    }
}
