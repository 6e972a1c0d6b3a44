import SurveyBundle

extension Layout {
    /// The most role rules evaluated on load, one per role for each combination of screener answers: a
    /// survey that would need more (the shipped ones need 126) is loaded without the check, so that a large
    /// hand-made bundle cannot make loading slow.
    static let roleEvaluationLimit = 1 << 18

    /// Two roles whose rules both hold for some answers to the screener, which would leave that respondent
    /// without a role: the compiler refuses such rules (E0504), so only a hand-edited bundle has them. Nil
    /// when every combination of answers gives at most one role, or there are too many combinations to try.
    func overlappingRoles() -> Inconsistency? {
        guard roles.count > 1 else { return nil }
        let screener = bundle.survey.screener.compactMap { questionIndex[$0] }
        // Each screener question's possible answers, and no answer when it may be skipped or not be shown.
        let guards = screener.map { items[questions[$0].item].guards }
        let choices: [[Answer?]] = screener.indices.map { slot in
            let question = questions[screener[slot]].question
            let answers: [Answer?] = question.type == .yesno ? [.yesno(true), .yesno(false)] : (question.options ?? []).map { .option($0.id) }
            return question.isRequired && guards[slot].isEmpty ? answers : answers + [nil]
        }
        var combinations = 1
        for answers in choices {
            combinations *= max(answers.count, 1)
            if combinations * roles.count > Self.roleEvaluationLimit { return nil }
        }
        // Each combination in turn, the last question's answer changing fastest.
        var picks = Array(repeating: 0, count: choices.count)
        for _ in 0..<combinations {
            var answers: [Int: Answer] = [:]
            for (slot, index) in screener.enumerated() where !choices[slot].isEmpty {
                if let answer = choices[slot][picks[slot]] { answers[index] = answer }
            }
            let facts = ScreenerAnswers(answers: answers)
            // Only answers a respondent can give: a question is answered only where its conditions show it,
            // and always there when it is required.
            let isPossible = screener.indices.allSatisfy { slot in
                let isShown = guards[slot].allSatisfy { $0.rule.evaluate(facts, in: self, unanswered: .no) != .no }
                let isAnswered = answers[screener[slot]] != nil
                return isShown ? isAnswered || !questions[screener[slot]].question.isRequired : !isAnswered
            }
            let holding = isPossible ? roles.indices.filter { roles[$0].rule.evaluate(facts, in: self, unanswered: .no) == .yes } : []
            if holding.count > 1 {
                let words = screener.indices.filter { !choices[$0].isEmpty }.map { slot in
                    "`\(questions[screener[slot]].question.id)` \(choices[slot][picks[slot]]?.wording ?? "is unanswered")"
                }
                return .overlappingRoles(first: roles[holding[0]].id, second: roles[holding[1]].id, answers: words)
            }
            var slot = picks.count - 1
            while slot >= 0 {
                picks[slot] += 1
                if picks[slot] < max(choices[slot].count, 1) { break }
                picks[slot] = 0
                slot -= 1
            }
        }
        return nil
    }
}

/// Answers to the screener and nothing else, for trying the role rules.
private struct ScreenerAnswers: Facts {
    let answers: [Int: Answer]
    func answer(at question: Int) -> Answer? { answers[question] }
    var roleIndex: Int? { nil }
}

extension Answer {
    /// A screener answer in words: "is `agency`", "is yes".
    fileprivate var wording: String {
        switch self {
        case .option(let id, _): "is `\(id)`"
        case .yesno(let value): value ? "is yes" : "is no"
        default: "is answered"
        }
    }
}
