// System ICU, found through pkg-config (icu-uc, icu-i18n). Only CICU includes
// ICU's own headers; Swift code goes through CICU's stable names.
#include <unicode/utypes.h>
