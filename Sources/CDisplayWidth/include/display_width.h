#ifndef CROSSREAD_DISPLAY_WIDTH_H
#define CROSSREAD_DISPLAY_WIDTH_H
#include <stdint.h>

/// Terminal columns of one Unicode scalar, as the C library's wcwidth reports it under a UTF-8
/// locale (the same table ncursesw positions by): 0 for combining marks, 2 for wide characters,
/// -1 for non-printable scalars.
int crossread_scalar_width(uint32_t scalar);
void crossread_basic_plane_widths(int8_t *widths);

#endif
