/// One step of an alignment: sentences of the source matched with sentences
/// of the target (either side may be empty: an omission or an addition).
public struct Bead: Sendable, Equatable, Hashable {
    public var source: [Int]
    public var target: [Int]
    /// How alike the two sides are, 0…1 (0 for a bead with an empty side).
    public var similarity: Double

    public init(source: [Int], target: [Int], similarity: Double) {
        self.source = source
        self.target = target
        self.similarity = similarity
    }

    public var isOmission: Bool { target.isEmpty && !source.isEmpty }
    public var isAddition: Bool { source.isEmpty && !target.isEmpty }
}
