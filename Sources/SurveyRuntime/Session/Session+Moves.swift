import SurveyBundle

extension Session {
    /// Answers the current question and moves to the next item shown.
    ///
    /// The answer must fit the question's type and bounds, and every check of the question must not be false.
    public mutating func answer(_ answer: Answer) throws(ValidationError) {
        guard let position = cursor, let index = currentQuestionIndex else {
            throw ValidationError(question: nil, reason: .noQuestion)
        }
        let entry = layout.questions[index]
        if let reason = entry.problem(with: answer) {
            throw ValidationError(question: entry.question.id, reason: reason)
        }
        if let message = failedCheck(of: entry, index: index, answer: answer) {
            throw ValidationError(question: entry.question.id, reason: .check(message))
        }
        stored[index] = answer
        pass(position, question: index)
    }

    /// Stores a draft answer to the current question without moving on: it is the earlier answer a respondent
    /// is shown (`previousAnswer`) and it is saved with the session's `state`, until `answer` or `skip` replaces
    /// it. It must fit the question as an answer must, except that a grid may leave statements blank though
    /// it is required; an empty grid clears the draft. For a grid answered statement by statement: what has been
    /// typed survives a killed process, and the respondent resumes at the grid.
    public mutating func keep(_ draft: Answer) throws(ValidationError) {
        guard let index = currentQuestionIndex else { throw ValidationError(question: nil, reason: .noQuestion) }
        let entry = layout.questions[index]
        if case .grid(let cells) = draft, cells.isEmpty {
            stored[index] = nil
            return
        }
        if let reason = entry.problem(with: draft), reason != .incompleteGrid {
            throw ValidationError(question: entry.question.id, reason: reason)
        }
        stored[index] = draft
    }

    /// Leaves the current optional question unanswered, forgetting any answer stored for it, and moves on.
    public mutating func skip() throws(ValidationError) {
        guard let position = cursor, let index = currentQuestionIndex else {
            throw ValidationError(question: nil, reason: .noQuestion)
        }
        let question = layout.questions[index].question
        guard !question.isRequired else { throw ValidationError(question: question.id, reason: .required) }
        stored[index] = nil
        pass(position, question: index)
    }

    /// Moves past the current note.
    public mutating func proceed() throws(ValidationError) {
        guard let position = cursor, case .note = layout.items[position].content else {
            throw ValidationError(question: nil, reason: .noNote)
        }
        pass(position, question: nil)
    }

    /// Returns to the previous question shown, keeping every stored answer; `false` when there is none.
    ///
    /// Answers after that question leave the path (and the response) until the respondent reaches them again.
    @discardableResult
    public mutating func back() -> Bool {
        guard let last = path.lastIndex(where: { layout.items[$0].isQuestion }) else { return false }
        for position in path[last...] {
            guard case .question(let index) = layout.items[position].content else { continue }
            onPath[index] = false
            if stored[index] != nil { answeredCount -= 1 }
        }
        cursor = path[last]
        path.removeSubrange(last...)
        if cursor! <= layout.lastScreenerItem {
            isRoleSettled = false
            settledRole = nil
        }
        return true
    }

    /// The message of the first check that the proposed answer makes definitely false.
    func failedCheck(of entry: QuestionEntry, index: Int, answer: Answer) -> String? {
        guard !entry.checks.isEmpty else { return nil }
        let facts = ProposedFacts(session: self, question: index, answer: answer)
        return entry.checks.first { $0.rule.evaluate(facts, in: layout, unanswered: .unknown) == .no }?.message
    }

    mutating func pass(_ position: Int, question: Int?) {
        path.append(position)
        if let question {
            onPath[question] = true
            if stored[question] != nil { answeredCount += 1 }
        }
        cursor = advance(from: position + 1)
    }

    /// The first item at or after `start` whose conditions and those around it all hold.
    ///
    /// A false condition of a block or section jumps past everything it covers.
    mutating func advance(from start: Int) -> Int? {
        var position = start
        scan: while position < layout.items.count {
            if !isRoleSettled && position > layout.lastScreenerItem { settleRole() }
            for guarding in layout.items[position].guards
            where guarding.rule.evaluate(self, in: layout, unanswered: .no) != .yes {
                position = guarding.end
                continue scan
            }
            return position
        }
        if !isRoleSettled { settleRole() }
        return nil
    }

    /// Settles the role from the answers on the path: the one role whose rule holds, if exactly one does.
    private mutating func settleRole() {
        var found: Int?
        for (index, role) in layout.roles.enumerated()
        where role.rule.evaluate(self, in: layout, unanswered: .no) == .yes {
            if found != nil {
                found = nil
                break
            }
            found = index
        }
        settledRole = found
        isRoleSettled = true
    }
}

/// The answers on a session's path, plus the answer proposed for the current question.
private struct ProposedFacts: Facts {
    let session: Session
    let question: Int
    let answer: Answer

    func answer(at question: Int) -> Answer? {
        question == self.question ? answer : session.answer(at: question)
    }

    var roleIndex: Int? { session.roleIndex }
}

extension FlatItem {
    var isQuestion: Bool {
        if case .question = content { return true }
        return false
    }
}
