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

/// A respondent taking a survey line by line: from a terminal, or from standard input in a script.
///
/// After every move the session state is saved to the resume file, through a temporary file and a rename,
/// so a killed process leaves the previous or the new state and never loses more than the answer being typed.
struct Conversation {
    var session: Session
    let context: Context
    /// Where the state is saved after every move.
    let resumePath: String

    /// How a conversation ended.
    enum End: Equatable {
        /// The respondent passed the last item.
        case completed
        /// The respondent typed `:quit`.
        case quit
        /// Standard input ended before the survey did.
        case endOfInput
    }

    static let commands = """
        Commands: Enter skips an optional question (or keeps your earlier answer), :back goes to the \
        previous question, :skip leaves this question unanswered, :quit saves your answers and stops, \
        :help shows this.

        """

    /// Runs until the survey is complete, the respondent quits or the input ends.
    mutating func run() throws(UsageError) -> End {
        var shownSection: String?
        while let item = session.current {
            if let section = session.currentSection, section.id != shownSection {
                context.out("\n== \(section.title) ==\n")
                shownSection = section.id
            }
            switch item {
            case .note(let note):
                context.out("\n" + session.text(of: note) + "\n")
                try? session.proceed()
            case .question(let question):
                context.out("\n\(progressLine(session.progress))\n" + questionPrompt(question, in: session) + rowPrompt(question, 0) + "> ")
                guard let end = try ask(question) else { continue }
                return end
            }
        }
        return .completed
    }

    /// Reads lines until the question is answered, skipped or left; returns how the conversation ended, if it did.
    private mutating func ask(_ question: Question) throws(UsageError) -> End? {
        while true {
            guard let line = readLine() else { return .endOfInput }
            switch line.trimmingSpaces {
            case ":quit", ":q": return .quit
            case ":help", ":h", "?":
                context.out(Self.commands)
            case ":back", ":b":
                if session.back() {
                    try save()
                    return nil
                }
                context.out("  ! This is the first question.\n")
            case ":skip" where question.type != .grid, ":s" where question.type != .grid:
                // In a grid, `:skip` leaves the first statement blank, as it does the others (`askRows`).
                if move({ (session: inout Session) throws(ValidationError) in try session.skip() }) { return nil }
            case "" where question.type != .grid:
                let previous = session.previousAnswer
                if move({ (session: inout Session) throws(ValidationError) in
                    if let previous { try session.answer(previous) } else { try session.skip() }
                }) { return nil }
                // Enter again would refuse it again: say what does move on.
                if previous != nil {
                    context.out("  ! Your earlier answer no longer fits: type another answer\(question.isRequired ? "" : ", or :skip to leave it unanswered").\n")
                }
            default:
                let typed: Result<Answer, AnswerInputError>
                if question.type == .grid {
                    let rows = askRows(of: question, first: line)
                    if let end = rows.end { return end }
                    typed = .success(.grid(rows.cells))
                } else {
                    typed = parseAnswer(line, for: question)
                }
                switch typed {
                case .failure(let error):
                    context.out("  ! \(error.message)\n")
                case .success(var answer):
                    switch askSpecify(answer, of: question) {
                    case .value(let specified): answer = specified
                    case .again:
                        context.out(questionPrompt(question, in: session) + "> ")
                        continue
                    case .end(let end): return end
                    }
                    if move({ (session: inout Session) throws(ValidationError) in
                        if case .grid(let cells) = answer, cells.isEmpty { try session.skip() } else { try session.answer(answer) }
                    }) { return nil }
                }
            }
            // A grid is asked again from its first statement, which the next line answers.
            context.out((question.type == .grid ? rowPrompt(question, 0) : "") + "> ")
        }
    }

    /// Makes a move, saving the state when it succeeds and showing the reason when it is refused.
    private mutating func move(_ step: (inout Session) throws(ValidationError) -> Void) -> Bool {
        do {
            try step(&session)
        } catch {
            context.out("  ! \(error.message)\n")
            return false
        }
        do { try save() } catch { context.error("warning: \(error.message)\n") }
        return true
    }

    /// Asks each statement of a grid in turn; the first line typed answers the first statement. Enter keeps a
    /// statement's earlier answer (typed on this pass, or before), `:skip` leaves it blank, `:back` returns to
    /// the statement before, and a word that is not an option is asked again; `:quit` or the end of the input
    /// ends the conversation.
    ///
    /// After each statement the grid so far is kept as a draft (`Session.keep`) and saved: the statements
    /// reached as typed, the others as they were. Ended part-way, by `:quit`, the end of the input or a killed
    /// process, the respondent resumes at the grid with those answers to keep.
    private mutating func askRows(of question: Question, first: String) -> (cells: [String: String], end: End?) {
        let rows = question.rows ?? []
        var previous: [String: String] = [:]
        if case .grid(let cells)? = session.previousAnswer { previous = cells }
        var cells: [String: String] = [:]
        var index = 0
        // The statements answered or passed on this pass: after `:back`, those beyond keep what was typed.
        var furthest = 0
        var pending: String? = first
        while index < rows.count {
            let typed: String
            if let line = pending {
                typed = line.trimmingSpaces
                pending = nil
            } else {
                context.out(rowPrompt(question, index, typed: cells) + "> ")
                guard let line = readLine() else { return (cells, .endOfInput) }
                typed = line.trimmingSpaces
            }
            let row = rows[index].id
            switch typed {
            case ":quit", ":q": return (cells, .quit)
            case ":help", ":h", "?": context.out(Self.commands)
            case ":back", ":b":
                guard index > 0 else {
                    context.out("  ! This is the first statement; answer it, or :skip and :back from the next question.\n")
                    continue
                }
                index -= 1
            case ":skip", ":s":
                cells[row] = nil
                index += 1
            case "":
                if cells[row] == nil, let kept = previous[row] { cells[row] = kept }
                index += 1
            default:
                switch option(typed, in: question.options ?? []) {
                case .success(let id):
                    cells[row] = id
                    index += 1
                case .failure(let error):
                    context.out("  ! \(error.message)\n")
                    continue
                }
            }
            furthest = max(furthest, index)
            keepDraft(rows: rows, reached: furthest, typed: cells, previous: previous)
        }
        return (cells, nil)
    }

    /// Keeps the grid so far as the question's draft and saves it: the statements before `reached` as typed on
    /// this pass, the others as they were before it.
    private mutating func keepDraft(rows: [Row], reached: Int, typed: [String: String], previous: [String: String]) {
        let passed = Set(rows.prefix(reached).map(\.id))
        let draft = previous.filter { !passed.contains($0.key) }.merging(typed.filter { passed.contains($0.key) }) { _, typed in typed }
        do { try session.keep(.grid(draft)) } catch { return }
        do { try save() } catch { context.error("warning: \(error.message)\n") }
    }

    /// Asks for the typed text of a chosen "please specify" option that has none yet.
    private mutating func askSpecify(_ answer: Answer, of question: Question) -> Reply<Answer> {
        let specifying = Set((question.options ?? []).filter { $0.isSpecify == true }.map(\.id))
        switch answer {
        case .option(let id, nil) where specifying.contains(id):
            context.out("  Please specify (Enter to leave it out):\n> ")
            switch readSpecify() {
            case .value(let text): return .value(.option(id, specify: text))
            case .again: return .again
            case .end(let end): return .end(end)
            }
        case .options(let ids, var specify):
            for id in ids where specifying.contains(id) && specify[id] == nil {
                context.out("  Please specify \(quoted(label(id, of: question))) (Enter to leave it out):\n> ")
                switch readSpecify() {
                case .value(let text): specify[id] = text
                case .again: return .again
                case .end(let end): return .end(end)
                }
            }
            return .value(.options(ids, specify: specify))
        default:
            return .value(answer)
        }
    }

    /// What a prompt within a question came to: a value, or a command that leaves it.
    private enum Reply<Value> {
        case value(Value)
        /// `:back`: the question is asked again.
        case again
        case end(End)
    }

    /// Reads the typed text of a "please specify" option, where the commands still are commands: `:quit` ends the
    /// conversation, `:back` asks the question again, and `:skip` (like Enter) leaves the text out.
    private func readSpecify() -> Reply<String?> {
        while true {
            guard let line = readLine()?.trimmingSpaces else { return .end(.endOfInput) }
            switch line {
            case ":quit", ":q": return .end(.quit)
            case ":back", ":b": return .again
            case ":skip", ":s", "": return .value(nil)
            case ":help", ":h", "?": context.out(Self.commands + "> ")
            default: return .value(line)
            }
        }
    }

    /// The statement of a grid to answer next, with its earlier answer (typed on this pass, or before); nothing
    /// for other questions.
    private func rowPrompt(_ question: Question, _ index: Int, typed: [String: String] = [:]) -> String {
        guard question.type == .grid, let row = question.rows?[index] else { return "" }
        var previous = typed[row.id]
        if previous == nil, case .grid(let cells)? = session.previousAnswer { previous = cells[row.id] }
        return "  \(row.text)" + (previous.map { " [was \(label($0, of: question))]" } ?? "") + "\n"
    }

    private func label(_ id: String, of question: Question) -> String {
        question.options?.first { $0.id == id }?.label ?? id
    }

    /// Reads a line, echoing it when standard input is not a terminal so the transcript reads as a dialogue.
    ///
    /// A line whose bytes were not UTF-8 is asked for again rather than taken as an answer with its text
    /// changed (a U+FFFD typed as such is taken).
    private func readLine() -> String? {
        while true {
            guard let line = context.readLine() else { return nil }
            if !context.isInputTerminal { context.out(line + "\n") }
            guard context.lastLineWasNotUTF8() else { return line }
            context.out("  ! That line is not UTF-8 text; please type it again.\n> ")
        }
    }

    /// Saves the session state to the resume file.
    func save() throws(UsageError) {
        let data: Data
        do { data = try session.state.encoded() } catch { throw UsageError("cannot encode the session: \(error)") }
        try writeAtomically(data, to: resumePath)
    }
}
