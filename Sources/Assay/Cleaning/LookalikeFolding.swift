/// Folds typographic look-alikes (curly quotes, dashes, Unicode spaces, fullwidth forms) to their plain ASCII forms,
/// one scalar for one scalar, so that matching can ignore them while offsets stay valid.
///
/// The clean text keeps the characters the source used; tokenizers and matchers compare its matching form instead.
/// Because every scalar maps to exactly one scalar, an offset into the matching form is the same offset into the
/// clean text.
///
/// ```swift
/// LookalikeFolding.matchingForm("China\u{2019}s \u{201C}green channel\u{201D} \u{2014} 2018\u{2013}2020")
/// // "China's \"green channel\" - 2018-2020"
/// ```
public enum LookalikeFolding {
    /// Returns `text` with each look-alike scalar replaced by its plain form and every other scalar unchanged.
    ///
    /// Folded: Unicode space separators (no-break, figure, narrow, thin, ideographic, …) to `" "`; hyphens and dashes
    /// U+2010–U+2015, the minus sign U+2212 and the small hyphen-minus forms to `"-"`; curly single quotes and primes
    /// to `"'"`; curly double quotes, double primes and guillemets to `"\""`; fullwidth ASCII forms
    /// U+FF01–U+FF5E to ASCII. Line breaks, tabs and every other scalar stay as they are.
    ///
    /// - Parameter text: any text, usually a clean text or a token of it.
    /// - Returns: a string with exactly as many Unicode scalars as `text`.
    /// - Complexity: O(*n*); a string of ASCII only is returned as is without copying.
    public static func matchingForm(_ text: String) -> String {
        // Fast path: ASCII has nothing to fold.
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            result.append(folded(scalar))
        }
        return String(result)
    }

    /// The plain form of one scalar, or the scalar itself when it has none.
    ///
    /// - Parameter scalar: any Unicode scalar.
    /// - Returns: its ASCII look-alike, or `scalar` unchanged.
    public static func folded(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let value = scalar.value
        if value < 0xA0 { return scalar }
        switch value {
        // Space separators (general category Zs) other than U+0020.
        case 0x00A0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
            return " "
        case 0x2010...0x2015, 0x2212, 0xFE58, 0xFE63:
            return "-"
        // The single guillemets U+2039 and U+203A stay: far more pages use them as breadcrumb arrows than as quotes.
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x2035:
            return "'"
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x2036, 0x00AB, 0x00BB:
            return "\""
        case 0xFF01...0xFF5E:
            // Fullwidth forms sit at a fixed distance from ASCII.
            return Unicode.Scalar(value - 0xFEE0) ?? scalar
        default:
            return scalar
        }
    }
}
