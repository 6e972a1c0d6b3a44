import Foundation
import SurveyBundle
import SurveyRuntime
import Testing

/// A bundle's JSON as a mutable tree.
private func tree(_ fixture: Fixture) throws -> [String: Any] {
    try JSONSerialization.jsonObject(with: fixture.data) as! [String: Any]
}

private func json(_ tree: [String: Any]) throws -> Data {
    try JSONSerialization.data(withJSONObject: tree, options: [.sortedKeys])
}

private let small = Fixture(
    section(
        "about",
        ask(.yesno, "working"),
        note("Thanks"),
        ask(.number, "hours") { $0.min = 0; $0.max = 100 }))

@Test func `a valid bundle loads and lists its questions in order`() throws {
    let loaded = try small.load()
    #expect(loaded.questions.map(\.id) == ["working", "hours"])
    #expect(loaded.question("hours")?.type == .number)
    #expect(loaded.digest == small.bundle.digest.content)
}

@Test func `truncated JSON is refused as not JSON`() throws {
    let data = small.data
    let error = loadError(data.prefix(data.count / 2))
    guard case .notJSON = error else {
        Issue.record("expected notJSON, got \(String(describing: error))")
        return
    }
    #expect(error!.description.hasPrefix("this is not a survey bundle: the data is not valid JSON"))
}

@Test func `empty data is refused as not JSON`() {
    guard case .notJSON = loadError(Data()) else {
        Issue.record("empty data was not refused as not JSON")
        return
    }
}

@Test func `a missing item kind names its coding path`() throws {
    var bundle = try tree(small)
    var survey = bundle["survey"] as! [String: Any]
    var sections = survey["sections"] as! [[String: Any]]
    var items = sections[0]["items"] as! [[String: Any]]
    items[1].removeValue(forKey: "kind")
    sections[0]["items"] = items
    survey["sections"] = sections
    bundle["survey"] = survey
    let error = loadError(try json(bundle))
    #expect(error?.description == "this is not a survey bundle: survey.sections[0].items[1]: missing key `kind`")
}

@Test func `a member of the wrong type names its coding path`() throws {
    var bundle = try tree(small)
    var survey = bundle["survey"] as! [String: Any]
    survey["minutes"] = "five"
    bundle["survey"] = survey
    #expect(loadError(try json(bundle))?.description == "this is not a survey bundle: survey.minutes: expected a number")
}

@Test func `JSON that is not a bundle says what is missing`() throws {
    #expect(loadError(Data("[1, 2]".utf8))?.description == "this is not a survey bundle: expected an object")
    #expect(loadError(Data("{}".utf8))?.description == "this is not a survey bundle: missing key `format`")
}

@Test func `a newer format is refused with advice to upgrade the runtime`() throws {
    let data = Data(#"{"format": 2, "survey": {"layout": "unknown"}}"#.utf8)
    #expect(loadError(data) == .newerFormat(2))
    #expect(
        loadError(data)?.description
            == "this bundle uses format 2, but this runtime reads format 1 at most: upgrade the runtime")
}

@Test(arguments: ["99999999999999999999", "1e400"])
func `a format number beyond 64 bits is a newer format, not data that is not JSON`(format: String) {
    let data = Data(#"{"format": \#(format), "survey": {"layout": "unknown"}}"#.utf8)
    #expect(loadError(data) == .newerFormat(.max))
    #expect(
        loadError(data)?.description
            == "this bundle uses a format number beyond 64 bits, but this runtime reads format 1 at most: upgrade the runtime")
    #expect(loadError(Data(#"{"format": -\#(format)}"#.utf8)) == .unknownFormat(.min))
}

@Test func `a number too large for its member is refused with its path`() throws {
    let text = String(decoding: Fixture(section("s", ask(.number, "n") { $0.max = 80 })).data, as: UTF8.self)
    let data = Data(text.replacingOccurrences(of: #""max" : 80"#, with: #""max" : 1e400"#).utf8)
    #expect(
        loadError(data)
            == .notABundle(
                path: "survey.sections[0].items[0].question.max", problem: "a number too large: at most about 1.8e308 is allowed"))
}

@Test func `an older or unknown format is refused`() throws {
    var bundle = try tree(small)
    bundle["format"] = 0
    #expect(loadError(try json(bundle)) == .unknownFormat(0))
}

@Test func `content edited after compiling is refused by its digest`() throws {
    var bundle = try tree(small)
    var survey = bundle["survey"] as! [String: Any]
    survey["title"] = "Edited"
    bundle["survey"] = survey
    let error = loadError(try json(bundle))
    guard case .digestMismatch = error else {
        Issue.record("expected a digest mismatch, got \(String(describing: error))")
        return
    }
    #expect(
        error?.description
            == "the bundle's content does not match its digest: it was edited or corrupted after compiling")
}

@Test func `a digest with another algorithm is refused`() throws {
    var bundle = small.bundle
    bundle.digest.algorithm = "md5"
    #expect(throws: LoadError.unknownDigestAlgorithm("md5")) { try LoadedSurvey(bundle) }
}

@Test func `a bundle re-encoded with other formatting still loads`() throws {
    let data = try json(try tree(small))
    #expect(loadError(data) == nil)
}

@Test func `a digest worked out over a survey formatted otherwise is refused`() throws {
    // The survey written compactly, with a digest of that text: the same questionnaire under another digest.
    var bundle = try tree(small)
    let survey = try JSONSerialization.data(withJSONObject: bundle["survey"]!, options: [.sortedKeys])
    var digest = bundle["digest"] as! [String: Any]
    let canonical = digest["content"] as! String
    digest["content"] = SHA256.hex(survey)
    bundle["digest"] = digest
    let text = String(decoding: try json(bundle), as: UTF8.self)
    #expect(loadError(Data(text.utf8)) == .digestMismatch(recorded: SHA256.hex(survey), computed: canonical))
}

@Test func `an unknown question type is named with its coding path`() throws {
    var bundle = try tree(small)
    var survey = bundle["survey"] as! [String: Any]
    var sections = survey["sections"] as! [[String: Any]]
    var items = sections[0]["items"] as! [[String: Any]]
    var question = items[0]["question"] as! [String: Any]
    question["type"] = "slider"
    items[0]["question"] = question
    sections[0]["items"] = items
    survey["sections"] = sections
    bundle["survey"] = survey
    #expect(
        loadError(try json(bundle))?.description
            == "this is not a survey bundle: survey.sections[0].items[0].question.type: `slider` is not one of the values allowed here")
}
