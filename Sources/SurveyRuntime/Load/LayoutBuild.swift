import SurveyBundle

extension Layout {
    /// Checks a decoded bundle's referential integrity and precomputes everything a session needs.
    static func build(_ bundle: SurveyBundle.Bundle) throws(LoadError) -> Layout {
        let survey = bundle.survey
        let outline = Outline(survey)
        var problems: [Inconsistency] = []

        var seenSections = Set<String>()
        for section in survey.sections where !seenSections.insert(section.id).inserted {
            problems.append(.duplicateSection(section.id))
        }
        var questionIndex: [String: Int] = [:]
        questionIndex.reserveCapacity(outline.questions.count)
        // By position rather than `enumerated()`, which copies each question out of the array.
        for index in outline.questions.indices {
            let id = outline.questions[index].id
            if questionIndex[id] != nil {
                problems.append(.duplicateQuestion(id))
            } else {
                questionIndex[id] = index
            }
            problems += outline.questions[index].shapeProblems
        }
        var roleIndex: [String: Int] = [:]
        for (index, role) in survey.roles.enumerated() {
            if roleIndex[role.id] != nil {
                problems.append(.duplicateRole(role.id))
            } else {
                roleIndex[role.id] = index
            }
        }

        var lastScreener: (item: Int, id: String)?
        for id in survey.screener {
            guard let index = questionIndex[id] else {
                problems.append(.unknownScreener(id))
                continue
            }
            let type = outline.questions[index].type
            if type != .single && type != .yesno { problems.append(.screenerType(question: id, type: type)) }
            let item = outline.questionItems[index]
            if item > (lastScreener?.item ?? -1) { lastScreener = (item, id) }
        }

        var resolver = Resolver(
            questions: outline.questions, questionIndex: questionIndex, roleIndex: roleIndex,
            screener: Set(survey.screener), lastScreener: lastScreener)
        let guards = outline.scopes.map { scoped in
            let scope = Resolver.Scope(
                location: scoped.location, limit: scoped.questionsBefore, startItem: scoped.start, isRoleRule: false)
            return Guard(rule: resolver.resolve(scoped.condition, in: scope), end: scoped.end)
        }
        var entries: [QuestionEntry] = []
        entries.reserveCapacity(outline.questions.count)
        for index in outline.questions.indices {
            let question = outline.questions[index]
            let item = outline.questionItems[index]
            let textScope = Resolver.Scope(
                location: .questionText(question.id), limit: index, startItem: item, isRoleRule: false)
            resolver.checkPipes(question.text, in: textScope)
            let helpScope = Resolver.Scope(
                location: .help(question: question.id), limit: index, startItem: item, isRoleRule: false)
            resolver.checkPipes(question.help, in: helpScope)
            let checkScope = Resolver.Scope(
                location: .check(question: question.id), limit: index + 1, startItem: item, isRoleRule: false)
            let checks = question.checks.map { check in
                CheckRule(rule: resolver.resolve(check.condition, in: checkScope), message: check.message)
            }
            entries.append(
                QuestionEntry(
                    question: question, item: item, positions: resolver.positions[index],
                    rows: Set((question.rows ?? []).map(\.id)), checks: checks))
        }
        var questionsBefore = 0
        for (position, entry) in outline.entries.enumerated() {
            switch entry.content {
            case .question: questionsBefore += 1
            case .note(let note):
                let scope = Resolver.Scope(
                    location: .noteText(section: survey.sections[entry.section].id), limit: questionsBefore,
                    startItem: position, isRoleRule: false)
                resolver.checkPipes(note.text, in: scope)
            }
        }
        let roles = survey.roles.map { role in
            let scope = Resolver.Scope(location: .role(role.id), limit: Int.max, startItem: Int.max, isRoleRule: true)
            return RoleEntry(id: role.id, rule: resolver.resolve(role.rule, in: scope))
        }
        problems += resolver.problems

        let estimates = Estimates(survey: survey, questions: outline.questions, questionIndex: questionIndex)
        problems += estimates.problems
        guard problems.isEmpty else { throw .inconsistent(problems) }

        var items: [FlatItem] = []
        items.reserveCapacity(outline.entries.count)
        var nextQuestion = outline.questions.count
        for entry in outline.entries.reversed() {
            let content: FlatItem.Content
            switch entry.content {
            case .question(let index):
                content = .question(index)
                nextQuestion = index
            case .note(let note):
                content = .note(note)
            }
            items.append(
                FlatItem(
                    content: content, guards: entry.scopes.map { guards[$0] }, section: entry.section,
                    nextQuestion: nextQuestion))
        }
        items.reverse()
        let layout = Layout(
            bundle: bundle, items: items, questions: entries, questionIndex: questionIndex, roles: roles,
            lastScreenerItem: lastScreener?.item ?? -1, remaining: estimates.remaining,
            mostRemaining: estimates.mostRemaining)
        if let overlap = layout.overlappingRoles() { throw .inconsistent([overlap]) }
        return layout
    }
}
