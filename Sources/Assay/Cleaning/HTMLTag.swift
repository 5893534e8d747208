/// The HTML elements the cleaner tells apart; every other element is ``other``.
///
/// Tags are interned from libxml2's (already lower-cased) names by a hash of their bytes, so building the tree
/// allocates no strings for element names.
enum HTMLTag: UInt8, CaseIterable {
    case other
    case html, head, body, title, meta, link, base
    case script, style, noscript, template, svg, math, iframe, object, embed, canvas, video, audio, picture, source
    case img, figure, figcaption, form, input, button, select, option, textarea, label, fieldset, legend
    case nav, header, footer, aside, main, article, section, div, p, span, a, br, hr
    case h1, h2, h3, h4, h5, h6, hgroup
    case ul, ol, li, dl, dt, dd, blockquote, pre, code
    case table, thead, tbody, tfoot, tr, td, th, caption
    case time, address, details, summary, menu, dialog
    case b, strong, i, em, u, small, sup, sub, mark, cite, q, abbr, font, center

    /// Elements that end a paragraph before and after them.
    var isBlock: Bool {
        switch self {
        case .html, .body, .title, .p, .div, .h1, .h2, .h3, .h4, .h5, .h6, .hgroup, .ul, .ol, .li, .dl, .dt, .dd,
            .blockquote, .pre, .table, .thead, .tbody, .tfoot, .tr, .td, .th, .caption, .section, .article, .main,
            .header, .footer, .nav, .aside, .figure, .figcaption, .form, .fieldset, .legend, .address, .details,
            .summary, .menu, .dialog, .hr, .center, .select, .option, .textarea, .button, .label:
            return true
        default:
            return false
        }
    }

    /// Elements whose content is never article text.
    var isNeverContent: Bool {
        switch self {
        case .head, .script, .style, .noscript, .template, .svg, .math, .iframe, .object, .embed, .canvas, .video,
            .audio, .select, .option, .textarea, .button, .input, .meta, .link, .base, .title:
            return true
        default:
            return false
        }
    }

    /// Elements that are boilerplate wherever they stand, unless they hold most of the page's text.
    var isBoilerplateContainer: Bool {
        switch self {
        case .nav, .aside, .footer, .menu, .dialog, .form, .figcaption, .fieldset, .legend, .label:
            return true
        default:
            return false
        }
    }

    var isHeading: Bool {
        switch self {
        case .h1, .h2, .h3, .h4, .h5, .h6: return true
        default: return false
        }
    }

    /// The element's name as HTML spells it.
    var name: String { String(describing: self) }

    /// Interns a lower-case element name.
    init(name: UnsafePointer<UInt8>) {
        let hash = Self.hash(name)
        self = Self.lookup[hash] ?? .other
    }

    private static let lookup: [UInt64: HTMLTag] = {
        var table: [UInt64: HTMLTag] = [:]
        for tag in HTMLTag.allCases where tag != .other {
            var name = tag.name
            let hash = name.withUTF8 { buffer in
                Self.hash(bytes: buffer)
            }
            precondition(table[hash] == nil, "tag hash collision for \(tag)")
            table[hash] = tag
        }
        return table
    }()

    /// FNV-1a over a NUL-terminated name, stopping after 16 bytes (no tag we know is longer).
    private static func hash(_ name: UnsafePointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var index = 0
        while index < 17 {
            let byte = name[index]
            if byte == 0 { break }
            hash = (hash ^ UInt64(byte | 0x20)) &* 0x100_0000_01b3
            index += 1
        }
        return hash
    }

    private static func hash(bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes.prefix(17) {
            hash = (hash ^ UInt64(byte | 0x20)) &* 0x100_0000_01b3
        }
        return hash
    }
}
