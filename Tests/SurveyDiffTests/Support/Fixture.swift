import SurveyBundle

/// A small 2023-style workforce survey with roles, blocks, conditions and every kind of question.
/// Each test changes one thing in a copy and looks at the verdict.
enum Fixture {
    static let agreement = [
        option("strongly_disagree", "Strongly disagree", code: 1),
        option("disagree", "Disagree", code: 2),
        option("neutral", "Neither agree nor disagree", code: 3),
        option("agree", "Agree", code: 4),
        option("strongly_agree", "Strongly agree", code: 5),
    ]

    static let wave2023 = survey(
        id: "big_listen", title: "The Big Listen", version: "2023",
        roles: [
            role("la_worker", "Local authority social worker", answer("employer", is: "la")),
            role("agency_worker", "Agency social worker", answer("employer", is: "agency")),
            role("student", "Social work student", answer("employer", is: "student_placement")),
        ],
        section(
            "screener", "About your work",
            choice(
                .single, "employer", "Who pays you for your current work?",
                [
                    option("la", "A local authority", code: 1),
                    option("agency", "An agency", code: 2),
                    option("student_placement", "I am a student on placement", code: 3),
                ]
            ) { $0.isRequired = true },
            question(.yesno, "working", "Are you working at the moment?") { $0.isRequired = true }
        ),
        section(
            "views", "Your views",
            note("Think about the last 12 months."),
            question(.yesno, "valued", "Do you feel valued at work?") { $0.help = "Answer about your current job." },
            choice(.single, "difference", "My work makes a difference to children and families", agreement) {
                $0.isOrdered = true
            },
            question(.scale, "recommend", "How likely are you to recommend your employer?") {
                $0.min = 0
                $0.max = 10
                $0.lowLabel = "Not at all likely"
                $0.highLabel = "Extremely likely"
            },
            question(.number, "caseload", "How many children's cases do you hold?") {
                $0.min = 0
                $0.max = 80
                $0.unit = "cases"
                $0.condition = answer("working", is: "yes")
            },
            question(.decimal, "worked", "How many hours did you work last week?") {
                $0.min = 0
                $0.max = 100
                $0.unit = "hours"
            },
            question(.decimal, "paid", "How many of those hours were you paid for?") {
                $0.min = 0
                $0.max = 100
                $0.unit = "hours"
                $0.checks = [
                    Check(
                        condition: .test(Reference(question: "paid"), .lessOrEqual, .answer("worked")),
                        message: "Paid hours cannot be more than the hours you worked.")
                ]
            },
            choice(
                .multiple, "helps", "What would help you most?",
                [
                    option("supervision", "Regular, reflective supervision"),
                    option("caseload_cut", "A lower caseload"),
                    option("training", "Training and development"),
                    option("none", "None of these", exclusive: true),
                ]
            ) { $0.maxChoices = 2 },
            question(.text, "comments", "Anything else you want to tell us?") {
                $0.isLong = true
                $0.maxLength = 5000
            },
            choice(.grid, "statements", "How far do you agree with these statements?", agreement) {
                $0.rows = [Row(id: "manageable", text: "My workload is manageable"), Row(id: "paid_fairly", text: "I am paid fairly")]
            }
        ),
        section(
            "agency", "Agency work", when: roleIn("agency_worker"),
            question(.yesno, "permanent", "Would you consider a permanent post?"),
            block(
                answer("permanent", is: "no"),
                choice(
                    .multiple, "why_agency", "Why do you prefer agency work?",
                    [option("pay", "Better pay"), option("flexibility", "More flexibility"), option("other", "Something else", specify: true)])
            )
        ),
        section(
            "future", "Your plans",
            choice(
                .single, "future_plans", "What do you plan to do in the next two years?",
                [
                    option("stay", "Stay in my current job", code: 1),
                    option("move_la", "Move to another local authority", code: 2),
                    option("agency", "Move to agency work", code: 3),
                    option("leave", "Leave social work", code: 4),
                ])
        )
    )
}
