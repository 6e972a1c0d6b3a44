import SurveyBundle

/// Per-audience suffix sums of estimated seconds, from the role summaries.
struct Estimates {
    /// For each audience (each role in order, or the single audience), the seconds from each question position on.
    private(set) var remaining: [[Double]] = []
    /// For each question position, the most seconds over all audiences.
    private(set) var mostRemaining: [Double] = []
    private(set) var problems: [Inconsistency] = []

    /// How far a summary's seconds may be from the sum of its questions' seconds, which are tenths.
    static let secondsTolerance = 0.05

    init(survey: Survey, questions: [Question], questionIndex: [String: Int]) {
        let audiences: [String?] = survey.roles.isEmpty ? [nil] : survey.roles.map(\.id)
        var summaries: [String?: RoleSummary] = [:]
        for summary in survey.summaries {
            if let role = summary.role, !audiences.contains(role) {
                problems.append(.unknownSummaryRole(role))
            } else if summary.role == nil, !survey.roles.isEmpty {
                problems.append(.summaryWithoutRole)
            } else if summaries[summary.role] != nil {
                problems.append(.duplicateSummary(role: summary.role))
            } else {
                summaries[summary.role] = summary
            }
        }
        for audience in audiences {
            guard let summary = summaries[audience] else {
                problems.append(.missingSummary(role: audience))
                continue
            }
            var shown = [Bool](repeating: false, count: questions.count)
            var lookup = OrderedLookup(questions: questions, questionIndex: questionIndex)
            for id in summary.questions {
                if let index = lookup.position(of: id) {
                    shown[index] = true
                } else {
                    problems.append(.unknownSummaryQuestion(role: audience, question: id))
                }
            }
            var suffix = [Double](repeating: 0, count: questions.count + 1)
            for index in stride(from: questions.count - 1, through: 0, by: -1) {
                suffix[index] = suffix[index + 1] + (shown[index] ? questions[index].seconds : 0)
            }
            // The compiler adds the same seconds in another order: allow for the rounding of the sum.
            if abs(suffix[0] - summary.seconds) > Self.secondsTolerance {
                problems.append(.summarySeconds(role: audience, recorded: summary.seconds, computed: suffix[0]))
            }
            remaining.append(suffix)
        }
        mostRemaining = (0...questions.count).map { index in
            remaining.reduce(0) { Swift.max($0, $1[index]) }
        }
    }
}

/// Finds questions by identifier for a list that is usually in asking order (a compiled summary is):
/// by walking forward from the last one found, which at 100,000 questions is several times cheaper than
/// hashing each identifier into a table that does not fit the cache. A list out of order falls back to
/// the table once the walk has taken more than two steps per question, so the cost stays linear.
private struct OrderedLookup {
    let questions: [Question]
    let questionIndex: [String: Int]
    private var next = 0
    private var stepsLeft: Int

    init(questions: [Question], questionIndex: [String: Int]) {
        self.questions = questions
        self.questionIndex = questionIndex
        stepsLeft = 2 * questions.count
    }

    mutating func position(of id: String) -> Int? {
        var index = next
        while stepsLeft > 0, index < questions.count {
            stepsLeft -= 1
            if questions[index].id == id {
                next = index + 1
                return index
            }
            index += 1
        }
        return questionIndex[id]
    }
}
