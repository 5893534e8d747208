internal import Glibc

/// Converts bytes in a legacy charset (Shift_JIS, GBK, KOI8-R, …) to a string with the C library's `iconv`.
///
/// ```swift
/// let converter = IconvConverter(from: "KOI8-R")
/// let (text, replaced) = converter?.decode(bytes) ?? ("", 0)
/// ```
///
/// The class owns the `iconv_t` descriptor and closes it in `deinit`; descriptors are stateful, so one converter
/// serves one document on one thread.
final class IconvConverter {
    private let descriptor: iconv_t

    /// Opens a converter from `charsetName` (an iconv name, see ``Charset/iconvName``) to UTF-8.
    ///
    /// - Returns: `nil` when this system's iconv lacks the charset (glibc's gconv modules are not installed).
    init?(from charsetName: String) {
        let descriptor = iconv_open("UTF-8", charsetName)
        // > On error, iconv_open() returns (iconv_t) -1 and sets errno. (iconv_open(3))
        guard let descriptor, descriptor != iconv_t(bitPattern: -1) else { return nil }
        self.descriptor = descriptor
    }

    deinit {
        iconv_close(descriptor)
    }

    /// Decodes `bytes`, replacing each byte that starts no valid sequence with U+FFFD, as browsers do.
    ///
    /// - Returns: The text, and how many replacements were made.
    func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> (text: String, replacements: Int) {
        // Three UTF-8 bytes per input byte covers every charset iconv reads here (a single byte becomes at most a
        // BMP character; two bytes at most one); the loop grows the buffer if ever that is wrong.
        var output = [UInt8](repeating: 0, count: bytes.count * 3 + 16)
        var written = 0
        var replacements = 0
        var inputOffset = 0
        let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]

        func ensureRoom(_ needed: Int) {
            if output.count - written < needed { output.append(contentsOf: repeatElement(0, count: output.count)) }
        }

        guard let inputBase = bytes.baseAddress else { return ("", 0) }
        let mutableInput = UnsafeMutableRawPointer(mutating: inputBase).assumingMemoryBound(to: CChar.self)
        var finished = false
        while !finished {
            var inPointer: UnsafeMutablePointer<CChar>? = mutableInput + inputOffset
            var inLeft = bytes.count - inputOffset
            // The last round passes no input, which asks a stateful decoder (ISO-2022-JP) to finish.
            let flushing = inLeft == 0
            let (result, failure) = output.withUnsafeMutableBytes { buffer -> (Int, Int32) in
                var outPointer: UnsafeMutablePointer<CChar>? =
                    buffer.baseAddress?.assumingMemoryBound(to: CChar.self).advanced(by: written)
                var outLeft = buffer.count - written
                let result =
                    flushing
                    ? iconv(descriptor, nil, nil, &outPointer, &outLeft)
                    : iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
                let failure = result == -1 ? errno : 0
                written = buffer.count - outLeft
                return (result, failure)
            }
            inputOffset = bytes.count - inLeft
            if result != -1 {
                finished = flushing
                continue
            }
            switch failure {
            case E2BIG:
                ensureRoom(output.count)
            case EILSEQ, EINVAL:
                // EILSEQ: an invalid sequence; EINVAL: an incomplete one at the end. Skip one byte either way.
                ensureRoom(replacement.count)
                output.replaceSubrange(written..<(written + replacement.count), with: replacement)
                written += replacement.count
                replacements += 1
                inputOffset += 1
            default:
                finished = true
            }
        }
        let text = output.withUnsafeBufferPointer { String(decoding: $0[..<written], as: UTF8.self) }
        return (text, replacements)
    }
}

@available(*, unavailable)
extension IconvConverter: Sendable {}
