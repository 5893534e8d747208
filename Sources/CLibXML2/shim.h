#ifndef ASSAY_CLIBXML2_SHIM_H
#define ASSAY_CLIBXML2_SHIM_H

#include <libxml/xmlversion.h>
/// Debian builds libxml2 with ICU, so <libxml/encoding.h> would include ICU's <unicode/ucnv.h>, whose types clash
/// with the copy of ICU inside Foundation ("'UErrorCode' has different definitions in different modules"). The only
/// declarations that change are the ICU converter fields at the end of `xmlCharEncodingHandler`, which Assay never
/// touches (it hands libxml2 UTF-8 and sets HTML_PARSE_IGNORE_ENC), so hide them.
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <string.h>

/// Swift 6 rejects calling `xmlFree`, which libxml2 declares as a global function-pointer variable.
static inline void clibxml2_free(void *p) { xmlFree(p); }

/// The byte offset of the parser's cursor in the buffer it was given.
///
/// This is `xmlByteConsumed` without its re-encoding branch: Assay always hands libxml2 UTF-8 and sets
/// `HTML_PARSE_IGNORE_ENC`, so no encoder is installed and the cursor counts input bytes directly.
/// > xmlByteConsumed: "This function provides the current index of the parser relative to the start of
/// > the current entity."
static inline long clibxml2_byte_offset(void *ctx) {
    xmlParserCtxtPtr ctxt = (xmlParserCtxtPtr)ctx;
    if (ctxt == NULL || ctxt->input == NULL) { return -1; }
    return (long)ctxt->input->consumed + (long)(ctxt->input->cur - ctxt->input->base);
}

/// The pointer Assay stored in the parser context's `_private` slot.
///
/// SAX callbacks receive the parser context as `ctx` (its `userData` is left at its default, the context itself),
/// so the callbacks can read the cursor; Assay's own state travels in `_private`.
static inline void *clibxml2_private(void *ctx) {
    return ((xmlParserCtxtPtr)ctx)->_private;
}

/// Parses `length` bytes of UTF-8 HTML with the SAX callbacks in `handler`, building no tree.
///
/// Returns 0 when the parser ran (recover mode: malformed markup is not a failure), -1 when libxml2 could not
/// create a parser context (out of memory, or an empty buffer).
static inline int clibxml2_sax_parse(const char *buffer, int length, const htmlSAXHandler *handler,
                                     void *state, int options) {
    htmlParserCtxtPtr ctxt = htmlCreateMemoryParserCtxt(buffer, length);
    if (ctxt == NULL) { return -1; }
    if (ctxt->sax != NULL) {
        memcpy(ctxt->sax, handler, sizeof(htmlSAXHandler));
    }
    ctxt->_private = state;
    htmlCtxtUseOptions(ctxt, options);
    /* > xmlSwitchEncoding: "change the input functions when discovering the character encoding of a given entity."
       Without it a memory context starts with no charset, and the HTML parser decodes the first non-ASCII byte
       it meets as ISO-8859-1. */
    xmlSwitchEncoding(ctxt, XML_CHAR_ENCODING_UTF8);
    htmlParseDocument(ctxt);
    if (ctxt->myDoc != NULL) {
        xmlFreeDoc(ctxt->myDoc);
        ctxt->myDoc = NULL;
    }
    htmlFreeParserCtxt(ctxt);
    return 0;
}

/// Builds and frees a full libxml2 tree for `length` bytes: the bare parse the benchmark compares against.
static inline int clibxml2_bare_parse(const char *buffer, int length, int options) {
    htmlDocPtr doc = htmlReadMemory(buffer, length, NULL, NULL, options);
    if (doc == NULL) { return -1; }
    xmlFreeDoc(doc);
    return 0;
}

#endif
