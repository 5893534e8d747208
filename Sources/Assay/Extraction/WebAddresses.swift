/// Web addresses in a text ("http://…/2019/11/05/…", "www.example.com"): they name and date nothing, so the extraction
/// stages find no mentions inside them.
enum WebAddresses {
    /// The stretches of `scalars` that are web addresses: from a scheme's "://", or a "www." after whitespace, back and
    /// forward to whitespace.
    static func stretches(in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var stretches: [Range<Int>] = []
        var position = 0
        while position + 3 < scalars.count {
            let isScheme = scalars[position] == ":" && scalars[position + 1] == "/" && scalars[position + 2] == "/"
            let isWWW =
                (scalars[position] == "w" || scalars[position] == "W") && scalars[position + 1] == scalars[position]
                && scalars[position + 2] == scalars[position] && scalars[position + 3] == "."
                && (position == 0 || scalars[position - 1].properties.isWhitespace)
            guard isScheme || isWWW else {
                position += 1
                continue
            }
            var start = position
            while start > 0, !scalars[start - 1].properties.isWhitespace { start -= 1 }
            var end = position
            while end < scalars.count, !scalars[end].properties.isWhitespace { end += 1 }
            stretches.append(start..<end)
            position = end
        }
        return stretches
    }

    /// Whether `text` holds "://" or "ww." in any case: a quick test over its bytes before the scan of its scalars.
    private static func mayHoldAddress(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.count >= 3 else { return false }
            for index in 0..<(bytes.count - 2) {
                let byte = bytes[index]
                if byte == UInt8(ascii: ":"), bytes[index + 1] == UInt8(ascii: "/"),
                    bytes[index + 2] == UInt8(ascii: "/")
                {
                    return true
                }
                if byte | 0x20 == UInt8(ascii: "w"), bytes[index + 1] == byte, bytes[index + 2] == UInt8(ascii: ".") {
                    return true
                }
            }
            return false
        }
    }

    /// `mentions` less those that start inside a web address of `text`: "2012/08/08" in
    /// "http://www.alaskapublic.org/2012/08/08/…" is no date of the story.
    static func removingMentions(_ mentions: [Mention], in text: String) -> [Mention] {
        guard !mentions.isEmpty, mayHoldAddress(text) else { return mentions }
        let stretches = stretches(in: Array(text.unicodeScalars))
        guard !stretches.isEmpty else { return mentions }
        return mentions.filter { mention in !stretches.contains { $0.contains(mention.start) } }
    }
}
