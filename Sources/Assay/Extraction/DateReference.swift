/// The day relative expressions ("last week", "Aug 10", "Monday") resolve against: usually the publication date.
///
/// Kept as a plain calendar day, with no time of day or zone: the first ten characters of an ISO 8601 date or
/// date-time are all that matter.
///
/// ```swift
/// let reference = ReferenceDate(iso8601: "2025-06-16T10:00:00Z")   // 2025-06-16
/// reference?.weekday                                             // 1 (Monday)
/// ```
///
/// The type lives in `DateReference.swift` so that every file of the date rules shares the `Date…` prefix.
public struct ReferenceDate: Sendable, Hashable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// A valid day of the proleptic Gregorian calendar, or `nil` (`2025-02-30` is not one).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...TemporalRules.Calendar.daysInMonth(year: year, month: month)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Reads `YYYY-MM-DD` from the start of an ISO 8601 date or date-time; anything after the tenth character (a
    /// time, a zone) is ignored.
    ///
    /// - Parameter text: `"2025-06-16"`, `"2025-06-16T10:00:00Z"`, `" 2025-06-16 "`.
    /// - Returns: the day, or `nil` when the text does not start with a valid date.
    public init?(iso8601 text: String) {
        var digits: [Int] = []
        var separators = 0
        for byte in text.utf8.drop(while: { $0 == 0x20 }).prefix(10) {
            if byte >= 0x30 && byte <= 0x39 {
                digits.append(Int(byte - 0x30))
            } else if byte == 0x2D && (digits.count == 4 || digits.count == 6) {
                separators += 1
            } else {
                return nil
            }
        }
        guard digits.count == 8, separators == 2 else { return nil }
        let year = digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3]
        // Pages without a date often print a placeholder such as 0001-01-01: no reference at all is better.
        guard year >= 1000 else { return nil }
        self.init(year: year, month: digits[4] * 10 + digits[5], day: digits[6] * 10 + digits[7])
    }

    /// `YYYY-MM-DD`.
    public var description: String { TemporalRules.Calendar.dayValue(year: year, month: month, day: day) }

    /// The ISO weekday: 1 for Monday through 7 for Sunday.
    public var weekday: Int { TemporalRules.Calendar.weekday(ofDay: dayNumber) }

    /// Days since 1970-01-01.
    var dayNumber: Int { TemporalRules.Calendar.dayNumber(year: year, month: month, day: day) }
}
