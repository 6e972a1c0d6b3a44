import SurveyBundle
import Testing
@testable import SurveyCommandLine

@Suite struct ConditionWordsTests {
    let words: ConditionWords = {
        var employer = Question(id: "employer", type: .single, text: "Who pays you?")
        employer.options = [Option(id: "la", label: "A local authority"), Option(id: "agency", label: "An agency")]
        let working = Question(id: "working", type: .yesno, text: "Working?")
        let hours = Question(id: "hours", type: .number, text: "Hours?")
        var views = Question(id: "views", type: .grid, text: "Views")
        views.options = [Option(id: "no", label: "Disagree"), Option(id: "yes", label: "Agree")]
        views.rows = [Row(id: "valued", text: "I feel valued")]
        let survey = Survey(
            id: "s", title: "S", version: "1", anonymous: true, minutes: nil,
            roles: [
                Role(id: "la_sw", label: "Local authority social worker", rule: .or([])),
                Role(id: "agency_sw", label: "Agency social worker", rule: .or([])),
                Role(id: "student", label: "Social work student", rule: .or([])),
                Role(id: "asye", label: "Newly qualified social worker in the ASYE", rule: .or([])),
            ],
            screener: [],
            sections: [Section(id: "s", title: "S", condition: nil, items: [employer, working, hours, views].map(Item.question))],
            summaries: [])
        let numbers = ["employer": 1, "working": 2, "hours": 3, "views": 4]
        return ConditionWords(index: SurveyIndex(survey)) { "Q\(numbers[$0]!)" }
    }()

    @Test func `roles and answers read as who is asked`() {
        let condition = Condition.and([.role(["agency_sw", "asye"]), .test(Reference(question: "working"), .is, .bool(true))])
        #expect(words.askedOnly([condition])
            == "Asked only of agency social workers and newly qualified social workers in the ASYE who answered “Yes” to Q2.")
    }

    @Test func `excluding a few roles reads as everyone except them`() {
        #expect(words.askedOnly([.not(.role(["student"]))]) == "Asked of everyone except social work students.")
    }

    @Test func `not is plain negation, so skipping counts, but is not does not`() {
        let notIs = Condition.not(.test(Reference(question: "employer"), .is, .option("la")))
        let isNot = Condition.test(Reference(question: "employer"), .isNot, .option("la"))
        #expect(words.predicate([notIs]) == "did not answer “A local authority” to Q1")
        #expect(words.predicate([isNot]) == "answered Q1 with something other than “A local authority”")
    }

    @Test func `negations are pushed inside, and nested lists are marked`() {
        let condition = Condition.not(.or([
            .test(Reference(question: "working"), .is, .bool(false)),
            .and([.answered(Reference(question: "hours")), .test(Reference(question: "hours"), .less, .number(10))]),
        ]))
        #expect(words.predicate([condition])
            == "did not answer “No” to Q2 and either did not answer Q3 or did not give an answer to Q3 below 10")
    }

    @Test func `grid statements and comparisons with other answers are named in words`() {
        let condition = Condition.test(Reference(question: "views", row: "valued"), .greaterOrEqual, .option("yes"))
        #expect(words.predicate([condition]) == "chose “Agree” or an option after it for “I feel valued” in Q4")
        let check = Question(id: "hours", type: .number, text: "Hours?")
        #expect(words.requirement(.test(Reference(question: "hours"), .lessOrEqual, .answer("employer")), of: check)
            == "The answer must not be more than the answer to Q1 (when Q1 is answered).")
    }

    @Test func `a check says it holds when another question it tests may be unanswered`() {
        let hours = Question(id: "hours", type: .number, text: "Hours?")
        let working = Condition.test(Reference(question: "working"), .is, .bool(true))
        #expect(words.requirement(working, of: hours) == "The answer to Q2 must be “Yes” (when Q2 is answered).")
        let either = Condition.or([.test(Reference(question: "hours"), .greater, .number(5)), working])
        #expect(words.requirement(either, of: hours)
            == "Accepted only from respondents who gave an answer to Q3 above 5 or answered “Yes” to Q2; a test of Q2 is met when it is not answered.")
        #expect(words.requirement(.test(Reference(question: "hours"), .greater, .number(5)), of: hours) == "The answer must be more than 5.")
    }

    @Test func `role labels become groups of people`() {
        #expect(roleGroup("Local authority manager") == "local authority managers")
        #expect(roleGroup("Newly qualified social worker in the ASYE") == "newly qualified social workers in the ASYE")
        #expect(roleGroup("ASYE social worker") == "ASYE social workers")
        #expect(roleGroup("Deputy") == "deputies")
        #expect(roleGroup("Chairman") == "chairmen")
    }

    @Test func `pipes show which answer they repeat`() {
        #expect(pipedText("You said {employer|your employer} {{ok}}", questionName: { _ in "Q1" })
            == "You said [answer to Q1, or “your employer”] {ok}")
    }
}
