import SeededRandom
import Foundation
import SurveyLanguage
import Testing

/// Every single-token deletion, duplication and swap of a real survey or a fixture compiles to diagnostics,
/// without a crash and within a time budget, and formats without changing its meaning.
///
/// `swift test` samples the mutations with fixed seeds. `SURVEY_PROPERTY_EXHAUSTIVE=1` tries every token of
/// every file instead (run it in release: see docs/robustness.md).
@Suite struct MutationPropertyTests {
    static let isExhaustive = ProcessInfo.processInfo.environment["SURVEY_PROPERTY_EXHAUSTIVE"] == "1"
    static let shippedSurveys = surveyFiles(under: TestSources.repositoryRoot.appendingPathComponent("surveys")).map(\.path)
        .filter { !$0.contains("/shared/") }
    static let fixtureSurveys = surveyFiles(under: TestSources.fixturesFolder).map(\.path)

    /// How long one mutated file may take to compile and format, far above what any of them needs.
    static let budget = Duration.seconds(5)

    @Test(arguments: shippedSurveys)
    func `token mutations of a shipped survey give diagnostics, never a crash or a hang`(path: String) throws {
        try checkMutations(of: path, samples: 150, seed: 7)
    }

    @Test func `token mutations of every fixture survey give diagnostics, never a crash or a hang`() throws {
        for (index, path) in Self.fixtureSurveys.enumerated() {
            try checkMutations(of: path, samples: 12, seed: UInt64(index))
        }
    }

    /// Compiles `samples` seeded mutations of the file (every mutation when exhaustive) and checks each.
    func checkMutations(of path: String, samples: Int, seed: UInt64) throws {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        let tokens = lex(bytes, file: 0).tokens.filter { $0.kind != .end }
        guard !tokens.isEmpty else { return }
        let mutations: [TokenMutation]
        if Self.isExhaustive {
            mutations = tokens.indices.flatMap { [.delete($0), .duplicate($0), .swap($0)] }
        } else {
            var random = SplitMix64(seed: seed)
            mutations = (0..<samples).map { _ in
                let index = Int.random(in: tokens.indices, using: &random)
                switch Int.random(in: 0..<3, using: &random) {
                case 0: return .delete(index)
                case 1: return .duplicate(index)
                default: return .swap(index)
                }
            }
        }
        for mutation in mutations {
            let mutated = mutation.applied(to: bytes, tokens: tokens)
            let clock = ContinuousClock()
            let start = clock.now
            let compilation = compile(path: path, bytes: mutated) { included in
                FileManager.default.contents(atPath: included).map { .success([UInt8]($0)) } ?? .failure(ReadFailure("no such file"))
            }
            if compilation.survey != nil { _ = try compilation.bundle() }
            let formatting = format(SourceFile(path: path, bytes: mutated))
            let elapsed = clock.now - start
            let replay = "\(path), seed \(seed), \(mutation): \(mutation.line(in: mutated, tokens: tokens))"
            #expect(elapsed < Self.budget, "took \(elapsed): \(replay)")
            #expect(compilation.survey != nil || compilation.diagnostics.hasErrors, "no survey and no error: \(replay)")
            if case .failure(.changesMeaning) = formatting { Issue.record("formatting changes the meaning: \(replay)") }
        }
        if Self.isExhaustive { print("mutation property: \(mutations.count) mutations of \(path)") }
    }
}

/// One change to a file's tokens: remove a token, write it twice, or swap it with the next.
enum TokenMutation: CustomStringConvertible {
    case delete(Int)
    case duplicate(Int)
    case swap(Int)

    var description: String {
        switch self {
        case .delete(let index): "delete token \(index)"
        case .duplicate(let index): "duplicate token \(index)"
        case .swap(let index): "swap token \(index) with the next"
        }
    }

    /// The mutated line, for failure messages.
    func line(in mutated: [UInt8], tokens: [Token]) -> String {
        let index: Int
        switch self {
        case .delete(let token), .duplicate(let token), .swap(let token): index = token
        }
        let offset = min(tokens[index].start, mutated.count)
        let start = mutated[..<offset].lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
        let end = mutated[offset...].firstIndex(of: UInt8(ascii: "\n")) ?? mutated.count
        return "`" + String(decoding: mutated[start..<end], as: UTF8.self) + "`"
    }

    func applied(to bytes: [UInt8], tokens: [Token]) -> [UInt8] {
        func text(_ index: Int) -> ArraySlice<UInt8> { bytes[tokens[index].start..<tokens[index].end] }
        switch self {
        case .delete(let index):
            return Array(bytes[..<tokens[index].start] + bytes[tokens[index].end...])
        case .duplicate(let index):
            return Array(bytes[..<tokens[index].end] + [UInt8(ascii: " ")] + text(index) + bytes[tokens[index].end...])
        case .swap(let index):
            guard index + 1 < tokens.count else { return bytes }
            let (first, second) = (tokens[index], tokens[index + 1])
            return Array(bytes[..<first.start] + text(index + 1) + bytes[first.end..<second.start] + text(index) + bytes[second.end...])
        }
    }
}
