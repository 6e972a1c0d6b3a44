import Foundation
import Testing

/// `survey export`; the golden cases in Fixtures/export show its table and its refusals.
@Suite struct ExportCommandTests {
    let routing = commandFixtures.appendingPathComponent("inputs/routing.survey").path
    let responses = commandFixtures.appendingPathComponent("export/responses").path
    let refused = commandFixtures.appendingPathComponent("export/refused").path

    @Test(arguments: ["inputs/routing.survey", "inputs/every-kind.survey", "inputs/big-listen-2023.survey", "inputs/big-conversation-2025.survey"])
    func `the table's columns are the codebook's variables, after the response, its role and whether it is complete`(survey: String) throws {
        let path = commandFixtures.appendingPathComponent(survey).path
        let variables = csvRecords(runTool(["codebook", path]).out).dropFirst().map { $0[0] }
        // A folder without responses gives the header alone.
        let (folder, remove) = try temporaryFolder()
        defer { remove() }
        let run = runTool(["export", path, folder.path])
        #expect(run.status == 0, "\(run.error)")
        #expect(csvRecords(run.out) == [["_response", "_role", "_completed"] + variables])
    }

    @Test func `the table is RFC 4180: a row per response, every row as wide as the header, CR LF line ends`() {
        let csv = runTool(["export", routing, responses]).out
        #expect(csv.hasSuffix("\r\n") && !csv.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        let rows = csvRecords(csv)
        #expect(rows.count == 4)
        #expect(rows.allSatisfy { $0.count == rows[0].count })
    }

    @Test func `a response the runtime wrote for a shipped survey is exported with the survey's codes`() throws {
        let (folder, remove) = try temporaryFolder()
        defer { remove() }
        let survey = commandRepository.appendingPathComponent("surveys/big-conversation-2025.survey").path
        let response = folder.appendingPathComponent("agency.json").path
        let answers = commandFixtures.appendingPathComponent("run/agency-social-worker.answers").path
        #expect(runTool(["run", survey, "--answers", answers, "--out", response]).status == 0)
        let rows = csvRecords(runTool(["export", survey, response]).out)
        let row = Dictionary(uniqueKeysWithValues: zip(rows[0], rows[1]))
        #expect(row["_role"] == "agency_social_worker" && row["_completed"] == "1")
        #expect(row["employment"] == "2" && row["job_level"] == "1" && row["local_authority"] == "202")
        #expect(row["caseload"] == "18" && row["hours_worked"] == "40" && row["hours_paid"] == "37.5")
        // Not answered: empty, including every option of a multiple-choice question.
        #expect(row["first_job_factors.pay"] == "" && row["one_change"] == "")
    }

    @Test func `nothing is written when a response is refused`() throws {
        let (folder, remove) = try temporaryFolder()
        defer { remove() }
        let out = folder.appendingPathComponent("data.csv").path
        let run = runTool(["export", routing, responses, refused, "-o", out])
        #expect(run.status == 1)
        #expect(run.error.hasSuffix("nothing written\n"))
        #expect(!FileManager.default.fileExists(atPath: out))
        #expect(runTool(["export", routing, responses, "-o", out]).status == 0)
        #expect(csvRecords(try String(contentsOfFile: out, encoding: .utf8)).count == 4)
    }

    @Test func `an output that is one of the responses is refused before anything is read`() throws {
        let (folder, remove) = try temporaryFolder()
        defer { remove() }
        let response = folder.appendingPathComponent("r.json").path
        try FileManager.default.copyItem(atPath: "\(responses)/la-manager.json", toPath: response)
        let before = try Data(contentsOf: URL(fileURLWithPath: response))
        let run = runTool(["export", routing, folder.path, "-o", response])
        #expect(run.status == 2)
        #expect(try Data(contentsOf: URL(fileURLWithPath: response)) == before)
    }

    @Test func `a survey and no response is a usage error, as is a response that cannot be read`() {
        #expect(runTool(["export", routing]).status == 2)
        let missing = runTool(["export", routing, "/nonexistent/r.json"])
        #expect(missing.status == 2 && missing.error.contains("no such file or folder"))
    }

    @Test func `a folder's hidden files and resume files are passed over, and a file named twice is one row`() throws {
        let (folder, remove) = try temporaryFolder()
        defer { remove() }
        let record = "\(responses)/la-manager.json"
        for name in ["r.json", "._r.json", ".hidden.json", "s-1.resume.json"] {
            try FileManager.default.copyItem(atPath: record, toPath: folder.appendingPathComponent(name).path)
        }
        try Data("not JSON".utf8).write(to: folder.appendingPathComponent("._r.json"))
        let run = runTool(["export", routing, folder.path, folder.appendingPathComponent("./r.json").path])
        #expect(run.status == 0, "\(run.error)")
        #expect(csvRecords(run.out).count == 2)
    }

    @Test func `a member written twice is refused, and a hard link to a record is the record`() throws {
        let (folder, remove) = try temporaryFolder()
        defer { remove() }
        let record = try String(contentsOfFile: "\(responses)/la-manager.json", encoding: .utf8)
        let twice = folder.appendingPathComponent("twice.json")
        try record.replacingOccurrences(of: #""completed" : true"#, with: #""completed" : false, "completed" : true"#)
            .write(to: twice, atomically: true, encoding: .utf8)
        let run = runTool(["export", routing, twice.path])
        #expect(run.status == 1 && run.error.contains("not a response record"), "\(run.error)")
        let original = folder.appendingPathComponent("sub/a.json").path
        try FileManager.default.createDirectory(atPath: folder.appendingPathComponent("sub").path, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: "\(responses)/la-manager.json", toPath: original)
        try FileManager.default.linkItem(atPath: original, toPath: folder.appendingPathComponent("sub/b.json").path)
        #expect(csvRecords(runTool(["export", routing, folder.appendingPathComponent("sub").path]).out).count == 2)
    }

    @Test func `an empty table is written with a warning`() throws {
        let (folder, remove) = try temporaryFolder()
        defer { remove() }
        let run = runTool(["export", routing, folder.path])
        #expect(run.status == 0 && run.error.contains("no response records were found"))
    }

    @Test func `a survey with a question named as one of the record's own columns is refused`() throws {
        let (folder, remove) = try temporaryFolder()
        defer { remove() }
        let source = folder.appendingPathComponent("c.survey").path
        try "survey c \"C\" {\n  version \"1\"\n}\nsection s \"S\" {\n  yesno _completed \"Done?\"\n}\n".write(toFile: source, atomically: true, encoding: .utf8)
        let run = runTool(["export", source, folder.path])
        #expect(run.status == 1 && run.error.contains("`_completed` is a variable of"), "\(run.error)")
    }
}
