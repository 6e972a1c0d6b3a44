#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Monotonic nanoseconds; cheap enough (a vDSO call) to time one runtime step.
@inline(__always)
func nanoseconds() -> UInt64 {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
}

/// Keeps a result alive so the optimiser cannot drop the work that made it.
@inline(never)
func consume<T>(_ value: T) {
    withExtendedLifetime(value) {}
}

/// Runs `body` once untimed, then at least `runs` times, and more while the total is under `budget` seconds (at most 50 runs).
func timings(runs: Int, budget: Double, _ body: () throws -> Void) rethrows -> [Double] {
    try body()
    var seconds: [Double] = []
    var total = 0.0
    while seconds.count < runs || (total < budget && seconds.count < 50) {
        let start = nanoseconds()
        try body()
        let elapsed = Double(nanoseconds() - start) / 1e9
        seconds.append(elapsed)
        total += elapsed
    }
    return seconds
}

func median(_ values: [Double]) -> Double {
    guard !values.isEmpty else { return .nan }
    let sorted = values.sorted()
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/// A line of /proc/self/status in kibibytes, such as `VmHWM` (peak resident set) or `VmRSS`.
func processStatus(_ field: String) -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
    for line in status.split(separator: "\n") where line.hasPrefix(field + ":") {
        return Int(line.split(whereSeparator: { $0 == " " || $0 == "\t" }).dropFirst().first ?? "0") ?? 0
    }
    return 0
}
