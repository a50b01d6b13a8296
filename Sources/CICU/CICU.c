// Thin forwarding to ICU; see include/CICU.h for why this exists.
#include "CICU.h"

#include <unicode/utypes.h>
#include <unicode/uversion.h>
#include <unicode/unorm2.h>
#include <unicode/utrans.h>
#include <unicode/ubrk.h>
#include <unicode/uspoof.h>
#include <unicode/uscript.h>
#include <unicode/uchar.h>
#include <unicode/unum.h>
#include <unicode/udat.h>
#include <unicode/ulocdata.h>
#include <unicode/uloc.h>

bool tc_failed(int32_t status) { return U_FAILURE((UErrorCode)status); }
const char *tc_error_name(int32_t status) { return u_errorName((UErrorCode)status); }
int32_t tc_icu_major_version(void) { return U_ICU_VERSION_MAJOR_NUM; }

// MARK: Normalization

static const UNormalizer2 *normalizer_for(int form, UErrorCode *ec) {
    switch (form) {
    case TC_NFC: return unorm2_getNFCInstance(ec);
    case TC_NFD: return unorm2_getNFDInstance(ec);
    case TC_NFKC: return unorm2_getNFKCInstance(ec);
    case TC_NFKD: return unorm2_getNFKDInstance(ec);
    default: return unorm2_getNFKCCasefoldInstance(ec);
    }
}

int32_t tc_normalize(int form, const tc_uchar *src, int32_t len,
                     tc_uchar *dest, int32_t cap, int32_t *status) {
    UErrorCode ec = U_ZERO_ERROR;
    const UNormalizer2 *n = normalizer_for(form, &ec);
    int32_t out = 0;
    if (U_SUCCESS(ec)) out = unorm2_normalize(n, src, len, dest, cap, &ec);
    *status = ec;
    return out;
}

// MARK: Transliteration

void *tc_trans_open(const tc_uchar *id, int32_t idLen,
                    const tc_uchar *rules, int32_t rulesLen, int32_t *status) {
    UErrorCode ec = U_ZERO_ERROR;
    UParseError pe;
    UTransliterator *t = utrans_openU(id, idLen, UTRANS_FORWARD, rules, rules ? rulesLen : 0,
                                      rules ? &pe : NULL, &ec);
    *status = ec;
    return U_SUCCESS(ec) ? t : NULL;
}

int32_t tc_trans_apply(void *trans, tc_uchar *buf, int32_t len, int32_t cap, int32_t *status) {
    UErrorCode ec = U_ZERO_ERROR;
    int32_t textLength = len, limit = len;
    utrans_transUChars((const UTransliterator *)trans, buf, &textLength, cap, 0, &limit, &ec);
    *status = ec;
    return textLength;
}

void tc_trans_close(void *trans) { if (trans) utrans_close((UTransliterator *)trans); }

// MARK: Break iteration

void *tc_brk_open(int type, const char *locale, int32_t *status) {
    UErrorCode ec = U_ZERO_ERROR;
    UBreakIterator *b = ubrk_open((UBreakIteratorType)type, locale, NULL, 0, &ec);
    *status = ec;
    return U_SUCCESS(ec) ? b : NULL;
}

void *tc_brk_clone(const void *brk, int32_t *status) {
    UErrorCode ec = U_ZERO_ERROR;
#if U_ICU_VERSION_MAJOR_NUM >= 69
    UBreakIterator *b = ubrk_clone((const UBreakIterator *)brk, &ec);
#else
    UBreakIterator *b = ubrk_safeClone((const UBreakIterator *)brk, NULL, NULL, &ec);
#endif
    *status = ec;
    return U_SUCCESS(ec) ? b : NULL;
}

void tc_brk_set_text(void *brk, const tc_uchar *text, int32_t len, int32_t *status) {
    UErrorCode ec = U_ZERO_ERROR;
    ubrk_setText((UBreakIterator *)brk, text, len, &ec);
    *status = ec;
}

int32_t tc_brk_first(void *brk) { return ubrk_first((UBreakIterator *)brk); }
int32_t tc_brk_next(void *brk) { return ubrk_next((UBreakIterator *)brk); }
int32_t tc_brk_rule_status(void *brk) { return ubrk_getRuleStatus((UBreakIterator *)brk); }
void tc_brk_close(void *brk) { if (brk) ubrk_close((UBreakIterator *)brk); }

// MARK: Spoof checking

void *tc_spoof_open(int32_t *status) {
    UErrorCode ec = U_ZERO_ERROR;
    USpoofChecker *sc = uspoof_open(&ec);
    if (U_SUCCESS(ec)) {
        uspoof_setChecks(sc, USPOOF_MIXED_SCRIPT_CONFUSABLE | USPOOF_WHOLE_SCRIPT_CONFUSABLE
                             | USPOOF_RESTRICTION_LEVEL | USPOOF_INVISIBLE | USPOOF_MIXED_NUMBERS, &ec);
        uspoof_setRestrictionLevel(sc, USPOOF_MODERATELY_RESTRICTIVE);
    }
    *status = ec;
    return U_SUCCESS(ec) ? sc : NULL;
}

int32_t tc_spoof_skeleton(const void *sc, const tc_uchar *text, int32_t len,
                          tc_uchar *dest, int32_t cap, int32_t *status) {
    UErrorCode ec = U_ZERO_ERROR;
    int32_t n = uspoof_getSkeleton((const USpoofChecker *)sc, 0, text, len, dest, cap, &ec);
    *status = ec;
    return n;
}

int32_t tc_spoof_check(const void *sc, const tc_uchar *text, int32_t len, int32_t *status) {
    UErrorCode ec = U_ZERO_ERROR;
    int32_t r = uspoof_check2((const USpoofChecker *)sc, text, len, NULL, &ec);
    *status = ec;
    return r & USPOOF_ALL_CHECKS;
}

void tc_spoof_close(void *sc) { if (sc) uspoof_close((USpoofChecker *)sc); }

// MARK: Characters and scripts

int32_t tc_script_of(uint32_t codePoint) {
    UErrorCode ec = U_ZERO_ERROR;
    UScriptCode s = uscript_getScript((UChar32)codePoint, &ec);
    return U_SUCCESS(ec) ? (int32_t)s : -1;
}

const char *tc_script_short_name(int32_t script) { return uscript_getShortName((UScriptCode)script); }

int32_t tc_digit_value(uint32_t codePoint) { return u_charDigitValue((UChar32)codePoint); }

// MARK: Numbers

void *tc_num_open(int style, const char *locale, int32_t *status) {
    UErrorCode ec = U_ZERO_ERROR;
    UNumberFormatStyle s = style == TC_NUMBER_SPELLOUT ? UNUM_SPELLOUT
                         : style == TC_NUMBER_ORDINAL ? UNUM_ORDINAL : UNUM_DECIMAL;
    UNumberFormat *f = unum_open(s, NULL, 0, locale, NULL, &ec);
    *status = ec;
    return U_SUCCESS(ec) ? f : NULL;
}

void tc_num_set_lenient(void *fmt, int lenient) {
    unum_setAttribute((UNumberFormat *)fmt, UNUM_LENIENT_PARSE, lenient);
}

double tc_num_parse(const void *fmt, const tc_uchar *text, int32_t len,
                    int32_t *position, int32_t *status) {
    UErrorCode ec = U_ZERO_ERROR;
    double v = unum_parseDouble((const UNumberFormat *)fmt, text, len, position, &ec);
    *status = ec;
    return v;
}

int32_t tc_num_format(const void *fmt, double value, tc_uchar *dest, int32_t cap, int32_t *status) {
    UErrorCode ec = U_ZERO_ERROR;
    int32_t n = unum_formatDouble((const UNumberFormat *)fmt, value, dest, cap, NULL, &ec);
    *status = ec;
    return n;
}

int32_t tc_num_rulesets(const void *fmt, tc_uchar *dest, int32_t cap, int32_t *status) {
    UErrorCode ec = U_ZERO_ERROR;
    int32_t n = unum_getTextAttribute((const UNumberFormat *)fmt, UNUM_PUBLIC_RULESETS, dest, cap, &ec);
    *status = ec;
    return n;
}

void tc_num_set_ruleset(void *fmt, const tc_uchar *ruleset, int32_t len, int32_t *status) {
    UErrorCode ec = U_ZERO_ERROR;
    unum_setTextAttribute((UNumberFormat *)fmt, UNUM_DEFAULT_RULESET, ruleset, len, &ec);
    *status = ec;
}

int32_t tc_num_symbol(const void *fmt, int symbol, tc_uchar *dest, int32_t cap, int32_t *status) {
    UErrorCode ec = U_ZERO_ERROR;
    UNumberFormatSymbol s = symbol == TC_SYMBOL_DECIMAL ? UNUM_DECIMAL_SEPARATOR_SYMBOL
                          : symbol == TC_SYMBOL_GROUPING ? UNUM_GROUPING_SEPARATOR_SYMBOL
                          : UNUM_MINUS_SIGN_SYMBOL;
    int32_t n = unum_getSymbol((const UNumberFormat *)fmt, s, dest, cap, &ec);
    *status = ec;
    return n;
}

void tc_num_close(void *fmt) { if (fmt) unum_close((UNumberFormat *)fmt); }

// MARK: Calendar words

static UDateFormatSymbolType symbol_type(int kind) {
    switch (kind) {
    case TC_MONTHS: return UDAT_MONTHS;
    case TC_SHORT_MONTHS: return UDAT_SHORT_MONTHS;
    case TC_WEEKDAYS: return UDAT_WEEKDAYS;
    case TC_SHORT_WEEKDAYS: return UDAT_SHORT_WEEKDAYS;
    case TC_STANDALONE_MONTHS: return UDAT_STANDALONE_MONTHS;
    case TC_STANDALONE_SHORT_MONTHS: return UDAT_STANDALONE_SHORT_MONTHS;
    case TC_STANDALONE_WEEKDAYS: return UDAT_STANDALONE_WEEKDAYS;
    case TC_STANDALONE_SHORT_WEEKDAYS: return UDAT_STANDALONE_SHORT_WEEKDAYS;
    default: return UDAT_AM_PMS;
    }
}

void *tc_date_open(const char *locale, int32_t *status) {
    UErrorCode ec = U_ZERO_ERROR;
    UDateFormat *f = udat_open(UDAT_DEFAULT, UDAT_DEFAULT, locale, NULL, -1, NULL, -1, &ec);
    *status = ec;
    return U_SUCCESS(ec) ? f : NULL;
}

int32_t tc_date_symbol_count(const void *fmt, int kind) {
    return udat_countSymbols((const UDateFormat *)fmt, symbol_type(kind));
}

int32_t tc_date_symbol(const void *fmt, int kind, int32_t index, tc_uchar *dest,
                       int32_t cap, int32_t *status) {
    UErrorCode ec = U_ZERO_ERROR;
    int32_t n = udat_getSymbols((const UDateFormat *)fmt, symbol_type(kind), index, dest, cap, &ec);
    *status = ec;
    return n;
}

void tc_date_close(void *fmt) { if (fmt) udat_close((UDateFormat *)fmt); }

// MARK: Locales

int32_t tc_quote_delimiter(const char *locale, int which, tc_uchar *dest, int32_t cap,
                           int32_t *status) {
    UErrorCode ec = U_ZERO_ERROR;
    ULocaleData *ld = ulocdata_open(locale, &ec);
    int32_t n = 0;
    if (U_SUCCESS(ec)) {
        n = ulocdata_getDelimiter(ld, (ULocaleDataDelimiterType)which, dest, cap, &ec);
        ulocdata_close(ld);
    }
    *status = ec;
    return n;
}

int32_t tc_locale_from_tag(const char *tag, char *dest, int32_t cap, int32_t *status) {
    UErrorCode ec = U_ZERO_ERROR;
    int32_t parsed = 0;
    int32_t n = uloc_forLanguageTag(tag, dest, cap, &parsed, &ec);
    *status = ec;
    return n;
}

int32_t tc_locale_language(const char *locale, char *dest, int32_t cap, int32_t *status) {
    UErrorCode ec = U_ZERO_ERROR;
    int32_t n = uloc_getLanguage(locale, dest, cap, &ec);
    *status = ec;
    return n;
}

const char *tc_locale_iso3_language(const char *locale) { return uloc_getISO3Language(locale); }
