import SurveyBundle
import Testing

@testable import SurveyDiff

/// Each statement of a grid is a variable of its own, so it gets a verdict of its own.
@Suite struct StatementTests {
    let old = Fixture.wave2023

    /// The statements of the fixture's grid `statements` in a diff, as identifier and verdict.
    private func verdicts(_ result: Diff) -> [String: Verdict] {
        Dictionary(uniqueKeysWithValues: (result.question("statements")?.statements ?? []).map { ($0.id, $0.verdict) })
    }

    @Test func `an unchanged grid has every statement identical`() throws {
        let grid = try #require(diff(old, old).question("statements"))
        #expect(grid.statements.map(\.id) == ["manageable", "paid_fairly"])
        #expect(grid.statements.allSatisfy { $0.verdict == .identical && $0.changes.isEmpty })
        #expect(diff(old, old).statementSummary == Summary(counts: [.identical: 2]))
    }

    @Test func `an edited statement is comparable and leaves the other identical`() throws {
        let new = old.editing("statements") { $0.rows![0].text = "My workload is manageable." }
        let grid = try #require(diff(old, new).question("statements"))
        #expect(grid.verdict == .comparable)
        #expect(grid.statements.map(\.verdict) == [.comparable, .identical])
        #expect(grid.statements[0].changes.map(\.code) == ["row-edited"])
    }

    @Test func `a reworded statement needs caution on its own`() throws {
        let new = old.editing("statements") { $0.rows![1].text = "I am paid fairly for my work" }
        let grid = try #require(diff(old, new).question("statements"))
        #expect(grid.verdict == .caution)
        #expect(grid.statements.map(\.verdict) == [.identical, .caution])
        #expect(grid.statements[1].changes.map(\.code) == ["row-reworded"])
        #expect(grid.statements[1].text == "I am paid fairly for my work")
    }

    @Test func `a statement that changed meaning is not comparable and so is the grid`() throws {
        let new = old.editing("statements") { $0.rows![1].text = "I would recommend my team to a friend" }
        let result = diff(old, new)
        #expect(result.question("statements")?.verdict == .notComparable)
        #expect(verdicts(result) == ["manageable": .identical, "paid_fairly": .notComparable])
        #expect(result.fails(.breaking))
    }

    @Test func `an added statement is new, the others stay identical and the grid needs caution`() throws {
        let new = old.editing("statements") { $0.rows!.insert(Row(id: "supported", text: "I feel supported"), at: 1) }
        let result = diff(old, new)
        let grid = try #require(result.question("statements"))
        #expect(grid.verdict == .caution)
        #expect(grid.statements.map(\.id) == ["manageable", "supported", "paid_fairly"])
        #expect(grid.statements.map(\.verdict) == [.identical, .new, .identical])
        #expect(grid.statements[1].changes.isEmpty)
        #expect(!result.fails(.breaking), "a new statement, like a new question, does not break comparability")
    }

    @Test func `a removed statement is dropped, the others stay identical and the grid needs caution`() throws {
        let new = old.editing("statements") { $0.rows!.removeFirst() }
        let result = diff(old, new)
        let grid = try #require(result.question("statements"))
        #expect(grid.verdict == .caution)
        #expect(grid.changes == [.rowRemoved(id: "manageable", text: "My workload is manageable")])
        #expect(grid.statements.map(\.id) == ["paid_fairly", "manageable"], "dropped statements come after the new grid's")
        #expect(grid.statements.map(\.verdict) == [.identical, .dropped])
        #expect(grid.statements[1].oldID == "manageable" && grid.statements[1].newID == nil)
        #expect(result.summary[.notComparable] == 0)
        #expect(result.statementSummary[.dropped] == 1)
    }

    @Test func `a dropped statement fails the breaking gate as a dropped question does`() {
        let result = diff(old, old.editing("statements") { $0.rows!.removeLast() })
        #expect(result.questions.allSatisfy { !$0.verdict.isBreaking })
        #expect(result.hasBreakingChanges)
        #expect(result.fails(.breaking))
    }

    @Test func `reordered statements leave every statement identical`() throws {
        let new = old.editing("statements") { $0.rows!.reverse() }
        let grid = try #require(diff(old, new).question("statements"))
        #expect(grid.verdict == .comparable)
        #expect(grid.statements.map(\.id) == ["paid_fairly", "manageable"])
        #expect(grid.statements.allSatisfy { $0.verdict == .identical })
    }

    @Test func `a harmless change to the grid makes every statement comparable`() throws {
        let new = old.editing("statements") { $0.help = "Think about your current job." }
        let grid = try #require(diff(old, new).question("statements"))
        #expect(grid.statements.map(\.verdict) == [.comparable, .comparable])
        #expect(grid.statements.allSatisfy { $0.changes == [.helpChanged(old: nil, new: "Think about your current job.")] })
    }

    @Test func `reworded grid text and a changed shared scale hold for every statement`() throws {
        let reworded = old.editing("statements") { $0.text = "How far do you agree with each of these statements?" }
        #expect(verdicts(diff(old, reworded)) == ["manageable": .caution, "paid_fairly": .caution])

        let rescaled = old.editing("statements") { $0.options!.removeLast() }
        #expect(verdicts(diff(old, rescaled)) == ["manageable": .notComparable, "paid_fairly": .notComparable])
    }

    @Test func `a statement gets the worst of its own change and the grid's, its own listed first`() throws {
        let new = old.editing("statements") {
            $0.rows![0].text = "My workload is usually manageable"
            $0.help = "Think about your current job."
        }
        let grid = try #require(diff(old, new).question("statements"))
        #expect(grid.statements.map(\.verdict) == [.caution, .comparable])
        #expect(grid.statements[0].changes.map(\.code) == ["row-reworded", "help-changed"])
        #expect(grid.statements[1].changes.map(\.code) == ["help-changed"])
    }

    @Test func `a change of population holds for every statement the grid keeps`() throws {
        let new = old.editing("statements") { $0.rows!.removeLast() }.settingPopulation(of: "statements", to: ["la_worker"])
        let grid = try #require(diff(old, new).question("statements"))
        #expect(grid.verdict == .notComparable)
        #expect(grid.statements.map(\.verdict) == [.notComparable, .dropped])
        #expect(grid.statements[0].changes.map(\.code) == ["population-changed"])
    }

    @Test func `only a grid matched to a grid has statement verdicts`() throws {
        let retyped = old.editing("statements") { $0.type = .single; $0.rows = nil }
        let changed = try #require(diff(old, retyped).question("statements"))
        #expect(changed.verdict == .notComparable)
        #expect(changed.statements.isEmpty)

        let dropped = old.editingSection("views") { $0.items.removeLast() }
        #expect(diff(old, dropped).question("statements")?.verdict == .dropped)
        #expect(diff(old, dropped).question("statements")?.statements == [])
        #expect(diff(old, dropped).statementSummary.total == 0)
        #expect(diff(old, old).question("valued")?.statements == [])
    }

    @Test func `the reports show each statement that is not identical as a variable of its grid`() {
        var new = old.editing("statements") {
            $0.id = "views_grid"
            $0.continues = "statements"
            $0.rows![0].text = "My workload is usually manageable"
            $0.rows!.append(Row(id: "supported", text: "I feel supported"))
        }
        new = new.editing("views_grid") { $0.rows!.remove(at: 1) }
        let result = diff(old, new)

        let text = textReport(result)
        #expect(text.contains("""
              `statements` → `views_grid`: comparable with caution
                - continues `statements` under the new identifier `views_grid`
                - statement `manageable` reworded: My workload is {+usually+} manageable
                - statement `supported` "I feel supported" added
                - statement `paid_fairly` "I am paid fairly" removed
                statements:
                  `statements.manageable` → `views_grid.manageable`: comparable with caution
                  `views_grid.supported`: new
                  `statements.paid_fairly`: dropped

            """))
        #expect(text.contains("\nStatements of grids in both versions: 3\n"))
        #expect(text.contains("\nBreaking: some grid statements are not comparable or were dropped.\n"))

        let markdown = markdownReport(result)
        #expect(markdown.contains("""
              - statements:
                - `statements.manageable` → `views_grid.manageable`: comparable with caution (Medium)
                - `views_grid.supported`: new (None)
                - `statements.paid_fairly`: dropped (None)

            """))
        #expect(markdown.contains("| dropped | None | 0 | 1 |"))
        #expect(markdown.contains("**Breaking:** 0 not comparable, 0 dropped; grid statements: 0 not comparable, 1 dropped."))

        let json = jsonReport(result)
        #expect(json.contains("""
                  "statements": [
                    {
                      "ddi": "Medium",
                      "newId": "manageable",
                      "oldId": "manageable",
                      "reasons": [
                        {
                          "code": "row-reworded",
            """))
        #expect(json.contains("""
                    {
                      "ddi": "None",
                      "newId": null,
                      "oldId": "paid_fairly",
                      "reasons": [],
                      "text": "I am paid fairly",
                      "verdict": "dropped"
                    }
            """))
        #expect(json.contains("\"statementSummary\": {\n    \"caution\": 1,\n    \"comparable\": 0,\n    \"dropped\": 1,"))
        #expect(json.contains("\"breaking\": true"))
    }

    @Test func `identical statements are counted, not listed`() {
        let result = diff(old, old.editing("statements") { $0.rows![0].text = "My workload is usually manageable" })
        #expect(!textReport(result).contains("`statements.paid_fairly`"))
        #expect(!markdownReport(result).contains("`statements.paid_fairly`"))
        #expect(textReport(result).contains("      `statements.manageable`: comparable with caution\n"))
        #expect(textReport(result).contains("\nNo breaking changes.\n"))
    }
}
