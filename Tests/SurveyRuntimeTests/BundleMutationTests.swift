import SeededRandom
import Foundation
import SurveyBundle
import SurveyRuntime
import Testing

/// Random byte changes to compiled bundles, and the inputs the fuzzer found, load or are refused with a
/// `LoadError`; they never crash. A changed bundle that still decodes is also loaded with its digest
/// recomputed, which reaches the integrity checks behind the digest.
struct BundleMutationTests {
    static let fuzzFindings: [String] = {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/fuzz")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".json") }.sorted().map { folder.appendingPathComponent($0).path }
    }()

    @Test(arguments: ShippedSurveys.names)
    func `random byte changes to a compiled bundle load or are refused, never crash`(name: String) throws {
        let original = try ShippedSurveys.bundleData(name)
        let alphabet = Array("{}[]:,\"0123456789.-etruefalsnul \\".utf8)
        let seed: UInt64 = 11
        var random = SplitMix64(seed: seed)
        var outcomes: [String: Int] = [:]
        for _ in 0..<120 {
            var bytes = [UInt8](original)
            for _ in 0..<Int.random(in: 1...4, using: &random) {
                let position = Int.random(in: bytes.indices, using: &random)
                switch Int.random(in: 0..<3, using: &random) {
                case 0: bytes.remove(at: position)
                case 1: bytes.insert(alphabet.randomElement(using: &random)!, at: position)
                default: bytes[position] = alphabet.randomElement(using: &random)!
                }
            }
            outcomes[Self.loadOrRefuse(Data(bytes)), default: 0] += 1
        }
        // The digest is what catches most changes; some must get past it to the integrity checks.
        #expect(outcomes.count > 1, "seed \(seed): \(outcomes)")
    }

    @Test(arguments: fuzzFindings)
    func `an input the fuzzer found loads or is refused, never crashes`(path: String) throws {
        _ = Self.loadOrRefuse(try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    /// Loads the bytes as they are, then with the digest recomputed; names the outcome.
    static func loadOrRefuse(_ data: Data) -> String {
        do {
            _ = try LoadedSurvey.load(data)
            return "loaded"
        } catch {
            // A typed throw: every refusal is a LoadError.
            _ = error.description
        }
        guard var bundle = try? JSONDecoder().decode(SurveyBundle.Bundle.self, from: data),
            let digest = try? SurveyBundle.Bundle.contentDigest(of: bundle.survey)
        else { return "not a bundle" }
        bundle.digest.content = digest
        do {
            let loaded = try LoadedSurvey(bundle)
            _ = Session(loaded).current
            return "loaded with a new digest"
        } catch {
            return "inconsistent"
        }
    }
}
