/// A clean text cut into sentences, clauses and lower-case words, all with Unicode scalar offsets.
///
/// Annotation records carry the text, not its tokens, so the corpus stages cut it again; the rules here are
/// deliberately simple: a sentence ends at a line break or at `.`, `!`, `?` before a space and a capital, unless the
/// word before is a single letter or a common abbreviation ("U.S. Treasury", "Dr. Liu").
struct SentenceScan {
    struct Word: Hashable {
        var start: Int
        var end: Int
        var lower: String
    }

    let scalars: [Unicode.Scalar]
    /// Half-open scalar ranges, in order, covering every non-blank line.
    private(set) var sentences: [Range<Int>] = []
    /// Every word of the text, in order.
    private(set) var words: [Word] = []

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
        words = Self.words(in: scalars)
        sentences = Self.sentences(in: scalars)
    }

    /// The index of the sentence holding `offset`.
    func sentence(containing offset: Int) -> Int? {
        sentences.index(containing: offset)
    }

    /// The indexes into `words` of the words inside `range`.
    func wordIndexes(in range: Range<Int>) -> Range<Int> {
        let first = firstWord(atOrAfter: range.lowerBound)
        let last = firstWord(atOrAfter: range.upperBound)
        return first..<max(first, last)
    }

    private func firstWord(atOrAfter offset: Int) -> Int {
        words.partitioningIndex { $0.start >= offset }
    }

    /// The clause of `sentence` holding `offset`: sentences split at `;` and at ", while", ", whereas", ", but".
    func clause(of sentence: Range<Int>, containing offset: Int) -> Range<Int> {
        var start = sentence.lowerBound
        var end = sentence.upperBound
        for index in wordIndexes(in: sentence) {
            let word = words[index]
            guard ["while", "whereas", "but"].contains(word.lower) || isSemicolonBefore(word.start) else { continue }
            let comma = isCommaBefore(word.start) || isSemicolonBefore(word.start)
            guard comma else { continue }
            if word.start <= offset { start = max(start, word.start) } else { end = min(end, word.start) }
        }
        return start..<end
    }

    /// `range` without leading and trailing spaces and punctuation (a question mark stays): the words of a quotation
    /// inside its marks.
    func trimmed(_ range: Range<Int>) -> Range<Int> {
        func trimmable(_ scalar: Unicode.Scalar) -> Bool {
            scalar.properties.isWhitespace || (scalar.properties.generalCategory.isPunctuation && scalar != "?")
        }
        var low = range.lowerBound
        var high = range.upperBound
        while low < high, trimmable(scalars[low]) { low += 1 }
        while high > low, trimmable(scalars[high - 1]) { high -= 1 }
        return low..<high
    }

    func text(_ range: Range<Int>) -> String {
        var result = ""
        result.unicodeScalars.append(contentsOf: scalars[range])
        return result
    }

    private func isCommaBefore(_ offset: Int) -> Bool {
        var index = offset - 1
        while index >= 0, scalars[index] == " " { index -= 1 }
        return index >= 0 && scalars[index] == ","
    }

    private func isSemicolonBefore(_ offset: Int) -> Bool {
        var index = offset - 1
        while index >= 0, scalars[index] == " " { index -= 1 }
        return index >= 0 && scalars[index] == ";"
    }

    // MARK: - Cutting

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        // ASCII first: Unicode property lookups dominate the scan otherwise.
        if scalar.value < 0x80 {
            let value = scalar.value | 0x20
            return (value >= 0x61 && value <= 0x7A) || (scalar.value >= 0x30 && scalar.value <= 0x39) || scalar == "%"
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    private static func words(in scalars: [Unicode.Scalar]) -> [Word] {
        var result: [Word] = []
        var index = 0
        while index < scalars.count {
            guard isWordScalar(scalars[index]) else {
                index += 1
                continue
            }
            let start = index
            // Inner hyphens, apostrophes and dots stay in the word: "rare-earth", "China's", "U.S".
            while index < scalars.count {
                let scalar = scalars[index]
                if isWordScalar(scalar) {
                    index += 1
                } else if ["-", "\u{2011}", "'", "\u{2019}", "."].contains(scalar), index + 1 < scalars.count,
                    isWordScalar(scalars[index + 1])
                {
                    index += 1
                } else {
                    break
                }
            }
            var text = ""
            text.unicodeScalars.append(contentsOf: scalars[start..<index])
            result.append(Word(start: start, end: index, lower: text.lowercased()))
        }
        return result
    }

    private static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt", "prof", "no", "co",
        "inc", "ltd", "corp", "jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec", "vs", "etc",
    ]

    private static func sentences(in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        func close(_ end: Int) {
            var low = start
            var high = end
            while low < high, scalars[low].properties.isWhitespace { low += 1 }
            while high > low, scalars[high - 1].properties.isWhitespace { high -= 1 }
            if low < high { result.append(low..<high) }
            start = end
        }
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\n" {
                close(index)
                start = index + 1
            } else if scalar == "." || scalar == "!" || scalar == "?" {
                var next = index + 1
                while next < scalars.count, ["\"", "\u{201D}", "\u{2019}", ")"].contains(scalars[next]) { next += 1 }
                if next < scalars.count, scalars[next] == " " {
                    var after = next
                    while after < scalars.count, scalars[after] == " " { after += 1 }
                    let capital =
                        after < scalars.count
                        && (scalars[after].properties.isUppercase || ["\"", "\u{201C}"].contains(scalars[after])
                            || scalars[after].properties.numericType != nil)
                    if capital && !(scalar == "." && endsAbbreviation(scalars, before: index)) {
                        close(next)
                    }
                }
            }
            index += 1
        }
        close(scalars.count)
        return result
    }

    /// Whether the word before the dot at `index` is a single letter ("U.S.") or a listed abbreviation.
    private static func endsAbbreviation(_ scalars: [Unicode.Scalar], before index: Int) -> Bool {
        var start = index
        while start > 0, scalars[start - 1].properties.isAlphabetic { start -= 1 }
        let length = index - start
        if length == 1 { return true }
        var word = ""
        word.unicodeScalars.append(contentsOf: scalars[start..<index])
        return abbreviations.contains(word.lowercased())
    }
}
