/// The assignment problem: pair rows with columns one to one so the paired weights sum to the most.
///
/// ```swift
/// Assignment.maximumWeight([[1, 0.5], [0.9, 0]])   // 1.4 (row 0 → column 1, row 1 → column 0)
/// ```
enum Assignment {
    /// The largest sum of `weights[row][column]` over a one-to-one pairing of rows and columns (the Kuhn–Munkres,
    /// or Hungarian, algorithm with potentials); rows or columns left over stay unpaired.
    ///
    /// - Parameter weights: a rectangular matrix; every row has the same number of columns.
    /// - Complexity: O(n² m) for n = min(rows, columns) and m = max(rows, columns).
    static func maximumWeight(_ weights: [[Double]]) -> Double {
        guard let width = weights.first?.count, width > 0 else { return 0 }
        precondition(weights.allSatisfy { $0.count == width }, "a ragged weight matrix")
        // The algorithm below wants no more rows than columns.
        let matrix =
            weights.count <= width ? weights : (0..<width).map { column in weights.map { $0[column] } }
        let rows = matrix.count
        let columns = matrix[0].count
        // Minimise cost = −weight. Arrays are 1-based; index 0 is the free row/column the search starts from.
        var rowPotential = [Double](repeating: 0, count: rows + 1)
        var columnPotential = [Double](repeating: 0, count: columns + 1)
        var rowOfColumn = [Int](repeating: 0, count: columns + 1)
        var way = [Int](repeating: 0, count: columns + 1)
        for row in 1...rows {
            rowOfColumn[0] = row
            var column = 0
            var slack = [Double](repeating: .infinity, count: columns + 1)
            var used = [Bool](repeating: false, count: columns + 1)
            repeat {
                used[column] = true
                let current = rowOfColumn[column]
                var delta = Double.infinity
                var next = 0
                for candidate in 1...columns where !used[candidate] {
                    let reduced =
                        -matrix[current - 1][candidate - 1] - rowPotential[current] - columnPotential[candidate]
                    if reduced < slack[candidate] {
                        slack[candidate] = reduced
                        way[candidate] = column
                    }
                    if slack[candidate] < delta {
                        delta = slack[candidate]
                        next = candidate
                    }
                }
                for candidate in 0...columns {
                    if used[candidate] {
                        rowPotential[rowOfColumn[candidate]] += delta
                        columnPotential[candidate] -= delta
                    } else {
                        slack[candidate] -= delta
                    }
                }
                column = next
            } while rowOfColumn[column] != 0
            // Flip the augmenting path.
            repeat {
                let previous = way[column]
                rowOfColumn[column] = rowOfColumn[previous]
                column = previous
            } while column != 0
        }
        var total = 0.0
        for column in 1...columns where rowOfColumn[column] != 0 {
            total += matrix[rowOfColumn[column] - 1][column - 1]
        }
        return total
    }
}
