import Assay
import Testing

@Suite struct LookalikeFoldingTests {
    @Test(arguments: [
        ("China\u{2019}s \u{2018}green channel\u{2019}", "China's 'green channel'"),
        ("\u{201C}no quid pro quo,\u{201D}", "\"no quid pro quo,\""),
        ("\u{201E}Handelskrieg\u{201F}", "\"Handelskrieg\""),
        ("\u{AB}tr\u{EA}ve\u{BB}", "\"tr\u{EA}ve\""),
        ("2018\u{2013}2020", "2018-2020"),
        ("progress\u{2014}but", "progress-but"),
        ("rare\u{2011}earth", "rare-earth"),
        ("\u{2010}\u{2012}\u{2015}\u{2212}5", "----5"),
        ("Source:\u{A0} (Reuters)", "Source:  (Reuters)"),
        ("10\u{202F}%\u{2009}and\u{2007}1\u{3000}2", "10 % and 1 2"),
        ("5\u{2032}11\u{2033}", "5'11\""),
        ("\u{201A}low\u{201B}", "'low'"),
        ("\u{FF21}\u{FF29}\u{3000}\u{FF43}\u{FF48}\u{FF49}\u{FF50}\u{FF53}\u{FF01}", "AI chips!"),
    ])
    func foldsLookalikesToPlainForms(input: String, expected: String) {
        #expect(LookalikeFolding.matchingForm(input) == expected)
    }

    @Test(arguments: [
        "Beijing\u{2019}s \u{201C}green channel\u{201D} \u{2014} 2018\u{2013}2020 \u{2212}3\u{A0}%",
        "Caf\u{E9} \u{1F3AF} \u{FF21}\u{FF29} \u{4E2D}\u{56FD}",
        "e\u{301} stays decomposed",
    ])
    func keepsTheScalarCountSoOffsetsStayValid(input: String) {
        let folded = LookalikeFolding.matchingForm(input)
        #expect(folded.unicodeScalars.count == input.unicodeScalars.count)
    }

    @Test func leavesASCIIAndLineBreaksAlone() {
        let text = "Rare earths as strategic leverage\n\nThe talks \"stalled\" - again.\t(Reuters)"
        #expect(LookalikeFolding.matchingForm(text) == text)
        #expect(
            LookalikeFolding.matchingForm("a\u{2019}b\n\nc").unicodeScalars.map(\.value) == [
                0x61, 0x27, 0x62, 0x0A, 0x0A, 0x63,
            ]
        )
    }

    @Test func leavesLettersAccentsAndEmojiAlone() {
        let text =
            "S\u{E3}o Paulo, M\u{FC}nchen, \u{41C}\u{43E}\u{441}\u{43A}\u{432}\u{430}, \u{1F4C8} \u{2022} \u{2026}"
        #expect(LookalikeFolding.matchingForm(text) == text)
    }
}
