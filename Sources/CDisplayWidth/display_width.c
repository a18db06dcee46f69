#define _GNU_SOURCE
#include <locale.h>
#include <pthread.h>
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

int8_t crossread_basic_widths[0x10000];
_Atomic unsigned char crossread_basic_blocks_ready[0x100];
static pthread_mutex_t filling = PTHREAD_MUTEX_INITIALIZER;

// A block is filled when text first shows one of its scalars: the first screen asks wcwidth about
// the few blocks it shows (ASCII, punctuation), not all 65,536 scalars.
void crossread_fill_basic_block(uint32_t block) {
    pthread_mutex_lock(&filling);
    if (!atomic_load_explicit(&crossread_basic_blocks_ready[block], memory_order_acquire)) {
        locale_t utf8 = utf8_locale();
        locale_t previous = utf8 == (locale_t)0 ? (locale_t)0 : uselocale(utf8);
        for (uint32_t value = block << 8; value < ((block + 1) << 8); value++) {
            if (utf8 == (locale_t)0) crossread_basic_widths[value] = -2;
            else if (value >= 0xD800 && value <= 0xDFFF) crossread_basic_widths[value] = -1;
            else crossread_basic_widths[value] = (int8_t)wcwidth((wchar_t)value);
        }
        if (utf8 != (locale_t)0) uselocale(previous);
        atomic_store_explicit(&crossread_basic_blocks_ready[block], 1, memory_order_release);
    }
    pthread_mutex_unlock(&filling);
}
