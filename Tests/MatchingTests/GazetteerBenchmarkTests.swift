import Assay
import Foundation
import Testing

/// Parses a large generated gazetteer and checks the result; prints the time but asserts none, so it runs in
/// debug builds and on busy machines. `GAZETTEER_BENCHMARK_LINES=1000000 swift test -c release --filter
/// GazetteerBenchmark` measures the parser at full size.
@Suite struct GazetteerBenchmarkTests {
    static let lineCount =
        ProcessInfo.processInfo.environment["GAZETTEER_BENCHMARK_LINES"].flatMap { Int($0) }
        ?? 100_000

    static func line(_ number: Int) -> String {
        let kind = ["City", "Region", "State"][number % 3]
        return "assay:place/p\(number)\tPlace\t\(kind)\tPlace Number \(number)\tP\(number)|=PN\(number)|Lieu "
            + "\(number)\tcountry=wikidata:Q\(number % 200 + 1);population=\(number * 7)\n"
    }

    @Test func parsesALargeGazetteer() throws {
        let count = Self.lineCount
        var text = "# version: 1\nid\ttype\tkind\tname\taliases\tattributes\n"
        text.reserveCapacity(count * 110)
        for number in 0..<count { text += Self.line(number) }
        let directory = try TemporaryDirectory()
        try directory.write("big.tsv", text)

        let clock = ContinuousClock()
        let start = clock.now
        let gazetteer = try Gazetteer.load(directory: directory.url.path)
        let elapsed = clock.now - start
        print("Gazetteer: \(count) entries, \(text.utf8.count) bytes, loaded in \(elapsed)")

        #expect(gazetteer.entries.count == count)
        #expect(gazetteer.files.first?.entryCount == count)
        let last = try #require(gazetteer.entry(id: "assay:place/p\(count - 1)"))
        #expect(last.name == "Place Number \(count - 1)")
        #expect(last.aliases.count == 3)
        #expect(last.aliases[1] == .init(text: "PN\(count - 1)", caseSensitive: true))
        #expect(last.attributes["population"] == String((count - 1) * 7))
        #expect(gazetteer.entries[count / 2].kind == ["City", "Region", "State"][(count / 2) % 3])
    }
}
