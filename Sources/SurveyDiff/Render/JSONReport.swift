/// The diff as JSON for tools: sorted keys, every question with its verdict, DDI term and reasons, and
/// every statement of a grid in both versions likewise.
///
/// The layout is described in `docs/diff.md`.
public func jsonReport(_ diff: Diff) -> String {
    let document: JSONValue = .object([
        "format": .int(1),
        "old": edition(diff.old),
        "new": edition(diff.new),
        "breaking": .bool(diff.hasBreakingChanges),
        "changed": .bool(diff.hasChanges),
        "summary": counts(diff.summary),
        "statementSummary": counts(diff.statementSummary),
        "metadata": .array(
            diff.metadata.map {
                .object(["field": .string($0.field.rawValue), "old": .optional($0.old), "new": .optional($0.new)])
            }),
        "roles": .array(diff.roles.map(role)),
        "sections": .array(diff.sections.map(section)),
        "questions": .array(diff.questions.map(question)),
    ])
    return document.text + "\n"
}

private func counts(_ summary: Summary) -> JSONValue {
    var counts: [String: JSONValue] = ["total": .int(summary.total)]
    for verdict in Verdict.allCases { counts[verdict.rawValue] = .int(summary[verdict]) }
    return .object(counts)
}

private func edition(_ edition: Edition) -> JSONValue {
    .object(["id": .string(edition.id), "title": .string(edition.title), "version": .string(edition.version)])
}

private func role(_ change: RoleChange) -> JSONValue {
    var members: [String: JSONValue] = ["change": .string(change.code), "id": .string(change.id)]
    switch change {
    case .added(_, let label), .removed(_, let label): members["label"] = .string(label)
    case .relabelled(_, let old, let new), .ruleChanged(_, let old, let new):
        members["old"] = .string(old)
        members["new"] = .string(new)
    }
    return .object(members)
}

private func section(_ section: SectionDiff) -> JSONValue {
    .object([
        "oldId": .optional(section.oldID),
        "newId": .optional(section.newID),
        "title": .string(section.title),
        "changes": .array(
            section.changes.map { .object(["code": .string($0.code), "message": .string(ReportText.section($0, .plain))]) }),
    ])
}

private func question(_ question: QuestionDiff) -> JSONValue {
    var link: JSONValue = .null
    if let unfollowed = question.unfollowedLink {
        link = .object(["target": .string(unfollowed.target), "claimedBy": .optional(unfollowed.claimedBy)])
    }
    return .object([
        "oldId": .optional(question.oldID),
        "newId": .optional(question.newID),
        "oldSection": .optional(question.oldSection),
        "newSection": .optional(question.newSection),
        "text": .string(question.text),
        "verdict": .string(question.verdict.rawValue),
        "ddi": .string(question.verdict.ddiCommonality),
        "reasons": .array(question.changes.map(reason)),
        "optionMapping": .array(
            question.optionMapping.map {
                .object([
                    "oldId": .string($0.oldID), "newId": .string($0.newID), "oldCode": .optional($0.oldCode),
                    "newCode": .optional($0.newCode), "text": .string($0.text),
                ])
            }),
        "possibleRenames": .array(
            question.possibleRenames.map {
                .object([
                    "oldId": .string($0.oldID), "newId": .string($0.newID),
                    "similarity": .number(NumberText.fraction($0.similarity)),
                ])
            }),
        "unfollowedLink": link,
        "statements": .array(question.statements.map(statement)),
    ])
}

private func statement(_ statement: StatementDiff) -> JSONValue {
    .object([
        "oldId": .optional(statement.oldID),
        "newId": .optional(statement.newID),
        "text": .string(statement.text),
        "verdict": .string(statement.verdict.rawValue),
        "ddi": .string(statement.verdict.ddiCommonality),
        "reasons": .array(statement.changes.map(reason)),
    ])
}

private func reason(_ change: Change) -> JSONValue {
    var members: [String: JSONValue] = [
        "code": .string(change.code), "verdict": .string(change.verdict.rawValue), "message": .string(change.summary),
    ]
    switch change {
    case .textReworded(let diff), .textEdited(let diff), .rowReworded(_, let diff), .rowEdited(_, let diff):
        members["words"] = .array(
            diff.segments.map { segment in
                switch segment {
                case .same(let words): .object(["same": .string(words)])
                case .removed(let words): .object(["removed": .string(words)])
                case .added(let words): .object(["added": .string(words)])
                }
            })
    default: break
    }
    return .object(members)
}
