import SeededRandom
import Foundation
import Testing

import SurveyBundle

/// `BundleReader` reads bundle JSON directly; `JSONDecoder` and the bundle types' `Codable` conformances are
/// the reference it must agree with, in the values it reads and in the problems it reports.
@Suite struct BundleReaderTests {
    let surveys = CanonicalWriterTests()

    /// Both readers on the same bytes: the direct one must give the decoder's value, or the decoder's problem.
    func expectSameReading(_ data: Data, sourceLocation: SourceLocation = #_sourceLocation) {
        let direct = Result { () throws(BundleReadError) in try BundleReader.bundle(from: data) }
        let reference = Result { try JSONDecoder().decode(SurveyBundle.Bundle.self, from: data) }
        switch (direct, reference) {
        case (.success(let read), .success(let decoded)):
            #expect(read == decoded, sourceLocation: sourceLocation)
        case (.failure(let error), .failure(let decodingError)):
            let expected = referenceError(decodingError)
            if case .notJSON = expected {
                // The decoder reports a well-formed number a member cannot hold as "not valid JSON"; the reader
                // names the member, as bundle.md says.
                if case .notABundle(_, let problem) = error, problem.hasPrefix("a number too") || problem == "expected a whole number" {
                    return
                }
                guard case .notJSON = error else {
                    Issue.record("expected not JSON, got \(error)", sourceLocation: sourceLocation)
                    return
                }
            } else {
                #expect(error == expected, sourceLocation: sourceLocation)
            }
        case (.success, .failure(let error)):
            Issue.record("read what JSONDecoder refuses: \(error)", sourceLocation: sourceLocation)
        case (.failure(let error), .success):
            Issue.record("refused what JSONDecoder reads: \(error)", sourceLocation: sourceLocation)
        }
    }

    func bundle(_ survey: Survey) -> SurveyBundle.Bundle {
        SurveyBundle.Bundle(digest: Digest(sources: "s", content: "c"), survey: survey)
    }

    @Test func `a bundle that sets every member reads as JSONDecoder reads it`() throws {
        expectSameReading(try bundle(surveys.everything).encoded())
        #expect(try BundleReader.bundle(from: try bundle(surveys.everything).encoded()) == bundle(surveys.everything))
    }

    @Test func `random bundles read as JSONDecoder reads them, however they are formatted`() throws {
        var random = SplitMix64(seed: 6)
        for _ in 0..<200 {
            let original = bundle(surveys.randomSurvey(&random))
            let canonical = try original.encoded()
            #expect(try BundleReader.bundle(from: canonical) == original)
            expectSameReading(canonical)
            let tree = try JSONSerialization.jsonObject(with: canonical)
            expectSameReading(try JSONSerialization.data(withJSONObject: tree))
            expectSameReading(try JSONSerialization.data(withJSONObject: tree, options: [.prettyPrinted, .withoutEscapingSlashes]))
        }
    }

    @Test(arguments: [
        0, -0.0, 1, -1, 0.1, 0.5, 2.5, 37.5, -3.25, 1e15, 1e16, 1.5e16, 1e21, 1e22, 1e23, 1e300, 1e-7, 5e-324, 2.2250738585072014e-308,
        Double.pi, 123_456_789.123, 9_007_199_254_740_993, Double.greatestFiniteMagnitude, 0.30000000000000004,
    ])
    func `numbers read back exactly`(number: Double) throws {
        var survey = surveys.everything
        survey.summaries[0].seconds = number
        survey.sections[0].items.append(.block(Block(condition: .test(Reference(question: "n"), .less, .number(number)), items: [])))
        let original = bundle(survey)
        #expect(try BundleReader.bundle(from: try original.encoded()) == original)
    }

    @Test(arguments: [
        #""a\u00e9\/b\"\\\b\f\n\r\t\u0000""#, #""\uD83D\uDE00 \u20AC""#, #""caf\u00C9""#, "\"caf\u{E9} \u{1F600}\"",
    ])
    func `escapes in strings read as JSONDecoder reads them`(text: String) throws {
        let data = Data(#"{"format": 1, "digest": {"algorithm": \#(text), "sources": "", "content": ""}, "survey": 5}"#.utf8)
        expectSameReading(data)
        let valid = Data(
            #"{"format": 1, "digest": {"algorithm": \#(text), "sources": "", "content": ""}, "survey": {"id": \#(text), "title": "", "version": "", "anonymous": false, "roles": [], "screener": [], "sections": [], "summaries": []}}"#.utf8)
        expectSameReading(valid)
    }

    @Test(arguments: ["5", "5.0", "1e1", "1E+1", "0.5e1", "100e-2", "-0", "9223372036854775807", "-9223372036854775808"])
    func `whole numbers in any spelling read as JSONDecoder reads them`(number: String) {
        expectSameReading(minimal(minutes: number))
    }

    @Test(arguments: ["01", "1.", ".5", "-", "+1", "1e", "NaN", "0x10"])
    func `malformed numbers are not JSON`(number: String) {
        expectSameReading(minimal(minutes: number))
        guard case .notJSON = Result(catching: { () throws(BundleReadError) in try BundleReader.bundle(from: minimal(minutes: number)) }).error else {
            Issue.record("`\(number)` was not refused as not JSON")
            return
        }
    }

    /// `JSONDecoder` refuses these too, but as data that is not JSON, without the path; the reader names the member.
    @Test(arguments: [
        ("5.5", "expected a whole number"),
        ("1e30", "a number too large: a whole number of at most 64 bits is expected"),
        ("9223372036854775808", "a number too large: a whole number of at most 64 bits is expected"),
        ("1e400", "a number too large: a whole number of at most 64 bits is expected"),
    ])
    func `well-formed numbers a member cannot hold are refused with the member's path`(number: String, problem: String) {
        #expect(throws: (any Error).self) { try JSONDecoder().decode(SurveyBundle.Bundle.self, from: minimal(minutes: number)) }
        #expect(
            Result(catching: { () throws(BundleReadError) in try BundleReader.bundle(from: minimal(minutes: number)) }).error
                == .notABundle(path: "survey.minutes", problem: problem))
    }

    @Test func `a number too large or too close to zero for a Double is refused with the member's path`() throws {
        for (number, problem) in [
            ("1e400", "a number too large: at most about 1.8e308 is allowed"),
            ("-1e400", "a number too large: at most about 1.8e308 is allowed"),
            ("1e-400", "a number too close to zero: it would be read as 0"),
        ] {
            let data = try mutated(bundle(surveys.everything)) { question in question["seconds"] = "NUMBER" }
            let text = String(decoding: data, as: UTF8.self).replacingOccurrences(of: #""NUMBER""#, with: number)
            #expect(throws: (any Error).self) { try JSONDecoder().decode(SurveyBundle.Bundle.self, from: Data(text.utf8)) }
            #expect(
                Result(catching: { () throws(BundleReadError) in try BundleReader.bundle(from: Data(text.utf8)) }).error
                    == .notABundle(path: "survey.sections[0].items[0].question.seconds", problem: problem))
        }
    }

    /// A minimal bundle with `minutes` spelled as given.
    func minimal(minutes: String, extra: String = "") -> Data {
        Data(
            #"{"format": 1, "digest": {"algorithm": "sha256", "sources": "", "content": ""}, "survey": {"id": "s", "title": "", "version": "", "anonymous": false, "minutes": \#(minutes), "roles": [], "screener": [], "sections": [], "summaries": []\#(extra)}}"#.utf8)
    }

    @Test func `unknown members, nulls for absent members and a byte order mark are accepted`() throws {
        expectSameReading(minimal(minutes: "null", extra: #", "later": {"a": [1, 2.5e3, true, null, "x"]}"#))
        expectSameReading(Data([0xEF, 0xBB, 0xBF]) + minimal(minutes: "3"))
    }

    @Test(arguments: [
        "", " ", "[1, 2]", "{}", "{", #"{"format": 1"#, #"{"format": 1,}"#, #"{"format": 1} x"#, #"{"format": tru}"#,
        #"{"format": "1"}"#, #"{"format": null}"#, #"{"format": 1, "digest": 3, "survey": []}"#,
        #"{"format": 1, "digest": {"algorithm": 1}}"#, #"{"format": 1, "digest": {"algorithm": "a\x"}}"#,
        #"{"format": 1, "digest": {"algorithm": "\ud800"}}"#, "{\"format\": 1, \"digest\": {\"algorithm\": \"\t\"}}",
    ])
    func `JSON that is malformed or not a bundle is refused as JSONDecoder refuses it`(text: String) {
        expectSameReading(Data(text.utf8))
    }

    @Test func `a member of the wrong type is reported in declaration order, as Codable reports it`() throws {
        // `type` is declared before `text`, though `text` comes first in the sorted JSON.
        let data = try mutated(bundle(surveys.everything)) { question in
            question["text"] = 5
            question["type"] = "slider"
        }
        expectSameReading(data)
        #expect(
            Result(catching: { () throws(BundleReadError) in try BundleReader.bundle(from: data) }).error
                == .notABundle(path: "survey.sections[0].items[0].question.type", problem: "`slider` is not one of the values allowed here"))
    }

    @Test func `a value with two members is refused by both readers, and a null member counts as absent`() throws {
        func condition(_ value: [String: Any]) throws -> Data {
            try mutated(bundle(surveys.everything)) { question in
                question["condition"] = ["op": "test", "ref": ["question": "q"], "test": "is", "value": value]
            }
        }
        let twoMembers = try condition(["option": "la", "number": 3])
        expectSameReading(twoMembers)
        #expect(
            Result(catching: { () throws(BundleReadError) in try BundleReader.bundle(from: twoMembers) }).error
                == .notABundle(
                    path: "survey.sections[0].items[0].question.condition.value",
                    problem: "a value has only one of option, number, text, bool, answer, but this one has 2"))
        let withNull = try condition(["option": "la", "number": NSNull()])
        expectSameReading(withNull)
        guard case .test(_, _, .option("la")) = try BundleReader.bundle(from: withNull).survey.questionsInOrder[0].question.condition
        else {
            Issue.record("a value with a null member did not read as its other member")
            return
        }
    }

    @Test func `random damage to a bundle's members is reported as JSONDecoder reports it`() throws {
        var random = SplitMix64(seed: 7)
        let replacements: [Any] = [NSNull(), 5, 5.5, "text", true, [Any](), [String: Any](), ["op": "nope"], ["kind": "block"]]
        for _ in 0..<400 {
            let original = try JSONSerialization.jsonObject(with: try bundle(surveys.randomSurvey(&random)).encoded())
            var damaged = original
            damage(&damaged, random: &random, replacements: replacements)
            expectSameReading(try JSONSerialization.data(withJSONObject: damaged, options: [.sortedKeys]))
        }
    }

    @Test func `random bytes, truncations and flipped bytes never crash the reader`() throws {
        var random = SplitMix64(seed: 8)
        let canonical = try bundle(surveys.everything).encoded()
        for round in 0..<2000 {
            var bytes = [UInt8](canonical)
            switch round % 3 {
            case 0: bytes = Array(bytes.prefix(random.below(bytes.count)))
            case 1:
                for _ in 0...random.below(4) { bytes[random.below(bytes.count)] = UInt8(truncatingIfNeeded: random.next()) }
            default: bytes = (0..<random.below(64)).map { _ in Array("{}[],:\"\\ 0123456789.eE+-truefalsnl\u{FF}".utf8)[random.below(36)] }
            }
            let data = Data(bytes)
            let read = try? BundleReader.bundle(from: data)
            if let read, let decoded = try? JSONDecoder().decode(SurveyBundle.Bundle.self, from: data) {
                #expect(read == decoded)
            }
            _ = try? BundleReader.format(of: data)
        }
    }

    @Test func `deep nesting is refused without exhausting the stack`() {
        for depth in [600, 100_000] {
            let deep = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
            for data in [Data(deep.utf8), minimal(minutes: "1", extra: #", "later": \#(deep)"#)] {
                guard case .notJSON = Result(catching: { () throws(BundleReadError) in try BundleReader.bundle(from: data) }).error else {
                    Issue.record("nesting \(depth) deep was not refused")
                    continue
                }
            }
        }
        let allowed = String(repeating: "[", count: 500) + String(repeating: "]", count: 500)
        expectSameReading(minimal(minutes: "1", extra: #", "later": \#(allowed)"#))
    }

    @Test func `duplicate members and bad UTF-8 are refused`() throws {
        let duplicate = Data(#"{"format": 1, "format": 1, "digest": {"algorithm": "", "sources": "", "content": ""}, "survey": {}}"#.utf8)
        #expect(
            Result(catching: { () throws(BundleReadError) in try BundleReader.bundle(from: duplicate) }).error
                == .notABundle(path: "", problem: "the member `format` appears twice"))
        var badUTF8 = minimal(minutes: "1", extra: #", "later": "x"#)
        badUTF8.append(contentsOf: [0xFF, 0x22, 0x7D, 0x7D])
        guard case .notJSON = Result(catching: { () throws(BundleReadError) in try BundleReader.bundle(from: badUTF8) }).error else {
            Issue.record("bad UTF-8 was not refused")
            return
        }
    }

    @Test func `a member repeated inside a value that is only skipped is refused`() {
        for (extra, path) in [
            (#", "later": {"a": 1, "a": 2}"#, "survey.later"), (#", "later": [{"b": {"a": 1, "a": 2}}]"#, "survey.later[0].b"),
            (#", "later": 1, "later": 2"#, "survey"),
        ] {
            #expect(
                Result(catching: { () throws(BundleReadError) in try BundleReader.bundle(from: minimal(minutes: "1", extra: extra)) }).error
                    == .notABundle(path: path, problem: "the member `\(extra.contains("b") || extra.contains("{") ? "a" : "later")` appears twice"))
        }
        // The same name spelt with an escape is the same member.
        #expect(
            Result(catching: { () throws(BundleReadError) in
                try BundleReader.bundle(from: minimal(minutes: "1", extra: #", "later": {"a": 1, "\u0061": 2}"#))
            }).error == .notABundle(path: "survey.later", problem: "the member `a` appears twice"))
    }

    @Test func `the format is read after the whole document is checked to be JSON`() throws {
        #expect(try BundleReader.format(of: Data(#"{"survey": {"new": "layout"}, "format": 2}"#.utf8)) == 2)
        #expect(Result(catching: { () throws(BundleReadError) in try BundleReader.format(of: Data("{}".utf8)) }).error == .notABundle(path: "", problem: "missing key `format`"))
        guard case .notJSON = Result(catching: { () throws(BundleReadError) in try BundleReader.format(of: Data(#"{"format": 2, "x": [}"#.utf8)) }).error else {
            Issue.record("malformed JSON after the format was not refused")
            return
        }
    }

    // MARK: Helpers

    /// Changes the first question's JSON object.
    func mutated(_ bundle: SurveyBundle.Bundle, _ change: (inout [String: Any]) -> Void) throws -> Data {
        var tree = try JSONSerialization.jsonObject(with: try bundle.encoded()) as! [String: Any]
        var survey = tree["survey"] as! [String: Any]
        var sections = survey["sections"] as! [[String: Any]]
        var items = sections[0]["items"] as! [[String: Any]]
        var question = items[0]["question"] as! [String: Any]
        change(&question)
        items[0]["question"] = question
        sections[0]["items"] = items
        survey["sections"] = sections
        tree["survey"] = survey
        return try JSONSerialization.data(withJSONObject: tree, options: [.sortedKeys])
    }

    /// Replaces or removes one member or element somewhere in a JSON tree.
    func damage(_ value: inout Any, random: inout SplitMix64, replacements: [Any]) {
        if var object = value as? [String: Any], !object.isEmpty {
            let keys = object.keys.sorted()
            let key = keys[random.below(keys.count)]
            switch random.below(4) {
            case 0: object.removeValue(forKey: key)
            case 1: object[key] = replacements[random.below(replacements.count)]
            default: damage(&object[key]!, random: &random, replacements: replacements)
            }
            value = object
        } else if var array = value as? [Any], !array.isEmpty {
            let index = random.below(array.count)
            if random.below(3) == 0 {
                array[index] = replacements[random.below(replacements.count)]
            } else {
                damage(&array[index], random: &random, replacements: replacements)
            }
            value = array
        } else if random.below(2) == 0 {
            value = replacements[random.below(replacements.count)]
        }
    }

    /// What the runtime reported for a `DecodingError` before `BundleReader`: the wording the reader must keep.
    func referenceError(_ error: any Error) -> BundleReadError {
        guard let error = error as? DecodingError else { return .notABundle(path: "", problem: String(describing: error)) }
        func path(_ keys: [any CodingKey]) -> String {
            var text = ""
            for key in keys {
                if let index = key.intValue {
                    text += "[\(index)]"
                } else {
                    if !text.isEmpty { text += "." }
                    text += key.stringValue
                }
            }
            return text
        }
        func wording(of type: Any.Type) -> String {
            switch type {
            case is String.Type: "a string"
            case is Int.Type, is Double.Type: "a number"
            case is Bool.Type: "true or false"
            default: String(describing: type).hasPrefix("Array") ? "an array" : "an object"
            }
        }
        switch error {
        case .keyNotFound(let key, let context):
            return .notABundle(path: path(context.codingPath), problem: "missing key `\(key.stringValue)`")
        case .typeMismatch(let type, let context):
            return .notABundle(path: path(context.codingPath), problem: "expected \(wording(of: type))")
        case .valueNotFound(let type, let context):
            return .notABundle(path: path(context.codingPath), problem: "expected \(wording(of: type)), found null")
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty { return .notJSON(context.debugDescription) }
            let marker = "from invalid String value "
            guard let range = context.debugDescription.range(of: marker) else {
                return .notABundle(path: path(context.codingPath), problem: context.debugDescription)
            }
            return .notABundle(
                path: path(context.codingPath),
                problem: "`\(context.debugDescription[range.upperBound...])` is not one of the values allowed here")
        @unknown default:
            return .notABundle(path: "", problem: String(describing: error))
        }
    }
}

extension Result {
    /// The failure, if there is one.
    var error: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}

extension BundleReaderTests {
    @Test func `deeply nested conditions read as JSONDecoder reads them`() throws {
        var rule = Condition.answered(Reference(question: "q"))
        for depth in 0..<200 { rule = depth % 2 == 0 ? .not(rule) : .and([rule]) }
        var survey = surveys.everything
        survey.roles[0].rule = rule
        let data = try bundle(survey).encoded()
        expectSameReading(data)
        #expect(try BundleReader.bundle(from: data).survey.roles[0].rule == rule)
    }
}
