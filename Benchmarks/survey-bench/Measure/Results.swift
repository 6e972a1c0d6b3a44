/// The stages measured, in the order the table lists them.
enum Stage: String, Codable, CaseIterable {
    case lex = "lex (split)"
    case parse = "lex + parse"
    case check = "check"
    case frontEnd = "front end (parse + check)"
    case emit = "emit (digests + JSON)"
    case compile = "whole compile (read + parse + check + emit + write)"
    case load = "runtime: load + validate bundle"
    case answer = "runtime: one answer step"
    case diff = "diff of two versions"
}

/// One stage at one size: every run's seconds and what one run processed.
struct StageResult: Codable {
    var stage: Stage
    /// Seconds of each run, until its result is ready; for the answer step, seconds per step in each run.
    var seconds: [Double]
    /// Seconds to free each run's result, after its clock stopped; nil where nothing is freed.
    var freeingSeconds: [Double]? = nil
    /// Bytes one run reads (the source, or the bundle for loading); 0 where MB/s means nothing.
    var bytes: Int
    /// Questions one run handles (one for the answer step).
    var questions: Int
    /// A note for the table, such as "pending".
    var note: String?
}

/// Everything measured for one survey size in one child process.
struct SizeResult: Codable {
    var questions: Int
    var sourceBytes: Int
    var bundleBytes: Int
    var errors: Int
    var warnings: Int
    /// Resident set at the start of the child, before the survey is read (KiB).
    var baselineKiB: Int
    /// Peak resident set after one whole compile, before anything else ran (KiB).
    var compilePeakKiB: Int
    /// Peak resident set after every stage (KiB).
    var peakKiB: Int
    /// Steps the runtime walk took, and how many proposed answers it refused.
    var answerSteps: Int
    var refusedAnswers: Int
    var stages: [StageResult]
}
