import Foundation
import SurveyBundle
import SurveyRuntime
import Testing

private let everyKind = Fixture(
    section(
        "all",
        ask(.single, "employer", options: ["la", "agency", "other*"]),
        ask(.multiple, "helps", options: ["pay", "time", "other*"]),
        ask(.ranking, "priorities", options: ["pay", "time", "training"]),
        ask(.text, "title"),
        ask(.number, "caseload"),
        ask(.decimal, "worked"),
        ask(.scale, "recommend") { $0.min = 0; $0.max = 10 },
        ask(.grid, "views", options: ["disagree", "agree"], rows: ["valued", "paid"]),
        ask(.yesno, "racism")))

private let answers: [String: Answer] = [
    "employer": .option("agency"),
    "helps": .options(["time", "other"], specify: ["other": "Parking"]),
    "priorities": .options(["training", "pay"]),
    "title": .text("Senior practitioner"),
    "caseload": .number(14),
    "worked": .decimal(37.5),
    "recommend": .scale(7),
    "views": .grid(["valued": "agree"]),
    "racism": .yesno(false),
]

@Test func `choice answers carry option identifiers and codes`() throws {
    var session = try everyKind.session()
    try session.walk(answers)
    let response = session.response
    #expect(response.answers["employer"] == .option(ChosenOption(option: "agency", code: 2)))
    #expect(
        response.answers["helps"]
            == .options([ChosenOption(option: "time", code: 2), ChosenOption(option: "other", code: 3, specify: "Parking")]))
    #expect(response.answers["views"] == .grid(["valued": ChosenOption(option: "agree", code: 2)]))
    #expect(response.completed)
    #expect(response.survey == "fixture" && response.version == "1")
    #expect(response.digest == everyKind.bundle.digest.content)
}

@Test func `a response encodes as deterministic JSON`() throws {
    var session = try Fixture(
        section("s", ask(.single, "employer", options: ["la", "agency"]), ask(.yesno, "racism"), ask(.text, "skipped")))
        .session()
    try session.walk(["employer": .option("agency"), "racism": .yesno(true)])
    let json = String(decoding: try session.response.encoded(), as: UTF8.self)
    #expect(
        json == """
            {
              "answers" : {
                "employer" : {
                  "code" : 2,
                  "option" : "agency"
                },
                "racism" : {
                  "yesno" : true
                }
              },
              "completed" : true,
              "digest" : "\(session.survey.digest)",
              "role" : null,
              "survey" : "fixture",
              "version" : "1"
            }
            """)
}

@Test func `a response decodes back to the same value`() throws {
    var session = try everyKind.session()
    try session.walk(answers)
    let response = session.response
    let decoded = try JSONDecoder().decode(Response.self, from: try response.encoded())
    #expect(decoded == response)
    #expect(try decoded.encoded() == response.encoded())
}

@Test func `an unfinished response holds the answers passed so far`() throws {
    var session = try everyKind.session()
    try session.answer(.option("la"))
    try session.answer(.options(["pay"]))
    session.back()
    #expect(session.response.answers.keys.sorted() == ["employer"])
    #expect(!session.response.completed)
}

@Test func `every kind of answer round-trips through its JSON shape`() throws {
    for answer in answers.values {
        let data = try JSONEncoder().encode(answer)
        #expect(try JSONDecoder().decode(Answer.self, from: data) == answer)
    }
}

@Test func `answers encode as one-member objects named after their kind`() throws {
    func json(_ answer: Answer) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: try encoder.encode(answer), as: UTF8.self)
    }
    #expect(try json(.option("other", specify: "Locum")) == #"{"option":"other","specify":"Locum"}"#)
    #expect(try json(.options(["a", "b"])) == #"{"options":["a","b"]}"#)
    #expect(try json(.grid(["valued": "agree"])) == #"{"grid":{"valued":"agree"}}"#)
    #expect(try json(.decimal(37.5)) == #"{"decimal":37.5}"#)
    #expect(try json(.scale(7)) == #"{"scale":7}"#)
    #expect(throws: DecodingError.self) { try JSONDecoder().decode(Answer.self, from: Data(#"{"colour":"red"}"#.utf8)) }
}
