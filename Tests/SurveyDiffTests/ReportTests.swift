import SurveyBundle
import Testing

@testable import SurveyDiff

@Suite struct ReportTests {
    /// 2023 → 2025: a rewording, a recode, a continued option, a new and a dropped question.
    static let changed: Diff = {
        let old = Fixture.wave2023
        var new = old
            .editing("valued") { $0.text = "Do you feel appreciated at work?" }
            .editing("future_plans") {
                $0.options![2].code = 9
                $0.options![1] = option("other_la", "Move to another local authority", code: 2, continues: "move_la")
            }
            .editingSection("agency") { $0.items.append(question(.yesno, "rate_caps", "Do you know the agency rate caps?")) }
            .editing("comments") { $0.text = "Anything else, \"quoted\", to tell us?" }
        new.version = "2025"
        new.sections[1].items.removeAll {
            if case .question(let question) = $0 { return question.id == "recommend" }
            return false
        }
        return diff(old, new.withSummaries())
    }()

    @Test func `the text report starts with summary counts and lists changed questions by section`() {
        let report = textReport(Self.changed)
        let lines = report.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "survey diff: `big_listen` 2023 → `big_listen` 2025")
        #expect(lines[2] == "Summary: 15 questions")
        #expect(lines[3...8].map { $0.split(separator: " ").last.map(String.init) } == ["10", "0", "2", "1", "1", "1"])
        #expect(report.contains("\nSection `views` \"Your views\"\n  `valued`: comparable with caution\n    - question text reworded: Do you feel [-valued-]{+appreciated+} at work?\n"))
        #expect(report.contains("  `recommend`: dropped\n    - not in the new version\n"))
        #expect(report.contains("    option mapping: move_la->other_la; agency=3->9\n"))
        #expect(!report.contains("`difference`"), "identical questions are counted, not listed")
        #expect(!report.contains("\u{1B}"))
        #expect(report.hasSuffix("\n"))
    }

    @Test func `the coloured text report differs only by escape sequences`() {
        let coloured = textReport(Self.changed, colour: .ansi)
        #expect(coloured.contains("\u{1B}[31m[-valued-]\u{1B}[0m"))
        #expect(coloured.replacing(/\x{1B}\[[0-9;]*m/, with: "") == textReport(Self.changed))
    }

    @Test func `the markdown report has a summary table and escapes survey text`() {
        let report = markdownReport(Self.changed)
        #expect(report.hasPrefix("## Survey diff: `big_listen` 2023 → `big_listen` 2025\n\n| verdict | DDI | questions | grid statements |\n| --- | --- | ---: | ---: |\n| identical | Identical | 10 | 2 |\n"))
        #expect(report.contains("| not comparable | Low | 1 | 0 |"))
        #expect(report.contains("**Breaking:** 1 not comparable, 1 dropped."))
        #expect(report.contains("- **`valued`**: comparable with caution (Medium)\n  - question text reworded: Do you feel <del>valued</del><ins>appreciated</ins> at work?"))
        #expect(report.contains("  - option mapping: `move_la->other_la; agency=3->9`"))
    }

    @Test func `the JSON report has sorted keys and the DDI term per question`() {
        let json = jsonReport(Self.changed)
        #expect(json.hasPrefix("{\n  \"breaking\": true,\n  \"changed\": true,\n  \"format\": 1,\n  \"metadata\": [\n"))
        #expect(json.contains("\"ddi\": \"Medium\",\n      \"newId\": \"valued\","))
        #expect(json.contains("\"summary\": {\n    \"caution\": 2,\n    \"comparable\": 0,\n    \"dropped\": 1,\n    \"identical\": 10,\n    \"new\": 1,\n    \"not_comparable\": 1,\n    \"total\": 15\n  }"))
        #expect(json.contains("\"text\": \"Anything else, \\\"quoted\\\", to tell us?\""))
        #expect(json.contains("{\n              \"removed\": \"valued\"\n            }"))
    }

    @Test func `every JSON object lists its keys in sorted order`() {
        var keysByDepth: [Int: [String]] = [:]
        var depth = 0
        for line in jsonReport(Self.changed).split(separator: "\n") {
            let trimmed = line.drop { $0 == " " }
            let indent = line.count - trimmed.count
            if trimmed.hasPrefix("\"") && trimmed.contains("\": ") {
                let key = String(trimmed.dropFirst().prefix { $0 != "\"" })
                depth = indent
                if let previous = keysByDepth[depth]?.last { #expect(previous < key, "\(previous) before \(key)") }
                keysByDepth[depth, default: []].append(key)
            }
            if trimmed.hasPrefix("{") || trimmed.hasSuffix("{") { keysByDepth[indent + 2] = [] }
        }
    }

    @Test func `the crosswalk has one RFC 4180 row per question with option mappings`() {
        let csv = crosswalkCSV(Self.changed)
        let rows = csv.components(separatedBy: "\r\n")
        #expect(rows[0] == "old_id,new_id,verdict,ddi,reasons,option_mapping")
        #expect(rows.count == 1 + 15 + 1, "header, one row per question, and the empty string after the final CRLF")
        #expect(rows.contains("employer,employer,identical,Identical,,"))
        #expect(rows.contains("future_plans,future_plans,not_comparable,Low,option `move_la` continues as `other_la`; option `agency` recoded: 3 → 9,move_la->other_la; agency=3->9"))
        #expect(rows.contains(",rate_caps,new,None,not in the old version,"))
        #expect(rows.contains("recommend,,dropped,None,not in the new version,"))
        #expect(rows.contains("comments,comments,caution,Medium,\"question text reworded: Anything [-else you want-]{+else, \"\"quoted\"\",+} to tell us?\","))
    }

    @Test func `CSV fields are quoted only when they must be`() {
        #expect(csvField("plain") == "plain")
        #expect(csvField("a,b") == "\"a,b\"")
        #expect(csvField("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(csvField("two\nlines") == "\"two\nlines\"")
        #expect(csvField("") == "")
    }

    @Test func `render dispatches on the format`() {
        #expect(render(Self.changed, as: .csv) == crosswalkCSV(Self.changed))
        #expect(render(Self.changed, as: .json) == jsonReport(Self.changed))
        #expect(render(Self.changed, as: .markdown) == markdownReport(Self.changed))
        #expect(render(Self.changed, as: .text, colour: .ansi) == textReport(Self.changed, colour: .ansi))
        #expect(ReportFormat(rawValue: "csv") == .csv)
    }

    @Test func `an unchanged survey says so in every report`() {
        let same = diff(Fixture.wave2023, Fixture.wave2023)
        #expect(textReport(same).contains("\nNo changes.\n"))
        #expect(markdownReport(same).contains("\nNo changes.\n"))
        #expect(jsonReport(same).contains("\"changed\": false"))
    }

    @Test func `verdicts map onto DDI commonality terms`() {
        #expect(Verdict.allCases.map(\.ddiCommonality) == ["Identical", "High", "Medium", "Low", "None", "None"])
        #expect(Verdict.allCases.map(\.rawValue) == ["identical", "comparable", "caution", "not_comparable", "new", "dropped"])
    }
}

@Test func `Markdown code spans and escapes survive backticks, combining marks and ampersands`() {
    #expect(MarkdownText.codeSpan("a") == "`a`")
    #expect(MarkdownText.codeSpan("x`\u{301}y") == "`` x`\u{301}y ``")
    #expect(MarkdownText.codeSpan("x``y`z") == "``` x``y`z ```")
    #expect(MarkdownText.escape("AT&amp;T |\u{301}") == "AT\\&amp;T \\|\u{301}")
}
