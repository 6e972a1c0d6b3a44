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
///
/// Text without a CR is read eight bytes at a time: a word starts at each byte that is not a separator
/// after one that is, so the starts are a mask of the separators shifted by one byte, and one population
/// count counts the starts in eight bytes. Words are read little-endian, so the byte before is the one below.
private func asciiWordCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    let raw = UnsafeRawBufferPointer(bytes)
    var count = 0
    // The high bit is set when the byte before the next word was a separator; the start of the text counts as one.
    var separatorBefore: UInt64 = 0x80
    var offset = 0
    while offset < raw.count {
        let word: UInt64
        if offset + 8 <= raw.count {
            word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
        } else {
            // The last bytes, padded with spaces, which start no word.
            var padded = WordScanning.ones &* UInt64(UInt8(ascii: " "))
            withUnsafeMutableBytes(of: &padded) { $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[offset...])) }
            word = UInt64(littleEndian: padded)
        }
        guard word & WordScanning.highBits == 0, WordScanning.matches(UInt8(ascii: "\r"), in: word) == 0 else {
            return asciiWordCountByByte(bytes)
        }
        let separators = WordScanning.matches(UInt8(ascii: " "), in: word) | WordScanning.matches(UInt8(ascii: "\n"), in: word)
        let starts = ~separators & WordScanning.highBits & (separators << 8 | separatorBefore)
        count += starts.nonzeroBitCount
        separatorBefore = separators >> 56
        offset += 8
    }
    return count
}

/// `asciiWordCount` one byte at a time, for text with a CR, where a newline after it is no separator.
private func asciiWordCountByByte(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
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
