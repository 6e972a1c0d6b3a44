import Foundation

/// The Markdown report: inputs, time per stage and size with throughput and growth, memory, and the targets.
func markdownReport(_ sizes: [SizeResult], runs: Int) -> String {
    var out = ""
    out += "### Inputs\n\n"
    out += "| questions | source | bundle | diagnostics | runtime walk |\n|---:|---:|---:|---|---|\n"
    for size in sizes {
        out += "| \(grouped(size.questions)) | \(megabytes(size.sourceBytes)) | \(megabytes(size.bundleBytes)) | "
        out += "\(size.errors) errors, \(size.warnings) warnings | \(grouped(size.answerSteps)) steps, \(size.refusedAnswers) answers refused |\n"
    }
    out += "\n### Time (median of all runs, at least \(runs) in each process; growth is the time over the time at a tenth of the size)\n\n"
    out += "| stage | questions | median | best | MB/s | questions/s | growth | then freeing |\n|---|---:|---:|---:|---:|---:|---:|---:|\n"
    for stage in Stage.allCases {
        var previous: Double?
        for size in sizes {
            guard let result = size.stages.first(where: { $0.stage == stage }) else {
                out += "| \(stage.rawValue) | \(grouped(size.questions)) | pending | | | | | |\n"
                continue
            }
            if let note = result.note {
                out += "| \(stage.rawValue) | \(grouped(size.questions)) | \(note) | | | | | |\n"
                continue
            }
            let time = median(result.seconds)
            let throughput = result.bytes > 0 ? String(format: "%.1f", Double(result.bytes) / time / 1e6) : "—"
            let rate = stage == .answer ? "\(grouped(Int(1 / time))) steps/s" : grouped(Int(Double(result.questions) / time))
            let growth = previous.map { String(format: "%.2f×", time / $0) } ?? ""
            let best = duration(result.seconds.min() ?? .nan)
            let freeing = result.freeingSeconds.map { duration(median($0)) } ?? "—"
            out += "| \(stage.rawValue) | \(grouped(size.questions)) | \(duration(time)) | \(best) | \(throughput) | \(rate) | \(growth) | \(freeing) |\n"
            previous = time
        }
    }
    out += "\nMB/s, questions/s and growth are from the median; best is the fastest run. A run's clock stops when its "
    out += "result is ready, as in `survey compile` and `survey check`, which leave it to the exit; then freeing is "
    out += "the median time to free it afterwards, which an editor or server running the stage again also pays. "
    out += "MB/s is over the source for the compiler stages and over the bundle for loading; "
    out += "the answer step is the time per step of one respondent's whole walk, notes included.\n"
    out += "\n### Peak memory (VmHWM, fresh processes for each size; the highest)\n\n"
    out += "| questions | source | at start | peak after one compile | peak / source | peak after every stage |\n|---:|---:|---:|---:|---:|---:|\n"
    for size in sizes {
        let ratio = Double(size.compilePeakKiB * 1024) / Double(size.sourceBytes)
        out += "| \(grouped(size.questions)) | \(megabytes(size.sourceBytes)) | \(kib(size.baselineKiB)) | \(kib(size.compilePeakKiB)) | "
        out += String(format: "%.1f×", ratio) + " | \(kib(size.peakKiB)) |\n"
    }
    out += "\n" + targets(sizes)
    return out
}

/// The issue's targets that this benchmark can judge; the pyxform ratio comes from scripts/compare-pyxform.sh.
func targets(_ sizes: [SizeResult]) -> String {
    var out = "### Targets\n\n| target | measured | met |\n|---|---:|---|\n"
    func stage(_ stage: Stage, _ questions: Int) -> StageResult? {
        sizes.first { $0.questions == questions }?.stages.first { $0.stage == stage && $0.note == nil }
    }
    func row(_ name: String, _ measured: String?, _ isMet: Bool?) {
        out += "| \(name) | \(measured ?? "not measured") | \(isMet.map { $0 ? "yes" : "**no**" } ?? "—") |\n"
    }
    if let largest = sizes.last {
        let n = largest.questions
        if let front = stage(.frontEnd, n) {
            let rate = Double(front.bytes) / median(front.seconds) / 1e6
            row("front end ≥ 100 MB/s at \(grouped(n)) questions", String(format: "%.1f MB/s", rate), rate >= 100)
        }
        if let load = stage(.load, n) {
            let rate = Double(load.bytes) / median(load.seconds) / 1e6
            row("bundle load + validation ≥ 100 MB/s at \(grouped(n)) questions", String(format: "%.1f MB/s", rate), rate >= 100)
        }
        let ratio = Double(largest.compilePeakKiB * 1024) / Double(largest.sourceBytes)
        row("peak memory of a compile < 20 × source at \(grouped(n)) questions", String(format: "%.1f×", ratio), ratio < 20)
    }
    if let step = stage(.answer, 10_000) {
        let time = median(step.seconds)
        row("runtime answer step < 5 µs at 10,000 questions", duration(time), time < 5e-6)
    }
    if sizes.count >= 2 {
        let last = sizes[sizes.count - 1]
        let before = sizes[sizes.count - 2]
        for (name, statistic) in [("medians", median), ("best runs", { $0.min() ?? .nan })] as [(String, ([Double]) -> Double)] {
            var worst: (Stage, Double)?
            for result in last.stages where result.note == nil && result.stage != .answer {
                guard let earlier = before.stages.first(where: { $0.stage == result.stage && $0.note == nil }) else { continue }
                let factor = statistic(result.seconds) / statistic(earlier.seconds)
                let normalised = factor * 10 / (Double(last.questions) / Double(before.questions))
                if worst == nil || normalised > worst!.1 { worst = (result.stage, normalised) }
            }
            if let worst {
                row("near-linear: ≤ 11× time for 10× questions (\(grouped(before.questions)) → \(grouped(last.questions)), \(name))",
                    String(format: "worst %.2f× (%@)", worst.1, worst.0.rawValue), worst.1 <= 11)
            }
        }
    }
    return out
}

func duration(_ seconds: Double) -> String {
    if seconds < 1e-6 { return String(format: "%.0f ns", seconds * 1e9) }
    if seconds < 1e-3 { return String(format: "%.2f µs", seconds * 1e6) }
    if seconds < 1 { return String(format: "%.2f ms", seconds * 1e3) }
    return String(format: "%.2f s", seconds)
}

func megabytes(_ bytes: Int) -> String {
    bytes >= 1_000_000 ? String(format: "%.1f MB", Double(bytes) / 1e6) : String(format: "%.1f kB", Double(bytes) / 1e3)
}

func kib(_ kib: Int) -> String { String(format: "%.1f MB", Double(kib) * 1024 / 1e6) }

/// 12345 → "12,345".
func grouped(_ value: Int) -> String {
    let digits = String(value)
    var out = ""
    for (index, character) in digits.enumerated() {
        if index > 0 && (digits.count - index) % 3 == 0 && character != "-" { out += "," }
        out.append(character)
    }
    return out
}
