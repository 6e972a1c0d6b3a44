import SeededRandom
import SurveyBundle
import SurveyRuntime

/// One respondent's way through a survey: how many steps, how many proposed answers were refused, the time in steps.
struct RuntimeWalk {
    var steps: Int
    var refused: Int
    /// Seconds spent inside `Session.answer`, `skip` and `proceed` only.
    var answerSeconds: Double = 0
}

/// An answer for every question, chosen from a seed so respondents take different routes.
func plannedAnswers(_ questions: [Question], seed: UInt64) -> [String: Answer] {
    var random = SplitMix64(seed: seed)
    var answers: [String: Answer] = [:]
    for question in questions {
        let options = question.options ?? []
        let choosable = options.filter { $0.isExclusive != true }
        switch question.type {
        case .single:
            let option = random.pick(options)
            answers[question.id] = .option(option.id, specify: option.isSpecify == true ? "Locum work" : nil)
        case .multiple:
            let count = max(question.minChoices ?? 1, 1) + random.below(2)
            let chosen = random.sample(choosable, min(count, question.maxChoices ?? choosable.count))
            var specify: [String: String] = [:]
            for option in chosen where option.isSpecify == true { specify[option.id] = "Parking" }
            answers[question.id] = .options(chosen.map(\.id), specify: specify)
        case .ranking:
            let count = min(question.maxChoices ?? options.count, options.count)
            answers[question.id] = .options(random.sample(options, count).map(\.id).reversed(), specify: [:])
        case .text:
            answers[question.id] = .text("A few words of free text from the respondent.")
        case .number:
            let low = Int(question.min ?? 0)
            let high = Int(question.max ?? 100)
            answers[question.id] = .number(random.within(low...max(low, high)))
        case .decimal:
            answers[question.id] = .decimal(question.min ?? 0)
        case .scale:
            let low = Int(question.min ?? 0)
            answers[question.id] = .scale(random.within(low...Int(question.max ?? Double(low + 10))))
        case .grid:
            var cells: [String: String] = [:]
            for row in question.rows ?? [] { cells[row.id] = random.pick(options).id }
            answers[question.id] = .grid(cells)
        case .yesno:
            answers[question.id] = .yesno(random.percent(60))
        }
    }
    return answers
}

/// Runs one respondent from the first item to the end, timing each step.
func walkSurvey(_ survey: LoadedSurvey, answers: [String: Answer]) throws -> RuntimeWalk {
    var session = Session(survey)
    var walk = RuntimeWalk(steps: 0, refused: 0)
    var inSteps: UInt64 = 0
    while let item = session.current {
        walk.steps += 1
        switch item {
        case .note:
            let start = nanoseconds()
            try session.proceed()
            inSteps += nanoseconds() - start
        case .question(let question):
            let answer = answers[question.id]!
            let start = nanoseconds()
            do {
                try session.answer(answer)
                inSteps += nanoseconds() - start
            } catch {
                inSteps += nanoseconds() - start
                walk.refused += 1
                if question.isRequired {
                    throw BenchError("the runtime refused a planned answer to the required question `\(question.id)`: \(error)")
                }
                try session.skip()
            }
        }
    }
    walk.answerSeconds = Double(inSteps) / 1e9
    return walk
}
