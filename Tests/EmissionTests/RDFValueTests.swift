import Testing

@testable import Assay

@Suite struct RDFValueTests {
    @Test(arguments: [
        ("2025-08-10", RDFValue.typed("2025-08-10", datatype: "xsd:date")),
        ("2025-08", .typed("2025-08", datatype: "xsd:gYearMonth")),
        ("2025", .typed("2025", datatype: "xsd:gYear")),
        ("--08-10", .typed("--08-10", datatype: "xsd:gMonthDay")),
        ("2019-11-19T10:00:00Z", .typed("2019-11-19T10:00:00Z", datatype: "xsd:dateTime")),
        // TimeML forms XML Schema has no type for, and dates no RDF tool reads, stay strings.
        ("2019-11-17TNI", .string("2019-11-17TNI")),
        ("XXXX-05", .string("XXXX-05")),
        ("2025-W10", .string("2025-W10")),
        ("0000-12-26", .string("0000-12-26")),
        ("2025-13-01", .string("2025-13-01")),
    ])
    func datesAreTypedByTheirShape(text: String, expected: RDFValue) {
        #expect(RDFValue.date(text) == expected)
    }

    @Test func durationsWithUnknownAmountsStayStrings() {
        #expect(RDFValue.duration("P90D") == .typed("P90D", datatype: "xsd:duration"))
        #expect(RDFValue.duration("PXW") == .string("PXW"))
    }
}
