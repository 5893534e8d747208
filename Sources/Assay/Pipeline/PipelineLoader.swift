internal import Foundation
internal import Yams

/// Reads pipeline files (`Pipelines/*.yaml`) into checked ``Pipeline`` values.
///
/// The format (documented in `Pipelines/README.md`):
///
/// ```yaml
/// name: news
/// stages:
///   - clean-html:
///       min-paragraph-characters: 25
///   - clean-text
/// ```
///
/// Every mistake — malformed YAML, an unknown stage or option, a wrong value type, a stage whose inputs no earlier
/// stage provides — is a ``PipelineError`` naming the file, line and column.
public struct PipelineLoader: Sendable {
    public var registry: StageRegistry

    /// The top-level keys a pipeline file may have.
    static let topLevelKeys = ["name", "description", "version", "stages", "graph"]

    public init(registry: StageRegistry = .standard) {
        self.registry = registry
    }

    /// Loads the pipeline file at `path`.
    public func load(contentsOf path: String) throws(PipelineError) -> Pipeline {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw PipelineError(file: path, message: "cannot read the pipeline file: \(error.localizedDescription)")
        }
        return try load(text: text, file: path)
    }

    /// Loads a pipeline from YAML text; `file` names it in errors.
    public func load(text: String, file: String) throws(PipelineError) -> Pipeline {
        let root: Node
        do {
            guard let composed = try Yams.compose(yaml: text) else {
                throw PipelineError(file: file, message: "the pipeline file is empty")
            }
            root = composed
        } catch let error as PipelineError {
            throw error
        } catch let error as YamlError {
            throw Self.describe(error, file: file)
        } catch {
            throw PipelineError(file: file, message: "not valid YAML: \(error)")
        }

        guard let top = root.mapping else {
            throw PipelineError(
                file: file,
                line: root.mark?.line,
                column: root.mark?.column,
                message: "a pipeline file is a mapping with 'name' and 'stages'"
            )
        }
        for key in top.keys where !Self.topLevelKeys.contains(key.string ?? "") {
            throw PipelineError(
                file: file,
                line: key.mark?.line,
                column: key.mark?.column,
                message: "unknown key '\(key.string ?? "\(key)")' (known: \(Self.topLevelKeys.joined(separator: ", ")))"
            )
        }
        let name = top["name"]?.string ?? URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        guard let stagesNode = top["stages"] else {
            throw PipelineError(
                file: file,
                line: root.mark?.line,
                column: root.mark?.column,
                message: "missing 'stages'"
            )
        }
        guard let entries = stagesNode.sequence, !entries.isEmpty else {
            throw PipelineError(
                file: file,
                line: stagesNode.mark?.line,
                column: stagesNode.mark?.column,
                message: "'stages' must be a non-empty list"
            )
        }

        var stages: [AnyStage] = []
        var marks: [Mark?] = []
        for entry in entries {
            let (stageName, nameNode, options) = try Self.split(entry, file: file)
            guard let registered = registry.entries[stageName] else {
                throw PipelineError(
                    file: file,
                    line: nameNode.mark?.line,
                    column: nameNode.mark?.column,
                    message: "unknown stage '\(stageName)' (known: \(registry.names.joined(separator: ", ")))"
                )
            }
            stages.append(try registered.make(options, file))
            marks.append(nameNode.mark)
        }
        var pipeline = try Pipeline(name: name, stages: stages, definition: text, file: file) { index in
            (marks[index]?.line, marks[index]?.column)
        }
        if let graph = top["graph"], graph.null == nil {
            pipeline.graph = try StageRegistry.decodeConfiguration(
                GraphConfiguration.self,
                stage: "graph",
                from: graph,
                file: file
            )
        }
        return pipeline
    }

    /// Splits a `stages` entry into its name and options: `- clean-text` or `- clean-html: {…}`.
    private static func split(_ entry: Node, file: String) throws(PipelineError) -> (String, Node, Node?) {
        if let name = entry.scalar?.string {
            return (name, entry, nil)
        }
        if let mapping = entry.mapping, mapping.count == 1, let (key, value) = mapping.first,
            let name = key.string
        {
            return (name, key, value)
        }
        throw PipelineError(
            file: file,
            line: entry.mark?.line,
            column: entry.mark?.column,
            message: "a stage is a name ('- clean-text') or a name with options ('- clean-html: {…}')"
        )
    }

    private static func describe(_ error: YamlError, file: String) -> PipelineError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _):
            return PipelineError(
                file: file,
                line: mark.line,
                column: mark.column,
                message: "not valid YAML: \(problem)"
            )
        default:
            return PipelineError(file: file, message: "not valid YAML: \(error)")
        }
    }
}
