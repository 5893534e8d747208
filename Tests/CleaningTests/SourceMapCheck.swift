import Assay
import Foundation
import Testing

/// Checks the offset-map invariant: each clean character maps back to the same character in the source, or to
/// whitespace for whitespace, or (HTML) to an entity reference that decodes to it, or to source characters whose
/// NFC form holds it, or (an inserted break) to nothing.
enum SourceMapCheck {
    static func verify(
        _ document: Document,
        allowsEntityReferences: Bool = true,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let text = try #require(document.text, sourceLocation: sourceLocation)
        let clean = Array(text.string.unicodeScalars)
        let source = Array(document.source.unicodeScalars)
        #expect(text.sourceMap.cleanLength == clean.count, sourceLocation: sourceLocation)
        var failures = 0
        for (offset, scalar) in clean.enumerated() {
            let range = text.sourceMap.sourceRange(ofCharacterAt: offset)
            #expect(range.lowerBound >= 0 && range.upperBound <= source.count, sourceLocation: sourceLocation)
            let original = String(String.UnicodeScalarView(source[range]))
            if Self.accepts(clean: scalar, original: original, allowsEntityReferences: allowsEntityReferences) {
                continue
            }
            failures += 1
            if failures <= 5 {
                Issue.record(
                    "clean character \(offset) \(String(scalar).debugDescription) maps to \(original.debugDescription)",
                    sourceLocation: sourceLocation
                )
            }
        }
    }

    static func accepts(clean: Unicode.Scalar, original: String, allowsEntityReferences: Bool) -> Bool {
        if original.isEmpty { return clean == "\n" }
        if original.unicodeScalars.count == 1, original.unicodeScalars.first == clean { return true }
        let isReference = allowsEntityReferences && original.hasPrefix("&")
        if clean.properties.isWhitespace {
            return original.unicodeScalars.allSatisfy(\.properties.isWhitespace) || isReference
        }
        if isReference {
            let decoded = Self.decodeReference(original)
            return decoded == nil || decoded == clean
        }
        // NFC: several source characters composed into one.
        return original.precomposedStringWithCanonicalMapping.unicodeScalars.contains(clean)
    }

    /// Decodes numeric references; named ones are accepted as they are (libxml2 knows the HTML 4 table).
    static func decodeReference(_ reference: String) -> Unicode.Scalar? {
        let body = reference.dropFirst().prefix { $0 != ";" }
        if body.hasPrefix("#x") || body.hasPrefix("#X") {
            return UInt32(body.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
        }
        if body.hasPrefix("#") {
            return UInt32(body.dropFirst()).flatMap(Unicode.Scalar.init)
        }
        return nil
    }
}
