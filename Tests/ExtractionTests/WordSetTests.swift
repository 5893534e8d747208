import Testing

@testable import Assay

@Suite struct WordSetTests {
    @Test func holdsWhatWasInsertedAndNothingElse() {
        // Deterministic pseudo-random hashes, some sharing their low bits, and 0, which marks empty slots inside.
        var generator = SplitMix(state: 42)
        let inserted = (0..<5_000).map { _ in generator.next() } + [0, 1 << 40, 2 << 40, 3 << 40]
        let words = WordSet(inserted)
        #expect(words.count == Set(inserted).count)
        #expect(inserted.allSatisfy(words.contains))
        let others = (0..<5_000).map { _ in generator.next() }.filter { !Set(inserted).contains($0) }
        #expect(!others.contains(where: words.contains))
        #expect(!WordSet().contains(0))
    }

    @Test func findsWordsByTheRulesHash() {
        let words = EntityRules.hashes(["Tobias", "liu"])
        #expect(words.contains(EntityRules.hash("TOBIAS")))
        #expect(words.contains(EntityRules.hash("Liu")))
        #expect(!words.contains(EntityRules.hash("Tobia")))
    }
}

/// SplitMix64, so the test's values are the same on every run.
private struct SplitMix {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
