/// A change to the survey header.
public struct MetadataChange: Hashable, Sendable {
    /// A field of the survey header.
    public enum Field: String, CaseIterable, Hashable, Sendable {
        /// The survey identifier after `survey`.
        case id
        /// The survey title.
        case title
        /// `version "…"`, the wave.
        case version
        /// `description "…"`.
        case description
        /// `anonymous`, shown as `yes` or `no`.
        case anonymous
        /// `minutes N`, the target completion time.
        case minutes
    }

    /// The header field that changed.
    public var field: Field
    /// The old value as text, or `nil` when the old header did not state it.
    public var old: String?
    /// The new value as text, or `nil` when the new header does not state it.
    public var new: String?

    /// Creates a metadata change.
    public init(field: Field, old: String?, new: String?) {
        self.field = field
        self.old = old
        self.new = new
    }
}
