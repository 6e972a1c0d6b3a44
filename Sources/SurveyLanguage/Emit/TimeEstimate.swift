import SurveyBundle

/// Seconds to read one word, at 250 words a minute.
let secondsPerWord = 60.0 / 250.0

/// The estimated seconds to read and answer a question, by the model documented in docs/bundle.md.
func estimatedSeconds(_ question: Question) -> Double {
    let reading = Double(wordCount(question.text) + wordCount(question.help ?? "")) * secondsPerWord
    let options = Double(question.options?.count ?? 0)
    let answering: Double = switch question.type {
    case .single: 4 + 1 * options
    case .multiple: 6 + 1.5 * options
    case .ranking: 8 + 3 * Double(question.maxChoices.map { min(Double($0), options) } ?? options)
    case .text: question.isLong == true ? 60 : 15
    case .number, .decimal: 8
    case .scale: 5
    case .grid: 4 + 4 * Double(question.rows?.count ?? 0)
    case .yesno: 3
    }
    return ((reading + answering) * 10).rounded() / 10
}

func wordCount(_ text: String) -> Int {
    // ASCII fast path over the bytes in place; other text takes the character split.
    if let count = text.utf8.withContiguousStorageIfAvailable(asciiWordCount) ?? nil { return count }
    return text.split(whereSeparator: { $0 == " " || $0 == "\n" }).count
}

/// The words of ASCII text, or nil for other text. They are the same as splitting the characters, where
/// only CR LF forms one character (neither a space nor a newline) from two bytes.
private func asciiWordCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    var count = 0
    var isInWord = false
    var previous: UInt8 = 0
    for byte in bytes {
        if byte >= 0x80 { return nil }
        let isSeparator = byte == UInt8(ascii: " ") || (byte == UInt8(ascii: "\n") && previous != UInt8(ascii: "\r"))
        if !isSeparator && !isInWord { count += 1 }
        isInWord = !isSeparator
        previous = byte
    }
    return count
}
