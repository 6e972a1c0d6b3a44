#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import SurveyBundle
import SurveyRuntime

let exportUsage = """
    Usage: survey export SURVEY RESPONSE... [-o OUT]

    Writes response records as one CSV table for analysis: a row per response and a column per
    variable of `survey codebook` (the same names and codes), after `_response` (the file it came
    from), `_role` and `_completed` (1 or 0). A variable is empty where its question has no answer,
    so a multiple-choice option is 1 or 0 only in a response that answers the question. Text is
    written as typed: a spreadsheet may take a cell starting with =, +, - or @ for a formula.

    RESPONSE is a response record as `survey run` writes it, or a folder searched for `.json`
    files (not hidden ones, nor `.resume.json` files). Each is taken as the runtime would take it: it must be of this version of the survey
    (its content digest), and every answer must be one the runtime accepts, for a question on the
    respondent's path. When any response is refused, every problem is listed and nothing is
    written. SURVEY is a .survey source or a compiled bundle.

    Options:
      -o OUT           write to OUT (through a temporary file) instead of standard output

    Exit status: 0 written, 1 errors in the survey or a response refused, 2 usage or file errors.

    Examples:
      survey export surveys/big-conversation-2025.survey responses/ -o build/2025.csv
      survey export build/big-conversation-2025.bundle.json r1.json r2.json

    """

extension Tool {
    static func runExport(_ args: [String], _ context: Context) throws(UsageError) -> Int32 {
        let arguments = try Arguments(args, valued: ["-o", "--output"], flagNames: [])
        guard arguments.positional.count >= 2 else {
            throw UsageError("name a survey and its responses", help: "survey export surveys/big-conversation-2025.survey responses/")
        }
        let surveyPath = arguments.positional[0]
        // In folders, resume files (`survey run` leaves them beside the responses) are not response records.
        let responsePaths = try files(in: Array(arguments.positional.dropFirst()), endingWith: ".json", excluding: [".resume.json"])
        let out = arguments.values["-o"] ?? arguments.values["--output"]
        guard let input = try loadSurvey(surveyPath, context) else { return ExitStatus.failure }
        if let out, out != "-" { try refuseToReplace(out, inputs: input.files + responsePaths) }
        let survey = input.loaded
        let codebook = Codebook(survey.survey)
        if let taken = codebook.variables.first(where: { Codebook.recordColumns.contains($0.name) }) {
            // A problem of the survey, exit 1 as for errors in it.
            context.error("error: `\(taken.name)` is a variable of `\(surveyPath)` and the name of a column export gives the record itself\n")
            context.error("help: rename the question `\(taken.questionID)`\n")
            return ExitStatus.failure
        }
        var responses: [(source: String, response: Response)] = []
        var problems: [String] = []
        for path in responsePaths {
            let bytes = try readInput(path)
            do {
                let recorded = try Response.read(Data(bytes))
                responses.append((path, try survey.replay(recorded)))
            } catch let refusal as ResponseRefusal {
                problems += refusal.problems.map { "\(path): \($0.member): \($0.message)" }
            } catch {
                problems.append("\(path): not a response record: \(decodingProblem(error))")
            }
        }
        guard problems.isEmpty else {
            context.error(problems.map { "error: \($0)\n" }.joined())
            context.error("\(problems.count) \(problems.count == 1 ? "problem" : "problems") in \(responsePaths.count) \(responsePaths.count == 1 ? "response" : "responses"); nothing written\n")
            return ExitStatus.failure
        }
        if responses.isEmpty { context.error("warning: no response records were found, so the table has its header only\n") }
        try deliver(codebook.csv(of: responses), to: out, from: input.files, context)
        return ExitStatus.success
    }
}
