internal import Foundation

/// Normalises the dates pages declare to ISO 8601 text, keeping the precision given.
///
/// ```swift
/// ISODate.normalize("2019-11-19T10:05:00+0000")   // "2019-11-19T10:05:00+00:00"
/// ISODate.normalize("Tue, 19 Nov 2019 10:05 GMT") // "2019-11-19T10:05:00Z"
/// ISODate.fromURL("https://x.com/2019/11/19/story") // "2019-11-19"
/// ```
enum ISODate {
    static func normalize(_ value: String) -> String? {
        let text = value.trimmingCharacters(in: .whitespacesAndNewlines)
        let scalars = Array(text.unicodeScalars)
        func digits(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= scalars.count else { return nil }
            var number = 0
            for index in range {
                let value = scalars[index].value
                guard value >= 0x30 && value <= 0x39 else { return nil }
                number = number * 10 + Int(value - 0x30)
            }
            return number
        }
        // YYYY-MM-DD, optionally followed by a time.
        if let year = digits(0..<4), scalars.count >= 10, scalars[4] == "-", let month = digits(5..<7),
            scalars[7] == "-", let day = digits(8..<10), (1...12).contains(month), (1...31).contains(day)
        {
            let date = String(format: "%04d-%02d-%02d", year, month, day)
            guard scalars.count >= 16, scalars[10] == "T" || scalars[10] == " ", let hour = digits(11..<13),
                scalars[13] == ":", let minute = digits(14..<16)
            else { return date }
            var result = date + String(format: "T%02d:%02d", hour, minute)
            var position = 16
            if scalars.count >= 19, scalars[16] == ":", let second = digits(17..<19) {
                result += String(format: ":%02d", second)
                position = 19
                // Fractions of a second are dropped: no page means them.
                while position < scalars.count, scalars[position] == "." || digits(position..<(position + 1)) != nil {
                    position += 1
                }
            } else {
                result += ":00"
            }
            let zone = String(String.UnicodeScalarView(scalars[position...])).trimmingCharacters(in: .whitespaces)
            if zone == "Z" || zone == "z" || zone.uppercased() == "UTC" || zone.uppercased() == "GMT" {
                result += "Z"
            } else if let normalizedZone = Self.zone(zone) {
                result += normalizedZone
            }
            return result
        }
        return rfc2822(text)
    }

    /// `+0000`, `+00:00`, `-05` → `+00:00`, `-05:00`.
    private static func zone(_ text: String) -> String? {
        guard let sign = text.first, sign == "+" || sign == "-" else { return nil }
        let digits = text.dropFirst().filter(\.isNumber)
        guard digits.count == 4 || digits.count == 2 else { return nil }
        let hours = digits.prefix(2)
        let minutes = digits.count == 4 ? digits.suffix(2) : "00"
        return "\(sign)\(hours):\(minutes)"
    }

    private static func rfc2822(_ text: String) -> String? {
        // Only text with both letters (a month or weekday) and digits can be such a date; skip the formatter
        // otherwise, since creating one is costly.
        guard text.contains(where: \.isLetter), text.contains(where: \.isNumber), text.count < 40 else { return nil }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        for format in [
            "EEE, dd MMM yyyy HH:mm:ss zzz", "EEE, dd MMM yyyy HH:mm zzz", "dd MMM yyyy HH:mm:ss zzz",
            "MMMM d, yyyy", "MMM d, yyyy", "d MMMM yyyy",
        ] {
            formatter.dateFormat = format
            if let date = formatter.date(from: text) {
                let output = DateFormatter()
                output.locale = Locale(identifier: "en_US_POSIX")
                output.timeZone = TimeZone(identifier: "UTC")
                output.dateFormat = format.contains("HH") ? "yyyy-MM-dd'T'HH:mm:ss'Z'" : "yyyy-MM-dd"
                return output.string(from: date)
            }
        }
        return nil
    }

    /// A date written into a URL path, as many news sites do: `/2019/11/19/`, `/2019-11-19/`, `/20191119/`.
    static func fromURL(_ url: String) -> String? {
        let parts = url.split(whereSeparator: { $0 == "/" || $0 == "?" || $0 == "#" }).map(String.init)
        for (index, part) in parts.enumerated() {
            if part.count == 4, let year = Int(part), (1990...2100).contains(year), index + 2 < parts.count,
                parts[index + 1].count <= 2, let month = Int(parts[index + 1]), (1...12).contains(month),
                let day = Int(parts[index + 2].prefix(2).filter(\.isNumber)), (1...31).contains(day)
            {
                return String(format: "%04d-%02d-%02d", year, month, day)
            }
            if part.count >= 10, part.utf8.prefix(4).allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
                part.utf8.dropFirst(4).first == 0x2D, let date = normalize(String(part.prefix(10))), date.count == 10,
                let year = Int(date.prefix(4)), (1990...2100).contains(year)
            {
                return date
            }
        }
        return nil
    }
}
