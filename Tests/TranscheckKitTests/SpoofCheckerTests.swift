import Testing
@testable import TranscheckKit

@Suite("Spoof checker")
struct SpoofCheckerTests {
    let checker = SpoofChecker.shared

    @Test("Look-alike letters share a skeleton across scripts")
    func skeleton() {
        #expect(checker.areConfusable("Gallant", "Gаllant"))     // Cyrillic а
        #expect(checker.areConfusable("paypal", "pаypаl"))
        #expect(!checker.areConfusable("Gallant", "Galant"))
    }

    @Test("Mixed scripts inside one name are flagged; single-script names are not")
    func mixedScript() {
        #expect(!checker.check("Gаllant").isEmpty)               // Latin + Cyrillic
        #expect(checker.check("Gallant").isEmpty)
        #expect(checker.check("Галант").isEmpty)
        #expect(checker.check("غالانت").isEmpty)
        #expect(checker.check("גלנט").isEmpty)
        #expect(checker.check("Élysée").isEmpty)
    }

    @Test("Script of characters")
    func scripts() {
        #expect(Script.of("G") == .latin)
        #expect(Script.of("Г") == .cyrillic)
        #expect(Script.of("غ") == .arabic)
        #expect(Script.of("ג") == .hebrew)
        #expect(Script.of("7") == .common)
        #expect(Script.arabic.description == "Arab")
    }
}
