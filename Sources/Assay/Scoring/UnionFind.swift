/// Disjoint sets over `0..<count` with path halving: which items have been joined, directly or through others.
///
/// ```swift
/// var sets = UnionFind(count: 4)
/// sets.union(0, 2)
/// sets.union(2, 3)
/// sets.root(3) == sets.root(0)  // true
/// ```
/// - Complexity: near-constant amortised time per operation.
struct UnionFind {
    private var parent: [Int]

    init(count: Int) {
        parent = Array(0..<count)
    }

    /// The representative of `item`'s set.
    mutating func root(_ item: Int) -> Int {
        var item = item
        while parent[item] != item {
            parent[item] = parent[parent[item]]
            item = parent[item]
        }
        return item
    }

    /// Joins the sets of `a` and `b`; the smaller root stands for both, so results do not depend on call order.
    mutating func union(_ a: Int, _ b: Int) {
        let (rootA, rootB) = (root(a), root(b))
        if rootA != rootB { parent[max(rootA, rootB)] = min(rootA, rootB) }
    }

    /// Makes `kept`'s root stand for `merged`'s set.
    mutating func attach(_ merged: Int, to kept: Int) {
        let (rootMerged, rootKept) = (root(merged), root(kept))
        if rootMerged != rootKept { parent[rootMerged] = rootKept }
    }
}
