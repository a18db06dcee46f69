#define _GNU_SOURCE
#include <locale.h>
#include <wchar.h>
#include "display_width.h"

// wcwidth answers by the thread's LC_CTYPE; a private UTF-8 locale keeps the answer independent of
// whatever locale the process happens to run under (tests, pipes, LANG=C).
static locale_t utf8_locale(void) {
    static locale_t cached = (locale_t)0;
    if (cached == (locale_t)0) {
        locale_t made = newlocale(LC_CTYPE_MASK, "C.UTF-8", (locale_t)0);
        if (made == (locale_t)0) made = newlocale(LC_CTYPE_MASK, "en_US.UTF-8", (locale_t)0);
        cached = made;
    }
    return cached;
}

int crossread_scalar_width(uint32_t scalar) {
    locale_t utf8 = utf8_locale();
    if (utf8 == (locale_t)0) return -2;  // no UTF-8 locale on this system: caller falls back
    locale_t previous = uselocale(utf8);
    int width = wcwidth((wchar_t)scalar);
    uselocale(previous);
    return width;
}

// The widths of U+0000..U+FFFF into `widths` (65,536 entries), switching locale once rather than
// per scalar; -2 in every entry when the system has no UTF-8 locale. Surrogates are left as -1.
void crossread_basic_plane_widths(int8_t *widths) {
    locale_t utf8 = utf8_locale();
    if (utf8 == (locale_t)0) {
        for (int value = 0; value < 0x10000; value++) widths[value] = -2;
        return;
    }
    locale_t previous = uselocale(utf8);
    for (int value = 0; value < 0x10000; value++) {
        widths[value] = (value >= 0xD800 && value <= 0xDFFF) ? -1 : (int8_t)wcwidth((wchar_t)value);
    }
    uselocale(previous);
}
