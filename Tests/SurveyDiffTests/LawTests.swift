import SurveyBundle
import Testing

@testable import SurveyDiff

@Suite struct LawTests {
    static let seeds: [UInt64] = Array(1...40)

    @Test(arguments: seeds)
    func `a survey compared with itself has no changes`(seed: UInt64) {
        var generator = SurveyGenerator(seed: seed)
        let survey = generator.survey(questions: 5 + generator.random.below(60))
        let result = diff(survey, survey)
        #expect(!result.hasChanges)
        #expect(result.questions.allSatisfy { $0.verdict == .identical && $0.changes.isEmpty })
        #expect(result.questions.count == survey.questionEntries().count)
        #expect(result.metadata.isEmpty && result.roles.isEmpty)
        #expect(result.sections.allSatisfy { $0.changes.isEmpty })
    }

    @Test(arguments: seeds)
    func `swapping the versions swaps what was added with what was removed`(seed: UInt64) {
        var generator = SurveyGenerator(seed: seed)
        let a = generator.survey(questions: 5 + generator.random.below(40))
        let b = generator.edit(a, times: 1 + generator.random.below(6))
        let forward = diff(a, b), backward = diff(b, a)

        func ids(_ diff: Diff, _ verdict: Verdict) -> Set<String> { Set(diff.questions.filter { $0.verdict == verdict }.map(\.id)) }
        #expect(ids(forward, .new) == ids(backward, .dropped))
        #expect(ids(forward, .dropped) == ids(backward, .new))
        #expect(ids(forward, .identical) == ids(backward, .identical))

        func statements(_ diff: Diff, _ verdict: Verdict) -> Set<String> {
            Set(diff.questions.flatMap { grid in grid.statements.filter { $0.verdict == verdict }.map { "\(grid.id).\($0.id)" } })
        }
        #expect(statements(forward, .new) == statements(backward, .dropped))
        #expect(statements(forward, .dropped) == statements(backward, .new))
        #expect(statements(forward, .identical) == statements(backward, .identical))

        func options(_ diff: Diff, _ pick: (Change) -> String?) -> Set<String> {
            Set(diff.questions.flatMap { question in question.changes.compactMap(pick).map { "\(question.id).\($0)" } })
        }
        func added(_ change: Change) -> String? {
            if case .optionAdded(let id, _) = change { id } else { nil }
        }
        func removed(_ change: Change) -> String? {
            if case .optionRemoved(let id, _) = change { id } else { nil }
        }
        #expect(options(forward, added) == options(backward, removed))
        #expect(options(forward, removed) == options(backward, added))

        func roles(_ diff: Diff, _ pick: (RoleChange) -> String?) -> Set<String> { Set(diff.roles.compactMap(pick)) }
        func roleAdded(_ change: RoleChange) -> String? {
            if case .added(let id, _) = change { id } else { nil }
        }
        func roleRemoved(_ change: RoleChange) -> String? {
            if case .removed(let id, _) = change { id } else { nil }
        }
        #expect(roles(forward, roleAdded) == roles(backward, roleRemoved))
        #expect(roles(forward, roleRemoved) == roles(backward, roleAdded))

        func sections(_ diff: Diff, _ change: SectionChange) -> Set<String> { Set(diff.sections.filter { $0.changes.contains(change) }.map(\.id)) }
        #expect(sections(forward, .added) == sections(backward, .removed))
        #expect(sections(forward, .removed) == sections(backward, .added))

        #expect(forward.metadata.map { [$0.old, $0.new] } == backward.metadata.map { [$0.new, $0.old] })
        #expect(forward.hasChanges == backward.hasChanges)
    }

    @Test(arguments: seeds)
    func `every question of both versions appears once with the verdict of its worst change`(seed: UInt64) {
        var generator = SurveyGenerator(seed: seed)
        let a = generator.survey(questions: 5 + generator.random.below(40))
        let b = generator.edit(a, times: 1 + generator.random.below(6))
        let result = diff(a, b)
        let oldIDs = result.questions.compactMap(\.oldID), newIDs = result.questions.compactMap(\.newID)
        #expect(oldIDs.sorted() == a.questionEntries().map(\.id).sorted())
        #expect(newIDs.sorted() == b.questionEntries().map(\.id).sorted())
        for question in result.questions where question.oldID != nil && question.newID != nil {
            let worst = question.changes.map(\.verdict).max { $0.severity < $1.severity } ?? .identical
            #expect(question.verdict == worst)
        }
    }

    @Test(arguments: seeds)
    func `every statement of a kept grid appears once, and none is worse than its grid`(seed: UInt64) {
        var generator = SurveyGenerator(seed: seed)
        let a = generator.survey(questions: 5 + generator.random.below(40))
        let b = generator.edit(a, times: 1 + generator.random.below(6))
        for grid in diff(a, b).questions where !grid.statements.isEmpty {
            let old = a.question(grid.oldID ?? "")?.rows ?? [], new = b.question(grid.newID ?? "")?.rows ?? []
            #expect(grid.statements.compactMap(\.oldID).sorted() == old.map(\.id).sorted())
            #expect(grid.statements.compactMap(\.newID).sorted() == new.map(\.id).sorted())
            for statement in grid.statements where statement.oldID != nil && statement.newID != nil {
                let worst = statement.changes.map(\.verdict).max { $0.severity < $1.severity } ?? .identical
                #expect(statement.verdict == worst)
                #expect(statement.verdict.severity <= grid.verdict.severity)
            }
        }
    }

    @Test(arguments: seeds.prefix(10))
    func `the same inputs give byte-for-byte the same reports`(seed: UInt64) {
        func reports() -> [String] {
            var generator = SurveyGenerator(seed: seed)
            let a = generator.survey(questions: 30)
            let b = generator.edit(a, times: 5)
            let result = diff(a, b)
            return ReportFormat.allCases.map { render(result, as: $0) } + [render(result, as: .text, colour: .ansi)]
        }
        #expect(reports() == reports())
    }
}
