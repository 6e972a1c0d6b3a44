// swift-tools-version:6.0
import PackageDescription

// SHA256Instructions calls the CPU's SHA-256 instructions through Clang's intrinsics, which need the
// features enabled in the Swift code that calls them. Only that small target gets the flags, and it
// runs only after a CPUID check; elsewhere SHA-256 uses portable Swift.
#if arch(x86_64)
let sha256InstructionFlags: [SwiftSetting] = [.unsafeFlags(["-Xcc", "-msha", "-Xcc", "-msse4.1"])]
#else
let sha256InstructionFlags: [SwiftSetting] = []
#endif

let package = Package(
    name: "survey",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "survey", targets: ["survey"]),
        .library(name: "SurveyLanguage", targets: ["SurveyLanguage"]),
        .library(name: "SurveyBundle", targets: ["SurveyBundle"]),
        .library(name: "SurveyRuntime", targets: ["SurveyRuntime"]),
        .library(name: "SurveyDiff", targets: ["SurveyDiff"]),
    ],
    targets: [
        .target(name: "SHA256Instructions", swiftSettings: sha256InstructionFlags),
        .target(name: "SurveyBundle", dependencies: ["SHA256Instructions"]),
        .target(name: "SurveyLanguage", dependencies: ["SurveyBundle"]),
        .target(name: "SurveyRuntime", dependencies: ["SurveyBundle"]),
        .target(name: "SurveyDiff", dependencies: ["SurveyBundle"]),
        .target(
            name: "SurveyCommandLine",
            dependencies: ["SurveyLanguage", "SurveyBundle", "SurveyRuntime", "SurveyDiff"]),
        .executableTarget(name: "survey", dependencies: ["SurveyCommandLine"]),
        .target(name: "SeededRandom"),
        .executableTarget(
            name: "survey-bench", dependencies: ["SurveyLanguage", "SurveyBundle", "SurveyRuntime", "SurveyDiff", "SeededRandom"],
            path: "Benchmarks/survey-bench"),
        .testTarget(name: "SurveyBundleTests", dependencies: ["SurveyBundle", "SHA256Instructions", "SeededRandom"]),
        .testTarget(
            name: "SurveyLanguageTests", dependencies: ["SurveyLanguage", "SeededRandom"],
            exclude: ["Fixtures"]),
        .testTarget(
            name: "SurveyRuntimeTests", dependencies: ["SurveyRuntime", "SurveyLanguage", "SeededRandom"],
            exclude: ["Fixtures"]),
        .testTarget(name: "SurveyDiffTests", dependencies: ["SurveyDiff", "SeededRandom"]),
        .testTarget(
            name: "SurveyCommandLineTests", dependencies: ["SurveyCommandLine", "SurveyRuntime", "survey", "SeededRandom"],
            exclude: ["Fixtures"]),
    ]
)
