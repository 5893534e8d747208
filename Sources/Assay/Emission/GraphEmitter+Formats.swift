internal import Foundation

/// The serialisations a graph can be written in.
public enum GraphFormat: String, Sendable, CaseIterable {
    case jsonld
    case nquads
}

extension GraphEmitter {
    /// The graph in `format`, as bytes ready to write.
    public func serialize(_ format: GraphFormat) throws -> [UInt8] {
        switch format {
        case .jsonld: return try jsonLD()
        case .nquads: return nQuads()
        }
    }

    // MARK: - JSON-LD

    /// A JSON-LD 1.1 document: the inline `@context` and a sorted `@graph`, pretty-printed with sorted keys.
    public func jsonLD() throws -> [UInt8] {
        var graphNodes: [[String: Any]] = []
        for node in nodes() {
            var object: [String: Any] = ["@id": node.id]
            let types = node.types.sorted()
            object["@type"] = types.count == 1 ? types[0] : types
            for (term, values) in node.properties {
                guard let coercion = GraphVocabulary.properties[term]?.coercion else { continue }
                let written = values.sorted().map { Self.json($0, coercion: coercion) }
                object[term] = written.count == 1 ? written[0] : written
            }
            graphNodes.append(object)
        }
        let document: [String: Any] = ["@context": GraphVocabulary.context(), "@graph": graphNodes]
        var data = try JSONSerialization.data(
            withJSONObject: document,
            options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        )
        data.append(0x0A)
        return [UInt8](data)
    }

    private static func json(_ value: RDFValue, coercion: GraphVocabulary.Coercion) -> Any {
        switch (value, coercion) {
        case (.iri(let iri), _):
            return coercion == .id ? iri : ["@id": iri]
        case (.string(let text), _):
            return text
        case (.typed(let text, let datatype), .typed(let expected)) where datatype == expected:
            return text
        case (.typed(let text, let datatype), _):
            return ["@value": text, "@type": datatype]
        }
    }

    // MARK: - N-Quads

    /// The same triples as N-Quads lines in the default graph, sorted.
    public func nQuads() -> [UInt8] {
        var lines: [String] = []
        let rdfType = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
        for node in nodes() {
            let subject = "<" + node.id + ">"
            for type in node.types {
                guard let iri = GraphVocabulary.classes[type] else { continue }
                lines.append("\(subject) \(rdfType) <\(GraphVocabulary.expand(iri))> .")
            }
            for (term, values) in node.properties {
                guard let definition = GraphVocabulary.properties[term] else { continue }
                let predicate = "<" + GraphVocabulary.expand(definition.iri) + ">"
                for value in values {
                    lines.append("\(subject) \(predicate) \(Self.nQuadsObject(value)) .")
                }
            }
        }
        lines.sort()
        return Array((lines.joined(separator: "\n") + "\n").utf8)
    }

    private static func nQuadsObject(_ value: RDFValue) -> String {
        switch value {
        case .iri(let iri): return "<" + iri + ">"
        case .string(let text): return quoted(text)
        case .typed(let text, let datatype): return quoted(text) + "^^<" + GraphVocabulary.expand(datatype) + ">"
        }
    }

    /// An N-Triples string literal: backslash, quote and line breaks escaped.
    private static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    result += String(format: "\\u%04X", scalar.value)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
