// Small searches over arrays that several stages share.

extension Array where Element: Hashable {
    /// The elements in order, each kept once.
    func uniqued() -> [Element] {
        var seen: Set<Element> = []
        return filter { seen.insert($0).inserted }
    }
}

extension Array {
    /// The first index whose element satisfies `belongs`, for an array where those elements come last.
    func partitioningIndex(where belongs: (Element) -> Bool) -> Int {
        var low = 0
        var high = count
        while low < high {
            let mid = (low + high) / 2
            if belongs(self[mid]) { high = mid } else { low = mid + 1 }
        }
        return low
    }
}

extension Array where Element == Range<Int> {
    /// The index of the range holding `offset`, for sorted ranges that do not overlap.
    func index(containing offset: Int) -> Int? {
        let index = partitioningIndex { $0.upperBound > offset }
        return index < count && self[index].contains(offset) ? index : nil
    }
}
