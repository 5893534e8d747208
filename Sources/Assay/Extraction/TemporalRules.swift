/// Finds dates and durations in clean text and normalises them to TimeML (TIMEX3) values, which extend ISO 8601.
///
/// ```swift
/// let reference = ReferenceDate(iso8601: "2025-06-16")
/// TemporalRules.dates(in: "Talks stalled last week; the Aug. 10 deadline stands.", reference: reference)
/// // "last week" → 2025-W24 (week), "Aug. 10" → 2025-08-10 (day)
/// TemporalRules.durations(in: "a 90-day pause for six months")
/// // "90-day" → P90D, "six months" → P6M
/// ```
///
/// Spans follow TimeML: they include the words that are part of the expression ("last week", "mid-November",
/// "earlier this year", "the past two years", "the 1990s") but not a leading preposition ("on Monday" → "Monday").
///
/// Values:
/// - full dates `2025-08-10`, months `2025-08`, years `2025`, quarters `2025-Q3`, halves `2025-H1`, ISO weeks
///   `2025-W24`, weekends `2025-W24-WE`, seasons `2025-SU`, decades `201` ("the 2010s"), centuries `20`, parts of
///   a day `2025-06-16TMO`; durations `P90D`, `P6M`, `P1Y`, `P2W`, `PT5H`, `P10Y` (a decade; vague "decades" keep TimeML's `PXDE`), `PXY` ("for years").
/// - `modifier` carries what the value cannot: `start` ("early 2025", "earlier this year"), `mid` ("mid-November"),
///   `end` ("late 2024", "later this year"), and for durations `approx`, `more-than`, `less-than`, `at-least`,
///   `at-most` ("about six months", "more than a year").
/// - A fiscal year ("fiscal 2024", "FY24") has its number as value, `2024`, and kind `FiscalYear`: when it starts
///   depends on who keeps the accounts.
/// - Without a reference date nothing is invented: "Aug 10" is `--08-10`, "in May" is `XXXX-05`, "last week" is
///   `XXXX-WXX`.
///
/// How relative expressions resolve against the reference date:
/// - A weekday alone ("on Monday") is the most recent such day on or before the reference, unless the nearest tense
///   cue in the sentence is a future one (`will`, `expected`, `scheduled`, `due`, …), then the first on or after it.
///   The nearest cue is looked for to the left first, then to the right; cues are tense words and lower-case words
///   ending in `ed`. "last Thursday" is the latest Thursday strictly before the reference, "next Thursday" the first
///   strictly after, "this Thursday" the one in the reference's ISO week.
/// - A month alone ("in May", "mid-November") is the nearest such month not after the reference's month in a past
///   context, not before it in a future context, and otherwise the nearest either way (a tie goes to the past).
///   Seasons alone resolve the same way; a quarter without a year ("the third quarter") is the reference's year's,
///   unless a past context puts it after the reference's quarter (then the year before) or a future one before it.
/// - A month and day without a year ("Aug 10"), or a holiday ("Christmas Eve"), takes the year that puts the date
///   closest to the reference.
/// - A sentence that opens with a year ("In 2019, …", "In May 2019, …") gives that year to the months and days it
///   names later without one.
/// - "last week"/"this week" are ISO weeks (`2025-W24`); "two years ago", "a month earlier" count back from the
///   reference in the unit named.
/// - All-numeric dates such as `9/10/2025` follow ``DateOptions/dayMonthOrder``; `2025-08-10` and `10/13/2025` are
///   read the only way they can be.
///
/// - Complexity: O(*n*) in the text's length: one pass over its UTF-8 bytes to tokenize, one over the tokens.
public enum TemporalRules {
    /// The dates of `text`, in order.
    ///
    /// - Parameters:
    ///   - text: clean text; offsets count its Unicode scalars.
    ///   - reference: the day relative expressions resolve against, usually the publication date.
    ///   - options: how to read ambiguous forms.
    /// - Returns: mentions of type `.date`, with `value`, `granularity` (`day`, `week`, `month`, `quarter`,
    ///   `half`, `season`, `year`, `decade`, `century`, `part-of-day`), `modifier` when any, `kind` (`Date`,
    ///   `Month`, `Year`, `FiscalYear`, `Quarter`, `Half`, `Season`, `Decade`, `Century`, `Relative`, `Time`,
    ///   `Reference`, `AmbiguousDate`) and rule `rule:date`.
    public static func dates(
        in text: String,
        reference: ReferenceDate?,
        options: DateOptions = DateOptions()
    ) -> [Mention] {
        mentions(in: text, reference: reference, options: options, type: .date)
    }

    /// The durations of `text`, in order: "90 days", "90-day", "six months", "a decade", "the past two years".
    ///
    /// Expressions that are dates ("two years ago", "a year earlier") are not durations, so they are skipped here
    /// and found by ``dates(in:reference:options:)``.
    ///
    /// - Parameters:
    ///   - text: clean text; offsets count its Unicode scalars.
    ///   - options: `vagueReferences` makes "in recent years", "the coming months" durations (`PXY`, `PXM`), as
    ///     TimeML marks them; the day-month order plays no part.
    /// - Returns: mentions of type `.duration`, with `value` (`P90D`), `granularity` (the unit: `day`, `week`,
    ///   `month`, `year`, `decade`, `century`, `hour`, `minute`, `second`), `modifier` when any, kind `Duration`
    ///   and rule `rule:duration`.
    public static func durations(in text: String, options: DateOptions = DateOptions()) -> [Mention] {
        mentions(in: text, reference: nil, options: options, type: .duration)
    }

    // MARK: - Private

    /// Parses the whole text once (dates and durations together, so that neither claims the other's words) and
    /// keeps the mentions of `type`.
    private static func mentions(
        in text: String,
        reference: ReferenceDate?,
        options: DateOptions,
        type: MentionType
    ) -> [Mention] {
        var original = text
        let lexicon = Lexicon.shared
        var tokens: [Token] = []
        return original.withUTF8 { bytes in
            tokens.reserveCapacity(bytes.count / 5 + 16)
            if tokenize(bytes, lexicon: lexicon, into: &tokens) {
                let matches = parse(tokens, bytes: bytes, lexicon: lexicon, reference: reference, options: options)
                return makeMentions(matches.filter { $0.type == type }, tokens: tokens, original: bytes, folded: false)
            }
            // Fullwidth letters or digits: tokenize the matching form itself, whose offsets differ in bytes.
            var matching = LookalikeFolding.matchingForm(text)
            return matching.withUTF8 { matchingBytes in
                tokens.removeAll(keepingCapacity: true)
                _ = tokenize(matchingBytes, lexicon: lexicon, into: &tokens)
                let matches = parse(
                    tokens,
                    bytes: matchingBytes,
                    lexicon: lexicon,
                    reference: reference,
                    options: options
                )
                return makeMentions(matches.filter { $0.type == type }, tokens: tokens, original: bytes, folded: true)
            }
        }
    }

    private static func parse(
        _ tokens: [Token],
        bytes: UnsafeBufferPointer<UInt8>,
        lexicon: Lexicon,
        reference: ReferenceDate?,
        options: DateOptions
    ) -> [Match] {
        tokens.withUnsafeBufferPointer { tokenBuffer in
            lexicon.words.withUnsafeBufferPointer { words in
                var parser = Parser(
                    tokens: tokenBuffer,
                    bytes: bytes,
                    words: words,
                    reference: reference,
                    options: options
                )
                return parser.run()
            }
        }
    }

    private static func makeMentions(
        _ matches: [Match],
        tokens: [Token],
        original: UnsafeBufferPointer<UInt8>,
        folded: Bool
    ) -> [Mention] {
        var mentions: [Mention] = []
        mentions.reserveCapacity(matches.count)
        // Tokens of the matching form (`folded`) have byte offsets of their own: walk the original, once, to each
        // scalar offset. Otherwise the tokens' byte offsets are the original's.
        var walkedScalar = 0
        var walkedByte = 0
        func byteOffset(ofScalar target: Int) -> Int {
            while walkedScalar < target && walkedByte < original.count {
                walkedByte += 1
                while walkedByte < original.count && original[walkedByte] & 0xC0 == 0x80 { walkedByte += 1 }
                walkedScalar += 1
            }
            return walkedByte
        }
        for match in matches {
            let first = tokens[match.first]
            let last = tokens[match.end - 1]
            let byteStart: Int
            let byteEnd: Int
            if !folded {
                byteStart = Int(first.byteStart)
                byteEnd = Int(last.byteEnd)
            } else {
                byteStart = byteOffset(ofScalar: Int(first.start))
                byteEnd = byteOffset(ofScalar: Int(last.end))
            }
            var mention = Mention(
                start: Int(first.start),
                end: Int(last.end),
                text: String(decoding: UnsafeBufferPointer(rebasing: original[byteStart..<byteEnd]), as: UTF8.self),
                type: match.type
            )
            mention.value = match.value
            mention.granularity = match.granularity
            mention.modifier = match.modifier
            mention.kind = match.kind
            mention.rule = match.type == .duration ? "rule:duration" : "rule:date"
            mentions.append(mention)
        }
        return mentions
    }
}
