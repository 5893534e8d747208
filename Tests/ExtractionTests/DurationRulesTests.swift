import Assay
import Testing

/// `text = value granularity [modifier]` for each duration mention, in order.
private func durations(_ text: String, options: DateOptions = DateOptions()) -> [String] {
    TemporalRules.durations(in: text, options: options).map { mention in
        var line = "\(mention.text) = \(mention.value ?? "nil") \(mention.granularity ?? "-")"
        if let modifier = mention.modifier { line += " \(modifier)" }
        return line
    }
}

@Suite struct DurationRulesTests {
    @Test(arguments: [
        ("Officials may extend tariffs for another 90 days.", ["90 days = P90D day"]),
        ("Both sides agreed to a 90\u{2011}day pause on increases.", ["90\u{2011}day = P90D day"]),
        ("Fast-track licences would be valid for six months.", ["six months = P6M month"]),
        ("China offered a six-month validity period.", ["six-month = P6M month"]),
        ("The ban will last one year.", ["one year = P1Y year"]),
        // ISO 8601 has no decades: ten years. Only a vague count keeps TimeML's unit (below).
        ("It was the worst drought in a decade.", ["a decade = P10Y decade"]),
        (
            "The feud lasted 1.5 decades and two centuries.",
            ["1.5 decades = P15Y decade", "two centuries = P200Y century"]
        ),
        (
            "The grip eroded in recent years, far from years of suspicion; the most recent year was calm.",
            ["years = PXY year"]
        ),
        ("Arrivals face a two-week quarantine.", ["two-week = P2W week"]),
        // One day between two events is a span; so are "Days later".
        (
            "The rule changed one day after the ruling. Days later, a necklace was stolen.",
            ["one day = P1D day", "Days = PXD day"]
        ),
        // Texts tokenised once space their hyphens; an age stays an age.
        ("He signed an eight - year deal, the 43 - year - old said.", ["eight - year = P8Y year"]),
        ("It became a pariah in a matter of weeks.", ["a matter of weeks = PXW week"]),
        (
            "Sales fell for three straight years; a full year and a few short hours passed.",
            ["three straight years = P3Y year", "a full year = P1Y year", "a few short hours = PTXH hour"]
        ),
        ("The weeklong trial followed a yearlong probe.", ["weeklong = P1W week", "yearlong = P1Y year"]),
        ("Repairs will take months; he spent years abroad.", ["months = PXM month", "years = PXY year"]),
        (
            "Eat 60\u{2013}90 minutes before a workout; building takes two to three years.",
            ["60\u{2013}90 minutes = PT60-90M minute range", "two to three years = P2-3Y year range"]
        ),
        ("Eat every 2\u{2013}3 hours. It happened 2-3 years ago. Kids 5-10 years old play.", []),
        ("Rail workers walked out for 12 hours on Friday.", ["12 hours = PT12H hour"]),
        (
            "It was thirty four years before he spoke. He served 9 months of a 2-1/2 year term, then 2 1/2 years.",
            [
                "thirty four years = P34Y year", "9 months = P9M month", "2-1/2 year = P2.5Y year",
                "2 1/2 years = P2.5Y year",
            ]
        ),
        (
            "Hours before the game he left; he died months after his arrest. In the days after, two nights passed.",
            ["Hours = PTXH hour", "months = PXM month", "two nights = P2D day"]
        ),
        (
            "The council approved a three-year plan and a 10-year bond.",
            [
                "three-year = P3Y year", "10-year = P10Y year",
            ]
        ),
        ("Shares have doubled over the past two years.", ["the past two years = P2Y year"]),
        (
            "Prices rose 3% over the past year and will rise over the next five years.",
            [
                "the past year = P1Y year", "the next five years = P5Y year",
            ]
        ),
        ("Nvidia has risen 150% in the last 12 months.", ["the last 12 months = P12M month"]),
        (
            "The project took about six months, more than a year less than planned.",
            [
                "about six months = P6M month approx", "more than a year = P1Y year more-than",
            ]
        ),
        (
            "Recovery may take at least two weeks and up to three months.",
            [
                "at least two weeks = P2W week at-least", "up to three months = P3M month at-most",
            ]
        ),
        (
            "Talks have dragged on for years, backed by decades of mistrust.",
            [
                "years = PXY year", "decades = PXDE decade",
            ]
        ),
        ("The agreement faltered within weeks.", ["weeks = PXW week"]),
        (
            "Investors expect volatility in the coming months and for a few weeks more.",
            ["a few weeks = PXW week"]
        ),
        (
            "The mission lasted two and a half years, a year and a half longer than planned.",
            [
                "two and a half years = P2.5Y year", "a year and a half = P1.5Y year",
            ]
        ),
        (
            "The meeting ran for half an hour; the reform took half a century.",
            [
                "half an hour = PT30M minute", "half a century = P50Y year",
            ]
        ),
        ("A year-long inquiry followed the 24-hour strike.", ["year-long = P1Y year", "24-hour = PT24H hour"]),
        ("The patient was discharged 10 days after surgery.", ["10 days = P10D day"]),
        ("It took a year to finish the bridge.", ["a year = P1Y year"]),
        ("The treaty has held for twenty-five years.", ["twenty-five years = P25Y year"]),
        (
            "Mortgage rates over 1.5 years and 30 seconds of silence.",
            ["1.5 years = P1.5Y year", "30 seconds = PT30S second"]
        ),
        // Whole amounts of neighbouring units, the larger first, are one duration.
        (
            "He scored with 7 minutes 41 seconds to go; the flight took two hours and 15 minutes.",
            ["7 minutes 41 seconds = PT7M41S second", "two hours and 15 minutes = PT2H15M minute"]
        ),
        (
            "She served one year and six months, then 3 days 4 hours; it took hours and 15 minutes.",
            [
                "one year and six months = P1Y6M month", "3 days 4 hours = P3DT4H hour", "hours = PTXH hour",
                "15 minutes = PT15M minute",
            ]
        ),
        // A game's clock before "remaining", "left" or "to go"; plural abbreviations of units.
        (
            "He scored with 4:48 remaining and 0:12 to go; the talks began at 10:30. Downtime was 3 hrs and 20 mins.",
            ["4:48 = PT4M48S second", "0:12 = PT12S second", "3 hrs and 20 mins = PT3H20M minute"]
        ),
        ("He hit 203 HR and filed 2 SEC forms.", []),
        // A part of each day or week is a span; the whole of it ("24 hours a day") means always.
        (
            "She typed eight hours a day, two days a week, in a shop open 24 hours a day, 7 days a week.",
            ["eight hours = PT8H hour", "two days = P2D day"]
        ),
        // Seasons counted are years; a capitalised unit after its number names something.
        (
            "He scored over three seasons and 12 minutes, 31 seconds; they met at the Four Seasons hotel.",
            ["three seasons = P3Y year", "12 minutes, 31 seconds = PT12M31S second"]
        ),
        // Told of the future, "the next year" is a span.
        ("It will take the next year to finish the bridge.", ["the next year = P1Y year"]),
        // The end of a period is no span.
        ("In the last week of November, the last day of the season, it snowed.", []),
    ])
    func findsAndNormalisesDurations(text: String, expected: [String]) {
        #expect(durations(text) == expected)
    }

    @Test(arguments: [
        "Unemployment peaked two years ago and a year earlier prices fell.",
        "Producers pump 10,000 barrels a day and earn $5 billion a year.",
        "Patients take the pill twice a day, once a year, every year.",
        "A 45-year-old man, 45 years old, was charged.",
        "Trump\u{2019}s second term began; in the second half, a second goal came.",
        "Exports fell 37 per cent in April; the minutes of the meeting were published.",
        "Over the years came the years of plenty.",
        "One day he will return, he said of the 4-year-olds.",
        "Minutes of the meeting showed concern.",
        "The plant runs 24 hours a day, 7 days a week.",
        "The ship called at 1100 hours; the quake struck at 17:06 hours local time, and at 9: 25 hours on Thursday.",
        "That should do it for the 36-year old Rahman.",
        "The universe as it was 13.8 billion years after the Big Bang.",
        "Inspections come every 90 days; inmates spend 23 of every 24 hours inside.",
        "The deal collapsed at the last minute after last-minute changes.",
        "Prices rose in recent weeks and in past months, and may fall in coming years.",
    ])
    func leavesDatesRatesAgesAndOrdinalsAlone(text: String) {
        #expect(durations(text) == [])
    }

    @Test func marksTimeMLsVaguePeriodsOnlyWhenAsked() {
        let text = "Prices rose in recent years and may fall in the coming months and over the past weeks."
        #expect(durations(text).isEmpty)
        #expect(
            durations(text, options: DateOptions(vagueReferences: true)) == [
                "recent years = PXY year", "the coming months = PXM month", "the past weeks = PXW week",
            ]
        )
    }

    @Test func marksDurationMentionsWithTheirRuleAndOffsets() throws {
        let text = "\u{201C}We need more time,\u{201D} he said \u{2014} perhaps six months."
        let mention = try #require(TemporalRules.durations(in: text).first)
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[mention.start..<mention.end])) == "six months")
        #expect(mention.type == .duration)
        #expect(mention.kind == "Duration")
        #expect(mention.rule == "rule:duration")
    }

    @Test func neverOverlapsTheDatesOfTheSameText() {
        let text = "Two years ago, after a 90-day pause that lasted two weeks, talks resumed last week."
        let found =
            TemporalRules.dates(in: text, reference: ReferenceDate(iso8601: "2025-06-16"))
            + TemporalRules.durations(in: text)
        let spans = found.map { $0.start..<$0.end }.sorted { $0.lowerBound < $1.lowerBound }
        #expect(found.count == 4)
        for (left, right) in zip(spans, spans.dropFirst()) {
            #expect(left.upperBound <= right.lowerBound)
        }
    }
}
