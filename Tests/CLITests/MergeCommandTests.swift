import Assay
import AssayTestSupport
import Foundation
import Testing

@Suite(.serialized) struct MergeCommandTests {
    @Test func mergingStoredRecordsBuildsTheGraphRunBuilds() throws {
        let scratch = try ScratchDirectory()
        let direct = scratch.url.appendingPathComponent("direct.jsonld").path
        let records = scratch.url.appendingPathComponent("seeds.jsonl").path
        let merged = scratch.url.appendingPathComponent("merged.jsonld").path
        let run = try CommandRunner.run(["run", "seeds", "-o", direct])
        #expect(run.status == 0, "\(run.standardError)")
        let extract = try CommandRunner.run(["extract", "seeds", "-o", records])
        #expect(extract.status == 0, "\(extract.standardError)")
        let merge = try CommandRunner.run(["merge", records, "-o", merged])
        #expect(merge.status == 0, "\(merge.standardError)")
        let first = try Data(contentsOf: URL(fileURLWithPath: direct))
        #expect(first.count > 10_000)
        #expect(first == (try Data(contentsOf: URL(fileURLWithPath: merged))))
    }

    @Test func nQuadsAreChosenByFlagOrExtension() throws {
        let scratch = try ScratchDirectory()
        let byName = scratch.url.appendingPathComponent("graph.nq").path
        let outcome = try CommandRunner.run(["run", "seeds", "-o", byName, "--base", "https://example.org/kg/"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let lines = try String(contentsOfFile: byName, encoding: .utf8).split(separator: "\n")
        #expect(lines.count > 1000)
        #expect(lines.allSatisfy { $0.hasPrefix("<https://example.org/kg/") && $0.hasSuffix(" .") })
        let byFlag = try CommandRunner.run(["run", "seeds", "-f", "nquads"])
        #expect(byFlag.standardOutput.split(separator: "\n").count == lines.count)
    }

    @Test func aBadRecordLineIsReportedAndTheOthersStillMerged() throws {
        let scratch = try ScratchDirectory()
        let records = scratch.url.appendingPathComponent("records.jsonl").path
        let extract = try CommandRunner.run(["extract", "seeds", "-o", records])
        #expect(extract.status == 0)
        var lines = try String(contentsOfFile: records, encoding: .utf8).split(separator: "\n").map(String.init)
        lines.insert("{\"record\": \"assay.annotations\", \"id\": 7}", at: 2)
        lines.append(lines[0])
        try (lines.joined(separator: "\n") + "\n").write(toFile: records, atomically: true, encoding: .utf8)
        let graph = scratch.url.appendingPathComponent("graph.jsonld").path
        let merge = try CommandRunner.run(["merge", records, "-o", graph])
        #expect(merge.status == 1)
        #expect(merge.standardError.contains("records.jsonl:3: not an annotation record"))
        #expect(merge.standardError.contains("records.jsonl:7: document id '000_6a43909ec3ef73d7.txt' already read"))
        let written = try String(contentsOfFile: graph, encoding: .utf8)
        #expect(written.components(separatedBy: "\"@type\" : [\n        \"Context\",").count - 1 == 5)
    }

    @Test func aBadGraphOptionPointsAtItsLine() throws {
        let scratch = try ScratchDirectory()
        let pipeline = try scratch.write(
            "p.yaml",
            "name: p\nstages:\n  - clean-text\n  - tokenize\n  - extract-entities\ngraph:\n  tolerance: 2\n"
        )
        let outcome = try CommandRunner.run(["run", "--pipeline", pipeline, "seeds", "-o", scratch.path + "/g.jsonld"])
        #expect(outcome.status == 2)
        #expect(outcome.standardError.contains("p.yaml:7"))
        #expect(outcome.standardError.contains("tolerance"))
    }
}
