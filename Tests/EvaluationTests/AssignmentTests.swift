import AssayTestSupport
import Testing

@testable import Assay

@Suite struct AssignmentTests {
    @Test func findsTheBestPairingWhereTheGreedyOneFails() {
        // Greedy takes 0.9 and is left with 0; the best pairing is 0.8 + 0.7.
        #expect(abs(Assignment.maximumWeight([[0.9, 0.8], [0.7, 0]]) - 1.5) < 1e-12)
    }

    @Test(arguments: [
        ([[1.0, 0.5, 0.2]], 1.0),
        ([[0.1], [0.6], [0.3]], 0.6),
        ([[0.2, 0.9, 0.1], [0.8, 0.7, 0.0]], 1.7),
        ([[0.0, 0.0], [0.0, 0.0]], 0.0),
    ])
    func pairsRectangularMatrices(weights: [[Double]], expected: Double) {
        #expect(abs(Assignment.maximumWeight(weights) - expected) < 1e-12)
    }

    @Test func matchesExhaustiveSearchOnSeededRandomMatrices() {
        var generator = SeededGenerator(seed: 42)
        func next() -> Double { Double(generator.next() >> 11) / Double(1 << 53) }
        for _ in 0..<50 {
            let rows = Int(next() * 4) + 1
            let columns = Int(next() * 4) + 1
            let weights = (0..<rows).map { _ in (0..<columns).map { _ in next() } }
            #expect(abs(Assignment.maximumWeight(weights) - exhaustive(weights)) < 1e-9)
        }
    }

    private func exhaustive(_ weights: [[Double]], row: Int = 0, used: Set<Int> = []) -> Double {
        guard row < weights.count else { return 0 }
        var best = exhaustive(weights, row: row + 1, used: used)  // row left unpaired
        for column in weights[row].indices where !used.contains(column) {
            best = max(best, weights[row][column] + exhaustive(weights, row: row + 1, used: used.union([column])))
        }
        return best
    }
}
