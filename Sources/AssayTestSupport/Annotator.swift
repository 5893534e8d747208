public import Assay
import Foundation

/// Turns short texts into annotation records with the default pipeline, for tests of the corpus stages.
///
/// ```swift
/// let records = try Annotator.records(["a": "Cobalt prices fell.", "b": "Congo mines 70 percent of cobalt."])
/// ```
public enum Annotator {
    /// The default pipeline, `Pipelines/news.yaml`.
    public static func pipeline() throws -> Pipeline {
        try PipelineLoader().load(contentsOf: Repository.pipelines.appendingPathComponent("news.yaml").path)
    }

    /// One record per text, keyed and sorted by id; `published` sets every document's publication date.
    public static func records(_ texts: [String: String], published: String? = nil) throws -> [DocumentRecord] {
        let pipeline = try pipeline()
        var records: [DocumentRecord] = []
        for (id, text) in texts.sorted(by: { $0.key < $1.key }) {
            let raw = RawDocument(
                id: id,
                origin: DocumentOrigin(path: nil),
                format: .text,
                content: .text(text),
                metadata: DocumentMetadata(published: published)
            )
            var document = try DocumentDecoder.decode(raw)
            try pipeline.process(&document, context: StageContext())
            records.append(DocumentRecord(document))
        }
        return records
    }

    /// The graph of `texts`, built as `assay run` builds it.
    public static func graph(_ texts: [String: String], published: String? = nil) throws -> KnowledgeGraph {
        let pipeline = try pipeline()
        return try GraphBuilder(pipeline: pipeline).build(records(texts, published: published))
    }
}
