@testable import SurveyCommandLine
import SurveyBundle
import SurveyRuntime
import Testing

@Suite struct AnswerInputTests {
    func question(_ type: QuestionType, options: [String] = [], rows: [String] = []) -> Question {
        var question = Question(id: "q", type: type, text: "?")
        if !options.isEmpty {
            question.options = options.map { Option(id: $0, label: $0.capitalized, isSpecify: $0 == "other" ? true : nil) }
        }
        if !rows.isEmpty { question.rows = rows.map { Row(id: $0, text: $0) } }
        return question
    }

    func parsed(_ line: String, _ question: Question) -> Answer? {
        try? parseAnswer(line, for: question).get()
    }

    @Test func `a single choice is an option number or identifier, with typed text after a colon`() {
        let single = question(.single, options: ["la", "agency", "other"])
        #expect(parsed("2", single) == .option("agency"))
        #expect(parsed(" agency ", single) == .option("agency"))
        #expect(parsed("3: Locum work, mostly", single) == .option("other", specify: "Locum work, mostly"))
        #expect(parsed("4", single) == nil)
        #expect(parsed("0", single) == nil)
        #expect(parsed("Agency", single) == nil, "identifiers are exact")
    }

    @Test func `several options are separated by commas or spaces, in the order given`() {
        let ranking = question(.ranking, options: ["pay", "caseload", "other"])
        #expect(parsed("2, 1", ranking) == .options(["caseload", "pay"]))
        #expect(parsed("2 1 3", ranking) == .options(["caseload", "pay", "other"]))
        #expect(parsed("pay, other: Parking, travel", ranking) == .options(["pay", "other"], specify: ["other": "Parking, travel"]))
        #expect(parsed("", ranking) == nil)
        #expect(parsed("1, 9", ranking) == nil)
    }

    @Test func `a grid is statement and option pairs`() {
        let grid = question(.grid, options: ["agree", "disagree"], rows: ["valued", "supported"])
        #expect(parsed("valued: 1, b: disagree", grid) == .grid(["valued": "agree", "supported": "disagree"]))
        #expect(parsed("valued 1", grid) == nil)
        #expect(parsed("c: 1", grid) == nil)
        // The same statement twice, by its identifier and by its letter.
        #expect(parsed("valued: 1, a: disagree", grid) == nil)
    }

    @Test func `numbers, yes or no, and text`() {
        #expect(parsed("12", question(.number)) == .number(12))
        #expect(parsed("12.5", question(.number)) == nil)
        #expect(parsed("37.5", question(.decimal)) == .decimal(37.5))
        #expect(parsed("nan", question(.decimal)) == nil)
        #expect(parsed("7", question(.scale)) == .scale(7))
        #expect(parsed("Y", question(.yesno)) == .yesno(true))
        #expect(parsed("no", question(.yesno)) == .yesno(false))
        #expect(parsed("maybe", question(.yesno)) == nil)
        #expect(parsed("  Senior practitioner ", question(.text)) == .text("Senior practitioner"))
    }

    @Test func `an answers file reports lines it cannot read and questions answered twice`() {
        let file = parseAnswerFile(Array("# comment\n\nemployment = agency\nnonsense\nemployment = la\n".utf8), path: "a.answers")
        #expect(file.lines.map(\.question) == ["employment"])
        #expect(file.problems == [
            "a.answers:4: expected `question_id = answer`, found `nonsense`",
            "a.answers:5: `employment` is answered twice (first on line 3)",
        ])
    }

    @Test func `an answers file saved on Windows or an old Mac reads line by line, and bytes that are not UTF-8 are refused`() {
        // CR LF and CR alone end lines, as in a `.survey` file; a byte order mark is not part of the first name.
        for ending in ["\r\n", "\r"] {
            let file = parseAnswerFile([0xEF, 0xBB, 0xBF] + Array("# Ann\(ending)t = Ann\(ending)n = 3\(ending)".utf8), path: "a")
            #expect(file.problems.isEmpty)
            #expect(file.lines.map { "\($0.line) \($0.question)=\($0.text)" } == ["2 t=Ann", "3 n=3"])
        }
        let bad = parseAnswerFile(Array("t = caf".utf8) + [0xE9] + Array("\nn = 3\n".utf8), path: "a")
        #expect(bad.problems == ["a:1: the line is not UTF-8 text"])
        #expect(bad.lines.map(\.question) == ["n"])
        // A comment is passed over whatever its bytes.
        #expect(parseAnswerFile(Array("  # caf".utf8) + [0xE9] + Array("\nn = 3\n".utf8), path: "a").problems.isEmpty)
    }
}
