import SurveyBundle
import Testing

@testable import SurveyDiff

@Suite struct AnswerTests {
    let old = Fixture.wave2023

    @Test func `a 1-5 agreement question asked as a 0-10 scale is not comparable`() throws {
        let new = old.editing("difference") {
            $0.type = .scale
            $0.options = nil
            $0.isOrdered = nil
            $0.min = 0
            $0.max = 10
        }
        let question = try #require(diff(old, new).question("difference"))
        #expect(question.verdict == .notComparable)
        #expect(question.changes.first == .typeChanged(old: .single, new: .scale))
        #expect(question.reasons.first == "answer type changed from `single` to `scale`")
    }

    @Test func `a scale with different points is not comparable`() throws {
        let new = old.editing("recommend") {
            $0.min = 1
            $0.max = 5
        }
        let question = try #require(diff(old, new).question("recommend"))
        #expect(question.verdict == .notComparable)
        #expect(question.reasons == ["scale changed from 0...10 to 1...5"])
    }

    @Test func `a changed range is not comparable`() throws {
        let new = old.editing("caseload") { $0.max = 100 }
        let question = try #require(diff(old, new).question("caseload"))
        #expect(question.verdict == .notComparable)
        #expect(question.changes == [.rangeChanged(old: Bounds(min: 0, max: 80), new: Bounds(min: 0, max: 100))])
    }

    @Test func `a changed unit is not comparable`() throws {
        let new = old.editing("worked") { $0.unit = "days" }
        let question = try #require(diff(old, new).question("worked"))
        #expect(question.verdict == .notComparable)
        #expect(question.changes == [.unitChanged(old: "hours", new: "days")])
    }

    @Test func `a scale end label reworded keeps comparability but a new meaning does not`() throws {
        let similar = old.editing("recommend") { $0.highLabel = "Extremely likely indeed" }
        #expect(diff(old, similar).question("recommend")?.verdict == .comparable)
        #expect(diff(old, similar).question("recommend")?.changes.map(\.code) == ["scale-label-relabelled"])

        let different = old.editing("recommend") { $0.highLabel = "Certain" }
        #expect(diff(old, different).question("recommend")?.verdict == .notComparable)
        #expect(diff(old, different).question("recommend")?.changes.map(\.code) == ["scale-label-meaning-changed"])

        let removed = old.editing("recommend") { $0.lowLabel = nil }
        #expect(diff(old, removed).question("recommend")?.verdict == .caution)
        #expect(diff(old, removed).question("recommend")?.changes.map(\.code) == ["scale-label-removed"])
    }

    @Test func `a question made required is comparable`() throws {
        let new = old.editing("valued") { $0.isRequired = true }
        let question = try #require(diff(old, new).question("valued"))
        #expect(question.verdict == .comparable)
        #expect(question.reasons == ["now required"])
    }

    @Test func `changed choice limits need caution`() throws {
        let new = old.editing("helps") { $0.maxChoices = 3 }
        let question = try #require(diff(old, new).question("helps"))
        #expect(question.verdict == .caution)
        #expect(question.reasons == ["choice limits changed: up to 2 → up to 3"])
    }

    @Test func `a changed maximum length is comparable`() throws {
        let new = old.editing("comments") { $0.maxLength = 2000 }
        let question = try #require(diff(old, new).question("comments"))
        #expect(question.verdict == .comparable)
        #expect(question.changes == [.lengthLimitChanged(old: 5000, new: 2000)])
    }

    @Test func `a changed validation rule needs caution and a changed message is comparable`() throws {
        let rule = old.editing("paid") {
            $0.checks[0].condition = .test(Reference(question: "paid"), .less, .answer("worked"))
        }
        let first = try #require(diff(old, rule).question("paid"))
        #expect(first.verdict == .caution)
        #expect(first.reasons == ["validation rules changed: `paid <= worked` → `paid < worked`"])

        let message = old.editing("paid") { $0.checks[0].message = "Check your hours." }
        let second = try #require(diff(old, message).question("paid"))
        #expect(second.verdict == .comparable)
        #expect(second.changes.map(\.code) == ["check-messages-changed"])
    }

    @Test func `a validation rule reading a renamed question is unchanged`() throws {
        let new = old.editing("worked") { $0.id = "hours_worked"; $0.continues = "worked" }
            .editing("paid") { $0.checks[0].condition = .test(Reference(question: "paid"), .lessOrEqual, .answer("hours_worked")) }
        #expect(diff(old, new).question("paid")?.verdict == .identical)
    }
}
