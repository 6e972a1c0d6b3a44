import Foundation
import SurveyBundle
import SurveyDiff
import SurveyLanguage
import SurveyRuntime

/// Repeats one stage, for a profiler such as `perf record` to attribute its time; only what the stage needs is prepared.
func profileStage(_ stage: String, source path: String, secondVersion: String?, repeats: Int) throws {
    let bytes = try readBytes(path)
    func checked() throws -> (Compilation, CheckedSurvey, SurveyBundle.Bundle) {
        let compilation = compile(path: path, bytes: bytes, read: readSource)
        guard let checked = compilation.survey, let bundle = try compilation.bundle() else { throw BenchError("`\(path)` has errors") }
        return (compilation, checked, bundle)
    }
    let body: () throws -> Any
    switch stage {
    case "lex": body = { lex(bytes, file: 0) }
    case "parse": body = { parseWithIncludes(main: path, bytes: bytes, read: readSource) }
    case "check":
        let parsed = parseWithIncludes(main: path, bytes: bytes, read: readSource)
        body = { check(parsed) }
    case "rebuild":
        let survey = try checked().1.survey
        body = { rebuiltSections(survey) }
    case "frontend": body = { compile(path: path, bytes: bytes, read: readSource) }
    case "compile":
        let output = NSTemporaryDirectory() + "survey-bench-profile.bundle.json"
        body = { try wholeCompile(path, to: output) }
    case "emit":
        let compilation = try checked().0
        body = { try streamedSize(compilation) }
    case "load":
        let data = try checked().2.encoded()
        body = { try LoadedSurvey.load(data) }
    case "diff":
        guard let secondVersion else { throw BenchError("diff needs --second") }
        let old = try checked().2
        guard let new = try compile(path: secondVersion, bytes: try readBytes(secondVersion), read: readSource).bundle() else {
            throw BenchError("`\(secondVersion)` has errors")
        }
        body = { diff(old.survey, new.survey) }
    default: throw BenchError("unknown stage `\(stage)`: lex, parse, check, rebuild, frontend, compile, emit, load, diff")
    }
    // As in `timings`, the clock stops before a run's result is freed.
    var elapsed = 0.0
    for _ in 0..<repeats { elapsed += try timeRun(body).seconds }
    let seconds = elapsed / Double(repeats)
    let peak = kib(processStatus("VmHWM"))
    FileHandle.standardError.write(Data("\(stage): \(duration(seconds)) per run, \(String(format: "%.1f", Double(bytes.count) / seconds / 1e6)) MB/s of source, peak \(peak) with what the stage needs\n".utf8))
}
