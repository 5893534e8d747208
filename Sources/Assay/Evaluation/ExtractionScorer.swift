/// Scores extracted article bodies the way the public article-extraction benchmark (Scrapinghub's
/// article-extraction-benchmark, `evaluate.py`) does.
///
/// Tokens are runs of word characters (letters, numbers and `_`, as Python's `\w`); each body becomes the multiset of
/// its word 4-grams (a text of fewer than four tokens is one shingle); per document, true positives, false positives
/// and false negatives are counted on those multisets and normalised to sum to 1; precision and recall are means
/// over documents, F1 = 2PR/(P+R).
///
/// ```swift
/// let counts = ExtractionScorer.compare(gold: "a b c d e", predicted: "a b c d")  // tp 1/2, fn 1/2
/// let metrics = ExtractionScorer.metrics([counts])
/// ```
public enum ExtractionScorer {
    /// A document's normalised true-positive, false-positive and false-negative shares.
    public struct Counts: Sendable, Hashable {
        public var truePositive: Double
        public var falsePositive: Double
        public var falseNegative: Double

        public var precision: Double {
            if falsePositive == 0 && falseNegative == 0 { return 1 }
            if truePositive == 0 && falsePositive == 0 { return 0 }
            return truePositive / (truePositive + falsePositive)
        }

        public var recall: Double {
            if falsePositive == 0 && falseNegative == 0 { return 1 }
            if truePositive == 0 && falseNegative == 0 { return 0 }
            return truePositive / (truePositive + falseNegative)
        }
    }

    public struct Metrics: Sendable, Hashable {
        public var precision: Double
        public var recall: Double
        public var f1: Double
    }

    /// Word tokens as Python's `re.findall(r"\w+", text)` finds them.
    public static func tokens(_ text: String) -> [Substring] {
        var tokens: [Substring] = []
        var start: String.Index?
        let scalars = text.unicodeScalars
        var scalarIndex = scalars.startIndex
        while scalarIndex < scalars.endIndex {
            let isWord = isWordCharacter(scalars[scalarIndex])
            if isWord, start == nil { start = scalarIndex }
            if !isWord, let begin = start {
                tokens.append(text[begin..<scalarIndex])
                start = nil
            }
            scalarIndex = scalars.index(after: scalarIndex)
        }
        if let begin = start { tokens.append(text[begin..<text.endIndex]) }
        return tokens
    }

    /// Python's `\w` for `str` patterns: alphanumeric in the Unicode database (letters, numbers), or `_`.
    static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (value >= 0x30 && value <= 0x39) || (value >= 0x41 && value <= 0x5A)
                || (value >= 0x61 && value <= 0x7A) || value == 0x5F
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .decimalNumber,
            .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }

    /// The multiset of word 4-grams, compared by code points as Python compares strings.
    static func shingles(_ text: String, size: Int = 4) -> [[[UInt8]]: Int] {
        let words = tokens(text).map { Array($0.utf8) }
        var counts: [[[UInt8]]: Int] = [:]
        // As the benchmark does: a text with fewer than `size` tokens still yields one (shorter) shingle.
        for start in 0..<max(1, words.count - size + 1) {
            let shingle = Array(words[start..<min(start + size, words.count)])
            if !shingle.isEmpty { counts[shingle, default: 0] += 1 }
        }
        return counts
    }

    /// Compares one predicted body with the gold one.
    public static func compare(gold: String, predicted: String) -> Counts {
        let goldShingles = shingles(gold)
        let predictedShingles = shingles(predicted)
        var truePositive = 0.0
        var falsePositive = 0.0
        var falseNegative = 0.0
        for key in Set(goldShingles.keys).union(predictedShingles.keys) {
            let goldCount = goldShingles[key] ?? 0
            let predictedCount = predictedShingles[key] ?? 0
            truePositive += Double(min(goldCount, predictedCount))
            falsePositive += Double(max(0, predictedCount - goldCount))
            falseNegative += Double(max(0, goldCount - predictedCount))
        }
        let sum = truePositive + falsePositive + falseNegative
        if sum > 0 {
            truePositive /= sum
            falsePositive /= sum
            falseNegative /= sum
        }
        return Counts(truePositive: truePositive, falsePositive: falsePositive, falseNegative: falseNegative)
    }

    /// Mean precision and recall over documents, and their F1.
    public static func metrics(_ documents: [Counts]) -> Metrics {
        let precisions = documents.filter { $0.truePositive + $0.falsePositive > 0 }.map(\.precision)
        let recalls = documents.filter { $0.truePositive + $0.falseNegative > 0 }.map(\.recall)
        let precision = precisions.isEmpty ? 0 : precisions.reduce(0, +) / Double(precisions.count)
        let recall = recalls.isEmpty ? 0 : recalls.reduce(0, +) / Double(recalls.count)
        let f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
        return Metrics(precision: precision, recall: recall, f1: f1)
    }
}
