import SurveyBundle

extension Session {
    /// Resumes a saved session, replaying its path so that every answer, check and condition is checked again.
    public init(resuming state: SessionState, in survey: LoadedSurvey) throws(ResumeError) {
        guard state.digest == survey.digest else {
            throw .differentSurvey(saved: state.digest, loaded: survey.digest)
        }
        self.init(survey)
        var saved = Array<Answer?>(repeating: nil, count: layout.questions.count)
        let passed = Set(state.path)
        for (id, answer) in state.answers {
            guard let index = layout.questionIndex[id] else { throw .unknownQuestion(id) }
            // An answer off the path may be a draft (`keep`): a required grid with statements still blank.
            if let reason = layout.questions[index].problem(with: answer), reason != .incompleteGrid || passed.contains(id) {
                throw .invalidAnswer(question: id, ValidationError(question: id, reason: reason))
            }
            saved[index] = answer
        }
        for id in state.path {
            while let position = cursor, case .note = layout.items[position].content {
                pass(position, question: nil)
            }
            guard let index = currentQuestionIndex else { throw .pathMismatch(saved: id, shown: nil) }
            let shown = layout.questions[index].question.id
            guard shown == id else { throw .pathMismatch(saved: id, shown: shown) }
            do {
                if let answer = saved[index] { try self.answer(answer) } else { try skip() }
            } catch {
                throw .invalidAnswer(question: id, error)
            }
        }
        while cursor != state.position, let position = cursor, case .note = layout.items[position].content {
            pass(position, question: nil)
        }
        guard cursor == state.position else { throw .positionMismatch(saved: state.position, reached: cursor) }
        stored = saved
    }
}
