import AssayTestSupport
import Testing

@testable import Assay

@Suite struct WordSetTests {
    @Test func holdsWhatWasInsertedAndNothingElse() {
        // Deterministic pseudo-random hashes, some sharing their low bits, and 0, which marks empty slots inside.
        var generator = SeededGenerator(seed: 42)
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
