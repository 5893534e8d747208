import Assay
import Foundation

/// The texts of a gold set, run through a pipeline as plain-text documents, as every `evaluate` command needs.
enum GoldTexts {
    /// One gold document's text, with the date its relative expressions resolve against.
    struct Text {
        var id: String
        var text: String
        var published: String?
        /// The file it came from, when each text has its own (TimeML).
        var file: String?
    }

    /// The annotation record of each text, by id; a text that fails is reported and left out.
    ///
    /// - Parameter origin: names the gold file in messages, for texts that give no file of their own.
    static func records(
        _ texts: [Text],
        origin: String,
        pipeline: Pipeline,
        jobs: Int? = nil,
        referenceDate: String? = nil
    ) async throws -> [String: DocumentRecord] {
        HTMLCleaner.initializeParser()
        let runner = BatchRunner(pipeline: pipeline, jobs: jobs, context: StageContext(referenceDate: referenceDate))
        let items = texts.map { text in
            InputItem.document(
                RawDocument(
                    id: text.id,
                    origin: DocumentOrigin(path: text.file ?? origin),
                    format: .text,
                    content: .text(text.text),
                    metadata: DocumentMetadata(published: text.published)
                )
            )
        }
        var records: [String: DocumentRecord] = [:]
        _ = try await runner.run(items) { result in
            switch result {
            case .success(let document): records[document.id] = DocumentRecord(document)
            case .failure(let error): Diagnostics.warn(error.description)
            }
        }
        return records
    }
}
