/// How a text qualifies a percentage ("nearly 90 per cent", "at least 10%"), and the bounds that reading allows.
///
/// The raw values are what ``Mention/modifier`` stores. An exact value has no modifier.
///
/// ```swift
/// PercentModifier.nearly.bounds(of: 90)  // 85...90
/// PercentModifier.approx.bounds(of: 2.5) // 2...3
/// ```
enum PercentModifier: String, Sendable, CaseIterable {
    /// "around", "about", "roughly", "some", "approximately", "an estimated", "~", "or so".
    case approx
    /// "under", "below", "less than", "fewer than", "<".
    case lessThan = "less-than"
    /// "up to", "no more than", "as much as", "at most", "≤", "or less".
    case atMost = "at-most"
    /// "nearly", "almost", "just under", "close to": a little below the value.
    case nearly
    /// "over", "more than", "above", "exceeding", "just over", ">".
    case moreThan = "more-than"
    /// "at least", "no less than", "≥", "or more".
    case atLeast = "at-least"
    /// "30-40%", "between 30 and 40 per cent".
    case range

    /// The bounds a value with this modifier allows, as a closed interval.
    ///
    /// The margin *m* is a fifth of the value, at most 5 points: `around 70` → 65…75, `about 2.5` → 2…3,
    /// `about 0.1` → 0.08…0.12. Then:
    ///
    /// | modifier | bounds |
    /// | --- | --- |
    /// | none (exact) | *v*…*v* |
    /// | `approx` | *v* − *m*…*v* + *m* |
    /// | `nearly` | *v* − *m*…*v* |
    /// | `more-than`, `at-least` | *v*…*v* + *m* (open below for `more-than`; the text sets no upper limit) |
    /// | `less-than`, `at-most` | 0…*v* (open above for `less-than`) |
    ///
    /// A value between 0 and 100 keeps its bounds within 0…100: most such figures are shares, and "nearly 100%"
    /// cannot mean 101. Bounds are rounded to six decimals so that `0.1 − 0.02` prints as `0.08`.
    ///
    /// - Parameter value: the stated value; for ``range`` use ``bounds(from:to:)``.
    /// - Returns: the lower and upper bounds.
    func bounds(of value: Double) -> (lower: Double, upper: Double) {
        let margin = min(5, abs(value) / 5)
        let floor = value > 0 ? 0 : value - max(margin, 1)
        var bounds: (lower: Double, upper: Double)
        switch self {
        case .approx: bounds = (value - margin, value + margin)
        case .nearly: bounds = (value - margin, value)
        case .moreThan, .atLeast: bounds = (value, value + margin)
        case .lessThan, .atMost: bounds = (floor, value)
        case .range: bounds = (value, value)
        }
        if value >= 0 && value <= 100 {
            bounds = (max(0, bounds.lower), min(100, bounds.upper))
        }
        return (Self.rounded(bounds.lower), Self.rounded(bounds.upper))
    }

    /// Rounds to six decimals, enough for any percentage a news text states.
    static func rounded(_ value: Double) -> Double {
        (value * 1_000_000).rounded() / 1_000_000
    }

    // MARK: - Phrases

    /// Words before a number that qualify it, by their last word, longest first so that "no more than" wins over
    /// "more than".
    ///
    /// "just under" and "just below" read as `nearly` (a little below the value), "just over" as `more-than`.
    static let leadingPhrases: [String: [(words: [String], modifier: PercentModifier)]] = {
        let table: [(String, PercentModifier)] = [
            ("around", .approx), ("about", .approx), ("roughly", .approx), ("some", .approx),
            ("approximately", .approx), ("approx", .approx), ("approx .", .approx), ("an estimated", .approx),
            ("estimated", .approx), ("circa", .approx), ("something like", .approx), ("in the region of", .approx),
            ("on the order of", .approx), ("more or less", .approx), ("an approximate", .approx),
            ("under", .lessThan), ("below", .lessThan), ("less than", .lessThan), ("fewer than", .lessThan),
            ("lower than", .lessThan), ("well under", .lessThan), ("well below", .lessThan),
            ("up to", .atMost), ("no more than", .atMost), ("not more than", .atMost), ("as much as", .atMost),
            ("as many as", .atMost), ("as high as", .atMost), ("at most", .atMost), ("a maximum of", .atMost),
            ("nearly", .nearly), ("almost", .nearly), ("just under", .nearly), ("just below", .nearly),
            ("close to", .nearly), ("just shy of", .nearly), ("not quite", .nearly), ("very nearly", .nearly),
            ("over", .moreThan), ("more than", .moreThan), ("above", .moreThan), ("exceeding", .moreThan),
            ("just over", .moreThan), ("just above", .moreThan), ("well over", .moreThan), ("well above", .moreThan),
            ("upwards of", .moreThan), ("upward of", .moreThan), ("in excess of", .moreThan),
            ("greater than", .moreThan), ("higher than", .moreThan), ("slightly more than", .moreThan),
            ("slightly over", .moreThan), ("a little over", .moreThan), ("a little more than", .moreThan),
            ("at least", .atLeast), ("no less than", .atLeast), ("not less than", .atLeast),
            ("a minimum of", .atLeast), ("no fewer than", .atLeast),
        ]
        let phrases =
            table
            .map { (words: $0.0.split(separator: " ").map(String.init), modifier: $0.1) }
            .sorted { $0.words.count > $1.words.count }
        // Keyed by the last word, the one next to the number, so that most words are ruled out by one lookup.
        return Dictionary(grouping: phrases) { $0.words.last ?? "" }
    }()

    /// Symbols directly before a number that qualify it: `~70%`, `<5%`, `≥ 10%`.
    static func leadingSymbol(_ symbol: String) -> PercentModifier? {
        switch symbol {
        case "~", "\u{2248}", "\u{223C}": return .approx
        case "<": return .lessThan
        case "\u{2264}": return .atMost
        case ">": return .moreThan
        case "\u{2265}": return .atLeast
        default: return nil
        }
    }

    /// Words after a percentage that qualify it: "10% or more", "5 per cent or less", "70 per cent or so".
    static let trailingPhrases: [(words: [String], modifier: PercentModifier)] = [
        (["or", "more"], .atLeast), (["or", "higher"], .atLeast), (["or", "above"], .atLeast),
        (["or", "greater"], .atLeast), (["or", "over"], .atLeast), (["and", "above"], .atLeast),
        (["or", "less"], .atMost), (["or", "lower"], .atMost),
        (["or", "below"], .atMost), (["or", "fewer"], .atMost), (["or", "under"], .atMost),
        (["and", "below"], .atMost), (["and", "under"], .atMost), (["or", "so"], .approx),
    ]
}
