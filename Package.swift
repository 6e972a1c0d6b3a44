// swift-tools-version:6.0
import PackageDescription

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
        .target(name: "SurveyBundle"),
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
        .testTarget(name: "SurveyBundleTests", dependencies: ["SurveyBundle", "SeededRandom"]),
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
