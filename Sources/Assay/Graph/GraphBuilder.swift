internal import Foundation

/// What the corpus stages know about a set of annotation records: entities, sources, facts and how they were made.
public struct KnowledgeGraph: Sendable {
    /// Sorted by id.
    public var records: [DocumentRecord]
    public var resolution: CorpusResolution
    public var sources: SourceGrouping
    public var facts: [FactNode]
    /// The topics facts are about (`assay:topic/tariff` → "tariffs").
    public var topics: [String: String]
    public var provenance: GraphProvenance
    public var configuration: GraphConfiguration
}

/// How a graph was made: the pipeline file, the data files and the Assay version.
public struct GraphProvenance: Sendable, Hashable {
    public var pipelineName: String
    public var pipelineSHA256: String
    public var dataFiles: [Gazetteer.File]
    public var version: String
}

/// Runs the corpus stages over annotation records: cross-document resolution, fact finding, source grouping and
/// agreement scoring. It reads records only, so `assay merge` on stored records and `assay run` on the dump build
/// the same graph.
///
/// ```swift
/// let builder = try GraphBuilder(pipeline: pipeline)
/// let graph = builder.build(records)
/// let jsonld = GraphEmitter(graph).jsonLD()
/// ```
/// - Complexity: O(n log n) in the number of mentions, plus the LSH buckets of ``SourceGrouper``.
public struct GraphBuilder: Sendable {
    public var configuration: GraphConfiguration
    public var lexicon: FactLexicon
    public var grouper: SourceGrouper
    public var provenance: GraphProvenance

    /// Loads the data files the pipeline's `graph:` options name.
    ///
    /// - Throws: ``GazetteerError`` for a missing or malformed file.
    public init(pipeline: Pipeline) throws(GazetteerError) {
        let configuration = pipeline.graph
        guard let directory = ResourceLocator.locate(configuration.gazetteers) else {
            throw GazetteerError(file: configuration.gazetteers, message: "no such folder")
        }
        lexicon = try FactLexicon.load(directory: directory)
        let organizations = try Gazetteer.load(files: [directory + "/organizations.tsv"])
        grouper = SourceGrouper(gazetteer: organizations)
        grouper.threshold = configuration.nearDuplicateThreshold
        grouper.shingleSize = configuration.shingleSize
        self.configuration = configuration
        provenance = GraphProvenance(
            pipelineName: pipeline.name,
            pipelineSHA256: Gazetteer.hexSHA256(Data(pipeline.definition.utf8)),
            dataFiles: Self.dataFiles(in: directory),
            version: AssayRelease.version
        )
    }

    /// Every data file of the gazetteer folder (`*.tsv`, `*.txt`) with its SHA-256: what the extraction stages matched
    /// against and what the corpus stages read, for the graph's provenance.
    static func dataFiles(in directory: String) -> [Gazetteer.File] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { $0.hasSuffix(".tsv") || $0.hasSuffix(".txt") }.sorted().compactMap { name in
            guard let data = FileManager.default.contents(atPath: directory + "/" + name) else { return nil }
            return Gazetteer.File(name: name, version: 0, sha256: Gazetteer.hexSHA256(data), entryCount: 0)
        }
    }

    /// Builds the graph of `records`; their order does not matter.
    public func build(_ records: [DocumentRecord]) -> KnowledgeGraph {
        let records = records.sorted { $0.id < $1.id }
        var resolverConfiguration = ResolverConfiguration()
        resolverConfiguration.singleNamesOnEvidence = configuration.singleNamesOnEvidence
        let resolution = EntityResolver(configuration: resolverConfiguration).resolve(records)
        let extractor = FactExtractor(lexicon: lexicon)
        let facts = records.flatMap { extractor.facts(in: $0, resolution: resolution) }
        let sources = grouper.group(records)
        let nodes = AgreementScorer(tolerance: configuration.tolerance)
            .score(facts, sources: sources, resolution: resolution)
        return KnowledgeGraph(
            records: records,
            resolution: resolution,
            sources: sources,
            facts: nodes,
            topics: lexicon.topicLabels.filter { topic in nodes.contains { $0.about.contains(topic.key) } },
            provenance: provenance,
            configuration: configuration
        )
    }
}

/// Assay's release, recorded in every graph's provenance.
public enum AssayRelease {
    public static let version = "0.4.0"
}
