import Foundation
import SeededRandom
import SurveyLanguage
import Testing

@testable import SurveyCommandLine

@Suite struct LanguageServerTests {
    /// A message body from JSON written as a Swift dictionary.
    static func body(_ object: [String: Any]) -> [UInt8] {
        Array(try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]))
    }

    /// The replies as dictionaries.
    static func replies(_ bodies: [[UInt8]]) -> [[String: Any]] {
        bodies.map { try! JSONSerialization.jsonObject(with: Data($0)) as! [String: Any] }
    }

    static func initialize(_ server: inout LanguageServer, encodings: [String]? = nil) -> [String: Any] {
        var params: [String: Any] = ["capabilities": [String: Any]()]
        if let encodings { params["capabilities"] = ["general": ["positionEncodings": encodings]] }
        return replies(server.handle(body(["jsonrpc": "2.0", "id": 1, "method": "initialize", "params": params])))[0]
    }

    static func open(_ server: inout LanguageServer, _ uri: String, _ text: String) -> [[String: Any]] {
        replies(
            server.handle(
                body([
                    "jsonrpc": "2.0", "method": "textDocument/didOpen",
                    "params": ["textDocument": ["uri": uri, "languageId": "survey", "version": 1, "text": text]],
                ])))
    }

    static func change(_ server: inout LanguageServer, _ uri: String, _ text: String) -> [[String: Any]] {
        replies(
            server.handle(
                body([
                    "jsonrpc": "2.0", "method": "textDocument/didChange",
                    "params": ["textDocument": ["uri": uri, "version": 2], "contentChanges": [["text": text]]],
                ])))
    }

    /// The result of a request about a position in a document (null as `NSNull`).
    static func ask(_ server: inout LanguageServer, _ method: String, _ uri: String, _ line: Int, _ character: Int) -> Any? {
        replies(
            server.handle(
                body([
                    "jsonrpc": "2.0", "id": 1, "method": method,
                    "params": ["textDocument": ["uri": uri], "position": ["line": line, "character": character]],
                ])))[0]["result"]
    }

    /// The diagnostics published for each URI.
    static func published(_ replies: [[String: Any]]) -> [String: [[String: Any]]] {
        var result: [String: [[String: Any]]] = [:]
        for reply in replies where reply["method"] as? String == "textDocument/publishDiagnostics" {
            let params = reply["params"] as! [String: Any]
            result[params["uri"] as! String] = params["diagnostics"] as? [[String: Any]]
        }
        return result
    }

    static func start(_ diagnostic: [String: Any]) -> [Int] {
        let start = (diagnostic["range"] as! [String: Any])["start"] as! [String: Int]
        return [start["line"]!, start["character"]!]
    }

    static func noFiles(_ path: String) -> Result<[UInt8], ReadFailure> { .failure(ReadFailure("no such file")) }
    static let broken = """
        survey s "S" {
        }
        section a "A" {
          single q "Q é 😀?" from colours
        }

        """

    @Test func `initialize answers with the capabilities and the position encoding`() {
        var server = LanguageServer(read: Self.noFiles)
        let result = Self.initialize(&server)["result"] as! [String: Any]
        let capabilities = result["capabilities"] as! [String: Any]
        #expect(capabilities["positionEncoding"] as? String == "utf-16")
        #expect(capabilities["documentFormattingProvider"] as? Bool == true)
        #expect((capabilities["textDocumentSync"] as! [String: Any])["change"] as? Int == 2)
        var utf8Server = LanguageServer(read: Self.noFiles)
        let utf8 = Self.initialize(&utf8Server, encodings: ["utf-8", "utf-16"])["result"] as! [String: Any]
        #expect((utf8["capabilities"] as! [String: Any])["positionEncoding"] as? String == "utf-8")
    }

    @Test func `an opened survey's problems are published where they are, and cleared when fixed`() throws {
        var server = LanguageServer(read: Self.noFiles)
        _ = Self.initialize(&server)
        let uri = "file:///work/My%20Survey.survey"
        let diagnostics = try #require(Self.published(Self.open(&server, uri, Self.broken))[uri])
        #expect(diagnostics.count == 1)
        #expect(diagnostics[0]["code"] as? String == "E0304")
        #expect(diagnostics[0]["severity"] as? Int == 1)
        #expect(diagnostics[0]["message"] as? String == "unknown choice list `colours`\nhelp: declare it with `choices colours { … }`")
        // UTF-16: `é` is one unit and the emoji two, so `colours` starts at character 26 of line 3.
        #expect(Self.start(diagnostics[0]) == [3, 26])

        let fixed = Self.broken.replacingOccurrences(of: " from colours", with: " {\n    a \"A\"\n    b \"B\"\n  }")
        #expect(Self.published(Self.change(&server, uri, fixed))[uri]?.isEmpty == true)
    }

    @Test func `changes to ranges are applied in order, in UTF-16 positions`() throws {
        var server = LanguageServer(read: Self.noFiles)
        _ = Self.initialize(&server)
        let uri = "file:///r.survey"
        #expect(Self.published(Self.open(&server, uri, Self.broken))[uri]?.count == 1)
        func range(_ line: Int, _ start: Int, _ endLine: Int, _ end: Int) -> [String: Any] {
            ["start": ["line": line, "character": start], "end": ["line": endLine, "character": end]]
        }
        let changes: [[String: Any]] = [
            // `colours`, after the emoji's two UTF-16 units, becomes `shades`; then a list of that name is added at the end.
            ["range": range(3, 26, 3, 33), "text": "shades"],
            ["range": range(5, 0, 5, 0), "text": "choices shades {\n  dark \"Dark\"\n  pale \"Pale\"\n}\n"],
        ]
        let replies = Self.replies(
            server.handle(
                Self.body([
                    "jsonrpc": "2.0", "method": "textDocument/didChange",
                    "params": ["textDocument": ["uri": uri, "version": 2], "contentChanges": changes],
                ])))
        #expect(Self.published(replies)[uri]?.isEmpty == true)
        let symbols = Self.replies(
            server.handle(Self.body(["jsonrpc": "2.0", "id": 3, "method": "textDocument/documentSymbol", "params": ["textDocument": ["uri": uri]]])))[0]
        #expect((symbols["result"] as? [[String: Any]])?.map { $0["name"] as? String } == ["s", "a", "shades"])
    }

    @Test func `with UTF-8 positions a character is a byte`() throws {
        var server = LanguageServer(read: Self.noFiles)
        _ = Self.initialize(&server, encodings: ["utf-8"])
        let diagnostics = try #require(Self.published(Self.open(&server, "file:///s.survey", Self.broken))["file:///s.survey"])
        // `é` is two bytes and the emoji four: 26 characters, 29 bytes.
        #expect(Self.start(diagnostics[0]) == [3, 29])
    }

    @Test func `a byte order mark is not counted in the first line's positions`() throws {
        var server = LanguageServer(read: Self.noFiles)
        _ = Self.initialize(&server)
        let text = "\u{FEFF}survey s \"S\" { versoin \"1\"\n}\n"
        let diagnostics = try #require(Self.published(Self.open(&server, "file:///b.survey", text))["file:///b.survey"])
        #expect(Self.start(diagnostics[0]) == [0, 15])
    }

    @Test func `problems in an included file are published for that file, and an open included file is checked through its includer`() throws {
        let part = "choices colours {\n  red \"Red\"\n  red \"Red again\"\n}\n"
        let main = "survey s \"S\" {\n}\ninclude \"part.survey\"\nsection a \"A\" {\n  single q \"Q?\" from colours\n}\n"
        var server = LanguageServer(read: { path in path == "/w/part.survey" ? .success(Array(part.utf8)) : .failure(ReadFailure("no such file")) })
        _ = Self.initialize(&server)
        let published = Self.published(Self.open(&server, "file:///w/main.survey", main))
        #expect(published["file:///w/main.survey"]?.isEmpty == true)
        #expect(published["file:///w/part.survey"]?.map { $0["code"] as? String } == ["E0301"])

        // Opened too, the part is not checked alone (it has no header): its text in the editor is what counts.
        let afterOpening = Self.published(Self.open(&server, "file:///w/part.survey", part.replacingOccurrences(of: "Red again", with: "R2").replacingOccurrences(of: "  red \"R2\"", with: "  rose \"R2\"")))
        #expect(afterOpening["file:///w/part.survey"]?.isEmpty == true)
        #expect(afterOpening["file:///w/main.survey"]?.isEmpty == true)
    }

    @Test func `formatting replaces the whole document, or returns no edit`() throws {
        var server = LanguageServer(read: Self.noFiles)
        _ = Self.initialize(&server)
        let uri = "file:///f.survey"
        let messy = "survey s \"S\" {\n}\nsection a \"A\" {\nyesno q \"Q?\"\n}\n"
        _ = Self.open(&server, uri, messy)
        let request = Self.body([
            "jsonrpc": "2.0", "id": 7, "method": "textDocument/formatting",
            "params": ["textDocument": ["uri": uri], "options": ["tabSize": 2, "insertSpaces": true]],
        ])
        let reply = Self.replies(server.handle(request))[0]
        #expect(reply["id"] as? Int == 7)
        let edits = try #require(reply["result"] as? [[String: Any]])
        let formatted = try format(SourceFile(path: "f.survey", text: messy)).get()
        #expect(edits.count == 1)
        #expect(edits[0]["newText"] as? String == formatted)
        #expect(((edits[0]["range"] as! [String: Any])["end"] as! [String: Int]) == ["line": 5, "character": 0])

        _ = Self.change(&server, uri, formatted)
        #expect((Self.replies(server.handle(request))[0]["result"] as? [Any])?.isEmpty == true)
        // A byte order mark before formatted text is kept, and the text is already formatted.
        _ = Self.change(&server, uri, "\u{FEFF}" + formatted)
        #expect((Self.replies(server.handle(request))[0]["result"] as? [Any])?.isEmpty == true)
        _ = Self.change(&server, uri, Self.broken + "}")
        #expect(Self.replies(server.handle(request))[0]["result"] is NSNull)
    }

    @Test func `requests out of turn, unknown methods and bad JSON get protocol errors`() {
        var server = LanguageServer(read: Self.noFiles)
        func error(_ bytes: [UInt8]) -> Int? {
            (Self.replies(server.handle(bytes)).first?["error"] as? [String: Any])?["code"] as? Int
        }
        #expect(error(Self.body(["jsonrpc": "2.0", "id": 1, "method": "shutdown"])) == -32002)
        #expect(server.handle(Self.body(["jsonrpc": "2.0", "method": "textDocument/didOpen", "params": [String: Any]()])).isEmpty)
        _ = Self.initialize(&server)
        #expect(error(Self.body(["jsonrpc": "2.0", "id": 2, "method": "textDocument/references", "params": [String: Any]()])) == -32601)
        #expect(error(Self.body(["jsonrpc": "2.0", "id": 3, "method": "textDocument/formatting", "params": ["textDocument": 5]])) == -32602)
        #expect(error(Array("{not json".utf8)) == -32700)
        // JSON that is not a request: an identifier that is neither a number nor a string, or not an object.
        #expect(error(Self.body(["jsonrpc": "2.0", "id": true, "method": "shutdown"])) == -32600)
        #expect(error(Self.body(["jsonrpc": "2.0", "id": 1.5, "method": "shutdown"])) == -32600)
        #expect(error(Array("[1, 2]".utf8)) == -32600)
        // An object without a method is a response only with an identifier and a result or an error.
        #expect(error(Array("{}".utf8)) == -32600)
        #expect(error(Self.body(["jsonrpc": "2.0", "id": 5])) == -32600)
        #expect(server.handle(Self.body(["jsonrpc": "2.0", "id": 5, "result": NSNull()])).isEmpty)
        #expect(server.handle(Self.body(["jsonrpc": "2.0", "id": 5, "error": ["code": 1, "message": "no"]])).isEmpty)
        let unreadable = Self.replies(server.handle(Self.body(["jsonrpc": "2.0", "id": 6, "method": 7])))[0]
        #expect(unreadable["id"] as? Int == 6)
        // Nesting too deep for the decoder is refused as not JSON, not followed down the stack.
        #expect(error(Array(repeating: UInt8(ascii: "["), count: 100_000) + Array(repeating: UInt8(ascii: "]"), count: 100_000)) == -32700)
        #expect(server.handle(Self.body(["jsonrpc": "2.0", "method": "$/cancelRequest", "params": ["id": 2]])).isEmpty)
        #expect(Self.replies(server.handle(Self.body(["jsonrpc": "2.0", "id": "s", "method": "shutdown"])))[0]["id"] as? String == "s")
        #expect(error(Self.body(["jsonrpc": "2.0", "id": 4, "method": "textDocument/formatting", "params": [String: Any]()])) == -32600)
        #expect(server.exitStatus == nil)
        _ = server.handle(Self.body(["jsonrpc": "2.0", "method": "exit"]))
        #expect(server.exitStatus == 0)
    }

    @Test func `exit without shutdown is status 1`() {
        var server = LanguageServer(read: Self.noFiles)
        _ = Self.initialize(&server)
        _ = server.handle(Self.body(["jsonrpc": "2.0", "method": "exit"]))
        #expect(server.exitStatus == 1)
    }

    @Test func `messages are read whole across chunks, several to a chunk, with any header case`() throws {
        let first = Array(#"{"a":"é"}"#.utf8), second = Array("{}".utf8)
        let stream = Array("content-length: \(first.count)\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n".utf8) + first + framed(second)
        for size in [1, 3, 7, stream.count] {
            var chunks = stride(from: 0, to: stream.count, by: size).map { Array(stream[$0..<min($0 + size, stream.count)]) }
            var reader = MessageReader(readChunk: { chunks.isEmpty ? nil : chunks.removeFirst() })
            #expect(try reader.next() == first)
            #expect(try reader.next() == second)
            #expect(try reader.next() == nil)
        }
    }

    @Test func `a broken frame is an error, not a hang`() {
        func read(_ text: String) throws(MessageReader.FramingError) -> [UInt8]? {
            var chunks = [Array(text.utf8)]
            var reader = MessageReader(readChunk: { chunks.isEmpty ? nil : chunks.removeFirst() })
            return try reader.next()
        }
        #expect(throws: MessageReader.FramingError(reason: "a message has no `Content-Length` header")) { try read("X: 1\r\n\r\n{}") }
        #expect(throws: MessageReader.FramingError(reason: "the input ended inside a message body")) { try read("Content-Length: 10\r\n\r\n{}") }
        #expect(throws: MessageReader.FramingError(reason: "the input ended inside a message header")) { try read("Content-Length: 2\r\n") }
        #expect(throws: MessageReader.FramingError(reason: "`Content-Length` is not a number:  x")) { try read("Content-Length: x\r\n\r\n") }
    }

    @Test func `hovering over a question's name, declared or tested, describes it`() throws {
        var server = LanguageServer(read: Self.noFiles)
        _ = Self.initialize(&server)
        let uri = "file:///h.survey"
        let text = """
            survey s "S" {
            }
            section a "A" {
              yesno employed "Are you employed?" required
              number caseload "How many cases? 😀" range 0...80 unit "cases" when employed is yes
              note "Thank you for {caseload|your answer}."
            }

            """
        _ = Self.open(&server, uri, text)
        func hover(_ line: Int, _ character: Int) -> Any? { Self.ask(&server, "textDocument/hover", uri, line, character) }
        // `employed` where `caseload`'s condition tests it (line 4, after the emoji: two UTF-16 units).
        let tested = try #require(hover(4, 72) as? [String: Any])
        #expect(((tested["contents"] as! [String: Any])["value"] as? String) == """
            **`employed`** · yesno, required · section `a`

            Are you employed?

            Yes or no.

            Asked of everyone who reaches it.
            """)
        #expect(((tested["range"] as! [String: Any])["start"] as! [String: Int]) == ["line": 4, "character": 70])
        let declared = try #require(hover(4, 9) as? [String: Any])
        #expect(((declared["contents"] as! [String: Any])["value"] as? String)?.hasSuffix(
            "A whole number from 0 to 80 (cases).\n\nAsked only of those who answered “Yes” to `employed`.") == true)
        #expect(hover(4, 3) is NSNull)  // the keyword `number`
        #expect(hover(4, 30) is NSNull)  // inside the text
        let piped = try #require(hover(5, 24) as? [String: Any])  // `{caseload|…}`
        #expect(((piped["contents"] as! [String: Any])["value"] as? String)?.hasPrefix("**`caseload`** · number") == true)
        #expect(hover(5, 34) is NSNull)  // the pipe's words
        _ = Self.change(&server, uri, text.replacingOccurrences(of: "is yes", with: "is maybe"))
        #expect(hover(4, 72) is NSNull)  // the survey has errors
    }

    @Test func `going to a name's definition finds its declaration, in an included file too, in a survey with errors`() throws {
        let part = "choices colours {\n  red \"Red\"\n}\n"
        let main = """
            survey s "S" {
            }
            include "part.survey"
            roles {
              staff "Staff" when employed is yes
            }
            section a "A" {
              yesno employed "Are you employed?" required
              single colour "Colour?" from colours when role is staff and employed is yes
              number broken "Broken?" range 0..80
              note "You said { employed|no}, {{colour}} {colour}."
              note “Curly {employed}, and {employed x}.”
            }

            """
        var server = LanguageServer(read: { path in path == "/w/part.survey" ? .success(Array(part.utf8)) : .failure(ReadFailure("no such file")) })
        _ = Self.initialize(&server)
        _ = Self.open(&server, "file:///w/main.survey", main)
        func definitions(_ line: Int, _ character: Int) -> [String] {
            (Self.ask(&server, "textDocument/definition", "file:///w/main.survey", line, character) as! [[String: Any]]).map { location in
                let start = (location["range"] as! [String: Any])["start"] as! [String: Int]
                return "\(location["uri"]!):\(start["line"]!):\(start["character"]!)"
            }
        }
        #expect(definitions(8, 34) == ["file:///w/part.survey:0:8"])  // `colours` after `from`
        #expect(definitions(8, 54) == ["file:///w/main.survey:4:2"])  // the role `staff`
        #expect(definitions(8, 64) == ["file:///w/main.survey:7:8"])  // `employed` in the condition
        #expect(definitions(4, 23) == ["file:///w/main.survey:7:8"])  // `employed` in the role's rule
        #expect(definitions(8, 3) == [])  // the keyword `single`
        #expect(definitions(10, 22) == ["file:///w/main.survey:7:8"])  // `employed` in a pipe
        #expect(definitions(10, 37) == [])  // `{{colour}}` is not a pipe
        #expect(definitions(10, 46) == ["file:///w/main.survey:8:9"])  // `{colour}`
        // Pipes are read as the checker reads them: in a string opened with `“` too, and `{employed x}` names
        // `employed x`, which E0309 reports, not `employed`.
        #expect(definitions(11, 17) == ["file:///w/main.survey:7:8"])
        #expect(definitions(11, 33) == [])
    }

    @Test func `the outline lists roles, lists and sections with their questions, blocks flattened`() throws {
        var server = LanguageServer(read: Self.noFiles)
        _ = Self.initialize(&server)
        let text = """
            survey s "S" {
            }
            roles {
              staff "Staff" when employed is yes
            }
            choices colours {
              red "Red"
            }
            section a "A" {
              yesno employed "Are you employed?" required
              when employed is yes {
                single colour "Colour?" from colours
                grid feel "How do you feel?" from colours {
                  calm "I am calm"
                }
              }
            }

            """
        _ = Self.open(&server, "file:///o.survey", text)
        let reply = Self.replies(
            server.handle(
                Self.body(["jsonrpc": "2.0", "id": 3, "method": "textDocument/documentSymbol", "params": ["textDocument": ["uri": "file:///o.survey"]]])))[0]
        func describe(_ symbols: [[String: Any]]) -> [String] {
            symbols.map { symbol in
                let children = describe(symbol["children"] as! [[String: Any]])
                return "\(symbol["name"]!)/\(symbol["kind"]!)" + (children.isEmpty ? "" : "(" + children.joined(separator: " ") + ")")
            }
        }
        let symbols = try #require(reply["result"] as? [[String: Any]])
        #expect(describe(symbols) == ["s/1", "roles/3(staff/5)", "colours/10(red/22)", "a/2(employed/8 colour/8 feel/8(calm/8))"])
        let section = symbols[3]
        #expect(section["detail"] as? String == "A")
        #expect(((section["selectionRange"] as! [String: Any])["start"] as! [String: Int]) == ["line": 8, "character": 8])
        #expect(((section["range"] as! [String: Any])["end"] as! [String: Int]) == ["line": 16, "character": 1])
    }

    @Test func `completion offers the names that fit where the cursor is`() {
        func complete(_ last: String) -> [String] {
            let text = """
                survey s "S" {
                }
                roles {
                  staff "Staff" when employed is yes
                }
                choices colours {
                  red "Red"
                  blue "Blue"
                }
                section a "A" {
                  yesno employed "Are you employed?" required
                  single colour "Colour?" from colours
                  grid feel "How do you feel?" from colours {
                    calm "I am calm"
                  }

                """ + last + "\n}\n"
            let cursor = text.utf8.firstIndex(of: UInt8(ascii: "|"))!
            let offset = text.utf8.distance(from: text.utf8.startIndex, to: cursor)
            let file = SourceFile(path: "c.survey", text: text.replacingOccurrences(of: "|", with: ""))
            var server = LanguageServer(read: Self.noFiles)
            _ = Self.initialize(&server)
            _ = Self.open(&server, "file:///c.survey", text.replacingOccurrences(of: "|", with: ""))
            let position = PositionEncoding.utf16.position(of: offset, in: file)
            let items = Self.ask(&server, "textDocument/completion", "file:///c.survey", position.line, position.character)
            return (items as! [[String: Any]]).map { $0["label"] as! String }
        }
        #expect(complete("  single other \"Other?\" from |") == ["colours"])
        #expect(complete("  single other \"Other?\" from co|") == ["colours"])
        #expect(complete("  text why \"Why?\" when colour is |") == ["red", "blue"])
        #expect(complete("  text why \"Why?\" when colour is not b|") == ["red", "blue"])
        #expect(complete("  text why \"Why?\" when employed is |") == ["yes", "no"])
        #expect(complete("  text why \"Why?\" when colour in (red, |") == ["red", "blue"])
        #expect(complete("  text why \"Why?\" when feel.|") == ["calm"])
        #expect(complete("  text why \"Why?\" when feel.calm >= |") == ["red", "blue"])
        #expect(complete("  text why \"Why?\" when role is |") == ["staff"])
        #expect(complete("  text why \"Why?\" when role in (|") == ["staff"])
        #expect(complete("  text why \"Why?\" when |").starts(with: ["employed", "colour", "feel"]))
        #expect(complete("  text why \"Why?\" when employed is yes and (|").starts(with: ["employed", "colour", "feel"]))
        #expect(complete("  text why \"Wh|y?\"").isEmpty)
        // Nothing in a comment, or in a string not closed yet.
        #expect(complete("  text why \"Why?\" when employed is // or (|").isEmpty)
        #expect(complete("  // Shared lists (|").isEmpty)
        #expect(complete("  text why \"Why (|").isEmpty)
        #expect(complete("  text why \"Say \\\"no\\\" // (\" |") == ["required", "help", "long", "max", "continues", "when", "check"])
        // Where no name fits, the keywords that do.
        #expect(complete("  text why \"Why?\" |") == ["required", "help", "long", "max", "continues", "when", "check"])
        #expect(complete("  multiple many \"Many?\" from colours |").contains("up to"))
        #expect(complete("  |") == ["single", "multiple", "ranking", "text", "number", "decimal", "scale", "grid", "yesno", "note", "when"])
        #expect(complete("  single pick \"Pick?\" {\n    |").isEmpty)
        #expect(complete("}\n|") == ["survey", "include", "roles", "choices", "section"])
    }

    @Test func `completion in the survey header offers its fields`() {
        var server = LanguageServer(read: Self.noFiles)
        _ = Self.initialize(&server)
        _ = Self.open(&server, "file:///h.survey", "survey s \"S\" {\n  \n}\n")
        let items = Self.ask(&server, "textDocument/completion", "file:///h.survey", 1, 2) as? [[String: Any]]
        #expect(items?.map { $0["label"] as? String } == ["version", "anonymous", "minutes", "description"])
        #expect(items?.first?["kind"] as? Int == 14)
    }

    @Test func `a diagnostic's fix is offered as a quick fix where the cursor is`() throws {
        var server = LanguageServer(read: Self.noFiles)
        _ = Self.initialize(&server)
        _ = Self.open(&server, "file:///q.survey", Self.broken.replacingOccurrences(of: "from colours", with: "from colours\nchoices colors {\n  red \"Red\"\n}"))
        func actions(_ line: Int, _ character: Int) -> [[String: Any]] {
            let request = Self.body([
                "jsonrpc": "2.0", "id": 6, "method": "textDocument/codeAction",
                "params": [
                    "textDocument": ["uri": "file:///q.survey"],
                    "range": ["start": ["line": line, "character": character], "end": ["line": line, "character": character]],
                    "context": ["diagnostics": [Any]()],
                ],
            ])
            return Self.replies(server.handle(request))[0]["result"] as! [[String: Any]]
        }
        // The choices are declared as `colors`, after the section; the question names `colours`.
        let found = actions(3, 28)
        #expect(found.count == 1)
        #expect(found.first?["title"] as? String == "Replace `colours` with `colors`")
        #expect(found.first?["kind"] as? String == "quickfix")
        let edits = try #require(((found.first?["edit"] as? [String: Any])?["changes"] as? [String: Any])?["file:///q.survey"] as? [[String: Any]])
        #expect(edits.first?["newText"] as? String == "colors")
        #expect(((edits.first?["range"] as! [String: Any])["start"] as! [String: Int]) == ["line": 3, "character": 26])
        #expect(actions(0, 0).isEmpty)
    }

    @Test(arguments: ["\r\n", "\r"])
    func `a position past the end of a line ended by CR LF or a CR alone is before the CR`(ending: String) throws {
        var server = LanguageServer(read: Self.noFiles)
        _ = Self.initialize(&server)
        let uri = "file:///crlf.survey"
        _ = Self.open(&server, uri, ["survey s \"S\" { version \"1\" }", "section a \"A\" {", "  yesno q1 \"Q\"", "}", ""].joined(separator: ending))
        let change: [String: Any] = ["range": ["start": ["line": 0, "character": 1000], "end": ["line": 0, "character": 1000]], "text": " x"]
        let replies = Self.replies(
            server.handle(
                Self.body([
                    "jsonrpc": "2.0", "method": "textDocument/didChange",
                    "params": ["textDocument": ["uri": uri, "version": 2], "contentChanges": [change]],
                ])))
        let diagnostic = try #require(Self.published(replies)[uri]?.first)
        #expect(diagnostic["code"] as? String == "E0202")
        #expect(Self.start(diagnostic) == [0, 29])
    }

    @Test func `files that include each other are each checked, and report their problems`() {
        let one = "survey s \"S\" {\n}\ninclude \"two.survey\"\nsection a \"A\" {\n  yesno q \"Q?\" when nope is yes\n}\n"
        let two = "include \"one.survey\"\n"
        var server = LanguageServer(read: Self.noFiles)
        _ = Self.initialize(&server)
        _ = Self.open(&server, "file:///c/one.survey", one)
        let published = Self.published(Self.open(&server, "file:///c/two.survey", two))
        #expect(published["file:///c/one.survey"]?.map { $0["code"] as? String }.contains("E0303") == true)
        #expect(published["file:///c/two.survey"]?.isEmpty == false)
    }

    @Test func `an included open file is read in its includer: hover, definition, completion, and fixes once`() throws {
        let shared = "choices colours {\n  red \"Red\"\n}\nsection extra \"Extra\" {\n  yesno more \"More?\" when wanted is rde\n}\n"
        func main(_ name: String) -> String {
            "survey \(name) \"S\" {\n}\nsection a \"A\" {\n  single wanted \"Wanted?\" from colours\n}\ninclude \"shared.survey\"\n"
        }
        var server = LanguageServer(read: Self.noFiles)
        _ = Self.initialize(&server)
        _ = Self.open(&server, "file:///i/a.survey", main("a"))
        _ = Self.open(&server, "file:///i/b.survey", main("b"))
        _ = Self.open(&server, "file:///i/shared.survey", shared)
        let uri = "file:///i/shared.survey"
        let actions = Self.replies(
            server.handle(
                Self.body([
                    "jsonrpc": "2.0", "id": 2, "method": "textDocument/codeAction",
                    "params": [
                        "textDocument": ["uri": uri], "range": ["start": ["line": 4, "character": 37], "end": ["line": 4, "character": 37]],
                        "context": ["diagnostics": [Any]()],
                    ],
                ])))[0]["result"] as? [[String: Any]]
        #expect(actions?.map { $0["title"] as? String } == ["Replace `rde` with `red`"])
        // `wanted` is declared in the includers; the shared file alone has no header.
        let definition = Self.ask(&server, "textDocument/definition", uri, 4, 30) as? [[String: Any]]
        #expect(definition?.map { $0["uri"] as? String } == ["file:///i/a.survey"])
        let completion = Self.ask(&server, "textDocument/completion", uri, 4, 39) as? [[String: Any]]
        #expect(completion?.map { $0["label"] as? String } == ["red"])
        _ = Self.change(&server, uri, shared.replacingOccurrences(of: "rde", with: "red"))
        let hover = try #require(Self.ask(&server, "textDocument/hover", uri, 4, 30) as? [String: Any])
        #expect(((hover["contents"] as! [String: Any])["value"] as! String).hasPrefix("**`wanted`** · single"))
    }

    @Test func `a name on the value side of a test is an option, not a question or role of the same name`() throws {
        let text = """
            survey s "S" {
            }
            roles {
              agency "Agency" when employer is agency
            }
            section a "A" {
              single employer "Employer?" {
                council "A council"
                agency  "An agency"
              }
              yesno agency2 "Agency?" when employer is agency
            }

            """
        var server = LanguageServer(read: Self.noFiles)
        _ = Self.initialize(&server)
        _ = Self.open(&server, "file:///v.survey", text)
        func definitions(_ line: Int, _ character: Int) -> [String] {
            (Self.ask(&server, "textDocument/definition", "file:///v.survey", line, character) as! [[String: Any]]).map { location in
                let start = (location["range"] as! [String: Any])["start"] as! [String: Int]
                return "\(start["line"]!):\(start["character"]!)"
            }
        }
        #expect(definitions(10, 45) == ["8:4"])  // the option, not the role
        #expect(definitions(3, 38) == ["8:4"])  // in the role's rule too
        #expect(definitions(3, 4) == ["3:2"])  // the role's own declaration
        #expect(Self.ask(&server, "textDocument/hover", "file:///v.survey", 10, 45) is NSNull)
    }

    @Test func `an unsaved document cannot include, and its problems carry its own URI`() {
        var server = LanguageServer(read: { _ in .success(Array("choices c {\n  a \"A\"\n}\n".utf8)) })
        _ = Self.initialize(&server)
        let published = Self.published(Self.open(&server, "untitled:Untitled-1", "survey s \"S\" {\n}\ninclude \"shared/x.survey\"\n"))
        #expect(published.keys.sorted() == ["untitled:Untitled-1"])
        #expect(published["untitled:Untitled-1"]?.map { $0["code"] as? String } == ["E0607"])
    }

    @Test func `a second initialize is refused, and a notification that cannot be read is logged`() {
        var server = LanguageServer(read: Self.noFiles)
        _ = Self.initialize(&server, encodings: ["utf-8"])
        let again = Self.initialize(&server)
        #expect((again["error"] as? [String: Any])?["code"] as? Int == -32600)
        let log = Self.replies(server.handle(Self.body(["jsonrpc": "2.0", "method": "textDocument/didOpen", "params": ["textDocument": 3]])))
        #expect(log.first?["method"] as? String == "window/logMessage")
        #expect(((log.first?["params"] as? [String: Any])?["message"] as? String)?.hasPrefix("survey lsp could not take `textDocument/didOpen`") == true)
    }

    @Test func `positions and offsets convert both ways in both encodings`() {
        let file = SourceFile(path: "p.survey", text: "ab\né😀x\n\nlast")
        for encoding in [PositionEncoding.utf8, .utf16] {
            for offset in [0, 1, 2, 3, 5, 9, 10, 11, 12, 16] {
                #expect(encoding.offset(of: encoding.position(of: offset, in: file), in: file) == offset, "\(encoding) \(offset)")
            }
            // Past the end of a line is its end; past the last line is the end of the file.
            #expect(encoding.offset(of: LSP.Position(line: 0, character: 99), in: file) == 2)
            #expect(encoding.offset(of: LSP.Position(line: 9, character: 0), in: file) == 16)
        }
        #expect(PositionEncoding.utf16.position(of: 9, in: file) == LSP.Position(line: 1, character: 3))
        #expect(PositionEncoding.utf8.position(of: 9, in: file) == LSP.Position(line: 1, character: 6))
    }

    @Test func `any position in the shipped surveys, mutated, answers hover, definition and formatting`() throws {
        let folder = commandRepository.appendingPathComponent("surveys")
        var generator = SplitMix64(seed: 23)
        for name in ["big-listen-2023.survey", "big-conversation-2025.survey"] {
            let path = folder.appendingPathComponent(name).path
            var server = LanguageServer(read: readBytes)
            _ = Self.initialize(&server, encodings: generator.below(2) == 0 ? ["utf-8"] : nil)
            var text = Array(try String(contentsOfFile: path, encoding: .utf8).utf8)
            let uri = FileURI.uri(of: path)
            _ = Self.open(&server, uri, String(decoding: text, as: UTF8.self))
            for round in 0..<40 {
                // Every fourth round cuts a few bytes out, so positions also land in broken text.
                if round % 4 == 3 {
                    let start = generator.below(text.count)
                    text.removeSubrange(start..<min(text.count, start + 1 + generator.below(12)))
                    _ = Self.change(&server, uri, String(decoding: text, as: UTF8.self))
                }
                let position: [String: Any] = ["line": generator.below(1_000) - 10, "character": generator.below(120) - 5]
                for method in [
                    "textDocument/hover", "textDocument/definition", "textDocument/formatting", "textDocument/documentSymbol",
                    "textDocument/completion",
                ] {
                    let reply = Self.replies(
                        server.handle(
                            Self.body([
                                "jsonrpc": "2.0", "id": round, "method": method,
                                "params": ["textDocument": ["uri": uri], "position": position, "options": ["tabSize": 2, "insertSpaces": true]],
                            ])))
                    #expect(reply.count == 1 && reply[0]["id"] as? Int == round && reply[0]["error"] == nil, "\(method) at \(position)")
                }
            }
        }
    }

    @Test func `file URIs and paths convert both ways`() {
        #expect(FileURI.path(of: "file:///work/My%20Survey%C3%A9.survey") == "/work/My Surveyé.survey")
        #expect(FileURI.path(of: "file://localhost/a/b.survey") == "/a/b.survey")
        #expect(FileURI.path(of: "untitled:Untitled-1") == nil)
        #expect(FileURI.uri(of: "/work/My Surveyé.survey") == "file:///work/My%20Survey%C3%A9.survey")
    }

    @Test func `survey lsp runs a session on standard input`() throws {
        let messages = [
            Self.body(["jsonrpc": "2.0", "id": 1, "method": "initialize", "params": ["capabilities": [String: Any]()]]),
            Self.body([
                "jsonrpc": "2.0", "method": "textDocument/didOpen",
                "params": ["textDocument": ["uri": "file:///nowhere/s.survey", "languageId": "survey", "version": 1, "text": Self.broken]],
            ]),
            Self.body(["jsonrpc": "2.0", "id": 2, "method": "shutdown"]),
            Self.body(["jsonrpc": "2.0", "method": "exit"]),
        ]
        let recorder = Recorder()
        let context = Context(
            writeOut: { recorder.append($0) }, writeError: { _ in }, readLine: { nil }, environment: [:], isOutputTerminal: false,
            isInputTerminal: false, readChunk: Feed(messages.flatMap(framed)).next)
        let status = Tool.main(["lsp", "--stdio"], context: context)
        #expect(status == 0)
        var output = MessageReader(readChunk: Feed(Array(recorder.text.utf8)).next)
        var methods: [String] = []
        while let body = try output.next() {
            let reply = try JSONSerialization.jsonObject(with: Data(body)) as! [String: Any]
            methods.append(reply["method"] as? String ?? "response \(reply["id"]!)")
        }
        #expect(methods == ["response 1", "textDocument/publishDiagnostics", "response 2"])
        #expect(runTool(["lsp", "extra.survey"]).status == 2)
    }
}

/// Output gathered from another closure.
private final class Recorder: @unchecked Sendable {
    private let lock = NSLock()
    private var gathered = ""
    func append(_ text: String) { lock.withLock { gathered += text } }
    var text: String { lock.withLock { gathered } }
}

/// Bytes handed out in one chunk, then the end of the input.
private final class Feed: @unchecked Sendable {
    private let lock = NSLock()
    private var bytes: [UInt8]?
    init(_ bytes: [UInt8]) { self.bytes = bytes }
    @Sendable func next() -> [UInt8]? {
        lock.withLock {
            defer { bytes = nil }
            return bytes
        }
    }
}
