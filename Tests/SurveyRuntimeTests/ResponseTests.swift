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

/// The JSON of `value` as a tree, to compare with the one-line examples of docs/run.md.
private func tree<Value: Encodable>(_ value: Value) throws -> NSDictionary {
    try JSONSerialization.jsonObject(with: SurveyBundle.Bundle.canonicalJSON(value)) as! NSDictionary
}

private func tree(_ json: String) throws -> NSDictionary {
    try JSONSerialization.jsonObject(with: Data(json.utf8)) as! NSDictionary
}

@Test func `response answers are written in the shapes run.md documents`() throws {
    let agree = ChosenOption(option: "agree", code: 1), disagree = ChosenOption(option: "disagree", code: 2)
    let documented: [(ResponseAnswer, String)] = [
        (.option(ChosenOption(option: "other", code: 9, specify: "Locum")), #"{"code": 9, "option": "other", "specify": "Locum"}"#),
        (
            .options([ChosenOption(option: "a", code: 1), ChosenOption(option: "more", code: 3, specify: "Peer support")]),
            #"{"options": [{"code": 1, "option": "a"}, {"code": 3, "option": "more", "specify": "Peer support"}]}"#
        ),
        (.text("Ann"), #"{"text": "Ann"}"#), (.number(3), #"{"number": 3}"#), (.decimal(37.5), #"{"decimal": 37.5}"#),
        (.scale(7), #"{"scale": 7}"#),
        (
            .grid(["pay": agree, "time": disagree]),
            #"{"grid": {"pay": {"code": 1, "option": "agree"}, "time": {"code": 2, "option": "disagree"}}}"#
        ),
        (.yesno(true), #"{"yesno": true}"#),
    ]
    for (answer, json) in documented {
        #expect(try tree(answer) == tree(json))
    }
    #expect(String(decoding: try SurveyBundle.Bundle.canonicalJSON(ResponseAnswer.decimal(40)), as: UTF8.self).contains(#""decimal" : 40\#n"#))
}

@Test func `resume file answers are written in the shapes run.md documents, and a complete state has no position`() throws {
    let documented: [(Answer, String)] = [
        (.option("other", specify: "Locum"), #"{"option": "other", "specify": "Locum"}"#),
        (.options(["a", "more"], specify: ["more": "Peer support"]), #"{"options": ["a", "more"], "specify": {"more": "Peer support"}}"#),
        (.options(["z", "x"]), #"{"options": ["z", "x"]}"#),
        (.grid(["pay": "agree", "time": "disagree"]), #"{"grid": {"pay": "agree", "time": "disagree"}}"#),
    ]
    for (answer, json) in documented {
        #expect(try tree(answer) == tree(json))
    }
    var session = try everyKind.session()
    while !session.isComplete { try session.skip() }
    #expect(session.state.position == nil)
    #expect(try tree(session.state)["position"] == nil)
}
