/* Generated from the Rust code's #[export] modules by ffi-runtime: do not edit.
 * Layout checks hold for the target the header was generated on. */
#ifndef TOKENIZER_H
#define TOKENIZER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Arguments: every pointer is valid for what its type and length say, for
 * the whole call: arrays and values initialized; a non-const pointer used
 * by no other call at the same time; a handle not used after its _free.
 * Strings and bytes returned are given back, as returned, to tok_string_free
 * and tok_bytes_free (they may be written to before). */

/* Status codes: every function returning int32_t answers one, and the
 * thread's tok_last_error_code()/tok_last_error_message() keep it
 * until the next call on that thread (not into its exit: thread-local and
 * key destructors cannot read it). Positive codes are the function's errors. */
#define TOK_OK 0
#define TOK_ERROR 1
#define TOK_PANIC (-1)
#define TOK_INVALID_ARGUMENT (-2)
#define TOK_INVALID_RESULT (-3)

/** Bytes returned by Rust; give them back with tok_bytes_free. */
typedef struct tok_bytes {
    uint8_t *data;
    size_t len;
} tok_bytes;

/** A name: letters, digits and `_`, not starting with a digit. */
#define TOK_KIND_WORD 1u

/** A decimal number, with an optional fraction. */
#define TOK_KIND_NUMBER 2u

/** A double-quoted string (`\"` and `\\` escape). */
#define TOK_KIND_STRING 3u

/** Any other single character. */
#define TOK_KIND_PUNCT 4u

/** The status of a string without its closing quote. */
#define TOK_ERR_UNTERMINATED 2

/** The status of a token array too small for the text. */
#define TOK_ERR_NO_ROOM 3

/** The status of a token that does not belong to the text. */
#define TOK_ERR_NOT_A_TOKEN 4

/** One token: its kind, where it starts (1-based line and column) and its
 * bytes in the text (`start`, `len`).
 */
typedef struct tok_token {
    uint32_t kind;
    uint32_t line;
    uint32_t column;
    size_t start;
    size_t len;
} tok_token;

/** A tokenizer over its own copy of a text: one token per `tok_tokenizer_next`. */
typedef struct tok_tokenizer tok_tokenizer;

/** The status code of this thread's last call, 0 if it succeeded. */
int32_t tok_last_error_code(void);

/** The message of this thread's last failed call, naming the function;
 * NULL if it succeeded. Valid until the next call on this thread.
 */
const char *tok_last_error_message(void);

/** Frees a string a function of this module returned; NULL is accepted. */
void tok_string_free(char *text);

/** Frees bytes a function of this module returned; NULL data is accepted. */
void tok_bytes_free(tok_bytes bytes);

/** A tokenizer over a copy of `text`. */
int32_t tok_tokenizer_new(const char *text, size_t text_len, tok_tokenizer **out);

/** Reads the next token into `token`; answers `false` at the end of the
 * text (and leaves `token` alone).
 * # Errors
 * An unterminated string, with its line and column.
 */
int32_t tok_tokenizer_next(tok_tokenizer *tokenizer, tok_token *token, bool *out);

/** The text of a token this tokenizer produced, as a string to give back
 * with `tok_string_free`.
 * # Errors
 * A token that does not lie on character boundaries of the text.
 */
int32_t tok_tokenizer_text(const tok_tokenizer *tokenizer, const tok_token *token, char **out);

/** How many tokens were read so far. */
int32_t tok_tokenizer_count(const tok_tokenizer *tokenizer, size_t *out);

/** Reads every token of `text` into `tokens`; answers how many.
 * # Errors
 * An unterminated string, or more tokens than `tokens` holds (the message
 * says how many are needed).
 */
int32_t tok_tokenize(const char *text, size_t text_len, tok_token *tokens, size_t tokens_len, size_t *out);

/** The name of a token kind (`"word"`), as a string to give back with
 * `tok_string_free`.
 * # Errors
 * An unknown kind.
 */
int32_t tok_kind_name(uint32_t kind, char **out);

/** Frees a tok_tokenizer; NULL is accepted. */
void tok_tokenizer_free(tok_tokenizer *tokenizer);

#ifdef __cplusplus
}
#endif

/* Layout checks: sizes, alignments and offsets as Rust computed them. */
#if defined(__cplusplus)
static_assert(sizeof(tok_bytes) == 16, "tok_bytes: size differs from Rust's");
static_assert(alignof(tok_bytes) == 8, "tok_bytes: alignment differs from Rust's");
static_assert(offsetof(tok_bytes, data) == 0, "tok_bytes: offset of data differs from Rust's");
static_assert(offsetof(tok_bytes, len) == 8, "tok_bytes: offset of len differs from Rust's");
static_assert(sizeof(tok_token) == 32, "tok_token: size differs from Rust's");
static_assert(alignof(tok_token) == 8, "tok_token: alignment differs from Rust's");
static_assert(offsetof(tok_token, kind) == 0, "tok_token: offset of kind differs from Rust's");
static_assert(offsetof(tok_token, line) == 4, "tok_token: offset of line differs from Rust's");
static_assert(offsetof(tok_token, column) == 8, "tok_token: offset of column differs from Rust's");
static_assert(offsetof(tok_token, start) == 16, "tok_token: offset of start differs from Rust's");
static_assert(offsetof(tok_token, len) == 24, "tok_token: offset of len differs from Rust's");
#elif defined(__STDC_VERSION__) && __STDC_VERSION__ >= 201112L
_Static_assert(sizeof(tok_bytes) == 16, "tok_bytes: size differs from Rust's");
_Static_assert(_Alignof(tok_bytes) == 8, "tok_bytes: alignment differs from Rust's");
_Static_assert(offsetof(tok_bytes, data) == 0, "tok_bytes: offset of data differs from Rust's");
_Static_assert(offsetof(tok_bytes, len) == 8, "tok_bytes: offset of len differs from Rust's");
_Static_assert(sizeof(tok_token) == 32, "tok_token: size differs from Rust's");
_Static_assert(_Alignof(tok_token) == 8, "tok_token: alignment differs from Rust's");
_Static_assert(offsetof(tok_token, kind) == 0, "tok_token: offset of kind differs from Rust's");
_Static_assert(offsetof(tok_token, line) == 4, "tok_token: offset of line differs from Rust's");
_Static_assert(offsetof(tok_token, column) == 8, "tok_token: offset of column differs from Rust's");
_Static_assert(offsetof(tok_token, start) == 16, "tok_token: offset of start differs from Rust's");
_Static_assert(offsetof(tok_token, len) == 24, "tok_token: offset of len differs from Rust's");
#else
typedef struct { char c; tok_bytes t; } tok_bytes_align_probe_;
typedef char tok_bytes_size_check_0_[(sizeof(tok_bytes) == 16) ? 1 : -1];
typedef char tok_bytes_align_check_1_[(offsetof(tok_bytes_align_probe_, t) == 8) ? 1 : -1];
typedef char tok_bytes_offset_check_2_[(offsetof(tok_bytes, data) == 0) ? 1 : -1];
typedef char tok_bytes_offset_check_3_[(offsetof(tok_bytes, len) == 8) ? 1 : -1];
typedef struct { char c; tok_token t; } tok_token_align_probe_;
typedef char tok_token_size_check_0_[(sizeof(tok_token) == 32) ? 1 : -1];
typedef char tok_token_align_check_1_[(offsetof(tok_token_align_probe_, t) == 8) ? 1 : -1];
typedef char tok_token_offset_check_2_[(offsetof(tok_token, kind) == 0) ? 1 : -1];
typedef char tok_token_offset_check_3_[(offsetof(tok_token, line) == 4) ? 1 : -1];
typedef char tok_token_offset_check_4_[(offsetof(tok_token, column) == 8) ? 1 : -1];
typedef char tok_token_offset_check_5_[(offsetof(tok_token, start) == 16) ? 1 : -1];
typedef char tok_token_offset_check_6_[(offsetof(tok_token, len) == 24) ? 1 : -1];
#endif

#endif /* TOKENIZER_H */
