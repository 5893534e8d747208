import Assay
import Foundation
import Testing

@Suite struct GazetteerParsingTests {
    static let header = "# version: 1\nid\ttype\tkind\tname\taliases\tattributes\n"

    @Test func parsesEveryColumn() throws {
        let text =
            Self.header
            + "wikidata:Q1819\tMineral\tRareEarthElement\tsamarium\t=Sm|samarium metal\tsymbol=Sm;number=62\n"
        let entries = try Gazetteer.parse(text, file: "minerals.tsv")
        let entry = try #require(entries.first)
        #expect(entries.count == 1)
        #expect(entry.id == "wikidata:Q1819")
        #expect(entry.type == .entity(.mineral))
        #expect(entry.type.mentionType == .mineral)
        #expect(entry.kind == "RareEarthElement")
        #expect(entry.name == "samarium")
        #expect(
            entry.aliases == [
                .init(text: "Sm", caseSensitive: true), .init(text: "samarium metal", caseSensitive: false),
            ]
        )
        #expect(entry.attributes == ["symbol": "Sm", "number": "62"])
    }

    @Test func readsDemonymsAndEmptyColumns() throws {
        let text =
            Self.header
            + "assay:demonym/chinese\tDemonym\tDemonym\tChinese\t\tcountry=wikidata:Q148\n"
            + "assay:place/gulf\tPlace\tRegion\tGulf region\t\t\n"
        let entries = try Gazetteer.parse(text, file: "demonyms.tsv")
        #expect(entries.map(\.type) == [.demonym, .entity(.place)])
        #expect(entries[0].type.mentionType == nil)
        #expect(entries[0].type.description == "Demonym")
        #expect(entries[1].aliases.isEmpty)
        #expect(entries[1].attributes.isEmpty)
    }

    @Test func skipsCommentsAndBlankLinesAndAcceptsCRLFAndBOM() throws {
        let text =
            "\u{FEFF}# version: 3\r\n# a comment\r\nid\ttype\tkind\tname\taliases\tattributes\r\n\r\n"
            + "# another comment\r\nassay:place/x\tPlace\tCity\tÉcole-sur-Mer\tEcole-sur-Mer\tcountry=wikidata:Q142\r\n"
        let entries = try Gazetteer.parse(text, file: "places.tsv")
        #expect(entries.map(\.name) == ["École-sur-Mer"])
        #expect(entries[0].attributes["country"] == "wikidata:Q142")
    }

    @Test func theNameIsMatchedIgnoringCaseUnlessListedWithEquals() throws {
        let text =
            Self.header
            + "assay:place/hit-iq\tPlace\tCity\tHit\t=Hit\t\n"
            + "wikidata:Q30\tPlace\tCountry\tUnited States\t=US|America\t\n"
        let entries = try Gazetteer.parse(text, file: "places.tsv")
        #expect(entries[0].names == [.init(text: "Hit", caseSensitive: true)])
        #expect(
            entries[1].names == [
                .init(text: "United States", caseSensitive: false), .init(text: "US", caseSensitive: true),
                .init(text: "America", caseSensitive: false),
            ]
        )
    }

    @Test(arguments: [
        ("assay:place/x\tPlace\tCity\tX\t\n", 3, "expected 6 tab-separated columns, found 5"),
        ("assay:place/x\tPlace\tCity\tX\t\t\t\n", 3, "expected 6 tab-separated columns, found 7"),
        ("Q30\tPlace\tCountry\tUnited States\t\t\n", 3, "id 'Q30' is neither"),
        ("wikidata:30\tPlace\tCountry\tUnited States\t\t\n", 3, "id 'wikidata:30' is neither"),
        ("wikidata:Q30x\tPlace\tCountry\tUnited States\t\t\n", 3, "id 'wikidata:Q30x' is neither"),
        ("assay:place/x\tPercent\tCity\tX\t\t\n", 3, "unknown type 'Percent'"),
        ("assay:place/x\tPlace\t\tX\t\t\n", 3, "empty kind"),
        ("assay:place/x\tPlace\tCity\t\t\t\n", 3, "empty name"),
        ("assay:place/x\tPlace\tCity\t X\t\t\n", 3, "the name has spaces at its start or end"),
        ("assay:place/x\tPlace\tCity\tX\ta||b\t\n", 3, "an empty alias"),
        ("assay:place/x\tPlace\tCity\tX\t=\t\n", 3, "an empty alias"),
        ("assay:place/x\tPlace\tCity\tX\ta |b\t\n", 3, "alias 'a ' has spaces"),
        ("assay:place/x\tPlace\tCity\tX\t\tcountry\n", 3, "attribute 'country' is not key=value"),
        ("assay:place/x\tPlace\tCity\tX\t\t=FR\n", 3, "attribute '=FR' is not key=value"),
        ("assay:place/x\tPlace\tCity\tX\t\ta=1;a=2\n", 3, "attribute 'a' given twice"),
        ("\nassay:place/x\tPlace\tCity\tX\t\t\nassay:place/y\tPlace\tCity\tY\n", 5, "found 4"),
    ])
    func mistakesNameTheFileAndLine(line: String, number: Int, message: String) throws {
        let error = try #require(throws: GazetteerError.self) {
            try Gazetteer.parse(Self.header + line, file: "Gazetteers/places.tsv")
        }
        #expect(error.file == "Gazetteers/places.tsv")
        #expect(error.line == number)
        #expect(error.message.contains(message), "\(error)")
        #expect(error.description.hasPrefix("Gazetteers/places.tsv:\(number): "))
    }

    @Test(arguments: [
        ("id\ttype\tkind\tname\taliases\tattributes\n", 1, "expected a '# version: N' line before the header"),
        ("# version: 1\nid\ttype\tkind\tname\taliases\n", 2, "expected the header"),
        (
            "# version: one\nid\ttype\tkind\tname\taliases\tattributes\n", 1,
            "the version must be a positive whole number"
        ),
        ("# version: 1\n# version: 2\nid\ttype\tkind\tname\taliases\tattributes\n", 2, "a second '# version:' line"),
    ])
    func headerMistakesNameTheLine(text: String, number: Int, message: String) throws {
        let error = try #require(throws: GazetteerError.self) { try Gazetteer.parse(text, file: "g.tsv") }
        #expect(error.line == number)
        #expect(error.message.contains(message), "\(error)")
    }

    @Test func aFileWithoutHeaderOrVersionIsAnError() throws {
        let noVersion = try #require(throws: GazetteerError.self) { try Gazetteer.parse("# hello\n", file: "g.tsv") }
        #expect(noVersion.line == nil)
        #expect(noVersion.description == "g.tsv: no '# version: N' line")
        let noHeader = try #require(throws: GazetteerError.self) {
            try Gazetteer.parse("# version: 1\n", file: "g.tsv")
        }
        #expect(noHeader.description == "g.tsv: no header line")
    }

    @Test func invalidUTF8NamesTheLine() throws {
        var bytes = Array((Self.header + "assay:place/x\tPlace\tCity\t").utf8)
        bytes += [0xC3, 0x28]
        bytes += Array("\t\t\n".utf8)
        let directory = try TemporaryDirectory()
        let path = directory.url.appendingPathComponent("bad.tsv").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let error = try #require(throws: GazetteerError.self) { try Gazetteer.load(files: [path]) }
        #expect(error.line == 3)
        #expect(error.message == "the line is not valid UTF-8")
    }
}

@Suite struct GazetteerLoadingTests {
    @Test func loadsEveryTSVFileInNameOrderWithHashes() throws {
        let directory = try TemporaryDirectory()
        let header = GazetteerParsingTests.header
        let places = header + "wikidata:Q148\tPlace\tCountry\tChina\t=PRC\tiso=CN\n"
        let people = header + "assay:person/x\tPerson\tPerson\tX Y\t\trole=Minister\n"
        try directory.write("places.tsv", places)
        try directory.write("people.tsv", people)
        try directory.write("README.md", "not a gazetteer")

        let gazetteer = try Gazetteer.load(directory: directory.url.path)
        #expect(gazetteer.files.map(\.name) == ["people.tsv", "places.tsv"])
        #expect(gazetteer.entries.map(\.id) == ["assay:person/x", "wikidata:Q148"])
        #expect(gazetteer.files.map(\.entryCount) == [1, 1])
        #expect(gazetteer.files.allSatisfy { $0.version == 1 && $0.sha256.count == 64 })
        #expect(gazetteer.entry(id: "wikidata:Q148")?.name == "China")
        #expect(gazetteer.entry(id: "wikidata:Q1") == nil)
        #expect(gazetteer.sha256.count == 64)

        // Changing a file changes its hash and the gazetteer's.
        try directory.write("people.tsv", people + "assay:person/z\tPerson\tPerson\tZ\t\t\n")
        let changed = try Gazetteer.load(directory: directory.url.path)
        #expect(changed.files[0].sha256 != gazetteer.files[0].sha256)
        #expect(changed.files[1].sha256 == gazetteer.files[1].sha256)
        #expect(changed.sha256 != gazetteer.sha256)
    }

    @Test func aFilesHashIsTheSHA256OfItsBytes() throws {
        let directory = try TemporaryDirectory()
        let text = GazetteerParsingTests.header
        try directory.write("a.tsv", text)
        let gazetteer = try Gazetteer.load(directory: directory.url.path)
        // printf '# version: 1\nid\ttype\tkind\tname\taliases\tattributes\n' | sha256sum
        #expect(gazetteer.files[0].sha256 == "c5132d5f25877d4cd9b15ba74e48bbe4bf5dd266dc70219e7e5daba932562db2")
    }

    @Test func anIDInTwoFilesNamesBothPlaces() throws {
        let directory = try TemporaryDirectory()
        let header = GazetteerParsingTests.header
        try directory.write("a.tsv", header + "wikidata:Q148\tPlace\tCountry\tChina\t\t\n")
        try directory.write("b.tsv", header + "# c\nwikidata:Q148\tPlace\tCountry\tChina\t\t\n")
        let error = try #require(throws: GazetteerError.self) { try Gazetteer.load(directory: directory.url.path) }
        #expect(error.file.hasSuffix("b.tsv"))
        #expect(error.line == 4)
        #expect(error.message.contains("duplicate id 'wikidata:Q148', first at "))
        #expect(error.message.hasSuffix("a.tsv:3"))
    }

    @Test func aMissingFolderOrFileIsAnError() throws {
        let folder = try #require(throws: GazetteerError.self) { try Gazetteer.load(directory: "/nonexistent/gaz") }
        #expect(folder.file == "/nonexistent/gaz")
        let file = try #require(throws: GazetteerError.self) { try Gazetteer.load(files: ["/nonexistent/a.tsv"]) }
        #expect(file.description == "/nonexistent/a.tsv: cannot read the file")
    }
}

/// A fresh folder under the system's temporary folder, removed when the value goes away.
final class TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("gazetteer-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func write(_ name: String, _ text: String) throws {
        try Data(text.utf8).write(to: url.appendingPathComponent(name))
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }
}
