import Assay
import AssayTestSupport
import Testing

/// `text = value granularity [modifier]` for each date mention, in order.
private func dates(
    _ text: String,
    reference: String? = "2025-06-16",
    options: DateOptions = DateOptions()
) -> [String] {
    TemporalRules.dates(in: text, reference: reference.flatMap { ReferenceDate(iso8601: $0) }, options: options)
        .map { mention in
            var line = "\(mention.text) = \(mention.value ?? "nil") \(mention.granularity ?? "-")"
            if let modifier = mention.modifier { line += " \(modifier)" }
            return line
        }
}

/// The reference of most cases, 2025-06-16, is a Monday in ISO week 25.
@Suite struct DateRulesTests {
    @Test(arguments: [
        // Trade and politics.
        (
            "The Geneva agreement in May to ease tariffs faltered within weeks.",
            ["May = 2025-05 month"]
        ),
        (
            "Earlier this year, China imposed export controls on seven rare earths.",
            ["Earlier this year = 2025 year start"]
        ),
        ("Last week, the United States and China met in London.", ["Last week = 2025-W24 week"]),
        // A past account counts "the next day" and "the next year" from the latest date it stated.
        (
            "He was arrested on March 11, 2005, and charged the next day. Hoover died in 1972; Gray resigned the next year.",
            [
                "March 11, 2005 = 2005-03-11 day", "the next day = 2005-03-12 day", "1972 = 1972 year",
                "the next year = 1973 year",
            ]
        ),
        // "that day", "the same day", "the following week", "that night", "that month" and "(of) that year" too.
        (
            """
            He was arrested on March 11, 2005. Later that day he was charged, and he resigned the following week. \
            The same day, police searched the house. That night they left. Gray died in 1972; that year he had \
            moved, and in September of that year, on April 18 of that year and in September 2005, he travelled. \
            Later that month he resigned.
            """,
            [
                "March 11, 2005 = 2005-03-11 day", "that day = 2005-03-11 day",
                "the following week = 2005-W11 week", "The same day = 2005-03-11 day",
                "That night = 2005-03-11TNI part-of-day", "1972 = 1972 year", "that year = 1972 year",
                "September of that year = 1972-09 month", "April 18 of that year = 1972-04-18 day",
                "September 2005 = 2005-09 month", "that month = 2005-09 month",
            ]
        ),
        // Without a stated date, of the future, or before a hyphen, they are no dates.
        (
            "That day will come, he says. He said that day-care costs rose. Members met that week.",
            []
        ),
        ("JL MAG obtained licences to export to the U.S. this week.", ["this week = 2025-W25 week"]),
        ("Officials want to extend tariffs beyond the Aug. 10 deadline.", ["Aug. 10 = 2025-08-10 day"]),
        ("Trump wants to extend tariffs beyond the current August 10 expiration.", ["August 10 = 2025-08-10 day"]),
        (
            "The move mirrors earlier cycles from 2018\u{2013}2020, when talks stalled.",
            ["2018 = 2018 year", "2020 = 2020 year"]
        ),
        // A range of days in one month is two dates, both of the month and year the text gives once.
        (
            "The live-fire exercise ran October 25-26, 2016, near Amman.",
            ["October 25 = 2016-10-25 day", "26, 2016 = 2016-10-26 day"]
        ),
        (
            "He visited Uzbekistan from 5\u{2013}6 April 2016.",
            ["5 = 2016-04-05 day", "6 April 2016 = 2016-04-06 day"]
        ),
        ("The exercise will run from Dec. 29-31.", ["Dec. 29 = 2025-12-29 day", "31 = 2025-12-31 day"]),
        (
            "Strikes between 11 - 13 Dec. 2024 destroyed tanks.",
            ["11 = 2024-12-11 day", "13 Dec. 2024 = 2024-12-13 day"]
        ),
        // In a text tokenised once, a spaced hyphen joins a year range too.
        (
            "He coached there (1982 - 87) and went 43 - 39 in 2004 - 05.",
            ["1982 = 1982 year", "87 = 1987 year", "2004 = 2004 year", "05 = 2005 year"]
        ),
        // A sports season is named by the year it is played in.
        (
            "He scored 20 goals this season after 30 last season.",
            ["this season = 2025 year", "last season = 2024 year"]
        ),
        // A score before a date is no range.
        ("The Bears won 30-7 Oct. 19 at home.", ["Oct. 19 = 2024-10-19 day"]),
        ("The ministers met their counterparts last Thursday.", ["last Thursday = 2025-06-12 day"]),
        (
            "Prime Minister Keir Starmer, elected in July last year, faces polls next May.",
            [
                "July last year = 2024-07 month", "next May = 2026-05 month",
            ]
        ),
        ("Theresa May resigned in March 2019.", ["March 2019 = 2019-03 month"]),
        (
            "The senator served from 2009 to 2017 and again between 2019 and 2021.",
            [
                "2009 = 2009 year", "2017 = 2017 year", "2019 = 2019 year", "2021 = 2021 year",
            ]
        ),
        ("The 2020 and 2024 elections were close.", ["2020 = 2020 year", "2024 = 2024 year"]),
        // Business.
        ("Revenue rose 8% in the third quarter, the company said.", ["the third quarter = 2024-Q3 quarter"]),
        ("The chipmaker expects growth to slow in the fourth quarter.", ["the fourth quarter = 2025-Q4 quarter"]),
        (
            "Sales in Q3 2024 beat forecasts, and 3Q25 guidance was raised.",
            [
                "Q3 2024 = 2024-Q3 quarter", "3Q25 = 2025-Q3 quarter",
            ]
        ),
        (
            "The deal is expected to close in the fourth quarter of 2025.",
            ["the fourth quarter of 2025 = 2025-Q4 quarter"]
        ),
        ("Third-quarter profit rose 4%.", ["Third-quarter = 2024-Q3 quarter"]),
        (
            "In the first half of 2025, sales fell; H2 2024 was better.",
            [
                "the first half of 2025 = 2025-H1 half", "H2 2024 = 2024-H2 half",
            ]
        ),
        (
            "The retailer expects a loss for fiscal 2024 and a profit in FY2026.",
            [
                "fiscal 2024 = 2024 year", "FY2026 = 2026 year",
            ]
        ),
        ("Apple shares rose 5% from a year earlier.", ["a year earlier = 2024 year"]),
        ("The 2021\u{2013}22 season was the driest on record.", ["2021 = 2021 year", "22 = 2022 year"]),
        // Science, history, culture.
        (
            "The technique was first used in the 1990s and spread in the early 2000s.",
            [
                "the 1990s = 199 decade", "the early 2000s = 200 decade start",
            ]
        ),
        (
            "The archive covers the 2010s, the '80s and the mid-1970s.",
            [
                "the 2010s = 201 decade", "the '80s = 198 decade", "the mid-1970s = 197 decade mid",
            ]
        ),
        ("It was the deadliest flood of the 20th century.", ["the 20th century = 19 century"]),
        ("The region had its worst hurricane since 1921.", ["1921 = 1921 year"]),
        ("The study, published on 12 March 2025, followed 2,000 patients.", ["12 March 2025 = 2025-03-12 day"]),
        ("The comet will be visible in mid-November.", ["mid-November = 2025-11 month mid"]),
        ("Prices peaked in mid-November.", ["mid-November = 2024-11 month mid"]),
        (
            "The bill, passed in late 2023, takes effect on Jan. 1, 2026.",
            [
                "late 2023 = 2023 year end", "Jan. 1, 2026 = 2026-01-01 day",
            ]
        ),
        ("Officials expect the bridge to reopen in the spring of 2026.", ["the spring of 2026 = 2026-SP season"]),
        (
            "In 2019, exports peaked in May and fell in June.",
            [
                "2019 = 2019 year", "May = 2019-05 month", "June = 2019-06 month",
            ]
        ),
        // Sport, crime, weather.
        ("Alcaraz won the final on 10 August 2025 in Cincinnati.", ["10 August 2025 = 2025-08-10 day"]),
        ("On Tuesday, June 10, the council voted 7-2 to approve the plan.", ["Tuesday, June 10 = 2025-06-10 day"]),
        ("The update ships on 2025-08-10 to all users.", ["2025-08-10 = 2025-08-10 day"]),
        ("Police said the suspect was arrested on Saturday night.", ["Saturday night = 2025-06-14TNI part-of-day"]),
        ("The storm made landfall early Thursday near Tampa.", ["early Thursday = 2025-06-12 day start"]),
        ("On Monday the minister said the talks had failed.", ["Monday = 2025-06-16 day"]),
        ("The minister will speak on Friday.", ["Friday = 2025-06-20 day"]),
        ("The heatwave is expected to last until mid-July.", ["mid-July = 2025-07 month mid"]),
        (
            "Last summer was hotter than this summer will be.",
            [
                "Last summer = 2024-SU season", "this summer = 2025-SU season",
            ]
        ),
        (
            "Rain fell yesterday; sun is forecast today and tomorrow.",
            [
                "yesterday = 2025-06-15 day", "today = 2025-06-16 day", "tomorrow = 2025-06-17 day",
            ]
        ),
        (
            "The report came out last month and a sequel is due next year.",
            [
                "last month = 2025-05 month", "next year = 2026 year",
            ]
        ),
        (
            "Later this month, the board meets; by the end of the year it must decide.",
            [
                "Later this month = 2025-06 month end", "the end of the year = 2025 year end",
            ]
        ),
        (
            "Crowds gathered over the weekend and will return next weekend.",
            [
                "the weekend = 2025-W24-WE week", "next weekend = 2025-W26-WE week",
            ]
        ),
        // Written on a Monday: a weekend told in the past tense is the one just gone.
        (
            "Troops took to the streets this weekend; a rally is due this weekend.",
            ["this weekend = 2025-W24-WE week", "this weekend = 2025-W25-WE week"]
        ),
        // Companies that report by quarter name it by its last month.
        (
            "Profits rose in the December quarter, and in September sales fell.",
            ["December quarter = 2024-Q4 quarter", "September = 2024-09 month"]
        ),
        ("Unemployment peaked two years ago.", ["two years ago = 2023 year"]),
        (
            "Shops close on Christmas Day and reopen after New Year's Day.",
            [
                "Christmas Day = 2024-12-25 day", "New Year's Day = 2025-01-01 day",
            ]
        ),
        (
            "Retailers count on Black Friday and Cyber Monday.",
            ["Black Friday = 2025-11-28 day", "Cyber Monday = 2025-12-01 day"]
        ),
        ("Steelmaking began here in the 1800s.", ["the 1800s = 18 century"]),
        // A thing of the season is no date; a day after the month is the date's day.
        ("He opened fire at the office Christmas party.", []),
        (
            "He was hurt in the 30-7 Oct. 19 loss and shot this August 2nd.",
            ["Oct. 19 = 2024-10-19 day", "August 2nd = 2024-08-02 day"]
        ),
        ("He was arrested early Tuesday morning.", ["early Tuesday morning = 2025-06-10TMO part-of-day start"]),
        // A fixture in the present tense points forward.
        ("The Gophers play Saturday against the Wildcats.", ["Saturday = 2025-06-21 day"]),
        // The second weekday of a range falls after the first.
        (
            "The office was closed from Friday through Tuesday.",
            ["Friday = 2025-06-13 day", "Tuesday = 2025-06-17 day"]
        ),
        ("Earlier in the year, prices fell.", ["Earlier in the year = 2025 year start"]),
        ("Growth slowed in 2019, 2020 and 2021.", ["2019 = 2019 year", "2020 = 2020 year", "2021 = 2021 year"]),
        ("Banks must comply by end-2025.", ["end-2025 = 2025 year end"]),
        ("Output fell in March of this year.", ["March of this year = 2025-03 month"]),
        // A day with its year named relative to the reference's is one date of that year.
        (
            "The board met on December 14 last year and again on February 24 this year.",
            ["December 14 last year = 2024-12-14 day", "February 24 this year = 2025-02-24 day"]
        ),
        ("He said September the 11th changed everything.", ["September the 11th = 2024-09-11 day"]),
        (
            "The Test starts on Boxing Day; marches follow on Anzac Day and Remembrance Day.",
            ["Boxing Day = 2024-12-26 day", "Anzac Day = 2025-04-25 day", "Remembrance Day = 2025-11-11 day"]
        ),
        // A year after a possessive, "for" or "of … which"; not a count of a plural after a possessive.
        (
            "It backed Indonesia\u{2019}s 1975 invasion; the plan for 2002 is hope; the conference of 1893 which "
                + "began it; the company's 2000 employees.",
            ["1975 = 1975 year", "2002 = 2002 year", "1893 = 1893 year"]
        ),
        // A participle after "be" is no past tense; a verb's tense before "until" outweighs it.
        (
            "The hearing will be held on September 6. He was at large until Feb. 7. It would wait until Aug. 7.",
            ["September 6 = 2025-09-06 day", "Feb. 7 = 2025-02-07 day", "Aug. 7 = 2025-08-07 day"]
        ),
        // The attacks of 2001, whatever the reference.
        (
            "Since the September 11 attacks, and the attacks of Sept. 11, it has changed. The vote is on September 11.",
            ["September 11 = 2001-09-11 day", "Sept. 11 = 2001-09-11 day", "September 11 = 2025-09-11 day"]
        ),
    ])
    func findsAndNormalisesDatesInNews(text: String, expected: [String]) {
        #expect(dates(text) == expected)
    }

    @Test(arguments: [
        "The handshake may buy both sides time, and rare earths may see approvals.",
        "May I ask why? Theresa May said nothing.",
        "Trump\u{2019}s second term began with tariffs.",
        "Exports rose 50% to 2025 tonnes, and 1,200 people were hired.",
        "A total of 2000 workers struck; prices rose by $2025 per unit.",
        "Section 2019 of the code applies to flight 1990.",
        "China mines around 70 per cent of the world\u{2019}s rare earths.",
        "The talks resumed at 10:30 and ended 3-2 in the second half.",
        "They march on. The August assembly met. June Carter sang.",
        "Shipments of 10 million barrels a day fell by half.",
        "The Sunday Times reported on the Good Friday Agreement.",
        "He told USA Today that roles for women in their mid-50s are scarce.",
        "The Eagles scored 24 points in the third quarter and added a fourth-quarter touchdown.",
        // In a text that tells games, a quarter with no word of the game near it is still the game's.
        "Brees threw a touchdown; Kamara had 90 rushing yards. The Saints trailed by seven in the second quarter.",
        "The church was criticised for promoting in a Sunday bulletin a conference.",
        "In the last week of the season, it snowed.",
    ])
    func leavesNumbersAndWordsThatAreNotDatesAlone(text: String) {
        #expect(dates(text) == [])
    }

    @Test(arguments: [
        ("The deadline is Aug 10.", ["Aug 10 = --08-10 day"]),
        ("The truce was agreed in May.", ["May = XXXX-05 month"]),
        // A weekday keeps its number, TimeML's way: Monday is XXXX-WXX-1.
        ("Talks stalled last week and resume on Monday.", ["last week = XXXX-WXX week", "Monday = XXXX-WXX-1 day"]),
        ("He died Sunday night.", ["Sunday night = XXXX-WXX-7TNI part-of-day"]),
        (
            "Sales rose in the third quarter of 2024 and in 2023.",
            [
                "the third quarter of 2024 = 2024-Q3 quarter", "2023 = 2023 year",
            ]
        ),
        ("It happened on 10 August 2025.", ["10 August 2025 = 2025-08-10 day"]),
        // A year and the next's last two digits are a season, not a month: 2008-09 is not September 2008.
        (
            "He signed through the 2008-09 season; sales rose in 2025-08.",
            ["2008 = 2008 year", "09 = 2009 year", "2025-08 = 2025-08 month"]
        ),
    ])
    func keepsWhatTheTextSaysWithoutAReference(text: String, expected: [String]) {
        #expect(dates(text, reference: nil) == expected)
    }

    @Test(arguments: [
        (DateOptions.DayMonthOrder.reject, "9/10/2025 = nil day"),
        (.monthFirst, "9/10/2025 = 2025-09-10 day"),
        (.dayFirst, "9/10/2025 = 2025-10-09 day"),
    ])
    func readsAmbiguousNumericDatesByTheOption(order: DateOptions.DayMonthOrder, expected: String) {
        #expect(dates("The trial starts on 9/10/2025.", options: DateOptions(dayMonthOrder: order)) == [expected])
    }

    @Test(arguments: DateOptions.DayMonthOrder.allCases)
    func readsNumericDatesThatSettleTheOrderTheSameWayWhateverTheOption(order: DateOptions.DayMonthOrder) {
        let options = DateOptions(dayMonthOrder: order)
        #expect(
            dates("Filed 13/10/2025, heard 10/13/2025, closed 10/10/25.", options: options) == [
                "13/10/2025 = 2025-10-13 day", "10/13/2025 = 2025-10-13 day", "10/10/25 = 2025-10-10 day",
            ]
        )
    }

    @Test func marksAnAmbiguousNumericDateWithoutGuessing() throws {
        let mention = try #require(TemporalRules.dates(in: "On 9/10/2025 it rained.", reference: nil).first)
        #expect(mention.kind == "AmbiguousDate")
        #expect(mention.value == nil)
        #expect(mention.text == "9/10/2025")
    }

    @Test func marksVagueReferencesOnlyWhenAsked() {
        let text = "Prices are now higher than in the past."
        #expect(dates(text) == [])
        #expect(
            dates(text, options: DateOptions(vagueReferences: true)) == [
                "now = PRESENT_REF -", "the past = PAST_REF -",
            ]
        )
    }

    @Test(arguments: [
        // The tense before a month and day without a year picks the year when the closest is over a month away.
        ("Lopez was abducted on May 18 and found later.", ["May 18 = 2019-05-18 day"]),
        ("The council will vote on March 21.", ["March 21 = 2020-03-21 day"]),
        ("Officials met on Nov. 25.", ["Nov. 25 = 2019-11-25 day"]),
        // A weekday settles the year: May 18 was a Saturday in 2019, not in 2020.
        ("The final is on Saturday, May 18.", ["Saturday, May 18 = 2019-05-18 day"]),
        // A tense word further back in a long clause still counts.
        (
            "She will be allowed to play her old tracks at the American Music Awards on Sunday.",
            ["Sunday = 2019-11-24 day"]
        ),
    ])
    func resolvesADayWithoutAYearByTenseAndWeekday(text: String, expected: [String]) {
        #expect(dates(text, reference: "2019-11-20") == expected)
    }

    @Test func aPlaceholderPublicationDateIsNoReference() {
        #expect(ReferenceDate(iso8601: "0001-01-01T00:00:00Z") == nil)
        #expect(ReferenceDate(iso8601: "2019-11-19")?.description == "2019-11-19")
    }

    @Test func countsOffsetsInUnicodeScalarsOfTheOriginalText() throws {
        let text =
            "Beijing\u{2019}s \u{201C}green channel\u{201D} \u{1F3AF} opened on Monday\u{2014}since mid\u{2011}May."
        let found = TemporalRules.dates(in: text, reference: ReferenceDate(iso8601: "2025-06-16"))
        let scalars = Array(text.unicodeScalars)
        #expect(found.map(\.text) == ["Monday", "mid\u{2011}May"])
        for mention in found {
            #expect(String(String.UnicodeScalarView(scalars[mention.start..<mention.end])) == mention.text)
            #expect(mention.type == .date)
            #expect(mention.rule == "rule:date")
        }
        #expect(found.first?.kind == "Relative")
        #expect(found.last?.kind == "Month")
    }

    @Test func doesNotCrossParagraphBreaks() {
        #expect(dates("Talks ended in May\n\n2025 tonnes were shipped.") == ["May = 2025-05 month"])
        #expect(
            dates("Due on August 10\n2025 was a record year.") == ["August 10 = 2025-08-10 day", "2025 = 2025 year"]
        )
    }

    @Test(arguments: [
        ("2025-06-16", 2025, 6, 16, 1),
        ("2025-06-16T10:00:00Z", 2025, 6, 16, 1),
        ("2024-02-29", 2024, 2, 29, 4),
        ("2000-01-01T00:00:00+05:00", 2000, 1, 1, 6),
    ])
    func readsTheReferenceFromTheStartOfAnISODate(text: String, year: Int, month: Int, day: Int, weekday: Int) throws {
        let reference = try #require(ReferenceDate(iso8601: text))
        #expect(reference.year == year && reference.month == month && reference.day == day)
        #expect(reference.weekday == weekday)
        #expect(reference.description == String(text.prefix(10)))
    }

    @Test(arguments: ["2025-02-30", "2025-13-01", "16/06/2025", "2025-6-16", "", "June 16, 2025"])
    func rejectsReferencesThatAreNotISODates(text: String) {
        #expect(ReferenceDate(iso8601: text) == nil)
    }

    @Test func keepsSpansValidSortedAndApartOnRandomText() {
        let pieces = [
            "the", "a", "last", "next", "this", "past", "early", "mid", "-", "\u{2013}", "late", "May", "may", "Aug",
            ".", ",", "'", "s", "10", "2025", "1990", "20", "th", "of", "in", "since", "year", "years", "week",
            "month", "quarter", "Q", "3", "fiscal", "FY", "24", "/", "9", "2018", "to", "and", "ago", "earlier",
            "Monday", "morning", "summer", "fall", "end", "start", "half", "first", "third", "one", "six", "days",
            "90", "\n", "\n\n", "about", "more", "than", "at", "least", "up", "Christmas", "New", "Year", "Eve",
            "\u{1F3AF}", "\u{E9}t\u{E9}", "1,200", "1.5", "%", "$", "(", ")", "today", "tonight", "weekend",
        ]
        var generator = SeededGenerator(seed: 42)
        let reference = ReferenceDate(iso8601: "2025-06-16")
        for _ in 0..<2000 {
            var text = ""
            for _ in 0..<Int.random(in: 1...40, using: &generator) {
                text += pieces[Int.random(in: 0..<pieces.count, using: &generator)]
                if Bool.random(using: &generator) { text += " " }
            }
            let scalars = Array(text.unicodeScalars)
            let found = (TemporalRules.dates(in: text, reference: reference) + TemporalRules.durations(in: text))
                .sorted { $0.start < $1.start }
            for mention in found {
                #expect(mention.start < mention.end && mention.end <= scalars.count, "\(text)")
                #expect(String(String.UnicodeScalarView(scalars[mention.start..<mention.end])) == mention.text)
            }
            for (left, right) in zip(found, found.dropFirst()) {
                #expect(left.end <= right.start, "overlap in \(text)")
            }
        }
    }

    /// Without a reference the year stays unknown, as the text leaves it.
    @Test func keepsTheYearUnknownWithoutAReference() {
        #expect(
            dates("Growth was 1.1 per cent in the September quarter, after a fall on July 1 last year.", reference: nil)
                == ["September quarter = XXXX-Q3 quarter", "July 1 last year = --07-01 day"]
        )
    }

    @Test(arguments: [
        ("2021-01-03", "last week = 2020-W52 week"),
        ("2021-01-04", "last week = 2020-W53 week"),
        ("2025-01-01", "last week = 2024-W52 week"),
        ("2026-01-01", "last week = 2025-W52 week"),
    ])
    func numbersWeeksTheISOWayAcrossYearEnds(reference: String, expected: String) {
        #expect(dates("Talks stalled last week.", reference: reference) == [expected])
    }
}
