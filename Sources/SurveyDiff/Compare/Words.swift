/// Normalised words, and the word similarity used for rename hints and meaning changes.
///
/// A word is a maximal run of letters and digits, lower-cased; everything else (spaces,
/// punctuation, apostrophes, underscores, braces) separates words. Content words leave out
/// a short list of English function words, so that "How satisfied are you with your pay?"
/// and "… with your supervision?" are not mistaken for each other.
enum Words {
    /// The normalised words of a text, in order, repeats kept.
    static func all(_ text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        var isASCII = true
        func finish() {
            guard !current.isEmpty else { return }
            let word = String(current)
            words.append(isASCII ? word : word.lowercased())
            current = String.UnicodeScalarView()
            isASCII = true
        }
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x41...0x5A: current.append(Unicode.Scalar(scalar.value + 0x20)!)
            case 0x61...0x7A, 0x30...0x39: current.append(scalar)
            case 0..<0x80: finish()
            default:
                if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                    current.append(scalar)
                    isASCII = false
                } else {
                    finish()
                }
            }
        }
        finish()
        return words
    }

    /// The distinct content words of a text, or all its distinct words when it has only function words.
    static func content(_ text: String) -> Set<String> {
        let words = all(text)
        let content = Set(words.filter { !functionWords.contains($0) })
        return content.isEmpty ? Set(words) : content
    }

    /// Jaccard similarity, |A ∩ B| / |A ∪ B|; two empty sets are identical.
    static func similarity(_ a: Set<String>, _ b: Set<String>) -> Double {
        if a.isEmpty && b.isEmpty { return 1 }
        let shared = a.count <= b.count ? a.filter(b.contains).count : b.filter(a.contains).count
        return Double(shared) / Double(a.count + b.count - shared)
    }

    /// Similarity of the content words of two texts.
    static func similarity(_ a: String, _ b: String) -> Double {
        similarity(content(a), content(b))
    }

    /// English function words; negations (`not`, `no`, `never`, `none`) are deliberately absent.
    static let functionWords: Set<String> = [
        "a", "about", "after", "all", "am", "an", "and", "any", "are", "as", "at", "be", "been", "before",
        "being", "but", "by", "can", "could", "did", "do", "does", "during", "each", "for", "from", "had",
        "has", "have", "he", "her", "his", "how", "i", "if", "in", "into", "is", "it", "its", "me", "my",
        "of", "on", "or", "our", "please", "s", "she", "should", "so", "that", "the", "their", "them",
        "then", "there", "these", "they", "this", "those", "to", "us", "was", "we", "were", "what", "when",
        "where", "which", "who", "whom", "why", "will", "with", "would", "you", "your", "yours",
    ]
}
