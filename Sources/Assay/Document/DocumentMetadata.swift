/// What a document says about itself: title, publisher, dates, authors, address and language.
///
/// Every field is optional: plain text carries little of it, and a page may declare none. Dates are kept as the
/// ISO 8601 text the page gave (`2019-11-19`, `2019-11-19T10:00:00Z`) so that no time zone is invented.
public struct DocumentMetadata: Sendable, Codable, Hashable {
    public var title: String?
    /// The publishing site or organisation, e.g. `"Reuters"`.
    public var publisher: String?
    /// The publication date or date-time, ISO 8601.
    public var published: String?
    /// The last modification date or date-time, ISO 8601.
    public var modified: String?
    public var authors: [String]
    /// The canonical URL: the page's own `<link rel="canonical">` or `og:url`, else the URL it was fetched from.
    public var url: String?
    /// A BCP 47 language tag, e.g. `"en"` or `"en-GB"`.
    public var language: String?
    /// A short summary the page gives of itself (`og:description`, `<meta name="description">`).
    public var description: String?

    public init(
        title: String? = nil,
        publisher: String? = nil,
        published: String? = nil,
        modified: String? = nil,
        authors: [String] = [],
        url: String? = nil,
        language: String? = nil,
        description: String? = nil
    ) {
        self.title = title
        self.publisher = publisher
        self.published = published
        self.modified = modified
        self.authors = authors
        self.url = url
        self.language = language
        self.description = description
    }

    /// Fills every field that is still empty from `other`; fields already set win.
    public mutating func fillGaps(from other: DocumentMetadata) {
        title = title ?? other.title
        publisher = publisher ?? other.publisher
        published = published ?? other.published
        modified = modified ?? other.modified
        if authors.isEmpty { authors = other.authors }
        url = url ?? other.url
        language = language ?? other.language
        description = description ?? other.description
    }
}
