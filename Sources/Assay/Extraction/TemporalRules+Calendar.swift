extension TemporalRules {
    /// Day arithmetic on the proleptic Gregorian calendar, and TimeML value text.
    ///
    /// Days are counted from 1970-01-01 (day 0), with Howard Hinnant's `days_from_civil` / `civil_from_days`
    /// ("chrono-Compatible Low-Level Date Algorithms"), so no `Foundation.Calendar` is needed on the hot path.
    ///
    /// ```swift
    /// TemporalRules.Calendar.dayNumber(year: 2025, month: 6, day: 16)   // 20255
    /// TemporalRules.Calendar.weekValue(ofDay: 20255)                     // "2025-W25"
    /// ```
    enum Calendar {
        static func dayNumber(year: Int, month: Int, day: Int) -> Int {
            let y = month <= 2 ? year - 1 : year
            let era = (y >= 0 ? y : y - 399) / 400
            let yearOfEra = y - era * 400
            let shiftedMonth = month > 2 ? month - 3 : month + 9
            let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
            let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
            return era * 146_097 + dayOfEra - 719_468
        }

        static func civil(ofDay dayNumber: Int) -> (year: Int, month: Int, day: Int) {
            let z = dayNumber + 719_468
            let era = (z >= 0 ? z : z - 146_096) / 146_097
            let dayOfEra = z - era * 146_097
            let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
            let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
            let shiftedMonth = (5 * dayOfYear + 2) / 153
            let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
            let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
            return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
        }

        /// The ISO weekday, 1 (Monday) through 7 (Sunday); 1970-01-01 was a Thursday.
        static func weekday(ofDay dayNumber: Int) -> Int {
            ((dayNumber % 7 + 7 + 3) % 7) + 1
        }

        /// The ISO 8601 week-numbering year and week: the week belongs to the year of its Thursday.
        static func isoWeek(ofDay dayNumber: Int) -> (year: Int, week: Int) {
            let thursday = dayNumber - weekday(ofDay: dayNumber) + 4
            let year = civil(ofDay: thursday).year
            return (year, (thursday - Self.dayNumber(year: year, month: 1, day: 1)) / 7 + 1)
        }

        /// Easter Sunday of a Gregorian year, by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).
        static func easterDay(year: Int) -> Int {
            let a = year % 19
            let b = year / 100
            let c = year % 100
            let d = b / 4
            let e = b % 4
            let f = (b + 8) / 25
            let g = (b - f + 1) / 3
            let h = (19 * a + b - d - g + 15) % 30
            let i = c / 4
            let k = c % 4
            let l = (32 + 2 * e + 2 * i - h - k) % 7
            let m = (a + 11 * h + 22 * l) / 451
            let month = (h + l - 7 * m + 114) / 31
            let day = (h + l - 7 * m + 114) % 31 + 1
            return dayNumber(year: year, month: month, day: day)
        }

        static func isLeapYear(_ year: Int) -> Bool {
            (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        }

        static func daysInMonth(year: Int, month: Int) -> Int {
            switch month {
            case 2: return isLeapYear(year) ? 29 : 28
            case 4, 6, 9, 11: return 30
            default: return 31
            }
        }

        static func isValid(year: Int, month: Int, day: Int) -> Bool {
            (1...12).contains(month) && day >= 1 && day <= daysInMonth(year: year, month: month)
        }

        // MARK: - Value text

        /// `value` with at least `width` digits, zero-padded: `padded(8, 2)` is `"08"`.
        static func padded(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
        }

        static func yearValue(_ year: Int) -> String { padded(year, 4) }

        static func monthValue(year: Int, month: Int) -> String { "\(padded(year, 4))-\(padded(month, 2))" }

        static func dayValue(year: Int, month: Int, day: Int) -> String {
            "\(padded(year, 4))-\(padded(month, 2))-\(padded(day, 2))"
        }

        /// A day of a year the text does not fix, the ISO 8601 way: `--12-14`.
        static func yearlessDayValue(month: Int, day: Int) -> String { "--\(padded(month, 2))-\(padded(day, 2))" }

        static func dayValue(ofDay dayNumber: Int) -> String {
            let date = civil(ofDay: dayNumber)
            return dayValue(year: date.year, month: date.month, day: date.day)
        }

        static func weekValue(ofDay dayNumber: Int) -> String {
            let week = isoWeek(ofDay: dayNumber)
            return "\(padded(week.year, 4))-W\(padded(week.week, 2))"
        }

        /// A month index (`year * 12 + month - 1`) as `YYYY-MM`.
        static func monthValue(index: Int) -> String {
            monthValue(year: floorDivide(index, 12), month: index - floorDivide(index, 12) * 12 + 1)
        }

        /// A quarter index (`year * 4 + quarter - 1`) as `YYYY-Qn`.
        static func quarterValue(index: Int) -> String {
            let year = floorDivide(index, 4)
            return "\(padded(year, 4))-Q\(index - year * 4 + 1)"
        }

        static func floorDivide(_ value: Int, _ divisor: Int) -> Int {
            value >= 0 ? value / divisor : -((-value + divisor - 1) / divisor)
        }
    }
}
