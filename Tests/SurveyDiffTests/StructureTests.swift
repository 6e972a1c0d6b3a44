import SurveyBundle
import Testing

@testable import SurveyDiff

@Suite struct StructureTests {
    let old = Fixture.wave2023

    @Test func `a question continuing an old one under a new identifier is matched`() throws {
        let new = old.editing("future_plans") { $0.id = "intentions"; $0.continues = "future_plans" }
        let result = diff(old, new)
        let question = try #require(result.question("intentions"))
        #expect(question.oldID == "future_plans")
        #expect(question.verdict == .comparable)
        #expect(question.changes == [.renamed(from: "future_plans", to: "intentions")])
        #expect(result.summary[.new] == 0 && result.summary[.dropped] == 0)
    }

    @Test func `a link wins over a new question that reuses the old identifier`() throws {
        let new = old.editingSection("future") {
            $0.items = [
                question(.text, "future_plans", "Anything else about your plans?"),
                choice(.single, "intentions", "What do you plan to do in the next two years?", Fixture.wave2023.question("future_plans")!.options!) {
                    $0.continues = "future_plans"
                },
            ]
        }
        let result = diff(old, new)
        #expect(result.question("intentions")?.oldID == "future_plans")
        #expect(result.question("intentions")?.verdict == .comparable)
        #expect(result.question("future_plans")?.verdict == .new)
    }

    @Test func `added and removed questions are new and dropped`() throws {
        let new = old.editingSection("future") {
            $0.items = [question(.yesno, "flexible", "Do you work flexibly?")]
        }
        let result = diff(old, new)
        #expect(result.question("flexible")?.verdict == .new)
        #expect(result.question("future_plans")?.verdict == .dropped)
        #expect(result.question("future_plans")?.reasons == ["not in the new version"])
        #expect(result.sections.first { $0.id == "future" }?.questions.map(\.id) == ["flexible", "future_plans"])
    }

    @Test func `similar wording without a link is a possible rename, never a match`() throws {
        let new = old.editing("future_plans") { $0.id = "plans"; $0.text = "What do you plan to do in the next three years?" }
        let result = diff(old, new)
        let added = try #require(result.question("plans"))
        let dropped = try #require(result.question("future_plans"))
        #expect(added.verdict == .new)
        #expect(dropped.verdict == .dropped)
        #expect(added.possibleRenames.map(\.oldID) == ["future_plans"])
        #expect(dropped.possibleRenames.map(\.newID) == ["plans"])
        #expect(added.reasons.last == "possibly renamed from `future_plans` (word similarity 0.60): if so, add `continues future_plans` to `plans`")
    }

    @Test func `different wording gives no rename hint`() throws {
        let new = old.editing("future_plans") { $0.id = "plans"; $0.text = "Where will you be working next year?" }
        #expect(diff(old, new).question("plans")?.possibleRenames == [])
    }

    @Test func `a link to an identifier the old version lacks is reported`() throws {
        let new = old.editing("future_plans") { $0.id = "intentions"; $0.continues = "futur_plans" }
        let question = try #require(diff(old, new).question("intentions"))
        #expect(question.verdict == .new)
        #expect(question.unfollowedLink == UnfollowedLink(target: "futur_plans", claimedBy: nil))
        #expect(question.reasons.contains("`continues futur_plans` not followed: the old version has no question `futur_plans`"))
    }

    @Test func `a link to an older wave is ignored when the identifier matches`() throws {
        let new = old.editing("valued") { $0.continues = "valued_2019" }
        let question = try #require(diff(old, new).question("valued"))
        #expect(question.verdict == .identical)
        #expect(question.unfollowedLink == nil)
    }

    @Test func `a second link to the same old question is not followed`() throws {
        let new = old.editing("future_plans") { $0.id = "intentions"; $0.continues = "future_plans" }.editingSection("future") {
            $0.items += [question(.text, "plans_detail", "Tell us more") { $0.continues = "future_plans" }]
        }
        let linked = try #require(diff(old, new).question("plans_detail"))
        #expect(linked.verdict == .new)
        #expect(linked.unfollowedLink == UnfollowedLink(target: "future_plans", claimedBy: "intentions"))
        #expect(diff(old, new).question("intentions")?.oldID == "future_plans")
    }

    @Test func `roles are added, removed, relabelled and re-ruled`() {
        var new = old
        new.roles[0].label = "Social worker employed by a local authority"
        new.roles[1].rule = .among(Reference(question: "employer"), [.option("agency"), .option("student_placement")])
        new.roles.remove(at: 2)
        new.roles.append(role("manager", "Manager", answer("employer", is: "la")))
        let result = diff(old, new.withSummaries())
        #expect(result.roles == [
            .relabelled(id: "la_worker", old: "Local authority social worker", new: "Social worker employed by a local authority"),
            .ruleChanged(id: "agency_worker", old: "employer is agency", new: "employer in (agency, student_placement)"),
            .added(id: "manager", label: "Manager"),
            .removed(id: "student", label: "Social work student"),
        ])
    }

    @Test func `sections are added, removed and retitled`() {
        var new = old.editingSection("views") { $0.title = "What you think" }
        new.sections.append(section("new_topics", "New topics", question(.yesno, "send", "Do you work with children with SEND?")))
        new.sections.removeAll { $0.id == "future" }
        let result = diff(old, new.withSummaries())
        #expect(result.sections.map(\.id) == ["screener", "views", "agency", "new_topics", "future"])
        #expect(result.sections.map(\.changes) == [
            [], [.retitled(old: "Your views", new: "What you think")], [], [.added], [.removed],
        ])
        #expect(result.sections.last?.questions.map(\.verdict) == [.dropped])
        #expect(result.hasChanges)
    }

    @Test func `header changes are reported in a fixed order`() {
        var new = old
        new.id = "big_conversation"
        new.title = "The Big Conversation"
        new.version = "2025"
        new.anonymous = false
        new.minutes = nil
        new.description = "The second wave."
        let result = diff(old, new)
        #expect(result.metadata == [
            MetadataChange(field: .id, old: "big_listen", new: "big_conversation"),
            MetadataChange(field: .title, old: "The Big Listen", new: "The Big Conversation"),
            MetadataChange(field: .version, old: "2023", new: "2025"),
            MetadataChange(field: .description, old: nil, new: "The second wave."),
            MetadataChange(field: .anonymous, old: "yes", new: "no"),
            MetadataChange(field: .minutes, old: "10", new: nil),
        ])
        #expect(result.questions.allSatisfy { $0.verdict == .identical })
        #expect(result.fails(.anyChange) && !result.fails(.breaking))
    }

    @Test func `the gate separates breaking changes from any change`() {
        let cautious = diff(old, old.editing("valued") { $0.text = "Do you feel appreciated at work?" })
        #expect(!cautious.fails(.breaking))
        #expect(cautious.fails(.anyChange))

        let breaking = diff(old, old.editing("caseload") { $0.max = 100 })
        #expect(breaking.fails(.breaking))

        let dropped = diff(old, old.editingSection("future") { $0.items = [] })
        #expect(dropped.fails(.breaking))

        let added = diff(old, old.editingSection("future") { $0.items.append(question(.yesno, "x", "X?")) })
        #expect(!added.fails(.breaking))
        #expect(added.fails(.anyChange))

        #expect(!diff(old, old).fails(.anyChange))
        #expect(Gate(rawValue: "any") == .anyChange && Gate(rawValue: "breaking") == .breaking)
    }
}
