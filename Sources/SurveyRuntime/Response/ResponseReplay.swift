import SurveyBundle

/// Why a response record does not fit the survey it was read against: every problem found, each with the
/// member it concerns.
public struct ResponseRefusal: Error, Hashable, Sendable {
    /// One problem: `member` is `digest`, `role`, `completed` or `answers.QUESTION`.
    public struct Problem: Hashable, Sendable {
        public var member: String
        public var message: String
    }

    public var problems: [Problem]
}

extension LoadedSurvey {
    /// Takes a response record as a new respondent's session would: the survey must be the one the answers were
    /// given to (its content digest), and each answer, in the order the questions are shown, must be one the
    /// session accepts, for a question on the respondent's path. Returns the response as the session records
    /// it, with the survey's option codes.
    ///
    /// A question shown without an answer is skipped; where it is required, a complete response is refused and
    /// an incomplete one ends there. An answer that is refused ends the replay too, since what follows depends
    /// on it. Every problem found up to then is reported; nothing is corrected or dropped.
    public func replay(_ response: Response) throws(ResponseRefusal) -> Response {
        var problems: [ResponseRefusal.Problem] = []
        func refuse(_ member: String, _ message: String) { problems.append(.init(member: member, message: message)) }
        guard response.digest == digest else {
            let named = response.survey == survey.id && response.version == survey.version
                ? "another text of `\(survey.id)` version `\(survey.version)`, changed since or edited by hand"
                : "`\(response.survey)` version `\(response.version)`, not `\(survey.id)` version `\(survey.version)`"
            refuse(
                "digest",
                "the answers were given to \(named) (content digest \(response.digest.prefix(12))…, where this survey's is \(digest.prefix(12))…)")
            throw ResponseRefusal(problems: problems)
        }
        if response.survey != survey.id || response.version != survey.version {
            refuse("survey", "the response names `\(response.survey)` version `\(response.version)`, but its digest is of `\(survey.id)` version `\(survey.version)`")
        }
        var answers: [String: Answer] = [:]
        for (id, recorded) in response.answers.sorted(by: { $0.key < $1.key }) {
            guard let question = question(id) else {
                refuse("answers.\(id)", "`\(id)` is not a question of this survey")
                continue
            }
            if case .grid(let cells) = recorded, let typed = cells.keys.sorted().first(where: { cells[$0]?.specify != nil }) {
                refuse("answers.\(id)", "statement `\(typed)` has typed text, which a grid's statements do not take")
            }
            for chosen in recorded.chosenOptions {
                guard let option = question.options?.first(where: { $0.id == chosen.option }), option.code != chosen.code else { continue }
                refuse(
                    "answers.\(id)",
                    "option `\(chosen.option)` is recorded with code \(chosen.code.map(String.init) ?? "none"), but its code is \(option.code.map(String.init) ?? "none")")
            }
            answers[id] = recorded.answer
        }

        // The problems so far leave the replay meaningful: it goes on, to report what it finds as well.
        var session = Session(self)
        var used: Set<String> = []
        // Whether an answer came after the last screener question: the role was settled by then.
        var answeredPastScreener = false
        walk: while let item = session.current {
            guard case .question(let question) = item else {
                try? session.proceed()
                continue
            }
            guard let answer = answers[question.id] else {
                do {
                    try session.skip()
                } catch {
                    guard !response.completed else {
                        refuse("answers.\(question.id)", "`\(question.id)` is required, but the complete response has no answer to it")
                        throw ResponseRefusal(problems: problems)
                    }
                    break walk
                }
                continue
            }
            used.insert(question.id)
            if let position = session.cursor, position > layout.lastScreenerItem { answeredPastScreener = true }
            do {
                try session.answer(answer)
            } catch {
                let named = error.reason.detail.map { " (\($0))" } ?? ""
                refuse("answers.\(question.id)", "the answer to `\(question.id)` is refused: \(error.message)\(named)")
                throw ResponseRefusal(problems: problems)
            }
        }
        let stopped = session.current.map { if case .question(let question) = $0 { " before the respondent stopped at `\(question.id)`" } else { "" } } ?? ""
        for id in answers.keys.sorted() where !used.contains(id) {
            let role = session.role.map { " (role `\($0)`)" } ?? ""
            refuse("answers.\(id)", "`\(id)` is answered, but it is not shown to this respondent\(role)\(stopped)")
        }
        // A respondent who stopped before the role was settled has none in the record, whatever the replay, which
        // goes on past the questions left, settles; one who answered past the screener had it settled.
        if response.role != session.role && !(response.role == nil && !response.completed && !answeredPastScreener) {
            refuse("role", "the role is `\(response.role ?? "null")`, but the answers give \(session.role.map { "`\($0)`" } ?? "no role")")
        }
        guard problems.isEmpty else { throw ResponseRefusal(problems: problems) }
        var replayed = session.response
        replayed.role = response.role
        replayed.completed = response.completed
        return replayed
    }
}

extension ResponseAnswer {
    /// The options the answer records, with their codes.
    var chosenOptions: [ChosenOption] {
        switch self {
        case .option(let chosen): [chosen]
        case .options(let chosen): chosen
        case .grid(let cells): cells.keys.sorted().map { cells[$0]! }
        case .text, .number, .decimal, .scale, .yesno: []
        }
    }

    /// The answer as a session takes it: option identifiers without their codes.
    var answer: Answer {
        switch self {
        case .option(let chosen): .option(chosen.option, specify: chosen.specify)
        case .options(let chosen):
            .options(chosen.map(\.option), specify: Dictionary(chosen.compactMap { option in option.specify.map { (option.option, $0) } }) { first, _ in first })
        case .text(let text): .text(text)
        case .number(let number): .number(number)
        case .decimal(let decimal): .decimal(decimal)
        case .scale(let scale): .scale(scale)
        case .grid(let cells): .grid(cells.mapValues(\.option))
        case .yesno(let yesno): .yesno(yesno)
        }
    }
}

extension ValidationError.Reason {
    /// What the message for the respondent leaves out: the option or statement named, or the kind of answer the
    /// question takes.
    var detail: String? {
        switch self {
        case .unknownOption(let id), .repeatedOption(let id), .unknownRow(let id): "`\(id)`"
        case .wrongKind(let expected): "a `\(expected.rawValue)` question"
        default: nil
        }
    }
}
