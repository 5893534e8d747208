/// What kind of markup a document's source is.
public enum DocumentFormat: String, Sendable, Codable, Hashable {
    /// HTML or XHTML, cleaned by `clean-html`.
    case html
    /// Plain text, cleaned by `clean-text`.
    case text
}
