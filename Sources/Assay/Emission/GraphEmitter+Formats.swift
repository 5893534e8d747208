internal import Foundation

/// The serialisations a graph can be written in.
public enum GraphFormat: String, Sendable, CaseIterable {
    case jsonld
    case nquads
}

extension GraphEmitter {
    /// The graph in `format`, as bytes ready to write.
    public func serialize(_ format: GraphFormat) throws -> [UInt8] {
        var bytes: [UInt8] = []
        try write(format) { bytes.append(contentsOf: $0) }
        return bytes
    }

    /// Writes the graph in `format` piece by piece, a group of nodes at a time, so that neither the whole text nor
    /// every node is held at once.
    ///
    /// - Parameter sink: receives the bytes in order; what it throws stops the writing.
    public func write(_ format: GraphFormat, to sink: ([UInt8]) throws -> Void) throws {
        switch format {
        case .jsonld: try writeJSONLD(to: sink)
        case .nquads: try writeNQuads(to: sink)
        }
    }

    /// The graph as JSON-LD, in memory.
    public func jsonLD() throws -> [UInt8] { try serialize(.jsonld) }

    /// The graph as N-Quads, in memory.
    public func nQuads() -> [UInt8] {
        var bytes: [UInt8] = []
        // The sink below cannot throw.
        try? write(.nquads) { bytes.append(contentsOf: $0) }
        return bytes
    }

    // MARK: - JSON-LD

    /// A JSON-LD 1.1 document: the inline `@context` and a sorted `@graph`, pretty-printed with sorted keys.
    ///
    /// Written by hand rather than through `JSONSerialization`, which needs every node as a dictionary of `Any`
    /// first: at 9 300 documents that took more time and memory than building the graph.
    private func writeJSONLD(to sink: ([UInt8]) throws -> Void) throws {
        var out = JSONOutput()
        out.raw("{\n  \"@context\" : ")
        out.contextObject(GraphVocabulary.context(), indent: 2)
        out.raw(",\n  \"@graph\" : [")
        var first = true
        for group in nodeGroups() {
            for node in group() {
                out.raw(first ? "\n    {\n" : ",\n    {\n")
                first = false
                Self.writeMembers(of: node, to: &out)
                out.raw("    }")
            }
            try sink(out.bytes)
            out.bytes.removeAll(keepingCapacity: true)
        }
        out.raw("\n  ]\n}\n")
        try sink(out.bytes)
    }

    private static func writeMembers(of node: RDFNode, to out: inout JSONOutput) {
        var members: [(String, [String])] = [("@id", [out.quoted(node.id)])]
        let types = node.types.sorted().map { out.quoted($0) }
        members.append(("@type", types))
        for (term, values) in node.properties {
            guard let coercion = GraphVocabulary.properties[term]?.coercion else { continue }
            members.append((term, values.sorted().map { Self.json($0, coercion: coercion, &out) }))
        }
        members.sort { $0.0 < $1.0 }
        for (position, member) in members.enumerated() {
            out.raw("      ")
            out.raw(out.quoted(member.0))
            out.raw(" : ")
            if member.1.count == 1 {
                out.raw(member.1[0].replacingOccurrences(of: "\n", with: "\n      "))
            } else {
                out.raw("[\n")
                for (valueIndex, value) in member.1.enumerated() {
                    out.raw("        ")
                    out.raw(value.replacingOccurrences(of: "\n", with: "\n        "))
                    out.raw(valueIndex == member.1.count - 1 ? "\n" : ",\n")
                }
                out.raw("      ]")
            }
            out.raw(position == members.count - 1 ? "\n" : ",\n")
        }
    }

    /// One value as JSON text: a string, or a value object spread over lines as the writer lays objects out.
    private static func json(_ value: RDFValue, coercion: GraphVocabulary.Coercion, _ out: inout JSONOutput) -> String {
        switch (value, coercion) {
        case (.iri(let iri), _):
            return coercion == .id ? out.quoted(iri) : "{\n  \"@id\" : " + out.quoted(iri) + "\n}"
        case (.string(let text), _):
            return out.quoted(text)
        case (.typed(let text, let datatype), .typed(let expected)) where datatype == expected:
            return out.quoted(text)
        case (.typed(let text, let datatype), _):
            return "{\n  \"@type\" : " + out.quoted(datatype) + ",\n  \"@value\" : " + out.quoted(text) + "\n}"
        }
    }

    // MARK: - N-Quads

    /// The same triples as N-Quads lines in the default graph, sorted; each group's lines sort after the group
    /// before, as its subjects do.
    private func writeNQuads(to sink: ([UInt8]) throws -> Void) throws {
        let rdfType = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
        for group in nodeGroups() {
            var lines: [String] = []
            for node in group() {
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
            var bytes: [UInt8] = []
            for line in lines {
                bytes.append(contentsOf: line.utf8)
                bytes.append(0x0A)
            }
            try sink(bytes)
        }
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

/// The bytes of a JSON document under construction, with JSON string quoting.
struct JSONOutput {
    var bytes: [UInt8] = []

    mutating func raw(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// `text` as a JSON string: quote, backslash and control characters escaped, `/` and non-ASCII left as they are.
    func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\u{08}": result += "\\b"
            case "\u{0C}": result += "\\f"
            default:
                if scalar.value < 0x20 {
                    result += String(format: "\\u%04x", scalar.value)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    /// The `@context` object: its keys sorted, nested term definitions laid out like the rest.
    mutating func contextObject(_ context: [String: Any], indent: Int) {
        let pad = String(repeating: " ", count: indent)
        raw("{\n")
        let keys = context.keys.sorted()
        for (index, key) in keys.enumerated() {
            raw(pad + "  " + quoted(key) + " : ")
            if let text = context[key] as? String {
                raw(quoted(text))
            } else if let nested = context[key] as? [String: String] {
                raw("{\n")
                let nestedKeys = nested.keys.sorted()
                for (position, nestedKey) in nestedKeys.enumerated() {
                    raw(pad + "    " + quoted(nestedKey) + " : " + quoted(nested[nestedKey] ?? ""))
                    raw(position == nestedKeys.count - 1 ? "\n" : ",\n")
                }
                raw(pad + "  }")
            }
            raw(index == keys.count - 1 ? "\n" : ",\n")
        }
        raw(pad + "}")
    }
}
