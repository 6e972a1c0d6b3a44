import SurveyBundle

/// The wording of every diagnostic, sorted by code. No message text lives anywhere else.
extension Diagnostic {
    /// "did you mean `x`?" for a misspelt name, with the fix that writes `x` over it; nil when no declared
    /// name is close enough.
    private static func guess(_ name: Identifier, among candidates: some Sequence<String>) -> (help: String, fix: Fix)? {
        closestMatch(to: name.name, in: candidates).map { ("did you mean `\($0)`?", Fix(range: name.range, replacement: $0)) }
    }

    // MARK: E01 lexical

    static func invalidUTF8(_ range: SourceRange, count: Int, looksBinary: Bool) -> Diagnostic {
        Diagnostic(
            .E0101, looksBinary ? "this file is not text: it looks like a binary file" : "this file is not valid UTF-8",
            at: Label(range, looksBinary ? "not text" : "invalid byte"),
            notes: count > 1 ? ["\(count) bytes in the file are not valid UTF-8"] : [],
            help: looksBinary ? "check the path: a survey is a UTF-8 text file" : "save the file as UTF-8")
    }

    static func unexpectedCharacter(_ range: SourceRange, text: String, fix: Fix? = nil) -> Diagnostic {
        let help: String? = switch text {
        case "#": "comments start with `//`"
        case "!": "write `is not` or `not` instead of `!`"
        case "&&": "write `and` instead of `&&`"
        case "||": "write `or` instead of `||`"
        case "[", "]": "lists are written in parentheses: `in (a, b)`"
        case "'", "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}": "strings are written in straight double quotes: \"…\""
        default: nil
        }
        return Diagnostic(.E0102, "unexpected character `\(text)`", at: Label(range, "not part of the language"), help: help, fix: fix)
    }

    /// A name written with hyphens, such as `full-time`.
    static func hyphenInIdentifier(_ range: SourceRange, written: String) -> Diagnostic {
        let meant = String(written.map { $0 == "-" ? "_" : $0 })
        return Diagnostic(
            .E0102, "unexpected character `-` in `\(written)`", at: Label(range, "`-` is not part of a name"),
            help: "identifiers use `_`: `\(meant)`", fix: Fix(range: range, replacement: meant))
    }

    static func unterminatedString(_ range: SourceRange) -> Diagnostic {
        Diagnostic(
            .E0103, "unterminated string", at: Label(range, "this string has no closing `\"`"),
            help: "close the string on the same line; join adjacent strings to continue text on the next line")
    }

    static func unknownEscape(_ range: SourceRange) -> Diagnostic {
        Diagnostic(.E0104, "unknown escape sequence", at: Label(range, "not an escape"), help: "the escapes are `\\\"`, `\\\\` and `\\n`")
    }

    static func invalidNumber(_ range: SourceRange) -> Diagnostic {
        Diagnostic(.E0105, "invalid number", at: Label(range, "a number cannot contain letters"), help: "an identifier must start with a letter or `_`")
    }

    // MARK: E02 syntax

    static func expected(_ what: String, found: String, at range: SourceRange, fix: Fix? = nil) -> Diagnostic {
        Diagnostic(.E0201, "expected \(what), found \(found)", at: Label(range, "expected \(what)"), fix: fix)
    }

    static func rangeDots(_ range: SourceRange, written: String, low: String, high: String?) -> Diagnostic {
        Diagnostic(
            .E0201, "expected `...` between the ends of the range, found `\(written)`",
            at: Label(range, "a range is written with three dots"), help: "write `\(low)...\(high ?? "")`",
            fix: Fix(range: range, replacement: "..."))
    }

    static func unknownDeclaration(_ word: Identifier) -> Diagnostic {
        let guess = guess(word, among: declarationKeywords)
        return Diagnostic(
            .E0202, "unknown declaration `\(word.name)`", at: Label(word.range, "not a declaration"),
            notes: ["declarations are \(listInWords(declarationKeywords, conjunction: "or"))"],
            help: guess?.help, fix: guess?.fix)
    }

    static func unknownItem(_ word: Identifier) -> Diagnostic {
        let guess = guess(word, among: itemKeywords)
        return Diagnostic(
            .E0203, "unknown item `\(word.name)`", at: Label(word.range, "expected a question kind, `note` or `when`"),
            notes: ["question kinds are \(listInWords(QuestionType.allCases.map(\.rawValue), conjunction: "or", limit: 9))"],
            help: guess?.help, fix: guess?.fix)
    }

    static func clauseAfterBody(_ word: Identifier, question: String, kind: QuestionType) -> Diagnostic {
        let body = kind == .grid ? "statements" : "options"
        return Diagnostic(
            .E0203, "the clause `\(word.name)` is written after the \(body) of `\(question)`",
            at: Label(word.range, "a clause after the `}`, where an item was expected"),
            help: "clauses go before the `{` of the options or statements: move `\(word.name)` to the end of the line of `\(question)`")
    }

    static func unknownClause(_ word: Identifier, of what: String, candidates: [String]) -> Diagnostic {
        let guess = guess(word, among: candidates)
        return Diagnostic(
            .E0204, "unknown \(what) clause `\(word.name)`", at: Label(word.range, "not a clause of a \(what)"),
            notes: ["\(what) clauses are \(listInWords(candidates, conjunction: "or", limit: 16))"],
            help: guess?.help ?? (["options", "choices", "list"].contains(word.name) && what == "question"
                ? "write the options in braces after the clauses, `{ la \"A local authority\" … }`, or name a list with `from`"
                : nil),
            fix: guess?.fix)
    }

    static func duplicateClause(_ word: Identifier, first: SourceRange) -> Diagnostic {
        Diagnostic(
            .E0205, "`\(word.name)` is given twice", at: Label(word.range, "given again here"),
            secondary: [Label(first, "first given here")], help: "remove one of them")
    }

    static func bodyNotAllowed(_ range: SourceRange, kind: QuestionType) -> Diagnostic {
        Diagnostic(
            .E0206, "a `\(kind.rawValue)` question has no options or statements", at: Label(range, "unexpected body"),
            help: "only `single`, `multiple`, `ranking` and `grid` questions take a `{ … }` body")
    }

    static func clauseNotApplicable(_ range: SourceRange, clause: String, kind: QuestionType) -> Diagnostic {
        Diagnostic(
            .E0206, "`\(clause)` does not apply to a `\(kind.rawValue)` question", at: Label(range, "not for `\(kind.rawValue)`"),
            notes: ["grammar.md, section 6, lists the clauses of each kind"], help: "remove the clause or change the question's kind")
    }

    static func unmatchedBrace(_ range: SourceRange) -> Diagnostic {
        Diagnostic(.E0207, "unmatched `}`", at: Label(range, "nothing to close"), help: "remove it, or add the `{` it was meant to close")
    }

    static func unclosedBrace(_ open: SourceRange, what: String) -> Diagnostic {
        Diagnostic(.E0208, "no `}` closes \(what)", at: Label(open, "this `{` has no matching `}`"), help: "add `}` at the end of \(what)")
    }

    /// The body of `question` ended at the item starting at `next`, without its `}`.
    static func bodyNotClosed(_ open: SourceRange, what: String, question: String, next: SourceRange, fix: Fix) -> Diagnostic {
        Diagnostic(
            .E0208, "no `}` closes \(what)", at: Label(open, "this `{` has no matching `}`"),
            secondary: [Label(next, "a new item starts here, so \(what) end before this line")],
            help: "add `}` on the line before this item, to end the body of `\(question)`", fix: fix)
    }

    static func nestedSection(_ range: SourceRange) -> Diagnostic {
        Diagnostic(
            .E0208, "a section cannot be inside another section", at: Label(range, "section inside a section"),
            help: "close the section above with `}` first, or use a `when` block to group questions")
    }

    static func missingHeader(_ range: SourceRange, isEmptyFile: Bool) -> Diagnostic {
        Diagnostic(
            .E0209, isEmptyFile ? "the file is empty" : "the survey has no header",
            at: Label(range, isEmptyFile ? "nothing here" : "expected `survey` first"),
            help: "start the file with `survey name \"Title\" { version \"1\" }`")
    }

    static func headerNotFirst(_ range: SourceRange, first: SourceRange) -> Diagnostic {
        Diagnostic(
            .E0209, "the survey header must come first", at: Label(range, "header after other declarations"),
            secondary: [Label(first, "first declaration")], help: "move the header to the top of the file")
    }

    static func duplicateHeader(_ range: SourceRange, first: SourceRange) -> Diagnostic {
        Diagnostic(.E0209, "the survey has two headers", at: Label(range, "second header"), secondary: [Label(first, "first header")], help: "keep one header")
    }

    static func whenWithoutBlock(_ range: SourceRange) -> Diagnostic {
        Diagnostic(
            .E0210, "`when` at the start of a line begins a block, but no `{` follows", at: Label(range, "expected `{` after this condition"),
            help: "to make the question above conditional, move `when …` onto the end of its line; to start a block, add `{ … }`")
    }

    // MARK: E03 names

    static func duplicate(_ what: String, _ id: Identifier, first: SourceRange) -> Diagnostic {
        Diagnostic(
            .E0301, "\(what) `\(id.name)` is declared twice", at: Label(id.range, "declared again here"),
            secondary: [Label(first, "first declared here")], help: "give each \(what) its own identifier")
    }

    static func unknownOption(_ value: Identifier, question: String, kind: QuestionType, options: [String], declared: SourceRange) -> Diagnostic {
        let guess = guess(value, among: options)
        return Diagnostic(
            .E0302, "`\(question)` has no option `\(value.name)`", at: Label(value.range, "not an option of `\(question)`"),
            secondary: [Label(declared, "`\(question)` declared here")],
            notes: [kind == .yesno ? "the answers of a `yesno` question are `yes` and `no`" : "options are \(listInWords(options))"],
            help: guess?.help, fix: guess?.fix)
    }

    static func unknownQuestion(_ id: Identifier, candidates: some Sequence<String>) -> Diagnostic {
        let guess = guess(id, among: candidates)
        return Diagnostic(.E0303, "unknown question `\(id.name)`", at: Label(id.range, "no question has this name"), help: guess?.help, fix: guess?.fix)
    }

    static func unknownChoices(_ id: Identifier, candidates: [String]) -> Diagnostic {
        let guess = guess(id, among: candidates)
        return Diagnostic(
            .E0304, "unknown choice list `\(id.name)`", at: Label(id.range, "no `choices` has this name"),
            notes: candidates.isEmpty ? [] : ["choice lists are \(listInWords(candidates))"],
            help: guess?.help ?? "declare it with `choices \(id.name) { … }`", fix: guess?.fix)
    }

    static func unknownRole(_ id: Identifier, candidates: [String]) -> Diagnostic {
        let guess = guess(id, among: candidates)
        return Diagnostic(
            .E0305, "unknown role `\(id.name)`", at: Label(id.range, "not a declared role"),
            notes: [candidates.isEmpty ? "this survey declares no roles" : "roles are \(listInWords(candidates))"],
            help: guess?.help ?? (candidates.isEmpty ? "declare roles with `roles { … }`" : nil), fix: guess?.fix)
    }

    static func usedBeforeAsked(_ id: Identifier, declared: SourceRange) -> Diagnostic {
        Diagnostic(
            .E0306, "`\(id.name)` is tested before it is asked", at: Label(id.range, "not asked yet at this point"),
            secondary: [Label(declared, "`\(id.name)` is asked here, later")],
            help: "move the question before the condition, or test an earlier question")
    }

    static func roleBeforeKnown(_ range: SourceRange, screener: String, declared: SourceRange) -> Diagnostic {
        Diagnostic(
            .E0307, "the role is tested before it is known", at: Label(range, "role not known yet"),
            secondary: [Label(declared, "the role is known after `\(screener)`")],
            notes: ["the role is decided by the role rules once every question they read has been passed"],
            help: "move this after `\(screener)`, or test the screener answers directly")
    }

    static func ruleReadsRole(_ range: SourceRange) -> Diagnostic {
        Diagnostic(.E0307, "a role rule cannot test the role", at: Label(range, "role tested inside a role rule"), help: "test screener answers instead")
    }

    static func unknownRow(_ id: Identifier, grid: String, rows: [String]) -> Diagnostic {
        let guess = guess(id, among: rows)
        return Diagnostic(
            .E0308, "grid `\(grid)` has no statement `\(id.name)`", at: Label(id.range, "not a statement of `\(grid)`"),
            notes: ["statements are \(listInWords(rows))"], help: guess?.help, fix: guess?.fix)
    }

    /// `nameRange` is where the name is in the source, when it is known exactly: a misspelt name is then fixed.
    static func pipeUnknown(
        _ range: SourceRange, name: String, isLater: Bool, candidates: some Sequence<String>, nameRange: SourceRange? = nil
    ) -> Diagnostic {
        let suggestion = isLater ? nil : closestMatch(to: name, in: candidates)
        return Diagnostic(
            .E0309, isLater ? "`{\(name)}` pipes an answer that is not asked yet" : "`{\(name)}` pipes an unknown question",
            at: Label(range, isLater ? "asked later" : "no question has this name"),
            help: suggestion.map { "did you mean `{\($0)}`?" } ?? (isLater ? "only earlier answers can be piped" : "write `{{` for a literal brace"),
            fix: suggestion.flatMap { suggestion in nameRange.map { Fix(range: $0, replacement: suggestion) } })
    }

    /// `{views.valued}`: a pipe names a whole question, and shows a grid's answer to every statement; `whole`
    /// is the pipe written with the grid's name.
    static func pipeStatement(_ range: SourceRange, name: String, grid: String, whole: String) -> Diagnostic {
        Diagnostic(
            .E0309, "`{\(name)}` pipes one statement of the grid `\(grid)`, but a pipe names a whole question",
            at: Label(range, "a grid statement"),
            notes: ["a pipe shows the answer to an earlier question, `{name}` or `{name|words}`; piping a grid shows every statement's answer"],
            help: "write `\(whole)` to show the whole grid's answers, or write the text without the pipe")
    }

    // MARK: E04 types

    static func typeMismatch(_ range: SourceRange, question: String, kind: QuestionType, value: String, help: String?) -> Diagnostic {
        Diagnostic(
            .E0401, "`\(question)` is a `\(kind.rawValue)` question and cannot be compared with \(value)",
            at: Label(range, "\(value) here"), help: help)
    }

    static func includesOnSingleAnswer(_ range: SourceRange, question: String, kind: QuestionType) -> Diagnostic {
        Diagnostic(
            .E0402, "`includes` needs a `multiple` or `ranking` question, but `\(question)` is `\(kind.rawValue)`",
            at: Label(range, "holds one answer"), help: "write `\(question) is …` or `\(question) in (…)`")
    }

    static func orderOnUnordered(_ range: SourceRange, question: String) -> Diagnostic {
        Diagnostic(
            .E0403, "the options of `\(question)` have no order", at: Label(range, "order comparison"),
            help: "mark the choice list `ordered`, or test with `in (…)`")
    }

    static func screenerKind(_ range: SourceRange, question: String, kind: QuestionType) -> Diagnostic {
        Diagnostic(
            .E0404, "a role rule reads `\(question)`, a `\(kind.rawValue)` question", at: Label(range, "not single choice or yes/no"),
            notes: ["role rules read only `single` and `yesno` questions, so every combination of answers can be checked"],
            help: "route on a `single` screener question")
    }

    static func invertedRange(_ range: SourceRange, low: String, high: String) -> Diagnostic {
        Diagnostic(.E0405, "the range \(low)...\(high) is empty", at: Label(range, "low end above high end"), help: "write the range as \(high)...\(low)")
    }

    static func invalidScale(_ range: SourceRange, reason: String) -> Diagnostic {
        Diagnostic(.E0406, "invalid scale: \(reason)", at: Label(range, "here"), help: "a scale runs between two whole numbers, such as `range 0...10`, with at most 101 points")
    }

    static func emptyChoices(_ range: SourceRange, name: String) -> Diagnostic {
        Diagnostic(.E0407, "`\(name)` has no options", at: Label(range, "empty"), help: "add options: `id \"Label\"`, one per line")
    }

    static func impossibleChoices(_ range: SourceRange, reason: String) -> Diagnostic {
        Diagnostic(.E0408, "impossible number of choices: \(reason)", at: Label(range, "cannot be met"))
    }

    static func duplicateCode(_ range: SourceRange, code: String, first: SourceRange) -> Diagnostic {
        Diagnostic(
            .E0409, "option code \(code) is used twice", at: Label(range, "used again here"),
            secondary: [Label(first, "first used here")], help: "give each option its own code, so exported data can be read back")
    }

    static func missingOptions(_ range: SourceRange, question: String, kind: QuestionType) -> Diagnostic {
        Diagnostic(
            .E0410, "`\(question)` has no options", at: Label(range, "a `\(kind.rawValue)` question needs options"),
            help: "add `from list_name` or a `{ … }` body of options")
    }

    static func twoOptionSources(_ range: SourceRange, question: String) -> Diagnostic {
        Diagnostic(.E0410, "`\(question)` has both `from` and a body of options", at: Label(range, "second source of options"), help: "keep one of them")
    }

    /// A choice question or grid whose clauses ended at a line end, followed by a line-starting `when … {`
    /// (`block`) that holds what look like its options or statements.
    static func conditionOnOwnLine(_ block: SourceRange, question: String, kind: QuestionType, fix: Fix?) -> Diagnostic {
        let (code, message, body) = kind == .grid
            ? (DiagnosticCode.E0411, "grid `\(question)` has no statements", "statements")
            : (.E0410, "`\(question)` has no options", "options")
        return Diagnostic(
            code, message, at: Label(block, "this `when` begins a block, holding the \(body)"),
            notes: ["a `when` that starts a line begins a block, so the lines in it are read as items, not as the \(body) of `\(question)`"],
            help: "to give `\(question)` a condition, put `when …` on the line of `\(question)`, before the `{`", fix: fix)
    }

    static func missingRows(_ range: SourceRange, question: String) -> Diagnostic {
        Diagnostic(.E0411, "grid `\(question)` has no statements", at: Label(range, "needs statements"), help: "add a `{ … }` body with one `id \"statement\"` per line")
    }

    static func missingScale(_ range: SourceRange, question: String) -> Diagnostic {
        Diagnostic(.E0411, "grid `\(question)` has no shared scale", at: Label(range, "needs `from`"), help: "add `from list_name` naming the scale every statement is answered on")
    }

    static func checksNeverPass(_ range: SourceRange, question: String, reason: String) -> Diagnostic {
        Diagnostic(
            .E0412, "no answer to `\(question)` can pass its checks", at: Label(range, "no answer passes"),
            notes: [reason], help: "correct the check, or the range; as it is, `\(question)` can only be skipped")
    }

    // MARK: E05 logic

    static func neverTrue(_ range: SourceRange, reason: String) -> Diagnostic {
        Diagnostic(
            .E0501, "this condition can never be true", at: Label(range, "always false here"), notes: [reason],
            help: "no respondent would see what it guards: fix the condition or remove the content")
    }

    static func roleNeverAssigned(_ range: SourceRange, role: String) -> Diagnostic {
        Diagnostic(
            .E0502, "no respondent can have the role `\(role)`", at: Label(range, "rule never gives this role"),
            notes: ["no combination of screener answers makes this rule the only true one"], help: "check the rule's options")
    }

    static func noRole(_ range: SourceRange, example: String, count: Int) -> Diagnostic {
        Diagnostic(
            .E0503, "some respondents get no role", at: Label(range, "rules leave a gap"),
            notes: ["for example, a respondent who answers \(example)"] + (count > 1 ? ["\(count) combinations of screener answers give no role"] : []),
            help: "add a role for these answers, or widen a rule")
    }

    static func twoRoles(_ range: SourceRange, roles: [String], example: String, count: Int) -> Diagnostic {
        Diagnostic(
            .E0504, "some respondents get two roles: \(listInWords(roles))", at: Label(range, "rules overlap"),
            notes: ["for example, a respondent who answers \(example)"] + (count > 1 ? ["\(count) combinations of screener answers give more than one role"] : []),
            help: "make the rules exclusive, for instance with `and not …`")
    }

    static func tooManyCombinations(_ range: SourceRange) -> Diagnostic {
        Diagnostic(
            .E0505, "the role rules read more than \(Limits.screenerCombinations) combinations of answers", at: Label(range, "too many to check"),
            help: "route on fewer screener questions, or on questions with fewer options")
    }

    // MARK: E06 limits and includes

    static func fileTooLarge(_ range: SourceRange, bytes: Int) -> Diagnostic {
        Diagnostic(.E0601, "the file is \(bytes) bytes, over the limit of \(Limits.fileBytes)", at: Label(range, "too large"), help: "split the survey with `include`")
    }

    static func lineTooLong(_ range: SourceRange, length: Int) -> Diagnostic {
        Diagnostic(.E0602, "this line is \(length) bytes, over the limit of \(Limits.lineBytes)", at: Label(range, "line starts here"), help: "break the line; adjacent strings are joined")
    }

    static func nestingTooDeep(_ range: SourceRange) -> Diagnostic {
        Diagnostic(.E0603, "nesting is deeper than \(Limits.nestingDepth) levels", at: Label(range, "too deep"), help: "combine conditions with `and` instead of nesting blocks")
    }

    static func identifierTooLong(_ range: SourceRange) -> Diagnostic {
        Diagnostic(.E0604, "identifier longer than \(Limits.identifierLength) characters", at: Label(range, "too long"), help: "use a shorter name: it becomes a variable name in exported data")
    }

    static func stringTooLong(_ range: SourceRange) -> Diagnostic {
        Diagnostic(.E0605, "string longer than \(Limits.stringLength) bytes", at: Label(range, "too long"), help: "shorten the text")
    }

    static func includeCycle(_ range: SourceRange, path: String) -> Diagnostic {
        Diagnostic(.E0606, "`\(path)` includes itself", at: Label(range, "include cycle"), help: "remove one of the includes in the cycle")
    }

    static func includeUnreadable(_ range: SourceRange, path: String, reason: String) -> Diagnostic {
        Diagnostic(.E0607, "cannot read included file `\(path)`: \(reason)", at: Label(range, "included here"), help: "paths are relative to the including file")
    }

    static func headerInInclude(_ range: SourceRange) -> Diagnostic {
        Diagnostic(.E0608, "an included file cannot have a survey header", at: Label(range, "header in an included file"), help: "keep the header in the main file")
    }

    static func includeTooDeep(_ range: SourceRange) -> Diagnostic {
        Diagnostic(.E0609, "includes are nested more than \(Limits.includeDepth) deep", at: Label(range, "too deep"), help: "include the files from the main file instead")
    }

    // MARK: W05 lints

    static func optionalRouting(_ range: SourceRange, question: String, declared: SourceRange) -> Diagnostic {
        Diagnostic(
            .W0501, "respondents who skip `\(question)` never see this", at: Label(range, "false when `\(question)` is skipped"),
            secondary: [Label(declared, "`\(question)` is optional")],
            help: "make `\(question)` required (and say why in a comment), or write the condition so skipping shows the branch")
    }

    static func unusedChoices(_ id: Identifier) -> Diagnostic {
        Diagnostic(.W0502, "choice list `\(id.name)` is never used", at: Label(id.range, "unused"), help: "remove it, or use it with `from \(id.name)`")
    }

    static func pipeOptional(_ range: SourceRange, question: String) -> Diagnostic {
        Diagnostic(
            .W0503, "`{\(question)}` has no fallback, but `\(question)` may be unanswered", at: Label(range, "may be empty"),
            help: "write `{\(question)|words to show instead}`")
    }

    static func noEffect(_ range: SourceRange, clause: String, reason: String) -> Diagnostic {
        Diagnostic(.W0504, "`\(clause)` has no effect here", at: Label(range, reason), help: "remove it")
    }

    static func sameWords(_ what: String, _ id: Identifier, text: TextLiteral, first: Identifier) -> Diagnostic {
        Diagnostic(
            .W0505, "\(what) `\(id.name)` has the same words as `\(first.name)`", at: Label(text.range, "the same words"),
            secondary: [Label(first.range, "`\(first.name)` is written first")],
            help: "respondents cannot tell them apart: reword one, or remove the repeat")
    }

    static func pipeNeverFilled(_ range: SourceRange, question: String, askedOf roles: [String]) -> Diagnostic {
        Diagnostic(
            .W0506, "`{\(question)}` is never filled where this text is shown", at: Label(range, "no one who sees this is asked `\(question)`"),
            notes: roles.isEmpty ? [] : ["`\(question)` is asked of \(listInWords(roles, conjunction: "and"))"],
            help: "pipe an answer these respondents give, or write the text without the pipe")
    }

    /// The question is asked only under conditions (`askedUnder`, in source syntax) that the text's contradict.
    static func pipeNeverFilled(_ range: SourceRange, question: String, askedUnder conditions: [String]) -> Diagnostic {
        Diagnostic(
            .W0506, "`{\(question)}` is never filled where this text is shown", at: Label(range, "no one who sees this is asked `\(question)`"),
            notes: ["`\(question)` is asked only when \(conditions.map { "`\($0)`" }.joined(separator: " and "))"],
            help: "pipe an answer these respondents give, or write the text without the pipe")
    }
}
