import SurveyBundle

/// One way a decoded bundle contradicts itself, found while loading it.
public enum Inconsistency: Hashable, Sendable {
    /// Two sections share an identifier.
    case duplicateSection(String)
    /// Two questions share an identifier.
    case duplicateQuestion(String)
    /// A question lists the same option twice.
    case duplicateOption(question: String, option: String)
    /// Two options of a question share an export code.
    case duplicateCode(question: String, code: Int)
    /// A grid lists the same statement twice.
    case duplicateRow(question: String, row: String)
    /// Two roles share an identifier.
    case duplicateRole(String)
    /// A choice question or grid has no options.
    case missingOptions(question: String, type: QuestionType)
    /// A grid has no statements.
    case missingRows(question: String)
    /// A range whose low end is above its high end.
    case invertedRange(question: String, min: Double, max: Double)
    /// A scale without a range.
    case missingScaleRange(question: String)
    /// A scale whose range ends are not whole.
    case fractionalScaleRange(question: String)
    /// A scale with more than 101 points.
    case oversizedScale(question: String, points: Int)
    /// `at least` above `up to`.
    case invertedChoiceCounts(question: String, min: Int, max: Int)
    /// A count of options the question cannot meet.
    case impossibleChoiceCount(question: String, count: Int, options: Int)
    /// A text limit below one character.
    case invalidMaxLength(question: String, maxLength: Int)
    /// A condition or pipe names no question.
    case unknownQuestion(Location, name: String)
    /// A condition or pipe names a question not asked before it.
    case laterQuestion(Location, name: String)
    /// A reference names a statement the grid does not have.
    case unknownRow(Location, question: String, row: String)
    /// A reference names a statement of a question that is not a grid.
    case rowOfNonGrid(Location, question: String)
    /// A test compares a whole grid instead of one statement.
    case wholeGridTested(Location, question: String)
    /// A test compares with an option the question does not have.
    case unknownOption(Location, question: String, option: String)
    /// A test compares with a value of the wrong type.
    case mismatchedValue(Location, reference: String, type: QuestionType, value: Value)
    /// A comparison that does not apply to the question's type.
    case misusedComparison(Location, reference: String, type: QuestionType, comparison: Comparison)
    /// An ordered comparison on options that are not ordered.
    case unorderedComparison(Location, reference: String, comparison: Comparison)
    /// A role test with no roles, or `in` with fewer than two values, which the format does not allow.
    case shortList(Location, operation: String, count: Int)
    /// A role test names no role.
    case unknownRole(Location, role: String)
    /// A role test in a survey without roles.
    case roleInSingleAudience(Location)
    /// A role test before the last screener question.
    case roleBeforeScreener(Location, lastScreener: String)
    /// A role rule that tests the role.
    case roleRuleReadsRole(role: String)
    /// Two roles' rules both hold for these answers to the screener (in words).
    case overlappingRoles(first: String, second: String, answers: [String])
    /// A role rule that reads a question outside the screener.
    case roleRuleReadsNonScreener(role: String, question: String)
    /// The screener names no question.
    case unknownScreener(String)
    /// A screener question that is neither single nor yesno.
    case screenerType(question: String, type: QuestionType)
    /// A summary names no role.
    case unknownSummaryRole(String)
    /// Two summaries for the same audience.
    case duplicateSummary(role: String?)
    /// An audience without a summary.
    case missingSummary(role: String?)
    /// A summary names no question.
    case unknownSummaryQuestion(role: String?, question: String)
    /// A summary without a role in a survey with roles, where each role has its own.
    case summaryWithoutRole
    /// A summary whose seconds are not the sum of its questions' seconds.
    case summarySeconds(role: String?, recorded: Double, computed: Double)
}

extension Inconsistency: CustomStringConvertible {
    /// The problem as one sentence that names the question, role or section concerned.
    public var description: String {
        switch self {
        case .duplicateSection(let id): "section `\(id)` is declared more than once"
        case .duplicateQuestion(let id): "question `\(id)` is declared more than once"
        case .duplicateOption(let question, let option):
            "question `\(question)` lists option `\(option)` more than once"
        case .duplicateCode(let question, let code):
            "question `\(question)` gives code \(code) to more than one option"
        case .duplicateRow(let question, let row): "grid `\(question)` lists statement `\(row)` more than once"
        case .duplicateRole(let id): "role `\(id)` is declared more than once"
        case .missingOptions(let question, let type): "\(type.rawValue) question `\(question)` has no options"
        case .missingRows(let question): "grid `\(question)` has no statements"
        case .invertedRange(let question, let min, let max):
            "question `\(question)` has the range \(min.shortText)...\(max.shortText), whose low end is above its high end"
        case .missingScaleRange(let question): "scale `\(question)` has no range"
        case .fractionalScaleRange(let question): "scale `\(question)` has a range whose ends are not whole numbers"
        case .oversizedScale(let question, let points): "scale `\(question)` has \(points) points, more than 101"
        case .invertedChoiceCounts(let question, let min, let max):
            "question `\(question)` asks for at least \(min) but at most \(max) options"
        case .impossibleChoiceCount(let question, let count, let options):
            "question `\(question)` asks for \(count) options but has only \(options)"
        case .invalidMaxLength(let question, let maxLength):
            "text question `\(question)` allows at most \(maxLength) characters, so it cannot be answered"
        case .unknownQuestion(let location, let name): "\(location) reads `\(name)`, which is not a question"
        case .laterQuestion(let location, let name):
            "\(location) reads `\(name)`, which is not asked before it"
        case .unknownRow(let location, let question, let row):
            "\(location) reads `\(question).\(row)`, but grid `\(question)` has no statement `\(row)`"
        case .rowOfNonGrid(let location, let question):
            "\(location) reads a statement of `\(question)`, which is not a grid"
        case .wholeGridTested(let location, let question):
            "\(location) compares the whole grid `\(question)`; it can only compare one statement"
        case .unknownOption(let location, let question, let option):
            "\(location) compares `\(question)` with `\(option)`, which is not an option of `\(question)`"
        case .mismatchedValue(let location, let reference, let type, let value):
            "\(location) compares `\(reference)`, a \(type.rawValue) question, with \(value.wording)"
        case .misusedComparison(let location, let reference, let type, let comparison):
            "\(location) uses `\(comparison.spelling)` on `\(reference)`, a \(type.rawValue) question"
        case .unorderedComparison(let location, let reference, let comparison):
            "\(location) uses `\(comparison.spelling)` on `\(reference)`, whose options are not ordered"
        case .shortList(let location, let operation, let count):
            "\(location) has `\(operation)` with \(count == 0 ? "no" : "only \(count)") \(operation == "in" ? "value" : "role")\(count == 1 ? "" : "s"), "
                + "but needs at least \(operation == "in" ? "two" : "one")"
        case .unknownRole(let location, let role): "\(location) names role `\(role)`, which does not exist"
        case .roleInSingleAudience(let location): "\(location) tests the role, but the survey has no roles"
        case .roleBeforeScreener(let location, let lastScreener):
            "\(location) tests the role before the last screener question `\(lastScreener)` is asked"
        case .roleRuleReadsRole(let role): "the rule of role `\(role)` tests the role itself"
        case .overlappingRoles(let first, let second, let answers):
            "the rules of roles `\(first)` and `\(second)` both hold when \(answers.joined(separator: " and ")), "
                + "so such a respondent would have no role"
        case .roleRuleReadsNonScreener(let role, let question):
            "the rule of role `\(role)` reads `\(question)`, which is not a screener question"
        case .unknownScreener(let question): "screener question `\(question)` is not a question"
        case .screenerType(let question, let type):
            "screener question `\(question)` is a \(type.rawValue) question, but screener questions must be single or yesno"
        case .unknownSummaryRole(let role): "a summary names role `\(role)`, which does not exist"
        case .duplicateSummary(let role): "\(Inconsistency.audience(role)) has more than one summary"
        case .missingSummary(let role): "\(Inconsistency.audience(role)) has no summary"
        case .unknownSummaryQuestion(let role, let question):
            "the summary of \(Inconsistency.audience(role)) names `\(question)`, which is not a question"
        case .summaryWithoutRole: "a summary has no role, but the survey has roles, each with its own summary"
        case .summarySeconds(let role, let recorded, let computed):
            "the summary of \(Inconsistency.audience(role)) gives \(recorded.shortText) seconds, but its questions take \(((computed * 10).rounded() / 10).shortText)"
        }
    }

    private static func audience(_ role: String?) -> String {
        role.map { "role `\($0)`" } ?? "the single audience"
    }
}

extension Value {
    /// The value as words, such as "option `agency`" or "the number 3".
    var wording: String {
        switch self {
        case .option(let id): "option `\(id)`"
        case .number(let number): "the number \(number.shortText)"
        case .text(let text): "the text \"\(text)\""
        case .bool(let bool): bool ? "yes" : "no"
        case .answer(let question): "the answer to `\(question)`"
        }
    }
}
