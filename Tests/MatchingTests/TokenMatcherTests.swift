import Testing

@testable import Assay

@Suite struct TokenMatcherTests {
    @Test(arguments: ["Brookings Institution", "Place Number 12", "Lieu 7", "US", "a b c"])
    func plainWordsAreCutAsTheTokenizerCutsThem(text: String) throws {
        let scalars = Array(text.unicodeScalars)
        let words = try #require(TokenMatcher.plainWords(scalars))
        let tokenized = Tokenizer().tokenize(text)
        #expect(words == tokenized.tokens.map(\.range))
        #expect(
            words.map { TokenMatcher.foldedHash(scalars, $0) }
                == tokenized.tokens.map { TokenMatcher.foldedHash(tokenized.scalars, $0.range) }
        )
    }

    @Test(arguments: ["P12", "rare-earth", "Co.", "  two", "end ", "São Paulo", "U.S."])
    func anythingElseGoesThroughTheTokenizer(text: String) {
        #expect(TokenMatcher.plainWords(Array(text.unicodeScalars)) == nil)
    }

    @Test func plainAndTokenizedPatternsMatchAlike() {
        let matcher = TokenMatcher(patterns: [
            .init(text: "Place Number 12", payload: 1),
            .init(text: "PN", caseSensitive: true, payload: 2),
            .init(text: "rare-earth magnets", payload: 3),
        ])
        let text = Tokenizer().tokenize("In place number 12, PN and pn met over rare earth magnets.")
        let found = matcher.matches(in: text).map(\.payloads)
        #expect(found == [[1], [2], [3]])
    }

    @Test func aNameEndingInAWordThatStartsWithDigitsBeatsTheShorterName() {
        let matcher = TokenMatcher(patterns: [
            .init(text: "Philadelphia", payload: 1),
            .init(text: "Philadelphia 76ers", payload: 2),
            .init(text: "76ers", caseSensitive: true, payload: 2),
            .init(text: "San Francisco 49ers", payload: 3),
        ])
        let text = Tokenizer().tokenize("Philadelphia 76ers fans in Philadelphia; the 76ers and San Francisco 49ers.")
        let found = matcher.matches(in: text)
        #expect(found.map(\.payloads) == [[2], [1], [2], [3]])
        #expect(found.map(\.tokens.count) == [2, 1, 1, 3])
    }

    @Test func britishAndAmericanSpellingsOfANameMatchEachOther() {
        let matcher = TokenMatcher(patterns: [
            .init(text: "World Health Organization", payload: 1),
            .init(text: "Ministry of Defence", payload: 2),
            .init(text: "aluminium", payload: 3),
            .init(text: "aluminum", payload: 3),
            .init(text: "Labour Party", payload: 4),
        ])
        let text = Tokenizer().tokenize(
            "The World Health Organisation, the Ministry of Defense, aluminum, aluminium and the Labor Party."
        )
        let found = matcher.matches(in: text)
        // One payload for a name listed in both spellings; "Labour" is no respelling (Labour and Labor are two parties).
        #expect(found.map(\.payloads) == [[1], [2], [3], [3]])
        #expect(found.map(\.tokens.count) == [3, 3, 1, 1])
    }
}
