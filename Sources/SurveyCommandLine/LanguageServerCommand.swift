let languageServerUsage = """
    Usage: survey lsp [--stdio]

    Runs a language server on standard input and output, for editors that speak the Language
    Server Protocol (docs/editors.md). While you type it checks the open surveys and shows every
    problem with its code, notes and help, including problems in the files they include; it
    formats a document in the canonical layout of `survey fmt`; over a question's name it shows
    the question and who is asked it; it goes from a name to where the question, choice list or
    role is declared; it lists the file's outline; it completes the names of questions, options,
    statements, choice lists and roles where a condition or `from` expects them, and keywords
    (declarations, item kinds, a question's clauses) elsewhere; and it offers the fixes of
    misspelt names and other slips as quick fixes.
    Nothing but protocol messages is written to standard output. `--stdio` is accepted, as
    editors often pass it, and changes nothing.

    Exit status: 0 after the editor's `shutdown` and `exit`, 1 when the input ends or breaks off
    without them, 2 usage errors.

    Examples:
      survey lsp

    """

extension Tool {
    static func runLanguageServer(_ args: [String], _ context: Context) throws(UsageError) -> Int32 {
        let arguments = try Arguments(args, valued: [], flagNames: ["--stdio"])
        guard arguments.positional.isEmpty else {
            throw UsageError("`survey lsp` takes no files: the editor sends the documents it opens", help: "survey lsp")
        }
        var reader = MessageReader(readChunk: context.readChunk)
        var server = LanguageServer(read: readBytes)
        while true {
            let body: [UInt8]?
            do {
                body = try reader.next()
            } catch {
                context.error("survey lsp: \(error.reason); stopping\n")
                return ExitStatus.failure
            }
            guard let body else { return server.statusAtEndOfInput }
            for reply in server.handle(body) {
                context.out(String(decoding: framed(reply), as: UTF8.self))
            }
            if let status = server.exitStatus { return status }
        }
    }
}
