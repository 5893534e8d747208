internal import Foundation

/// Reads a page's metadata from its `<head>`, JSON-LD and markup: title, publisher, dates, authors, canonical URL,
/// language and description.
///
/// Each field takes the first source that has it, in order of reliability: structured data the publisher maintains
/// for search engines and social sites (Open Graph, JSON-LD) before generic `<meta>` names, before markup.
enum MetadataExtractor {
    static func extract(from tree: HTMLTree) -> DocumentMetadata {
        var found = Found()
        for (index, attributes) in tree.attributes.sorted(by: { $0.key < $1.key }) {
            let tag = tree.nodes[Int(index)].tag
            switch tag {
            case .meta: found.meta(attributes)
            case .link: found.link(attributes)
            case .html:
                if let lang = attributes.first(where: { $0.name == "lang" || $0.name == "xml:lang" })?.value {
                    found.set(\.language, lang, rank: 2)
                }
            case .time:
                if let datetime = attributes.first(where: { $0.name == "datetime" })?.value {
                    found.set(\.published, datetime, rank: 6)
                }
            default: break
            }
        }
        // Only article and page descriptions feed the metadata; pages also carry JSON-LD for their organisation,
        // breadcrumbs and search box, which is not worth parsing.
        for script in tree.jsonLD where Self.mentionsArticleOrPage(script) {
            found.jsonLD(script)
        }
        if let title = tree.title {
            found.set(\.title, title, rank: 5)
        }

        var metadata = DocumentMetadata()
        metadata.title = found.title?.value.collapsingWhitespace
        metadata.publisher = found.publisher?.value.collapsingWhitespace
        metadata.published = found.published.flatMap { ISODate.normalize($0.value) }
        metadata.modified = found.modified.flatMap { ISODate.normalize($0.value) }
        metadata.authors = found.authors
        metadata.url = found.url?.value
        metadata.language = found.language.map { Self.languageTag($0.value) }
        metadata.description = found.description?.value.collapsingWhitespace
        if metadata.published == nil, let url = metadata.url {
            metadata.published = ISODate.fromURL(url)
        }
        return metadata
    }

    /// Whether a JSON-LD script names a type ``Found/jsonLD(_:)`` reads: `…Article`, `BlogPosting`, `Report` or
    /// `WebPage` (a byte search, cheaper than parsing).
    static func mentionsArticleOrPage(_ script: String) -> Bool {
        let bytes = Array(script.utf8)
        for needle in ["Article", "BlogPosting", "Report", "WebPage"] {
            let pattern = Array(needle.utf8)
            guard bytes.count >= pattern.count else { continue }
            var index = 0
            while index <= bytes.count - pattern.count {
                if bytes[index] == pattern[0], bytes[index..<(index + pattern.count)].elementsEqual(pattern) {
                    return true
                }
                index += 1
            }
        }
        return false
    }

    /// `en_US` → `en-US`.
    static func languageTag(_ value: String) -> String {
        value.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "_", with: "-")
    }

    /// Candidates for each field with the rank of their source (lower wins; ties keep the first seen).
    private struct Found {
        struct Candidate {
            var value: String
            var rank: Int
        }

        var title: Candidate?
        var publisher: Candidate?
        var published: Candidate?
        var modified: Candidate?
        var url: Candidate?
        var language: Candidate?
        var description: Candidate?
        var authors: [String] = []
        var authorRank = Int.max

        mutating func set(_ field: WritableKeyPath<Found, Candidate?>, _ value: String, rank: Int) {
            let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty else { return }
            if let current = self[keyPath: field], current.rank <= rank { return }
            self[keyPath: field] = Candidate(value: trimmed, rank: rank)
        }

        mutating func addAuthors(_ names: [String], rank: Int) {
            let names = names.map { $0.collapsingWhitespace }.filter {
                !$0.isEmpty && !$0.hasPrefix("http") && $0.count < 100
            }
            guard !names.isEmpty, rank <= authorRank else { return }
            if rank < authorRank {
                authors = []
                authorRank = rank
            }
            for name in names where !authors.contains(name) {
                authors.append(name)
            }
        }

        mutating func meta(_ attributes: [(name: String, value: String)]) {
            let key =
                (attributes.first { $0.name == "property" || $0.name == "name" || $0.name == "itemprop" }?
                .value ?? "").lowercased()
            let httpEquiv = attributes.first { $0.name == "http-equiv" }?.value.lowercased()
            guard let content = attributes.first(where: { $0.name == "content" })?.value else { return }
            if httpEquiv == "content-language" {
                set(\.language, content.split(separator: ",").first.map(String.init) ?? content, rank: 3)
            }
            switch key {
            case "og:title", "twitter:title": set(\.title, content, rank: 1)
            case "headline", "dc.title": set(\.title, content, rank: 3)
            case "og:site_name": set(\.publisher, content, rank: 1)
            case "application-name", "publisher", "dc.publisher", "twitter:site":
                set(\.publisher, content.hasPrefix("@") ? String(content.dropFirst()) : content, rank: 4)
            case "article:published_time", "og:article:published_time", "datepublished", "article.published",
                "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.created", "pubdate", "publishdate",
                "publish-date", "date", "dc.date", "article:published", "cxenseparse:recs:publishtime":
                set(\.published, content, rank: key.hasPrefix("article:") || key == "datepublished" ? 1 : 4)
            case "article:modified_time", "og:updated_time", "datemodified", "dcterms.modified", "last-modified":
                set(\.modified, content, rank: 1)
            case "author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl":
                if !content.hasPrefix("http") {
                    let cleaned = content.hasPrefix("By ") ? String(content.dropFirst(3)) : content
                    addAuthors(cleaned.components(separatedBy: CharacterSet(charactersIn: ",;")), rank: 3)
                }
            case "og:url": set(\.url, content, rank: 2)
            case "og:locale", "language", "dc.language": set(\.language, content, rank: 4)
            case "og:description", "twitter:description": set(\.description, content, rank: 1)
            case "description", "dc.description": set(\.description, content, rank: 2)
            default: break
            }
        }

        mutating func link(_ attributes: [(name: String, value: String)]) {
            guard let rel = attributes.first(where: { $0.name == "rel" })?.value.lowercased(),
                let href = attributes.first(where: { $0.name == "href" })?.value
            else { return }
            if rel.split(separator: " ").contains("canonical") {
                set(\.url, href, rank: 1)
            }
        }

        mutating func jsonLD(_ script: String) {
            guard let data = script.data(using: .utf8),
                let object = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            else { return }
            for item in Self.flatten(object) {
                let types = Self.types(of: item)
                let isArticle = types.contains { $0.hasSuffix("Article") || $0 == "BlogPosting" || $0 == "Report" }
                let isPage = types.contains { $0 == "WebPage" }
                guard isArticle || isPage else { continue }
                let rank = isArticle ? 2 : 5
                if let headline = item["headline"] as? String { set(\.title, headline, rank: rank) }
                if let date = item["datePublished"] as? String { set(\.published, date, rank: rank) }
                if let date = item["dateModified"] as? String { set(\.modified, date, rank: rank) }
                if let language = item["inLanguage"] as? String { set(\.language, language, rank: 3) }
                if let description = item["description"] as? String { set(\.description, description, rank: 3) }
                if let url = (item["url"] as? String) ?? (item["mainEntityOfPage"] as? [String: Any])?["@id"] as? String
                {
                    set(\.url, url, rank: 3)
                }
                if let publisher = Self.names(item["publisher"]).first { set(\.publisher, publisher, rank: 2) }
                let authors = Self.names(item["author"])
                if !authors.isEmpty { addAuthors(authors, rank: 1) }
            }
        }

        private static func flatten(_ object: Any) -> [[String: Any]] {
            if let array = object as? [Any] { return array.flatMap(flatten) }
            guard let dictionary = object as? [String: Any] else { return [] }
            var result = [dictionary]
            if let graph = dictionary["@graph"] { result += flatten(graph) }
            return result
        }

        private static func types(of item: [String: Any]) -> [String] {
            if let type = item["@type"] as? String { return [type] }
            return item["@type"] as? [String] ?? []
        }

        private static func names(_ value: Any?) -> [String] {
            switch value {
            case let name as String: return [name]
            case let object as [String: Any]: return (object["name"] as? String).map { [$0] } ?? []
            case let array as [Any]: return array.flatMap { names($0) }
            default: return []
            }
        }
    }
}

extension String {
    /// The string with runs of whitespace collapsed to single spaces and the ends trimmed.
    var collapsingWhitespace: String {
        split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
