import SeededRandom
import Testing

@testable import SurveyDiff

@Suite struct RenameSearchTests {
    /// Every pair compared, then the best few per text: the slow definition the indexed search must match.
    func bruteForce(_ old: [String], _ new: [String], threshold: Double, limit: Int) -> RenameSearch.Result {
        var result = RenameSearch.Result(forOld: Array(repeating: [], count: old.count), forNew: Array(repeating: [], count: new.count))
        for (i, a) in old.enumerated() {
            for (j, b) in new.enumerated() {
                let (x, y) = (Words.content(a), Words.content(b))
                let similarity = Words.similarity(x, y)
                if !x.isEmpty, !y.isEmpty, similarity >= threshold - 1e-9 {
                    let pair = RenameSearch.Pair(old: i, new: j, similarity: similarity)
                    result.forOld[i].append(pair)
                    result.forNew[j].append(pair)
                }
            }
        }
        result.forOld = result.forOld.map { Array($0.sorted { ($1.similarity, $0.new) < ($0.similarity, $1.new) }.prefix(limit)) }
        result.forNew = result.forNew.map { Array($0.sorted { ($1.similarity, $0.old) < ($0.similarity, $1.old) }.prefix(limit)) }
        return result
    }

    @Test(arguments: [0.3, 0.5, 0.6, 0.75, 1.0])
    func `the indexed search finds exactly the best pairs a full comparison finds`(threshold: Double) {
        var generator = SplitMix64(seed: UInt64(threshold * 1000))
        let vocabulary = (0..<30).map { "w\($0)" } + ["you", "the", "work"]
        func text() -> String {
            (0..<(1 + generator.below(9))).map { _ in vocabulary[generator.below(vocabulary.count)] }
                .joined(separator: " ")
        }
        for round in 0..<20 {
            let old = (0..<40).map { _ in text() }
            var new = (0..<40).map { _ in text() }
            // Near-copies make sure pairs above high thresholds exist.
            for index in 0..<10 { new[index] = old[index] + (index % 2 == 0 ? "" : " w29") }
            let limit = 1 + round % 4
            let found = RenameSearch.best(old: old, new: new, threshold: threshold, limit: limit)
            let expected = bruteForce(old, new, threshold: threshold, limit: limit)
            #expect(found.forNew == expected.forNew)
            #expect(found.forOld == expected.forOld)
        }
    }

    @Test func `texts without words never pair`() {
        let found = RenameSearch.best(old: ["", "?"], new: ["", "..."], threshold: 0.5, limit: 3)
        #expect(found.forOld == [[], []] && found.forNew == [[], []])
    }
}
