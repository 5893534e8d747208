import Assay
import Testing

@Suite struct TokenizerTests {
    let tokenizer = Tokenizer()

    func words(_ text: String) -> [String] {
        let tokenized = tokenizer.tokenize(text)
        return tokenized.tokens.map { tokenized.text(of: $0) }
    }

    @Test func abbreviationsKeepTheirFullStopAndDoNotEndSentences() {
        let tokenized = tokenizer.tokenize(
            "Dr. Smith of Acme Co. Ltd. met U.S. officials on Jan. 5 in No. 10 Downing St. The talks ended."
        )
        #expect(tokenized.sentences.count == 2)
        let texts = tokenized.tokens.map { tokenized.text(of: $0) }
        for abbreviation in ["Dr.", "Co.", "Ltd.", "U.S.", "Jan.", "No.", "St."] {
            #expect(texts.contains(abbreviation), "\(abbreviation) in \(texts)")
        }
    }

    @Test func aSentenceCanEndOnAnAbbreviation() {
        let tokenized = tokenizer.tokenize("Exports fell in the U.S. The ministry said so.")
        #expect(tokenized.sentences.count == 2)
    }

    @Test func hyphensQuotesAndPossessivesAreTheirOwnTokens() {
        #expect(words("US-China talks") == ["US", "-", "China", "talks"])
        #expect(
            words("China\u{2019}s \u{201C}green channel\u{201D}") == ["China", "'s", "\"", "green", "channel", "\""]
        )
        #expect(words("JL MAG Rare\u{2011}Earth") == ["JL", "MAG", "Rare", "-", "Earth"])
        #expect(words("don't O'Brien") == ["don't", "O'Brien"])
    }

    @Test func numbersKeepTheirSeparators() {
        #expect(
            words("1,200.5 tonnes, 70% and 2018\u{2013}2020") == [
                "1,200.5", "tonnes", ",", "70", "%", "and", "2018", "-", "2020",
            ]
        )
    }

    @Test func emojiAndBulletsDoNotBreakWords() {
        #expect(words("\u{1F3AF} A Trade-Off") == ["\u{1F3AF}", "A", "Trade", "-", "Off"])
        #expect(words("\u{2022} No progress") == ["\u{2022}", "No", "progress"])
        #expect(words("\u{1F469}\u{200D}\u{1F52C} scientists") == ["\u{1F469}\u{200D}\u{1F52C}", "scientists"])
    }

    @Test func paragraphsAndLinesEndSentences() {
        let tokenized = tokenizer.tokenize(
            "Rare earths as strategic leverage\n\nChina mines around 70 per cent of them."
        )
        #expect(tokenized.sentences.count == 2)
    }

    @Test func offsetsAreUnicodeScalarOffsets() {
        let text = "Détente — “rare earths” in 北京"
        let tokenized = tokenizer.tokenize(text)
        let scalars = Array(text.unicodeScalars)
        for token in tokenized.tokens {
            let original = String(String.UnicodeScalarView(scalars[token.range]))
            #expect(LookalikeFolding.matchingForm(original) == tokenized.text(of: token))
        }
    }

    @Test func capitalisationIsFlagged() {
        let tokenized = tokenizer.tokenize("US officials met MOFCOM and the us team")
        let flags = tokenized.tokens.map(\.flags)
        #expect(flags[0].contains(.allCaps) && flags[0].contains(.capitalized))
        #expect(flags[3].contains(.allCaps))
        #expect(!flags[6].contains(.capitalized))
    }

    @Test func aWordThatStartsWithDigitsIsOneWordWithoutACapital() {
        // "76ers" is a word like "3M", not the number 76 and a word "ers": the gazetteer matches it whole, and the
        // entity lexicon, not the tokenizer, decides that a leading digit stands in for a capital.
        let tokenized = tokenizer.tokenize("the Philadelphia 76ers, the 49ers and 20th Century Fox")
        #expect(
            tokenized.tokens.map { tokenized.text(of: $0) } == [
                "the", "Philadelphia", "76ers", ",", "the", "49ers", "and", "20th", "Century", "Fox",
            ]
        )
        for index in [2, 5, 7] {
            #expect(tokenized.tokens[index].kind == .word)
            #expect(!tokenized.tokens[index].flags.contains(.capitalized))
        }
    }
}
