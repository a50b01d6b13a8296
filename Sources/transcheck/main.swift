import TranscheckKit
let file = try TextFile.load(path: CommandLine.arguments[1])
let lang = CommandLine.arguments.count > 2 ? try LanguageTag(CommandLine.arguments[2]) : LanguageDetector.detect(file.text)
print("lang", lang)
let doc = Segmenter(language: lang).document(file)
let an = SentenceAnalyzer(language: lang).analyze(doc)
for s in doc.sentences {
  let f = an.facts[s.index]
  print(s.index, s.paragraph, "|", s.text.prefix(90), "| N:", f.numbers.map { "\($0.text)=\($0.value)" }, "D:", f.dates.map { "\($0.text)=\($0.normalForm)" })
}
