import Assay
import Foundation

/// The path of a file in `Tests/InputTests/Fixtures`.
func fixturePath(_ name: String) throws -> String {
    guard let resources = Bundle.module.resourceURL else {
        throw CocoaError(.fileNoSuchFile)
    }
    return resources.appendingPathComponent("Fixtures").appendingPathComponent(name).path
}

extension Array where Element == InputItem {
    /// The documents, in order.
    var documents: [RawDocument] {
        compactMap { if case .document(let document) = $0 { document } else { nil } }
    }

    /// The failures, in order.
    var failures: [StageError] {
        compactMap { if case .failure(let error) = $0 { error } else { nil } }
    }
}
