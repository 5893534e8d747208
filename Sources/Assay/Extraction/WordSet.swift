/// A set of case-folded word hashes (``TokenizedText/foldedHash(_:_:)``) for the rules' per-token tests.
///
/// The hashes are FNV-1a values already, so the set uses their bits directly — open addressing, linear probing, a
/// power-of-two table at most half full — rather than hashing them again as `Set<UInt64>` does, which made the
/// word tests a visible part of extraction.
struct WordSet: Sendable {
    /// Slots hold a hash or `empty`; 0 itself is kept apart, since it marks an empty slot.
    private var slots: [UInt64]
    private var mask: Int
    private var holdsZero = false
    private(set) var count = 0

    private static let empty: UInt64 = 0

    init() {
        slots = [UInt64](repeating: Self.empty, count: 8)
        mask = 7
    }

    init(_ hashes: some Sequence<UInt64>) {
        self.init()
        for hash in hashes { insert(hash) }
    }

    @inline(__always) func contains(_ hash: UInt64) -> Bool {
        if hash == Self.empty { return holdsZero }
        var index = slot(of: hash)
        while true {
            let value = slots[index]
            if value == hash { return true }
            if value == Self.empty { return false }
            index = (index + 1) & mask
        }
    }

    mutating func insert(_ hash: UInt64) {
        if hash == Self.empty {
            if !holdsZero { count += 1 }
            holdsZero = true
            return
        }
        if (count + 1) * 2 > slots.count { grow() }
        var index = slot(of: hash)
        while slots[index] != Self.empty {
            if slots[index] == hash { return }
            index = (index + 1) & mask
        }
        slots[index] = hash
        count += 1
    }

    private func slot(of hash: UInt64) -> Int {
        // The high bits of a multiplicative mix spread FNV values that differ in their low bits only.
        Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    private mutating func grow() {
        let old = slots
        slots = [UInt64](repeating: Self.empty, count: old.count * 2)
        mask = slots.count - 1
        for value in old where value != Self.empty {
            var index = slot(of: value)
            while slots[index] != Self.empty { index = (index + 1) & mask }
            slots[index] = value
        }
    }
}
