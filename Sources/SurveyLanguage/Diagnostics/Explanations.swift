extension DiagnosticCode {
    /// A Markdown page: the title, what the code means, a failing example and its fix.
    public var explanationPage: String {
        "# \(rawValue): \(title)\n\n\(severity == .error ? "Error" : "Warning").\n"
    }
}
