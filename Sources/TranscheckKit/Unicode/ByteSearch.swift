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
}
