import ArgumentParser
import Assay
import Foundation

/// `assay evaluate resolution`: cross-document entity resolution and event grouping, scored against ECB+.
struct EvaluateResolution: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resolution",
        abstract: "Score cross-document entity resolution (MUC, B-cubed, CEAF-e, CoNLL) and event grouping on ECB+.",
        discussion: """
            Each document's text runs through the pipeline as plain text; the entity resolver then runs over the \
            documents of one topic at a time (ECB+ instance ids hold within a topic), and person, organisation and \
            place mentions inside evaluated sentences are scored against the gold PERSON, ORG, GPE, LOC and FAC \
            mentions through their source offsets. Mentions on one side only count as the CoNLL reference scorer \
            counts them; the "shared mentions" table scores only the gold mentions the system found.
            Event grouping clusters all documents at once (across topics) by shared words and entities, resolved \
            over the whole corpus, and scores the groups against the gold events.
            Example:
              assay evaluate resolution --gold DATA/ecbplus/dev.jsonl --by topic
            """
    )

    enum Breakdown: String, ExpressibleByArgument, CaseIterable {
        case topic
    }

    enum MatchingChoice: String, ExpressibleByArgument, CaseIterable {
        case exact, overlap, both
    }

    @Option(help: "The ECB+ JSON Lines file.")
    var gold: String

    @Option(help: "The pipeline (default: Pipelines/news.yaml).")
    var pipeline: String?

    @Option(help: "Also print scores per topic.")
    var by: Breakdown?

    @Option(help: "How system mentions match gold ones: exact offsets, overlapping spans, or both.")
    var matching: MatchingChoice = .both

    @Flag(inversion: .prefixedNo, help: "Group documents into events and score the groups.")
    var events = true

    @Option(help: "Event grouping: the share of similarity from shared entities (the rest from shared words).")
    var entityWeight: Double = 0.5

    @Option(name: .shortAndLong, help: "Documents processed in parallel.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    func run() async throws {
        let started = ContinuousClock.now
        let loaded = try Run.loadPipeline(pipeline)
        let documents = try loadDocuments()
        let records = try await extract(documents, pipeline: loaded)
        report(documents: documents, records: records, extraction: ContinuousClock.now - started)
    }

    private func loadDocuments() throws -> [ECBPlusDocument] {
        do {
            return try ECBPlusDocument.load(contentsOf: gold)
        } catch {
            Diagnostics.error("\(error)")
            throw ExitCode(2)
        }
    }

    /// Each document's text through the pipeline, as a plain-text document: its annotation record by id.
    private func extract(_ documents: [ECBPlusDocument], pipeline: Pipeline) async throws -> [String: DocumentRecord] {
        try await GoldTexts.records(
            documents.map { .init(id: $0.id, text: $0.text) },
            origin: gold,
            pipeline: pipeline,
            jobs: jobs
        )
    }

    private func report(documents: [ECBPlusDocument], records: [String: DocumentRecord], extraction: Duration) {
        let clock = ContinuousClock()
        let started = clock.now
        // Resolution within each topic.
        let resolver = EntityResolver()
        let topics = Dictionary(grouping: documents, by: \.topic)
        var system: [ResolutionEvaluator.SystemMention] = []
        for topic in topics.keys.sorted() {
            let topicRecords = (topics[topic] ?? []).compactMap { records[$0.id] }
            system += Self.systemMentions(resolver.resolve(topicRecords), documents: documents)
        }
        let resolved = clock.now

        let goldMentions = documents.reduce(0) {
            $0 + $1.evaluatedMentions(types: ["PERSON", "ORG", "GPE", "LOC", "FAC"]).count
        }
        print(
            "documents=\(documents.count)  topics=\(topics.count)  gold mentions=\(goldMentions)"
                + "  (PERSON/ORG/GPE/LOC/FAC in evaluated sentences)"
        )
        var modes: [ResolutionEvaluator.Matching] = []
        if matching != .overlap { modes.append(.exact) }
        if matching != .exact { modes.append(.overlap) }
        for mode in modes {
            printResolution(documents: documents, system: system, matching: mode)
        }
        let scored = clock.now

        var grouped = scored
        if events {
            printEvents(documents: documents, records: records, resolver: resolver)
            grouped = clock.now
        }
        print(
            "time: extraction \(Self.seconds(extraction))  resolution \(Self.seconds(resolved - started))"
                + "  scoring \(Self.seconds(scored - resolved))"
                + (events ? "  event grouping \(Self.seconds(grouped - scored))" : "")
                + "  (jobs=\(jobs))"
        )
    }

    // MARK: - Entity resolution

    private func printResolution(
        documents: [ECBPlusDocument],
        system: [ResolutionEvaluator.SystemMention],
        matching: ResolutionEvaluator.Matching
    ) {
        let evaluator = ResolutionEvaluator(matching: matching)
        let systems: [(String, [ResolutionEvaluator.SystemMention])] = [
            ("resolver", system),
            ("same surface", ResolutionEvaluator.sameSurfaceBaseline(system)),
            ("all singletons", ResolutionEvaluator.singletonBaseline(system)),
        ]
        let reports = systems.map { ($0.0, evaluator.score(gold: documents, system: $0.1)) }
        guard let report = reports.first?.1 else { return }
        print("")
        print("== matching: \(matching.rawValue) ==")
        print("mention detection       precision  recall  F1     (tp/fp/fn)")
        for type in MentionType.allCases {
            guard let counts = report.detection[type] else { continue }
            print(Self.pad(type.rawValue, 23) + " " + Self.counts(counts))
        }
        print(Self.pad("any type", 23) + " " + Self.counts(report.detectionAnyType))
        print(
            "coreference, end to end: \(report.endToEnd.goldMentions) gold mentions in \(report.goldEntities) entities,"
                + " \(report.endToEnd.systemMentions) system mentions"
        )
        Self.printCoreferenceHeader()
        for (name, report) in reports {
            print(Self.coreferenceLine(name, report.endToEnd, entities: report.systemEntities))
        }
        print("coreference on shared mentions (the \(report.shared.goldMentions) gold mentions the system found):")
        Self.printCoreferenceHeader()
        for (name, report) in reports {
            print(Self.coreferenceLine(name, report.shared, entities: nil))
        }
        guard by == .topic else { return }
        print("per topic (resolver | same surface)")
        print("  topic  gold  found  B3 F1 end to end  B3 F1 shared   CoNLL F1 shared")
        for topic in Set(documents.map(\.topic)).sorted() {
            let topicDocuments = documents.filter { $0.topic == topic }
            let ids = Set(topicDocuments.map(\.id))
            let topicSystem = system.filter { ids.contains($0.document) }
            let resolver = evaluator.score(gold: topicDocuments, system: topicSystem)
            let baseline = evaluator.score(
                gold: topicDocuments,
                system: ResolutionEvaluator.sameSurfaceBaseline(topicSystem)
            )
            print(
                String(
                    format: "  %5d  %4d  %5d  %.3f | %.3f     %.3f | %.3f  %.3f | %.3f",
                    topic,
                    resolver.endToEnd.goldMentions,
                    resolver.shared.goldMentions,
                    resolver.endToEnd.bCubed.f1,
                    baseline.endToEnd.bCubed.f1,
                    resolver.shared.bCubed.f1,
                    baseline.shared.bCubed.f1,
                    resolver.shared.conll,
                    baseline.shared.conll
                )
            )
        }
    }

    /// The resolution's mentions with source offsets into the gold text, and their text from it.
    static func systemMentions(
        _ resolution: CorpusResolution,
        documents: [ECBPlusDocument]
    ) -> [ResolutionEvaluator.SystemMention] {
        let texts = Dictionary(
            documents.map { ($0.id, Array($0.text.unicodeScalars)) },
            uniquingKeysWith: { a, _ in a }
        )
        var mentions: [ResolutionEvaluator.SystemMention] = []
        for entity in resolution.entities {
            for reference in entity.mentions {
                guard let start = reference.sourceStart, let end = reference.sourceEnd,
                    let scalars = texts[reference.document], 0 <= start, start <= end, end <= scalars.count
                else { continue }
                mentions.append(
                    ResolutionEvaluator.SystemMention(
                        document: reference.document,
                        start: start,
                        end: end,
                        type: entity.type,
                        entity: entity.id,
                        text: String(String.UnicodeScalarView(scalars[start..<end]))
                    )
                )
            }
        }
        return mentions
    }

    // MARK: - Event grouping

    private func printEvents(documents: [ECBPlusDocument], records: [String: DocumentRecord], resolver: EntityResolver)
    {
        // Entities resolved over the whole corpus, so no feature knows the topic.
        let resolution = resolver.resolve(documents.compactMap { records[$0.id] })
        var entitiesOf: [String: [String]] = [:]
        for entity in resolution.entities {
            for reference in entity.mentions { entitiesOf[reference.document, default: []].append(entity.id) }
        }
        let items = documents.map { EventGrouper.Item(id: $0.id, text: $0.text, entities: entitiesOf[$0.id] ?? []) }
        let evaluator = EventGroupingEvaluator(events: documents.map(\.cluster), topics: documents.map(\.topic))
        let thresholds = stride(from: 0.05, through: 0.5, by: 0.025).map { ($0 * 1000).rounded() / 1000 }
        print("")
        print(
            "== event grouping: \(documents.count) documents, \(Set(documents.map(\.cluster)).count) events in "
                + "\(Set(documents.map(\.topic)).count) topics; average link over TF-IDF words and entities =="
        )
        let variants: [(String, Double)] = [
            ("words + entities (weight \(entityWeight))", entityWeight), ("words only", 0), ("entities only", 1),
        ]
        // For scale: what knowing the topic alone gives.
        let topicGroups = evaluator.score(documents.map(\.topic), threshold: 0)
        print(
            String(
                format: "for scale, the gold topics as groups: B3 P=%.3f R=%.3f F1=%.3f  ARI %.3f",
                topicGroups.bCubed.precision,
                topicGroups.bCubed.recall,
                topicGroups.bCubed.f1,
                topicGroups.adjustedRandIndex
            )
        )
        for (name, weight) in variants {
            let similarities = EventGrouper(entityWeight: weight).similarities(items)
            let rows = evaluator.sweep(similarities: similarities, thresholds: thresholds)
            let validated = evaluator.crossValidate(similarities: similarities, thresholds: thresholds)
            print(
                String(
                    format:
                        "%@: cross-validated over topic halves (thresholds %.3f from odd, %.3f from even topics): "
                        + "B3 P=%.3f R=%.3f F1=%.3f",
                    name,
                    validated.thresholdFromOddTopics,
                    validated.thresholdFromEvenTopics,
                    validated.bCubed.precision,
                    validated.bCubed.recall,
                    validated.bCubed.f1
                )
            )
            guard weight == entityWeight else { continue }
            print("  threshold groups  B3 events P/R/F1     purity inverse  ARI    B3 F1 topics  B3 F1 within topics")
            for row in rows {
                print(
                    String(
                        format: "  %.3f     %4d    %.3f %.3f %.3f    %.3f  %.3f    %.3f  %.3f         %.3f",
                        row.threshold,
                        row.groups,
                        row.bCubed.precision,
                        row.bCubed.recall,
                        row.bCubed.f1,
                        row.purity,
                        row.inversePurity,
                        row.adjustedRandIndex,
                        row.bCubedTopics.f1,
                        row.bCubedWithinTopics.f1
                    )
                )
            }
        }
    }

    // MARK: - Formatting

    private static func printCoreferenceHeader() {
        print("                 entities  MUC P/R/F1           B3 P/R/F1            CEAF-e P/R/F1        CoNLL F1")
    }

    private static func coreferenceLine(
        _ name: String,
        _ report: CoreferenceScorer.Report,
        entities: Int?
    ) -> String {
        let entityCount = entities.map { String($0) } ?? ""
        var line = pad(name, 16) + " " + String(repeating: " ", count: max(0, 8 - entityCount.count)) + entityCount
        for score in [report.muc, report.bCubed, report.ceafE] {
            line += String(format: "  %.3f %.3f %.3f", score.precision, score.recall, score.f1)
        }
        return line + String(format: "  %.3f", report.conll)
    }

    private static func counts(_ counts: ExtractionEvaluator.Counts) -> String {
        String(
            format: "%.3f      %.3f   %.3f  (%d/%d/%d)",
            counts.precision,
            counts.recall,
            counts.f1,
            counts.truePositives,
            counts.falsePositives,
            counts.falseNegatives
        )
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text.padding(toLength: max(width, text.count), withPad: " ", startingAt: 0)
    }

    private static func seconds(_ duration: Duration) -> String {
        let parts = duration.components
        return String(format: "%.1fs", Double(parts.seconds) + Double(parts.attoseconds) / 1e18)
    }
}
