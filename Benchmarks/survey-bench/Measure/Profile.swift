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
    let body: () throws -> Void
    switch stage {
    case "lex": body = { consume(lex(bytes, file: 0)) }
    case "parse": body = { consume(parseWithIncludes(main: path, bytes: bytes, read: readSource)) }
    case "check":
        let parsed = parseWithIncludes(main: path, bytes: bytes, read: readSource)
        body = { consume(check(parsed)) }
    case "frontend": body = { consume(compile(path: path, bytes: bytes, read: readSource)) }
    case "compile":
        let output = NSTemporaryDirectory() + "survey-bench-profile.bundle.json"
        body = { try wholeCompile(path, to: output) }
    case "emit":
        let compilation = try checked().0
        body = { consume(try streamedSize(compilation)) }
    case "load":
        let data = try checked().2.encoded()
        body = { consume(try LoadedSurvey.load(data)) }
    case "diff":
        guard let secondVersion else { throw BenchError("diff needs --second") }
        let old = try checked().2
        guard let new = try compile(path: secondVersion, bytes: try readBytes(secondVersion), read: readSource).bundle() else {
            throw BenchError("`\(secondVersion)` has errors")
        }
        body = { consume(diff(old.survey, new.survey)) }
    default: throw BenchError("unknown stage `\(stage)`: lex, parse, check, frontend, compile, emit, load, diff")
    }
    let start = nanoseconds()
    for _ in 0..<repeats { try body() }
    let seconds = Double(nanoseconds() - start) / 1e9 / Double(repeats)
    let peak = kib(processStatus("VmHWM"))
    FileHandle.standardError.write(Data("\(stage): \(duration(seconds)) per run, \(String(format: "%.1f", Double(bytes.count) / seconds / 1e6)) MB/s of source, peak \(peak) with what the stage needs\n".utf8))
}
