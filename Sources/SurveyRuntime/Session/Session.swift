import SurveyBundle

/// One respondent's way through a survey: the answers so far, the path of items shown, and what comes next.
///
/// A value type: copying a session copies the respondent's state, and each step costs time in proportion to
/// the items it moves past, never to the size of the survey.
public struct Session: Sendable {
    let layout: Layout
    /// Every stored answer by question position, including answers to questions no longer on the path.
    var stored: [Answer?]
    /// Whether each question has been passed on the current path.
    var onPath: [Bool]
    /// The item positions passed on the current path, in order.
    var path: [Int] = []
    /// The item position shown now, or `nil` when the survey is complete.
    var cursor: Int?
    /// Questions on the path with an answer.
    var answeredCount = 0
    /// Whether the role has been settled since the respondent last passed the last screener question.
    var isRoleSettled = false
    /// The settled role, by index.
    var settledRole: Int?

    /// Starts a new session at the first item shown.
    public init(_ survey: LoadedSurvey) {
        layout = survey.layout
        stored = Array(repeating: nil, count: layout.questions.count)
        onPath = Array(repeating: false, count: layout.questions.count)
        cursor = advance(from: 0)
    }

    /// The survey this session runs.
    public var survey: LoadedSurvey { LoadedSurvey(layout: layout) }

    /// The item to show now, or `nil` when the survey is complete.
    public var current: CurrentItem? {
        guard let cursor else { return nil }
        switch layout.items[cursor].content {
        case .question(let index): return .question(layout.questions[index].question)
        case .note(let note): return .note(note)
        }
    }

    /// The question to show now, if the current item is a question.
    public var currentQuestion: Question? {
        currentQuestionIndex.map { layout.questions[$0].question }
    }

    /// The section the current item belongs to, or `nil` when the survey is complete.
    public var currentSection: Section? {
        cursor.map { layout.bundle.survey.sections[layout.items[$0].section] }
    }

    /// The answer stored earlier for the current question, offered when the respondent comes back to it.
    public var previousAnswer: Answer? {
        currentQuestionIndex.flatMap { stored[$0] }
    }

    /// Whether the respondent has passed the last item.
    public var isComplete: Bool { cursor == nil }

    /// The respondent's role: the one role whose rule holds, once the last screener question is behind them.
    ///
    /// `nil` before then, when no rule holds, and in a survey with a single audience. (A bundle in which two rules
    /// can both hold is refused on load, within `Layout.roleEvaluationLimit`.)
    public var role: String? {
        (isRoleSettled ? settledRole : nil).map { layout.roles[$0].id }
    }

    /// The answer in effect for a question: stored, and the question is on the path already passed.
    public func answer(for id: String) -> Answer? {
        layout.questionIndex[id].flatMap { answer(at: $0) }
    }

    /// How far the respondent has got, in constant time.
    public var progress: Progress {
        let next = cursor.map { layout.items[$0].nextQuestion } ?? layout.questions.count
        let role = isRoleSettled ? settledRole : nil
        let seconds = role.map { layout.remaining[$0][next] } ?? layout.mostRemaining[next]
        return Progress(answered: answeredCount, secondsRemaining: seconds, isComplete: cursor == nil)
    }

    var currentQuestionIndex: Int? {
        guard let cursor, case .question(let index) = layout.items[cursor].content else { return nil }
        return index
    }
}

extension Session: Facts {
    func answer(at question: Int) -> Answer? {
        onPath[question] ? stored[question] : nil
    }

    var roleIndex: Int? { isRoleSettled ? settledRole : nil }
}
