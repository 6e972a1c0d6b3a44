/// The identity of one side of a diff: which survey, and which wave of it.
public struct Edition: Hashable, Sendable {
    /// The survey identifier from its header.
    public var id: String
    /// The survey title.
    public var title: String
    /// The version (wave) from the header, such as `2025`.
    public var version: String

    /// Creates an edition.
    public init(id: String, title: String, version: String) {
        self.id = id
        self.title = title
        self.version = version
    }
}
