import Foundation

/// survey-bench: generates synthetic surveys and measures every stage of the toolchain on them.
let usage = """
    Usage:
      survey-bench [--sizes 100,1000,10000,100000] [--runs 5] [--budget SECONDS] [--processes 1] [--seed 1]
                   [--work-dir DIR] [--json FILE]
          Measures every stage at each size, each size in fresh child processes (--processes of them, their
          runs pooled, which evens out a machine whose speed changes from one process to the next), and
          prints a Markdown report.
      survey-bench generate --questions N [--seed 1] [--version 1|2] [--survey FILE] [--xlsform FILE.md]
          Writes the synthetic survey of N questions, and the same survey as a pyxform markdown XLSForm.
      survey-bench profile --stage lex|parse|check|rebuild|frontend|compile|emit|load|diff --survey FILE [--second FILE] [--repeats 10]
          Repeats one stage, for `perf record -g`. `rebuild` builds the checked survey's sections again with
          every string new: the least any front end that returns the checked survey must do besides lexing.
      survey-bench layout
          Prints the inline sizes of the syntax tree and bundle types.

    Build it in release mode: swift build -c release --product survey-bench
    """

struct Options {
    var values: [String: String] = [:]
    var command: String?

    init(_ arguments: [String]) throws {
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument.hasPrefix("--") {
                guard index + 1 < arguments.count else { throw BenchError("\(argument) needs a value\n\n\(usage)") }
                values[argument] = arguments[index + 1]
                index += 2
            } else if command == nil {
                command = argument
                index += 1
            } else {
                throw BenchError("unexpected `\(argument)`\n\n\(usage)")
            }
        }
    }

    func int(_ name: String, _ fallback: Int) throws -> Int {
        guard let text = values[name] else { return fallback }
        guard let value = Int(text.replacingOccurrences(of: "_", with: "").replacingOccurrences(of: ",", with: "")) else {
            throw BenchError("\(name) takes a whole number, not `\(text)`")
        }
        return value
    }
}

func runMain() throws {
    let options = try Options(Array(CommandLine.arguments.dropFirst()))
    let seed = UInt64(try options.int("--seed", 1))
    switch options.command {
    case "generate":
        let questions = try options.int("--questions", 1000)
        let survey = generateSurvey(questions: questions, seed: seed, version: try options.int("--version", 1))
        if let path = options.values["--survey"] {
            try surveySource(survey).write(toFile: path, atomically: true, encoding: .utf8)
        }
        if let path = options.values["--xlsform"] {
            try xlsForm(survey).write(toFile: path, atomically: true, encoding: .utf8)
        }
        if options.values["--survey"] == nil && options.values["--xlsform"] == nil {
            FileHandle.standardOutput.write(Data(surveySource(survey).utf8))
        }
    case "measure":
        // The child: one size, in a fresh process, so its peak memory is its own.
        guard let source = options.values["--survey"], let second = options.values["--second"], let work = options.values["--work-dir"] else {
            throw BenchError("measure needs --survey, --second and --work-dir")
        }
        let result = try measureSize(
            source: source, secondVersion: second, questions: try options.int("--questions", 0),
            runs: try options.int("--runs", 5), budget: Double(options.values["--budget"] ?? "1") ?? 1, workDir: work)
        let encoder = JSONEncoder()
        FileHandle.standardOutput.write(try encoder.encode(result))
    case "profile":
        // Repeats one stage for a profiler: perf record -g survey-bench profile --stage check --survey FILE
        guard let stage = options.values["--stage"], let source = options.values["--survey"] else {
            throw BenchError("profile needs --stage and --survey")
        }
        try profileStage(stage, source: source, secondVersion: options.values["--second"], repeats: try options.int("--repeats", 10))
    case nil, "run":
        try runAllSizes(options, seed: seed)
    case "layout":
        print(layoutReport())
    case "help", "-h":
        print(usage)
    default:
        throw BenchError("unknown command `\(options.command!)`\n\n\(usage)")
    }
}

/// Generates each size, measures it in a child process, and prints the report.
func runAllSizes(_ options: Options, seed: UInt64) throws {
    let sizes = (options.values["--sizes"] ?? "100,1000,10000,100000").split(separator: ",").compactMap { Int($0) }
    let runs = try options.int("--runs", 5)
    let budget = options.values["--budget"] ?? "1"
    let work = options.values["--work-dir"] ?? NSTemporaryDirectory() + "survey-bench"
    try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
    let executable = try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
    let processes = max(1, try options.int("--processes", 1))
    var results: [SizeResult] = []
    for size in sizes {
        let first = "\(work)/synthetic-\(size).survey"
        let second = "\(work)/synthetic-\(size)-v2.survey"
        try surveySource(generateSurvey(questions: size, seed: seed, version: 1)).write(toFile: first, atomically: true, encoding: .utf8)
        try surveySource(generateSurvey(questions: size, seed: seed, version: 2)).write(toFile: second, atomically: true, encoding: .utf8)
        var measured: [SizeResult] = []
        for process in 1...processes {
            FileHandle.standardError.write(Data("measuring \(size) questions (process \(process) of \(processes))…\n".utf8))
            let child = Process()
            child.executableURL = URL(fileURLWithPath: executable)
            child.arguments = [
                "measure", "--survey", first, "--second", second, "--questions", String(size), "--runs", String(runs),
                "--budget", budget, "--work-dir", work,
            ]
            let pipe = Pipe()
            child.standardOutput = pipe
            try child.run()
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            child.waitUntilExit()
            guard child.terminationStatus == 0 else { throw BenchError("the child for \(size) questions failed (status \(child.terminationStatus))") }
            measured.append(try JSONDecoder().decode(SizeResult.self, from: data))
        }
        results.append(pooled(measured))
    }
    if let path = options.values["--json"] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try encoder.encode(results).write(to: URL(fileURLWithPath: path))
    }
    print(markdownReport(results, runs: runs))
}

/// One size measured in several processes: every run's time pooled, the highest peaks.
func pooled(_ results: [SizeResult]) -> SizeResult {
    var result = results[0]
    for other in results.dropFirst() {
        result.baselineKiB = max(result.baselineKiB, other.baselineKiB)
        result.compilePeakKiB = max(result.compilePeakKiB, other.compilePeakKiB)
        result.peakKiB = max(result.peakKiB, other.peakKiB)
        for index in result.stages.indices {
            if let same = other.stages.first(where: { $0.stage == result.stages[index].stage }) {
                result.stages[index].seconds += same.seconds
                if let freeing = same.freeingSeconds { result.stages[index].freeingSeconds?.append(contentsOf: freeing) }
            }
        }
    }
    return result
}

do {
    try runMain()
} catch {
    FileHandle.standardError.write(Data("survey-bench: \(error)\n".utf8))
    exit(2)
}
