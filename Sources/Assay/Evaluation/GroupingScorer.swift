/// Agreement between a grouping of items and the gold one: purity, inverse purity, the adjusted Rand index and
/// pairwise precision and recall (B-cubed comes from ``CoreferenceScorer/bCubed(gold:system:)``).
///
/// Both groupings cover the same items, given as parallel arrays of group labels.
///
/// ```swift
/// GroupingScorer.purity(gold: ["a", "a", "b"], system: [0, 0, 0])             // 0.667
/// GroupingScorer.adjustedRandIndex(gold: ["a", "a", "b"], system: [1, 1, 2])   // 1
/// ```
public enum GroupingScorer {
    /// The share of items that belong to the gold group most common in their system group.
    public static func purity<Gold: Hashable, System: Hashable>(gold: [Gold], system: [System]) -> Double {
        majorityShare(of: gold, within: system)
    }

    /// The share of items that belong to the system group most common in their gold group.
    public static func inversePurity<Gold: Hashable, System: Hashable>(gold: [Gold], system: [System]) -> Double {
        majorityShare(of: system, within: gold)
    }

    /// The Rand index corrected for chance (Hubert and Arabie 1985): 1 for identical groupings, about 0 for a
    /// random one; 1 too when both put every item alone or all together.
    public static func adjustedRandIndex<Gold: Hashable, System: Hashable>(gold: [Gold], system: [System]) -> Double {
        precondition(gold.count == system.count, "groupings of different items")
        let table = contingency(gold, system)
        let index = table.cells.values.reduce(0.0) { $0 + pairs($1) }
        let goldPairs = table.rows.values.reduce(0.0) { $0 + pairs($1) }
        let systemPairs = table.columns.values.reduce(0.0) { $0 + pairs($1) }
        let allPairs = pairs(gold.count)
        guard allPairs > 0 else { return 1 }
        let expected = goldPairs * systemPairs / allPairs
        let maximum = (goldPairs + systemPairs) / 2
        guard maximum != expected else { return 1 }
        return (index - expected) / (maximum - expected)
    }

    /// Pairwise scores: of the pairs the system puts together, how many gold puts together (precision), and the
    /// reverse (recall).
    public static func pairwise<Gold: Hashable, System: Hashable>(
        gold: [Gold],
        system: [System]
    ) -> CoreferenceScorer.Score {
        precondition(gold.count == system.count, "groupings of different items")
        let table = contingency(gold, system)
        let together = table.cells.values.reduce(0.0) { $0 + pairs($1) }
        return CoreferenceScorer.Score(
            precisionNumerator: together,
            precisionDenominator: table.columns.values.reduce(0.0) { $0 + pairs($1) },
            recallNumerator: together,
            recallDenominator: table.rows.values.reduce(0.0) { $0 + pairs($1) }
        )
    }

    // MARK: - Helpers

    private struct Cell<Gold: Hashable, System: Hashable>: Hashable {
        var gold: Gold
        var system: System
    }

    private static func contingency<Gold: Hashable, System: Hashable>(
        _ gold: [Gold],
        _ system: [System]
    ) -> (cells: [Cell<Gold, System>: Int], rows: [Gold: Int], columns: [System: Int]) {
        var cells: [Cell<Gold, System>: Int] = [:]
        var rows: [Gold: Int] = [:]
        var columns: [System: Int] = [:]
        for (g, s) in zip(gold, system) {
            cells[Cell(gold: g, system: s), default: 0] += 1
            rows[g, default: 0] += 1
            columns[s, default: 0] += 1
        }
        return (cells, rows, columns)
    }

    private static func pairs(_ count: Int) -> Double { Double(count) * Double(count - 1) / 2 }

    private static func majorityShare<Label: Hashable, Group: Hashable>(
        of labels: [Label],
        within groups: [Group]
    ) -> Double {
        precondition(labels.count == groups.count, "groupings of different items")
        guard !labels.isEmpty else { return 0 }
        var counts: [Group: [Label: Int]] = [:]
        for (label, group) in zip(labels, groups) { counts[group, default: [:]][label, default: 0] += 1 }
        let majority = counts.values.reduce(0) { $0 + ($1.values.max() ?? 0) }
        return Double(majority) / Double(labels.count)
    }
}
