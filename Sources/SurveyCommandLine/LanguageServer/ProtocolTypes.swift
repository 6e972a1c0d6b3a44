/// The parts of the Language Server Protocol that `survey lsp` reads and writes, as JSON-RPC 2.0 messages.
///
/// In a namespace, because the protocol's names (`Position`, `Range`, `Location`) would shadow the standard library's.
enum LSP {
    /// A request's identifier: the protocol allows a number or a string, and a response repeats it.
    enum MessageID: Codable, Hashable, Sendable {
        case number(Int)
        case string(String)

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let number = try? container.decode(Int.self) {
                self = .number(number)
            } else {
                self = .string(try container.decode(String.self))
            }
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .number(let number): try container.encode(number)
            case .string(let string): try container.encode(string)
            }
        }
    }

    /// What every incoming message has: a request has an `id` and a `method`, a notification only a `method`,
    /// and a response an `id` with a `result` or an `error`.
    struct IncomingMessage: Decodable {
        var id: MessageID?
        var method: String?
        /// Whether the message answers a request: anything else without a method is not a message at all.
        var isResponse: Bool

        private enum CodingKeys: String, CodingKey { case id, method, result, error }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            id = try container.decodeIfPresent(MessageID.self, forKey: .id)
            method = try container.decodeIfPresent(String.self, forKey: .method)
            // A `result` may be null, so it is its presence that counts.
            isResponse = method == nil && id != nil && (container.contains(.result) || container.contains(.error))
        }
    }

    /// Only the identifier of a message, for a message whose other members cannot be read.
    struct IdentifiedMessage: Decodable {
        var id: MessageID?
    }

    /// Any JSON value, read and ignored: decoding it succeeds exactly when the text is JSON.
    struct AnyJSON: Decodable {
        init(from decoder: any Decoder) {}
    }

    /// The `params` of a message, read as the type its method takes.
    struct ParamsOf<Params: Decodable>: Decodable {
        var params: Params
    }

    struct InitializeParams: Decodable {
        var capabilities: ClientCapabilities?

        struct ClientCapabilities: Decodable {
            var general: General?
        }

        struct General: Decodable {
            /// The encodings the client can count characters in, preferred first (protocol 3.17).
            var positionEncodings: [String]?
        }
    }

    struct DocumentIdentifier: Codable {
        var uri: String
    }

    struct DocumentParams: Decodable {
        var textDocument: DocumentIdentifier
    }

    struct PositionParams: Decodable {
        var textDocument: DocumentIdentifier
        var position: Position
    }

    struct Hover: Encodable {
        var contents: Markup
        var range: Range

        struct Markup: Encodable {
            var kind = "markdown"
            var value: String
        }
    }

    struct DidOpenParams: Decodable {
        var textDocument: Item

        struct Item: Decodable {
            var uri: String
            var version: Int?
            var text: String
        }
    }

    struct DidChangeParams: Decodable {
        var textDocument: Versioned
        /// Applied in order: each replaces its range, or the whole text when it has none.
        var contentChanges: [Change]

        struct Versioned: Decodable {
            var uri: String
            var version: Int?
        }

        struct Change: Decodable {
            var range: Range?
            var text: String
        }
    }

    /// A zero-based line and a character within it, counted in the negotiated encoding.
    struct Position: Codable, Hashable, Comparable {
        var line: Int
        var character: Int

        static func < (a: Position, b: Position) -> Bool { (a.line, a.character) < (b.line, b.character) }
    }

    struct Range: Codable, Hashable {
        var start: Position
        var end: Position
    }

    struct Location: Encodable, Hashable {
        var uri: String
        var range: Range
    }

    /// A diagnostic as the protocol shows it: severity 1 is an error, 2 a warning.
    struct ProtocolDiagnostic: Encodable, Hashable {
        var range: Range
        var severity: Int
        var code: String
        var source = "survey"
        var message: String
        var relatedInformation: [RelatedInformation]

        struct RelatedInformation: Encodable, Hashable {
            var location: Location
            var message: String
        }
    }

    /// A message for the editor's log; type 1 is an error.
    struct LogMessageParams: Encodable {
        var type: Int
        var message: String
    }

    struct PublishDiagnosticsParams: Encodable {
        var uri: String
        var diagnostics: [ProtocolDiagnostic]
    }

    /// An entry of a document's outline, with the entries inside it.
    struct DocumentSymbol: Encodable {
        var name: String
        var detail: String
        var kind: Int
        /// The whole declaration.
        var range: Range
        /// The name, which the editor selects.
        var selectionRange: Range
        var children: [DocumentSymbol]
    }

    /// The protocol's numbers for the kinds of symbol used in an outline.
    enum SymbolKind: Int {
        case file = 1, module = 2, namespace = 3, `class` = 5, field = 8, `enum` = 10, enumMember = 22
    }

    struct CompletionItem: Encodable, Hashable {
        var label: String
        var kind: CompletionKind
        /// What the name stands for: a question's text, an option's label.
        var detail: String
    }

    /// The protocol's numbers for the kinds of completion offered.
    enum CompletionKind: Int, Encodable {
        case field = 5, `class` = 7, `enum` = 13, keyword = 14, enumMember = 20
    }

    struct CodeActionParams: Decodable {
        var textDocument: DocumentIdentifier
        var range: Range
    }

    /// A quick fix: the edit that fixes a diagnostic.
    struct CodeAction: Encodable {
        var title: String
        var kind = "quickfix"
        var diagnostics: [ProtocolDiagnostic]
        var edit: WorkspaceEdit
    }

    struct WorkspaceEdit: Encodable {
        /// The edits by document URI.
        var changes: [String: [TextEdit]]
    }

    struct TextEdit: Encodable {
        var range: Range
        var newText: String
    }

    struct InitializeResult: Encodable {
        var capabilities: Capabilities
        var serverInfo: ServerInfo

        struct Capabilities: Encodable {
            var positionEncoding: String
            var textDocumentSync: Sync
            var documentFormattingProvider = true
            var hoverProvider = true
            var definitionProvider = true
            var documentSymbolProvider = true
            var completionProvider = CompletionOptions()
            var codeActionProvider = true
        }

        struct CompletionOptions: Encodable {
            /// Typed characters after which the editor asks without waiting for a letter.
            var triggerCharacters = [".", "("]
        }

        struct Sync: Encodable {
            var openClose = true
            /// 2: a change sends the edited ranges, not the whole document.
            var change = 2
            var save = true
        }

        struct ServerInfo: Encodable {
            var name = "survey"
            var version: String
        }
    }

    /// A response to a request: its result, which the protocol requires even when it is null.
    struct Response<Result: Encodable>: Encodable {
        var id: MessageID
        var result: Result?

        enum CodingKeys: String, CodingKey { case jsonrpc, id, result }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode("2.0", forKey: .jsonrpc)
            try container.encode(id, forKey: .id)
            if let result { try container.encode(result, forKey: .result) } else { try container.encodeNil(forKey: .result) }
        }
    }

    /// A response that reports a failed request; the identifier is null when the request could not be read.
    struct ErrorResponse: Encodable {
        var id: MessageID?
        var error: ResponseError

        struct ResponseError: Encodable {
            var code: Int
            var message: String
        }

        enum CodingKeys: String, CodingKey { case jsonrpc, id, error }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode("2.0", forKey: .jsonrpc)
            if let id { try container.encode(id, forKey: .id) } else { try container.encodeNil(forKey: .id) }
            try container.encode(error, forKey: .error)
        }
    }

    struct Notification<Params: Encodable>: Encodable {
        var jsonrpc = "2.0"
        var method: String
        var params: Params
    }

    /// The JSON-RPC and protocol error codes the server answers with.
    enum ErrorCode {
        static let parseError = -32700
        static let invalidRequest = -32600
        static let methodNotFound = -32601
        static let invalidParams = -32602
        static let internalError = -32603
        static let serverNotInitialized = -32002
        /// The protocol's code for a request that was valid but could not be carried out.
        static let requestFailed = -32803
    }
}
