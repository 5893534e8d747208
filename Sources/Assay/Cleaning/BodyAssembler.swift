/// Turns the subtrees ``BodyExtractor`` selected into clean text, paragraph by paragraph, dropping paragraphs that
/// turn out to be boilerplate once their text is known (link lists, "Read more: …", bylines).
struct BodyAssembler {
    /// Decides whether a finished paragraph is boilerplate, given its text.
    var isBoilerplate: (String) -> Bool = { _ in false }
    /// The page title, so a heading repeating it is not counted as body text.
    var title: String? {
        didSet { normalizedTitle = title.map(Self.normalized) ?? "" }
    }
    private var normalizedTitle = ""

    struct Result {
        var builder: CleanTextBuilder
        var removedBlocks: Int
    }

    func assemble(_ tree: HTMLTree, selection: BodyExtractor.Selection) -> Result {
        var state = State(builder: CleanTextBuilder())
        for root in selection.roots {
            walk(root, tree: tree, excluded: selection.excluded, state: &state)
            finishParagraph(at: Int(tree.nodes[root].sourceEnd), state: &state)
        }
        return Result(builder: state.builder, removedBlocks: state.removed)
    }

    private struct State {
        var builder: CleanTextBuilder
        /// `builder.bytes.count` when the current paragraph began.
        var paragraphStart = 0
        var linkCharacters = 0
        var characters = 0
        var headingDepth = 0
        var removed = 0
        var linkDepth = 0
    }

    /// Depth-first over the subtree with an explicit stack: real pages nest deeply enough to worry recursion.
    private func walk(_ root: Int, tree: HTMLTree, excluded: [Bool], state: inout State) {
        enum Step {
            case enter(Int)
            case leave(Int)
        }
        var stack: [Step] = [.enter(root)]
        while let step = stack.popLast() {
            switch step {
            case .enter(let index):
                if excluded[index] { continue }
                let node = tree.nodes[index]
                if node.isText {
                    emitText(node, tree: tree, state: &state)
                    continue
                }
                if node.tag == .br {
                    state.builder.breakLine(at: Int(node.sourceStart))
                    continue
                }
                if node.tag.isBlock {
                    finishParagraph(at: Int(node.sourceStart), state: &state)
                }
                if node.tag == .a && node.flags.contains(.link) { state.linkDepth += 1 }
                if node.tag.isHeading { state.headingDepth += 1 }
                stack.append(.leave(index))
                var children: [Int] = []
                tree.forEachChild(of: index) { children.append($0) }
                for child in children.reversed() { stack.append(.enter(child)) }
            case .leave(let index):
                let node = tree.nodes[index]
                if node.tag == .a && node.flags.contains(.link) { state.linkDepth -= 1 }
                if node.tag.isHeading { state.headingDepth -= 1 }
                if node.tag.isBlock {
                    finishParagraph(at: Int(node.sourceEnd), state: &state)
                }
            }
        }
    }

    private func emitText(_ node: HTMLTree.Node, tree: HTMLTree, state: inout State) {
        let visible = BodyExtractor.visibleCharacters(tree, node)
        state.characters += visible
        if state.linkDepth > 0 { state.linkCharacters += visible }
        tree.text.withUnsafeBufferPointer { text in
            for pieceIndex in Int(node.pieceStart)..<Int(node.pieceEnd) {
                let piece = tree.pieces[pieceIndex]
                let bytes = UnsafeBufferPointer(rebasing: text[Int(piece.textStart)..<Int(piece.textEnd)])
                if piece.aligned {
                    state.builder.append(bytes, at: .aligned(Int(piece.sourceStart)))
                } else {
                    state.builder.append(bytes, at: .range(Int(piece.sourceStart)..<Int(piece.sourceEnd)))
                }
            }
        }
    }

    /// Closes the paragraph being built, and takes it back out if it is boilerplate.
    private func finishParagraph(at sourceOffset: Int, state: inout State) {
        defer {
            state.builder.breakParagraph(at: sourceOffset)
            state.paragraphStart = state.builder.bytes.count
            state.characters = 0
            state.linkCharacters = 0
        }
        guard state.builder.bytes.count > state.paragraphStart, state.characters > 0 else { return }
        let linkShare = Double(state.linkCharacters) / Double(state.characters)
        var drop = false
        if linkShare > 0.6 {
            drop = true
        } else {
            let text = state.builder.text(since: state.paragraphStart)
            // Boilerplate lines are short ("Read more: …", "Sign up for our newsletter"); long prose is not judged.
            if state.characters <= 400, isBoilerplate(text) {
                drop = true
            } else if !normalizedTitle.isEmpty, state.characters < 300,
                abs(state.characters - normalizedTitle.unicodeScalars.count) <= state.characters / 2 + 8,
                Self.normalized(text) == normalizedTitle
            {
                drop = true
            }
        }
        if drop {
            state.builder.truncate(to: state.paragraphStart)
            state.removed += 1
        }
    }

    /// Letters and digits only, lower-cased: "Lynas expands, again!" → "lynasexpandsagain".
    private static func normalized(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                let value = scalar.value
                if value >= 0x41 && value <= 0x5A {
                    scalars.append(Unicode.Scalar(UInt8(value | 0x20)))
                } else if (value >= 0x61 && value <= 0x7A) || (value >= 0x30 && value <= 0x39) {
                    scalars.append(scalar)
                }
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                scalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            }
        }
        return String(scalars)
    }
}
