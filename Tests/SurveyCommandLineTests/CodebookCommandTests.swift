import Foundation
import Testing

@Suite struct CodebookCommandTests {
    let routing = commandFixtures.appendingPathComponent("inputs/routing.survey").path

    @Test func `the CSV is RFC 4180: a header, CR LF line ends, quoted fields`() {
        let csv = runTool(["codebook", routing]).out
        #expect(csv.hasSuffix("\r\n"))
        #expect(!csv.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        let rows = csvRecords(csv)
        #expect(rows.first == ["variable", "question", "type", "values", "asked_of", "condition"])
        #expect(rows.allSatisfy { $0.count == 6 })
        let employer = rows.first { $0.first == "employer" }
        #expect(employer?[3] == "1 = A local authority or children's trust; 2 = An agency, or my own company through an agency")
    }

    @Test func `each kind of question becomes the variables its answers fill`() {
        let names = csvRecords(runTool(["codebook", routing]).out).dropFirst().map { $0[0] }
        #expect(names == [
            "employer", "level", "permanent",
            "reasons.pay", "reasons.hours", "reasons.other", "reasons.none", "reasons.other.specify",
            "caseload", "protection", "views.valued", "views.heard",
            "priorities.pay", "priorities.caseload", "priorities.training",
            "why", "morale", "hours",
        ])
    }

    @Test func `who is asked is given by role labels, or everyone`() {
        let rows = csvRecords(runTool(["codebook", routing]).out)
        let askedOf = Dictionary(rows.dropFirst().map { ($0[0], $0[4]) }, uniquingKeysWith: { a, _ in a })
        #expect(askedOf["caseload"] == "everyone")
        #expect(askedOf["permanent"] == "Agency social worker; Agency manager")
        #expect(askedOf["priorities.pay"] == "Local authority social worker; Agency social worker; Agency manager")
        // Managers with a caseload of 20 or more are asked too, so every role can be.
        #expect(askedOf["morale"] == "everyone")
    }

    @Test func `the typed text of a specify option cannot share a name with another option`() throws {
        let source = """
            survey clash "Clash" {
              version "1"
            }
            section s "S" {
              multiple m "Which?" {
                other "Other" specify
                other_text "Other text"
              }
            }
            """
        let names = csvRecords(try runTool(source: source, ["codebook"]).out).dropFirst().map { $0[0] }
        #expect(names == ["m.other", "m.other_text", "m.other.specify"])
    }

    @Test func `a compiled bundle gives the codebook of its source`() throws {
        let (folder, remove) = try temporaryFolder()
        defer { remove() }
        let bundle = folder.appendingPathComponent("routing.bundle.json").path
        #expect(runTool(["compile", routing, "-o", bundle]).status == 0)
        let run = runTool(["codebook", bundle])
        #expect(run.status == 0 && run.error.isEmpty)
        #expect(run.out == runTool(["codebook", routing]).out)
    }
}
