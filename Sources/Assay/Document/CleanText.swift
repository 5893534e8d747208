/// The text a cleaner kept, with its map back to the source.
///
/// Paragraphs are separated by a blank line (`"\n\n"`); whitespace inside a paragraph is collapsed to single spaces,
/// except line breaks the source marked (`<br>`), which stay as `"\n"`.
public struct CleanText: Sendable, Hashable, Codable {
    public var string: String
    public var sourceMap: SourceMap
    /// How many blocks (HTML) or lines (plain text) the cleaner dropped as boilerplate.
    public var removedBlocks: Int

    public init(string: String, sourceMap: SourceMap, removedBlocks: Int = 0) {
        self.string = string
        self.sourceMap = sourceMap
        self.removedBlocks = removedBlocks
    }
}
