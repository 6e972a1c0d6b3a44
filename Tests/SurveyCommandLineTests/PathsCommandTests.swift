import Foundation
import Testing

@Suite struct PathsCommandTests {
    let routing = commandFixtures.appendingPathComponent("inputs/routing.survey").path

    @Test func `a role asked of a survey without roles says it has none`() throws {
        let source = """
            survey plain "Plain" {
              version "1"
            }
            section s "S" {
              yesno q "Q?"
            }
            """
        let run = try runTool(source: source, ["paths", "--role", "x"])
        #expect(run.status == 2)
        #expect(run.error == "error: `plain` has no roles, so `--role` does not apply\n")
    }

    @Test func `a condition every respondent with the role meets is not shown as one`() {
        // Every local authority social worker answered `employment` with `local_authority`, so `job_level`'s
        // condition `employment in (local_authority, agency)` always holds for them.
        let survey = commandRepository.appendingPathComponent("surveys/big-conversation-2025.survey").path
        let run = runTool(["paths", survey, "--role", "la_social_worker"])
        #expect(run.out.contains("   2. job_level (required)\n"), "\(run.out)")
    }

    @Test func `an unknown role is a usage error with a suggestion`() {
        let run = runTool(["paths", routing, "--role", "la_managr"])
        #expect(run.status == 2)
        #expect(run.error.contains("help: did you mean `la_manager`?"))
        #expect(runTool(["paths", routing, "--role", "la_manager"]).out.contains("Local authority manager (la_manager)"))
    }
}
