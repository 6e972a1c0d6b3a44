import SurveyLanguage

let codebookUsage = """
    Usage: survey codebook SURVEY [--format csv|markdown] [-o OUT]

    Lists every variable the response data will have, one row each: grids as `question.row`,
    multiple choice as one 0/1 variable per option `question.option`, ranking as the rank of
    each option, and `question.option.specify` for the typed text of a "specify" option. Each row
    gives the question text, type, codes and labels, who is asked, and the routing in words.
    SURVEY is a .survey source or a compiled bundle. `survey export` writes response records as a
    table with exactly these variables.

    Options:
      --format FORMAT  csv (default, RFC 4180) or markdown
      -o OUT           write to OUT (through a temporary file) instead of standard output

    Exit status: 0 written, 1 errors in the survey, 2 usage or file errors.

    Examples:
      survey codebook surveys/big-listen-2023.survey -o build/big-listen-codebook.csv
      survey codebook surveys/big-listen-2023.survey --format markdown

    """

extension Tool {
    static func runCodebook(_ args: [String], _ context: Context) throws(UsageError) -> Int32 {
        let arguments = try Arguments(args, valued: ["--format", "-o", "--output"], flagNames: [])
        let format = try arguments.choice("--format", from: ["csv", "markdown"], default: "csv")
        guard arguments.positional.count == 1, let input = arguments.positional.first else {
            throw UsageError("name one survey file", help: "survey codebook surveys/big-listen-2023.survey")
        }
        guard let loaded = try loadSurvey(input, context) else { return ExitStatus.failure }
        let codebook = Codebook(loaded.survey)
        try deliver(format == "csv" ? codebook.csv : codebook.markdown, to: arguments.values["-o"] ?? arguments.values["--output"], from: loaded.files, context)
        return ExitStatus.success
    }
}
