// MARK: - Scalar offsets

extension PercentScanner {
    /// Turns byte offsets into Unicode scalar offsets, counting from the last offset asked for.
    ///
    /// Offsets are asked for nearly in order, so the whole text is counted about once.
    struct ScalarOffsets {
        let bytes: UnsafeBufferPointer<UInt8>
        private var byte = 0
        private var scalar = 0

        init(bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
        }

        mutating func scalarOffset(ofByte target: Int) -> Int {
            if target >= byte {
                scalar += Self.scalars(in: UnsafeBufferPointer(rebasing: bytes[byte..<target]))
            } else {
                scalar -= Self.scalars(in: UnsafeBufferPointer(rebasing: bytes[target..<byte]))
            }
            byte = target
            return scalar
        }

        /// Scalars in valid UTF-8: every byte that is not a continuation byte (`10xxxxxx`) starts one.
        static func scalars(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
            guard let base = bytes.baseAddress else { return 0 }
            var continuations = 0
            var index = 0
            // Eight bytes at a time: a continuation byte has bit 7 set and bit 6 clear.
            while index + 8 <= bytes.count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                continuations += (word & ~(word << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
                index += 8
            }
            while index < bytes.count {
                if bytes[index] & 0xC0 == 0x80 { continuations += 1 }
                index += 1
            }
            return bytes.count - continuations
        }
    }
}
