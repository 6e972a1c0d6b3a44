import SeededRandom
import Foundation
import Testing

/// Killing `survey run` at any moment leaves the previous or the new resume file, never a broken one.
@Suite(.serialized) struct RunKillTests {
    @Test func `a killed run always leaves a resume file that resumes`() throws {
        let executable = surveyExecutable
        try #require(FileManager.default.isExecutableFile(atPath: executable.path), "the survey executable is built beside the tests")
        let survey = commandFixtures.appendingPathComponent("inputs/big-conversation-2025.survey").path
        let (folder, remove) = try temporaryFolder()
        defer { remove() }
        let resume = folder.appendingPathComponent("kill.resume.json").path
        var generator = SplitMix64(seed: 20251123)
        var killedWhileRunning = 0
        // The screener, then Enter for every optional question: the survey ends only with the last line.
        let lines = ["1", "1", "camden"] + Array(repeating: "", count: 60)
        signal(SIGPIPE, SIG_IGN)
        for round in 0..<12 {
            let process = Process()
            process.executableURL = executable
            process.arguments = ["run", survey, "--resume", resume]
            let input = Pipe()
            process.standardInput = input
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            // Answer a line every 3 ms and kill the run after a seeded number of lines, while it still waits for more.
            let killAfter = generator.below(lines.count)
            for line in lines.prefix(killAfter) {
                try? input.fileHandleForWriting.write(contentsOf: Data((line + "\n").utf8))
                usleep(3_000)
            }
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            if process.terminationReason == .uncaughtSignal { killedWhileRunning += 1 }
            try? input.fileHandleForWriting.close()

            guard FileManager.default.fileExists(atPath: resume) else { continue }
            let check = runTool(["run", survey, "--resume", resume], input: ":quit\n")
            #expect(check.status == 0, "round \(round) (seed 20251123, killed after \(killAfter) lines): the resume file left by a killed run does not resume: \(check.error)")
        }
        #expect(killedWhileRunning > 0, "the runs were killed while answering")
    }
}

