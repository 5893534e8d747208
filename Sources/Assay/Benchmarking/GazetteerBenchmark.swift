internal import Dispatch
internal import Foundation

/// Times a synthetic gazetteer of any size through the path `extract-entities` takes: parse the TSV file, build the
/// token-trie matcher, then match texts of growing length, to show that loading takes seconds and matching grows
/// linearly with the text.
///
/// ```swift
/// let report = try GazetteerBenchmark.run(entries: 1_000_000, textTokens: [10_000, 100_000])
/// report.loadSeconds + report.buildSeconds  // a few seconds
/// ```
public enum GazetteerBenchmark {
    public struct Report: Sendable {
        public var entries: Int
        public var fileBytes: Int
        public var loadSeconds: Double
        public var buildSeconds: Double
        /// (tokens in the text, matches found, seconds).
        public var matching: [(tokens: Int, matches: Int, seconds: Double)]
        public var peakMegabytes: Double
    }

    /// One synthetic entry: a place with three aliases (one case-sensitive) and two attributes.
    static func line(_ number: Int) -> String {
        let kind = ["City", "Region", "State"][number % 3]
        return "assay:place/p\(number)\tPlace\t\(kind)\tPlace Number \(number)\tP\(number)|=PN\(number)|Lieu "
            + "\(number)\tcountry=wikidata:Q\(number % 200 + 1);population=\(number * 7)\n"
    }

    public static func run(entries: Int, textTokens: [Int], directory: String) throws -> Report {
        var text = "# version: 1\nid\ttype\tkind\tname\taliases\tattributes\n"
        text.reserveCapacity(entries * 110)
        for number in 0..<entries { text += line(number) }
        let path = directory + "/benchmark.tsv"
        try text.write(toFile: path, atomically: true, encoding: .utf8)

        let start = DispatchTime.now()
        let gazetteer = try Gazetteer.load(files: [path])
        let loaded = DispatchTime.now()
        let lexicon = EntityLexicon(gazetteer)
        let built = DispatchTime.now()

        // Prose with a known name every few words, so matching does real work.
        let tokenizer = Tokenizer()
        var matching: [(tokens: Int, matches: Int, seconds: Double)] = []
        for target in textTokens {
            var prose = ""
            var number = 0
            while prose.utf8.count < target * 6 {
                prose += "Officials in Place Number \(number * 7919 % max(entries, 1)) said the talks with PN\(number) "
                prose += "would resume near Lieu \(number) next week. "
                number += 1
            }
            let tokens = tokenizer.tokenize(prose)
            let matchStart = DispatchTime.now()
            let found = lexicon.find(in: tokens)
            let matched = DispatchTime.now()
            matching.append((tokens.tokens.count, found.count, seconds(from: matchStart, to: matched)))
        }
        return Report(
            entries: gazetteer.entries.count,
            fileBytes: text.utf8.count,
            loadSeconds: seconds(from: start, to: loaded),
            buildSeconds: seconds(from: loaded, to: built),
            matching: matching,
            peakMegabytes: CleaningBenchmark.peakMemoryMegabytes()
        )
    }

    private static func seconds(from start: DispatchTime, to end: DispatchTime) -> Double {
        Double(end.uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    }
}
