/// The terms the graph uses: each key and type of the JSON-LD body, the IRI it stands for and how its values are
/// typed. One table feeds both the JSON-LD `@context` and the N-Quads writer, so the two cannot disagree.
///
/// There is no `@vocab`: a key that is not in this table is not a term, and a JSON-LD processor drops it, which the
/// test suite checks never happens.
enum GraphVocabulary {
    static let prefixes: [(String, String)] = [
        ("assay", "https://w3id.org/assay/ns#"),
        ("itsrdf", "http://www.w3.org/2005/11/its/rdf#"),
        ("nif", "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"),
        ("prov", "http://www.w3.org/ns/prov#"),
        ("schema", "http://schema.org/"),
        ("xsd", "http://www.w3.org/2001/XMLSchema#"),
    ]

    /// How a property's values are written.
    enum Coercion: Equatable {
        /// Node references: the JSON string is an IRI.
        case id
        /// Plain strings.
        case string
        /// Strings of one datatype, e.g. `xsd:integer`.
        case typed(String)
        /// Value objects with their own `@type`: the datatype varies from value to value.
        case valueObject
    }

    /// Property terms: term → (compact IRI, coercion).
    static let properties: [String: (iri: String, coercion: Coercion)] = [
        // schema.org
        "about": ("schema:about", .id),
        "affiliation": ("schema:affiliation", .id),
        "alternateName": ("schema:alternateName", .string),
        "appearance": ("schema:appearance", .id),
        "datePublished": ("schema:datePublished", .valueObject),
        "headline": ("schema:headline", .string),
        "identifier": ("schema:identifier", .string),
        "inLanguage": ("schema:inLanguage", .string),
        "jobTitle": ("schema:jobTitle", .string),
        "name": ("schema:name", .string),
        "publisherName": ("assay:publisherName", .string),
        "sameAs": ("schema:sameAs", .id),
        "softwareVersion": ("schema:softwareVersion", .string),
        "url": ("schema:url", .typed("xsd:anyURI")),
        "value": ("schema:value", .valueObject),
        // NIF and ITS
        "anchorOf": ("nif:anchorOf", .string),
        "beginIndex": ("nif:beginIndex", .typed("xsd:nonNegativeInteger")),
        "endIndex": ("nif:endIndex", .typed("xsd:nonNegativeInteger")),
        "isString": ("nif:isString", .string),
        "referenceContext": ("nif:referenceContext", .id),
        "taIdentRef": ("itsrdf:taIdentRef", .id),
        // PROV-O
        "used": ("prov:used", .id),
        "wasAssociatedWith": ("prov:wasAssociatedWith", .id),
        // Assay's own
        "agreement": ("assay:agreement", .string),
        "confidence": ("assay:confidence", .typed("xsd:double")),
        "contradictedBy": ("assay:contradictedBy", .id),
        "contradicts": ("assay:contradicts", .id),
        "declaredSource": ("assay:declaredSource", .id),
        "documentCount": ("assay:documentCount", .typed("xsd:integer")),
        "evidence": ("assay:evidence", .id),
        "factType": ("assay:factType", .string),
        "kind": ("assay:kind", .string),
        "lowerBound": ("assay:lowerBound", .typed("xsd:double")),
        "mentionType": ("assay:mentionType", .string),
        "merge": ("assay:merge", .id),
        "mergedMention": ("assay:mergedMention", .id),
        "mergeEvidence": ("assay:mergeEvidence", .string),
        "modifier": ("assay:modifier", .string),
        "normalizedValue": ("assay:normalizedValue", .valueObject),
        "property": ("assay:property", .string),
        "reason": ("assay:reason", .string),
        "rule": ("assay:rule", .string),
        "sha256": ("assay:sha256", .string),
        "source": ("assay:source", .id),
        "sourceBeginIndex": ("assay:sourceBeginIndex", .typed("xsd:nonNegativeInteger")),
        "sourceEndIndex": ("assay:sourceEndIndex", .typed("xsd:nonNegativeInteger")),
        "subject": ("assay:subject", .id),
        "supportCount": ("assay:supportCount", .typed("xsd:integer")),
        "upperBound": ("assay:upperBound", .typed("xsd:double")),
    ]

    /// Class terms: term → compact IRI.
    static let classes: [String: String] = [
        "Activity": "prov:Activity",
        "AdministrativeArea": "schema:AdministrativeArea",
        "City": "schema:City",
        "Claim": "schema:Claim",
        "CollegeOrUniversity": "schema:CollegeOrUniversity",
        "Context": "nif:Context",
        "Continent": "schema:Continent",
        "Corporation": "schema:Corporation",
        "Country": "schema:Country",
        "GovernmentOrganization": "schema:GovernmentOrganization",
        "Merge": "assay:Merge",
        "Mineral": "assay:Mineral",
        "NewsArticle": "schema:NewsArticle",
        "NewsMediaOrganization": "schema:NewsMediaOrganization",
        "Organization": "schema:Organization",
        "Person": "schema:Person",
        "Phrase": "nif:Phrase",
        "Place": "schema:Place",
        "ProvEntity": "prov:Entity",
        "SoftwareAgent": "prov:SoftwareAgent",
        "Source": "assay:Source",
        "SportsOrganization": "schema:SportsOrganization",
        "SportsTeam": "schema:SportsTeam",
        "State": "schema:State",
        "Thing": "schema:Thing",
        "Topic": "assay:Topic",
    ]

    /// `schema:name` → `http://schema.org/name`.
    static func expand(_ compact: String) -> String {
        for (prefix, iri) in prefixes where compact.hasPrefix(prefix + ":") {
            return iri + compact.dropFirst(prefix.count + 1)
        }
        return compact
    }

    /// The inline `@context`: prefixes, then every class and property term.
    static func context() -> [String: Any] {
        var context: [String: Any] = [:]
        for (prefix, iri) in prefixes { context[prefix] = iri }
        for (term, iri) in classes { context[term] = ["@id": iri] }
        for (term, definition) in properties {
            switch definition.coercion {
            case .id: context[term] = ["@id": definition.iri, "@type": "@id"]
            case .string, .valueObject: context[term] = ["@id": definition.iri]
            case .typed(let datatype): context[term] = ["@id": definition.iri, "@type": datatype]
            }
        }
        return context
    }
}
