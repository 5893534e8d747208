import ArgumentParser

@main
struct AssayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "assay", abstract: "Turn news articles into a knowledge graph.")
}
