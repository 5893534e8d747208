/// A compact element tree built from libxml2's SAX events, with every text run tied to its source bytes.
///
/// Nodes live in one array in document order (a parent always comes before its children), so bottom-up passes are
/// a reverse loop. Text is kept as UTF-8 in one buffer; ``pieces`` say where each stretch of it stands in the
/// source.
struct HTMLTree {
    struct Node {
        var tag: HTMLTag
        var isText: Bool
        var flags: Flags = []
        var parent: Int32
        var firstChild: Int32 = -1
        var lastChild: Int32 = -1
        var nextSibling: Int32 = -1
        /// Text nodes: byte range in ``text``; elements: unused.
        var textStart: Int32 = 0
        var textEnd: Int32 = 0
        /// Text nodes: range in ``pieces``.
        var pieceStart: Int32 = 0
        var pieceEnd: Int32 = 0
        /// Elements: byte range in ``hints`` of the lower-cased `class` and `id`, space-separated.
        var hintStart: Int32 = 0
        var hintEnd: Int32 = 0
        /// Byte offset in the source after the start tag (elements) or at the start of the text (text nodes).
        var sourceStart: Int32 = 0
        /// Byte offset in the source where the element ended.
        var sourceEnd: Int32 = 0
    }

    struct Flags: OptionSet {
        let rawValue: UInt16
        /// `hidden`, `aria-hidden="true"`, or an inline style hiding it.
        static let hidden = Flags(rawValue: 1 << 0)
        /// `role` is navigation, banner, contentinfo, complementary, search, dialog, alert, menu or menubar.
        static let boilerplateRole = Flags(rawValue: 1 << 1)
        /// `role="main"` or `role="article"`.
        static let mainRole = Flags(rawValue: 1 << 2)
        /// `itemprop="articleBody"` (schema.org microdata) or a `property="articleBody"`.
        static let articleBody = Flags(rawValue: 1 << 3)
        /// An `<a>` with an `href`.
        static let link = Flags(rawValue: 1 << 4)
        /// `itemprop` marks an author, date or publisher: metadata, not body text.
        static let metadataItem = Flags(rawValue: 1 << 5)
    }

    /// A stretch of ``text`` and where it came from in the source.
    struct Piece {
        var textStart: Int32
        var textEnd: Int32
        /// Byte offset in the source where the stretch stands unchanged, or the start of the source range it was
        /// decoded from as a whole when `aligned` is false (an entity reference).
        var sourceStart: Int32
        var sourceEnd: Int32
        var aligned: Bool
    }

    var nodes: [Node] = []
    var text: [UInt8] = []
    var pieces: [Piece] = []
    var hints: [UInt8] = []
    /// Attributes kept in full for the few elements metadata comes from (`meta`, `link`, `html`, `time`, `script`,
    /// `base`), by node index.
    var attributes: [Int32: [(name: String, value: String)]] = [:]
    /// The contents of `<script type="application/ld+json">` elements, in document order.
    var jsonLD: [String] = []
    /// The text of the first `<title>`.
    var title: String?

    init() {
        nodes.reserveCapacity(4096)
        text.reserveCapacity(32 * 1024)
        pieces.reserveCapacity(2048)
        hints.reserveCapacity(16 * 1024)
        // Node 0 is the document root.
        nodes.append(Node(tag: .other, isText: false, parent: -1))
    }

    /// The lower-cased `class` and `id` of an element.
    func hintBytes(_ index: Int) -> ArraySlice<UInt8> {
        let node = nodes[index]
        return hints[Int(node.hintStart)..<Int(node.hintEnd)]
    }

    func attribute(_ name: String, of index: Int) -> String? {
        attributes[Int32(index)]?.first { $0.name == name }?.value
    }

    /// Calls `body` for each child of `index`, in order.
    func forEachChild(of index: Int, _ body: (Int) -> Void) {
        var child = nodes[index].firstChild
        while child >= 0 {
            body(Int(child))
            child = nodes[Int(child)].nextSibling
        }
    }

    /// The text of a subtree, unaligned, for judging it (not for output).
    func plainText(of index: Int) -> String {
        var bytes: [UInt8] = []
        collectText(index, into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    private func collectText(_ index: Int, into bytes: inout [UInt8]) {
        let node = nodes[index]
        if node.isText {
            bytes.append(contentsOf: text[Int(node.textStart)..<Int(node.textEnd)])
            return
        }
        if node.tag.isNeverContent { return }
        if node.tag.isBlock || node.tag == .br { bytes.append(0x20) }
        forEachChild(of: index) { collectText($0, into: &bytes) }
    }
}
