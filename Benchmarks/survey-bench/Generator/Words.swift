/// The vocabulary of the synthetic surveys: words of a workforce survey, so texts have realistic lengths.
extension SurveyGenerator {
    static let words = [
        "how", "often", "do", "you", "feel", "that", "your", "team", "manager", "supports", "the", "work",
        "with", "children", "and", "families", "in", "last", "twelve", "months", "have", "had", "enough",
        "time", "for", "reflective", "supervision", "caseload", "training", "development", "flexible",
        "working", "hours", "office", "home", "visits", "court", "reports", "assessment", "plan", "review",
        "colleagues", "agency", "local", "authority", "pay", "leave", "wellbeing", "stress", "safe",
        "valued", "listened", "to", "about", "decisions", "change", "service", "practice", "learning",
        "recording", "systems", "travel", "between", "appointments", "cover", "absence", "is", "would",
    ]

    static let stems = [
        "caseload", "supervision", "training", "hours", "pay", "travel", "wellbeing", "stress", "leave",
        "visits", "reports", "court", "team", "manager", "office", "systems", "recording", "learning",
        "support", "intentions", "career", "racism", "safety", "workload", "flexibility", "morale",
    ]

    static let optionWords: [(String, String)] = [
        ("daily", "Every day"), ("weekly", "Every week"), ("monthly", "Every month"), ("rarely", "Rarely"),
        ("office", "In the office"), ("home", "At home"), ("hybrid", "Partly at home"), ("court", "At court"),
        ("duty", "Duty and assessment"), ("child_protection", "Child protection"), ("looked_after", "Children in care"),
        ("leaving_care", "Care leavers"), ("disability", "Children with disabilities"), ("fostering", "Fostering"),
        ("adoption", "Adoption"), ("youth_justice", "Youth justice"), ("early_help", "Early help"),
        ("permanent", "A permanent post"), ("locum", "A locum post"), ("fixed_term", "A fixed-term contract"),
        ("part_time", "Part time"), ("full_time", "Full time"), ("promotion", "A promotion"),
        ("same_job", "The same job"), ("leave_profession", "Leave social work"),
    ]

    static let statements: [(String, String)] = [
        ("valued", "I feel valued by my organisation"), ("supported", "My manager supports me"),
        ("difference", "My work makes a difference to children and families"),
        ("workload", "My workload is manageable"), ("learning", "I have time for learning"),
        ("safe", "I feel safe at work"), ("listened", "Senior leaders listen to staff"),
        ("proud", "I am proud to work here"), ("systems", "Our recording systems help me"),
        ("team", "My team works well together"),
    ]

    static let allLists: [ChoiceList] = [
        ChoiceList(id: "agreement", isOrdered: true, options: [
            OptionSpec(id: "strongly_disagree", label: "Strongly disagree", code: 1),
            OptionSpec(id: "disagree", label: "Disagree", code: 2),
            OptionSpec(id: "neither", label: "Neither agree nor disagree", code: 3),
            OptionSpec(id: "agree", label: "Agree", code: 4),
            OptionSpec(id: "strongly_agree", label: "Strongly agree", code: 5),
        ]),
        ChoiceList(id: "frequency", isOrdered: true, options: [
            OptionSpec(id: "never", label: "Never", code: 1),
            OptionSpec(id: "sometimes", label: "Sometimes", code: 2),
            OptionSpec(id: "often", label: "Often", code: 3),
            OptionSpec(id: "always", label: "Always", code: 4),
        ]),
        ChoiceList(id: "likelihood", isOrdered: true, options: [
            OptionSpec(id: "very_unlikely", label: "Very unlikely", code: 1),
            OptionSpec(id: "fairly_unlikely", label: "Fairly unlikely", code: 2),
            OptionSpec(id: "fairly_likely", label: "Fairly likely", code: 3),
            OptionSpec(id: "very_likely", label: "Very likely", code: 4),
        ]),
        ChoiceList(id: "supports", isOrdered: false, options: [
            OptionSpec(id: "supervision", label: "Regular, reflective supervision", code: 1),
            OptionSpec(id: "caseload", label: "A lower caseload", code: 2),
            OptionSpec(id: "training", label: "Training and development", code: 3),
            OptionSpec(id: "flexible", label: "Flexible working", code: 4),
            OptionSpec(id: "pay", label: "Better pay", code: 5),
            OptionSpec(id: "admin", label: "Help with recording and admin", code: 6),
            OptionSpec(id: "other", label: "Something else", code: 99, isSpecify: true),
            OptionSpec(id: "none", label: "None of these", code: 97, isExclusive: true),
        ]),
        ChoiceList(id: "priorities", isOrdered: false, options: [
            OptionSpec(id: "pay", label: "Pay", code: 1),
            OptionSpec(id: "caseload", label: "Caseload", code: 2),
            OptionSpec(id: "supervision", label: "Supervision", code: 3),
            OptionSpec(id: "flexibility", label: "Flexibility", code: 4),
            OptionSpec(id: "progression", label: "Progression", code: 5),
            OptionSpec(id: "culture", label: "Team culture", code: 6),
        ]),
        ChoiceList(id: "regions", isOrdered: false, options: [
            OptionSpec(id: "north_london", label: "North London", code: 1),
            OptionSpec(id: "south_london", label: "South London", code: 2),
            OptionSpec(id: "east_london", label: "East London", code: 3),
            OptionSpec(id: "west_london", label: "West London", code: 4),
            OptionSpec(id: "kent", label: "Kent and Medway", code: 5),
            OptionSpec(id: "surrey", label: "Surrey", code: 6),
            OptionSpec(id: "sussex", label: "Sussex", code: 7),
            OptionSpec(id: "hampshire", label: "Hampshire and the Isle of Wight", code: 8),
            OptionSpec(id: "thames_valley", label: "Thames Valley", code: 9),
            OptionSpec(id: "elsewhere", label: "Somewhere else", code: 99, isSpecify: true),
        ]),
    ]

    static func list(_ id: String) -> ChoiceList { allLists.first { $0.id == id }! }
}
