import Dispatch

/// Process-wide resources a run will need whatever its pairs, prepared on another core
/// while the calling thread loads the lexicons (a second core is otherwise idle then).
/// Everything here is built once per process behind its own lock, so a worker that
/// needs one before it is ready waits for it instead of building it twice; and none of
/// it depends on the order things are built in, so the output is the same.
public enum Warmup {
    public static func start() {
        DispatchQueue.global(qos: .userInitiated).async {
            // English WordNet and its irregular forms: antonyms and synonyms for English originals.
            WordNet.shared?.prepare()
            // ICU's transliterator registry (~40 ms on first use): names and words across scripts.
            _ = try? Transliterator.named(Transliterator.toLatinASCII)
        }
    }
}
