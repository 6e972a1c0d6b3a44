import SeededRandom
import SurveyBundle
import Testing

@testable import SurveyDiff

@Suite struct OrderTests {
    let old = Fixture.wave2023

    /// The `views` section of the fixture with its questions in the given order, notes left out.
    func views(_ ids: [String]) -> Survey {
        old.editingSection("views") { section in
            let questions = Dictionary(uniqueKeysWithValues: section.items.compactMap { item in
                if case .question(let question) = item { (question.id, item) } else { nil }
            })
            section.items = ids.map { questions[$0]! }
        }
    }

    var viewIDs: [String] {
        old.sections.first { $0.id == "views" }!.items.compactMap { item in
            if case .question(let question) = item { question.id } else { nil }
        }
    }

    @Test func `swapping two neighbours reports one question, comparable, and fails only the any gate`() throws {
        let base = views(viewIDs)
        var ids = viewIDs
        ids.swapAt(1, 2)
        let result = diff(base, views(ids))
        let changed = result.questions.filter { $0.verdict != .identical }
        #expect(changed.map(\.id) == [ids[1]])
        let question = try #require(changed.first)
        #expect(question.verdict == .comparable)
        #expect(question.changes == [.reordered(section: "views", oldPlace: 3, newPlace: 2)])
        #expect(question.reasons == ["moved from place 3 to 2 among the questions section `views` has in both versions"])
        #expect(result.fails(.anyChange) && !result.fails(.breaking))
    }

    @Test func `a question moved to the front is the only one reported`() throws {
        let base = views(viewIDs)
        let ids = [viewIDs.last!] + viewIDs.dropLast()
        let changed = diff(base, views(ids)).questions.filter { $0.verdict != .identical }
        #expect(changed.map(\.id) == [viewIDs.last!])
        #expect(changed.first?.changes == [.reordered(section: "views", oldPlace: viewIDs.count, newPlace: 1)])
    }

    @Test func `places count only the questions both versions have, so added and dropped ones move nothing`() throws {
        let base = views(viewIDs)
        var new = views(Array(viewIDs.dropFirst(2)))
        new = new.editingSection("views") { $0.items.insert(question(.yesno, "extra", "Extra?"), at: 1) }
        let result = diff(base, new)
        #expect(result.questions.allSatisfy { $0.changes.allSatisfy { $0.code != "reordered" } })

        var ids = Array(viewIDs.dropFirst(2))
        ids.swapAt(0, 1)
        let swapped = diff(base, views(ids)).questions.filter { $0.verdict == .comparable }
        #expect(swapped.map(\.changes) == [[.reordered(section: "views", oldPlace: 2, newPlace: 1)]])
    }

    @Test func `a question moved to another section is moved, not reordered, and leaves both sections in order`() throws {
        var new = old
        let moved = new.sections[1].items.remove(at: 1)
        new.sections[3].items.insert(moved, at: 0)
        let result = diff(old, new.withSummaries())
        #expect(result.question("valued")?.changes.first == .moved(fromSection: "views", toSection: "future"))
        #expect(result.questions.allSatisfy { $0.changes.allSatisfy { $0.code != "reordered" } })
    }

    @Test func `a reordered grid reaches each statement it keeps`() throws {
        let base = views(viewIDs)
        let ids = ["statements"] + viewIDs.filter { $0 != "statements" }
        let grid = try #require(diff(base, views(ids)).question("statements"))
        #expect(grid.changes.map(\.code) == ["reordered"])
        #expect(!grid.statements.isEmpty && grid.statements.allSatisfy { $0.verdict == .comparable })
    }

    @Test func `swapped sections report one section, and its questions stay identical`() throws {
        var new = old
        new.sections.swapAt(2, 3)
        let result = diff(old, new.withSummaries())
        #expect(result.sections.map(\.id) == ["screener", "views", "future", "agency"])
        #expect(result.sections.map(\.changes) == [[], [], [.reordered(oldPlace: 4, newPlace: 3)], []])
        #expect(result.questions.allSatisfy { $0.verdict == .identical })
        #expect(result.fails(.anyChange) && !result.fails(.breaking))
        #expect(textReport(result).contains("Section `future` \"Your plans\": moved from place 4 to 3 among the sections both versions have"))
        #expect(markdownReport(result).contains("Section moved from place 4 to 3 among the sections both versions have."))
        #expect(jsonReport(result).contains("\"code\": \"section-reordered\""))
    }

    @Test func `sections added and removed do not make the others look reordered`() {
        var new = old
        new.sections.remove(at: 1)
        new.sections.insert(section("first", "First", question(.yesno, "first", "First?")), at: 0)
        #expect(diff(old, new.withSummaries()).sections.allSatisfy { $0.changes.allSatisfy { $0.code != "section-reordered" } })
    }

    @Test(arguments: [
        ([], []), ([0, 1, 2], []), ([1, 0], [1]), ([3, 0, 1, 2], [0]), ([1, 2, 0], [2]),
        ([2, 3, 0, 1], [2, 3]), ([0, 5, 1, 2, 6, 3], [1, 5]),
        // An element at its own place is kept where a longest run can keep it: `a b c` reversed reports `a` and
        // `c`, not `b` (2 → 2); `a b c d` to `d a c b` reports `b` and `d`, not `c` (3 → 3).
        ([4, 3, 2, 1, 0], [0, 1, 3, 4]), ([2, 1, 0], [0, 2]), ([1, 3, 2, 0], [1, 3]),
    ] as [([Int], [Int])])
    func `the displaced elements are those off the longest increasing run that keeps the most in place`(values: [Int], off: [Int]) {
        #expect(displaced(values) == off)
    }

    @Test(arguments: Array(UInt64(1)...60))
    func `the displaced elements leave a longest increasing run, as many either way round`(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        var values = Array(0..<(1 + random.below(12)))
        for index in values.indices.reversed() { values.swapAt(index, random.below(index + 1)) }
        let off = Set(displaced(values))
        let kept = values.indices.filter { !off.contains($0) }.map { values[$0] }
        #expect(kept == kept.sorted())
        #expect(kept.count == longestIncreasingLength(values))

        var inverse = values
        for (position, value) in values.enumerated() { inverse[value] = position }
        #expect(displaced(inverse).count == off.count)
    }

    @Test(arguments: Array(UInt64(1)...40))
    func `shuffled questions and sections change only order and notes, by as many either way round`(seed: UInt64) {
        var generator = SurveyGenerator(seed: seed)
        let a = generator.survey(questions: 5 + generator.random.below(40))
        var b = a
        func shuffle<Element>(_ elements: inout [Element]) {
            for index in elements.indices.reversed() { elements.swapAt(index, generator.random.below(index + 1)) }
        }
        for index in b.sections.indices { shuffle(&b.sections[index].items) }
        shuffle(&b.sections)
        let forward = diff(a, b), backward = diff(b, a)
        #expect(forward.questions.allSatisfy { $0.changes.allSatisfy { ["reordered", "notes-changed"].contains($0.code) } })
        #expect(forward.sections.allSatisfy { $0.changes.allSatisfy { $0.code == "section-reordered" } })
        func reordered(_ diff: Diff) -> [Int] {
            [diff.questions.filter { $0.changes.contains { $0.code == "reordered" } }.count, diff.sections.filter { !$0.changes.isEmpty }.count]
        }
        #expect(reordered(forward) == reordered(backward))
        #expect(forward.questions.count == a.questionEntries().count)
    }

    /// The length by the quadratic recurrence, to check the O(n log n) search against.
    func longestIncreasingLength(_ values: [Int]) -> Int {
        var ending = [Int](repeating: 1, count: values.count)
        for j in values.indices {
            for i in 0..<j where values[i] < values[j] { ending[j] = max(ending[j], ending[i] + 1) }
        }
        return ending.max() ?? 0
    }
}
