import SurveyBundle
import Testing

@testable import SurveyDiff

@Suite struct WordingTests {
    let old = Fixture.wave2023

    @Test func `an unchanged survey is identical question by question`() {
        let result = diff(old, old)
        #expect(result.questions.allSatisfy { $0.verdict == .identical && $0.changes.isEmpty })
        #expect(result.summary[.identical] == 14)
        #expect(!result.hasChanges)
    }

    @Test func `reworded question text needs caution and shows a word diff`() throws {
        let new = old.editing("valued") { $0.text = "Do you feel appreciated at work?" }
        let question = try #require(diff(old, new).question("valued"))
        #expect(question.verdict == .caution)
        #expect(question.changes.map(\.code) == ["text-reworded"])
        #expect(question.reasons == ["question text reworded: Do you feel [-valued-]{+appreciated+} at work?"])
    }

    @Test func `a change of punctuation or case only is comparable`() throws {
        let new = old.editing("valued") { $0.text = "Do you feel valued at work ?" }
        let question = try #require(diff(old, new).question("valued"))
        #expect(question.verdict == .comparable)
        #expect(question.changes.map(\.code) == ["text-edited"])
    }

    @Test func `changed help text is comparable`() throws {
        let new = old.editing("valued") { $0.help = "Answer about your last job if you are not working." }
        let question = try #require(diff(old, new).question("valued"))
        #expect(question.verdict == .comparable)
        #expect(question.changes == [.helpChanged(old: "Answer about your current job.", new: "Answer about your last job if you are not working.")])
    }

    @Test func `a changed note before the question is comparable`() throws {
        let new = old.editingSection("views") { $0.items[0] = note("Think about the last two years.") }
        let question = try #require(diff(old, new).question("valued"))
        #expect(question.verdict == .comparable)
        #expect(question.changes == [.notesChanged(old: ["Think about the last 12 months."], new: ["Think about the last two years."])])
        #expect(diff(old, new).question("difference")?.verdict == .identical)
    }

    @Test func `a pipe renamed through a continues link is not a rewording`() throws {
        let before = survey(
            section("s", "S", question(.yesno, "working", "Working?"), question(.text, "why", "Why {working|not}?")))
        let after = survey(
            section(
                "s", "S", question(.yesno, "employed", "Working?") { $0.continues = "working" },
                question(.text, "why", "Why {employed|not}?")))
        let result = diff(before, after)
        #expect(result.question("why")?.verdict == .identical)
        #expect(result.question("employed")?.changes == [.renamed(from: "working", to: "employed")])
    }

    @Test func `a reworded grid statement needs caution and a new statement meaning is not comparable`() throws {
        let reworded = old.editing("statements") { $0.rows![0].text = "My workload is usually manageable" }
        let first = try #require(diff(old, reworded).question("statements"))
        #expect(first.verdict == .caution)
        #expect(first.reasons == ["statement `manageable` reworded: My workload is {+usually+} manageable"])

        let replaced = old.editing("statements") { $0.rows![1].text = "I would recommend my team to a friend" }
        let second = try #require(diff(old, replaced).question("statements"))
        #expect(second.verdict == .notComparable)
        #expect(second.changes.map(\.code) == ["row-meaning-changed"])
    }

    @Test func `grid statements added or removed make the grid need caution`() throws {
        let added = old.editing("statements") { $0.rows!.append(Row(id: "supported", text: "I feel supported")) }
        #expect(diff(old, added).question("statements")?.verdict == .caution)
        #expect(diff(old, added).question("statements")?.changes == [.rowAdded(id: "supported", text: "I feel supported")])

        let removed = old.editing("statements") { $0.rows!.removeLast() }
        #expect(diff(old, removed).question("statements")?.verdict == .caution)
        #expect(diff(old, removed).question("statements")?.changes.map(\.code) == ["row-removed"])

        let reordered = old.editing("statements") { $0.rows!.reverse() }
        #expect(diff(old, reordered).question("statements")?.verdict == .comparable)
        #expect(diff(old, reordered).question("statements")?.changes.map(\.code) == ["rows-reordered"])
    }
}
