#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif
import SurveyBundle
import SurveyRuntime
import SurveyLanguage

/// One line of an answers file: `question_id = answer`.
struct AnswerLine {
    var line: Int
    var question: String
    var text: String
}

/// Reads an answers file: one `question_id = answer` per line; blank lines and lines starting with `#` are ignored.
///
/// Lines end with LF, CR LF or CR, as in a `.survey` file, and a byte order mark at the start is skipped; a line
/// that is not UTF-8 is a problem, never an answer with its bytes replaced.
func parseAnswerFile(_ bytes: [UInt8], path: String) -> (lines: [AnswerLine], problems: [String]) {
    var lines: [AnswerLine] = []
    var problems: [String] = []
    var seen: [String: Int] = [:]
    // Read as the front end reads a `.survey` file: its line table, and each line's text without the mark.
    let file = SourceFile(path: path, bytes: bytes)
    for index in file.lineStarts.indices {
        let raw = bytes[file.lineRange(index + 1)]
        // A comment is passed over whatever its bytes.
        if raw.first(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }) == UInt8(ascii: "#") { continue }
        guard let decoded = String(validating: raw, as: UTF8.self) else {
            problems.append("\(path):\(index + 1): the line is not UTF-8 text")
            continue
        }
        let line = decoded.trimmingSpaces
        if line.isEmpty || line.hasPrefix("#") { continue }
        guard let equals = line.firstIndex(of: "=") else {
            problems.append("\(path):\(index + 1): expected `question_id = answer`, found `\(line)`")
            continue
        }
        let question = String(line[..<equals]).trimmingSpaces
        let answer = String(line[line.index(after: equals)...]).trimmingSpaces
        if let first = seen[question] {
            problems.append("\(path):\(index + 1): `\(question)` is answered twice (first on line \(first))")
            continue
        }
        seen[question] = index + 1
        lines.append(AnswerLine(line: index + 1, question: question, text: answer))
    }
    return (lines, problems)
}

/// Walks a session with the answers of a file: each question shown takes its answer, or is skipped when the
/// file has none. Returns the problems; the first invalid answer stops the walk, because what follows depends on it.
func replay(_ answers: [AnswerLine], path: String, session: inout Session, log: (String) -> Void) -> [String] {
    var byQuestion: [String: AnswerLine] = [:]
    for answer in answers { byQuestion[answer.question] = answer }
    var problems: [String] = []
    for answer in answers where session.survey.question(answer.question) == nil {
        let questions = session.survey.questions
        // An answers file written for the earlier wave names the question by its old identifier.
        let successor = questions.first { $0.continues == answer.question }.map { " (`\($0.id)` continues it in this version)" }
        let hint = successor ?? closestMatch(to: answer.question, in: questions.map(\.id)).map { " (did you mean `\($0)`?)" } ?? ""
        problems.append("\(path):\(answer.line): `\(answer.question)` is not a question of this survey\(hint)")
    }
    guard problems.isEmpty else { return problems }
    var used: Set<String> = []
    while let item = session.current {
        guard case .question(let question) = item else {
            try? session.proceed()
            continue
        }
        guard let answer = byQuestion[question.id] else {
            do {
                try session.skip()
            } catch {
                return ["\(path): `\(question.id)` is required, but the file has no answer for it"]
            }
            continue
        }
        used.insert(question.id)
        let where_ = "\(path):\(answer.line)"
        switch parseAnswer(answer.text, for: question) {
        case .failure(let error):
            return ["\(where_): the answer to `\(question.id)` cannot be read: \(error.message)"]
        case .success(let value):
            do {
                try session.answer(value)
            } catch {
                return ["\(where_): the answer to `\(question.id)` is not valid: \(error.message)"]
            }
            log("\(where_): \(question.id) ← \(answerText(value, for: question))\n")
        }
    }
    for answer in answers where !used.contains(answer.question) {
        let role = session.role.map { " to this respondent (role \($0))" } ?? " to this respondent"
        problems.append("\(path):\(answer.line): `\(answer.question)` was answered, but it is not shown\(role)")
    }
    return problems
}
