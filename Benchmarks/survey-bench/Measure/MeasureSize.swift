import Foundation
import SurveyBundle
import SurveyDiff
import SurveyLanguage
import SurveyRuntime

/// Reads a file the way `survey compile` does.
@Sendable func readSource(_ path: String) -> Result<[UInt8], ReadFailure> {
    guard let data = FileManager.default.contents(atPath: path) else { return .failure(ReadFailure("cannot read")) }
    return .success([UInt8](data))
}

/// Measures every stage for one survey (and its second version) in this process; run in a fresh child per size.
func measureSize(source path: String, secondVersion path2: String, questions: Int, runs: Int, budget: Double, workDir: String) throws -> SizeResult {
    let baseline = processStatus("VmRSS")
    let output = (workDir as NSString).appendingPathComponent("bench-\(questions).bundle.json")

    // One whole compile first, so the peak it reaches is not mixed with later stages.
    try wholeCompile(path, to: output)
    let compilePeak = processStatus("VmHWM")
    let bundleData = try Data(contentsOf: URL(fileURLWithPath: output))

    let bytes = try readBytes(path)
    var results: [StageResult] = []
    func record<Result>(_ stage: Stage, bytes: Int, _ body: () throws -> Result) rethrows {
        let (seconds, freeing) = try timings(runs: runs, budget: budget, body)
        results.append(StageResult(stage: stage, seconds: seconds, freeingSeconds: freeing, bytes: bytes, questions: questions))
    }

    record(.lex, bytes: bytes.count) { lex(bytes, file: 0) }
    record(.parse, bytes: bytes.count) { parseWithIncludes(main: path, bytes: bytes, read: readSource) }
    let parsed = parseWithIncludes(main: path, bytes: bytes, read: readSource)
    record(.check, bytes: bytes.count) { check(parsed) }
    record(.frontEnd, bytes: bytes.count) { compile(path: path, bytes: bytes, read: readSource) }

    let compilation = compile(path: path, bytes: bytes, read: readSource)
    let errors = compilation.diagnostics.filter { $0.severity == .error }.count
    let warnings = compilation.diagnostics.count - errors
    guard compilation.survey != nil else {
        throw BenchError("the generated survey has \(errors) errors: run `survey check \(path)`")
    }
    try record(.emit, bytes: bytes.count) { try streamedSize(compilation) }
    try record(.compile, bytes: bytes.count) { try wholeCompile(path, to: output) }

    try record(.load, bytes: bundleData.count) { try LoadedSurvey.load(bundleData) }
    let loaded = try LoadedSurvey.load(bundleData)

    let answers = plannedAnswers(loaded.questions, seed: 7)
    var walk = try walkSurvey(loaded, answers: answers)
    var perStep: [Double] = []
    for _ in 0..<max(runs, 5) {
        walk = try walkSurvey(loaded, answers: answers)
        perStep.append(walk.answerSeconds / Double(max(walk.steps, 1)))
    }
    results.append(StageResult(stage: .answer, seconds: perStep, bytes: 0, questions: 1))

    let newBytes = try readBytes(path2)
    let newCompilation = compile(path: path2, bytes: newBytes, read: readSource)
    guard let newBundle = try newCompilation.bundle(), let oldBundle = try compilation.bundle() else {
        throw BenchError("the second version has errors: run `survey check \(path2)`")
    }
    record(.diff, bytes: 0) { diff(oldBundle.survey, newBundle.survey) }

    return SizeResult(
        questions: questions, sourceBytes: bytes.count, bundleBytes: bundleData.count, errors: errors,
        warnings: warnings, baselineKiB: baseline, compilePeakKiB: compilePeak, peakKiB: processStatus("VmHWM"),
        answerSteps: walk.steps, refusedAnswers: walk.refused, stages: results)
}

/// What `survey compile FILE -o OUT` does: read, parse, check, and write the bundle once to a temporary file
/// (its content digest put in at the end) that is renamed over the output. The compilation is returned,
/// so the caller frees it after the clock stops, as `survey compile` leaves it to the exit.
@discardableResult
func wholeCompile(_ path: String, to output: String) throws -> Compilation {
    let bytes = try readBytes(path)
    let compilation = compile(path: path, bytes: bytes, read: readSource)
    let temporary = output + ".tmp"
    let file = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard file >= 0 else { throw BenchError("cannot write \(temporary)") }
    var written = true
    let digest = try compilation.encodeBundle(
        into: { written = written && write(file, $0.baseAddress, $0.count) == $0.count },
        overwrite: { offset, bytes in written = written && pwrite(file, bytes.baseAddress, bytes.count, off_t(offset)) == bytes.count })
    guard digest != nil else { throw BenchError("`\(path)` has errors") }
    guard close(file) == 0, written, rename(temporary, output) == 0 else { throw BenchError("cannot write \(output)") }
    return compilation
}

/// The bundle's JSON as `survey compile` makes it (digests and all, in one pass), to a sink that only counts it.
func streamedSize(_ compilation: Compilation) throws -> Int {
    var size = 0
    _ = try compilation.encodeBundle(into: { size += $0.count }, overwrite: { _, _ in })
    return size
}

func readBytes(_ path: String) throws -> [UInt8] {
    switch readSource(path) {
    case .success(let bytes): return bytes
    case .failure(let failure): throw BenchError("cannot read \(path): \(failure.reason)")
    }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
