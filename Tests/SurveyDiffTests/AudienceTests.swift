import SurveyBundle
import Testing

@testable import SurveyDiff

@Suite struct AudienceTests {
    let old = Fixture.wave2023

    @Test func `a changed condition that keeps the population needs caution`() throws {
        let new = old.editing("caseload") { $0.condition = .and([answer("working", is: "yes"), .answered(Reference(question: "valued"))]) }
        let question = try #require(diff(old, new).question("caseload"))
        #expect(question.verdict == .caution)
        #expect(question.changes == [.conditionChanged(old: "working is yes", new: "answered valued and working is yes")])
    }

    @Test func `conditions are compared by structure not by the order they are written in`() throws {
        let before = old.editing("caseload") { $0.condition = .and([answer("working", is: "yes"), answer("employer", is: "la")]) }
        let after = old.editing("caseload") { $0.condition = .and([answer("employer", is: "la"), .and([answer("working", is: "yes")])]) }
        #expect(diff(before, after).question("caseload")?.verdict == .identical)
    }

    @Test func `a condition moved from a block to the question itself is unchanged`() throws {
        let before = survey(section("s", "S", question(.yesno, "a", "A?"), block(answer("a", is: "yes"), question(.yesno, "b", "B?"))))
        let after = survey(section("s", "S", question(.yesno, "a", "A?"), question(.yesno, "b", "B?") { $0.condition = answer("a", is: "yes") }))
        #expect(diff(before, after).question("b")?.verdict == .identical)
    }

    @Test func `conditions read options and questions through their continues links`() throws {
        var new = old
            .editing("employer") { $0.options![1] = option("agency_work", "An agency", code: 2, continues: "agency") }
            .editing("working") { $0.id = "in_work"; $0.continues = "working" }
            .editing("caseload") { $0.condition = answer("in_work", is: "yes") }
        new.roles[1].rule = answer("employer", is: "agency_work")
        let result = diff(old, new)
        #expect(result.question("caseload")?.verdict == .identical)
        #expect(result.roles.isEmpty)
    }

    @Test func `the same wording asked of a different population is not comparable`() throws {
        let new = old.settingPopulation(of: "valued", to: ["la_worker", "agency_worker"])
        let question = try #require(diff(old, new).question("valued"))
        #expect(question.verdict == .notComparable)
        #expect(question.changes == [.populationChanged(old: .everyone, new: .roles(["agency_worker", "la_worker"]))])
        #expect(question.reasons == ["asked of a different population: was everyone, now only `agency_worker`, `la_worker`"])
    }

    @Test func `a section condition reaching more roles changes condition and population`() throws {
        let new = old.editingSection("agency") { $0.condition = roleIn("agency_worker", "student") }
        let result = diff(old, new)
        let question = try #require(result.question("permanent"))
        #expect(question.verdict == .notComparable)
        #expect(question.changes == [
            .conditionChanged(old: "role is agency_worker", new: "role in (agency_worker, student)"),
            .populationChanged(old: .roles(["agency_worker"]), new: .roles(["agency_worker", "student"])),
        ])
        #expect(question.reasons.last == "asked of a different population: now also asked of `student`")
        #expect(result.sections.first { $0.id == "agency" }?.changes == [
            .conditionChanged(old: "role is agency_worker", new: "role in (agency_worker, student)")
        ])
    }

    @Test func `a question moved to another section is comparable`() throws {
        var new = old
        let moved = new.sections[1].items.remove(at: 1)
        new.sections[3].items.append(moved)
        let question = try #require(diff(old, new.withSummaries()).question("valued"))
        #expect(question.verdict == .comparable)
        #expect(question.changes.first == .moved(fromSection: "views", toSection: "future"))
    }

    @Test func `a question moved into a conditional section reports the condition and population too`() throws {
        var new = old
        let moved = new.sections[1].items.remove(at: 1)
        new.sections[2].items.insert(moved, at: 0)
        let question = try #require(diff(old, new.withSummaries()).question("valued"))
        #expect(question.verdict == .notComparable)
        #expect(question.changes.map(\.code) == ["moved", "notes-changed", "condition-changed", "population-changed"])
    }

    @Test func `a role given another rule redefines the people of the questions asked of it, not of everyone`() throws {
        var new = old
        new.roles[1].rule = .and([answer("employer", is: "agency"), answer("working", is: "yes")])
        let result = diff(old, new)
        #expect(result.roles == [.ruleChanged(id: "agency_worker", old: "employer is agency", new: "employer is agency and working is yes")])
        let question = try #require(result.question("permanent"))
        #expect(question.verdict == .notComparable)
        #expect(question.changes == [.rolesRedefined(roles: ["agency_worker"])])
        #expect(question.reasons == ["asked of the role `agency_worker`, whose rule changed: other people answer"])
        #expect(result.question("valued")?.verdict == .identical)
    }

    @Test func `a changed condition shows the old side in the new names, as it was compared`() throws {
        // `agency` continues as `ag`, and a new, unrelated option takes the name `agency`.
        let before = old.editing("caseload") { $0.condition = answer("employer", is: "agency") }
        let after = before.editing("employer") {
            $0.options![1] = option("ag", "An agency", code: 2, continues: "agency")
            $0.options!.append(option("agency", "A staff bank", code: 4))
        }
        let question = try #require(diff(before, after).question("caseload"))
        #expect(question.changes == [.conditionChanged(old: "employer is ag", new: "employer is agency")])
    }

    @Test func `an option's second link to the same old option is reported`() throws {
        let new = old.editing("employer") {
            $0.options![0] = option("la", "A local authority", code: 1, continues: "agency")
            $0.options![1] = option("agency", "An agency", code: 2, continues: "agency")
        }
        let question = try #require(diff(old, new).question("employer"))
        #expect(question.changes.contains(.optionLinkNotFollowed(id: "agency", target: "agency", claimedBy: "la")))
        #expect(question.reasons.contains("option `agency`: `continues agency` not followed: `la` already continues `agency`"))
    }
}
