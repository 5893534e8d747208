/// Reads cardinal numbers written in English words: "seventy", "twenty-five", "a hundred", "one thousand and two".
///
/// Callers split the text into lowercase words first and drop the hyphens ("twenty-five" → `["twenty", "five"]`);
/// this type only judges whether a run of words is one well-formed number and what it is worth.
///
/// ```swift
/// NumberWords.value(of: ["twenty", "five"])                // 25
/// NumberWords.value(of: ["a", "hundred"])                  // 100
/// NumberWords.value(of: ["three", "hundred", "and", "ten"]) // 310
/// NumberWords.value(of: ["five", "twenty"])                // nil: not one number
/// ```
public enum NumberWords {
    /// The value of `words` read as one cardinal number, or `nil` when they are not one.
    ///
    /// Accepts `zero`…`nineteen`, the tens, `hundred`, `thousand`, `million` and `billion`; `and` only after
    /// `hundred` or a larger scale word and before a smaller number ("one hundred and five"); `a` only first and
    /// before a scale word ("a hundred"). Ordinals and fractions ("third", "half") are not cardinals.
    ///
    /// - Parameter words: lowercase words in text order, hyphens removed.
    /// - Returns: the number, or `nil` for an empty list or any word out of place.
    public static func value(of words: [some StringProtocol]) -> Int? {
        guard !words.isEmpty else { return nil }
        var total = 0
        // The group below the last scale word ("three hundred and ten" → 310 before "thousand").
        var group = 0
        // What the previous word was, to refuse "five twenty", "twenty twenty" and "hundred hundred".
        var previous = Previous.start
        for (index, word) in words.enumerated() {
            if word == "a" {
                guard index == 0, index + 1 < words.count, scales[String(words[index + 1])] != nil else {
                    return nil
                }
                previous = .article
                continue
            }
            if word == "and" {
                guard previous == .hundred || previous == .scale, index + 1 < words.count else { return nil }
                previous = .and
                continue
            }
            let key = String(word)
            if let unit = units[key] {
                // A unit may follow a ten ("twenty five") but not another unit or a teen.
                guard previous != .unit else { return nil }
                if previous == .ten {
                    guard unit >= 1 && unit <= 9 else { return nil }
                } else {
                    guard group % 100 == 0 else { return nil }
                }
                group += unit
                previous = .unit
            } else if let ten = tens[key] {
                guard previous != .unit && previous != .ten, group % 100 == 0 else { return nil }
                group += ten
                previous = .ten
            } else if key == "hundred" {
                guard previous != .hundred, group < 10 else { return nil }
                group = max(group, 1) * 100
                previous = .hundred
            } else if let scale = scales[key], scale > 100 {
                guard previous != .scale, previous != .and else { return nil }
                let multiplier = max(group, 1)
                // Scales must fall: "two million three thousand", never "three thousand two million".
                guard total == 0 || total % (scale * 1000) == 0 else { return nil }
                total += multiplier * scale
                group = 0
                previous = .scale
            } else {
                return nil
            }
        }
        return total + group
    }

    /// Whether `word` (lowercase) can be part of a number in words: a unit, a teen, a ten, or a scale word.
    ///
    /// `a` and `and` are not number words by themselves, though ``value(of:)`` accepts them inside one.
    public static func isNumberWord(_ word: some StringProtocol) -> Bool {
        let key = String(word)
        return units[key] != nil || tens[key] != nil || scales[key] != nil
    }

    // MARK: - Private

    private enum Previous {
        case start, article, unit, ten, hundred, scale, and
    }

    private static let units: [String: Int] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19,
    ]

    private static let tens: [String: Int] = [
        "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90,
    ]

    private static let scales: [String: Int] = [
        "hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000,
    ]
}
