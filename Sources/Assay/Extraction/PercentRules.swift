/// Finds percentages in clean text: the value, how the text qualifies it, the bounds it allows, and its sentence.
///
/// ```swift
/// let text = "China mines around 70 per cent of the world\u{2019}s rare earths and processes nearly 90%."
/// for mention in PercentRules.percentages(in: text) {
///     print(mention.text, mention.value ?? "", mention.modifier ?? "exact", mention.lower ?? 0, mention.upper ?? 0)
/// }
/// // around 70 per cent  70  approx  65.0  75.0
/// // nearly 90%          90  nearly  85.0  90.0
/// ```
///
/// What counts as a percentage:
/// - A number, then a unit: `%` (also fullwidth `％`, spaced "70 %"), "percent", "per cent", "per-cent", "pct", or
///   "pc" glued to the number ("3pc"); glued or hyphenated forms too ("70per cent", "70-percent").
/// - The number in digits ("1,200", "0.1", ".5", a decimal comma "12,5"), or in words ("seventy",
///   "twenty-five", "a hundred"; see ``NumberWords``), the latter unless `words` is off. A sign glued to the
///   number stays ("-3%" → `"-3"`, "minus 3 per cent" → `"-3"`; "+5%" → `"5"`).
/// - Ranges: "30–40%", "30%-40%", "30 to 40 per cent", "between 30 and 40 per cent": value `"30-40"`, modifier
///   `range`, bounds 30…40. A qualifier before a range joins the span and goes to `attributes["qualifier"]`.
///   "from 145 per cent to 30 per cent" is a change: two percentages. In "from 20 to 30 per cent" the bare "20" is a
///   percentage too (`attributes["unit"] = "implied"`). "20 and 16 per cent" yields only "16 per cent".
/// - Qualifiers before the number join the span and set the modifier (see ``PercentModifier`` for the words and
///   the bounds): "around 70 per cent" (`approx`), "nearly 90%" (`nearly`), "~70%" (`approx`), "up to 25%"
///   (`at-most`), "at least 10 percent" (`at-least`), "over 50 per cent" (`more-than`), "under 5%"
///   (`less-than`). So do "or more", "or less" and "or so" after it ("10% or more" → `at-least`). With
///   `qualifierInSpan` off, the span is the number and its unit alone ("70 per cent"); modifier and bounds stay.
/// - With `fractions`, "half" where it states a share ("half of the world's supply", "more than half"), as
///   `kind` `Fraction`, value `"50"`.
///
/// What does not: percentage points ("rose 2 percentage points", "2% points", "2 points"), "percentile",
/// "percentage" without a number, a number in another token ("B12%", "$5%"), "50-50", and fractions other than
/// "half" ("a third", "two-thirds", "one in five").
///
/// Every mention has type ``MentionType/percent``, `rule` `rule:percent`, `kind` `Percent` (or `Fraction`), and
/// `attributes["sentence"]`: the scalar offsets `"start-end"` of the sentence it sits in, which later stages use to
/// find what the percentage is about. Offsets count Unicode scalars of `text`. Typographic look-alikes (en dashes,
/// no-break spaces, curly quotes, fullwidth forms) read as their plain forms, as in
/// ``LookalikeFolding/matchingForm(_:)``; spans and offsets stay those of `text`.
public enum PercentRules {
    /// The percentages in `text`, sorted by start.
    ///
    /// - Parameters:
    ///   - text: a clean text, or any text.
    ///   - words: whether to read numbers written in words ("seventy per cent").
    ///   - fractions: whether to read "half" as 50 per cent where it states a share.
    ///   - qualifierInSpan: whether the span includes the qualifiers ("around 70 per cent", "10% or more") or only
    ///     the number and its unit ("70 per cent", "10%"); the modifier and bounds are the same either way.
    /// - Returns: one ``Mention`` per percentage; overlapping matches are merged into the longest.
    /// - Complexity: O(*n*) in the length of `text`: one pass over its bytes, with a short look around each `%`,
    ///   unit word or "half".
    public static func percentages(
        in text: String,
        words: Bool = true,
        fractions: Bool = true,
        qualifierInSpan: Bool = true
    ) -> [Mention] {
        var text = text
        return text.withUTF8 { bytes in
            PercentScanner(bytes: bytes, words: words, fractions: fractions, qualifierInSpan: qualifierInSpan)
                .mentions()
        }
    }

    /// The sentence of `text` that contains the scalar offsets `range`, as scalar offsets.
    ///
    /// The same sentences as `attributes["sentence"]` of ``percentages(in:words:fractions:qualifierInSpan:)``: a sentence ends at
    /// `.`, `!`, `?` or `…` followed by a space and a capital, a digit or a quote, and never crosses a line break.
    ///
    /// ```swift
    /// PercentRules.sentence(containing: 27..<30, in: "Imports fell. Exports rose 37% in April. Prices held.")
    /// // 14..<40: "Exports rose 37% in April."
    /// ```
    ///
    /// - Parameters:
    ///   - range: scalar offsets into `text`, within its bounds.
    ///   - text: the text.
    /// - Returns: the sentence's scalar offsets.
    public static func sentence(containing range: Range<Int>, in text: String) -> Range<Int> {
        let scalars = text.unicodeScalars
        let lower = scalars.index(scalars.startIndex, offsetBy: range.lowerBound)
        let upper = scalars.index(lower, offsetBy: range.count)
        let byteRange =
            text.utf8.distance(
                from: text.startIndex,
                to: lower
            )..<text.utf8.distance(
                from: text.startIndex,
                to: upper
            )
        var text = text
        return text.withUTF8 { bytes in
            let sentence = PercentScanner(bytes: bytes).sentenceBytes(around: byteRange)
            var offsets = PercentScanner.ScalarOffsets(bytes: bytes)
            return offsets.scalarOffset(ofByte: sentence.lowerBound)..<offsets.scalarOffset(ofByte: sentence.upperBound)
        }
    }
}
