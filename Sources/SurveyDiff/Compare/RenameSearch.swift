/// Finds, for each unmatched text, the most similar texts on the other side whose content-word
/// similarity reaches a threshold, without comparing every pair.
///
/// A set-similarity join (PPJoin): every word gets a global rank, rarest first; each text's
/// words are sorted by rank and only the first `|x| − ⌈t·|x|⌉ + 1` are indexed. Two texts
/// with Jaccard similarity at least `t` always share a word within those prefixes, so probing
/// the index finds every qualifying pair, while common words, which sort last, are seldom
/// indexed. A length filter and a positional filter (the overlap still reachable from a word's
/// position) discard most candidates before the exact check.
enum RenameSearch {
    struct Pair: Hashable {
        var old: Int
        var new: Int
        var similarity: Double
    }

    /// Qualifying pairs, best first (ties in document order), at most `limit` per text on each side.
    struct Result {
        var forOld: [[Pair]]
        var forNew: [[Pair]]
    }

    /// The best pairs of an old and a new text with similarity at least `threshold` (clamped to 0.01...1).
    static func best(old: [String], new: [String], threshold: Double, limit: Int) -> Result {
        let t = Swift.min(Swift.max(threshold, 0.01), 1)
        let oldRecords = Records(old.map(Words.content), new.map(Words.content))
        var result = Result(
            forOld: Array(repeating: [], count: old.count), forNew: Array(repeating: [], count: new.count))
        guard limit > 0 else { return result }

        func prefixLength(_ size: Int) -> Int { size - Int((t * Double(size) - 1e-9).rounded(.up)) + 1 }
        func requiredOverlap(_ a: Int, _ b: Int) -> Int { Int((t / (1 + t) * Double(a + b) - 1e-9).rounded(.up)) }

        // postings[token] holds (old record, position of the token in it) for tokens in old prefixes.
        var postings = [[(record: Int32, position: Int32)]](repeating: [], count: oldRecords.tokenCount)
        for record in 0..<old.count {
            let size = oldRecords.size(record)
            guard size > 0 else { continue }
            for position in 0..<prefixLength(size) {
                postings[oldRecords.token(record, position)].append((Int32(record), Int32(position)))
            }
        }

        var shared = [Int32](repeating: 0, count: old.count)
        let pruned: Int32 = -1
        var touched: [Int] = []
        for newIndex in 0..<new.count {
            let newRecord = old.count + newIndex
            let size = oldRecords.size(newRecord)
            guard size > 0 else { continue }
            for position in 0..<prefixLength(size) {
                for (record, otherPosition) in postings[oldRecords.token(newRecord, position)] {
                    let candidate = Int(record)
                    if shared[candidate] == pruned { continue }
                    let otherSize = oldRecords.size(candidate)
                    if Double(otherSize) < t * Double(size) - 1e-9 || Double(otherSize) * t > Double(size) + 1e-9 { continue }
                    if shared[candidate] == 0 { touched.append(candidate) }
                    let reachable = 1 + Swift.min(size - position - 1, otherSize - Int(otherPosition) - 1)
                    if Int(shared[candidate]) + reachable >= requiredOverlap(size, otherSize) {
                        shared[candidate] += 1
                    } else {
                        shared[candidate] = pruned
                    }
                }
            }
            for candidate in touched {
                defer { shared[candidate] = 0 }
                guard shared[candidate] > 0 else { continue }
                let overlap = oldRecords.overlap(candidate, newRecord)
                let similarity = Double(overlap) / Double(oldRecords.size(candidate) + size - overlap)
                guard similarity >= t - 1e-9 else { continue }
                let pair = Pair(old: candidate, new: newIndex, similarity: similarity)
                keep(pair, in: &result.forNew[newIndex], limit: limit, other: \.old)
                keep(pair, in: &result.forOld[candidate], limit: limit, other: \.new)
            }
            touched.removeAll(keepingCapacity: true)
        }
        return result
    }

    /// Inserts a pair into a short list kept sorted by similarity, then the other side's index.
    private static func keep(_ pair: Pair, in list: inout [Pair], limit: Int, other: KeyPath<Pair, Int>) {
        func precedes(_ a: Pair, _ b: Pair) -> Bool {
            a.similarity != b.similarity ? a.similarity > b.similarity : a[keyPath: other] < b[keyPath: other]
        }
        if list.count == limit, let last = list.last, !precedes(pair, last) { return }
        let index = list.firstIndex { precedes(pair, $0) } ?? list.count
        list.insert(pair, at: index)
        if list.count > limit { list.removeLast() }
    }

    /// Word sets as ascending ranks in one flat buffer: old texts first, then new ones.
    private struct Records {
        private var tokens: [Int32] = []
        private var starts: [Int] = [0]
        private(set) var tokenCount = 0

        init(_ old: [Set<String>], _ new: [Set<String>]) {
            var ids: [String: Int] = [:]
            var frequency: [Int] = []
            var words: [String] = []
            for set in old + new {
                for word in set {
                    if let id = ids[word] {
                        frequency[id] += 1
                    } else {
                        ids[word] = frequency.count
                        frequency.append(1)
                        words.append(word)
                    }
                }
            }
            tokenCount = frequency.count
            let byRarity = frequency.indices.sorted { (frequency[$0], words[$0]) < (frequency[$1], words[$1]) }
            var rank = [Int32](repeating: 0, count: frequency.count)
            for (position, id) in byRarity.enumerated() { rank[id] = Int32(position) }
            for set in old + new {
                tokens += set.map { rank[ids[$0]!] }.sorted()
                starts.append(tokens.count)
            }
        }

        func size(_ record: Int) -> Int { starts[record + 1] - starts[record] }

        func token(_ record: Int, _ position: Int) -> Int { Int(tokens[starts[record] + position]) }

        /// The number of words two records share.
        func overlap(_ a: Int, _ b: Int) -> Int {
            var i = starts[a], j = starts[b], shared = 0
            let endA = starts[a + 1], endB = starts[b + 1]
            while i < endA, j < endB {
                let x = tokens[i], y = tokens[j]
                if x == y {
                    shared += 1
                    i += 1
                    j += 1
                } else if x < y {
                    i += 1
                } else {
                    j += 1
                }
            }
            return shared
        }
    }
}
