import SurveyLanguage
import Testing

/// Conditions whose tests of one answer contradict each other, the question's range or the conditions around them
/// are never true (E0501); conditions that some answer, or skipping, can meet are not reported.
struct ContradictionTests {
    /// Questions of every kind a condition can test, then `body`, in one section.
    static func survey(_ body: String) -> String {
        TestSources.header + """
            choices agreement ordered {
              agree    "Agree"
              neutral  "Neither agree nor disagree"
              disagree "Disagree"
            }

            section work "Your work" {
              single employer "Who employs you?" {
                la     "A local authority"
                agency "An agency"
              }
              number caseload "How many cases do you hold?" range 0...80
              decimal hours "How many hours did you work last week?" range 0...80
              scale stress "How stressed are you?" range 1...5
              multiple worries "What worries you most?" up to 2 {
                pay      "Pay"
                workload "Workload"
                cover    "Covering for vacancies"
                none     "None of these" exclusive
              }
              multiple supports "Which supports do you use?" at least 2 {
                mentor "A mentor"
                peers  "Peer groups"
                none   "None of these" exclusive
              }
              ranking priorities "Rank what matters most" top 2 {
                pay      "Pay"
                flexible "Flexible hours"
                training "Training"
              }
              yesno leaving "Are you planning to leave?"
              text team "What is your team called?"
              grid feelings "How do you feel about your work?" from agreement {
                valued "I feel valued"
              }

            """ + body + "\n}\n"
    }

    static func neverTrue(_ body: String) -> [String] {
        let compilation = TestSources.compile(survey(body))
        return compilation.diagnostics.filter { $0.code == .E0501 }.flatMap(\.notes)
    }

    @Test(arguments: [
        ("when caseload > 20 and caseload < 10", "`caseload > 20` and `caseload < 10`"),
        ("when caseload > 80", "no answer to `caseload` (a whole number from 0 to 80) meets `caseload > 80`"),
        ("when caseload >= 3 and caseload <= 3 and caseload is not 3", "`caseload is not 3`"),
        ("when caseload > 2 and caseload < 3", "`caseload > 2` and `caseload < 3`"),
        ("when stress in (6, 7)", "no answer to `stress` (a whole number from 1 to 5)"),
        ("when employer is la and employer is agency", "`employer is la` and `employer is agency`"),
        ("when employer is la and not employer in (la, agency)", "`not employer in (la, agency)`"),
        ("when not (employer is la or employer is agency) and answered employer", "`answered employer`"),
        ("when leaving is yes and leaving is no", "`leaving is yes` and `leaving is no`"),
        ("when feelings.valued is agree and feelings.valued > neutral", "`feelings.valued > neutral`"),
        ("when worries includes pay and not worries includes pay", "`not worries includes pay`"),
        ("when worries includes none and worries includes cover", "(`none` is chosen alone)"),
        ("when worries includes pay and worries includes workload and worries includes cover", "(at most 2 options)"),
        ("when priorities includes pay and priorities includes flexible and priorities includes training", "(at most 2 options)"),
        ("when team is \"Blue\" and team is \"Red\"", "`team is \"Blue\"` and `team is \"Red\"`"),
        ("when not answered caseload and caseload > 3", "`caseload` would have to be both answered and skipped"),
        ("when supports includes none and supports includes peers", "(`none` is chosen alone)"),
        ("when answered supports and not supports includes mentor and not supports includes none", "together"),
        ("when feelings.valued < agree", "no answer to `feelings.valued` meets `feelings.valued < agree`"),
    ])
    func `a contradiction in one condition is never true`(condition: String, note: String) {
        let notes = Self.neverTrue("  yesno follow_up \"Tell us more?\" \(condition)")
        #expect(notes.count == 1 && notes[0].contains(note), "\(condition): \(notes)")
    }

    @Test func `a condition that contradicts the block around it is never true, and what it guards is not reported again`() {
        let notes = Self.neverTrue("""
              when caseload > 20 {
                yesno support "Do you get enough support?" when caseload < 10
                when caseload <= 20 {
                  yesno inner "Never reached either" when leaving is yes
                }
              }
            """)
        #expect(notes == [
            "no answer to `caseload` (a whole number from 0 to 80) meets `caseload > 20` and `caseload < 10` together",
            "no answer to `caseload` (a whole number from 0 to 80) meets `caseload > 20` and `caseload <= 20` together",
        ])
    }

    @Test(arguments: [
        "when caseload > 50 or caseload < 10",
        "when not (caseload > 5) and caseload < 3",
        "when not answered caseload or caseload < 3",
        "when caseload is not 5 and caseload >= 5",
        "when caseload > 20 and hours < 10",
        "when hours > 2 and hours < 3",
        "when caseload >= 80",
        "when employer is la and not employer is agency",
        "when not employer is la and not employer is agency",
        "when worries includes pay and worries includes workload",
        "when worries includes none and not worries includes pay",
        "when feelings.valued >= neutral and feelings.valued <= neutral",
        "when team is \"Blue\" and team is not \"Red\"",
        "when hours <= caseload and hours > 70",
        "when supports includes mentor",
        "when answered supports and not supports includes none",
        // "None of these" alone is a whole answer, though `at least 2` asks two of the others.
        "when supports includes none",
        "when answered supports and not supports includes mentor",
    ])
    func `a condition some answer or a skip meets is not reported`(condition: String) {
        #expect(Self.neverTrue("  yesno follow_up \"Tell us more?\" \(condition)") == [], "\(condition)")
    }

    static func checksNeverPass(_ clauses: String) -> [String] {
        let compilation = TestSources.compile(survey("  decimal paid \"How many hours were you paid for?\" range 0...80 \(clauses)"))
        return compilation.diagnostics.filter { $0.code == .E0412 }.flatMap(\.notes)
    }

    @Test(arguments: [
        ("check paid > 80 else \"x\"", "no answer to `paid` (from 0 to 80) meets `paid > 80`"),
        ("check paid > 10 else \"x\" check paid < 5 else \"y\"", "`paid > 10` and `paid < 5` together"),
        ("check paid >= 1 and not paid >= 1 else \"x\"", "`paid >= 1` and `not paid >= 1` together"),
        ("check not answered paid else \"x\"", "`paid` would have to be both answered and skipped"),
        // Every way an `or` can hold refuses the answer.
        ("check paid > 80 or paid < 0 else \"x\"", "meets `paid > 80`; no answer to `paid` (from 0 to 80) meets `paid < 0`"),
        ("check paid > 50 or paid < 10 else \"x\" check paid > 20 and paid < 30 else \"y\"", "`paid < 10`, `paid > 20` and `paid < 30` together"),
        ("check not (paid <= 80 and paid >= 0) else \"x\"", "meets `not paid <= 80`"),
    ])
    func `checks that refuse every answer are reported`(clauses: String, note: String) {
        let notes = Self.checksNeverPass(clauses)
        #expect(notes.count == 1 && notes[0].contains(note), "\(clauses): \(notes)")
    }

    @Test(arguments: [
        "check paid > 10 else \"x\" check paid < 50 else \"y\"",
        "check paid <= hours else \"x\" check paid > hours else \"y\"",
        "check paid > 100 or caseload > 3 else \"x\"",
        "check (paid > 50 or paid < 10) and paid < 5 else \"x\"",
        "check paid > 50 or paid < 10 else \"x\" check paid > 60 else \"y\"",
        "check not paid > 5 else \"x\"",
    ])
    func `checks that some answer passes are not reported`(clauses: String) {
        #expect(Self.checksNeverPass(clauses) == [], "\(clauses)")
    }

    /// A screener, a question for students, then `body` in a section for managers.
    static func rolesSurvey(_ body: String) -> String {
        TestSources.header + """
            roles {
              student "Social work student"     when employment is student
              manager "Team or service manager" when employment is manager
            }

            section about "About you" {
              single employment "Which best describes your role?" required {
                student "I am a social work student"
                manager "I manage a team or a service"
              }
              when role is student {
                yesno placement "Are you on placement now?"
              }
              yesno supervision "Do you get regular supervision?"
            }

            section management "Managing a team" when role is manager {
            \(body)
            }

            """
    }

    @Test(arguments: [
        ("yesno help_students \"Can you support students?\" when placement is yes", "asked `placement` (it is asked of `student`)"),
        ("yesno help_students \"Can you support students?\" when answered placement", "`answered placement` is false"),
        ("yesno help_students \"Can you support students?\" when supervision is no and placement is yes", "`placement is yes`"),
    ])
    func `a test of a question none of the condition's respondents is asked is never true`(question: String, note: String) {
        let compilation = TestSources.compile(Self.rolesSurvey("  " + question))
        let notes = compilation.diagnostics.filter { $0.code == .E0501 }.flatMap(\.notes)
        #expect(notes.count == 1 && notes[0].contains(note), "\(notes)")
    }

    @Test(arguments: [
        "yesno help_students \"Can you support students?\" when not placement is yes",
        "yesno help_students \"Can you support students?\" when placement is yes or supervision is no",
        "yesno help_students \"Can you support students?\" when supervision is no",
    ])
    func `a test that holds or may hold without the answer is not reported`(question: String) {
        let compilation = TestSources.compile(Self.rolesSurvey("  " + question))
        #expect(!compilation.codes.contains(.E0501), "\(compilation.shortRendered)")
    }

    @Test func `a role is not given a question that tests one it is never asked`() throws {
        // `reflect` is for everyone, but tests `placement`, which only students are asked: managers never see it.
        let source = Self.rolesSurvey("  yesno busy \"Busy?\"").replacingOccurrences(
            of: "  yesno supervision", with: "  yesno reflect \"Do you reflect on placement?\" when placement is yes\n  yesno supervision")
        let compilation = TestSources.compile(source)
        #expect(!compilation.diagnostics.hasErrors, "\(compilation.shortRendered)")
        let summaries = try #require(compilation.survey?.survey.summaries)
        #expect(summaries.first { $0.role == "student" }?.questions.contains("reflect") == true)
        #expect(summaries.first { $0.role == "manager" }?.questions.contains("reflect") == false)
    }

    /// A screener, a question for students, one for workers, one for both, then `question` for everyone.
    static func twoRolesSurvey(_ question: String) -> String {
        TestSources.header + """
            roles {
              student "Student" when kind is student
              worker  "Worker"  when kind is worker
            }

            section about "About you" {
              single kind "Which describes you?" required {
                student "Student"
                worker  "Worker"
              }
              yesno placement "Are you on placement?" when role is student
              yesno enrolled "Are you enrolled on a course?" when role is worker
              yesno supervised "Are you supervised?"
              yesno impossible "Impossible?" when role is student and role is worker
              \(question)
            }

            """
    }

    @Test(arguments: [
        ("when enrolled is yes and placement is yes",
         "no respondent who reaches this is asked both `enrolled` (asked of `worker`) and `placement` (asked of `student`), "
            + "so `enrolled is yes and placement is yes` is false for all of them"),
        ("when answered placement and supervised is yes and enrolled is no",
         "asked both `placement` (asked of `student`) and `enrolled` (asked of `worker`), so `answered placement and enrolled is no`"),
    ])
    func `tests of questions asked of different roles, each of someone, are never true together`(condition: String, note: String) throws {
        let compilation = TestSources.compile(Self.twoRolesSurvey("text why \"Why?\" \(condition)"))
        let errors = compilation.diagnostics.filter { $0.code == .E0501 }
        // The first error is `impossible`'s own; the second is the condition's, and nothing else is reported of it.
        #expect(compilation.codes == [.E0501, .E0501], "\(compilation.shortRendered)")
        let notes = errors.dropFirst().flatMap(\.notes)
        #expect(notes.count == 1 && notes[0].contains(note), "\(notes)")
    }

    @Test(arguments: [
        "when placement is yes and supervised is yes",
        "when enrolled is yes or placement is yes",
        "when not enrolled is yes and placement is yes",
        // `impossible` is asked of no one and has its own error: what tests it is not reported again.
        "when impossible is yes and placement is yes",
    ])
    func `tests that some respondent is asked together are not reported as asked of different roles`(condition: String) {
        let compilation = TestSources.compile(Self.twoRolesSurvey("text why \"Why?\" \(condition)"))
        #expect(compilation.diagnostics.filter { $0.code == .E0501 }.count == 1, "\(compilation.shortRendered)")
    }

    @Test func `a contradiction is not also a warning that skipping hides the branch`() {
        let compilation = TestSources.compile(Self.survey("  yesno follow_up \"Tell us more?\" when caseload > 20 and caseload < 10"))
        #expect(compilation.codes == [.E0501], "\(compilation.shortRendered)")
    }
}
