extension Pipeline {
    /// The built-in cleaning pipeline `assay clean` runs: `clean-html` then `clean-text`, with default options.
    public static func cleaning() -> Pipeline {
        do {
            return try Pipeline(
                name: "clean",
                stages: [
                    AnyStage(HTMLCleaner(configuration: .init())),
                    AnyStage(TextCleaner(configuration: .init())),
                ]
            )
        } catch {
            preconditionFailure("the cleaning stages need only the source, so they cannot be misordered: \(error)")
        }
    }
}
