/// One line of a JSON Lines dump: `{"id": …, "url": …, "html": … or "text": …, "published": …, "publisher": …,
/// "title": …}`.
///
/// ```json
/// {"id": "reuters-1", "url": "https://…", "html": "<html>…", "published": "2019-11-19", "publisher": "Reuters"}
/// ```
///
/// `id` is a string or an integer; `html` wins over `text` when both are present; `source` is an alias for
/// `publisher` and may also be an object with a `name` (`{"source": {"name": "Reuters"}}`, as news APIs write it).
/// Unknown keys are ignored, and so are metadata values of the wrong type (a numeric `title`): losing a title is
/// better than losing the article. A wrong `id`, `html` or `text` is a ``Problem``.
struct JSONLinesRecord: Decodable {
    /// What is wrong with a record that is valid JSON, e.g. `neither "html" nor "text"`.
    struct Problem: Error {
        var message: String
        /// The record's id, when it had a valid one.
        var id: String?
    }

    var id: String?
    var format: DocumentFormat
    var content: String
    var metadata: DocumentMetadata

    private enum Key: String, CodingKey {
        case id, url, html, text, published, publisher, source, title, name
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        if container.contains(.id), try !container.decodeNil(forKey: .id) {
            if let string = try? container.decode(String.self, forKey: .id) {
                id = string.isEmpty ? nil : string
            } else if let integer = try? container.decode(Int64.self, forKey: .id) {
                id = String(integer)
            } else {
                throw Problem(message: "\"id\" is neither a string nor an integer")
            }
        }
        if let html = try Self.content(container, .html, id: id) {
            (format, content) = (.html, html)
        } else if let text = try Self.content(container, .text, id: id) {
            (format, content) = (.text, text)
        } else {
            throw Problem(message: "neither \"html\" nor \"text\"", id: id)
        }

        func string(_ key: Key) -> String? { (try? container.decodeIfPresent(String.self, forKey: key)) ?? nil }
        let sourceName =
            string(.source)
            ?? (try? container.nestedContainer(keyedBy: Key.self, forKey: .source).decodeIfPresent(
                String.self,
                forKey: .name
            )) ?? nil
        metadata = DocumentMetadata(
            title: string(.title),
            publisher: string(.publisher) ?? sourceName,
            published: string(.published),
            url: string(.url)
        )
    }

    private static func content(
        _ container: KeyedDecodingContainer<Key>,
        _ key: Key,
        id: String?
    ) throws -> String? {
        guard container.contains(key), try !container.decodeNil(forKey: key) else { return nil }
        guard let string = try? container.decode(String.self, forKey: key) else {
            throw Problem(message: "\"\(key.rawValue)\" is not a string", id: id)
        }
        return string
    }
}
