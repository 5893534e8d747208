import Assay
import AssayTestSupport
import Foundation
import Testing

@Suite struct PipelineLoaderTests {
    let loader = PipelineLoader()

    @Test func everyShippedPipelineBuilds() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Repository.pipelines.path)
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
        #expect(files.contains("news.yaml"))
        for file in files {
            let pipeline = try loader.load(contentsOf: Repository.pipelines.appendingPathComponent(file).path)
            #expect(!pipeline.stages.isEmpty, "\(file) has no stages")
        }
    }

    @Test func theDefaultPipelineCleansThenExtracts() throws {
        let pipeline = try loader.load(contentsOf: Repository.pipelines.appendingPathComponent("news.yaml").path)
        #expect(pipeline.name == "news")
        #expect(Array(pipeline.stages.map(\.name).prefix(3)) == ["clean-html", "clean-text", "tokenize"])
        #expect(pipeline.provides.isSuperset(of: [.text, .metadata, .tokens, .entities]))
    }

    @Test(arguments: [
        ("unknown-stage.yaml", 4, 5, "unknown stage 'clean-htm'"),
        ("unknown-option.yaml", 4, 7, "unknown option 'min-paragraph' for stage 'clean-html'"),
        ("wrong-type.yaml", 4, 33, "option 'min-paragraph-characters' of stage 'clean-html': expected a whole number"),
    ])
    func mistakesNameTheFileLineAndKey(file: String, line: Int, column: Int, message: String) throws {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/\(file)", withExtension: nil))
        let error = try #require(throws: PipelineError.self) { try loader.load(contentsOf: url.path) }
        #expect(error.file == url.path)
        #expect(error.line == line)
        #expect(error.column == column)
        #expect(error.message.contains(message), "\(error)")
        #expect(error.description.hasPrefix("\(url.path):\(line):\(column): "))
    }

    @Test func malformedYAMLPointsAtTheProblem() throws {
        let error = try #require(throws: PipelineError.self) {
            try loader.load(text: "name: x\nstages:\n  - clean-html: {min-paragraph-characters: 3\n", file: "bad.yaml")
        }
        #expect(error.file == "bad.yaml")
        #expect(error.line != nil)
        #expect(error.message.contains("not valid YAML"))
    }

    @Test func unknownTopLevelKeysAreErrors() throws {
        let error = try #require(throws: PipelineError.self) {
            try loader.load(text: "name: x\nstage:\n  - clean-html\n", file: "typo.yaml")
        }
        #expect(error.line == 2)
        #expect(error.message.contains("unknown key 'stage'"))
    }

    @Test func optionsOverrideDefaults() throws {
        let pipeline = try loader.load(
            text: "stages:\n  - clean-text: {drop-boilerplate: false}\n  - clean-html\n",
            file: "ok.yaml"
        )
        #expect(pipeline.name == "ok")
        #expect(pipeline.stages.count == 2)
    }
}

/// A stage that needs a layer nobody provides, to test ordering checks.
struct NeedsTokens: Stage {
    struct Configuration: StageConfiguration {
        static let options: [String] = []
        init() {}
    }

    static let name = "needs-tokens"
    static let requires: Set<Layer> = [Layer("tokens")]
    static let provides: Set<Layer> = []
    init(configuration: Configuration) {}
    func process(_ document: inout Document, context: StageContext) throws(StageError) {}
}

/// A stage that provides `tokens`.
struct MakesTokens: Stage {
    struct Configuration: StageConfiguration {
        static let options: [String] = []
        init() {}
    }

    static let name = "make-tokens"
    static let requires: Set<Layer> = [.text]
    static let provides: Set<Layer> = [Layer("tokens")]
    init(configuration: Configuration) {}
    func process(_ document: inout Document, context: StageContext) throws(StageError) {
        document.layers.insert(Layer("tokens"))
    }
}

@Suite struct PipelineOrderTests {
    let loader = PipelineLoader(
        registry: StageRegistry([HTMLCleaner.self, TextCleaner.self, NeedsTokens.self, MakesTokens.self])
    )

    @Test func aStageBeforeItsInputsIsRejectedAtItsLine() throws {
        let error = try #require(throws: PipelineError.self) {
            try loader.load(
                text: "stages:\n  - clean-text\n  - needs-tokens\n  - make-tokens\n",
                file: "order.yaml"
            )
        }
        #expect(error.line == 3)
        #expect(error.message.contains("stage 'needs-tokens' requires 'tokens'"))
    }

    @Test func theRightOrderLoads() throws {
        let pipeline = try loader.load(
            text: "stages:\n  - clean-text\n  - make-tokens\n  - needs-tokens\n",
            file: "order.yaml"
        )
        #expect(pipeline.stages.map(\.name) == ["clean-text", "make-tokens", "needs-tokens"])
    }

    @Test func aRegisteredStageTakesNoOtherWiring() throws {
        #expect(StageRegistry([MakesTokens.self]).names == ["make-tokens"])
    }
}
