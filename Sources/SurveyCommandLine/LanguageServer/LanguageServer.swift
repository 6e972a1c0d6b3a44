#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import SurveyLanguage

/// What `survey lsp` knows between messages: the open documents, and what it last told the editor.
///
/// Every change to an open document checks the open documents again (the front end takes milliseconds)
/// and publishes the diagnostics of every file they read, so an edit to an included file shows in the
/// files that include it. A document that another open document includes is checked as part of it, as
/// `survey check` does. Formatting returns the whole canonical layout as one edit; hovering over a
/// question's name describes the question (`hoverText`); going to a name's definition finds where the
/// question, choice list, role, option or statement is declared (`DeclaredNames`); the outline lists the file's
/// declarations (`outline(of:in:encoding:)`); completion offers the names that fit where the cursor is
/// (`completions(at:in:files:)`), each request lexing the document once (`Tokens`); a diagnostic's fix is offered as a quick fix.
struct LanguageServer {
    private struct Document {
        /// The URI as the editor wrote it, which is how the editor knows the document.
        var uri: String
        /// The path the front end reads it under: the URI's path for a `file:` URI, the URI itself otherwise.
        var path: String
        var text: [UInt8]
    }

    /// A request that cannot be answered with a result.
    private struct RequestError: Error {
        var code: Int
        var message: String
    }

    private let read: ReadFile
    private var documents: [String: Document] = [:]
    private var isInitialized = false
    private var isShutDown = false
    private var encoding = PositionEncoding.utf16
    /// Each open document compiled as of the last change, by URI: requests read them, and only a change
    /// (or a save, which may follow changes on disk) compiles again.
    private var compilations: [String: Compilation] = [:]
    /// The URIs that were given diagnostics last time, so that those with none now are cleared.
    private var published: Set<String> = []
    /// Set by the `exit` notification: 0 after a `shutdown` request, 1 without one, as the protocol says.
    private(set) var exitStatus: Int32?

    /// A server that reads files the editor has not opened (included files) with `read`.
    init(read: @escaping ReadFile) {
        self.read = read
    }

    /// The status to exit with when the input ends without an `exit` notification.
    var statusAtEndOfInput: Int32 { isShutDown ? 0 : 1 }

    /// Handles one message body and returns the message bodies to send, in order.
    mutating func handle(_ body: [UInt8]) -> [[UInt8]] {
        guard let message = try? JSONDecoder().decode(LSP.IncomingMessage.self, from: Data(body)) else {
            // JSON-RPC tells a message that is not JSON from JSON that is not a request (an `id` of `true`).
            let isJSON = (try? JSONDecoder().decode(LSP.AnyJSON.self, from: Data(body))) != nil
            let error = isJSON
                ? LSP.ErrorResponse.ResponseError(code: LSP.ErrorCode.invalidRequest, message: "the message is not a request or notification")
                : LSP.ErrorResponse.ResponseError(code: LSP.ErrorCode.parseError, message: "the message is not JSON")
            // The identifier is repeated when it can be read, though the rest of the message cannot.
            let id = (try? JSONDecoder().decode(LSP.IdentifiedMessage.self, from: Data(body)))?.id
            return [encoded(LSP.ErrorResponse(id: id, error: error))]
        }
        guard let method = message.method else {
            // A response to a request is passed over (this server sends none); anything else without a method is no message.
            if message.isResponse { return [] }
            let error = LSP.ErrorResponse.ResponseError(code: LSP.ErrorCode.invalidRequest, message: "the message has no method, and is not a response")
            return [encoded(LSP.ErrorResponse(id: message.id, error: error))]
        }
        do {
            return try handle(method, id: message.id, body: body)
        } catch {
            guard let id = message.id else {
                // A notification has no response, so the editor's log is told.
                let log = LSP.LogMessageParams(type: 1, message: "survey lsp could not take `\(method)`: \(error.message)")
                return [encoded(LSP.Notification(method: "window/logMessage", params: log))]
            }
            return [encoded(LSP.ErrorResponse(id: id, error: .init(code: error.code, message: error.message)))]
        }
    }

    private mutating func handle(_ method: String, id: LSP.MessageID?, body: [UInt8]) throws(RequestError) -> [[UInt8]] {
        if method == "exit" {
            exitStatus = statusAtEndOfInput
            return []
        }
        if isShutDown, id != nil {
            throw RequestError(code: LSP.ErrorCode.invalidRequest, message: "the server is shut down")
        }
        if method == "initialize", let id {
            guard !isInitialized else { throw RequestError(code: LSP.ErrorCode.invalidRequest, message: "the server is already initialized") }
            let params = try decode(LSP.InitializeParams.self, from: body)
            let offered = params.capabilities?.general?.positionEncodings ?? []
            encoding = offered.contains(PositionEncoding.utf8.rawValue) ? .utf8 : .utf16
            isInitialized = true
            let result = LSP.InitializeResult(
                capabilities: .init(positionEncoding: encoding.rawValue, textDocumentSync: .init()),
                serverInfo: .init(version: Tool.version))
            return [encoded(LSP.Response(id: id, result: result))]
        }
        guard isInitialized else {
            if id == nil { return [] }
            throw RequestError(code: LSP.ErrorCode.serverNotInitialized, message: "send `initialize` first")
        }
        switch method {
        case "shutdown":
            isShutDown = true
            return id.map { [encoded(LSP.Response<String>(id: $0, result: nil))] } ?? []
        case "textDocument/didOpen":
            let document = try decode(LSP.DidOpenParams.self, from: body).textDocument
            let path = FileURI.path(of: document.uri) ?? document.uri
            documents[document.uri] = Document(uri: document.uri, path: path, text: Array(document.text.utf8))
            return publish()
        case "textDocument/didChange":
            let params = try decode(LSP.DidChangeParams.self, from: body)
            guard var document = documents[params.textDocument.uri] else { return [] }
            for change in params.contentChanges {
                guard let range = change.range else {
                    document.text = Array(change.text.utf8)
                    continue
                }
                let file = SourceFile(path: document.path, bytes: document.text)
                let start = encoding.offset(of: range.start, in: file)
                let end = max(start, encoding.offset(of: range.end, in: file))
                document.text.replaceSubrange(start..<end, with: Array(change.text.utf8))
            }
            documents[params.textDocument.uri] = document
            return publish()
        case "textDocument/didSave":
            // Files the editor has not opened may have changed on disk too.
            return publish()
        case "textDocument/didClose":
            documents[try decode(LSP.DocumentParams.self, from: body).textDocument.uri] = nil
            return publish()
        case "textDocument/formatting":
            return try respond(to: id) { () throws(RequestError) in try formatting(decode(LSP.DocumentParams.self, from: body)) }
        case "textDocument/hover":
            return try respond(to: id) { () throws(RequestError) in try hover(decode(LSP.PositionParams.self, from: body)) }
        case "textDocument/definition":
            return try respond(to: id) { () throws(RequestError) in try definitions(decode(LSP.PositionParams.self, from: body)) }
        case "textDocument/documentSymbol":
            return try respond(to: id) { () throws(RequestError) in try symbols(decode(LSP.DocumentParams.self, from: body)) }
        case "textDocument/completion":
            return try respond(to: id) { () throws(RequestError) in try completionItems(decode(LSP.PositionParams.self, from: body)) }
        case "textDocument/codeAction":
            return try respond(to: id) { () throws(RequestError) in try quickFixes(decode(LSP.CodeActionParams.self, from: body)) }
        default:
            guard id != nil else { return [] }
            throw RequestError(code: LSP.ErrorCode.methodNotFound, message: "`survey lsp` does not handle `\(method)`")
        }
    }

    /// Compiles every open document, each with the text of the open documents in place of what is on disk.
    private mutating func compileOpenDocuments() {
        var open: [String: [UInt8]] = [:]
        for document in documents.values { open[normalizedPath(document.path)] = document.text }
        let disk = read
        compilations = documents.mapValues { document in
            // An unsaved document has no folder, so the paths it includes are relative to nothing.
            let isSaved = document.path.hasPrefix("/")
            return compile(path: document.path, bytes: document.text) { path in
                guard isSaved else { return .failure(ReadFailure("the document is not saved, so it has no folder to include from")) }
                return open[normalizedPath(path)].map { .success($0) } ?? disk(path)
            }
        }
    }

    /// Whether another open document includes a document, and the document does not include it in turn (in
    /// a cycle of includes each file is checked on its own).
    private func isIncluded(_ document: Document) -> Bool {
        let path = normalizedPath(document.path)
        let reads = Set(compilations[document.uri]?.sources.files.map { normalizedPath($0.path) } ?? [])
        return documents.values.contains { other in
            other.uri != document.uri && !reads.contains(normalizedPath(other.path))
                && (compilations[other.uri]?.sources.files.dropFirst().contains { normalizedPath($0.path) == path } ?? false)
        }
    }

    /// The open documents whose compilations are reported, in URI order: those no other open document
    /// includes (a document that one includes is checked as part of it, as `survey check` does).
    private var reportingDocuments: [Document] {
        documents.values.sorted { $0.uri < $1.uri }.filter { !isIncluded($0) }
    }

    private var reportingCompilations: [Compilation] { reportingDocuments.compactMap { compilations[$0.uri] } }

    /// The open document whose compilation a document is read in: the first reported document that includes
    /// it, or itself. Hover, definitions and completion in an included file then know its includer's names.
    private func reporter(of document: Document) -> Document {
        let path = normalizedPath(document.path)
        return reportingDocuments.first { other in
            compilations[other.uri]?.sources.files.contains { normalizedPath($0.path) == path } ?? false
        } ?? document
    }

    /// Checks every open document and publishes the diagnostics of every file they read, clearing those
    /// of files that had some last time and have none now.
    private mutating func publish() -> [[UInt8]] {
        compileOpenDocuments()
        var diagnostics: [String: [LSP.ProtocolDiagnostic]] = [:]
        // Two open documents that include one file report its problems once.
        var reported: [String: Set<LSP.ProtocolDiagnostic>] = [:]
        for compilation in reportingCompilations {
            for file in compilation.sources.files { diagnostics[uri(of: file.path), default: []] += [] }
            for diagnostic in compilation.diagnostics.sortedBySource() {
                let converted = protocolDiagnostic(diagnostic, in: compilation.sources)
                let uri = uri(of: compilation.sources[diagnostic.primary.range.file].path)
                if reported[uri, default: []].insert(converted).inserted { diagnostics[uri, default: []].append(converted) }
            }
        }
        let uris = Set(diagnostics.keys).union(published).sorted()
        published = Set(diagnostics.keys)
        return uris.map { uri in
            encoded(
                LSP.Notification(
                    method: "textDocument/publishDiagnostics",
                    params: LSP.PublishDiagnosticsParams(uri: uri, diagnostics: diagnostics[uri] ?? [])))
        }
    }

    /// The fixes of the diagnostics in a document that touch a range of it, each as a quick fix.
    private func quickFixes(_ params: LSP.CodeActionParams) throws(RequestError) -> [LSP.CodeAction] {
        let (document, _) = try openFile(params.textDocument.uri)
        let path = normalizedPath(document.path)
        var actions: [LSP.CodeAction] = []
        // Two open documents that include one file report its problems, and offer their fixes, once.
        var offered: Set<String> = []
        for compilation in reportingCompilations {
            for diagnostic in compilation.diagnostics.sortedBySource() {
                guard let fix = diagnostic.fix else { continue }
                let file = compilation.sources[fix.range.file]
                guard normalizedPath(file.path) == path, offered.insert("\(fix.range.start) \(fix.range.end) \(fix.replacement)").inserted else {
                    continue
                }
                let range = encoding.range(of: diagnostic.primary.range, in: compilation.sources[diagnostic.primary.range.file])
                guard range.start <= params.range.end, params.range.start <= range.end else { continue }
                let written = file.text(fix.range)
                let replacement = fix.replacement.split(separator: " ").joined(separator: " ")
                actions.append(
                    LSP.CodeAction(
                        title: "Replace `\(written)` with `\(replacement)`", diagnostics: [protocolDiagnostic(diagnostic, in: compilation.sources)],
                        edit: LSP.WorkspaceEdit(changes: [
                            params.textDocument.uri: [LSP.TextEdit(range: encoding.range(of: fix.range, in: file), newText: fix.replacement)]
                        ])))
            }
        }
        return actions
    }

    /// A diagnostic as the editor shows it: the message with its notes and help, and its labelled places.
    private func protocolDiagnostic(_ diagnostic: Diagnostic, in sources: SourceSet) -> LSP.ProtocolDiagnostic {
        var message = diagnostic.message
        for note in diagnostic.notes { message += "\nnote: \(note)" }
        if let help = diagnostic.help { message += "\nhelp: \(help)" }
        let related = diagnostic.secondary.map { label in
            LSP.ProtocolDiagnostic.RelatedInformation(
                location: LSP.Location(
                    uri: uri(of: sources[label.range.file].path), range: encoding.range(of: label.range, in: sources[label.range.file])),
                message: label.text)
        }
        let file = sources[diagnostic.primary.range.file]
        return LSP.ProtocolDiagnostic(
            range: encoding.range(of: diagnostic.primary.range, in: file), severity: diagnostic.severity == .error ? 1 : 2,
            code: diagnostic.code.rawValue, message: message, relatedInformation: related)
    }

    /// The edits that format an open document: none when it is formatted, nil (no edits) when it has syntax
    /// errors, which its diagnostics show, and otherwise its whole text replaced.
    private func formatting(_ params: LSP.DocumentParams) throws(RequestError) -> [LSP.TextEdit]? {
        let (document, source) = try openFile(params.textDocument.uri)
        switch format(source) {
        case .success(let formatted):
            // A byte order mark is kept: the formatted text replaces what follows it, which is where positions start.
            let text = document.text.starts(with: [0xEF, 0xBB, 0xBF]) ? document.text.dropFirst(3) : document.text[...]
            guard !formatted.utf8.elementsEqual(text) else { return [] }
            let whole = LSP.Range(start: LSP.Position(line: 0, character: 0), end: encoding.position(of: source.bytes.count, in: source))
            return [LSP.TextEdit(range: whole, newText: formatted)]
        case .failure(.syntaxErrors):
            return nil
        case .failure(.lineTooLong):
            throw RequestError(
                code: LSP.ErrorCode.requestFailed,
                message: "formatting would put a condition longer than \(Limits.lineBytes) bytes on one line, so the file is left as it is")
        case .failure(.changesMeaning):
            throw RequestError(
                code: LSP.ErrorCode.internalError,
                message: "formatting would change what the file means, so it is left as it is; please report this")
        }
    }

    /// The description of the question whose name is under the cursor, or nil (a null result) elsewhere.
    private func hover(_ params: LSP.PositionParams) throws(RequestError) -> LSP.Hover? {
        let (document, file) = try openFile(params.textDocument.uri)
        let tokens = Tokens(file)
        let offset = encoding.offset(of: params.position, in: file)
        let piped = tokens.pipedName(at: offset)
        guard let name = piped ?? tokens.word(at: offset) else { return nil }
        // A question's name where a question is meant: not an option, role or statement of the same name.
        let context = piped != nil ? .question : NameContext(before: name.start, in: tokens)
        guard context == nil || context == .question,
            let survey = compilations[reporter(of: document).uri]?.survey?.survey,
            let text = hoverText(for: file.text(name), in: survey)
        else { return nil }
        return LSP.Hover(contents: .init(value: text), range: encoding.range(of: name, in: file))
    }

    /// Where the question, choice list, role, option or statement whose name is under the cursor is declared.
    private func definitions(_ params: LSP.PositionParams) throws(RequestError) -> [LSP.Location] {
        let (document, file) = try openFile(params.textDocument.uri)
        let tokens = Tokens(file)
        let offset = encoding.offset(of: params.position, in: file)
        let piped = tokens.pipedName(at: offset)
        guard let name = piped ?? tokens.word(at: offset), let compilation = compilations[reporter(of: document).uri] else { return [] }
        // A pipe names an earlier question.
        let context = piped != nil ? .question : NameContext(before: name.start, in: tokens)
        return DeclaredNames(compilation.files).declarations(of: file.text(name), as: context).map { range in
            let declaringFile = compilation.sources[range.file]
            return LSP.Location(uri: uri(of: declaringFile.path), range: encoding.range(of: range, in: declaringFile))
        }
    }

    /// The outline of an open document, from its own syntax tree.
    private func symbols(_ params: LSP.DocumentParams) throws(RequestError) -> [LSP.DocumentSymbol] {
        let (_, file) = try openFile(params.textDocument.uri)
        return outline(of: parse(file, index: 0).file, in: file, encoding: encoding)
    }

    /// The names that fit at the cursor.
    private func completionItems(_ params: LSP.PositionParams) throws(RequestError) -> [LSP.CompletionItem] {
        let (document, file) = try openFile(params.textDocument.uri)
        let offset = encoding.offset(of: params.position, in: file)
        return completions(at: offset, in: Tokens(file), files: compilations[reporter(of: document).uri]?.files ?? [])
    }

    /// The response to a request, with the answer's result; nothing for a notification.
    private func respond<Result: Encodable>(
        to id: LSP.MessageID?, _ answer: () throws(RequestError) -> Result?
    ) throws(RequestError) -> [[UInt8]] {
        guard let id else { return [] }
        return [encoded(LSP.Response(id: id, result: try answer()))]
    }

    /// An open document and its text as a source file.
    private func openFile(_ uri: String) throws(RequestError) -> (Document, SourceFile) {
        guard let document = documents[uri] else {
            throw RequestError(code: LSP.ErrorCode.invalidParams, message: "`\(uri)` is not open")
        }
        return (document, SourceFile(path: document.path, bytes: document.text))
    }

    /// The URI of a file the front end read: the editor's own URI for an open document.
    private func uri(of path: String) -> String {
        let normalized = normalizedPath(path)
        if let document = documents.values.first(where: { normalizedPath($0.path) == normalized }) { return document.uri }
        return path.hasPrefix("/") ? FileURI.uri(of: normalized) : path
    }

    private func decode<Params: Decodable>(_ type: Params.Type, from body: [UInt8]) throws(RequestError) -> Params {
        do {
            return try JSONDecoder().decode(LSP.ParamsOf<Params>.self, from: Data(body)).params
        } catch {
            throw RequestError(code: LSP.ErrorCode.invalidParams, message: "the parameters are not what the method takes: \(error)")
        }
    }

    private func encoded(_ value: some Encodable) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // The values are this file's own structures of strings, numbers and arrays, which always encode.
        return Array(try! encoder.encode(value))
    }
}
