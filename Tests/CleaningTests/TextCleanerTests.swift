import Assay
import Foundation
import Testing

@Suite struct TextCleanerTests {
    // MARK: - Helpers

    private func cleaned(
        _ source: String,
        title: String? = nil,
        configuration: TextCleaner.Configuration = .init()
    ) throws -> Document {
        var document = Document(
            id: "test.txt",
            format: .text,
            source: source,
            sourceSHA256: "",
            metadata: DocumentMetadata(title: title)
        )
        try TextCleaner(configuration: configuration).process(&document, context: StageContext())
        return document
    }

    /// The repository root, three levels above this file (Tests/CleaningTests/TextCleanerTests.swift).
    private static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    private static let keepingBoilerplate: TextCleaner.Configuration = {
        var configuration = TextCleaner.Configuration()
        configuration.dropBoilerplate = false
        return configuration
    }()

    /// The sample article in `seeds/` whose name starts with `prefix` ("004" for `004_0a24243b64300376.txt`), cleaned.
    private func seed(_ prefix: String) throws -> Document {
        let folder = Self.repositoryRoot.appendingPathComponent("seeds")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        let name = try #require(names.first { $0.hasPrefix(prefix + "_") }, "no seed \(prefix)_* in \(folder.path)")
        return try cleaned(String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8))
    }

    private func paragraphs(_ document: Document) -> [String] {
        (document.text?.string ?? "").components(separatedBy: "\n\n")
    }

    // MARK: - Paragraphs

    @Test func makesEveryNonBlankLineAParagraph() throws {
        let document = try cleaned("First line.\nSecond line.\n\n\n\nThird line.\r\nFourth line.\rFifth.")
        #expect(document.text?.string == "First line.\n\nSecond line.\n\nThird line.\n\nFourth line.\n\nFifth.")
        #expect(document.text?.removedBlocks == 0)
        #expect(document.layers.isSuperset(of: [.source, .text, .metadata]))
    }

    @Test func trimsLinesAndCollapsesWhitespace() throws {
        let document = try cleaned(
            "  \t Beijing  has\tyet to   commit. \n\u{A0}\n   \n  Washington\u{A0}\u{A0}kept its curbs.  "
        )
        #expect(document.text?.string == "Beijing has yet to commit.\n\nWashington kept its curbs.")
        try SourceMapCheck.verify(document, allowsEntityReferences: false)
    }

    @Test func keepsTypographicCharacters() throws {
        let source = "China\u{2019}s \u{201C}green channel\u{201D} \u{2014} 2018\u{2013}2020."
        let document = try cleaned(source)
        #expect(document.text?.string == source)
        #expect(
            document.text.map { LookalikeFolding.matchingForm($0.string) } == "China's \"green channel\" - 2018-2020."
        )
    }

    @Test func leavesHTMLDocumentsAlone() throws {
        var document = Document(id: "a.html", format: .html, source: "<p>Hello</p>", sourceSHA256: "")
        try TextCleaner(configuration: .init()).process(&document, context: StageContext())
        #expect(document.text == nil)
        #expect(document.layers == [.source])
    }

    @Test func throwsWhenNoTextIsLeft() {
        for source in ["", "  \n\u{A0}\n\t", "Advertisement\n\nShare this:\n\nLeave a Reply"] {
            do {
                _ = try cleaned(source)
                Issue.record("expected an error for \(source.debugDescription)")
            } catch let error as StageError {
                #expect(error.code == .emptyDocument)
                #expect(error.stage == "clean-text")
                #expect(error.documentID == "test.txt")
                #expect(error.description == "[empty-document] clean-text (test.txt): no text left after cleaning")
            } catch {
                Issue.record("unexpected error \(error)")
            }
        }
    }

    // MARK: - Unicode NFC

    @Test func normalisesToNFCAndMapsComposedCharactersToTheirSource() throws {
        // "Cafe" + COMBINING ACUTE ACCENT, ANGSTROM SIGN, and Hangul jamo that compose into one syllable.
        let source = "Cafe\u{301} talks: 5 \u{212B} \u{1100}\u{1161}\u{11A8} done."
        let document = try cleaned(source)
        let text = try #require(document.text)
        #expect(text.string == "Caf\u{E9} talks: 5 \u{C5} \u{AC01} done.")
        #expect(
            text.string.unicodeScalars.elementsEqual(text.string.precomposedStringWithCanonicalMapping.unicodeScalars)
        )
        #expect(text.sourceMap.sourceRange(ofCharacterAt: 3) == 3..<5)  // é ← e + U+0301
        #expect(text.sourceMap.sourceRange(ofCharacterAt: 2) == 2..<3)  // "f" copied
        #expect(text.sourceMap.sourceRange(ofCharacterAt: 14) == 15..<16)  // Å ← U+212B
        #expect(text.sourceMap.sourceRange(ofCharacterAt: 16) == 17..<20)  // 각 ← three jamo
        #expect(text.sourceMap.sourceRange(ofCharacterAt: 18) == 21..<22)  // "d" after them, still exact
        try SourceMapCheck.verify(document, allowsEntityReferences: false)
    }

    @Test func copiesTextThatIsAlreadyNFCInOneSegment() throws {
        let source =
            "S\u{E3}o Paulo \u{2014} \u{201C}\u{4E2D}\u{56FD}\u{201D} \u{1F3AF} \u{41C}\u{43E}\u{441}\u{43A}\u{432}\u{430}"
        let document = try cleaned(source)
        let text = try #require(document.text)
        #expect(text.string == source)
        #expect(text.sourceMap.segments.count == 1)
    }

    /// Every decomposed sequence of a precomposed character (Latin, Greek, Cyrillic, Indic, kana, arrows, …) comes out
    /// composed: the fast path must never let through a scalar that composes with the one before it.
    @Test func composesEveryCanonicalPair() throws {
        let blocks: [ClosedRange<UInt32>] = [
            0x00C0...0x04FF, 0x0900...0x0DFF, 0x1000...0x109F, 0x1B00...0x1B7F, 0x1E00...0x1FFF, 0x2000...0x2BFF,
            0x3040...0x30FF, 0xAC00...0xAC1F,
        ]
        var lines: [String] = []
        for value in blocks.joined() {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let decomposed = String(scalar).decomposedStringWithCanonicalMapping
            if decomposed.unicodeScalars.count > 1 { lines.append(decomposed) }
        }
        #expect(lines.count > 900)
        let document = try cleaned(lines.joined(separator: "\n"), configuration: Self.keepingBoilerplate)
        let text = try #require(document.text)
        #expect(
            text.string.unicodeScalars.elementsEqual(text.string.precomposedStringWithCanonicalMapping.unicodeScalars)
        )
        try SourceMapCheck.verify(document, allowsEntityReferences: false)
    }

    /// Text made of the blocks that skip normalisation (and of some that must not) comes out in NFC.
    @Test func leavesNoSingletonUnnormalised() throws {
        let blocks: [StrideTo<UInt32>] = [
            stride(from: 0x21, to: 0x0530, by: 1), stride(from: 0x2000, to: 0x2C00, by: 1),
            stride(from: 0x3000, to: 0x3100, by: 1), stride(from: 0x3400, to: 0xA000, by: 13),
            stride(from: 0xAC00, to: 0xD7A4, by: 7), stride(from: 0xF900, to: 0xFB00, by: 1),
            stride(from: 0xFE00, to: 0xFFF0, by: 1), stride(from: 0x1F000, to: 0x1FB00, by: 1),
        ]
        var scalars = String.UnicodeScalarView()
        var count = 0
        for value in blocks.joined() {
            guard let scalar = Unicode.Scalar(value), !scalar.properties.isWhitespace else { continue }
            scalars.append(scalar)
            count += 1
            scalars.append(count % 80 == 0 ? "\n" : " ")
        }
        let document = try cleaned(
            String(scalars),
            configuration: Self.keepingBoilerplate
        )
        let text = try #require(document.text)
        #expect(
            text.string.unicodeScalars.elementsEqual(text.string.precomposedStringWithCanonicalMapping.unicodeScalars)
        )
        #expect(!text.string.unicodeScalars.contains("\u{212B}"))  // ANGSTROM SIGN becomes Å
        #expect(!text.string.unicodeScalars.contains("\u{2329}"))  // LEFT-POINTING ANGLE BRACKET becomes U+3008
        try SourceMapCheck.verify(document, allowsEntityReferences: false)
    }

    // MARK: - Boilerplate and title

    @Test func dropsBoilerplateLinesAndCountsThem() throws {
        let source = """
            Skip to content
            Beijing has refused to lift export curbs on samarium magnets, people familiar with the matter said.
            Advertisement
            Reply from Washington came within hours, with officials calling the demand a non-starter.
            Also Read: Manhunt for Minnesota Shooting Suspect Tied to Ministries and Security Work
            Investors who subscribe to the view that the truce will hold were disappointed on Friday.
            Share this:
            Leave a Reply
            Your email address will not be published. Required fields are marked *
            """
        let document = try cleaned(source)
        #expect(
            paragraphs(document) == [
                "Beijing has refused to lift export curbs on samarium magnets, people familiar with the matter said.",
                "Reply from Washington came within hours, with officials calling the demand a non-starter.",
                "Investors who subscribe to the view that the truce will hold were disappointed on Friday.",
            ]
        )
        #expect(document.text?.removedBlocks == 6)
        try SourceMapCheck.verify(document, allowsEntityReferences: false)
    }

    @Test func cleansAWordPressPostDump() throws {
        let source = """
            Skip to content
            Menu
            China agrees to speed up rare earth export licences
            Posted on June 12, 2025 by Jane Doe
            China will fast-track export licences for rare earth magnets used by U.S. carmakers, the commerce \
            ministry said on Thursday, but military-grade materials remain off the table.
            FILE PHOTO: Rare earth magnets at a factory in Ganzhou, China, March 2, 2024. REUTERS/Stringer
            The ministry said it had approved \u{201C}a certain number\u{201D} of applications.
            Rare earths as strategic leverage
            China mines around 70% of the world\u{2019}s rare earths and processes about 90% of them.
            Share this:
            Twitter
            Facebook
            Like this:
            Like Loading...
            Related
            Fed holds rates steady as inflation cools
            Trump hails \u{2018}great deal\u{2019} with China
            Leave a Reply Cancel reply
            Your email address will not be published. Required fields are marked *
            Comment *
            Name *
            Email *
            Website
            Save my name, email, and website in this browser for the next time I comment.
            \u{394}
            """
        let document = try cleaned(source)
        #expect(
            paragraphs(document) == [
                "China agrees to speed up rare earth export licences",
                "Posted on June 12, 2025 by Jane Doe",
                "China will fast-track export licences for rare earth magnets used by U.S. carmakers, the commerce "
                    + "ministry said on Thursday, but military-grade materials remain off the table.",
                "The ministry said it had approved \u{201C}a certain number\u{201D} of applications.",
                "Rare earths as strategic leverage",
                "China mines around 70% of the world\u{2019}s rare earths and processes about 90% of them.",
            ]
        )
        #expect(document.metadata.title == "China agrees to speed up rare earth export licences")
        #expect(document.text?.removedBlocks == 19)
        try SourceMapCheck.verify(document, allowsEntityReferences: false)
    }

    @Test func cleansANewsletterDump() throws {
        let source = """
            \u{1F30F} Asia Markets Brief

            Get the latest news from Asia delivered to your inbox every morning.

            Chinese stocks rose on Monday after Beijing and Washington agreed to extend their tariff truce.

            Read more: What the tariff truce means for rare earths

            The Shanghai Composite gained 0.8%, while Hong Kong\u{2019}s Hang Seng added 1.2%.

            (Reporting by Jane Doe; Editing by John Smith)

            Login or Subscribe to participate in polls.

            Reply
            """
        let document = try cleaned(source)
        #expect(
            paragraphs(document) == [
                "\u{1F30F} Asia Markets Brief",
                "Chinese stocks rose on Monday after Beijing and Washington agreed to extend their tariff truce.",
                "The Shanghai Composite gained 0.8%, while Hong Kong\u{2019}s Hang Seng added 1.2%.",
                "(Reporting by Jane Doe; Editing by John Smith)",
            ]
        )
        #expect(document.text?.removedBlocks == 4)
    }

    @Test func keepsBoilerplateWhenConfiguredTo() throws {
        let document = try cleaned(
            "Body text of the story, told in a sentence.\nLeave a Reply",
            configuration: Self.keepingBoilerplate
        )
        #expect(paragraphs(document) == ["Body text of the story, told in a sentence.", "Leave a Reply"])
        #expect(document.text?.removedBlocks == 0)
    }

    @Test func takesAHeadlineOpeningTheTextAsTitle() throws {
        let document = try cleaned("Rare Earths vs. AI: Trade Tensions Persist\nThe U.S. and China reached a truce.")
        #expect(document.metadata.title == "Rare Earths vs. AI: Trade Tensions Persist")
        #expect(paragraphs(document).first == "Rare Earths vs. AI: Trade Tensions Persist")
    }

    @Test(arguments: [
        // Prose, not a headline.
        "The U.S. and China reached a temporary trade understanding in London.\nMore text follows here.",
        // A byline.
        "By Jane Doe\nThe U.S. and China reached a truce.",
        // A headline with nothing after it.
        "Rare Earths vs. AI: Trade Tensions Persist",
        // A clause leading into the text.
        "Key takeaways:\nNo progress on military-use rare earth exports.",
    ])
    func takesNoTitleFromOtherFirstLines(source: String) throws {
        #expect(try cleaned(source).metadata.title == nil)
    }

    @Test func keepsATitleTheDocumentAlreadyHas() throws {
        let document = try cleaned("Trade Talks Stall in London\nBody text follows here.", title: "Known title")
        #expect(document.metadata.title == "Known title")
    }

    // MARK: - Configuration

    @Test func decodesKebabCaseOptionsWithDefaults() throws {
        let json = Data(#"{"drop-boilerplate": false}"#.utf8)
        let configuration = try JSONDecoder().decode(TextCleaner.Configuration.self, from: json)
        #expect(configuration.dropBoilerplate == false)
        #expect(configuration.detectTitle == true)
        let empty = try JSONDecoder().decode(TextCleaner.Configuration.self, from: Data("{}".utf8))
        #expect(empty.dropBoilerplate && empty.detectTitle)
        #expect(TextCleaner.Configuration.options == ["drop-boilerplate", "detect-title"])
    }

    // MARK: - Sample articles

    @Test func cleansSeed004() throws {
        let document = try seed("004")
        let text = try #require(document.text).string
        #expect(!text.contains("Also Read"))
        #expect(!text.contains("Manhunt for Minnesota"))
        #expect(!text.contains("Leave a Reply"))
        #expect(!text.contains("Your email address will not be published"))
        #expect(!text.contains("US China Flag"))
        #expect(text.hasPrefix("Rare Earths vs. AI: U.S.-China Trade Tensions Persist Despite Truce\n\n"))
        #expect(document.metadata.title == "Rare Earths vs. AI: U.S.-China Trade Tensions Persist Despite Truce")
        let kept = paragraphs(document)
        #expect(kept.contains("Introduction: Fragile Trade Truce Overshadowed by Deeper Conflicts"))
        #expect(kept.contains("Official Voices and Expert Commentary"))
        #expect(kept.contains("Source: (Reuters)"))
        #expect(kept.contains { $0.hasPrefix("(Disclaimer: This article is a rewritten journalistic summary") })
        #expect(kept.last?.hasPrefix("(Disclaimer:") == true)
        #expect(document.text?.removedBlocks == 4)
    }

    @Test func cleansSeed002() throws {
        let document = try seed("002")
        let kept = paragraphs(document)
        for gone in [
            "Stay informed! Sign up for our newsletter", "Reply", "or to participate", "Keep Reading",
            "No posts found",
        ] {
            #expect(!kept.contains { $0.hasPrefix(gone) }, "\(gone) should be dropped")
        }
        #expect(kept.contains("\u{1F3AF} A Trade-Off That Wasn\u{2019}t"))
        #expect(kept.contains("\u{1F511} Key Takeaways:"))
        #expect(kept.contains("\u{2022} Rare earths remain a major geopolitical choke point"))
        #expect(kept.last?.hasPrefix("\u{26A0}\u{FE0F} Until this minerals deadlock is resolved") == true)
        #expect(document.text?.removedBlocks == 5)
        #expect(document.metadata.title == nil)
    }

    @Test func cleansSeed001KeepingItsSectionHeadings() throws {
        let document = try seed("001")
        let kept = paragraphs(document)
        #expect(kept.contains("Limited gains on rare earths and tariff relief"))
        #expect(kept.contains("Rare earths as strategic leverage"))
        #expect(kept.contains("Structural barriers and strategic deadlock"))
        #expect(document.text?.removedBlocks == 0)
    }

    @Test(arguments: ["000", "001", "002", "003", "004"])
    func keepsAnExactSourceMapOnSeed(prefix: String) throws {
        let document = try seed(prefix)
        let text = try #require(document.text)
        #expect(!text.string.contains("\n\n\n"))
        #expect(!text.string.hasPrefix("\n") && !text.string.hasSuffix("\n"))
        #expect(
            text.string.unicodeScalars.elementsEqual(text.string.precomposedStringWithCanonicalMapping.unicodeScalars)
        )
        try SourceMapCheck.verify(document, allowsEntityReferences: false)
    }

    @Test func keepsAnExactSourceMapOnMixedText() throws {
        let source =
            "\u{FEFF}Title\u{2003}Line\r\n\r\n  Cafe\u{301}\u{200B} na\u{131}ve \u{1F1FA}\u{1F1F8}\u{A0}\u{A0}x\n"
            + "\u{2028}Se\u{301}\u{323}ance \u{2014} \u{212B}ngstr\u{F6}m\u{2029}end\u{85}coda\u{0C}last"
        let document = try cleaned(source)
        try SourceMapCheck.verify(document, allowsEntityReferences: false)
        #expect(document.text.map { $0.string.components(separatedBy: "\n\n").count } == 6)
    }
}
