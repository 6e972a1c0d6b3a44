/// What a diagnostic code means, shown with a failing example and the same example fixed.
public struct Explanation: Sendable {
    /// What the code means and why it matters to the people running the survey, in Markdown.
    public var meaning: String
    /// A complete survey file that gets the diagnostic.
    public var failing: String
    /// What to change, in a sentence or two.
    public var fix: String
    /// The failing example with the fix applied.
    public var fixed: String
    /// Set when the examples cannot be checked as one small file; nil when the test suite checks them.
    public var illustration: Illustration?

    /// The path the examples are checked under, shown in their diagnostics.
    public static let examplePath = "example.survey"
}

/// Why an explanation's examples are illustrative, and the diagnostic the failing one stands for.
public struct Illustration: Sendable {
    /// Why the examples cannot be checked as they are written.
    public var reason: String
    /// The one-line diagnostic, as `survey check --format short` would print it.
    public var diagnostic: String
}

extension DiagnosticCode {
    /// A Markdown page: the title, what the code means, a failing example, what it reports, and the fix.
    public var explanationPage: String { explanationPage(headingLevel: 1) }

    func explanationPage(headingLevel level: Int) -> String {
        let heading = String(repeating: "#", count: level)
        let explanation = explanation
        var page = "\(heading) \(rawValue): \(title)\n\n"
        page += severity == .error
            ? "*Error: the survey cannot be compiled until this is fixed.*\n\n"
            : "*Warning: the survey still compiles, but `survey check --strict` fails.*\n\n"
        page += explanation.meaning + "\n\n"
        page += "\(heading)# Example\n\n"
        if let illustration = explanation.illustration {
            page += "This example is illustrative: \(illustration.reason).\n\n"
        }
        page += fenced("survey", explanation.failing)
        page += "`survey check --format short` reports:\n\n" + fenced("text", explanation.reported)
        page += "\(heading)# Fix\n\n\(explanation.fix)\n\n" + fenced("survey", explanation.fixed)
        // Pages end with one line break, so joined pages are one blank line apart.
        return String(page.dropLast())
    }

    /// What the code means, with a failing example and its fix; every code has one.
    public var explanation: Explanation {
        switch self {
        case .E0101:
            Explanation(
                meaning: """
                    A survey file must be UTF-8 text. This one has bytes that are not UTF-8, usually because
                    it was saved in an older encoding such as Windows-1252, where a dash or an accented letter
                    is one byte that UTF-8 does not allow. Respondents would see garbled characters, so the
                    file is rejected. The diagnostic points at the first bad byte and counts the others; a file
                    that is not text at all (a spreadsheet or an image saved under the wrong name) is reported
                    as binary.
                    """,
                failing: surveyFile("""
                    section work "Your work" {
                      // Saved as Windows-1252: the dash below is the single byte 96, which is not UTF-8.
                      text role_title "What is your job title? (for example, Senior Practitioner – Children's Services)"
                    }
                    """),
                fix: "Save the file as UTF-8 (every modern editor can), and check that the text still reads correctly.",
                fixed: surveyFile("""
                    section work "Your work" {
                      text role_title "What is your job title? (for example, Senior Practitioner – Children's Services)"
                    }
                    """),
                illustration: Illustration(
                    reason: "a Markdown page is UTF-8, so it cannot hold the invalid byte",
                    diagnostic: "example.survey:7:78: error[E0101]: this file is not valid UTF-8"))
        case .E0102:
            Explanation(
                meaning: """
                    The file has a character that is not part of the language outside a string, such as `#`,
                    `!`, `;`, square brackets, or curly quotes pasted from a word processor. The diagnostic's
                    help names what was probably meant: comments start with `//`, `!=` is written `is not`,
                    lists use parentheses, and strings use straight double quotes.
                    """,
                failing: surveyFile("""
                    section work "Your work" {
                      # About your caseload
                      number caseload "How many children's cases do you hold?" range 0...80
                    }
                    """),
                fix: "Write the comment with `//`.",
                fixed: surveyFile("""
                    section work "Your work" {
                      // About your caseload
                      number caseload "How many children's cases do you hold?" range 0...80
                    }
                    """))
        case .E0103:
            Explanation(
                meaning: """
                    A string has no closing `"` on its line. Strings cannot run across lines, so a missing
                    quote would otherwise swallow the rest of the file. To wrap long text, close the string and
                    start another: adjacent strings are joined.
                    """,
                failing: surveyFile("""
                    section work "Your work" {
                      text comments "Is there anything else you want to tell us about your work?
                    }
                    """),
                fix: "Close the string on the same line.",
                fixed: surveyFile("""
                    section work "Your work" {
                      text comments "Is there anything else you want to tell us about your work?"
                    }
                    """))
        case .E0104:
            Explanation(
                meaning: """
                    A backslash in a string starts an escape, and the only escapes are `\\"` (a double quote),
                    `\\\\` (a backslash) and `\\n` (a new line). Anything else, such as `\\t` or a Windows path,
                    is rejected rather than guessed at, so the text respondents see is exactly the text written.
                    """,
                failing: surveyFile("""
                    section work "Your work" {
                      note "Answer about your main job.\\tThank you for your time."
                    }
                    """),
                fix: "Remove the backslash, or write `\\\\` for a backslash that should be shown.",
                fixed: surveyFile("""
                    section work "Your work" {
                      note "Answer about your main job. Thank you for your time."
                    }
                    """))
        case .E0105:
            Explanation(
                meaning: """
                    A number runs straight into letters, as in `100k` or `2nd`. Numbers are plain digits with
                    an optional `-` and decimal point; the checker cannot tell what `k` was meant to multiply by.
                    """,
                failing: surveyFile("""
                    section pay "Your pay" {
                      number salary "What is your annual salary before tax?" range 0...100k unit "pounds"
                    }
                    """),
                fix: "Write the number in full.",
                fixed: surveyFile("""
                    section pay "Your pay" {
                      number salary "What is your annual salary before tax?" range 0...100000 unit "pounds"
                    }
                    """))
        case .E0201:
            Explanation(
                meaning: """
                    The parser expected one thing and found another: a missing title, a range written with two
                    dots, a list without its parentheses. The message says what was expected; the rest of the
                    line is skipped, so one slip gives one diagnostic.
                    """,
                failing: surveyFile("""
                    section work "Your work" {
                      number caseload "How many children's cases do you hold?" range 0..80
                    }
                    """),
                fix: "A range is written with three dots.",
                fixed: surveyFile("""
                    section work "Your work" {
                      number caseload "How many children's cases do you hold?" range 0...80
                    }
                    """))
        case .E0202:
            Explanation(
                meaning: """
                    At the top level of a file, only `survey`, `include`, `roles`, `choices` and `section`
                    may start a declaration. A misspelt keyword, or a question written outside any section,
                    gives this error; when the word is close to a keyword the help suggests it.
                    """,
                failing: surveyFile("""
                    sectoin work "Your work" {
                      yesno valued "Do you feel valued at work?"
                    }
                    """),
                fix: "Spell the keyword correctly.",
                fixed: surveyFile("""
                    section work "Your work" {
                      yesno valued "Do you feel valued at work?"
                    }
                    """))
        case .E0203:
            Explanation(
                meaning: """
                    Inside a section or `when` block each item starts with a question kind (`single`,
                    `multiple`, `ranking`, `text`, `number`, `decimal`, `scale`, `grid`, `yesno`), `note`, or
                    `when`. Anything else is an unknown item, usually a misspelt kind.
                    """,
                failing: surveyFile("""
                    section work "Your work" {
                      yes_no valued "Do you feel valued at work?"
                    }
                    """),
                fix: "Use one of the question kinds.",
                fixed: surveyFile("""
                    section work "Your work" {
                      yesno valued "Do you feel valued at work?"
                    }
                    """))
        case .E0204:
            Explanation(
                meaning: """
                    A question, option or header has a word after it that is not one of its clauses. A
                    misspelt `required` matters most: the question would silently be optional, and skipping it
                    would change who sees what.
                    """,
                failing: surveyFile("""
                    section work "Your work" {
                      yesno valued "Do you feel valued at work?" requried
                    }
                    """),
                fix: "Spell the clause correctly.",
                fixed: surveyFile("""
                    section work "Your work" {
                      yesno valued "Do you feel valued at work?" required
                    }
                    """))
        case .E0205:
            Explanation(
                meaning: """
                    A clause appears twice on one question, so it is unclear which one holds: two ranges, two
                    units, two `help` texts. Only `check` may be repeated, because each check is its own rule.
                    """,
                failing: surveyFile("""
                    section work "Your work" {
                      number caseload "How many children's cases do you hold?" range 0...80 unit "cases" range 0...100
                    }
                    """),
                fix: "Keep one of them.",
                fixed: surveyFile("""
                    section work "Your work" {
                      number caseload "How many children's cases do you hold?" range 0...80 unit "cases"
                    }
                    """))
        case .E0206:
            Explanation(
                meaning: """
                    The clause, or a `{ … }` body, belongs to another kind of question: `range` is for numbers
                    and scales, `max` and `long` for text, `up to` for `multiple`, and only choice questions and
                    grids have a body. grammar.md, section 6, lists the clauses of each kind.
                    """,
                failing: surveyFile("""
                    section work "Your work" {
                      text role_title "What is your job title?" range 0...80
                    }
                    """),
                fix: "Use the clause that applies: the length of a text answer is limited with `max`.",
                fixed: surveyFile("""
                    section work "Your work" {
                      text role_title "What is your job title?" max 80
                    }
                    """))
        case .E0207:
            Explanation(
                meaning: """
                    A `}` closes nothing: there is no open section, block or list for it to close. It is
                    usually left over from moving or deleting a block.
                    """,
                failing: surveyFile("""
                    section work "Your work" {
                      yesno valued "Do you feel valued at work?"
                    }
                    }
                    """),
                fix: "Remove the extra brace.",
                fixed: surveyFile("""
                    section work "Your work" {
                      yesno valued "Do you feel valued at work?"
                    }
                    """))
        case .E0208:
            Explanation(
                meaning: """
                    A `{` has no matching `}`. The parser notices at the end of the file, or when a new
                    `section`, `choices` or `roles` starts at the beginning of a line, since sections do not
                    nest. Without the check, a following section's questions would end up in the wrong place.
                    """,
                failing: surveyFile("""
                    section work "Your work" {
                      yesno valued "Do you feel valued at work?"

                    section pay "Your pay" {
                      yesno fair "Is your pay fair for the work you do?"
                    }
                    """),
                fix: "Close the section before the next one starts.",
                fixed: surveyFile("""
                    section work "Your work" {
                      yesno valued "Do you feel valued at work?"
                    }

                    section pay "Your pay" {
                      yesno fair "Is your pay fair for the work you do?"
                    }
                    """))
        case .E0209:
            Explanation(
                meaning: """
                    Every survey starts with exactly one header, `survey name "Title" { … }`, in the main file
                    and before anything else. It names the survey and the wave (`version`), which the bundle and
                    `survey diff` rely on. An empty file gets this error too.
                    """,
                failing: """
                    section work "Your work" {
                      yesno valued "Do you feel valued at work?"
                    }

                    """,
                fix: "Start the file with the header.",
                fixed: surveyFile("""
                    section work "Your work" {
                      yesno valued "Do you feel valued at work?"
                    }
                    """))
        case .E0210:
            Explanation(
                meaning: """
                    `when` at the start of a line begins a block, `when condition { … }`, and no `{` followed.
                    This is the one place the language cares about lines: `when` after other words on a line is
                    the condition of that question, note or section. Continuing a question's line with `when` on
                    the next line would start a block instead, so it is an error rather than a silent change of
                    meaning.
                    """,
                failing: surveyFile("""
                    section work "Your work" {
                      yesno working "Are you working at the moment?" required
                      number hours "How many hours did you work last week?" range 0...100
                        when working is yes
                    }
                    """),
                fix: "Move the condition onto the question's line, or add `{ … }` around the questions it should guard.",
                fixed: surveyFile("""
                    section work "Your work" {
                      yesno working "Are you working at the moment?" required
                      number hours "How many hours did you work last week?" range 0...100 when working is yes
                    }
                    """))
        case .E0301:
            Explanation(
                meaning: """
                    Two questions, sections, roles, choice lists, options or grid statements of the same kind
                    share an identifier. A question's identifier names its answer in the response data and
                    links it across waves, so it must be unique in the survey, even in different sections.
                    """,
                failing: surveyFile("""
                    section work "Your work" {
                      yesno valued "Do you feel valued by your manager?"
                      yesno valued "Do you feel valued by your organisation?"
                    }
                    """),
                fix: "Give each question its own identifier.",
                fixed: surveyFile("""
                    section work "Your work" {
                      yesno valued_manager "Do you feel valued by your manager?"
                      yesno valued_organisation "Do you feel valued by your organisation?"
                    }
                    """))
        case .E0302:
            Explanation(
                meaning: """
                    A condition tests a question for an option it does not have. The test could never be true,
                    so whatever it guards would silently never be shown. The help suggests the closest option
                    when there is one; a `yesno` question's answers are `yes` and `no`.
                    """,
                failing: surveyFile("""
                    section work "Your work" {
                      single employer "Who pays you for your current work?" required {
                        local_authority "A local authority or children's trust"
                        agency          "An agency"
                      }
                      yesno rates "Do you know the agency rate caps?" when employer is agnecy
                    }
                    """),
                fix: "Use the option's identifier as declared.",
                fixed: surveyFile("""
                    section work "Your work" {
                      single employer "Who pays you for your current work?" required {
                        local_authority "A local authority or children's trust"
                        agency          "An agency"
                      }
                      yesno rates "Do you know the agency rate caps?" when employer is agency
                    }
                    """))
        case .E0303:
            Explanation(
                meaning: """
                    A condition, check or `continues` names a question that the survey does not have, usually
                    a typo or a question that was renamed. The help suggests the closest name. Nothing else is
                    reported about the condition, since its types cannot be known.
                    """,
                failing: surveyFile("""
                    section work "Your work" {
                      yesno working "Are you working at the moment?" required
                      number hours "How many hours did you work last week?" when workng is yes
                    }
                    """),
                fix: "Name the question as declared.",
                fixed: surveyFile("""
                    section work "Your work" {
                      yesno working "Are you working at the moment?" required
                      number hours "How many hours did you work last week?" when working is yes
                    }
                    """))
        case .E0304:
            Explanation(
                meaning: """
                    `from` names a choice list that is not declared in the survey or the files it includes.
                    The question would have no options.
                    """,
                failing: surveyFile("""
                    choices supports {
                      supervision "Regular, reflective supervision"
                      caseload    "A lower caseload"
                    }

                    section work "Your work" {
                      multiple helps "What would help you most?" from suports
                    }
                    """),
                fix: "Name the list as declared.",
                fixed: surveyFile("""
                    choices supports {
                      supervision "Regular, reflective supervision"
                      caseload    "A lower caseload"
                    }

                    section work "Your work" {
                      multiple helps "What would help you most?" from supports
                    }
                    """))
        case .E0305:
            Explanation(
                meaning: """
                    A condition tests for a role that the `roles` declaration does not have, or the survey
                    declares no roles at all. The section or question it guards would never be shown.
                    """,
                failing: surveyFile("""
                    roles {
                      la_worker     "Local authority social worker" when employer is la
                      agency_worker "Agency social worker"          when employer is agency
                    }

                    section screener "About your work" {
                      single employer "Who pays you?" required {
                        la     "A local authority"
                        agency "An agency"
                      }
                    }

                    section agency "Agency work" when role is agnecy_worker {
                      yesno permanent "Would you consider a permanent post?"
                    }
                    """),
                fix: "Name the role as declared.",
                fixed: surveyFile("""
                    roles {
                      la_worker     "Local authority social worker" when employer is la
                      agency_worker "Agency social worker"          when employer is agency
                    }

                    section screener "About your work" {
                      single employer "Who pays you?" required {
                        la     "A local authority"
                        agency "An agency"
                      }
                    }

                    section agency "Agency work" when role is agency_worker {
                      yesno permanent "Would you consider a permanent post?"
                    }
                    """))
        case .E0306:
            Explanation(
                meaning: """
                    A condition tests a question that is asked later, or the question it belongs to. Questions
                    are asked in the order written, so when the condition is decided there is no answer yet, and
                    the test would always be false.
                    """,
                failing: surveyFile("""
                    section work "Your work" {
                      number hours "How many hours did you work last week?" when working is yes
                      yesno working "Are you working at the moment?" required
                    }
                    """),
                fix: "Ask the question before the condition that tests it.",
                fixed: surveyFile("""
                    section work "Your work" {
                      yesno working "Are you working at the moment?" required
                      number hours "How many hours did you work last week?" when working is yes
                    }
                    """))
        case .E0307:
            Explanation(
                meaning: """
                    A condition tests `role` before the respondent's role is known. The role is decided by the
                    role rules once every screener question they read has been passed, so only conditions after
                    the last screener question may use it. A role rule cannot test `role` either.
                    """,
                failing: surveyFile("""
                    roles {
                      la_worker     "Local authority social worker" when employer is la
                      agency_worker "Agency social worker"          when employer is agency
                    }

                    section screener "About your work" {
                      yesno valued "Do you feel valued at work?" when role is agency_worker
                      single employer "Who pays you?" required {
                        la     "A local authority"
                        agency "An agency"
                      }
                    }
                    """),
                fix: "Move the question after the screener.",
                fixed: surveyFile("""
                    roles {
                      la_worker     "Local authority social worker" when employer is la
                      agency_worker "Agency social worker"          when employer is agency
                    }

                    section screener "About your work" {
                      single employer "Who pays you?" required {
                        la     "A local authority"
                        agency "An agency"
                      }
                      yesno valued "Do you feel valued at work?" when role is agency_worker
                    }
                    """))
        case .E0308:
            Explanation(
                meaning: """
                    A condition tests one statement of a grid, `grid.statement`, and the grid has no statement
                    with that identifier.
                    """,
                failing: surveyFile("""
                    choices agreement ordered {
                      disagree "Disagree"
                      agree    "Agree"
                    }

                    section work "Your work" {
                      grid views "How far do you agree with these statements?" required from agreement {
                        valued    "I feel valued"
                        supported "I feel supported"
                      }
                      text why "What would help you feel valued?" when views.value is disagree
                    }
                    """),
                fix: "Name the statement as declared.",
                fixed: surveyFile("""
                    choices agreement ordered {
                      disagree "Disagree"
                      agree    "Agree"
                    }

                    section work "Your work" {
                      grid views "How far do you agree with these statements?" required from agreement {
                        valued    "I feel valued"
                        supported "I feel supported"
                      }
                      text why "What would help you feel valued?" when views.valued is disagree
                    }
                    """))
        case .E0309:
            Explanation(
                meaning: """
                    Text shows an earlier answer with `{name}`, and there is no question called `name` before
                    it. Respondents would see the braces. To show a literal brace, write `{{` or `}}`. A pipe
                    names a whole question, not one statement of a grid: `{views}` shows the answer to every
                    statement of the grid `views`, and `{views.valued}` is refused.
                    """,
                failing: surveyFile("""
                    section work "Your work" {
                      text employer "Who is your employer?" required
                      text better "What would make {employr} a better place to work?"
                    }
                    """),
                fix: "Name an earlier question.",
                fixed: surveyFile("""
                    section work "Your work" {
                      text employer "Who is your employer?" required
                      text better "What would make {employer} a better place to work?"
                    }
                    """))
        case .E0401:
            Explanation(
                meaning: """
                    A condition compares a question's answer with a value of another type: a number question
                    with an option or a string, a text question with a number. The comparison could never be
                    true, so the content it guards would never be shown.
                    """,
                failing: surveyFile("""
                    section work "Your work" {
                      number caseload "How many children's cases do you hold?" required range 0...80
                      yesno support "Do you get enough support with your caseload?" when caseload is high
                    }
                    """),
                fix: "Compare a number question with a number.",
                fixed: surveyFile("""
                    section work "Your work" {
                      number caseload "How many children's cases do you hold?" required range 0...80
                      yesno support "Do you get enough support with your caseload?" when caseload > 20
                    }
                    """))
        case .E0402:
            Explanation(
                meaning: """
                    `includes` asks whether an answer with several options contains one, so it applies only to
                    `multiple` and `ranking` questions. A `single` or `yesno` question holds one answer: test it
                    with `is` or `in (…)`.
                    """,
                failing: surveyFile("""
                    section work "Your work" {
                      single employer "Who pays you?" required {
                        la     "A local authority"
                        agency "An agency"
                      }
                      yesno rates "Do you know the agency rate caps?" when employer includes agency
                    }
                    """),
                fix: "Test a single answer with `is`.",
                fixed: surveyFile("""
                    section work "Your work" {
                      single employer "Who pays you?" required {
                        la     "A local authority"
                        agency "An agency"
                      }
                      yesno rates "Do you know the agency rate caps?" when employer is agency
                    }
                    """))
        case .E0403:
            Explanation(
                meaning: """
                    `<`, `<=`, `>` and `>=` on a choice question compare positions in its list of options, which
                    only means something when the options have an order, like an agreement scale. The list (or
                    the question's body) must be marked `ordered`, so that reordering an unordered list cannot
                    silently change who sees what.
                    """,
                failing: surveyFile("""
                    choices agreement {
                      disagree "Disagree"
                      neutral  "Neither agree nor disagree"
                      agree    "Agree"
                    }

                    section work "Your work" {
                      single valued "I feel valued at work" required from agreement
                      text why "What would help you feel valued?" when valued < agree
                    }
                    """),
                fix: "Mark the list `ordered`.",
                fixed: surveyFile("""
                    choices agreement ordered {
                      disagree "Disagree"
                      neutral  "Neither agree nor disagree"
                      agree    "Agree"
                    }

                    section work "Your work" {
                      single valued "I feel valued at work" required from agreement
                      text why "What would help you feel valued?" when valued < agree
                    }
                    """))
        case .E0404:
            Explanation(
                meaning: """
                    Role rules may read only `single` and `yesno` questions. The checker proves that every
                    respondent gets exactly one role by trying every combination of screener answers, which is
                    only possible when the answers can be listed. Ask a banded `single` question instead of a
                    number.
                    """,
                failing: surveyFile("""
                    roles {
                      high  "High caseload"   when caseload > 20
                      other "Other caseloads" when not caseload > 20
                    }

                    section work "Your work" {
                      number caseload "How many children's cases do you hold?" required range 0...80
                    }
                    """),
                fix: "Route on a `single` question with bands.",
                fixed: surveyFile("""
                    roles {
                      high  "High caseload"   when caseload is over_20
                      other "Other caseloads" when caseload is up_to_20
                    }

                    section work "Your work" {
                      single caseload "How many children's cases do you hold?" required {
                        up_to_20 "20 or fewer"
                        over_20  "More than 20"
                      }
                    }
                    """))
        case .E0405:
            Explanation(
                meaning: """
                    A range's low end is above its high end, so no answer could be valid and every respondent
                    would be stuck on the question. Ranges are written low to high and include both ends.
                    """,
                failing: surveyFile("""
                    section work "Your work" {
                      number caseload "How many children's cases do you hold?" range 80...0
                    }
                    """),
                fix: "Write the range from low to high.",
                fixed: surveyFile("""
                    section work "Your work" {
                      number caseload "How many children's cases do you hold?" range 0...80
                    }
                    """))
        case .E0406:
            Explanation(
                meaning: """
                    A `scale` question needs a `range` between two whole numbers, low before high, with at
                    most 101 points, so it can be shown as a row of choices. The same code covers a `number`
                    question given decimal ends: use `decimal` for those.
                    """,
                failing: surveyFile("""
                    section work "Your work" {
                      scale recommend "How likely are you to recommend your employer?" low "Not at all likely" high "Extremely likely"
                    }
                    """),
                fix: "Give the scale its range.",
                fixed: surveyFile("""
                    section work "Your work" {
                      scale recommend "How likely are you to recommend your employer?" range 0...10 low "Not at all likely" high "Extremely likely"
                    }
                    """))
        case .E0407:
            Explanation(
                meaning: """
                    A choice list, or a choice question's body, has no options, so a question using it could
                    not be answered.
                    """,
                failing: surveyFile("""
                    choices supports {
                    }

                    section work "Your work" {
                      multiple helps "What would help you most?" from supports
                    }
                    """),
                fix: "Add the options, one per line.",
                fixed: surveyFile("""
                    choices supports {
                      supervision "Regular, reflective supervision"
                      caseload    "A lower caseload"
                    }

                    section work "Your work" {
                      multiple helps "What would help you most?" from supports
                    }
                    """))
        case .E0408:
            Explanation(
                meaning: """
                    `up to N`, `at least N` or `top N` cannot be met: a limit of zero, more than the question
                    has options, or at least more than up to. Respondents would be unable to give a valid answer.
                    """,
                failing: surveyFile("""
                    section work "Your work" {
                      multiple helps "Which of these would help you most? Choose up to four." up to 4 {
                        supervision "Regular, reflective supervision"
                        caseload    "A lower caseload"
                        training    "Training and development"
                      }
                    }
                    """),
                fix: "Make the limit fit the options.",
                fixed: surveyFile("""
                    section work "Your work" {
                      multiple helps "Which of these would help you most? Choose up to two." up to 2 {
                        supervision "Regular, reflective supervision"
                        caseload    "A lower caseload"
                        training    "Training and development"
                      }
                    }
                    """))
        case .E0409:
            Explanation(
                meaning: """
                    Two options in one list have the same numeric code (`= N`). Codes identify answers in
                    exported data, so a shared code would make two answers indistinguishable in analysis.
                    """,
                failing: surveyFile("""
                    section work "Your work" {
                      single employer "Who pays you?" {
                        la     "A local authority" = 1
                        agency "An agency"         = 1
                      }
                    }
                    """),
                fix: "Give each option its own code.",
                fixed: surveyFile("""
                    section work "Your work" {
                      single employer "Who pays you?" {
                        la     "A local authority" = 1
                        agency "An agency"         = 2
                      }
                    }
                    """))
        case .E0410:
            Explanation(
                meaning: """
                    A `single`, `multiple` or `ranking` question has no options: neither `from list` nor a
                    `{ … }` body, or both at once, so it is unclear which options respondents see.
                    """,
                failing: surveyFile("""
                    section work "Your work" {
                      single employer "Who pays you?"
                    }
                    """),
                fix: "Give the question its options.",
                fixed: surveyFile("""
                    section work "Your work" {
                      single employer "Who pays you?" {
                        la     "A local authority"
                        agency "An agency"
                      }
                    }
                    """))
        case .E0411:
            Explanation(
                meaning: """
                    A grid asks several statements on one shared scale. It needs both: `from list` naming the
                    scale, and a `{ … }` body of statements.
                    """,
                failing: surveyFile("""
                    choices agreement ordered {
                      disagree "Disagree"
                      agree    "Agree"
                    }

                    section work "Your work" {
                      grid views "How far do you agree with these statements?" from agreement
                    }
                    """),
                fix: "Add the statements.",
                fixed: surveyFile("""
                    choices agreement ordered {
                      disagree "Disagree"
                      agree    "Agree"
                    }

                    section work "Your work" {
                      grid views "How far do you agree with these statements?" from agreement {
                        valued    "I feel valued"
                        supported "I feel supported"
                      }
                    }
                    """))
        case .E0412:
            Explanation(
                meaning: """
                    A question's checks, with its range, refuse every answer: the respondent can only skip
                    it, and a required question then stops the survey. Each check's tests of the
                    question's own answer are compared, every way an `or` can hold tried in turn; a test of
                    another question holds while that question is unanswered, so a check that another
                    question's test can satisfy cannot refuse every answer.
                    """,
                failing: surveyFile("""
                    section work "Your work" {
                      number caseload "How many children's cases do you hold?" range 0...80
                        check caseload >= 100 else "Count every child you are allocated."
                    }
                    """),
                fix: "Correct the check, or the range it contradicts.",
                fixed: surveyFile("""
                    section work "Your work" {
                      number caseload "How many children's cases do you hold?" range 0...80
                        check caseload >= 1 else "Count every child you are allocated."
                    }
                    """))
        case .E0501:
            Explanation(
                meaning: """
                    Given the roles and the conditions around it, no respondent can make this condition true,
                    so nobody would see what it guards: for example a question for local authority staff inside
                    a section shown only to agency staff. The note says which roles can reach the condition.
                    The same is reported when the condition's tests of one answer contradict each other, that
                    question's range, or the conditions around it (`caseload > 20 and caseload < 10`, or
                    `caseload < 10` inside a block `when caseload > 20`), or when every way an `or` offers
                    is so contradicted (`caseload > 90 or caseload < 0`); the note then names the tests. And
                    when the condition needs an answer to a question that none of the respondents who reach it
                    are asked, such as a question only students answer tested in a section for managers: tests
                    of an unanswered question are false. So is one that tests several questions, each asked of
                    some of its respondents but none asked them all, such as `enrolled is yes and placement is
                    yes` where only workers are asked `enrolled` and only students `placement`.
                    """,
                failing: surveyFile("""
                    roles {
                      la_worker     "Local authority social worker" when employer is la
                      agency_worker "Agency social worker"          when employer is agency
                    }

                    section screener "About your work" {
                      single employer "Who pays you?" required {
                        la     "A local authority"
                        agency "An agency"
                      }
                    }

                    section agency "Agency work" when role is agency_worker {
                      yesno permanent "Would you consider a permanent post?"
                      text council "Which council employs you?" when role is la_worker
                    }
                    """),
                fix: "Move the question to where its respondents are, or correct the condition.",
                fixed: surveyFile("""
                    roles {
                      la_worker     "Local authority social worker" when employer is la
                      agency_worker "Agency social worker"          when employer is agency
                    }

                    section screener "About your work" {
                      single employer "Who pays you?" required {
                        la     "A local authority"
                        agency "An agency"
                      }
                      text council "Which council employs you?" when role is la_worker
                    }

                    section agency "Agency work" when role is agency_worker {
                      yesno permanent "Would you consider a permanent post?"
                    }
                    """))
        case .E0502:
            Explanation(
                meaning: """
                    No combination of screener answers gives this role, so the role's questions would never be
                    asked. Often the screener's own routing rules it out: here `level` is only asked of local
                    authority staff, so no agency worker can answer `manager`.
                    """,
                failing: surveyFile("""
                    roles {
                      la_worker      "Local authority social worker" when employer is la
                      agency_worker  "Agency social worker"          when employer is agency and not level is manager
                      agency_manager "Agency manager"                when employer is agency and level is manager
                    }

                    section screener "About your work" {
                      single employer "Who pays you?" required {
                        la     "A local authority"
                        agency "An agency"
                      }
                      single level "Which best describes your job?" required when employer is la {
                        practitioner "Social worker or senior practitioner"
                        manager      "Manager"
                      }
                    }
                    """),
                fix: "Ask the screener question of the respondents the role is for.",
                fixed: surveyFile("""
                    roles {
                      la_worker      "Local authority social worker" when employer is la
                      agency_worker  "Agency social worker"          when employer is agency and not level is manager
                      agency_manager "Agency manager"                when employer is agency and level is manager
                    }

                    section screener "About your work" {
                      single employer "Who pays you?" required {
                        la     "A local authority"
                        agency "An agency"
                      }
                      single level "Which best describes your job?" required when employer is agency {
                        practitioner "Social worker or senior practitioner"
                        manager      "Manager"
                      }
                    }
                    """))
        case .E0503:
            Explanation(
                meaning: """
                    Some combination of screener answers gives no role, so those respondents would get none of
                    the role-specific questions. The note gives one such combination; remember that an optional
                    or hidden screener question can also be unanswered.
                    """,
                failing: surveyFile("""
                    roles {
                      practitioner "Practitioner" when level is practitioner
                    }

                    section screener "About your work" {
                      single level "Which best describes your job?" required {
                        practitioner "Social worker or senior practitioner"
                        manager      "Manager"
                      }
                    }
                    """),
                fix: "Add a role for the answers left out.",
                fixed: surveyFile("""
                    roles {
                      practitioner "Practitioner" when level is practitioner
                      manager      "Manager"      when level is manager
                    }

                    section screener "About your work" {
                      single level "Which best describes your job?" required {
                        practitioner "Social worker or senior practitioner"
                        manager      "Manager"
                      }
                    }
                    """))
        case .E0504:
            Explanation(
                meaning: """
                    Some combination of screener answers makes two role rules true. A respondent has exactly
                    one role, so the rules must not overlap; the note gives an answer that matches both.
                    """,
                failing: surveyFile("""
                    roles {
                      practitioner   "Practitioner"   when level is practitioner
                      manager        "Manager"        when level in (manager, senior_manager)
                      senior_manager "Senior manager" when level is senior_manager
                    }

                    section screener "About your work" {
                      single level "Which best describes your job?" required {
                        practitioner   "Social worker or senior practitioner"
                        manager        "Team manager"
                        senior_manager "Service manager or above"
                      }
                    }
                    """),
                fix: "Make the rules exclusive.",
                fixed: surveyFile("""
                    roles {
                      practitioner   "Practitioner"   when level is practitioner
                      manager        "Manager"        when level is manager
                      senior_manager "Senior manager" when level is senior_manager
                    }

                    section screener "About your work" {
                      single level "Which best describes your job?" required {
                        practitioner   "Social worker or senior practitioner"
                        manager        "Team manager"
                        senior_manager "Service manager or above"
                      }
                    }
                    """))
        case .E0505:
            Explanation(
                meaning: """
                    The role rules read screener questions with more than \(Limits.screenerCombinations)
                    combinations of answers between them, too many to check that every respondent gets exactly
                    one role. Route on fewer questions, or on questions with fewer options: a region rather
                    than each of 52 local authorities. The rules below read the authority, the team and the
                    level: 52 × 12 × 8 = 4,992 combinations.
                    """,
                failing: surveyFile("""
                    include "shared/local-authorities.survey"   // 52 local authorities
                    include "shared/teams.survey"               // 12 kinds of team

                    roles {
                      london_manager "London manager" when la in (camden, hackney, islington) and team is assessment and level is manager
                      other          "Everyone else"  when not (la in (camden, hackney, islington) and team is assessment and level is manager)
                    }

                    section screener "About your work" {
                      single la "Which local authority do you work for?" required from local_authorities
                      single team "Which team are you in?" required from teams
                      single level "Which best describes your job?" required { … }   // 8 levels
                    }
                    """),
                fix: "Ask a short routing question and route on it.",
                fixed: surveyFile("""
                    roles {
                      london_manager "London manager" when region is london and level is manager
                      other          "Everyone else"  when not (region is london and level is manager)
                    }

                    section screener "About your work" {
                      single region "Where do you work?" required {
                        london     "London"
                        south_east "The South East"
                      }
                      single level "Which best describes your job?" required {
                        practitioner "Social worker or senior practitioner"
                        manager      "Manager"
                      }
                    }
                    """),
                illustration: Illustration(
                    reason: "it needs screener questions with thousands of combinations of answers, elided here",
                    diagnostic: "example.survey:9:3: error[E0505]: the role rules read more than \(Limits.screenerCombinations) combinations of answers"))
        case .E0601:
            Explanation(
                meaning: """
                    The file is larger than \(Limits.fileBytes >> 20) MiB. No questionnaire is that long; the
                    path most likely names something else, such as an export of responses. The limit keeps
                    the tools fast and their memory bounded.
                    """,
                failing: """
                    // example.survey: 210 MiB, an export of responses saved under a .survey name
                    survey workforce "Social work workforce survey" {
                      version "2025"
                    }
                    …
                    """,
                fix: "Check the path. A survey that really is long can be split into files with `include`.",
                fixed: surveyFile("""
                    include "shared/local-authorities.survey"

                    section work "Your work" {
                      yesno valued "Do you feel valued at work?"
                    }
                    """),
                illustration: Illustration(
                    reason: "the failing file is hundreds of megabytes",
                    diagnostic: "example.survey:1:1: error[E0601]: the file is 220200960 bytes, over the limit of \(Limits.fileBytes)"))
        case .E0602:
            Explanation(
                meaning: """
                    A line is longer than \(Limits.lineBytes) bytes. Such lines come from generated or pasted
                    text, not from people, and nobody can review them. Break the line: adjacent strings are
                    joined, and a clause may continue on the next line.
                    """,
                failing: surveyFile("""
                    section work "Your work" {
                      note "Barking and Dagenham, " "Barnet, " "Bexley, " …   // one line of 70,000 bytes
                    }
                    """),
                fix: "Put each piece on its own line.",
                fixed: surveyFile("""
                    section work "Your work" {
                      note "Barking and Dagenham, "
                        "Barnet, "
                        "Bexley."
                    }
                    """),
                illustration: Illustration(
                    reason: "the failing line is too long to print",
                    diagnostic: "example.survey:6:1: error[E0602]: this line is 70006 bytes, over the limit of \(Limits.lineBytes)"))
        case .E0603:
            Explanation(
                meaning: """
                    `when` blocks, or parentheses in a condition, are nested more than \(Limits.nestingDepth)
                    deep: the blocks around a condition and its parentheses (and `not`s) are counted together,
                    the section and the condition itself are not. Nobody can follow routing that deep, and the limit keeps the checker from running out
                    of stack on generated input. Combine conditions with `and` instead.
                    """,
                failing: surveyFile("""
                    section work "Your work" {
                      yesno working "Are you working at the moment?" required
                      when working is yes {
                        when working is yes {
                          …                                     // 33 blocks deep
                            note "Thank you."
                          …
                        }
                      }
                    }
                    """),
                fix: "Join the conditions into one block.",
                fixed: surveyFile("""
                    section work "Your work" {
                      yesno working "Are you working at the moment?" required
                      when working is yes {
                        note "Thank you."
                      }
                    }
                    """),
                illustration: Illustration(
                    reason: "the failing file needs 33 nested blocks, elided here",
                    diagnostic: "example.survey:39:67: error[E0603]: nesting is deeper than \(Limits.nestingDepth) levels"))
        case .E0604:
            Explanation(
                meaning: """
                    An identifier is longer than \(Limits.identifierLength) characters. Identifiers become
                    variable names in exported data, and many statistics packages truncate long names, which
                    could make two questions collide.
                    """,
                failing: surveyFile("""
                    section work "Your work" {
                      yesno do_you_feel_valued_by_your_manager_and_by_your_organisation_as_a_whole "Do you feel valued?"
                    }
                    """),
                fix: "Use a short name; the question's text carries the wording.",
                fixed: surveyFile("""
                    section work "Your work" {
                      yesno valued "Do you feel valued?"
                    }
                    """))
        case .E0605:
            Explanation(
                meaning: """
                    A string holds more than \(Limits.stringLength) bytes between its quotes, counted in UTF-8
                    as written: a letter such as `é` and an escape such as `\\"` count two. That is far more than anyone
                    reads on a survey page; it is usually a whole document pasted in, such as a consent form.
                    """,
                failing: surveyFile("""
                    section consent "Consent" {
                      note "This privacy notice explains …"   // 10,001 bytes
                    }
                    """),
                fix: "Shorten the text, and link to the full document.",
                fixed: surveyFile("""
                    section consent "Consent" {
                      note "Your answers are anonymous. The privacy notice is at example.org/privacy."
                    }
                    """),
                illustration: Illustration(
                    reason: "the failing string is too long to print",
                    diagnostic: "example.survey:6:8: error[E0605]: string longer than \(Limits.stringLength) bytes"))
        case .E0606:
            Explanation(
                meaning: """
                    A file includes itself, directly or through other files. Each file is read once, so a cycle
                    means the declarations could not be put in order.
                    """,
                failing: """
                    // example.survey
                    survey workforce "Social work workforce survey" {
                      version "2025"
                    }

                    include "shared/local-authorities.survey"

                    section work "Your work" {
                      single la "Which local authority do you work for?" from local_authorities
                    }

                    // shared/local-authorities.survey
                    include "../example.survey"

                    choices local_authorities {
                      camden  "Camden"
                      hackney "Hackney"
                    }
                    """,
                fix: "Include shared files only from the main file.",
                fixed: """
                    // example.survey
                    survey workforce "Social work workforce survey" {
                      version "2025"
                    }

                    include "shared/local-authorities.survey"

                    section work "Your work" {
                      single la "Which local authority do you work for?" from local_authorities
                    }

                    // shared/local-authorities.survey
                    choices local_authorities {
                      camden  "Camden"
                      hackney "Hackney"
                    }
                    """)
        case .E0607:
            Explanation(
                meaning: """
                    An included file cannot be read: it does not exist, is a folder, or may not be read. Paths
                    are relative to the file that includes them. Unknown names that the missing file might
                    declare are not reported as well.
                    """,
                failing: """
                    // example.survey
                    survey workforce "Social work workforce survey" {
                      version "2025"
                    }

                    include "shared/local-authority.survey"

                    section work "Your work" {
                      single la "Which local authority do you work for?" from local_authorities
                    }

                    // shared/local-authorities.survey
                    choices local_authorities {
                      camden  "Camden"
                      hackney "Hackney"
                    }
                    """,
                fix: "Correct the path.",
                fixed: """
                    // example.survey
                    survey workforce "Social work workforce survey" {
                      version "2025"
                    }

                    include "shared/local-authorities.survey"

                    section work "Your work" {
                      single la "Which local authority do you work for?" from local_authorities
                    }

                    // shared/local-authorities.survey
                    choices local_authorities {
                      camden  "Camden"
                      hackney "Hackney"
                    }
                    """)
        case .E0608:
            Explanation(
                meaning: """
                    An included file has a `survey` header. A survey has one header, in its main file; included
                    files only add roles, choice lists and sections, so they can be shared between surveys.
                    """,
                failing: """
                    // example.survey
                    survey workforce "Social work workforce survey" {
                      version "2025"
                    }

                    include "shared/local-authorities.survey"

                    section work "Your work" {
                      single la "Which local authority do you work for?" from local_authorities
                    }

                    // shared/local-authorities.survey
                    survey local_authorities "Local authorities" {
                      version "2025"
                    }

                    choices local_authorities {
                      camden  "Camden"
                      hackney "Hackney"
                    }
                    """,
                fix: "Remove the header from the included file.",
                fixed: """
                    // example.survey
                    survey workforce "Social work workforce survey" {
                      version "2025"
                    }

                    include "shared/local-authorities.survey"

                    section work "Your work" {
                      single la "Which local authority do you work for?" from local_authorities
                    }

                    // shared/local-authorities.survey
                    choices local_authorities {
                      camden  "Camden"
                      hackney "Hackney"
                    }
                    """)
        case .E0609:
            Explanation(
                meaning: """
                    Files include files that include files, more than \(Limits.includeDepth) deep. Nobody can
                    follow where a declaration comes from at that depth; include the shared files from the main
                    file instead.
                    """,
                failing: """
                    // example.survey
                    include "part01.survey"
                    // part01.survey
                    include "part02.survey"
                    …
                    // part16.survey
                    include "part17.survey"
                    """,
                fix: "Include each part from the main file.",
                fixed: """
                    // example.survey
                    include "part01.survey"
                    include "part02.survey"
                    …
                    include "part17.survey"
                    """,
                illustration: Illustration(
                    reason: "it needs eighteen files",
                    diagnostic: "part16.survey:1:9: error[E0609]: includes are nested more than \(Limits.includeDepth) deep"))
        case .W0501:
            Explanation(
                meaning: """
                    A condition is false when an optional question is skipped, because every test on an
                    unanswered question is false. Respondents who skip the question never see the branch,
                    which is easy to miss and biases the answers the branch collects. Make the question
                    `required`, or write the condition so that skipping shows the branch (`not working is no`).
                    A condition that tests `answered working` leaves out those who skip it on purpose, and is
                    not reported.
                    """,
                failing: surveyFile("""
                    section work "Your work" {
                      yesno working "Are you working at the moment?"
                      number hours "How many hours did you work last week?" when working is yes
                    }
                    """),
                fix: "Make the routing question required.",
                fixed: surveyFile("""
                    section work "Your work" {
                      yesno working "Are you working at the moment?" required
                      number hours "How many hours did you work last week?" when working is yes
                    }
                    """))
        case .W0502:
            Explanation(
                meaning: """
                    A choice list is declared and no question uses it, usually left over from a question that
                    was removed, or a sign that a `from` names another list by mistake.
                    """,
                failing: surveyFile("""
                    choices agreement ordered {
                      disagree "Disagree"
                      agree    "Agree"
                    }

                    section work "Your work" {
                      yesno valued "Do you feel valued at work?"
                    }
                    """),
                fix: "Use the list, or remove it.",
                fixed: surveyFile("""
                    choices agreement ordered {
                      disagree "Disagree"
                      agree    "Agree"
                    }

                    section work "Your work" {
                      single valued "I feel valued at work" from agreement
                    }
                    """))
        case .W0503:
            Explanation(
                meaning: """
                    Text shows the answer to a question with `{name}` and gives no fallback, but the question
                    may be unanswered where the text is shown: it is optional, or it is asked under a
                    condition (its own, its block's or its section's) that the text is not also shown under.
                    Respondents without an answer would see a gap in the sentence. Write `{name|words}` to
                    show *words* instead.
                    """,
                failing: surveyFile("""
                    section work "Your work" {
                      text employer "Who is your employer?"
                      text better "What would make {employer} a better place to work?"
                    }
                    """),
                fix: "Give the pipe a fallback.",
                fixed: surveyFile("""
                    section work "Your work" {
                      text employer "Who is your employer?"
                      text better "What would make {employer|your employer} a better place to work?"
                    }
                    """))
        case .W0504:
            Explanation(
                meaning: """
                    An option clause changes nothing where it is written, such as `exclusive` on a `single`
                    question, whose answer is always one option. It may mean the question was meant to be
                    `multiple`.
                    """,
                failing: surveyFile("""
                    section work "Your work" {
                      single supports "Which of these would help you most?" {
                        supervision "Regular, reflective supervision"
                        none        "None of these" exclusive
                      }
                    }
                    """),
                fix: "Remove the clause, or change the question's kind.",
                fixed: surveyFile("""
                    section work "Your work" {
                      multiple supports "Which of these would help you most?" {
                        supervision "Regular, reflective supervision"
                        none        "None of these" exclusive
                      }
                    }
                    """))
        case .W0505:
            Explanation(
                meaning: """
                    Two options of one question or list, or two statements of one grid, have the same words.
                    Respondents cannot tell them apart, and their answers are split between two codes that
                    mean the same; it is usually a line copied and not changed.
                    """,
                failing: surveyFile("""
                    section work "Your work" {
                      single contract "What kind of contract do you have?" {
                        permanent "Permanent"
                        fixed     "Permanent"
                      }
                    }
                    """),
                fix: "Reword the copy.",
                fixed: surveyFile("""
                    section work "Your work" {
                      single contract "What kind of contract do you have?" {
                        permanent "Permanent"
                        fixed     "Fixed term"
                      }
                    }
                    """))
        case .W0506:
            Explanation(
                meaning: """
                    Text pipes in an earlier answer with `{name}`, but no respondent who is shown the text is
                    asked that question, so the pipe is always empty, or always shows its fallback: for example
                    a students' answer piped into a question for managers, or the answer to a question asked
                    only when `working is yes` piped into text shown only when `working is no`.
                    """,
                failing: surveyFile("""
                    roles {
                      student "Social work student"     when employment is student
                      manager "Team or service manager" when employment is manager
                    }

                    section about "About you" {
                      single employment "Which best describes your role?" required {
                        student "I am a social work student"
                        manager "I manage a team or a service"
                      }
                    }

                    section placement "Your placement" when role is student {
                      text setting "Where is your placement?" required
                    }

                    section management "Managing a team" when role is manager {
                      text support "How could {setting} support students better?"
                    }
                    """),
                fix: "Pipe an answer these respondents give, or write the text without the pipe.",
                fixed: surveyFile("""
                    roles {
                      student "Social work student"     when employment is student
                      manager "Team or service manager" when employment is manager
                    }

                    section about "About you" {
                      single employment "Which best describes your role?" required {
                        student "I am a social work student"
                        manager "I manage a team or a service"
                      }
                    }

                    section placement "Your placement" when role is student {
                      text setting "Where is your placement?" required
                    }

                    section management "Managing a team" when role is manager {
                      text support "How could placements support students better?"
                    }
                    """))
        }
    }
}

extension Explanation {
    /// What checking the failing example reports, one short-form diagnostic per line.
    var reported: String {
        if let illustration { return illustration.diagnostic }
        let compilation = Explanation.check(failing)
        return compilation.diagnostics.map { $0.shortRendered(in: compilation.sources) }.joined(separator: "\n")
    }

    /// Checks an example as `survey check` would, reading the files it includes from the example itself.
    public static func check(_ example: String) -> Compilation {
        let files = files(in: example)
        let texts = Dictionary(files.map { ($0.path, $0.text) }, uniquingKeysWith: { first, _ in first })
        return compile(path: files[0].path, bytes: Array(files[0].text.utf8)) { path in
            texts[path].map { .success(Array($0.utf8)) } ?? .failure(ReadFailure("no such file"))
        }
    }

    /// The files of an example, main file first: the whole example, or several files each after a `// path.survey` line.
    public static func files(in example: String) -> [(path: String, text: String)] {
        var files: [(path: String, text: String)] = []
        for line in example.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("// "), line.hasSuffix(".survey"), !line.dropFirst(3).contains(" ") {
                files.append((String(line.dropFirst(3)), ""))
            } else if files.isEmpty {
                return [(examplePath, example)]
            } else {
                files[files.count - 1].text += line + "\n"
            }
        }
        return files
    }
}

/// Every code's page, as one Markdown document: `survey explain --all`, and docs/diagnostics.md.
public func diagnosticsReference() -> String {
    "# Diagnostics\n\nEvery diagnostic `survey check` can report, by code. `survey explain CODE` prints one.\n"
        + "Codes are stable: a code is never reused for another problem.\n\n"
        + DiagnosticCode.allCases.map { $0.explanationPage(headingLevel: 2) }.joined(separator: "\n")
}

/// A complete example file: the examples' shared header, then the declarations.
private func surveyFile(_ declarations: String) -> String {
    "survey workforce \"Social work workforce survey\" {\n  version \"2025\"\n}\n\n\(declarations)\n"
}

private func fenced(_ language: String, _ text: String) -> String {
    "```\(language)\n\(text.hasSuffix("\n") ? text : text + "\n")```\n\n"
}
