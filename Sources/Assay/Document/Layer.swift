/// A named part of a ``Document`` that a stage reads or fills in.
///
/// Layers are an open set of names, not an enum, so a new stage can add one without touching this file:
///
/// ```swift
/// extension Layer { public static let tokens = Layer("tokens") }
/// ```
public struct Layer: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The layer's name as pipeline diagnostics print it, e.g. `"text"`.
    public let name: String

    public init(_ name: String) {
        self.name = name
    }

    public var description: String { name }

    public static func < (lhs: Layer, rhs: Layer) -> Bool { lhs.name < rhs.name }

    /// The decoded source: HTML or plain text, as read. Every document starts with it.
    public static let source = Layer("source")
    /// The clean text and its map back to the source.
    public static let text = Layer("text")
    /// Title, publisher, publication date, authors, canonical URL and language.
    public static let metadata = Layer("metadata")
    /// Tokens and sentences of the clean text.
    public static let tokens = Layer("tokens")
    /// Entity mentions (people, organisations, places, minerals).
    public static let entities = Layer("entities")
    /// Value mentions (percentages, dates, durations).
    public static let values = Layer("values")
}
