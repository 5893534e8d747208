/// Checks bytes for well-formed UTF-8 without building a string.
///
/// ```swift
/// bytes.withUnsafeBufferPointer { UTF8Validator.firstInvalidOffset(in: $0) }   // nil when valid
/// ```
///
/// This is on the hot path (every document's bytes pass through it), so it skips ASCII eight bytes at a time and
/// checks multi-byte sequences against the table in Unicode 15, section 3.9 (table 3-7): no overlong forms, no
/// surrogates, nothing above U+10FFFF.
enum UTF8Validator {
    /// The offset of the first byte that does not begin a well-formed sequence, or `nil` when all bytes are valid.
    ///
    /// - Complexity: O(*n*), one pass.
    static func firstInvalidOffset(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = 0
        while index < bytes.count {
            switch sequenceLength(in: bytes, at: &index) {
            case .invalid: return index
            case .ascii, .multibyte: continue
            }
        }
        return nil
    }

    /// Counts well-formed multi-byte sequences and ill-formed bytes, to tell mostly-UTF-8 text with a few stray
    /// bytes from text in a legacy charset.
    static func census(of bytes: UnsafeBufferPointer<UInt8>) -> (multibyteSequences: Int, invalidBytes: Int) {
        var index = 0
        var multibyte = 0
        var invalid = 0
        while index < bytes.count {
            switch sequenceLength(in: bytes, at: &index) {
            case .ascii: break
            case .multibyte: multibyte += 1
            case .invalid:
                invalid += 1
                index += 1
            }
        }
        return (multibyte, invalid)
    }

    private enum Step { case ascii, multibyte, invalid }

    /// Advances `index` past a run of ASCII or one multi-byte sequence; leaves it in place at an invalid byte.
    @inline(__always)
    private static func sequenceLength(in bytes: UnsafeBufferPointer<UInt8>, at index: inout Int) -> Step {
        // The caller guarantees index < count, so baseAddress is non-nil.
        guard let base = bytes.baseAddress else { return .invalid }
        let count = bytes.count
        var i = index
        // ASCII fast path: a word with no high bit set is eight ASCII bytes.
        while i + 8 <= count {
            let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            if word & 0x8080_8080_8080_8080 != 0 { break }
            i += 8
        }
        while i < count && base[i] < 0x80 { i += 1 }
        if i != index {
            index = i
            return .ascii
        }
        let lead = base[i]
        @inline(__always) func isContinuation(_ offset: Int) -> Bool {
            i + offset < count && base[i + offset] & 0xC0 == 0x80
        }
        switch lead {
        case 0xC2...0xDF:
            guard isContinuation(1) else { return .invalid }
            index = i + 2
        case 0xE0...0xEF:
            guard i + 2 < count else { return .invalid }
            let second = base[i + 1]
            let secondRange: ClosedRange<UInt8> =
                lead == 0xE0 ? 0xA0...0xBF : lead == 0xED ? 0x80...0x9F : 0x80...0xBF
            guard secondRange.contains(second), isContinuation(2) else { return .invalid }
            index = i + 3
        case 0xF0...0xF4:
            guard i + 3 < count else { return .invalid }
            let second = base[i + 1]
            let secondRange: ClosedRange<UInt8> =
                lead == 0xF0 ? 0x90...0xBF : lead == 0xF4 ? 0x80...0x8F : 0x80...0xBF
            guard secondRange.contains(second), isContinuation(2), isContinuation(3) else { return .invalid }
            index = i + 4
        default:
            return .invalid
        }
        return .multibyte
    }
}
