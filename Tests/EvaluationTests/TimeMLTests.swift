import Assay
import Testing

/// A TimeML file written for these tests (TempEval-3's layout, text of our own).
let timeMLSample = """
    <?xml version="1.0" ?>
    <TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
    <DOCID>sample</DOCID>
    <DCT><TIMEX3 tid="t0" type="DATE" value="2025-06-12" temporalFunction="false" functionInDocument="CREATION_TIME">June 12, 2025</TIMEX3></DCT>
    <TEXT>
    Officials met on <TIMEX3 tid="t1" type="DATE" value="2025-06-11">Wednesday</TIMEX3> &amp; agreed to a \
    <TIMEX3 tid="t2" type="DURATION" value="P90D">90-day</TIMEX3> pause.
    </TEXT>
    </TimeML>
    """

@Suite struct TimeMLTests {
    @Test func readsTextTimexesAndCreationTime() throws {
        let document = try TimeMLDocument(markup: timeMLSample, file: "sample.tml")
        #expect(document.creationTime == "2025-06-12")
        #expect(document.timexes.count == 2)
        let scalars = Array(document.text.unicodeScalars)
        let first = document.timexes[0]
        #expect(String(String.UnicodeScalarView(scalars[first.start..<first.end])) == "Wednesday")
        #expect(document.text.contains("& agreed"))
        #expect(document.timexes[1].value == "P90D")
    }

    @Test func rejectsFilesWithoutText() {
        #expect(throws: TimeMLDocument.FormatError.self) { try TimeMLDocument(markup: "<TimeML/>", file: "x.tml") }
    }

    @Test func scoresStrictRelaxedAndValueMatches() throws {
        let document = try TimeMLDocument(markup: timeMLSample, file: "sample.tml")
        let wednesday = document.timexes[0]
        var exact = Mention(start: wednesday.start, end: wednesday.end, text: "Wednesday", type: .date)
        exact.value = "2025-06-11"
        let pause = document.timexes[1]
        var wider = Mention(start: pause.start, end: pause.end + 6, text: "90-day pause", type: .duration)
        wider.value = "P3M"
        let scores = TimexScorer.score(gold: document.timexes, predicted: [exact, wider])
        #expect(scores.strict == 1)
        #expect(scores.relaxed == 2)
        #expect(scores.valueCorrect == 1)
        #expect(abs(scores.valueF1 - 0.5) < 1e-9)
    }
}
