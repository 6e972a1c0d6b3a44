/// One section of the report: a section of the new survey, or a section only the old one had.
///
/// Questions sit under the section that holds them in the new version; dropped questions sit
/// under the section that held them in the old version.
public struct SectionDiff: Hashable, Sendable {
    /// The section identifier in the old version, or `nil` for an added section.
    public var oldID: String?
    /// The section identifier in the new version, or `nil` for a removed section.
    public var newID: String?
    /// The title to show: the new title, or the old one for a removed section.
    public var title: String
    /// Changes to the section itself.
    public var changes: [SectionChange]
    /// Every question of the section, identical ones included, in report order.
    public var questions: [QuestionDiff]

    /// Creates a section diff.
    public init(
        oldID: String?, newID: String?, title: String, changes: [SectionChange], questions: [QuestionDiff]
    ) {
        self.oldID = oldID
        self.newID = newID
        self.title = title
        self.changes = changes
        self.questions = questions
    }

    /// The identifier to show: the new one, or the old one for a removed section.
    public var id: String { newID ?? oldID ?? "" }
}
