#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif
import SurveyBundle
import SurveyLanguage
import SurveyRuntime

let runUsage = """
    Usage: survey run SURVEY [--resume FILE] [--out RESPONSE.json]
           survey run SURVEY --answers FILE [--out RESPONSE.json]

    Takes the survey in the terminal, as a respondent would: numbered options, what each question
    accepts, a progress line, and the reason when an answer is refused. Enter skips an optional
    question (or keeps an earlier answer), :back goes back, :skip clears an answer, :quit stops.
    Without a terminal it reads the answers from standard input, one line each, so it can be scripted.

    The answers so far are saved to the resume file after every answer (temporary file, then rename),
    so nothing is lost when the run is stopped or killed; `--resume FILE` continues from it (default
    SURVEY-ID-VERSION.resume.json). When the survey is complete the response (its format is in
    docs/run.md) is written to --out, or to standard output, and the resume file is removed.

    --answers FILE replays a file of `question_id = answer` lines (`#` comments) from the start (so
    not with --resume): each question shown takes its answer, questions without one are skipped. It
    prints which question each answer went to, and fails when an answer is invalid, names no
    question, or goes to a question that is not shown to this respondent.

    SURVEY is a .survey source or a compiled bundle.

    Exit status: 0 complete (or quit with the answers saved), 1 errors in the survey, an invalid or
    unshown answer, a required question without an answer, or input that ended early, 2 usage or
    file errors.

    Examples:
      survey run surveys/big-conversation-2025.survey
      survey run surveys/big-conversation-2025.survey --resume my-answers.resume.json
      survey run build/big-listen-2023.bundle.json --answers agency-worker.answers --out response.json

    """

extension Tool {
    static func runRun(_ args: [String], _ context: Context) throws(UsageError) -> Int32 {
        let arguments = try Arguments(args, valued: ["--resume", "--out", "-o", "--answers"], flagNames: [])
        guard arguments.positional.count == 1 else {
            throw UsageError("name one survey to run", help: "survey run surveys/big-conversation-2025.survey")
        }
        if arguments.values["--answers"] != nil, arguments.values["--resume"] != nil {
            throw UsageError("`--answers` replays a respondent from the start, so it does not take `--resume`", help: "leave out one of them")
        }
        guard let input = try loadSurvey(arguments.positional[0], context) else { return ExitStatus.failure }
        let survey = input.loaded
        let out = arguments.values["--out"] ?? arguments.values["-o"]
        // Refused before the first question, not after the last: no output may be the survey, a file it includes or the answers.
        if let out { try refuseToReplace(out, inputs: input.files + [arguments.values["--answers"], arguments.values["--resume"]].compactMap { $0 }) }
        if let answersPath = arguments.values["--answers"] {
            return try replayAnswers(answersPath, survey: survey, out: out, context)
        }
        let resumePath = arguments.values["--resume"] ?? defaultResumePath(survey.survey)
        try refuseToReplace(resumePath, inputs: input.files)
        // The resume file is removed once the response is written: a response written there would go with it.
        if let out, out != "-", resolvedPath(out) == resolvedPath(resumePath) {
            throw UsageError("`\(out)` is the resume file, which is removed when the survey is complete", help: "name another file for the response")
        }
        var session = Session(survey)
        if FileManager.default.fileExists(atPath: resumePath) {
            let bytes = try readInput(resumePath)
            let state: SessionState
            let fresh = "start afresh with `--resume` naming another file, or remove `\(resumePath)`"
            do { state = try JSONDecoder().decode(SessionState.self, from: Data(bytes)) } catch {
                throw UsageError("`\(resumePath)` is not a saved session: \(decodingProblem(error))", help: fresh)
            }
            do { session = try Session(resuming: state, in: survey) } catch {
                throw UsageError("cannot resume from `\(resumePath)`: \(error)", help: fresh)
            }
            context.out("Continuing from \(resumePath).\n")
        }
        var conversation = Conversation(session: session, context: context, resumePath: resumePath)
        // Saved before the first question is shown, so a resume file that cannot be written stops the run there.
        try conversation.save()
        context.out("\(survey.survey.title) (version \(survey.survey.version))\n" + Conversation.commands)
        context.out("Your answers are saved to \(resumePath) as you go.\n")
        switch try conversation.run() {
        case .quit:
            context.out("\nYour answers are saved. Continue with: survey run \(arguments.positional[0]) --resume \(resumePath)\n")
            return ExitStatus.success
        case .endOfInput:
            context.error("error: the input ended before the survey did; the answers so far are saved in \(resumePath)\n")
            return ExitStatus.failure
        case .completed:
            try writeResponse(conversation.session, to: out, context)
            // A response that did not reach standard output leaves the resume file, the only other copy.
            if out == nil || out == "-", context.outputFailure() != nil {
                context.error("error: the response did not reach standard output; the answers are saved in \(resumePath)\n")
                return ExitStatus.usage
            }
            try? FileManager.default.removeItem(atPath: resumePath)
            context.out("\nThank you: the survey is complete.\n")
            return ExitStatus.success
        }
    }

    static func replayAnswers(_ path: String, survey: LoadedSurvey, out: String?, _ context: Context) throws(UsageError) -> Int32 {
        let file = parseAnswerFile(try readInput(path), path: path)
        var session = Session(survey)
        var problems = file.problems
        if problems.isEmpty {
            problems = replay(file.lines, path: path, session: &session, log: context.error)
        }
        guard problems.isEmpty else {
            context.error(problems.map { "error: \($0)\n" }.joined())
            return ExitStatus.failure
        }
        try writeResponse(session, to: out, context)
        if let out { context.error("wrote \(out): \(plural(session.response.answers.count, "answer")), role \(session.role ?? "none")\n") }
        return ExitStatus.success
    }

    /// `SURVEY-ID-VERSION.resume.json`, so that two waves of one survey run from one folder do not share it;
    /// `SURVEY-ID.resume.json` for a survey without a version.
    static func defaultResumePath(_ survey: Survey) -> String {
        let version = survey.version.unicodeScalars.map { scalar in
            ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "." || scalar == "_"
                ? String(scalar) : "-"
        }.joined()
        return version.isEmpty ? "\(survey.id).resume.json" : "\(survey.id)-\(version).resume.json"
    }

    static func writeResponse(_ session: Session, to out: String?, _ context: Context) throws(UsageError) {
        let data: Data
        do { data = try session.response.encoded() } catch { throw UsageError("cannot encode the response: \(error)") }
        if let out, out != "-" {
            // Ending with a line break, as the bundle does.
            try writeAtomically(data + Data("\n".utf8), to: out)
        } else {
            context.out(String(decoding: data, as: UTF8.self) + "\n")
        }
    }
}
