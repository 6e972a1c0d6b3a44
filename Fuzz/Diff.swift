import SurveyBundle
import SurveyDiff
import SurveyLanguage

/// libFuzzer entry for the diff: the bytes are an old and a new survey, split at the first NUL byte (a
/// survey cannot hold one), or one survey compared with itself. When both compile, they are diffed and
/// the diff is rendered in every format without a crash.
///
/// Beyond not crashing, two laws trap when broken: every question of either version is in the diff exactly
/// once, under its identifier in that version; and a survey compared with itself has no change, unless one
/// of its questions or options continues an identifier the survey still has (the link is then followed
/// before the identifier, as docs/diff.md says, so the survey's own two questions are paired crosswise).
@_cdecl("LLVMFuzzerTestOneInput")
public func diffTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let halves = bytes.split(separator: 0, maxSplits: 1, omittingEmptySubsequences: false).map(Array.init)
    guard let old = compiled(halves[0]), let new = halves.count == 2 ? compiled(halves[1]) : old else { return 0 }

    let result = diff(old, new)
    for format in ReportFormat.allCases {
        _ = render(result, as: format)
    }
    _ = render(result, as: .text, colour: .ansi)
    guard result.questions.compactMap(\.oldID).sorted() == old.questionsInOrder.map(\.question.id).sorted(),
        result.questions.compactMap(\.newID).sorted() == new.questionsInOrder.map(\.question.id).sorted()
    else {
        fatalError("a question is missing from the diff, or in it twice")
    }
    if !continuesOwnIdentifier(new), diff(new, new).hasChanges {
        fatalError("a survey compared with itself has changes")
    }
    return 0
}

/// The survey in bundle form, or nil when the bytes do not compile.
private func compiled(_ bytes: [UInt8]) -> Survey? {
    compile(path: "fuzz.survey", bytes: bytes) { _ in .failure(ReadFailure("no includes when fuzzing the diff")) }
        .survey?.survey
}

/// Whether a question continues another question's identifier, or an option another option's of its question.
private func continuesOwnIdentifier(_ survey: Survey) -> Bool {
    let questions = survey.questionsInOrder.map(\.question)
    let ids = Set(questions.map(\.id))
    return questions.contains { question in
        let options = question.options ?? []
        let optionIDs = Set(options.map(\.id))
        return question.continues.map(ids.contains) ?? false || options.contains { $0.continues.map(optionIDs.contains) ?? false }
    }
}
