internal import Foundation

/// Finds the data folders and files a run needs (`Pipelines/news.yaml`, `Gazetteers/`): in the current directory,
/// else in the checkout the `assay` executable was built in.
public enum ResourceLocator {
    /// The path of `relative` if it exists here or up to five folders above the executable, else `nil`.
    public static func locate(_ relative: String) -> String? {
        if FileManager.default.fileExists(atPath: relative) { return relative }
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent()
        for _ in 0..<5 {
            let candidate = directory.appendingPathComponent(relative).path
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
            directory.deleteLastPathComponent()
        }
        return nil
    }
}
