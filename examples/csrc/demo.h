/* demo: a small C library of our own, in the style of libtls: an opaque context
 * that keeps its last error message, status-code functions, an out-parameter, a
 * renamed symbol and a variadic logger. */
#ifndef DEMO_H
#define DEMO_H

#include <stddef.h>

struct demo_ctx;

struct demo_version {
    int major;
    int minor;
    int patch;
};

/* NULL when out of memory. */
struct demo_ctx *demo_ctx_new(void);
/* Like demo_ctx_new, but fails on demand (returns NULL when fail is nonzero), for
 * the failure path that a real allocator cannot produce when asked. */
struct demo_ctx *demo_ctx_new_failing(int fail);
/* Opens a context for `name`: 0 on success; -1 on failure, and then *out is
 * written anyway, holding the error message (as sqlite3_open does): the caller
 * reads demo_ctx_error(*out) and must free it. */
int demo_open(const char *name, struct demo_ctx **out);
void demo_ctx_free(struct demo_ctx *ctx);

/* 0 on success, -1 on failure; the message is then in demo_ctx_error(ctx). */
int demo_ctx_connect(struct demo_ctx *ctx, const char *host, int port);
/* The last error of ctx, or NULL; valid until the next call on ctx. */
const char *demo_ctx_error(struct demo_ctx *ctx);
/* How many calls succeeded on ctx. */
int demo_ctx_connections(const struct demo_ctx *ctx);

/* snprintf-style: writes a description of ctx into buf (at most len bytes, NUL
 * included) and returns the length the whole description needs, without the NUL;
 * -1 with errno set on failure. */
int demo_ctx_describe(const struct demo_ctx *ctx, char *buf, size_t len);

/* An event handler: called with the data it was registered with. */
typedef void (*demo_handler)(void *data, int event);
/* Frees a handler's data. */
typedef void (*demo_destroy)(void *data);

/* Keeps handler and data until they are replaced or ctx is freed; then calls
 * destroy(data) once (destroy may be NULL). Returns 0. */
int demo_ctx_set_handler(struct demo_ctx *ctx, demo_handler handler, void *data,
                         demo_destroy destroy);
/* Calls the handler with event on this thread: 1, or 0 without a handler. */
int demo_ctx_emit(struct demo_ctx *ctx, int event);
/* Calls the handler with event on a new thread and waits for it: 1, 0 without a
 * handler, -1 when no thread could be started. */
int demo_ctx_emit_in_thread(struct demo_ctx *ctx, int event);

/* Parses "MAJOR.MINOR.PATCH" into *out: 0 on success, 1 on malformed text (then
 * *out is not written). */
int demo_parse_version(const char *text, struct demo_version *out);

/* Version 2 of demo_add: the library exports it under this versioned name. */
long demo_add_v2(long a, long b);

/* printf-style logging to stdout; returns the number of characters written. */
int demo_log(const char *format, ...);

#endif
