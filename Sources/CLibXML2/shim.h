#ifndef CROSSREAD_CLIBXML2_SHIM_H
#define CROSSREAD_CLIBXML2_SHIM_H

// Debian builds libxml2 with ICU, whose headers clash with the copy Foundation carries; crossread
// never touches the ICU-only members of the encoding handlers, so their declarations are left out.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

// libxml2 reports some problems (encoding errors among them) on stderr even with HTML_PARSE_NOERROR;
// the reader may be painting the terminal at that moment, so every report goes nowhere.
static void crossread_xml_ignore(void *context, const char *message, ...) { (void)context; (void)message; }
static void crossread_xml_ignore_structured(void *context, const xmlError *error) { (void)context; (void)error; }

static inline void crossread_xml_quiet(void) {
    xmlSetGenericErrorFunc(NULL, crossread_xml_ignore);
    xmlSetStructuredErrorFunc(NULL, (xmlStructuredErrorFunc)crossread_xml_ignore_structured);
}

#endif
