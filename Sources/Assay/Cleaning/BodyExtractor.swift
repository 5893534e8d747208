/// Finds the main article body in an ``HTMLTree``: which subtrees hold it, and which parts inside them are
/// boilerplate.
///
/// The method is readability's, with trafilatura's pruning:
/// 1. Drop what is never content (scripts, forms, hidden elements) and what says it is boilerplate (navigation,
///    asides, footers, `class="related-stories"`, ARIA landmarks), unless it holds most of the page's text.
/// 2. Score each paragraph by its length and punctuation, and credit its ancestors; weigh each candidate by its
///    class hints and link density; `itemprop="articleBody"` wins outright.
/// 3. Keep the best candidate, and its siblings that score nearly as well (bodies split over several containers).
struct BodyExtractor {
    struct Configuration {
        /// Paragraphs shorter than this (characters) do not vote for their container.
        var minimumParagraphCharacters = 25
        /// A negatively hinted subtree is kept if it holds at least this share of the page's text.
        var protectedTextShare = 0.4
    }

    /// The extraction: the roots whose text is the body, in document order, and the nodes to skip under them.
    struct Selection {
        var roots: [Int]
        var excluded: [Bool]
    }

    var configuration = Configuration()

    // MARK: - Statistics

    /// Per-node counts over the subtree, in characters (Unicode scalars), ignoring excluded nodes.
    struct Statistics {
        var text: [Int32]
        var linkText: [Int32]
        var paragraphs: [Int32]

        init(count: Int) {
            text = Array(repeating: 0, count: count)
            linkText = Array(repeating: 0, count: count)
            paragraphs = Array(repeating: 0, count: count)
        }

        func linkDensity(_ index: Int) -> Double {
            let total = text[index]
            return total == 0 ? 0 : Double(linkText[index]) / Double(total)
        }
    }

    static func statistics(_ tree: HTMLTree, excluded: [Bool]) -> Statistics {
        var stats = Statistics(count: tree.nodes.count)
        var index = tree.nodes.count - 1
        while index > 0 {
            let node = tree.nodes[index]
            if !excluded[index] {
                if node.isText {
                    stats.text[index] = Int32(visibleCharacters(tree, node))
                } else if node.tag == .a && node.flags.contains(.link) {
                    stats.linkText[index] = stats.text[index]
                }
                if node.tag == .p && stats.text[index] >= 25 {
                    stats.paragraphs[index] += 1
                }
                let parent = Int(node.parent)
                stats.text[parent] += stats.text[index]
                stats.linkText[parent] += stats.linkText[index]
                stats.paragraphs[parent] += stats.paragraphs[index]
            }
            index -= 1
        }
        return stats
    }

    /// Characters other than whitespace in a text node.
    static func visibleCharacters(_ tree: HTMLTree, _ node: HTMLTree.Node) -> Int {
        var count = 0
        for index in Int(node.textStart)..<Int(node.textEnd) {
            let byte = tree.text[index]
            if byte & 0xC0 != 0x80 && byte > 0x20 { count += 1 }
        }
        return count
    }

    // MARK: - Selection

    func select(_ tree: HTMLTree) -> Selection {
        let count = tree.nodes.count
        // Pass 1: what is never content.
        var excluded = Array(repeating: false, count: count)
        var verdicts = Array(repeating: ClassHints.Verdict(), count: count)
        // Pages repeat the same class names on many elements: judge each distinct one once.
        var verdictCache: [ArraySlice<UInt8>: ClassHints.Verdict] = [:]
        var tokenCache: [ArraySlice<UInt8>: ClassHints.TokenVerdict] = [:]
        for index in 1..<count {
            let node = tree.nodes[index]
            if excluded[Int(node.parent)] {
                excluded[index] = true
                continue
            }
            if node.isText { continue }
            if node.tag.isNeverContent || node.flags.contains(.hidden) {
                excluded[index] = true
                continue
            }
            let hints = tree.hintBytes(index)
            if hints.isEmpty { continue }
            if let known = verdictCache[hints] {
                verdicts[index] = known
            } else {
                let verdict = ClassHints.judge(hints, cache: &tokenCache)
                verdictCache[hints] = verdict
                verdicts[index] = verdict
            }
        }
        let raw = Self.statistics(tree, excluded: excluded)
        let total = Double(max(raw.text[0], 1))

        // Pass 2: what says it is boilerplate, unless it holds most of the text.
        for index in 1..<count where !excluded[index] {
            let node = tree.nodes[index]
            if excluded[Int(node.parent)] {
                excluded[index] = true
                continue
            }
            if node.isText || node.flags.contains(.articleBody) { continue }
            if node.tag == .html || node.tag == .body || node.tag == .main { continue }
            let boilerplate =
                node.tag.isBoilerplateContainer || node.tag == .header || node.flags.contains(.boilerplateRole)
                || node.flags.contains(.metadataItem) || verdicts[index].isNegative
            guard boilerplate else { continue }
            let share = Double(raw.text[index]) / total
            if share < configuration.protectedTextShare {
                excluded[index] = true
            }
        }
        let stats = Self.statistics(tree, excluded: excluded)

        // Microdata says where the body is: trust it when it holds real text.
        let marked = (1..<count).filter {
            !excluded[$0] && tree.nodes[$0].flags.contains(.articleBody) && stats.text[$0] >= 200
        }
        if !marked.isEmpty {
            let outermost = marked.filter { index in
                !marked.contains { other in other != index && Self.isAncestor(other, of: index, in: tree) }
            }
            return Selection(roots: outermost, excluded: excluded)
        }

        guard let best = bestCandidate(tree, stats: stats, verdicts: verdicts, excluded: excluded) else {
            return Selection(roots: [0], excluded: excluded)
        }
        return Selection(roots: withSiblings(best, tree: tree, stats: stats, excluded: excluded), excluded: excluded)
    }

    /// Readability's scoring: each paragraph credits its parent fully, its grandparent half, and further
    /// ancestors a third per level.
    private func bestCandidate(
        _ tree: HTMLTree,
        stats: Statistics,
        verdicts: [ClassHints.Verdict],
        excluded: [Bool]
    ) -> Int? {
        let count = tree.nodes.count
        var scores = Array(repeating: 0.0, count: count)
        var isCandidate = Array(repeating: false, count: count)
        for index in 1..<count where !excluded[index] {
            let node = tree.nodes[index]
            guard !node.isText, Self.isParagraphLike(node.tag) else { continue }
            let length = Int(stats.text[index])
            guard length >= configuration.minimumParagraphCharacters else { continue }
            if node.tag == .div && Self.hasBlockChild(index, tree: tree) { continue }
            if stats.linkDensity(index) > 0.5 { continue }
            let (commas, sentences) = Self.punctuation(of: index, in: tree)
            let score = 1.0 + Double(commas) + Double(min(sentences, 5)) * 0.5 + min(Double(length) / 100, 3)
            var ancestor = Int(node.parent)
            var level = 0
            while ancestor > 0 && level < 5 {
                let divider = level == 0 ? 1.0 : (level == 1 ? 2.0 : Double(level) * 3)
                scores[ancestor] += score / divider
                isCandidate[ancestor] = true
                ancestor = Int(tree.nodes[ancestor].parent)
                level += 1
            }
        }
        var best: Int?
        var bestScore = 0.0
        for index in 1..<count where isCandidate[index] && !excluded[index] {
            let node = tree.nodes[index]
            var score = scores[index]
            score += Double(verdicts[index].positive) * 25 - Double(verdicts[index].negative) * 25
            switch node.tag {
            case .article, .main: score += 10
            case .section, .div: score += 5
            case .pre, .td, .blockquote: score += 3
            case .body, .form, .ul, .ol, .li, .dl: score -= 3
            default: break
            }
            if node.flags.contains(.mainRole) { score += 10 }
            score *= 1 - stats.linkDensity(index)
            scores[index] = score
            if score > bestScore {
                bestScore = score
                best = index
            }
        }
        guard var top = best else { return nil }

        // When several children of one ancestor each score nearly as well, the body is split among them: take
        // the ancestor (readability's "alternative candidates").
        let strong = (1..<count).filter {
            isCandidate[$0] && !excluded[$0] && $0 != top && scores[$0] >= bestScore * 0.75
        }
        if strong.count >= 2 {
            var ancestor = Int(tree.nodes[top].parent)
            while ancestor > 0 {
                let covered = strong.filter { Self.isAncestor(ancestor, of: $0, in: tree) }.count
                if covered >= 2 {
                    top = ancestor
                    break
                }
                ancestor = Int(tree.nodes[ancestor].parent)
            }
        }
        // Climb while the parent holds clearly more paragraph text that is not links (a body spread over
        // siblings that each scored low).
        var current = top
        while true {
            let parent = Int(tree.nodes[current].parent)
            if parent <= 0 || tree.nodes[parent].tag == .body || tree.nodes[parent].tag == .html { break }
            let gained = Double(stats.paragraphs[parent] - stats.paragraphs[current])
            let ratio = Double(stats.text[current]) / Double(max(stats.text[parent], 1))
            if gained >= 2 && ratio > 0.6 && stats.linkDensity(parent) < 0.3 {
                current = parent
            } else {
                break
            }
        }
        return current
    }

    /// The candidate plus siblings that look like more of the same body (readability's sibling pass).
    private func withSiblings(_ top: Int, tree: HTMLTree, stats: Statistics, excluded: [Bool]) -> [Int] {
        let parent = Int(tree.nodes[top].parent)
        guard parent > 0 else { return [top] }
        let threshold = max(10.0, Double(stats.text[top]) * 0.2)
        var roots: [Int] = []
        tree.forEachChild(of: parent) { sibling in
            if sibling == top {
                roots.append(sibling)
                return
            }
            guard !excluded[sibling] else { return }
            let node = tree.nodes[sibling]
            let length = Double(stats.text[sibling])
            let density = stats.linkDensity(sibling)
            if node.isText { return }
            if node.tag == .p && length > 80 && density < 0.25 {
                roots.append(sibling)
            } else if node.tag == .p && length > 0 && length <= 80 && density == 0 {
                let text = tree.plainText(of: sibling)
                if text.contains(". ") || text.hasSuffix(".") { roots.append(sibling) }
            } else if stats.paragraphs[sibling] >= 2 && length >= threshold && density < 0.25 {
                roots.append(sibling)
            }
        }
        return roots
    }

    // MARK: - Helpers

    /// Commas (also the ideographic ones) and sentence ends in a subtree's text, counted on the UTF-8 bytes.
    static func punctuation(of index: Int, in tree: HTMLTree) -> (commas: Int, sentences: Int) {
        var commas = 0
        var sentences = 0
        var stack = [index]
        while let current = stack.popLast() {
            let node = tree.nodes[current]
            if node.isText {
                var position = Int(node.textStart)
                let end = Int(node.textEnd)
                while position < end {
                    switch tree.text[position] {
                    case 0x2C: commas += 1
                    case 0x2E, 0x21, 0x3F: sentences += 1
                    case 0xEF
                    where position + 2 < end && tree.text[position + 1] == 0xBC && tree.text[position + 2] == 0x8C:
                        commas += 1  // U+FF0C fullwidth comma
                    case 0xE3 where position + 2 < end && tree.text[position + 1] == 0x80:
                        if tree.text[position + 2] == 0x81 { commas += 1 }  // U+3001 ideographic comma
                        if tree.text[position + 2] == 0x82 { sentences += 1 }  // U+3002 ideographic full stop
                    default: break
                    }
                    position += 1
                }
                continue
            }
            if node.tag.isNeverContent { continue }
            tree.forEachChild(of: current) { stack.append($0) }
        }
        return (commas, sentences)
    }

    static func isParagraphLike(_ tag: HTMLTag) -> Bool {
        switch tag {
        case .p, .pre, .td, .blockquote, .div, .section, .article, .li, .dd, .font, .center:
            return true
        default:
            return false
        }
    }

    static func hasBlockChild(_ index: Int, tree: HTMLTree) -> Bool {
        var found = false
        tree.forEachChild(of: index) { child in
            let tag = tree.nodes[child].tag
            if !tree.nodes[child].isText && tag.isBlock && tag != .br { found = true }
        }
        return found
    }

    static func isAncestor(_ ancestor: Int, of index: Int, in tree: HTMLTree) -> Bool {
        var current = Int(tree.nodes[index].parent)
        while current >= 0 {
            if current == ancestor { return true }
            if current == 0 { return false }
            current = Int(tree.nodes[current].parent)
        }
        return false
    }
}
