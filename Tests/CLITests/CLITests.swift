import Assay
import AssayTestSupport
import Foundation
import Testing

@Suite(.serialized) struct CLITests {
    @Test func runCleansEverySeedWithTheDefaultPipeline() throws {
        let scratch = try ScratchDirectory()
        let output = scratch.url.appendingPathComponent("seeds.jsonl").path
        let outcome = try CommandRunner.run(["run", "seeds", "-o", output])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let lines = try String(contentsOfFile: output, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 5)
        let records = try lines.map { try JSONDecoder().decode(DocumentRecord.self, from: Data($0.utf8)) }
        let seedNames = try Repository.seedFiles().map(\.lastPathComponent)
        #expect(records.map(\.id) == seedNames)
        for record in records {
            #expect(record.record == "assay.annotations")
            #expect(!(record.mentions ?? []).isEmpty)
            #expect(record.sha256.count == 64)
            #expect(record.text.count > 1000)
            #expect(record.sourceMap.cleanLength == record.text.unicodeScalars.count)
        }
        let rewrite = try #require(records.first { $0.id.hasPrefix("004_") })
        #expect(!rewrite.text.contains("Also Read"))
        #expect(!rewrite.text.contains("Manhunt for Minnesota"))
        #expect(!rewrite.text.contains("Leave a Reply"))
    }

    @Test func theSameInputGivesByteIdenticalOutput() throws {
        let first = try CommandRunner.run(["clean", "seeds", "--jobs", "2"])
        let second = try CommandRunner.run(["clean", "seeds", "--jobs", "1"])
        #expect(first.status == 0)
        #expect(first.standardOutput == second.standardOutput)
        #expect(!first.standardOutput.isEmpty)
    }

    @Test func badDocumentsAreReportedAndTheRestStillWritten() throws {
        let scratch = try ScratchDirectory()
        try scratch.write(
            "in/good.html",
            "<html><body><p>The ministry said exports rose by ten per cent in May.</p></body></html>"
        )
        try scratch.write("in/empty.txt", "")
        try scratch.write("in/binary.html", Data([0x00, 0x01, 0x02, 0xFF, 0x00, 0x10, 0x00, 0x00]))
        try scratch.write(
            "in/dump.jsonl",
            """
            {"id": "j1", "text": "Cobalt prices fell for a third week as supply from Congo recovered."}
            {"id": "j2", "text": broken
            {"id": "j3", "html": "<p>Lithium output in Chile rose in the second quarter, the agency said.</p>"}

            """
        )
        let output = scratch.url.appendingPathComponent("out.jsonl").path
        let outcome = try CommandRunner.run(["clean", scratch.url.appendingPathComponent("in").path, "-o", output])
        #expect(outcome.status == 1)
        #expect(outcome.standardError.contains("empty.txt"))
        #expect(outcome.standardError.contains("binary.html"))
        #expect(outcome.standardError.contains("dump.jsonl:2"))
        let ids = try String(contentsOfFile: output, encoding: .utf8).split(separator: "\n").map {
            try JSONDecoder().decode(DocumentRecord.self, from: Data($0.utf8)).id
        }
        #expect(ids == ["j1", "j3", "good.html"])
    }

    @Test func standardInputIsReadAsJSONLines() throws {
        let outcome = try CommandRunner.run(
            ["clean", "-"],
            input: #"{"id": "s1", "text": "Gallium exports resumed in March after a pause."}"# + "\n"
        )
        #expect(outcome.status == 0, "\(outcome.standardError)")
        #expect(outcome.standardOutput.contains(#""id":"s1""#))
    }

    @Test func aBadPipelineFileExitsTwoNamingTheLine() throws {
        let scratch = try ScratchDirectory()
        let pipeline = try scratch.write("bad.yaml", "stages:\n  - clean-html\n  - clean-everything\n")
        let outcome = try CommandRunner.run([
            "run", "--pipeline", pipeline, "seeds", "-o", scratch.url.path + "/x.jsonl",
        ])
        #expect(outcome.status == 2)
        #expect(outcome.standardError.contains("\(pipeline):3:5: unknown stage 'clean-everything'"))
        #expect(!FileManager.default.fileExists(atPath: scratch.url.path + "/x.jsonl"))
    }

    @Test func evaluateTimeMLRunsTheTimeMLPipelineUnlessToldOtherwise() throws {
        let scratch = try ScratchDirectory()
        let file = try scratch.write(
            "a.tml",
            """
            <TimeML><DOCID>a</DOCID>
            <DCT><TIMEX3 tid="t0" type="DATE" value="1998-03-02" functionInDocument="CREATION_TIME">03/02/1998</TIMEX3></DCT>
            <TEXT>Sales fell in <TIMEX3 tid="t1" type="DURATION" value="PXY">recent years</TIMEX3>; \
            <TIMEX3 tid="t2" type="DATE" value="PRESENT_REF">now</TIMEX3> the plant shuts for \
            <TIMEX3 tid="t3" type="DURATION" value="P90D">90 days</TIMEX3>.</TEXT></TimeML>
            """
        )
        let timeML = try CommandRunner.run(["evaluate", "timeml", file])
        #expect(timeML.status == 0, "\(timeML.standardError)")
        #expect(timeML.standardOutput.contains("gold=3 predicted=3"), "\(timeML.standardOutput)")
        #expect(timeML.standardOutput.contains("value F1=1.000"))
        let news = try CommandRunner.run(["evaluate", "timeml", file, "--pipeline", "Pipelines/news.yaml"])
        #expect(news.standardOutput.contains("gold=3 predicted=1"), "\(news.standardOutput)")
    }

    @Test func badUsageExitsTwo() throws {
        #expect(try CommandRunner.run(["clean", "--jobs", "0", "seeds"]).status == 2)
        #expect(try CommandRunner.run(["frobnicate"]).status == 2)
    }

    @Test func helpShowsExamples() throws {
        let outcome = try CommandRunner.run(["clean", "--help"])
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput.contains("Examples:"))
    }
}

@Suite(.serialized) struct ExtractCommandTests {
    @Test func standardInputGivesOneRecordPerLineIncludingErrors() throws {
        let input = """
            {"id": "a", "published": "2025-06-12", "text": "Treasury Secretary Scott Bessent met officials in London on Monday."}
            {"id": broken
            {"id": "c", "text": "China mines around 70 per cent of the world's rare earths."}

            """
        let outcome = try CommandRunner.run(["extract", "-"], input: input)
        #expect(outcome.status == 1)
        let lines = outcome.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        let first = try JSONDecoder().decode(DocumentRecord.self, from: Data(lines[0].utf8))
        #expect(first.record == "assay.annotations")
        let mentions = first.mentions ?? []
        #expect(mentions.contains { $0.type == .person && $0.name == "Scott Bessent" })
        #expect(mentions.contains { $0.type == .place && $0.text == "London" })
        #expect(mentions.contains { $0.type == .date && $0.value == "2025-06-09" })
        let error = try JSONDecoder().decode(ErrorRecord.self, from: Data(lines[1].utf8))
        #expect(error.record == "assay.error")
        #expect(error.id == "stdin:2")
        #expect(error.code == "malformed-record")
        let third = try JSONDecoder().decode(DocumentRecord.self, from: Data(lines[2].utf8))
        #expect(third.id == "c")
        #expect(third.mentions?.contains { $0.type == .percent && $0.value == "70" && $0.modifier == "approx" } == true)
    }

    @Test func aReferenceDateResolvesRelativeDates() throws {
        let input = #"{"id": "r", "text": "The tariff pause ends on Aug 10, officials said last week."}"# + "\n"
        let withReference = try CommandRunner.run(["extract", "-", "--reference-date", "2025-06-16"], input: input)
        #expect(withReference.standardOutput.contains(#""value":"2025-08-10""#))
        let without = try CommandRunner.run(["extract", "-"], input: input)
        #expect(without.standardOutput.contains(#""value":"--08-10""#))
    }
}
