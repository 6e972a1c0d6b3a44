/// How many questions, or grid statements, got each verdict.
public struct Summary: Hashable, Sendable {
    /// The number per verdict; verdicts nothing got are absent.
    public var counts: [Verdict: Int]

    /// Creates a summary from counts.
    public init(counts: [Verdict: Int]) {
        self.counts = counts
    }

    /// Counts the verdicts of the given questions.
    public init(_ questions: [QuestionDiff]) {
        self.init(verdicts: questions.lazy.map(\.verdict))
    }

    /// Counts the given verdicts.
    public init(verdicts: some Sequence<Verdict>) {
        var counts: [Verdict: Int] = [:]
        for verdict in verdicts { counts[verdict, default: 0] += 1 }
        self.counts = counts
    }

    /// The number with this verdict.
    public subscript(verdict: Verdict) -> Int { counts[verdict] ?? 0 }

    /// The number of questions, or statements, in either version.
    public var total: Int { counts.values.reduce(0, +) }

    /// Whether some are not comparable or were dropped.
    public var hasBreaking: Bool { counts.contains { $0.key.isBreaking && $0.value > 0 } }
}
