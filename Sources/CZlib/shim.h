#ifndef ASSAY_CZLIB_SHIM_H
#define ASSAY_CZLIB_SHIM_H

#include <zlib.h>

/// `inflateInit2` is a macro in zlib.h, which Swift cannot call; this wraps it.
/// windowBits 15 + 32 asks zlib to detect a gzip or zlib header itself.
static inline int czlib_inflate_init_gzip(z_stream *stream) {
    return inflateInit2(stream, 15 + 32);
}

#endif
