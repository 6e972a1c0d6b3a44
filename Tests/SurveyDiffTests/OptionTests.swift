import SurveyBundle
import Testing

@testable import SurveyDiff

@Suite struct OptionTests {
    let old = Fixture.wave2023

    @Test func `an added option needs caution`() throws {
        let new = old.editing("future_plans") { $0.options!.insert(option("retire", "Retire", code: 5), at: 3) }
        let question = try #require(diff(old, new).question("future_plans"))
        #expect(question.verdict == .caution)
        #expect(question.changes == [.optionAdded(id: "retire", label: "Retire")])
    }

    @Test func `a removed option is not comparable`() throws {
        let new = old.editing("future_plans") { $0.options!.remove(at: 1) }
        let question = try #require(diff(old, new).question("future_plans"))
        #expect(question.verdict == .notComparable)
        #expect(question.reasons == ["option `move_la` \"Move to another local authority\" removed"])
    }

    @Test func `a relabelled option with the same meaning is comparable`() throws {
        let new = old.editing("future_plans") { $0.options![0].label = "Stay in my current job or role" }
        let question = try #require(diff(old, new).question("future_plans"))
        #expect(question.verdict == .comparable)
        #expect(question.changes == [.optionRelabelled(id: "stay", old: "Stay in my current job", new: "Stay in my current job or role")])
    }

    @Test func `an option whose label shares little with the old one changed meaning`() throws {
        let new = old.editing("employer") { $0.options![1].label = "An agency, or my own company through an agency" }
        let question = try #require(diff(old, new).question("employer"))
        #expect(question.verdict == .notComparable)
        #expect(question.changes.map(\.code) == ["option-meaning-changed"])
        #expect(question.reasons == ["option `agency` changed meaning: \"An agency\" → \"An agency, or my own company through an agency\""])
    }

    @Test func `a recoded option is not comparable and appears in the option mapping`() throws {
        let new = old.editing("future_plans") { $0.options![2].code = 9 }
        let question = try #require(diff(old, new).question("future_plans"))
        #expect(question.verdict == .notComparable)
        #expect(question.changes == [.optionRecoded(id: "agency", old: 3, new: 9)])
        #expect(question.optionMapping.map(\.text) == ["agency=3->9"])
    }

    @Test func `an option continuing an old one under a new identifier is comparable`() throws {
        var new = old.editing("employer") {
            $0.options![0] = option("local_authority", "A local authority", code: 1, continues: "la")
        }
        new.roles[0].rule = answer("employer", is: "local_authority")
        let result = diff(old, new)
        let question = try #require(result.question("employer"))
        #expect(question.verdict == .comparable)
        #expect(question.changes == [.optionRenamed(from: "la", to: "local_authority")])
        #expect(question.optionMapping.map(\.text) == ["la->local_authority"])
        #expect(result.roles == [], "the role rule reads the renamed option through the link")
    }

    @Test func `an option renamed without a link is an addition and a removal`() throws {
        let new = old.editing("employer") { $0.options![0] = option("local_authority", "A local authority", code: 1) }
        let question = try #require(diff(old, new).question("employer"))
        #expect(question.verdict == .notComparable)
        #expect(question.changes.map(\.code) == ["option-added", "option-removed"])
    }

    @Test func `renamed and recoded options are both mapped`() throws {
        let new = old.editing("employer") {
            $0.options![0] = option("local_authority", "A local authority", code: 10, continues: "la")
            $0.options![1].code = 3
            $0.options![2].code = 2
        }
        let question = try #require(diff(old, new).question("employer"))
        #expect(question.optionMapping.map(\.text) == ["la=1->local_authority=10", "agency=2->3", "student_placement=3->2"])
    }

    @Test func `reordered options need caution`() throws {
        let new = old.editing("future_plans") { $0.options!.swapAt(0, 3) }
        let question = try #require(diff(old, new).question("future_plans"))
        #expect(question.verdict == .caution)
        #expect(question.reasons == ["options reordered: `stay`, `move_la`, `agency`, `leave` → `leave`, `move_la`, `agency`, `stay`"])
    }

    @Test func `an option made exclusive needs caution and one asking to specify is comparable`() throws {
        let exclusive = old.editing("helps") { $0.options![2].isExclusive = true }
        #expect(diff(old, exclusive).question("helps")?.verdict == .caution)
        #expect(diff(old, exclusive).question("helps")?.changes == [.optionExclusivityChanged(id: "training", isExclusive: true)])

        let specify = old.editing("why_agency") { $0.options![2].isSpecify = nil }
        #expect(diff(old, specify).question("why_agency")?.verdict == .comparable)
        #expect(diff(old, specify).question("why_agency")?.reasons == ["option `other` no longer asks the respondent to specify"])
    }

    @Test func `options becoming unordered is comparable`() throws {
        let new = old.editing("difference") { $0.isOrdered = false }
        #expect(diff(old, new).question("difference")?.verdict == .comparable)
        #expect(diff(old, new).question("difference")?.changes == [.orderingChanged(isOrdered: false)])
    }

    @Test func `a change to the shared scale of a grid is an option change`() throws {
        let new = old.editing("statements") { $0.options!.removeLast() }
        let question = try #require(diff(old, new).question("statements"))
        #expect(question.verdict == .notComparable)
        #expect(question.changes == [.optionRemoved(id: "strongly_agree", label: "Strongly agree")])
    }
}
