extension String {
    /// Whether `part` occurs in the string, byte for byte: for the ASCII needles of hot paths
    /// (spelling folds, separators), where Foundation's and the generic substring searches
    /// cost more than the work around them.
    func containsBytes(_ part: StaticString) -> Bool {
        let p = UnsafeBufferPointer(start: part.utf8Start, count: part.utf8CodeUnitCount)
        var text = self
        return text.withUTF8 { w in
            guard !p.isEmpty, w.count >= p.count else { return p.isEmpty }
            for start in 0...(w.count - p.count) where w[start] == p[0] {
                var k = 1
                while k < p.count, w[start + k] == p[k] { k += 1 }
                if k == p.count { return true }
            }
            return false
        }
    }

    /// The string with every occurrence of `part` replaced by `replacement`, left to right,
    /// byte for byte (as `replacingOccurrences(of:with:)` does for these ASCII needles).
    func replacingBytes(_ part: StaticString, with replacement: StaticString) -> String {
        let p = UnsafeBufferPointer(start: part.utf8Start, count: part.utf8CodeUnitCount)
        let r = UnsafeBufferPointer(start: replacement.utf8Start, count: replacement.utf8CodeUnitCount)
        var text = self
        return text.withUTF8 { w in
            guard !p.isEmpty, w.count >= p.count else { return self }
            var out: [UInt8] = []
            out.reserveCapacity(w.count + 8)
            var i = 0
            while i < w.count {
                if i + p.count <= w.count, w[i] == p[0] {
                    var k = 1
                    while k < p.count, w[i + k] == p[k] { k += 1 }
                    if k == p.count {
                        out.append(contentsOf: r)
                        i += p.count
                        continue
                    }
                }
                out.append(w[i])
                i += 1
            }
            return String(decoding: out, as: UTF8.self)
        }
    }
}
