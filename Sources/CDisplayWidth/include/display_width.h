#ifndef CROSSREAD_DISPLAY_WIDTH_H
#define CROSSREAD_DISPLAY_WIDTH_H
#include <stdatomic.h>
#include <stdint.h>

/// Terminal columns of one Unicode scalar, as the C library's wcwidth reports it under a UTF-8
/// locale (the same table ncursesw positions by): 0 for combining marks, 2 for wide characters,
/// -1 for non-printable scalars, -2 when the system has no UTF-8 locale.
int crossread_scalar_width(uint32_t scalar);

extern int8_t crossread_basic_widths[0x10000];
extern _Atomic unsigned char crossread_basic_blocks_ready[0x100];
void crossread_fill_basic_block(uint32_t block);

/// The same for a scalar of the basic plane, from a table filled 256 scalars at a time on first use.
static inline int crossread_basic_width(uint32_t scalar) {
    uint32_t block = (scalar >> 8) & 0xFF;
    if (!atomic_load_explicit(&crossread_basic_blocks_ready[block], memory_order_acquire)) crossread_fill_basic_block(block);
    return crossread_basic_widths[scalar & 0xFFFF];
}

#endif
