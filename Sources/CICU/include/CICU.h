// CICU: stable C names over system ICU.
//
// ICU renames every entry point per major version (utrans_openU_72, …), and
// Swift cannot import those renaming macros. This header therefore exposes
// plain functions with fixed names and only fixed-width C types; the
// implementation includes ICU's headers and does the renaming at compile
// time. No logic lives here beyond what a call needs.
#ifndef CICU_H
#define CICU_H

#include <stdint.h>
#include <stdbool.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef uint16_t tc_uchar;

/// ICU status codes are returned as int32_t; <= 0 means success.
#define TC_BUFFER_OVERFLOW 15
bool tc_failed(int32_t status);
const char *tc_error_name(int32_t status);
int32_t tc_icu_major_version(void);

// MARK: Normalization
enum { TC_NFC = 0, TC_NFD = 1, TC_NFKC = 2, TC_NFKD = 3, TC_NFKC_CASEFOLD = 4 };
/// Normalizes src into dest; returns the length needed (call again on overflow).
int32_t tc_normalize(int form, const tc_uchar *src, int32_t len,
                     tc_uchar *dest, int32_t cap, int32_t *status);

// MARK: Transliteration
/// Opens a transliterator by ID, or from rules when rules is non-NULL.
void *tc_trans_open(const tc_uchar *id, int32_t idLen,
                    const tc_uchar *rules, int32_t rulesLen, int32_t *status);
/// Transliterates buf in place; returns the new length (needs cap >= it).
int32_t tc_trans_apply(void *trans, tc_uchar *buf, int32_t len, int32_t cap,
                       int32_t *status);
void tc_trans_close(void *trans);

// MARK: Break iteration
enum { TC_BREAK_CHARACTER = 0, TC_BREAK_WORD = 1, TC_BREAK_LINE = 2, TC_BREAK_SENTENCE = 3 };
void *tc_brk_open(int type, const char *locale, int32_t *status);
void *tc_brk_clone(const void *brk, int32_t *status);
void tc_brk_set_text(void *brk, const tc_uchar *text, int32_t len, int32_t *status);
/// Next boundary after the current one, or -1 at the end.
int32_t tc_brk_next(void *brk);
int32_t tc_brk_first(void *brk);
/// Rule status of the boundary just returned (word: 0 none, 100 number, 200 letter, 300 kana, 400 ideo).
int32_t tc_brk_rule_status(void *brk);
void tc_brk_close(void *brk);

// MARK: Spoof checking
void *tc_spoof_open(int32_t *status);
int32_t tc_spoof_skeleton(const void *sc, const tc_uchar *text, int32_t len,
                          tc_uchar *dest, int32_t cap, int32_t *status);
/// Check result bits (USpoofChecks); 0 means no issue.
int32_t tc_spoof_check(const void *sc, const tc_uchar *text, int32_t len, int32_t *status);
void tc_spoof_close(void *sc);
enum { TC_SPOOF_MIXED_SCRIPT_CONFUSABLE = 2, TC_SPOOF_WHOLE_SCRIPT_CONFUSABLE = 4,
       TC_SPOOF_RESTRICTION_LEVEL = 16, TC_SPOOF_INVISIBLE = 32, TC_SPOOF_MIXED_NUMBERS = 128 };

// MARK: Characters and scripts
/// UScriptCode of a code point (0 common, 1 inherited, …).
int32_t tc_script_of(uint32_t codePoint);
/// Short script name ("Latn", "Arab") for a UScriptCode.
const char *tc_script_short_name(int32_t script);
/// Decimal digit value of a code point in any script, or -1.
int32_t tc_digit_value(uint32_t codePoint);

// MARK: Numbers
enum { TC_NUMBER_DECIMAL = 0, TC_NUMBER_SPELLOUT = 1, TC_NUMBER_ORDINAL = 2 };
void *tc_num_open(int style, const char *locale, int32_t *status);
void tc_num_set_lenient(void *fmt, int lenient);
/// Parses text from *position; advances *position past what was read.
double tc_num_parse(const void *fmt, const tc_uchar *text, int32_t len,
                    int32_t *position, int32_t *status);
int32_t tc_num_format(const void *fmt, double value, tc_uchar *dest, int32_t cap,
                      int32_t *status);
/// Public rule sets of a rule-based formatter, separated by ';'.
int32_t tc_num_rulesets(const void *fmt, tc_uchar *dest, int32_t cap, int32_t *status);
void tc_num_set_ruleset(void *fmt, const tc_uchar *ruleset, int32_t len, int32_t *status);
enum { TC_SYMBOL_DECIMAL = 0, TC_SYMBOL_GROUPING = 1, TC_SYMBOL_MINUS = 2 };
int32_t tc_num_symbol(const void *fmt, int symbol, tc_uchar *dest, int32_t cap, int32_t *status);
void tc_num_close(void *fmt);

// MARK: Calendar words
enum { TC_MONTHS = 0, TC_SHORT_MONTHS = 1, TC_WEEKDAYS = 2, TC_SHORT_WEEKDAYS = 3,
       TC_STANDALONE_MONTHS = 4, TC_STANDALONE_SHORT_MONTHS = 5,
       TC_STANDALONE_WEEKDAYS = 6, TC_STANDALONE_SHORT_WEEKDAYS = 7,
       TC_AM_PMS = 8 };
void *tc_date_open(const char *locale, int32_t *status);
int32_t tc_date_symbol_count(const void *fmt, int kind);
int32_t tc_date_symbol(const void *fmt, int kind, int32_t index, tc_uchar *dest,
                       int32_t cap, int32_t *status);
void tc_date_close(void *fmt);

// MARK: Locales
enum { TC_QUOTE_START = 0, TC_QUOTE_END = 1, TC_ALT_QUOTE_START = 2, TC_ALT_QUOTE_END = 3 };
int32_t tc_quote_delimiter(const char *locale, int which, tc_uchar *dest, int32_t cap,
                           int32_t *status);
/// BCP 47 tag to ICU locale ID.
int32_t tc_locale_from_tag(const char *tag, char *dest, int32_t cap, int32_t *status);
int32_t tc_locale_language(const char *locale, char *dest, int32_t cap, int32_t *status);
/// ISO 639-2 code of the locale's language, "" when ICU does not know it.
const char *tc_locale_iso3_language(const char *locale);

#ifdef __cplusplus
}
#endif
#endif
