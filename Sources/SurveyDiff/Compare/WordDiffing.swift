/// Word-level diffs by longest common subsequence over whitespace-separated words.
enum WordDiffing {
    /// The diff between two texts; words keep their punctuation and compare exactly.
    static func diff(_ old: String, _ new: String) -> WordDiff {
        let a = words(old)
        let b = words(new)
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] {
            suffix += 1
        }
        let middleA = Array(a[prefix..<(a.count - suffix)])
        let middleB = Array(b[prefix..<(b.count - suffix)])

        var builder = SegmentBuilder()
        for word in a[..<prefix] { builder.append(.same, word) }
        for (kind, word) in lcsEdits(middleA, middleB) { builder.append(kind, word) }
        for word in a[(a.count - suffix)...] { builder.append(.same, word) }
        return WordDiff(segments: builder.finished)
    }

    enum Kind { case same, removed, added }

    /// The whitespace-separated words of a text. An ASCII text is split on its bytes, where splitting on
    /// `Character.isWhitespace` looks up the properties of every character; for ASCII the two agree (its
    /// whitespace is tab, line feed, vertical tab, form feed, carriage return and space).
    static func words(_ text: String) -> [String] {
        let split = text.utf8.withContiguousStorageIfAvailable { bytes -> [String]? in
            var words: [String] = []
            var start: Int?
            for index in bytes.indices {
                let byte = bytes[index]
                guard byte < 0x80 else { return nil }
                if byte == 0x20 || (0x09...0x0D).contains(byte) {
                    if let first = start { words.append(String(decoding: bytes[first..<index], as: UTF8.self)) }
                    start = nil
                } else if start == nil {
                    start = index
                }
            }
            if let first = start { words.append(String(decoding: bytes[first...], as: UTF8.self)) }
            return words
        }
        return (split ?? nil) ?? text.split(whereSeparator: \.isWhitespace).map(String.init)
    }

    /// The edit script turning `a` into `b`, removals before additions within each changed run.
    private static func lcsEdits(_ a: [String], _ b: [String]) -> [(Kind, String)] {
        let n = a.count, m = b.count
        if n == 0 { return b.map { (.added, $0) } }
        if m == 0 { return a.map { (.removed, $0) } }
        // lengths[i][j] is the LCS length of a[i...] and b[j...], flattened row-major.
        var lengths = [Int](repeating: 0, count: (n + 1) * (m + 1))
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                lengths[i * (m + 1) + j] =
                    a[i] == b[j]
                    ? lengths[(i + 1) * (m + 1) + j + 1] + 1
                    : Swift.max(lengths[(i + 1) * (m + 1) + j], lengths[i * (m + 1) + j + 1])
            }
        }
        var edits: [(Kind, String)] = []
        var removed: [String] = [], added: [String] = []
        func flush() {
            edits += removed.map { (.removed, $0) } + added.map { (.added, $0) }
            removed = []
            added = []
        }
        var i = 0, j = 0
        while i < n || j < m {
            if i < n, j < m, a[i] == b[j] {
                flush()
                edits.append((.same, a[i]))
                i += 1
                j += 1
            } else if j == m || (i < n && lengths[(i + 1) * (m + 1) + j] >= lengths[i * (m + 1) + j + 1]) {
                removed.append(a[i])
                i += 1
            } else {
                added.append(b[j])
                j += 1
            }
        }
        flush()
        return edits
    }

    /// Joins consecutive words of the same kind into runs.
    private struct SegmentBuilder {
        private var segments: [WordDiff.Segment] = []
        private var kind: Kind?
        private var words: [String] = []

        mutating func append(_ kind: Kind, _ word: String) {
            if kind != self.kind { close() }
            self.kind = kind
            words.append(word)
        }

        private mutating func close() {
            guard let kind, !words.isEmpty else { return }
            let run = words.joined(separator: " ")
            switch kind {
            case .same: segments.append(.same(run))
            case .removed: segments.append(.removed(run))
            case .added: segments.append(.added(run))
            }
            words = []
        }

        var finished: [WordDiff.Segment] {
            var copy = self
            copy.close()
            return copy.segments
        }
    }
}
