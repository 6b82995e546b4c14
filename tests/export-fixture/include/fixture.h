/* Generated from the Rust code's #[export] modules by ffi-runtime: do not edit.
 * Layout checks hold for the target the header was generated on. */
#ifndef FIXTURE_H
#define FIXTURE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Arguments: every pointer is valid for what its type and length say, for
 * the whole call: arrays and values initialized; a non-const pointer used
 * by no other call at the same time; a handle not used after its _free.
 * Strings and bytes returned are given back, as returned, to fx_string_free
 * and fx_bytes_free (they may be written to before). */

/* Status codes: every function returning int32_t answers one, and the
 * thread's fx_last_error_code()/fx_last_error_message() keep it
 * until the next call on that thread (not into its exit: thread-local and
 * key destructors cannot read it). Positive codes are the function's errors. */
#define FX_OK 0
#define FX_ERROR 1
#define FX_PANIC (-1)
#define FX_INVALID_ARGUMENT (-2)
#define FX_INVALID_RESULT (-3)

/** Bytes returned by Rust; give them back with fx_bytes_free. */
typedef struct fx_bytes {
    uint8_t *data;
    size_t len;
} fx_bytes;

/** The error code of an empty input. */
#define FX_ERR_EMPTY 10

/** The error code of an overflow. */
#define FX_ERR_OVERFLOW 11

/** A large unsigned constant. */
#define FX_LIMIT 18000000000000000000u

/** A negative constant. */
#define FX_SMALLEST (-9223372036854775807LL - 1)

/** A point on a grid. */
typedef struct fx_point {
    int32_t x;
    int32_t y;
} fx_point;

/** A segment: declared before the struct its fields hold (the header
 * declares `fx_point` first). Not a / * nested * / comment in C.
 */
typedef struct fx_line {
    fx_point start;
    fx_point end;
} fx_line;

/** A struct with padding after `tag`. */
typedef struct fx_sample {
    uint8_t tag;
    uint64_t value;
    float ratio;
} fx_sample;

/** A counter C owns. */
typedef struct fx_counter fx_counter;

/** A handle whose C name (`fx_type`) is a Rust keyword. */
typedef struct fx_type fx_type;

/** A value bound to its thread (neither `Send` nor `Sync`).
 * Not thread-safe: one fx_local must not be used by two threads at once, not even through const pointers.
 * Bound to its thread: use and free a fx_local on the thread that created it.
 */
typedef struct fx_local fx_local;

/** The status code of this thread's last call, 0 if it succeeded. */
int32_t fx_last_error_code(void);

/** The message of this thread's last failed call, naming the function;
 * NULL if it succeeded. Valid until the next call on this thread.
 */
const char *fx_last_error_message(void);

/** Frees a string a function of this module returned; NULL is accepted. */
void fx_string_free(char *text);

/** Frees bytes a function of this module returned; NULL data is accepted. */
void fx_bytes_free(fx_bytes bytes);

/** Adds two integers, wrapping. */
int32_t fx_add(int32_t a, int32_t b, int32_t *out);

/** Divides; dividing by zero is an error. */
int32_t fx_divide(int32_t a, int32_t b, int32_t *out);

/** Counts the words of a text. */
int32_t fx_word_count(const char *text, size_t text_len, size_t *out);

/** Sums an array. */
int32_t fx_sum(const uint32_t *values, size_t values_len, uint64_t *out);

/** Sets every byte of an array. */
int32_t fx_fill(uint8_t *bytes, size_t bytes_len, uint8_t byte);

/** Copies `source` to the start of `target`; answers how many bytes. */
int32_t fx_copy_into(const uint8_t *source, size_t source_len, uint8_t *target, size_t target_len, size_t *out);

/** The length of a NUL-terminated string. */
int32_t fx_c_length(const char *text, size_t *out);

/** The length of a string, or -1 for NULL. */
int32_t fx_maybe_length(const char *text, int64_t *out);

/** The text in upper case, as a string the caller frees. */
int32_t fx_upper(const char *text, size_t text_len, char **out);

/** A string holding a NUL byte, which C cannot be given. */
int32_t fx_with_nul(char **out);

/** The UTF-8 bytes of a text, reversed. */
int32_t fx_reversed_bytes(const char *text, size_t text_len, fx_bytes *out);

/** Negates a flag. */
int32_t fx_not(bool flag, bool *out);

/** The point halfway. */
int32_t fx_midpoint(fx_point a, fx_point b, fx_point *out);

/** Multiplies a point in place. */
int32_t fx_scale(fx_point *point, int32_t factor);

/** |x| + |y|, or -1 without a point. */
int32_t fx_manhattan(const fx_point *point, int64_t *out);

/** A sample of the tag. */
int32_t fx_make_sample(uint8_t tag, fx_sample *out);

/** Writes the name's bytes into `target` (C may pass the same memory for
 * both: refused); answers how many.
 */
int32_t fx_stamp(const char *name, uint8_t *target, size_t target_len, size_t *out);

/** Moves `a` by `b`; -1 without `a`. */
int32_t fx_shift(fx_point *a, const fx_point *b, int64_t *out);

/** The length of a line along both axes. */
int32_t fx_line_length(fx_line line, int64_t *out);

/** A raw identifier as a name and a parameter: C sees `fx_typeof(uint32_t type, ..)`. */
int32_t fx_typeof(uint32_t type, uint32_t *out);

/** C++ keywords as names, one renamed onto another (`new` becomes `new_`, so
 * `new_` becomes `new__`). Trigraphs in docs stay text: ? ?/ ? ?! ? ?(
 */
int32_t fx_keywords(uint32_t new__, uint32_t new_, uint32_t class_, uint32_t *out);

/** Calls another export from inside this one: its failure is not this
 * call's, which succeeds with no last error.
 */
int32_t fx_nested_failure(int32_t *out);

/** Panics with the message. */
int32_t fx_panic_with(const char *message, size_t message_len, int32_t *out);

/** Panics with a payload whose `Drop` panics again. */
int32_t fx_panic_twice(void);

/** Fails with the given code (codes <= 0 are reported as 1). */
int32_t fx_fail_with(int32_t code);

/** A counter at zero; the name may not be empty. */
int32_t fx_counter_new(const char *name, size_t name_len, fx_counter **out);

/** Adds to the count; answers the new count. */
int32_t fx_counter_add(fx_counter *counter, uint64_t amount, uint64_t *out);

/** The count. */
int32_t fx_counter_get(const fx_counter *counter, uint64_t *out);

/** The name, as a string the caller frees. */
int32_t fx_counter_name(const fx_counter *counter, char **out);

/** Adds another counter's count to this one. */
int32_t fx_counter_absorb(fx_counter *counter, const fx_counter *other, uint64_t *out);

/** Makes freeing this counter panic (inside `Drop`). */
int32_t fx_counter_panic_when_freed(fx_counter *counter);

/** A type of this id. */
int32_t fx_type_new(uint32_t id, fx_type **out);

/** Its id. */
int32_t fx_type_id(const fx_type *type, uint32_t *out);

/** A new one. */
int32_t fx_local_new(fx_local **out);

/** Counts a touch; answers how many. */
int32_t fx_local_touch(const fx_local *local, uint32_t *out);

/** Frees a fx_counter; NULL is accepted. */
void fx_counter_free(fx_counter *counter);

/** Frees a fx_type; NULL is accepted. */
void fx_type_free(fx_type *type);

/** Frees a fx_local; NULL is accepted. */
void fx_local_free(fx_local *local);

#ifdef __cplusplus
}
#endif

/* Layout checks: sizes, alignments and offsets as Rust computed them. */
#if defined(__cplusplus)
static_assert(sizeof(fx_bytes) == 16, "fx_bytes: size differs from Rust's");
static_assert(alignof(fx_bytes) == 8, "fx_bytes: alignment differs from Rust's");
static_assert(offsetof(fx_bytes, data) == 0, "fx_bytes: offset of data differs from Rust's");
static_assert(offsetof(fx_bytes, len) == 8, "fx_bytes: offset of len differs from Rust's");
static_assert(sizeof(fx_point) == 8, "fx_point: size differs from Rust's");
static_assert(alignof(fx_point) == 4, "fx_point: alignment differs from Rust's");
static_assert(offsetof(fx_point, x) == 0, "fx_point: offset of x differs from Rust's");
static_assert(offsetof(fx_point, y) == 4, "fx_point: offset of y differs from Rust's");
static_assert(sizeof(fx_line) == 16, "fx_line: size differs from Rust's");
static_assert(alignof(fx_line) == 4, "fx_line: alignment differs from Rust's");
static_assert(offsetof(fx_line, start) == 0, "fx_line: offset of start differs from Rust's");
static_assert(offsetof(fx_line, end) == 8, "fx_line: offset of end differs from Rust's");
static_assert(sizeof(fx_sample) == 24, "fx_sample: size differs from Rust's");
static_assert(alignof(fx_sample) == 8, "fx_sample: alignment differs from Rust's");
static_assert(offsetof(fx_sample, tag) == 0, "fx_sample: offset of tag differs from Rust's");
static_assert(offsetof(fx_sample, value) == 8, "fx_sample: offset of value differs from Rust's");
static_assert(offsetof(fx_sample, ratio) == 16, "fx_sample: offset of ratio differs from Rust's");
#elif defined(__STDC_VERSION__) && __STDC_VERSION__ >= 201112L
_Static_assert(sizeof(fx_bytes) == 16, "fx_bytes: size differs from Rust's");
_Static_assert(_Alignof(fx_bytes) == 8, "fx_bytes: alignment differs from Rust's");
_Static_assert(offsetof(fx_bytes, data) == 0, "fx_bytes: offset of data differs from Rust's");
_Static_assert(offsetof(fx_bytes, len) == 8, "fx_bytes: offset of len differs from Rust's");
_Static_assert(sizeof(fx_point) == 8, "fx_point: size differs from Rust's");
_Static_assert(_Alignof(fx_point) == 4, "fx_point: alignment differs from Rust's");
_Static_assert(offsetof(fx_point, x) == 0, "fx_point: offset of x differs from Rust's");
_Static_assert(offsetof(fx_point, y) == 4, "fx_point: offset of y differs from Rust's");
_Static_assert(sizeof(fx_line) == 16, "fx_line: size differs from Rust's");
_Static_assert(_Alignof(fx_line) == 4, "fx_line: alignment differs from Rust's");
_Static_assert(offsetof(fx_line, start) == 0, "fx_line: offset of start differs from Rust's");
_Static_assert(offsetof(fx_line, end) == 8, "fx_line: offset of end differs from Rust's");
_Static_assert(sizeof(fx_sample) == 24, "fx_sample: size differs from Rust's");
_Static_assert(_Alignof(fx_sample) == 8, "fx_sample: alignment differs from Rust's");
_Static_assert(offsetof(fx_sample, tag) == 0, "fx_sample: offset of tag differs from Rust's");
_Static_assert(offsetof(fx_sample, value) == 8, "fx_sample: offset of value differs from Rust's");
_Static_assert(offsetof(fx_sample, ratio) == 16, "fx_sample: offset of ratio differs from Rust's");
#else
typedef struct { char c; fx_bytes t; } fx_bytes_align_probe_;
typedef char fx_bytes_size_check_0_[(sizeof(fx_bytes) == 16) ? 1 : -1];
typedef char fx_bytes_align_check_1_[(offsetof(fx_bytes_align_probe_, t) == 8) ? 1 : -1];
typedef char fx_bytes_offset_check_2_[(offsetof(fx_bytes, data) == 0) ? 1 : -1];
typedef char fx_bytes_offset_check_3_[(offsetof(fx_bytes, len) == 8) ? 1 : -1];
typedef struct { char c; fx_point t; } fx_point_align_probe_;
typedef char fx_point_size_check_0_[(sizeof(fx_point) == 8) ? 1 : -1];
typedef char fx_point_align_check_1_[(offsetof(fx_point_align_probe_, t) == 4) ? 1 : -1];
typedef char fx_point_offset_check_2_[(offsetof(fx_point, x) == 0) ? 1 : -1];
typedef char fx_point_offset_check_3_[(offsetof(fx_point, y) == 4) ? 1 : -1];
typedef struct { char c; fx_line t; } fx_line_align_probe_;
typedef char fx_line_size_check_0_[(sizeof(fx_line) == 16) ? 1 : -1];
typedef char fx_line_align_check_1_[(offsetof(fx_line_align_probe_, t) == 4) ? 1 : -1];
typedef char fx_line_offset_check_2_[(offsetof(fx_line, start) == 0) ? 1 : -1];
typedef char fx_line_offset_check_3_[(offsetof(fx_line, end) == 8) ? 1 : -1];
typedef struct { char c; fx_sample t; } fx_sample_align_probe_;
typedef char fx_sample_size_check_0_[(sizeof(fx_sample) == 24) ? 1 : -1];
typedef char fx_sample_align_check_1_[(offsetof(fx_sample_align_probe_, t) == 8) ? 1 : -1];
typedef char fx_sample_offset_check_2_[(offsetof(fx_sample, tag) == 0) ? 1 : -1];
typedef char fx_sample_offset_check_3_[(offsetof(fx_sample, value) == 8) ? 1 : -1];
typedef char fx_sample_offset_check_4_[(offsetof(fx_sample, ratio) == 16) ? 1 : -1];
#endif

#endif /* FIXTURE_H */
