import SeededRandom
import Foundation
import Testing

@testable import SurveyBundle

/// `Bundle.encoded()` and `SurveyBundle.Bundle.contentDigest(of:)` write JSON directly; `JSONEncoder` is the reference they must match.
@Suite struct CanonicalWriterTests {
    /// What `JSONEncoder` writes for a bundle: the reference bytes.
    func reference(_ bundle: SurveyBundle.Bundle) throws -> Data {
        var data = try SurveyBundle.Bundle.canonicalJSON(bundle)
        data.append(0x0A)
        return data
    }

    func expectSameBytes(_ bundle: SurveyBundle.Bundle, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let direct = try bundle.encoded()
        let expected = try reference(bundle)
        #expect(direct == expected, "\(String(decoding: direct.prefix(2000), as: UTF8.self))", sourceLocation: sourceLocation)
        #expect(try streamed(bundle).bytes == direct, sourceLocation: sourceLocation)
        #expect(try SurveyBundle.Bundle.contentDigest(of: bundle.survey) == SHA256.hex(try SurveyBundle.Bundle.canonicalJSON(bundle.survey)), sourceLocation: sourceLocation)
    }

    /// What `encode(into:)` hands its sink, joined, and in how many pieces.
    func streamed(_ bundle: SurveyBundle.Bundle) throws -> (bytes: Data, pieces: Int) {
        var bytes = Data()
        var pieces = 0
        try bundle.encode { piece in
            bytes.append(piece)
            pieces += 1
        }
        return (bytes, pieces)
    }

    @Test func `a bundle many times the streaming buffer is streamed in pieces that join to the encoded bundle`() throws {
        var random = SplitMix64(seed: 64)
        var survey = randomSurvey(&random)
        while survey.sections.count < 3_000 { survey.sections += randomSurvey(&random).sections }
        let bundle = SurveyBundle.Bundle(digest: Digest(sources: "a", content: "b"), survey: survey)
        let (bytes, pieces) = try streamed(bundle)
        #expect(bytes.count > 1 << 20)
        #expect(pieces >= bytes.count >> 16)
        #expect(bytes == (try bundle.encoded()))
        #expect(try SurveyBundle.Bundle.contentDigest(of: survey) == SHA256.hex(try SurveyBundle.Bundle.canonicalJSON(survey)))
    }

    /// What the one-pass `encode(_:sourcesDigest:into:overwrite:)` writes, with its overwrite done.
    func writtenOnce(_ survey: Survey, pieceSize: Int) throws -> (bytes: Data, digest: Digest) {
        var bytes = Data()
        let digest = try SurveyBundle.Bundle.encode(
            survey, sourcesDigest: "s", pieceSize: pieceSize, into: { bytes.append($0) },
            overwrite: { offset, replacement in bytes.replaceSubrange(offset..<offset + replacement.count, with: replacement) })
        return (bytes, digest)
    }

    @Test func `a bundle written once, its digest put in at the end, is the bundle written twice`() throws {
        var random = SplitMix64(seed: 65)
        var surveys = [everything]
        for _ in 0..<20 { surveys.append(randomSurvey(&random)) }
        for survey in surveys {
            let twice = SurveyBundle.Bundle(digest: Digest(sources: "s", content: try SurveyBundle.Bundle.contentDigest(of: survey)), survey: survey)
            // Small pieces put piece boundaries between a line break and the spaces after it, and inside them.
            for pieceSize in [64, 65, 66, 67, 101, 4096, 1 << 16] {
                let (bytes, digest) = try writtenOnce(survey, pieceSize: pieceSize)
                #expect(digest == twice.digest, "pieces of \(pieceSize)")
                #expect(bytes == (try twice.encoded()), "pieces of \(pieceSize)")
            }
        }
    }

    @Test func `a number JSON cannot hold stops the one-pass writer with an error`() throws {
        var survey = everything
        survey.summaries[0].seconds = .infinity
        #expect(throws: EncodingError.self) { try writtenOnce(survey, pieceSize: 1 << 16) }
    }

    @Test func `every member of every bundle type is written as JSONEncoder writes it`() throws {
        try expectSameBytes(SurveyBundle.Bundle(digest: Digest(sources: "s", content: "c"), survey: everything))
    }

    @Test func `absent optional members are left out as JSONEncoder leaves them out`() throws {
        var survey = everything
        survey.description = nil
        survey.minutes = nil
        survey.roles = []
        survey.summaries = [RoleSummary(role: nil, questions: [], seconds: 0)]
        survey.sections = [Section(id: "s", title: "S", condition: nil, items: [.question(Question(id: "q", type: .yesno, text: "Q?"))])]
        try expectSameBytes(SurveyBundle.Bundle(digest: Digest(sources: "", content: ""), survey: survey))
    }

    @Test(arguments: [
        "", "plain", "quote \" and backslash \\ and slash /", "new\nline\r\ttab", "\u{0}\u{1}\u{8}\u{C}\u{1F}\u{7F}",
        "caf\u{E9} \u{201C}curly\u{201D} \u{1F600} e\u{301}", "{name|fallback} {{literal}}", String(repeating: "long ", count: 400),
    ])
    func `strings are escaped as JSONEncoder escapes them`(text: String) throws {
        var survey = everything
        survey.title = text
        survey.sections[0].items.append(.note(Note(text: text, condition: .test(Reference(question: text), .is, .text(text)))))
        try expectSameBytes(SurveyBundle.Bundle(digest: Digest(sources: text, content: text), survey: survey))
    }

    @Test(arguments: ["\"", "\\", "\n", "\u{1}", "\u{1F}", "\u{7F}", "\u{E9}"])
    func `a character to escape is found at every place in the eight bytes read at once`(special: String) throws {
        for offset in 0..<20 {
            var survey = everything
            survey.title = String(repeating: "a", count: offset) + special + String(repeating: "b", count: 19 - offset)
            try expectSameBytes(SurveyBundle.Bundle(digest: Digest(sources: "", content: ""), survey: survey))
        }
    }

    @Test(arguments: [
        0, -0.0, 1, -1, 0.1, 0.5, 2.5, 10.9, 37.5, -3.25, 100, 1e14, 999_999_999_999_999, 1e15, 1e16, 1.5e16, 1e21, 1e22,
        1e300, 1e-7, 5e-324, Double.pi, 123_456_789.123, 9_007_199_254_740_993, -1e16, Double.greatestFiniteMagnitude,
    ])
    func `numbers are spelled as JSONEncoder spells them`(number: Double) throws {
        var survey = everything
        survey.summaries[0].seconds = number
        survey.sections[0].items.append(.block(Block(condition: .test(Reference(question: "n"), .less, .number(number)), items: [])))
        var question = Question(id: "n", type: .decimal, text: "N", seconds: number)
        question.min = number
        question.max = -number
        survey.sections[0].items.append(.question(question))
        try expectSameBytes(SurveyBundle.Bundle(digest: Digest(sources: "", content: ""), survey: survey))
    }

    @Test(arguments: [Int.min, -1, 0, 7, 10, 99, 1_000_000, Int.max])
    func `whole numbers are spelled as JSONEncoder spells them`(number: Int) throws {
        var survey = everything
        survey.minutes = number
        try expectSameBytes(SurveyBundle.Bundle(format: number, digest: Digest(sources: "", content: ""), survey: survey))
    }

    @Test func `a number JSON cannot hold fails as it does with JSONEncoder`() {
        var survey = everything
        survey.summaries[0].seconds = .infinity
        #expect(throws: EncodingError.self) { try SurveyBundle.Bundle.contentDigest(of: survey) }
        #expect(throws: EncodingError.self) { try SurveyBundle.Bundle(digest: Digest(sources: "", content: ""), survey: survey).encoded() }
        #expect(throws: EncodingError.self) { try streamed(SurveyBundle.Bundle(digest: Digest(sources: "", content: ""), survey: survey)) }
    }

    @Test func `random surveys are written as JSONEncoder writes them`() throws {
        var random = SplitMix64(seed: 2025)
        for _ in 0..<200 {
            try expectSameBytes(SurveyBundle.Bundle(digest: Digest(sources: "a", content: "b"), survey: randomSurvey(&random)))
        }
    }

    /// A new stored member needs a line in `CanonicalWriter`: this counts them so the writer cannot fall behind.
    @Test func `the writer knows every stored member of the bundle types`() {
        let question = Question(id: "q", type: .text, text: "")
        #expect(Mirror(reflecting: question).children.count == 22)
        #expect(Mirror(reflecting: everything).children.count == 10)
        #expect(Mirror(reflecting: Option(id: "o", label: "")).children.count == 6)
        #expect(Mirror(reflecting: SurveyBundle.Bundle(digest: Digest(sources: "", content: ""), survey: everything)).children.count == 3)
        #expect(Mirror(reflecting: Digest(sources: "", content: "")).children.count == 3)
        #expect(Mirror(reflecting: Section(id: "", title: "", condition: nil, items: [])).children.count == 4)
        #expect(Mirror(reflecting: Role(id: "", label: "", rule: .or([]))).children.count == 3)
        #expect(Mirror(reflecting: Note(text: "", condition: nil)).children.count == 2)
        #expect(Mirror(reflecting: Block(condition: .or([]), items: [])).children.count == 2)
        #expect(Mirror(reflecting: Row(id: "", text: "")).children.count == 2)
        #expect(Mirror(reflecting: Check(condition: .or([]), message: "")).children.count == 2)
        #expect(Mirror(reflecting: RoleSummary(role: nil, questions: [], seconds: 0)).children.count == 3)
        #expect(Mirror(reflecting: Reference(question: "")).children.count == 2)
    }

    /// A survey that sets every member at least once and uses every kind of item, condition and value.
    var everything: Survey {
        var single = Question(id: "employer", type: .single, text: "Who pays you?", seconds: 7.2)
        single.help = "Choose one."
        single.isRequired = true
        single.condition = .role(["a", "b"])
        single.continues = "old_employer"
        single.choiceList = "employers"
        single.options = [
            Option(id: "la", label: "A local authority", code: 1, isExclusive: true, isSpecify: true, continues: "council"),
            Option(id: "agency", label: "An agency"),
        ]
        single.isOrdered = true
        var grid = Question(id: "views", type: .grid, text: "Agree?", seconds: 12)
        grid.rows = [Row(id: "valued", text: "I feel valued")]
        grid.options = []
        var number = Question(id: "hours", type: .number, text: "Hours?", seconds: 8)
        number.minChoices = 1
        number.maxChoices = 3
        number.min = 0
        number.max = 37.5
        number.unit = "hours"
        number.lowLabel = "none"
        number.highLabel = "all"
        number.isLong = false
        number.maxLength = 500
        number.checks = [Check(condition: .test(Reference(question: "hours"), .lessOrEqual, .answer("worked")), message: "Too many.")]
        let conditions: [Condition] = [
            .and([.answered(Reference(question: "views", row: "valued")), .not(.role(["a"]))]),
            .or([.test(Reference(question: "employer"), .isNot, .option("la")), .test(Reference(question: "t"), .is, .bool(false))]),
            .among(Reference(question: "employer"), [.option("la"), .text("x"), .number(2), .bool(true), .answer("h")]),
            .test(Reference(question: "multi"), .includes, .option("a")),
            .test(Reference(question: "hours"), .greaterOrEqual, .number(-1.5)),
            .and([]), .role([]),
        ]
        return Survey(
            id: "everything", title: "Everything", version: "1", description: "All of it", anonymous: true, minutes: 10,
            roles: [Role(id: "a", label: "A", rule: conditions[0]), Role(id: "b", label: "B", rule: conditions[1])],
            screener: ["employer", "level"],
            sections: [
                Section(id: "one", title: "One", condition: conditions[2], items: [
                    .question(single), .note(Note(text: "Note", condition: nil)), .note(Note(text: "When", condition: conditions[3])),
                    .block(Block(condition: conditions[4], items: [.question(grid), .block(Block(condition: conditions[5], items: []))])),
                    .question(number),
                ]),
                Section(id: "two", title: "Two", condition: conditions[6], items: []),
            ],
            summaries: [RoleSummary(role: "a", questions: ["employer", "views"], seconds: 27.2), RoleSummary(role: "b", questions: [], seconds: 0)])
    }

    func randomSurvey(_ random: inout SplitMix64) -> Survey {
        func text() -> String {
            let alphabet: [String] = ["a", "B", " ", "\"", "\\", "/", "\n", "\t", "\u{1}", "é", "\u{1F600}", "{", "}", "|", "0", "."]
            return (0..<random.below(12)).map { _ in alphabet[random.below(alphabet.count)] }.joined()
        }
        func number() -> Double {
            switch random.below(4) {
            case 0: Double(random.below(2000)) - 1000
            case 1: Double(random.below(10_000)) / 10
            case 2: Double(bitPattern: random.next() & 0x7FEF_FFFF_FFFF_FFFF)
            default: Double(random.below(100)) / 7
            }
        }
        func condition(_ depth: Int) -> Condition {
            let reference = Reference(question: text(), row: random.below(2) == 0 ? nil : text())
            let values: [Value] = [.option(text()), .number(number()), .text(text()), .bool(random.below(2) == 0), .answer(text())]
            switch random.below(depth > 2 ? 4 : 7) {
            case 0: return .answered(reference)
            case 1: return .role((0..<random.below(3)).map { _ in text() })
            case 2: return .test(reference, Comparison.allCases[random.below(Comparison.allCases.count)], values[random.below(values.count)])
            case 3: return .among(reference, Array(values.prefix(random.below(values.count))))
            case 4: return .not(condition(depth + 1))
            case 5: return .and((0..<random.below(3)).map { _ in condition(depth + 1) })
            default: return .or((0..<random.below(3)).map { _ in condition(depth + 1) })
            }
        }
        func maybe<T>(_ value: @autoclosure () -> T) -> T? { random.below(2) == 0 ? nil : value() }
        func items(_ depth: Int) -> [Item] {
            (0..<random.below(4)).map { _ in
                switch random.below(depth > 1 ? 2 : 3) {
                case 0:
                    var question = Question(id: text(), type: QuestionType.allCases[random.below(9)], text: text(), seconds: number())
                    question.help = maybe(text())
                    question.isRequired = random.below(2) == 0
                    question.condition = maybe(condition(0))
                    question.continues = maybe(text())
                    question.choiceList = maybe(text())
                    question.options = maybe((0..<random.below(3)).map { _ in
                        Option(id: text(), label: text(), code: maybe(random.below(100)), isExclusive: maybe(random.below(2) == 0),
                               isSpecify: maybe(random.below(2) == 0), continues: maybe(text()))
                    })
                    question.isOrdered = maybe(random.below(2) == 0)
                    question.rows = maybe((0..<random.below(3)).map { _ in Row(id: text(), text: text()) })
                    question.minChoices = maybe(random.below(5))
                    question.maxChoices = maybe(random.below(5))
                    question.min = maybe(number())
                    question.max = maybe(number())
                    question.unit = maybe(text())
                    question.lowLabel = maybe(text())
                    question.highLabel = maybe(text())
                    question.isLong = maybe(random.below(2) == 0)
                    question.maxLength = maybe(random.below(5000))
                    question.checks = (0..<random.below(2)).map { _ in Check(condition: condition(0), message: text()) }
                    return .question(question)
                case 1: return .note(Note(text: text(), condition: maybe(condition(0))))
                default: return .block(Block(condition: condition(0), items: items(depth + 1)))
                }
            }
        }
        return Survey(
            id: text(), title: text(), version: text(), description: maybe(text()), anonymous: random.below(2) == 0,
            minutes: maybe(random.below(60)), roles: (0..<random.below(3)).map { _ in Role(id: text(), label: text(), rule: condition(0)) },
            screener: (0..<random.below(3)).map { _ in text() },
            sections: (0..<random.below(4)).map { _ in Section(id: text(), title: text(), condition: maybe(condition(0)), items: items(0)) },
            summaries: (0..<random.below(3)).map { _ in RoleSummary(role: maybe(text()), questions: (0..<random.below(3)).map { _ in text() }, seconds: number()) })
    }
}


extension CanonicalWriterTests {
    /// docs/bundle.md, "Canonical form", written out by hand for a small survey: the digest must be the SHA-256
    /// of exactly these bytes, so the rules there are enough to reproduce it in another language.
    @Test func `the content digest is the SHA-256 of the canonical form as bundle.md describes it`() throws {
        var question = Question(id: "q", type: .decimal, text: "Q", seconds: 0.5)
        question.min = 1e-5
        question.max = 1e15
        let survey = Survey(
            id: "s", title: "a\"b\\c/d\n\t\u{1}\u{7F}é😀", version: "1", anonymous: false, minutes: nil, roles: [],
            screener: [], sections: [Section(id: "x", title: "X", condition: nil, items: [.question(question)])],
            summaries: [RoleSummary(role: nil, questions: ["q"], seconds: 1e16)])
        let expected = #"""
            {
              "anonymous" : false,
              "id" : "s",
              "roles" : [

              ],
              "screener" : [

              ],
              "sections" : [
                {
                  "id" : "x",
                  "items" : [
                    {
                      "kind" : "question",
                      "question" : {
                        "checks" : [

                        ],
                        "id" : "q",
                        "max" : 1000000000000000,
                        "min" : 1e-05,
                        "required" : false,
                        "seconds" : 0.5,
                        "text" : "Q",
                        "type" : "decimal"
                      }
                    }
                  ],
                  "title" : "X"
                }
              ],
              "summaries" : [
                {
                  "questions" : [
                    "q"
                  ],
                  "seconds" : 1e+16
                }
              ],
              "title" : "a\"b\\c/d\n\t\u0001\#("\u{7F}")é😀",
              "version" : "1"
            }
            """#
        #expect(try SurveyBundle.Bundle.contentDigest(of: survey) == SHA256.hex(Array(expected.utf8)))
    }
}
