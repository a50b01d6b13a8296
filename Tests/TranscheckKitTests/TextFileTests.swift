import Foundation
import Testing
@testable import TranscheckKit

@Suite("Reading and decoding input")
struct TextFileTests {
    @Test("UTF-8 with and without BOM read the same")
    func bom() throws {
        let plain = try TextFile.load(path: Fixtures.temporaryFile(Array("Галант сказал.".utf8)))
        let bom = try TextFile.load(path: Fixtures.temporaryFile([0xEF, 0xBB, 0xBF] + Array("Галант сказал.".utf8)))
        #expect(plain.text == bom.text)
    }

    @Test("UTF-16 with BOM, both byte orders")
    func utf16() throws {
        let text = "غالانت قال.\nגלנט אמר."
        let le: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { u -> [UInt8] in [UInt8(u & 0xFF), UInt8(u >> 8)] }
        let be: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { u -> [UInt8] in [UInt8(u >> 8), UInt8(u & 0xFF)] }
        #expect(try TextFile.load(path: Fixtures.temporaryFile(le)).text == text)
        #expect(try TextFile.load(path: Fixtures.temporaryFile(be)).text == text)
    }

    @Test("Spans of the text come back exactly, in any script and beyond the BMP")
    func spans() {
        let text = "Галант: «𝐀 غالانت» — גלנט, ça va."
        let file = TextFile(path: "x", text: text)
        #expect(file.string(0..<file.units.count) == text)
        // Every span between scalar boundaries is the same text Swift's own decoder gives.
        let bounds = text.unicodeScalars.indices.map { $0.utf16Offset(in: text) } + [file.units.count]
        for a in bounds { for b in bounds where b >= a {
            #expect(file.string(a..<b) == String(decoding: file.units[a..<b], as: UTF16.self))
        } }
        // A lone surrogate reads as U+FFFD, as the standard decoder has it.
        #expect(String(utf16Units: [0x0041, 0xD835, 0x0042]) == "A\u{FFFD}B")
        #expect(String(utf16Units: [0xDC00]) == "\u{FFFD}")
    }

    @Test("CRLF, CR and LF line ends give the same lines")
    func lineEnds() {
        for text in ["Un.\r\nDeux.\r\nTrois.", "Un.\rDeux.\rTrois.", "Un.\nDeux.\nTrois."] {
            let file = TextFile(path: "x", text: text)
            #expect(file.lineStarts.count == 3)
            let offset = Array(text.utf16).firstIndex(of: UInt16(UInt8(ascii: "T")))!
            #expect(file.position(of: offset) == (3, 1))
        }
    }

    @Test("Columns count Unicode scalars, not bytes or UTF-16 units")
    func columns() {
        let file = TextFile(path: "x", text: "قال غالانت\n𝐀 Gallant")
        let units = Array(file.text.utf16)
        let g = units.firstIndex(of: UInt16(UInt8(ascii: "G")))!
        #expect(file.position(of: g) == (2, 3))      // the math letter is one scalar, two UTF-16 units
        #expect(file.position(of: 4) == (1, 5))      // after "قال "
    }

    @Test("Bad input is refused with the file and the problem", arguments: [
        ([UInt8](), "empty"), (Array(" \n\t\n".utf8), "empty"), ([0x48, 0x00, 0x49], "binary"),
        ([0x48, 0xC3, 0x28], "invalid UTF-8"), ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "binary"),
    ])
    func bad(bytes: [UInt8], problem: String) {
        let path = Fixtures.temporaryFile(bytes)
        do {
            _ = try TextFile.load(path: path)
            Issue.record("accepted bad input \(bytes)")
        } catch {
            #expect(error.path == path)
            #expect(error.problem.contains(problem), "\(error.problem)")
            #expect(!error.description.contains("\n"))
        }
    }

    @Test("Missing files and directories are refused")
    func missing() {
        #expect(throws: InputError(path: "/no/such/file.txt", problem: "no such file")) { try TextFile.load(path: "/no/such/file.txt") }
        #expect(throws: InputError.self) { try TextFile.load(path: FileManager.default.temporaryDirectory.path) }
    }

    @Test("The original text is never altered")
    func unaltered() throws {
        let text = "“Curly” quotes, U.S. and ١٬٢٠٠\r\nstay as they are."
        let file = try TextFile.load(path: Fixtures.temporaryFile(Array(text.utf8)))
        #expect(file.text == text)
        let doc = Segmenter(language: Fixtures.tag("en")).document(file)
        for sentence in doc.sentences { #expect(file.string(sentence.range) == sentence.text) }
        for token in doc.tokens { #expect(file.string(token.range) == token.text) }
    }
}
