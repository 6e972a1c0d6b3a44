/// How many questions got each verdict.
public struct Summary: Hashable, Sendable {
    /// The number of questions per verdict; verdicts no question got are absent.
    public var counts: [Verdict: Int]

    /// Creates a summary from counts.
    public init(counts: [Verdict: Int]) {
        self.counts = counts
    }

    /// Counts the verdicts of the given questions.
    public init(_ questions: [QuestionDiff]) {
        var counts: [Verdict: Int] = [:]
        for question in questions { counts[question.verdict, default: 0] += 1 }
        self.counts = counts
    }

    /// The number of questions with this verdict.
    public subscript(verdict: Verdict) -> Int { counts[verdict] ?? 0 }

    /// The number of questions in either version.
    public var total: Int { counts.values.reduce(0, +) }
}
