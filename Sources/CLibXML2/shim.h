#ifndef CROSSREAD_CLIBXML2_SHIM_H
#define CROSSREAD_CLIBXML2_SHIM_H

// Debian builds libxml2 with ICU, whose headers clash with the copy Foundation carries; crossread
// never touches the ICU-only members of the encoding handlers, so their declarations are left out.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#endif
