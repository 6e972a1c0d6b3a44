/// The semantic difference between two versions of a survey, question by question.
///
/// Made by `diff(_:_:options:)`; rendered by `render(_:as:colour:)`; judged by `fails(_:)`.
public struct Diff: Hashable, Sendable {
    /// The survey being compared from.
    public var old: Edition
    /// The survey being compared to.
    public var new: Edition
    /// Changes to the survey header.
    public var metadata: [MetadataChange]
    /// Roles added, removed or changed, in new declaration order, then removed ones in old order.
    public var roles: [RoleChange]
    /// The sections of the new survey in order, then sections only the old one had, each with its questions.
    public var sections: [SectionDiff]

    /// Creates a diff.
    public init(
        old: Edition, new: Edition, metadata: [MetadataChange], roles: [RoleChange], sections: [SectionDiff]
    ) {
        self.old = old
        self.new = new
        self.metadata = metadata
        self.roles = roles
        self.sections = sections
    }

    /// Every question of either version, in report order.
    public var questions: [QuestionDiff] { sections.flatMap(\.questions) }

    /// How many questions got each verdict.
    public var summary: Summary { Summary(questions) }

    /// How many statements of grids in both versions got each verdict.
    public var statementSummary: Summary {
        Summary(verdicts: sections.lazy.flatMap(\.questions).flatMap(\.statements).map(\.verdict))
    }

    /// Whether some question or grid statement is not comparable or was dropped.
    ///
    /// A dropped statement fails the gate as a dropped question does: its data series ends.
    public var hasBreakingChanges: Bool {
        sections.contains { section in
            section.questions.contains { $0.verdict.isBreaking || $0.statements.contains { $0.verdict.isBreaking } }
        }
    }

    /// Whether the two versions differ in anything the diff looks at.
    public var hasChanges: Bool {
        !metadata.isEmpty || !roles.isEmpty
            || sections.contains { !$0.changes.isEmpty || $0.questions.contains { $0.verdict != .identical } }
    }

    /// Whether the diff crosses the gate, so `survey diff --fail-on` should exit with failure.
    public func fails(_ gate: Gate) -> Bool {
        switch gate {
        case .breaking: hasBreakingChanges
        case .anyChange: hasChanges
        }
    }
}
