internal import Foundation
internal import Yams

/// Maps stage names, as pipeline files spell them, to the types that build them.
///
/// ```swift
/// let registry = StageRegistry.standard
/// registry.names  // ["clean-html", "clean-text"]
/// ```
public struct StageRegistry: Sendable {
    /// A stage type, erased, with what the loader needs to build it from a file.
    struct Entry: Sendable {
        let name: String
        let options: [String]
        let make: @Sendable (_ options: Node?, _ file: String) throws(PipelineError) -> AnyStage
    }

    let entries: [String: Entry]

    /// Every stage Assay ships. Registering a new stage means adding its type here.
    public static let standard = StageRegistry([
        HTMLCleaner.self,
        TextCleaner.self,
        TokenizerStage.self,
        EntityExtractor.self,
        PercentageExtractor.self,
        DateExtractor.self,
        DurationExtractor.self,
        ValueLinker.self,
    ])

    public init(_ stages: [any Stage.Type]) {
        var entries: [String: Entry] = [:]
        for stage in stages {
            let entry = Self.entry(for: stage)
            precondition(entries[entry.name] == nil, "two stages named \(entry.name)")
            entries[entry.name] = entry
        }
        self.entries = entries
    }

    /// The registered stage names, sorted.
    public var names: [String] { entries.keys.sorted() }

    private static func entry<S: Stage>(for stage: S.Type) -> Entry {
        Entry(name: S.name, options: S.Configuration.options) { (node, file) throws(PipelineError) in
            let configuration: S.Configuration
            if let node, node.null == nil {
                configuration = try decodeConfiguration(S.Configuration.self, stage: S.name, from: node, file: file)
            } else {
                configuration = S.Configuration()
            }
            return AnyStage(S(configuration: configuration))
        }
    }

    static func decodeConfiguration<C: StageConfiguration>(
        _ type: C.Type,
        stage: String,
        from node: Node,
        file: String
    ) throws(PipelineError) -> C {
        guard let mapping = node.mapping else {
            throw PipelineError(
                file: file,
                line: node.mark?.line,
                column: node.mark?.column,
                message: "the options of stage '\(stage)' must be a mapping of option: value"
            )
        }
        for key in mapping.keys {
            let name = key.string ?? String(describing: key)
            if !C.options.contains(name) {
                let known = C.options.isEmpty ? "it takes no options" : "known: \(C.options.joined(separator: ", "))"
                throw PipelineError(
                    file: file,
                    line: key.mark?.line,
                    column: key.mark?.column,
                    message: "unknown option '\(name)' for stage '\(stage)' (\(known))"
                )
            }
        }
        do {
            return try YAMLDecoder().decode(C.self, from: node)
        } catch let error as DecodingError {
            let (path, reason) = Self.describe(error)
            let located = Self.node(at: path, in: node) ?? node
            let option = path.first?.stringValue ?? "?"
            throw PipelineError(
                file: file,
                line: located.mark?.line,
                column: located.mark?.column,
                message: "option '\(option)' of stage '\(stage)': \(reason)"
            )
        } catch {
            throw PipelineError(
                file: file,
                line: node.mark?.line,
                column: node.mark?.column,
                message: "options of stage '\(stage)': \(error)"
            )
        }
    }

    private static func describe(_ error: DecodingError) -> ([any CodingKey], String) {
        switch error {
        case .typeMismatch(let type, let context):
            return (context.codingPath, "expected \(Self.plainName(of: type))")
        case .valueNotFound(let type, let context):
            return (context.codingPath, "expected \(Self.plainName(of: type)), found nothing")
        case .keyNotFound(let key, let context):
            return (context.codingPath + [key], "missing")
        case .dataCorrupted(let context):
            return (context.codingPath, context.debugDescription)
        @unknown default:
            return ([], "\(error)")
        }
    }

    private static func plainName(of type: Any.Type) -> String {
        switch type {
        case is Int.Type: return "a whole number"
        case is Double.Type: return "a number"
        case is Bool.Type: return "true or false"
        case is String.Type: return "a string"
        default: return "a value of type \(type)"
        }
    }

    private static func node(at path: [any CodingKey], in root: Node) -> Node? {
        var current = root
        for key in path {
            if let index = key.intValue, let sequence = current.sequence, index < sequence.count {
                current = sequence[index]
            } else if let next = current.mapping?[key.stringValue] {
                current = next
            } else {
                return current
            }
        }
        return current
    }
}
