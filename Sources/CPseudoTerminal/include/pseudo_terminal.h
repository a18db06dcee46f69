#ifndef CROSSREAD_PSEUDO_TERMINAL_H
#define CROSSREAD_PSEUDO_TERMINAL_H

#include <stddef.h>

/// Opens a pseudo-terminal master, unlocked, and writes its slave's path into `slave`. Returns the
/// master descriptor, or -1 with errno set. (Swift's Glibc module hides posix_openpt and friends.)
int crossread_pty_open(char *slave, size_t size);

/// The posix_spawn flag that starts the child in a new session, or 0 where there is none.
short crossread_spawn_setsid_flag(void);

#endif
