#ifndef CROSSREAD_CNCURSESW_SHIM_H
#define CROSSREAD_CNCURSESW_SHIM_H

// Wide-character curses: must be defined before curses.h so cchar_t and the *_wch calls exist.
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// Swift cannot import function-like macros or, under strict concurrency, mutable C globals.
static inline WINDOW *crossread_stdscr(void) { return stdscr; }
static inline int crossread_lines(void) { return LINES; }
static inline int crossread_cols(void) { return COLS; }
static inline int crossread_colors(void) { return COLORS; }
static inline attr_t crossread_color_pair(int n) { return (attr_t)COLOR_PAIR(n); }
static inline attr_t crossread_a_bold(void) { return A_BOLD; }
static inline attr_t crossread_a_underline(void) { return A_UNDERLINE; }
static inline attr_t crossread_a_reverse(void) { return A_REVERSE; }
static inline attr_t crossread_a_dim(void) { return A_DIM; }
static inline attr_t crossread_a_normal(void) { return A_NORMAL; }
static inline attr_t crossread_a_italic(void) { return A_ITALIC; }
static inline int crossread_wcwidth(wchar_t c) { return wcwidth(c); }
static inline int crossread_key_resize(void) { return KEY_RESIZE; }
static inline int crossread_key_code_yes(void) { return KEY_CODE_YES; }

static inline mmask_t crossread_mouse_all(void) { return ALL_MOUSE_EVENTS | REPORT_MOUSE_POSITION; }
static inline mmask_t crossread_mouse_wheel_up(void) { return BUTTON4_PRESSED; }
static inline mmask_t crossread_mouse_wheel_down(void) {
#ifdef BUTTON5_PRESSED
    return BUTTON5_PRESSED;
#else
    return 0;
#endif
}
static inline mmask_t crossread_mouse_click(void) { return BUTTON1_CLICKED | BUTTON1_PRESSED; }

// Writes one cell: a base character plus up to four combining marks, with attributes and colour pair.
static inline int crossread_put_cell(int y, int x, const wchar_t *chars, attr_t attrs, short pair) {
    cchar_t cell;
    if (setcchar(&cell, chars, attrs, pair, NULL) != OK) return ERR;
    return mvwadd_wch(stdscr, y, x, &cell);
}

#endif
