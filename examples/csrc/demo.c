#include "demo.h"

#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct demo_ctx {
    int connections;
    char error[128];
    int has_error;
    demo_handler handler;
    void *handler_data;
    demo_destroy handler_destroy;
};

static void release_handler(struct demo_ctx *ctx) {
    if (ctx->handler_destroy != NULL) {
        ctx->handler_destroy(ctx->handler_data);
    }
    ctx->handler = NULL;
    ctx->handler_data = NULL;
    ctx->handler_destroy = NULL;
}

int demo_ctx_set_handler(struct demo_ctx *ctx, demo_handler handler, void *data,
                         demo_destroy destroy) {
    release_handler(ctx);
    ctx->handler = handler;
    ctx->handler_data = data;
    ctx->handler_destroy = destroy;
    return 0;
}

int demo_ctx_emit(struct demo_ctx *ctx, int event) {
    if (ctx->handler == NULL) {
        return 0;
    }
    ctx->handler(ctx->handler_data, event);
    return 1;
}

struct emit_job {
    struct demo_ctx *ctx;
    int event;
};

static void *emit_thread(void *argument) {
    struct emit_job *job = argument;
    job->ctx->handler(job->ctx->handler_data, job->event);
    return NULL;
}

int demo_ctx_emit_in_thread(struct demo_ctx *ctx, int event) {
    if (ctx->handler == NULL) {
        return 0;
    }
    struct emit_job job = {ctx, event};
    pthread_t thread;
    if (pthread_create(&thread, NULL, emit_thread, &job) != 0) {
        return -1;
    }
    pthread_join(thread, NULL);
    return 1;
}

struct demo_ctx *demo_ctx_new(void) {
    return calloc(1, sizeof(struct demo_ctx));
}

struct demo_ctx *demo_ctx_new_failing(int fail) {
    return fail ? NULL : demo_ctx_new();
}

int demo_open(const char *name, struct demo_ctx **out) {
    struct demo_ctx *ctx = demo_ctx_new();
    if (ctx == NULL) {
        return -1;
    }
    *out = ctx;
    if (name[0] == '\0') {
        snprintf(ctx->error, sizeof ctx->error, "empty name");
        ctx->has_error = 1;
        return -1;
    }
    return 0;
}

void demo_ctx_free(struct demo_ctx *ctx) {
    if (ctx != NULL) {
        release_handler(ctx);
    }
    free(ctx);
}

static int fail(struct demo_ctx *ctx, const char *what, const char *host, int port) {
    snprintf(ctx->error, sizeof ctx->error, "%s: %s:%d", what, host, port);
    ctx->has_error = 1;
    return -1;
}

int demo_ctx_connect(struct demo_ctx *ctx, const char *host, int port) {
    ctx->has_error = 0;
    if (port <= 0 || port > 65535) {
        return fail(ctx, "invalid port", host, port);
    }
    if (strcmp(host, "localhost") != 0) {
        return fail(ctx, "unknown host", host, port);
    }
    if (port != 8080) {
        return fail(ctx, "connection refused", host, port);
    }
    ctx->connections++;
    return 0;
}

const char *demo_ctx_error(struct demo_ctx *ctx) {
    return ctx->has_error ? ctx->error : NULL;
}

int demo_ctx_connections(const struct demo_ctx *ctx) {
    return ctx->connections;
}

int demo_ctx_describe(const struct demo_ctx *ctx, char *buf, size_t len) {
    return snprintf(buf, len, "demo context: %d successful connections, last error: %s",
                    ctx->connections, ctx->has_error ? ctx->error : "none");
}

int demo_parse_version(const char *text, struct demo_version *out) {
    struct demo_version version;
    int consumed = 0;
    if (sscanf(text, "%d.%d.%d%n", &version.major, &version.minor, &version.patch, &consumed) != 3
        || text[consumed] != '\0') {
        return 1;
    }
    *out = version;
    return 0;
}

long demo_add_v2(long a, long b) {
    return a + b;
}

int demo_log(const char *format, ...) {
    va_list args;
    va_start(args, format);
    int written = vprintf(format, args);
    va_end(args);
    fflush(stdout);
    return written;
}
