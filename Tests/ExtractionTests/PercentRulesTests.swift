import Assay
import Testing

/// One percentage a test expects: span text, value, modifier (`nil` for exact) and bounds.
struct ExpectedPercent: Sendable, CustomStringConvertible {
    var text: String
    var value: String
    var modifier: String?
    var lower: Double
    var upper: Double
    var kind = "Percent"

    init(_ text: String, _ value: String, _ modifier: String? = nil, _ lower: Double, _ upper: Double) {
        self.text = text
        self.value = value
        self.modifier = modifier
        self.lower = lower
        self.upper = upper
    }

    /// An exact percentage: bounds value…value.
    static func exact(_ text: String, _ value: String) -> ExpectedPercent {
        let number = Double(value) ?? .nan
        return ExpectedPercent(text, value, nil, number, number)
    }

    static func fraction(_ text: String, _ modifier: String?, _ lower: Double, _ upper: Double) -> ExpectedPercent {
        var expected = ExpectedPercent(text, "50", modifier, lower, upper)
        expected.kind = "Fraction"
        return expected
    }

    var description: String { "\(text) = \(value) \(modifier ?? "exact") \(lower)…\(upper)" }
}

@Suite struct PercentRulesTests {
    // MARK: - News sentences

    @Test(
        arguments: [
            // Economics and trade.
            (
                "China mines around 70 per cent of the world\u{2019}s rare earths and processes nearly 90 per cent, "
                    + "giving it a near-monopoly.",
                [
                    ExpectedPercent("around 70 per cent", "70", "approx", 65, 75),
                    .init("nearly 90 per cent", "90", "nearly", 85, 90),
                ]
            ),
            (
                "US imports of rare earths dropped 37 per cent in April, while rare earth magnet imports fell by over 50 "
                    + "per cent.",
                [.exact("37 per cent", "37"), .init("over 50 per cent", "50", "more-than", 50, 55)]
            ),
            (
                "The truce cut US tariffs from 145 per cent to 30 per cent and Chinese duties from 125 per cent to 10 per "
                    + "cent.",
                [
                    .exact("145 per cent", "145"), .exact("30 per cent", "30"), .exact("125 per cent", "125"),
                    .exact("10 per cent", "10"),
                ]
            ),
            (
                "Washington will impose a 10% tariff on all imports, while tariffs of 145 per cent remain on Chinese goods.",
                [.exact("10%", "10"), .exact("145 per cent", "145")]
            ),
            (
                "Revenue rose 3.5 percent to $27.2 billion, and comparable sales rose 3.6 percent, missing the 4.8 percent "
                    + "analysts expected.",
                [.exact("3.5 percent", "3.5"), .exact("3.6 percent", "3.6"), .exact("4.8 percent", "4.8")]
            ),
            (
                "U.S. crude fell 3.38% to $55.12 per barrel, while the Dow lost 102.2 points, or 0.36%, to 27,934.02.",
                [.exact("3.38%", "3.38"), .exact("0.36%", "0.36")]
            ),
            (
                "Inflation is forecast at 2.5 per cent next year, after a 0.1 percent rise in core prices in May.",
                [.exact("2.5 per cent", "2.5"), .exact("0.1 percent", "0.1")]
            ),
            (
                "Shares of Home Depot slid -5.44% on Tuesday, while the S&P 500 is up 24.5 percent this year.",
                [.exact("-5.44%", "-5.44"), .exact("24.5 percent", "24.5")]
            ),
            (
                "Output of the mine rose 1,200% in a decade, but prices fell by as much as 40 per cent.",
                [.exact("1,200%", "1200"), .init("as much as 40 per cent", "40", "at-most", 0, 40)]
            ),
            // Polls.
            (
                "The ruling party\u{2019}s share fell 2 percentage points to 38%, and its lead narrowed by 3 points.",
                [.exact("38%", "38")]
            ),
            (
                "Between 30 and 40 per cent of voters remain undecided, and some 55% back the reform.",
                [
                    .init("Between 30 and 40 per cent", "30-40", "range", 30, 40),
                    .init("some 55%", "55", "approx", 50, 60),
                ]
            ),
            (
                "Support stands at 30\u{2013}40% in most polls, with up to 25% saying they could still change their minds.",
                [.init("30\u{2013}40%", "30-40", "range", 30, 40), .init("up to 25%", "25", "at-most", 0, 25)]
            ),
            (
                "At least 10 percent of respondents said they would not vote, and less than 5% had no opinion.",
                [.init("At least 10 percent", "10", "at-least", 10, 12), .init("less than 5%", "5", "less-than", 0, 5)]
            ),
            (
                "Seventy per cent of Britons back the ban; twenty-five percent oppose it.",
                [.exact("Seventy per cent", "70"), .exact("twenty-five percent", "25")]
            ),
            (
                "More than half of the electorate voted early, up from 40% in 2020.",
                [.fraction("More than half", "more-than", 50, 55), .exact("40%", "40")]
            ),
            // Health.
            (
                "The vaccine was roughly 95% effective, and about 0.1 percent of recipients reported side effects.",
                [
                    .init("roughly 95%", "95", "approx", 90, 100),
                    .init("about 0.1 percent", "0.1", "approx", 0.08, 0.12),
                ]
            ),
            (
                "Problematic cannabis use rose by 37 percent, from 0.90 percent to 1.23 percent, after legalisation.",
                [.exact("37 percent", "37"), .exact("0.90 percent", "0.9"), .exact("1.23 percent", "1.23")]
            ),
            (
                "Hospital admissions are down 12.5pc on last year, and almost 60 per cent of beds are full.",
                [.exact("12.5pc", "12.5"), .init("almost 60 per cent", "60", "nearly", 55, 60)]
            ),
            (
                "Obesity rates climbed from 20 to 30 per cent over the decade.",
                [.exact("20", "20"), .exact("30 per cent", "30")]
            ),
            // Minerals.
            (
                "China controls ~70% of global rare earths production and ~90% of the world\u{2019}s refining capacity.",
                [.init("~70%", "70", "approx", 65, 75), .init("~90%", "90", "approx", 85, 95)]
            ),
            (
                "The company holds a 30% stake in the mine, which produces half of the world\u{2019}s supply of gallium.",
                [.exact("30%", "30"), .fraction("half", nil, 50, 50)]
            ),
            (
                "Lithium prices have dropped 80%-85% since the peak and sit roughly 20 to 30 per cent below costs.",
                [
                    .init("80%-85%", "80-85", "range", 80, 85),
                    .init("roughly 20 to 30 per cent", "20-30", "range", 20, 30),
                ]
            ),
            (
                "Beijing\u{2019}s export curbs cover 7 of the 17 rare earths, or just under 45 per cent of output.",
                [.init("just under 45 per cent", "45", "nearly", 40, 45)]
            ),
        ] as [(String, [ExpectedPercent])]
    )
    func findsEveryPercentageOfANewsSentence(sentence: String, expected: [ExpectedPercent]) {
        let found = PercentRules.percentages(in: sentence)
        #expect(found.map(\.text) == expected.map(\.text))
        for (mention, expected) in zip(found, expected) {
            #expect(mention.value == expected.value, "\(expected)")
            #expect(mention.modifier == expected.modifier, "\(expected)")
            #expect(mention.lower == expected.lower, "\(expected)")
            #expect(mention.upper == expected.upper, "\(expected)")
            #expect(mention.kind == expected.kind, "\(expected)")
            #expect(mention.type == .percent)
            #expect(mention.rule == "rule:percent")
        }
        for mention in found {
            #expect(Self.scalars(of: sentence, mention.start..<mention.end) == mention.text)
        }
    }

    // MARK: - Forms

    @Test(arguments: [
        ("70%", "70%", "70"),
        ("70 %", "70 %", "70"),
        ("70\u{202F}%", "70\u{202F}%", "70"),
        ("70\u{FF05}", "70\u{FF05}", "70"),
        ("70per cent", "70per cent", "70"),
        ("70 per cent", "70 per cent", "70"),
        ("70\u{A0}per\u{A0}cent", "70\u{A0}per\u{A0}cent", "70"),
        ("70 per-cent", "70 per-cent", "70"),
        ("70 percent", "70 percent", "70"),
        ("70 PERCENT", "70 PERCENT", "70"),
        ("70 pct", "70 pct", "70"),
        ("70pc", "70pc", "70"),
        ("a 70-percent share", "70-percent", "70"),
        ("a 30-per-cent stake", "30-per-cent", "30"),
        ("12.50%", "12.50%", "12.5"),
        ("0.10 per cent", "0.10 per cent", "0.1"),
        (".5%", ".5%", "0.5"),
        ("007%", "007%", "7"),
        ("1,200%", "1,200%", "1200"),
        ("12,5%", "12,5%", "12.5"),
        ("fell -3%", "-3%", "-3"),
        ("fell \u{2212}3%", "\u{2212}3%", "-3"),
        ("(-0.4%)", "-0.4%", "-0.4"),
        ("minus 3 per cent", "minus 3 per cent", "-3"),
        ("+5%", "+5%", "5"),
        ("seventy per cent", "seventy per cent", "70"),
        ("twenty five percent", "twenty five percent", "25"),
        ("one hundred per cent", "one hundred per cent", "100"),
        ("a hundred percent", "a hundred percent", "100"),
        ("five-percent", "five-percent", "5"),
        ("rates 3.5 pct.", "3.5 pct", "3.5"),
    ])
    func readsEveryWrittenForm(text: String, span: String, value: String) {
        let found = PercentRules.percentages(in: text)
        #expect(found.map(\.text) == [span])
        #expect(found.first?.value == value)
    }

    @Test(arguments: [
        ("30\u{2013}40%", "30\u{2013}40%", "30-40"),
        ("30-40%", "30-40%", "30-40"),
        ("30 - 40 %", "30 - 40 %", "30-40"),
        ("30%\u{2013}40%", "30%\u{2013}40%", "30-40"),
        ("30 to 40 percent", "30 to 40 percent", "30-40"),
        ("30% to 40%", "30% to 40%", "30-40"),
        ("between 30% and 40%", "between 30% and 40%", "30-40"),
        ("between thirty and forty per cent", "between thirty and forty per cent", "30-40"),
        ("anywhere from 20 to 30 per cent", "20 to 30 per cent", "20-30"),
        ("a 2.5-3.5% rise", "2.5-3.5%", "2.5-3.5"),
    ])
    func readsRanges(text: String, span: String, value: String) {
        let found = PercentRules.percentages(in: text)
        #expect(found.map(\.text) == [span])
        #expect(found.first?.value == value)
        #expect(found.first?.modifier == "range")
    }

    @Test(arguments: [
        ("around 70%", "approx"), ("about 70%", "approx"), ("roughly 70%", "approx"), ("some 70%", "approx"),
        ("approximately 70%", "approx"), ("an estimated 70%", "approx"), ("~70%", "approx"), ("~ 70%", "approx"),
        ("70% or so", "approx"),
        ("under 70%", "less-than"), ("below 70%", "less-than"), ("less than 70%", "less-than"),
        ("fewer than 70%", "less-than"), ("<70%", "less-than"),
        ("up to 70%", "at-most"), ("no more than 70%", "at-most"), ("as much as 70%", "at-most"),
        ("at most 70%", "at-most"), ("70% or less", "at-most"),
        ("nearly 70%", "nearly"), ("almost 70%", "nearly"), ("just under 70%", "nearly"), ("close to 70%", "nearly"),
        ("over 70%", "more-than"), ("more than 70%", "more-than"), ("above 70%", "more-than"),
        ("exceeding 70%", "more-than"), ("just over 70%", "more-than"), (">70%", "more-than"),
        ("at least 70%", "at-least"), ("no less than 70%", "at-least"), ("70% or more", "at-least"),
        ("70%+", "at-least"),
    ])
    func putsTheQualifierInTheSpanAndTheModifier(text: String, modifier: String) {
        let found = PercentRules.percentages(in: "They said \(text) of it.")
        #expect(found.map(\.text) == [text])
        #expect(found.first?.modifier == modifier)
        #expect(found.first?.value == "70")
    }

    @Test(arguments: [
        ("approx", 70.0, 65.0, 75.0), ("nearly", 90, 85, 90), ("more-than", 50, 50, 55), ("at-least", 10, 10, 12),
        ("less-than", 5, 0, 5), ("at-most", 25, 0, 25), ("approx", 2.5, 2, 3), ("approx", 0.1, 0.08, 0.12),
        ("approx", 99, 94, 100), ("more-than", 145, 145, 150), ("approx", -4, -4.8, -3.2),
    ])
    func boundsFollowTheModifier(modifier: String, value: Double, lower: Double, upper: Double) {
        let words = [
            "approx": "about", "nearly": "nearly", "more-than": "more than", "at-least": "at least",
            "less-than": "less than", "at-most": "up to",
        ]
        let number = value == value.rounded() ? String(Int(value)) : String(value)
        let found = PercentRules.percentages(in: "\(words[modifier] ?? "") \(number)%")
        #expect(found.first?.lower == lower)
        #expect(found.first?.upper == upper)
    }

    // MARK: - What is not a percentage

    @Test(arguments: [
        "Unemployment rose 2 percentage points in a year.",
        "The index gained 2 points on Friday.",
        "Its margin widened by 2.5% points.",
        "Spreads widened 3 per cent points.",
        "Patients in the 90th percentile waited longest.",
        "The percentage of voters who turned out was not published.",
        "They put it at a 50-50 chance.",
        "Personal computers and PC sales rose.",
        "Sales in the first half of 2025 were weak.",
        "Half an hour later, the talks resumed.",
        "Profits fell in the second half, and the half-time score was 1-0.",
        "Half of the year had passed.",
        "Costs were cut by half.",
        "One and a half million people came.",
        "A few percent of the vote.",
        "Vitamin B12% levels.",
        "The URL was /a%20b.",
    ])
    func findsNothingWhereThereIsNoPercentage(text: String) {
        #expect(PercentRules.percentages(in: text).isEmpty)
    }

    @Test(arguments: [
        ("half of the world\u{2019}s supply", "half", nil as String?),
        ("Half of them said no.", "Half", nil),
        ("nearly half of its exports", "nearly half", "nearly"),
        ("just over half were women", "just over half", "more-than"),
        ("half the country\u{2019}s output", "half", nil),
    ])
    func readsHalfOnlyAsAShare(text: String, span: String, modifier: String?) {
        let found = PercentRules.percentages(in: text)
        #expect(found.map(\.text) == [span])
        #expect(found.first?.value == "50")
        #expect(found.first?.kind == "Fraction")
        #expect(found.first?.modifier == modifier)
    }

    @Test func leavesNumberWordsAndHalfWhenAsked() {
        let text = "Seventy per cent agreed, half of the world\u{2019}s supply, and 5% more."
        #expect(PercentRules.percentages(in: text, words: false, fractions: false).map(\.text) == ["5%"])
        #expect(PercentRules.percentages(in: text).map(\.text) == ["Seventy per cent", "half", "5%"])
    }

    @Test(arguments: [
        ("The share rose from 2019 to 45% in 2023.", ["45%"]),
        ("Growth fell in 2023 to 5%.", ["5%"]),
        ("Between 2020 and 2024, 30% of firms left.", ["30%"]),
        ("It guided to up 2.3 percent and up 4 percent, respectively.", ["2.3 percent", "4 percent"]),
        ("Gains of 20% and 16% were reported, 5 or 10 per cent more.", ["20%", "16%", "10 per cent"]),
        ("More than half of the 288 candidates ran; half of the 1990s was calm.", ["More than half"]),
        ("Rates rose 25 basis points to 5.25%-5.5%.", ["5.25%-5.5%"]),
        ("Tariffs rise to 25% from 10%, a 12 percent-owned unit said.", ["25%", "10%", "12 percent"]),
        ("\u{201C}We are 100% committed,\u{201D} he said of the 52.1 per cent vote.", ["100%", "52.1 per cent"]),
        ("Tariffs went from 10 to 25 per cent.", ["10", "25 per cent"]),
    ])
    func tellsRangesFromChangesListsAndYears(text: String, spans: [String]) {
        #expect(PercentRules.percentages(in: text).map(\.text) == spans)
    }

    @Test func leavesQualifiersOutOfTheSpanWhenAsked() {
        let text = "Output rose about 20%, more than 70 percent, up to 15% or 10% or more; nearly half, ~5%."
        let found = PercentRules.percentages(in: text, qualifierInSpan: false)
        #expect(found.map(\.text) == ["20%", "70 percent", "15%", "10%", "half", "5%"])
        #expect(found.map(\.modifier) == ["approx", "more-than", "at-most", "at-least", "nearly", "approx"])
        for mention in found {
            #expect(Self.scalars(of: text, mention.start..<mention.end) == mention.text)
        }
    }

    @Test func readsABareLowerFigureOfAChangeAsImplied() {
        let found = PercentRules.percentages(in: "Support rose from 20 to 30 per cent.")
        #expect(found.map(\.text) == ["20", "30 per cent"])
        #expect(found.first?.attributes?["unit"] == "implied")
    }

    @Test func keepsARangeQualifierAsAnAttribute() {
        let found = PercentRules.percentages(in: "around 30-40% of it")
        #expect(found.map(\.text) == ["around 30-40%"])
        #expect(found.first?.modifier == "range")
        #expect(found.first?.attributes?["qualifier"] == "approx")
    }

    // MARK: - Offsets and sentences

    @Test func countsOffsetsInUnicodeScalars() {
        let text = "\u{1F4C8} China\u{2019}s share: around 70\u{A0}per cent.\n\nCaf\u{E9}s took 5\u{202F}%."
        let found = PercentRules.percentages(in: text)
        #expect(found.map(\.text) == ["around 70\u{A0}per cent", "5\u{202F}%"])
        #expect(found.map(\.start) == [17, 49])
        for mention in found {
            #expect(Self.scalars(of: text, mention.start..<mention.end) == mention.text)
        }
    }

    @Test func recordsTheSentenceOfEachPercentage() throws {
        let text =
            "Imports fell. Exports rose 37% in April, the U.S. data showed. \u{201C}It is 5%.\u{201D} Mr. Li said 3% "
            + "in Jan. 2025 was the low.\nNew line 9%"
        let found = PercentRules.percentages(in: text)
        let sentences = try found.map { mention in
            let range = try #require(mention.attributes?["sentence"]).split(separator: "-").compactMap { Int($0) }
            return Self.scalars(of: text, range[0]..<range[1])
        }
        #expect(
            sentences == [
                "Exports rose 37% in April, the U.S. data showed.",
                "\u{201C}It is 5%.\u{201D}",
                "Mr. Li said 3% in Jan. 2025 was the low.",
                "New line 9%",
            ]
        )
        #expect(PercentRules.sentence(containing: 27..<30, in: text) == 14..<62)
    }

    @Test func sortsMentionsAndMergesOverlaps() {
        let found = PercentRules.percentages(in: "30%-40% and 50% or more than 60%, then 1% and 2%")
        #expect(found.map(\.text) == ["30%-40%", "50%", "more than 60%", "1%", "2%"])
        #expect(found.map(\.start) == found.map(\.start).sorted())
    }

    // MARK: - Helpers

    static func scalars(of text: String, _ range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: text.unicodeScalars.dropFirst(range.lowerBound).prefix(range.count))
        return String(view)
    }
}
