private import CLibXML2

/// Parses HTML with libxml2's SAX interface into an ``HTMLTree`` whose text is tied to source offsets.
///
/// libxml2 builds no tree of its own here: the callbacks record elements and text into Swift arrays, and the
/// parser's cursor (`ctxt->input->cur`) at each callback tells where in the source the text stood.
///
/// ```swift
/// let tree = HTMLParser.parse(utf8: buffer)   // buffer: the decoded source as UTF-8
/// ```
enum HTMLParser {
    /// > HTML_PARSE_RECOVER: "Relaxed parsing"; HTML_PARSE_NONET: "Forbid network access";
    /// > HTML_PARSE_IGNORE_ENC: "ignore internal document encoding hint".
    /// Assay decodes the bytes itself (so offsets count the decoded source) and always hands over UTF-8; a `<meta
    /// charset>` must not make libxml2 convert again. The HTML parser never loads external entities or DTDs.
    static let options: Int32 = Int32(
        HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_IGNORE_ENC.rawValue
    )

    /// Call once at start-up, before any parsing task, as libxml2's thread notes ask.
    /// > xmlInitParser: "Initialization function for the XML parser. This is not reentrant. Call once before
    /// > processing in case of use in multithreaded programs."
    static func initialize() {
        xmlInitParser()
    }

    /// Builds the tree for `source`, which must be UTF-8 without a byte-order mark.
    ///
    /// - Returns: `nil` when libxml2 could not create a parser context (empty input, out of memory).
    static func parse(utf8 source: UnsafeBufferPointer<UInt8>) -> HTMLTree? {
        guard let base = source.baseAddress, source.count > 0, source.count < Int(Int32.max) else { return nil }
        let builder = HTMLTreeBuilder(source: source)
        let status = withUnsafePointer(to: makeHandler()) { handler in
            base.withMemoryRebound(to: CChar.self, capacity: source.count) { chars in
                clibxml2_sax_parse(
                    chars,
                    Int32(source.count),
                    handler,
                    Unmanaged.passUnretained(builder).toOpaque(),
                    options
                )
            }
        }
        guard status == 0 else { return nil }
        builder.finish()
        return builder.tree
    }

    /// Parses and frees a full libxml2 tree, for the benchmark's baseline.
    static func bareParse(utf8 source: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = source.baseAddress, source.count > 0 else { return false }
        let status = base.withMemoryRebound(to: CChar.self, capacity: source.count) { chars in
            clibxml2_bare_parse(chars, Int32(source.count), options)
        }
        return status == 0
    }

    private static func makeHandler() -> htmlSAXHandler {
        var handler = htmlSAXHandler()
        handler.startElement = { context, name, attributes in
            guard let context, let name else { return }
            HTMLTreeBuilder.from(context)?.start(
                name: name,
                attributes: attributes,
                offset: clibxml2_byte_offset(context)
            )
        }
        handler.endElement = { context, name in
            guard let context, let name else { return }
            HTMLTreeBuilder.from(context)?.end(name: name, offset: clibxml2_byte_offset(context))
        }
        handler.characters = { context, characters, length in
            guard let context, let characters, length > 0 else { return }
            HTMLTreeBuilder.from(context)?.characters(
                UnsafeBufferPointer(start: characters, count: Int(length)),
                offset: clibxml2_byte_offset(context)
            )
        }
        handler.ignorableWhitespace = handler.characters
        handler.cdataBlock = { context, characters, length in
            guard let context, let characters, length > 0 else { return }
            HTMLTreeBuilder.from(context)?.rawText(UnsafeBufferPointer(start: characters, count: Int(length)))
        }
        handler.comment = { context, _ in
            guard let context else { return }
            HTMLTreeBuilder.from(context)?.markup(offset: clibxml2_byte_offset(context))
        }
        return handler
    }
}

/// The SAX callbacks' state: the tree so far and the open elements.
private final class HTMLTreeBuilder {
    var tree = HTMLTree()
    let source: UnsafeBufferPointer<UInt8>
    private var stack: [Int32] = [0]
    /// The cursor at the previous callback: text reported next starts at or after it.
    private var lastOffset = 0
    /// The node receiving `<script type="application/ld+json">` content, if one is open.
    private var jsonLDScript: Int32 = -1
    private var jsonLDBuffer: [UInt8] = []
    private var inTitle = false
    private var titleBytes: [UInt8] = []

    init(source: UnsafeBufferPointer<UInt8>) {
        self.source = source
    }

    /// The builder `parse` stored in the parser context (always there while the parse runs).
    static func from(_ context: UnsafeMutableRawPointer) -> HTMLTreeBuilder? {
        guard let state = clibxml2_private(context) else { return nil }
        return Unmanaged<HTMLTreeBuilder>.fromOpaque(state).takeUnretainedValue()
    }

    func finish() {
        while stack.count > 1 { close(at: source.count) }
        if tree.title == nil, !titleBytes.isEmpty {
            tree.title = String(decoding: titleBytes, as: UTF8.self)
        }
    }

    // MARK: - Elements

    func start(
        name: UnsafePointer<UInt8>,
        attributes: UnsafeMutablePointer<UnsafePointer<UInt8>?>?,
        offset: Int
    ) {
        let tag = HTMLTag(name: name)
        let parent = stack.last ?? 0
        let index = Int32(tree.nodes.count)
        var node = HTMLTree.Node(tag: tag, isText: false, parent: parent)
        node.sourceStart = Int32(clamping: offset)
        node.hintStart = Int32(tree.hints.count)
        if let attributes {
            readAttributes(attributes, tag: tag, index: index, into: &node)
        }
        node.hintEnd = Int32(tree.hints.count)
        link(index, to: parent, node: node)
        stack.append(index)
        lastOffset = max(lastOffset, offset)
        if tag == .title && tree.title == nil { inTitle = true }
    }

    func end(name: UnsafePointer<UInt8>, offset: Int) {
        let tag = HTMLTag(name: name)
        lastOffset = max(lastOffset, offset)
        // libxml2 balances its callbacks, but be safe: close up to the matching open element.
        guard let position = stack.lastIndex(where: { tree.nodes[Int($0)].tag == tag }), position > 0 else { return }
        while stack.count > position { close(at: offset) }
    }

    func markup(offset: Int) {
        lastOffset = max(lastOffset, offset)
    }

    private func close(at offset: Int) {
        guard let index = stack.popLast() else { return }
        let node = tree.nodes[Int(index)]
        tree.nodes[Int(index)].sourceEnd = Int32(clamping: offset)
        if node.tag == .title && inTitle {
            inTitle = false
            tree.title = String(decoding: titleBytes, as: UTF8.self)
        }
        if index == jsonLDScript {
            tree.jsonLD.append(String(decoding: jsonLDBuffer, as: UTF8.self))
            jsonLDBuffer.removeAll(keepingCapacity: true)
            jsonLDScript = -1
        }
    }

    private func link(_ index: Int32, to parent: Int32, node: HTMLTree.Node) {
        tree.nodes.append(node)
        let last = tree.nodes[Int(parent)].lastChild
        if last >= 0 {
            tree.nodes[Int(last)].nextSibling = index
        } else {
            tree.nodes[Int(parent)].firstChild = index
        }
        tree.nodes[Int(parent)].lastChild = index
    }

    private func readAttributes(
        _ attributes: UnsafeMutablePointer<UnsafePointer<UInt8>?>,
        tag: HTMLTag,
        index: Int32,
        into node: inout HTMLTree.Node
    ) {
        let keepsAll: Bool
        switch tag {
        case .meta, .link, .html, .time, .script, .base: keepsAll = true
        default: keepsAll = false
        }
        var kept: [(name: String, value: String)] = []
        var position = 0
        while let name = attributes[position] {
            let value = attributes[position + 1]
            position += 2
            let attribute = AttributeName(name)
            switch attribute {
            case .class, .id:
                if let value { appendHint(value, elementStart: Int(node.hintStart)) }
            case .hidden:
                node.flags.insert(.hidden)
            case .ariaHidden:
                if let value, Self.equals(value, "true") { node.flags.insert(.hidden) }
            case .style:
                if let value, Self.hidesElement(style: value) { node.flags.insert(.hidden) }
            case .role:
                if let value { node.flags.formUnion(Self.flags(role: value)) }
            case .itemprop, .property:
                if let value { node.flags.formUnion(Self.flags(itemprop: value)) }
            case .href:
                if tag == .a { node.flags.insert(.link) }
            case .other:
                break
            }
            if keepsAll {
                kept.append((String(cString: name), value.map { String(cString: $0) } ?? ""))
            }
        }
        if keepsAll {
            tree.attributes[index] = kept
            if tag == .script,
                kept.contains(where: { $0.name == "type" && $0.value.lowercased().contains("ld+json") })
            {
                jsonLDScript = index
            }
        }
    }

    private func appendHint(_ value: UnsafePointer<UInt8>, elementStart: Int) {
        var position = 0
        if tree.hints.count > elementStart { tree.hints.append(0x20) }
        while true {
            let byte = value[position]
            if byte == 0 { break }
            tree.hints.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
            position += 1
        }
    }

    // MARK: - Text

    func characters(_ bytes: UnsafeBufferPointer<UInt8>, offset: Int) {
        if jsonLDScript >= 0 {
            jsonLDBuffer.append(contentsOf: bytes)
            return
        }
        if inTitle {
            titleBytes.append(contentsOf: bytes)
        }
        let parent = stack.last ?? 0
        let textStart = Int32(tree.text.count)
        tree.text.append(contentsOf: bytes)
        let piece = align(bytes, cursor: offset, textStart: textStart)
        lastOffset = max(lastOffset, offset)

        // Consecutive text callbacks under one element extend one text node.
        let lastChild = tree.nodes[Int(parent)].lastChild
        if lastChild >= 0, tree.nodes[Int(lastChild)].isText, tree.nodes[Int(lastChild)].textEnd == textStart {
            tree.nodes[Int(lastChild)].textEnd = Int32(tree.text.count)
            tree.pieces.append(piece)
            tree.nodes[Int(lastChild)].pieceEnd = Int32(tree.pieces.count)
            return
        }
        var node = HTMLTree.Node(tag: .other, isText: true, parent: parent)
        node.textStart = textStart
        node.textEnd = Int32(tree.text.count)
        node.pieceStart = Int32(tree.pieces.count)
        tree.pieces.append(piece)
        node.pieceEnd = Int32(tree.pieces.count)
        node.sourceStart = piece.sourceStart
        link(Int32(tree.nodes.count), to: parent, node: node)
    }

    func rawText(_ bytes: UnsafeBufferPointer<UInt8>) {
        if jsonLDScript >= 0 {
            jsonLDBuffer.append(contentsOf: bytes)
        }
    }

    /// Finds where a text callback's bytes stand in the source.
    ///
    /// libxml2 reports text after reading it, with the cursor just past it, or, when its 1000-byte buffer filled
    /// mid-run, on the run's last character. Entity and character references arrive one per callback, decoded,
    /// with the cursor past the `;`. Anything else (a character libxml2 dropped as invalid) maps as a whole to the
    /// source between the previous callback and this one.
    private func align(_ bytes: UnsafeBufferPointer<UInt8>, cursor: Int, textStart: Int32) -> HTMLTree.Piece {
        let count = bytes.count
        let textEnd = textStart + Int32(count)
        func aligned(at start: Int) -> HTMLTree.Piece {
            HTMLTree.Piece(
                textStart: textStart,
                textEnd: textEnd,
                sourceStart: Int32(start),
                sourceEnd: Int32(start + count),
                aligned: true
            )
        }
        guard let sourceBase = source.baseAddress, let textBase = bytes.baseAddress else {
            return HTMLTree.Piece(
                textStart: textStart,
                textEnd: textEnd,
                sourceStart: Int32(lastOffset),
                sourceEnd: Int32(lastOffset),
                aligned: false
            )
        }
        // libxml2 flushes its text buffer mid-run only once it holds 1000 bytes (HTML_PARSER_BIG_BUFFER_SIZE), with
        // the cursor on the last character copied: only then can the text end up to 4 bytes after the cursor.
        let maximumShift = count >= 1000 ? 4 : 0
        for shift in 0...maximumShift {
            let start = cursor - count + shift
            if start >= lastOffset - 1, start >= 0, start + count <= source.count,
                memcmp(sourceBase + start, textBase, count) == 0
            {
                return aligned(at: start)
            }
        }
        // A "<" that starts no tag is reported before the cursor moves past it.
        if count == 1, textBase[0] == 0x3C, cursor >= 0, cursor < source.count, sourceBase[cursor] == 0x3C {
            return aligned(at: cursor)
        }
        // An unknown entity ("&foo;", or "&amp" without its semicolon) arrives as "&" and then the name, both after
        // the whole reference was read: the name stands inside the reference the "&" was mapped to.
        if let previous = tree.pieces.last, !previous.aligned, previous.textEnd == textStart,
            tree.text[Int(previous.textStart)] == 0x26, Int(previous.sourceEnd) - Int(previous.sourceStart) > count
        {
            let start = Int(previous.sourceStart) + 1
            if start + count <= source.count, memcmp(sourceBase + start, textBase, count) == 0 {
                return aligned(at: start)
            }
        }
        let end = min(max(cursor, lastOffset), source.count)
        var start = end
        if count <= 4 {
            // A character reference: search back for its '&'.
            var position = end - 1
            while position >= max(lastOffset, end - 40) {
                if source[position] == 0x26 {
                    start = position
                    break
                }
                position -= 1
            }
        }
        if start == end {
            start = min(lastOffset, end)
        }
        return HTMLTree.Piece(
            textStart: textStart,
            textEnd: textEnd,
            sourceStart: Int32(start),
            sourceEnd: Int32(end),
            aligned: false
        )
    }

    // MARK: - Attribute helpers

    private enum AttributeName {
        case `class`, id, hidden, ariaHidden, style, role, itemprop, property, href, other

        init(_ name: UnsafePointer<UInt8>) {
            switch name[0] {
            case 0x63: self = HTMLTreeBuilder.equals(name, "class") ? .class : .other
            case 0x69:
                if HTMLTreeBuilder.equals(name, "id") {
                    self = .id
                } else {
                    self = HTMLTreeBuilder.equals(name, "itemprop") ? .itemprop : .other
                }
            case 0x68:
                if HTMLTreeBuilder.equals(name, "href") {
                    self = .href
                } else {
                    self = HTMLTreeBuilder.equals(name, "hidden") ? .hidden : .other
                }
            case 0x61: self = HTMLTreeBuilder.equals(name, "aria-hidden") ? .ariaHidden : .other
            case 0x73: self = HTMLTreeBuilder.equals(name, "style") ? .style : .other
            case 0x72: self = HTMLTreeBuilder.equals(name, "role") ? .role : .other
            case 0x70: self = HTMLTreeBuilder.equals(name, "property") ? .property : .other
            default: self = .other
            }
        }
    }

    static func equals(_ cString: UnsafePointer<UInt8>, _ literal: StaticString) -> Bool {
        let length = literal.utf8CodeUnitCount
        let bytes = literal.utf8Start
        for index in 0..<length where cString[index] | 0x20 != bytes[index] | 0x20 {
            return false
        }
        return cString[length] == 0
    }

    private static func lowercased(_ value: UnsafePointer<UInt8>) -> String {
        String(cString: value).lowercased()
    }

    /// Whether an inline style hides the element (`display: none`, `visibility: hidden`), read on the bytes: most
    /// pages put a style on many elements.
    private static func hidesElement(style value: UnsafePointer<UInt8>) -> Bool {
        var compact: [UInt8] = []
        var position = 0
        while value[position] != 0 && compact.count < 512 {
            let byte = value[position]
            if byte != 0x20 && byte != 0x09 { compact.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) }
            position += 1
        }
        return Self.contains(compact, "display:none") || Self.contains(compact, "visibility:hidden")
    }

    private static func contains(_ haystack: [UInt8], _ needle: StaticString) -> Bool {
        let length = needle.utf8CodeUnitCount
        guard length <= haystack.count else { return false }
        let bytes = UnsafeBufferPointer(start: needle.utf8Start, count: length)
        for start in 0...(haystack.count - length) where haystack[start] == bytes[0] {
            if haystack[start..<(start + length)].elementsEqual(bytes) { return true }
        }
        return false
    }

    private static func flags(role value: UnsafePointer<UInt8>) -> HTMLTree.Flags {
        switch lowercased(value) {
        case "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog", "menu",
            "menubar", "toolbar", "alert":
            return .boilerplateRole
        case "main", "article":
            return .mainRole
        default:
            return []
        }
    }

    private static func flags(itemprop value: UnsafePointer<UInt8>) -> HTMLTree.Flags {
        let names = lowercased(value).split(separator: " ")
        var flags: HTMLTree.Flags = []
        for name in names {
            switch name {
            case "articlebody": flags.insert(.articleBody)
            case "author", "datepublished", "datemodified", "publisher", "creator": flags.insert(.metadataItem)
            default: break
            }
        }
        return flags
    }
}
