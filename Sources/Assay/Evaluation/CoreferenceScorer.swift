/// Coreference metrics over two clusterings of mentions: MUC, B-cubed, CEAF-e and their average, the CoNLL F1.
///
/// A clustering maps each mention key to the id of its cluster (`[Key: ClusterID]`); ids are compared only within
/// one side, so gold and system may use different id types.
///
/// **Mentions on one side only** ("twinless" mentions) are handled as the CoNLL-2012 reference scorer (v8) handles
/// them, following Pradhan et al. 2014, "Scoring Coreference Partitions of Predicted Mentions: A Reference
/// Implementation": nothing is added to either side. A gold mention the system lacks lowers recall (it shares its
/// cluster with nobody on the system side), a system mention the gold lacks lowers precision, and singletons count
/// as they are given. To score resolution alone, restrict both sides to the mentions they share first
/// (``restricted(_:to:)``) and report mention detection separately.
///
/// ```swift
/// let gold = ["a": 1, "b": 1, "c": 2]
/// let system = ["a": "x", "b": "y", "c": "y"]
/// CoreferenceScorer.bCubed(gold: gold, system: system).f1   // 0.667
/// CoreferenceScorer.score(gold: gold, system: system).conll
/// ```
public enum CoreferenceScorer {
    /// A precision and a recall, each kept as a numerator over a denominator so scores of parts add up.
    public struct Score: Sendable, Hashable {
        public var precisionNumerator: Double
        public var precisionDenominator: Double
        public var recallNumerator: Double
        public var recallDenominator: Double

        public init(
            precisionNumerator: Double = 0,
            precisionDenominator: Double = 0,
            recallNumerator: Double = 0,
            recallDenominator: Double = 0
        ) {
            self.precisionNumerator = precisionNumerator
            self.precisionDenominator = precisionDenominator
            self.recallNumerator = recallNumerator
            self.recallDenominator = recallDenominator
        }

        /// 0 when there is nothing to be precise about.
        public var precision: Double { precisionDenominator == 0 ? 0 : precisionNumerator / precisionDenominator }
        /// 0 when there is nothing to recall.
        public var recall: Double { recallDenominator == 0 ? 0 : recallNumerator / recallDenominator }
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

        /// The score of two disjoint parts scored together.
        public static func + (lhs: Score, rhs: Score) -> Score {
            Score(
                precisionNumerator: lhs.precisionNumerator + rhs.precisionNumerator,
                precisionDenominator: lhs.precisionDenominator + rhs.precisionDenominator,
                recallNumerator: lhs.recallNumerator + rhs.recallNumerator,
                recallDenominator: lhs.recallDenominator + rhs.recallDenominator
            )
        }
    }

    /// The three metrics, their CoNLL average and the mention counts they were computed over.
    public struct Report: Sendable, Hashable {
        public var muc: Score
        public var bCubed: Score
        public var ceafE: Score
        public var goldMentions: Int
        public var systemMentions: Int
        /// Mentions present on both sides.
        public var sharedMentions: Int

        /// The CoNLL-2012 F1: the unweighted mean of the MUC, B-cubed and CEAF-e F1.
        public var conll: Double { (muc.f1 + bCubed.f1 + ceafE.f1) / 3 }
    }

    // MARK: - Metrics

    /// MUC (Vilain et al. 1995): how many links the system must add to or cut from each cluster.
    ///
    /// Recall is Σ(|K| − |p(K)|) / Σ(|K| − 1) over gold clusters K, where p(K) splits K by system cluster and a
    /// mention the system lacks is a part of its own; precision swaps the sides. Singletons add nothing to either.
    ///
    /// - Complexity: O(m), m the mentions on both sides.
    public static func muc<Key: Hashable, Gold: Hashable, System: Hashable>(
        gold: [Key: Gold],
        system: [Key: System]
    ) -> Score {
        let recall = mucSide(clusters(gold), partitionedBy: system)
        let precision = mucSide(clusters(system), partitionedBy: gold)
        return Score(
            precisionNumerator: precision.numerator,
            precisionDenominator: precision.denominator,
            recallNumerator: recall.numerator,
            recallDenominator: recall.denominator
        )
    }

    /// B-cubed (Bagga and Baldwin 1998): for each mention, how much of its gold cluster its system cluster shares.
    ///
    /// Recall averages |K(m) ∩ R(m)| / |K(m)| over gold mentions m, precision |K(m) ∩ R(m)| / |R(m)| over system
    /// mentions, where K(m) and R(m) are the gold and system clusters holding m (empty when m is missing there).
    ///
    /// - Complexity: O(m), m the mentions on both sides.
    public static func bCubed<Key: Hashable, Gold: Hashable, System: Hashable>(
        gold: [Key: Gold],
        system: [Key: System]
    ) -> Score {
        let goldSizes = clusterSizes(gold)
        let systemSizes = clusterSizes(system)
        let overlaps = overlaps(gold, system)
        var score = Score(precisionDenominator: Double(system.count), recallDenominator: Double(gold.count))
        // Each of the |K ∩ R| shared mentions scores |K ∩ R| / |K| (recall) and |K ∩ R| / |R| (precision).
        for (pair, overlap) in overlaps {
            let squared = Double(overlap * overlap)
            score.recallNumerator += squared / Double(goldSizes[pair.gold] ?? 1)
            score.precisionNumerator += squared / Double(systemSizes[pair.system] ?? 1)
        }
        return score
    }

    /// |K ∩ R| for every pair of a gold and a system cluster that share a mention.
    private static func overlaps<Key: Hashable, Gold: Hashable, System: Hashable>(
        _ gold: [Key: Gold],
        _ system: [Key: System]
    ) -> [Pair<Gold, System>: Int] {
        var overlaps: [Pair<Gold, System>: Int] = [:]
        for (key, goldCluster) in gold {
            guard let systemCluster = system[key] else { continue }
            overlaps[Pair(gold: goldCluster, system: systemCluster), default: 0] += 1
        }
        return overlaps
    }

    /// Entity-based CEAF (Luo 2005, φ4): the best one-to-one alignment of gold and system clusters.
    ///
    /// Two clusters are as similar as φ4(K, R) = 2|K ∩ R| / (|K| + |R|); the alignment maximises the sum (found
    /// with the Kuhn–Munkres algorithm); recall divides it by the number of gold clusters, precision by the number
    /// of system clusters.
    ///
    /// - Complexity: the alignment runs on each connected group of overlapping clusters separately, cubic in the
    ///   group's size; clusterings of topics that share no mention cost no more than the topics one by one.
    public static func ceafE<Key: Hashable, Gold: Hashable, System: Hashable>(
        gold: [Key: Gold],
        system: [Key: System]
    ) -> Score {
        let goldSizes = clusterSizes(gold)
        let systemSizes = clusterSizes(system)
        let overlaps = overlaps(gold, system)
        var total = 0.0
        for component in components(overlaps.keys) {
            let rows = component.gold
            let columns = component.system
            let similarity = rows.map { goldCluster in
                columns.map { systemCluster in
                    let overlap = overlaps[Pair(gold: goldCluster, system: systemCluster)] ?? 0
                    let sizes = (goldSizes[goldCluster] ?? 0) + (systemSizes[systemCluster] ?? 0)
                    return sizes == 0 ? 0 : 2 * Double(overlap) / Double(sizes)
                }
            }
            total += Assignment.maximumWeight(similarity)
        }
        return Score(
            precisionNumerator: total,
            precisionDenominator: Double(systemSizes.count),
            recallNumerator: total,
            recallDenominator: Double(goldSizes.count)
        )
    }

    /// MUC, B-cubed and CEAF-e together, with the mention counts.
    public static func score<Key: Hashable, Gold: Hashable, System: Hashable>(
        gold: [Key: Gold],
        system: [Key: System]
    ) -> Report {
        Report(
            muc: muc(gold: gold, system: system),
            bCubed: bCubed(gold: gold, system: system),
            ceafE: ceafE(gold: gold, system: system),
            goldMentions: gold.count,
            systemMentions: system.count,
            sharedMentions: gold.keys.count(where: { system[$0] != nil })
        )
    }

    /// `clustering` with only the mentions in `keys`: both sides restricted to their shared mentions score the
    /// clustering alone, whatever mention detection missed or added.
    public static func restricted<Key: Hashable, Cluster: Hashable>(
        _ clustering: [Key: Cluster],
        to keys: Set<Key>
    ) -> [Key: Cluster] {
        clustering.filter { keys.contains($0.key) }
    }

    // MARK: - Helpers

    private struct Pair<Gold: Hashable, System: Hashable>: Hashable {
        var gold: Gold
        var system: System
    }

    private static func clusterSizes<Key: Hashable, Cluster: Hashable>(_ clustering: [Key: Cluster]) -> [Cluster: Int] {
        var sizes: [Cluster: Int] = [:]
        for cluster in clustering.values { sizes[cluster, default: 0] += 1 }
        return sizes
    }

    private static func clusters<Key: Hashable, Cluster: Hashable>(_ clustering: [Key: Cluster]) -> [[Key]] {
        Array(Dictionary(grouping: clustering.keys, by: { clustering[$0] }).values)
    }

    /// Σ(|K| − |p(K)|) and Σ(|K| − 1) for the clusters K of one side, split by the other side's clusters.
    private static func mucSide<Key: Hashable, Other: Hashable>(
        _ clusters: [[Key]],
        partitionedBy other: [Key: Other]
    ) -> (numerator: Double, denominator: Double) {
        var numerator = 0
        var denominator = 0
        for cluster in clusters {
            var parts = Set<Other>()
            var missing = 0
            for key in cluster {
                if let part = other[key] { parts.insert(part) } else { missing += 1 }
            }
            numerator += cluster.count - (parts.count + missing)
            denominator += cluster.count - 1
        }
        return (Double(numerator), Double(denominator))
    }

    /// The connected groups of the bipartite graph whose edges are the cluster pairs that share a mention.
    private static func components<Gold: Hashable, System: Hashable>(
        _ edges: some Sequence<Pair<Gold, System>>
    ) -> [(gold: [Gold], system: [System])] {
        var goldIndex: [Gold: Int] = [:]
        var systemIndex: [System: Int] = [:]
        var golds: [Gold] = []
        var systems: [System] = []
        var links: [(Int, Int)] = []
        for edge in edges {
            let g =
                goldIndex[edge.gold]
                ?? {
                    goldIndex[edge.gold] = golds.count
                    golds.append(edge.gold)
                    return golds.count - 1
                }()
            let s =
                systemIndex[edge.system]
                ?? {
                    systemIndex[edge.system] = systems.count
                    systems.append(edge.system)
                    return systems.count - 1
                }()
            links.append((g, s))
        }
        // Union-find over gold nodes 0..<golds.count and system nodes golds.count...
        var sets = UnionFind(count: golds.count + systems.count)
        for (g, s) in links { sets.attach(g, to: golds.count + s) }
        var groups: [Int: (gold: [Gold], system: [System])] = [:]
        for (index, cluster) in golds.enumerated() { groups[sets.root(index), default: ([], [])].gold.append(cluster) }
        for (index, cluster) in systems.enumerated() {
            groups[sets.root(golds.count + index), default: ([], [])].system.append(cluster)
        }
        return Array(groups.values)
    }
}
