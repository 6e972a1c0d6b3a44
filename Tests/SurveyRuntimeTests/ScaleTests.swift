import Foundation
import SurveyBundle
import SurveyRuntime
import Testing

/// A survey of `count` questions in blocks of ten, each block shown only when its routing question says yes.
func largeSurvey(questions count: Int) -> Fixture {
    var items: [Item] = []
    for group in 0..<(count / 10) {
        let gate = "gate_\(group)"
        items.append(ask(.yesno, gate))
        var inner: [Item] = []
        for index in 0..<9 {
            inner.append(ask(.number, "q_\(group)_\(index)") { $0.min = 0; $0.max = 100 })
        }
        items.append(.block(Block(condition: test(gate, .is, .bool(true)), items: inner)))
    }
    return Fixture(Section(id: "big", title: "Big", condition: nil, items: items))
}

@Test func `a ten-thousand-question survey is answered in time linear in its length`() throws {
    let loaded = try largeSurvey(questions: 10_000).load()
    var session = Session(loaded)
    let clock = ContinuousClock()
    var steps = 0
    let elapsed = clock.measure {
        while let question = session.currentQuestion {
            if question.type == .yesno {
                try! session.answer(.yesno(steps % 20 != 0))
            } else {
                try! session.answer(.number(steps % 100))
            }
            steps += 1
        }
    }
    #expect(session.isComplete)
    #expect(steps > 9_000)
    // Far above the linear cost even in debug builds, far below a rescan per step (10^8 evaluations).
    #expect(elapsed < .seconds(5))
}
