import Assay
import AssayTestSupport
import Foundation
import Testing

@Suite struct InputReaderTests {
    // MARK: - Files and directories

    @Test func aDirectoryIsReadRecursivelyInByteOrderOfPathWithRelativeIDs() throws {
        let directory = try ScratchDirectory()
        for name in ["a.txt", "a-b.txt", "a/x.txt", "B.txt", "sub/deep/c.HTM", "sub/page.xhtml"] {
            try directory.write("text of \(name)", to: name)
        }
        try directory.write("hidden", to: ".hidden.txt")
        try directory.write("hidden", to: ".git/inside.txt")
        try directory.write("not read", to: "notes.pdf")
        try directory.write("not read", to: "sub/image.png")

        var iterator = InputReader(paths: [directory.path]).makeIterator()
        var items: [InputItem] = []
        while let item = iterator.next() { items.append(item) }

        #expect(items.failures.isEmpty)
        // Byte order of the full path: "B" < "a-" < "a." < "a/" < "sub/d" < "sub/p".
        #expect(
            items.documents.map(\.id) == ["B.txt", "a-b.txt", "a.txt", "a/x.txt", "sub/deep/c.HTM", "sub/page.xhtml"]
        )
        #expect(items.documents.map(\.format) == [.text, .text, .text, .text, .html, .html])
        #expect(items.documents.first?.origin == DocumentOrigin(path: directory.path + "/B.txt"))
        #expect(iterator.skippedFileCount == 2)
    }

    @Test func skippedFilesAreReportedToTheCallback() throws {
        let directory = try ScratchDirectory()
        try directory.write("read", to: "a.txt")
        let skippedPath = try directory.write("not read", to: "b.docx")
        let skipped = PathLog()
        let reader = InputReader(paths: [directory.path], onSkippedFile: { skipped.append($0) })

        #expect(Array(reader).documents.map(\.id) == ["a.txt"])
        #expect(skipped.paths == [skippedPath])
    }

    @Test func aDirectoryGivenWithATrailingSlashGivesTheSameIDs() throws {
        let directory = try ScratchDirectory()
        try directory.write("text", to: "sub/a.txt")

        let items = Array(InputReader(paths: [directory.path + "/"]))
        #expect(items.documents.map(\.id) == ["sub/a.txt"])
        #expect(items.documents.first?.origin.path == directory.path + "/sub/a.txt")
    }

    @Test func anExplicitFileIsNamedByItsLastPathComponent() throws {
        let directory = try ScratchDirectory()
        let path = try directory.write([0x48, 0x69], to: "deep/er/Page.Html")

        let items = Array(InputReader(paths: [path]))
        #expect(items.documents.map(\.id) == ["Page.Html"])
        #expect(items.documents.first?.format == .html)
        #expect(items.documents.first?.origin == DocumentOrigin(path: path))
        guard case .bytes(let bytes)? = items.documents.first?.content else {
            Issue.record("expected bytes")
            return
        }
        #expect(bytes == [0x48, 0x69])
    }

    @Test func anExplicitFileWithAnUnknownExtensionIsUnsupported() throws {
        let directory = try ScratchDirectory()
        let path = try directory.write("%PDF-1.4", to: "report.pdf")

        let failures = Array(InputReader(paths: [path])).failures
        #expect(failures.map(\.code) == [.unsupportedInput])
        #expect(failures.first?.message.contains(path) == true)
    }

    @Test func aMissingPathIsUnreadableAndReadingGoesOn() throws {
        let directory = try ScratchDirectory()
        let present = try directory.write("text", to: "present.txt")
        let missing = directory.path + "/missing.txt"

        let items = Array(InputReader(paths: [missing, present]))
        #expect(items.failures.map(\.code) == [.unreadable])
        #expect(items.failures.first?.message.hasPrefix(missing + ":") == true)
        #expect(items.documents.map(\.id) == ["present.txt"])
    }

    @Test func aDuplicateIDIsAFailureNamingBothOrigins() throws {
        let directory = try ScratchDirectory()
        let first = try directory.write("one", to: "one/a.txt")
        let second = try directory.write("two", to: "two/a.txt")

        let items = Array(InputReader(paths: [first, second]))
        #expect(items.documents.map(\.origin.path) == [first])
        let failure = try #require(items.failures.first)
        #expect(failure.code == .duplicateID)
        #expect(failure.code.rawValue == "duplicate-id")
        #expect(failure.documentID == "a.txt")
        #expect(failure.message.contains(first) && failure.message.contains(second))
    }

    @Test func aSymbolicLinkBackToAnEnclosingDirectoryIsNotFollowedForever() throws {
        let directory = try ScratchDirectory()
        try directory.write("text", to: "sub/a.txt")
        try FileManager.default.createSymbolicLink(atPath: directory.path + "/sub/loop", withDestinationPath: "..")
        try FileManager.default.createSymbolicLink(
            atPath: directory.path + "/broken.txt",
            withDestinationPath: "nowhere.txt"
        )

        let items = Array(InputReader(paths: [directory.path]))
        #expect(items.documents.map(\.id) == ["sub/a.txt"])
        #expect(items.failures.map(\.code) == [.unreadable])
        #expect(items.failures.first?.documentID == "broken.txt")
    }

    @Test func filesAreOpenedOnlyWhenTheIterationReachesThem() throws {
        let directory = try ScratchDirectory()
        try directory.write("one", to: "1.txt")
        let second = try directory.write("two", to: "2.txt")

        var iterator = InputReader(paths: [directory.path]).makeIterator()
        guard case .document(let first)? = iterator.next() else {
            Issue.record("expected the first document")
            return
        }
        #expect(first.id == "1.txt")
        try FileManager.default.removeItem(atPath: second)
        guard case .failure(let error)? = iterator.next() else {
            Issue.record("expected a failure for the file removed after the listing")
            return
        }
        #expect(error.code == .unreadable)
        #expect(error.documentID == "2.txt")
        #expect(iterator.next() == nil)
    }

    // MARK: - JSON Lines

    @Test func aMalformedLineIsOneFailureNamingFileAndLineAndReadingGoesOn() throws {
        let directory = try ScratchDirectory()
        let lines = [
            #"{"id": "first", "html": "<p>One</p>"}"#,
            "",
            #"{"id": "broken", "html": "<p>Two</p>""#,
            #"{"id": "empty-handed", "url": "https://example.com/"}"#,
            #"{"text": "No id here"}"#,
            #"{"id": 42, "text": "Numeric id"}"#,
            #"[1, 2, 3]"#,
        ]
        let path = try directory.write(lines.joined(separator: "\n") + "\n", to: "dump.jsonl")

        let items = Array(InputReader(paths: [path]))
        #expect(items.documents.map(\.id) == ["first", "dump.jsonl:5", "42"])
        #expect(items.documents.map(\.origin) == [1, 5, 6].map { DocumentOrigin(path: path, line: $0) })
        let failures = items.failures
        #expect(failures.map(\.code) == [.malformedRecord, .malformedRecord, .malformedRecord])
        #expect(failures[0].message.hasPrefix("\(path):3: not valid JSON: "))
        #expect(failures[1].message == "\(path):4: neither \"html\" nor \"text\"")
        #expect(failures[1].documentID == "empty-handed")
        #expect(failures[2].message == "\(path):7: not a JSON object")
    }

    @Test func recordFieldsBecomeContentAndMetadata() throws {
        let directory = try ScratchDirectory()
        let lines = [
            #"{"id": "a", "url": "https://example.com/a", "html": "<p>A</p>", "text": "A", "published": "2019-11-19", "publisher": "Reuters", "title": "Rates"}"#,
            #"{"id": "b", "text": "B", "source": "AP"}"#,
            #"{"id": "c", "text": "C", "source": {"id": null, "name": "BBC"}, "title": 7}"#,
        ]
        let path = try directory.write(lines.joined(separator: "\r\n"), to: "meta.jsonl")

        let documents = Array(InputReader(paths: [path])).documents
        try #require(documents.count == 3)
        #expect(documents[0].format == .html)
        guard case .text(let html) = documents[0].content else {
            Issue.record("expected text content")
            return
        }
        #expect(html == "<p>A</p>")
        #expect(
            documents[0].metadata
                == DocumentMetadata(
                    title: "Rates",
                    publisher: "Reuters",
                    published: "2019-11-19",
                    url: "https://example.com/a"
                )
        )
        #expect(documents[1].format == .text)
        #expect(documents[1].metadata.publisher == "AP")
        #expect(documents[2].metadata.publisher == "BBC")
        #expect(documents[2].metadata.title == nil)
    }

    @Test func aByteOrderMarkAndBlankLinesInADumpAreSkipped() throws {
        let directory = try ScratchDirectory()
        let bytes: [UInt8] =
            [0xEF, 0xBB, 0xBF] + Array("{\"text\": \"one\"}\n  \t\r\n\n{\"id\": \"\", \"text\": \"two\"}".utf8)
        let path = try directory.write(bytes, to: "dump.JSONL")

        let items = Array(InputReader(paths: [path]))
        #expect(items.failures.isEmpty)
        #expect(items.documents.map(\.id) == ["dump.JSONL:1", "dump.JSONL:4"])
    }

    @Test func aLineWithInvalidUTF8IsAFailureNamingFileAndLine() throws {
        let directory = try ScratchDirectory()
        var bytes = Array(#"{"id": "good", "text": "fine"}"#.utf8) + [0x0A]
        bytes += Array(#"{"id": "bad", "text": "caf"#.utf8) + [0xE9] + Array(#""}"#.utf8) + [0x0A]
        bytes += Array(#"{"id": "after", "text": "also fine"}"#.utf8)
        let path = try directory.write(bytes, to: "latin.jsonl")

        let items = Array(InputReader(paths: [path]))
        #expect(items.documents.map(\.id) == ["good", "after"])
        #expect(items.failures.count == 1)
        #expect(items.failures.first?.message.hasPrefix("\(path):2: invalid UTF-8") == true)
    }

    @Test func idsOfRecordsInADirectoryAreUniqueAcrossDumps() throws {
        let directory = try ScratchDirectory()
        try directory.write(#"{"id": "x", "text": "one"}"#, to: "a.jsonl")
        try directory.write(#"{"id": "x", "text": "two"}"#, to: "b.jsonl")

        let items = Array(InputReader(paths: [directory.path]))
        #expect(items.documents.map(\.origin.path) == [directory.path + "/a.jsonl"])
        #expect(items.failures.map(\.code) == [.duplicateID])
        #expect(items.failures.first?.message.contains("a.jsonl:1") == true)
    }

    @Test func aDashReadsJSONLinesFromStandardInput() throws {
        let pipe = Pipe()
        pipe.fileHandleForWriting.write(
            Data("{\"id\": \"in-1\", \"text\": \"From a pipe\"}\n{\"text\": \"No id\"}\n".utf8)
        )
        try pipe.fileHandleForWriting.close()
        let input = pipe.fileHandleForReading

        let documents = Array(InputReader(paths: ["-"], standardInput: { input })).documents
        #expect(documents.map(\.id) == ["in-1", "stdin:2"])
        #expect(documents.map(\.origin) == [DocumentOrigin(path: "-", line: 1), DocumentOrigin(path: "-", line: 2)])
    }

    // MARK: - gzip

    @Test func aGzippedPageIsDecompressed() throws {
        let documents = Array(InputReader(paths: [try fixturePath("hello.html.gz")])).documents
        #expect(documents.map(\.id) == ["hello.html.gz"])
        #expect(documents.first?.format == .html)
        guard case .bytes(let bytes)? = documents.first?.content else {
            Issue.record("expected bytes")
            return
        }
        #expect(bytes == Array("<html><body><p>Hello, café</p></body></html>\n".utf8))
    }

    @Test func everyMemberOfAMultiMemberGzipFileIsRead() throws {
        let documents = Array(InputReader(paths: [try fixturePath("multi-member.txt.gz")])).documents
        guard case .bytes(let bytes)? = documents.first?.content else {
            Issue.record("expected bytes")
            return
        }
        #expect(String(decoding: bytes, as: UTF8.self) == "first member\nsecond member\n")
    }

    @Test(arguments: ["truncated.html.gz", "not-gzip.txt.gz"])
    func aDamagedGzipFileIsACorruptCompressionFailure(name: String) throws {
        let path = try fixturePath(name)
        let items = Array(InputReader(paths: [path]))
        #expect(items.documents.isEmpty)
        let failure = try #require(items.failures.first)
        #expect(failure.code == .corruptCompression)
        #expect(failure.documentID == name)
        #expect(failure.message.hasPrefix(path + ": "))
    }

    @Test func aTruncatedGzipFileSaysWhereItEnds() throws {
        let path = try fixturePath("truncated.html.gz")
        let size = try #require(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
        let failure = try #require(Array(InputReader(paths: [path])).failures.first)
        #expect(failure.message == "\(path): compressed data ends early after \(size) bytes")
    }

    @Test func aGzippedDumpIsStreamed() throws {
        let documents = Array(InputReader(paths: [try fixturePath("dump.jsonl.gz")])).documents
        #expect(documents.map(\.id) == ["a", "b"])
        #expect(documents.map(\.format) == [.text, .html])
        #expect(documents.last?.metadata.publisher == "Reuters")
    }

    @Test func linesBeforeTheDamageInADumpAreReadBeforeTheFailure() throws {
        let path = try fixturePath("damaged.jsonl.gz")
        let items = Array(InputReader(paths: [path]))
        // `zcat damaged.jsonl.gz` recovers 116 whole lines before "unexpected end of file".
        #expect(items.documents.count == 116)
        #expect(items.documents.map(\.id) == (1...116).map { String(format: "r%03d", $0) })
        guard case .failure(let error)? = items.last else {
            Issue.record("expected the failure last")
            return
        }
        #expect(error.code == .corruptCompression)
        #expect(error.message.hasPrefix("\(path): compressed data ends early after "))
        #expect(items.failures.count == 1)
    }
}

/// Collects the paths a callback reports, from any thread.
private final class PathLog: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [String] = []

    var paths: [String] { lock.withLock { storage } }

    func append(_ path: String) {
        lock.withLock { storage.append(path) }
    }
}
