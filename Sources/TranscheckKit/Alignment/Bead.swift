/// One step of an alignment: sentences of the source matched with sentences
/// of the target (either side may be empty: an omission or an addition).
public struct Bead: Sendable, Equatable, Hashable {
    public var source: [Int]
    public var target: [Int]
    /// How alike the two sides are, 0…1 (0 for a bead with an empty side).
    public var similarity: Double
    /// Out of order: the sentence stands elsewhere in the translation (a moved paragraph).
    public var moved: Bool

    public init(source: [Int], target: [Int], similarity: Double, moved: Bool = false) {
        self.source = source
        self.target = target
        self.similarity = similarity
        self.moved = moved
    }

    public var isOmission: Bool { target.isEmpty && !source.isEmpty }
    public var isAddition: Bool { source.isEmpty && !target.isEmpty }
}
