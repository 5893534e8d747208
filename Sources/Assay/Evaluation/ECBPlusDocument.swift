internal import Foundation

/// One document of the ECB+ corpus in its JSON Lines release: the text, the event cluster it reports, and its
/// annotated entity and event mentions with their cross-document instance ids.
///
/// ```json
/// {"id": "1_1ecb", "text": "…", "cluster": "1_ecb", "topic": 1, "subtopic": "ecb",
///  "entities": [{"start": 119, "end": 128, "type": "PERSON", "kind": "entity", "id": "HUM16236184328979740",
///                "sentence": 1, "surface": "Tara Reid"}],
///  "sentences": [[0, 48], [49, 374]], "sentence_ids": [0, 1], "eval_sentences": [1]}
/// ```
///
/// Offsets are Unicode scalar offsets into `text`, half-open. A mention's `id` is shared by every mention of the
/// same instance across the documents of one topic; only the sentences in `eval_sentences` are fully annotated.
///
/// ```swift
/// let documents = try ECBPlusDocument.load(contentsOf: "dev.jsonl")
/// documents[0].evaluatedMentions(types: ["PERSON"])
/// ```
public struct ECBPlusDocument: Sendable, Hashable, Decodable {
    /// One annotated mention.
    public struct GoldMention: Sendable, Hashable, Decodable {
        public var start: Int
        public var end: Int
        /// `PERSON`, `ORG`, `GPE`, `LOC`, `FAC`, `DATE`, `TIME`, `DURATION`, `SET`, `THING`, `EVENT`, ….
        public var type: String
        /// The instance id: equal ids are the same person, organisation, place or event.
        public var id: String
        /// `entity` or `event`.
        public var kind: String
        /// The sentence id (one of the document's `sentence_ids`).
        public var sentence: Int
        public var surface: String?

        public init(start: Int, end: Int, type: String, id: String, kind: String, sentence: Int, surface: String? = nil)
        {
            self.start = start
            self.end = end
            self.type = type
            self.id = id
            self.kind = kind
            self.sentence = sentence
            self.surface = surface
        }
    }

    public var id: String
    public var text: String
    /// The seminal event every document of the cluster reports, e.g. `1_ecb`.
    public var cluster: String
    public var topic: Int
    /// `ecb` or `ecbplus`: the two events of a topic.
    public var subtopic: String?
    public var entities: [GoldMention]
    /// Sentence spans, offsets into `text`.
    public var sentences: [[Int]]
    /// The id of each sentence in `sentences`; when absent, sentence ids are their positions.
    public var sentenceIDs: [Int]?
    /// The sentences annotated in full: score inside them only.
    public var evalSentences: [Int]

    enum CodingKeys: String, CodingKey {
        case id, text, cluster, topic, subtopic, entities, sentences
        case sentenceIDs = "sentence_ids"
        case evalSentences = "eval_sentences"
    }

    public init(
        id: String,
        text: String,
        cluster: String,
        topic: Int,
        subtopic: String? = nil,
        entities: [GoldMention],
        sentences: [[Int]],
        sentenceIDs: [Int]? = nil,
        evalSentences: [Int]
    ) {
        self.id = id
        self.text = text
        self.cluster = cluster
        self.topic = topic
        self.subtopic = subtopic
        self.entities = entities
        self.sentences = sentences
        self.sentenceIDs = sentenceIDs
        self.evalSentences = evalSentences
    }

    /// A line of the file that is not an ECB+ document.
    public struct FormatError: Error, CustomStringConvertible {
        public var file: String
        public var line: Int
        public var message: String
        public var description: String { "\(file):\(line): not an ECB+ document: \(message)" }
    }

    /// Reads a JSON Lines file, one document a line; blank lines are skipped.
    ///
    /// - Throws: ``FormatError`` with the line number for a line that does not decode; file errors as they come.
    public static func load(contentsOf path: String) throws -> [ECBPlusDocument] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return try parse(jsonLines: text, file: path)
    }

    /// Decodes JSON Lines text; `file` names it in errors.
    public static func parse(jsonLines text: String, file: String = "<input>") throws(FormatError) -> [ECBPlusDocument]
    {
        let decoder = JSONDecoder()
        var documents: [ECBPlusDocument] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where !line.allSatisfy(\.isWhitespace) {
            do {
                documents.append(try decoder.decode(ECBPlusDocument.self, from: Data(line.utf8)))
            } catch {
                throw FormatError(file: file, line: number + 1, message: "\(error)")
            }
        }
        return documents
    }

    /// The mentions inside evaluated sentences, of kind `kind` and one of `types` (every type when `nil`).
    public func evaluatedMentions(kind: String = "entity", types: Set<String>? = nil) -> [GoldMention] {
        let evaluated = Set(evalSentences)
        return entities.filter { mention in
            mention.kind == kind && evaluated.contains(mention.sentence) && (types?.contains(mention.type) ?? true)
        }
    }

    /// The spans of the evaluated sentences, sorted by start.
    public var evaluatedSpans: [Range<Int>] {
        let evaluated = Set(evalSentences)
        let ids = sentenceIDs ?? Array(sentences.indices)
        return zip(ids, sentences).compactMap { id, span in
            guard evaluated.contains(id), span.count == 2, span[0] <= span[1] else { return nil }
            return span[0]..<span[1]
        }.sorted { $0.lowerBound < $1.lowerBound }
    }

    /// Whether `start..<end` lies inside an evaluated sentence (its start does, for a span across sentences).
    public func isEvaluated(start: Int, end: Int) -> Bool {
        evaluatedSpans.contains { $0.contains(start) || ($0.isEmpty && $0.lowerBound == start) }
    }
}
