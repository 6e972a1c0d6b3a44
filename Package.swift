// swift-tools-version:6.0
import PackageDescription

// SHA256Instructions calls the CPU's SHA-256 instructions through Clang's intrinsics, which need the
// features enabled in the Swift code that calls them. Only that small target gets the flags, and it
// runs only after a CPUID check; elsewhere SHA-256 uses portable Swift.
//
// SwiftPM refuses a package with unsafe flags as a versioned dependency. An app that depends on these
// libraries that way sets SURVEY_PORTABLE_SHA256=1 when it resolves and builds: the flags are left out
// and SHA-256 stays portable (the same digests, about eight times slower to compute).
#if arch(x86_64)
let usesSHA256Instructions = Context.environment["SURVEY_PORTABLE_SHA256"] == nil
#else
let usesSHA256Instructions = false
#endif
let sha256InstructionSettings: [SwiftSetting] =
    usesSHA256Instructions
    ? [.define("SHA256_INSTRUCTIONS"), .unsafeFlags(["-Xcc", "-msha", "-Xcc", "-msse4.1"])] : []

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
        .target(name: "SHA256Instructions", swiftSettings: sha256InstructionSettings),
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
