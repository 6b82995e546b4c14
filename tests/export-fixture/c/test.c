/* The C side of the #[export] tests: every export assigned to a function
 * pointer of the type this file expects (a wrong prototype in the header does
 * not compile), then every form, error, panic and handle exercised. Linked
 * against the cdylib and the staticlib by tests/c_program.rs, run under
 * valgrind. Prints "ok: N checks" and exits 0, or names the failed check. */
#define _POSIX_C_SOURCE 200112L
#include "fixture.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int checks = 0;
static int failures = 0;

#define CHECK(condition)                                                  \
    do {                                                                  \
        checks++;                                                         \
        if (!(condition)) {                                               \
            failures++;                                                   \
            fprintf(stderr, "%s:%d: failed: %s\n", __FILE__, __LINE__,    \
                    #condition);                                          \
        }                                                                 \
    } while (0)

/* Whether the last error has this code and its message contains `part`. */
static int last_error_is(int32_t code, const char *part) {
    const char *message = fx_last_error_message();
    if (fx_last_error_code() != code || message == NULL || strstr(message, part) == NULL) {
        fprintf(stderr, "last error: %d %s (wanted %d, \"%s\")\n", fx_last_error_code(),
                message ? message : "(null)", code, part);
        return 0;
    }
    return 1;
}

/* exports: one typed pointer per function of the header. */
static int32_t (*const p_last_error_code)(void) = fx_last_error_code;
static const char *(*const p_last_error_message)(void) = fx_last_error_message;
static void (*const p_string_free)(char *) = fx_string_free;
static void (*const p_bytes_free)(fx_bytes) = fx_bytes_free;
static int32_t (*const p_add)(int32_t, int32_t, int32_t *) = fx_add;
static int32_t (*const p_divide)(int32_t, int32_t, int32_t *) = fx_divide;
static int32_t (*const p_word_count)(const char *, size_t, size_t *) = fx_word_count;
static int32_t (*const p_sum)(const uint32_t *, size_t, uint64_t *) = fx_sum;
static int32_t (*const p_fill)(uint8_t *, size_t, uint8_t) = fx_fill;
static int32_t (*const p_copy_into)(const uint8_t *, size_t, uint8_t *, size_t, size_t *) = fx_copy_into;
static int32_t (*const p_c_length)(const char *, size_t *) = fx_c_length;
static int32_t (*const p_maybe_length)(const char *, int64_t *) = fx_maybe_length;
static int32_t (*const p_upper)(const char *, size_t, char **) = fx_upper;
static int32_t (*const p_with_nul)(char **) = fx_with_nul;
static int32_t (*const p_reversed_bytes)(const char *, size_t, fx_bytes *) = fx_reversed_bytes;
static int32_t (*const p_not)(bool, bool *) = fx_not;
static int32_t (*const p_midpoint)(fx_point, fx_point, fx_point *) = fx_midpoint;
static int32_t (*const p_scale)(fx_point *, int32_t) = fx_scale;
static int32_t (*const p_manhattan)(const fx_point *, int64_t *) = fx_manhattan;
static int32_t (*const p_make_sample)(uint8_t, fx_sample *) = fx_make_sample;
static int32_t (*const p_stamp)(const char *, uint8_t *, size_t, size_t *) = fx_stamp;
static int32_t (*const p_shift)(fx_point *, const fx_point *, int64_t *) = fx_shift;
static int32_t (*const p_line_length)(fx_line, int64_t *) = fx_line_length;
static int32_t (*const p_typeof)(uint32_t, uint32_t *) = fx_typeof;
static int32_t (*const p_type_new)(uint32_t, fx_type **) = fx_type_new;
static int32_t (*const p_type_id)(const fx_type *, uint32_t *) = fx_type_id;
static void (*const p_type_free)(fx_type *) = fx_type_free;
static int32_t (*const p_keywords)(uint32_t, uint32_t, uint32_t, uint32_t *) = fx_keywords;
static int32_t (*const p_nested_failure)(int32_t *) = fx_nested_failure;
static int32_t (*const p_panic_with)(const char *, size_t, int32_t *) = fx_panic_with;
static int32_t (*const p_panic_twice)(void) = fx_panic_twice;
static int32_t (*const p_fail_with)(int32_t) = fx_fail_with;
static int32_t (*const p_counter_new)(const char *, size_t, fx_counter **) = fx_counter_new;
static int32_t (*const p_counter_add)(fx_counter *, uint64_t, uint64_t *) = fx_counter_add;
static int32_t (*const p_counter_get)(const fx_counter *, uint64_t *) = fx_counter_get;
static int32_t (*const p_counter_name)(const fx_counter *, char **) = fx_counter_name;
static int32_t (*const p_counter_absorb)(fx_counter *, const fx_counter *, uint64_t *) = fx_counter_absorb;
static int32_t (*const p_counter_panic_when_freed)(fx_counter *) = fx_counter_panic_when_freed;
static int32_t (*const p_local_new)(fx_local **) = fx_local_new;
static int32_t (*const p_local_touch)(const fx_local *, uint32_t *) = fx_local_touch;
static void (*const p_counter_free)(fx_counter *) = fx_counter_free;
static void (*const p_local_free)(fx_local *) = fx_local_free;
/* end of exports */

static void values(void) {
    int32_t number = 0;
    bool flag = false;
    fx_point a = {2, 4}, b = {6, -8}, point = {3, -5};
    fx_sample sample;
    int64_t distance = 0;

    CHECK(p_add(2, 3, &number) == FX_OK && number == 5);
    CHECK(p_last_error_code() == FX_OK && p_last_error_message() == NULL);
    CHECK(p_not(true, &flag) == FX_OK && flag == false);
    CHECK(p_midpoint(a, b, &point) == FX_OK && point.x == 4 && point.y == -2);
    CHECK(p_scale(&point, 3) == FX_OK && point.x == 12 && point.y == -6);
    CHECK(p_manhattan(&point, &distance) == FX_OK && distance == 18);
    CHECK(p_manhattan(NULL, &distance) == FX_OK && distance == -1);
    CHECK(p_make_sample(7, &sample) == FX_OK && sample.tag == 7 && sample.value == (7ull << 40) &&
          sample.ratio == 3.5f);
    CHECK(FX_LIMIT == 18000000000000000000u && FX_SMALLEST < 0);
}

static void errors(void) {
    int32_t number = 41;
    CHECK(p_divide(1, 0, &number) == FX_ERROR && number == 41);
    CHECK(last_error_is(FX_ERROR, "fx_divide: cannot divide 1 by 0"));
    CHECK(p_add(1, 1, &number) == FX_OK && p_last_error_message() == NULL);
    CHECK(p_fail_with(42) == 42 && last_error_is(42, "fx_fail_with: failed with code 42"));
    CHECK(p_fail_with(0) == FX_ERROR && last_error_is(FX_ERROR, "code 0"));
    CHECK(p_fail_with(-1) == FX_ERROR);
    CHECK(p_add(1, 1, NULL) == FX_INVALID_ARGUMENT && last_error_is(FX_INVALID_ARGUMENT, "`out` is NULL"));
}

static void strings_and_arrays(void) {
    size_t count = 99;
    uint64_t total = 1;
    uint32_t numbers[3] = {1, 2, 4000000000u};
    uint8_t bytes[4] = {0, 0, 0, 0};
    uint8_t buffer[8] = {1, 2, 3, 4, 5, 6, 7, 8};
    char *text = NULL;
    fx_bytes reversed;
    int64_t length = 0;
    const char invalid[] = {'a', (char)0xff, 'b'};

    CHECK(p_word_count("two words", 9, &count) == FX_OK && count == 2);
    CHECK(p_word_count(NULL, 0, &count) == FX_OK && count == 0);
    CHECK(p_word_count(NULL, 5, &count) == FX_INVALID_ARGUMENT &&
          last_error_is(FX_INVALID_ARGUMENT, "fx_word_count: `text` is NULL with length 5"));
    CHECK(p_word_count(invalid, 3, &count) == FX_INVALID_ARGUMENT &&
          last_error_is(FX_INVALID_ARGUMENT, "not UTF-8 (invalid byte at offset 1)"));
    CHECK(p_sum(numbers, 3, &total) == FX_OK && total == 4000000003ull);
    CHECK(p_sum(NULL, 0, &total) == FX_OK && total == 0);
    CHECK(p_fill(bytes, 4, 9) == FX_OK && bytes[0] == 9 && bytes[3] == 9);
    CHECK(p_fill(NULL, 0, 9) == FX_OK);
    CHECK(p_copy_into(buffer, 2, buffer + 4, 4, &count) == FX_OK && count == 2 && buffer[4] == 1);
    CHECK(p_copy_into(buffer, 4, buffer + 2, 4, &count) == FX_INVALID_ARGUMENT &&
          last_error_is(FX_INVALID_ARGUMENT, "`source` and `target` overlap"));
    CHECK(p_copy_into(buffer, 4, buffer + 4, 2, &count) == FX_ERR_OVERFLOW &&
          last_error_is(FX_ERR_OVERFLOW, "4 is too large"));
    CHECK(p_c_length("hello", &count) == FX_OK && count == 5);
    CHECK(p_c_length(NULL, &count) == FX_INVALID_ARGUMENT && last_error_is(FX_INVALID_ARGUMENT, "`text` is NULL"));
    CHECK(p_maybe_length(NULL, &length) == FX_OK && length == -1);
    CHECK(p_upper("grüße", strlen("grüße"), &text) == FX_OK && strcmp(text, "GRÜSSE") == 0);
    p_string_free(text);
    p_string_free(NULL);
    text = NULL;
    CHECK(p_upper("", 0, &text) == FX_ERR_EMPTY && text == NULL &&
          last_error_is(FX_ERR_EMPTY, "fx_upper: the input is empty"));
    CHECK(p_with_nul(&text) == FX_INVALID_RESULT && text == NULL &&
          last_error_is(FX_INVALID_RESULT, "NUL byte at offset 1"));
    CHECK(p_reversed_bytes("abc", 3, &reversed) == FX_OK && reversed.len == 3 && reversed.data[0] == 'c');
    p_bytes_free(reversed);
    CHECK(p_reversed_bytes(NULL, 0, &reversed) == FX_OK && reversed.len == 0 && reversed.data != NULL);
    p_bytes_free(reversed);
}

static void panics(void) {
    int32_t number = 7;
    CHECK(p_panic_with("boom", 4, &number) == FX_PANIC && number == 7);
    CHECK(last_error_is(FX_PANIC, "fx_panic_with: panicked: boom"));
    CHECK(p_panic_twice() == FX_PANIC && last_error_is(FX_PANIC, "fx_panic_twice: panicked"));
    CHECK(p_add(20, 22, &number) == FX_OK && number == 42);
}

static void red_team_cases(void) {
    char name[8] = "abc";
    uint8_t target[4] = {0, 0, 0, 0};
    size_t count = 0;
    int64_t result = 5;
    uint32_t number = 0;
    fx_point a = {1, 2}, b = {10, 20};
    fx_line line = {{0, 0}, {3, -4}};
    fx_type *type = NULL;
    char *text = NULL;
    const char *message;

    CHECK(p_stamp(name, target, 4, &count) == FX_OK && count == 3 && target[0] == 'a');
    /* The string and the written array are one buffer: refused. */
    CHECK(p_stamp(name, (uint8_t *)name, 4, &count) == FX_INVALID_ARGUMENT &&
          last_error_is(FX_INVALID_ARGUMENT, "`name` and `target` overlap"));
    /* Two NULL optionals lend nothing: not an overlap. */
    CHECK(p_shift(NULL, NULL, &result) == FX_OK && result == -1);
    CHECK(p_shift(&a, &b, &result) == FX_OK && result == 0 && a.x == 11 && a.y == 22);
    CHECK(p_line_length(line, &result) == FX_OK && result == 7);
    CHECK(p_typeof(41, &number) == FX_OK && number == 42);
    CHECK(p_keywords(1, 2, 3, &number) == FX_OK && number == 123);
    {
        int32_t inner = 0;
        CHECK(p_nested_failure(&inner) == FX_OK && inner == 3);
        CHECK(p_last_error_code() == FX_OK && p_last_error_message() == NULL);
    }
    CHECK(p_type_new(7, &type) == FX_OK && p_type_id(type, &number) == FX_OK && number == 7);
    p_type_free(type);
    /* A returned string C writes into (shortens) is still freed right. */
    CHECK(p_upper("abcdef", 6, &text) == FX_OK);
    text[1] = '\0';
    p_string_free(text);
    /* The message of a failure stays readable while a _free that panics runs. */
    {
        fx_counter *doomed = NULL;
        CHECK(p_counter_new("doomed", 6, &doomed) == FX_OK);
        CHECK(p_counter_panic_when_freed(doomed) == FX_OK);
        CHECK(p_fail_with(5) == 5);
        message = p_last_error_message();
        p_counter_free(doomed);
        /* still allocated (valgrind would see a read of freed memory) */
        CHECK(message != NULL && strcmp(message, "fx_fail_with: failed with code 5") == 0);
        CHECK(last_error_is(FX_PANIC, "fx_counter_free: panicked"));
    }
}

static void handles(void) {
    fx_counter *counter = NULL, *other = NULL;
    fx_local *local = NULL;
    uint64_t count = 0;
    uint32_t touches = 0;
    char *name = NULL;

    CHECK(p_counter_new("", 0, &counter) == FX_ERR_EMPTY && counter == NULL);
    CHECK(p_counter_new("clicks", 6, &counter) == FX_OK && counter != NULL);
    CHECK(p_counter_new("other", 5, &other) == FX_OK && other != NULL);
    CHECK(p_counter_add(counter, 5, &count) == FX_OK && count == 5);
    CHECK(p_counter_add(counter, UINT64_MAX, &count) == FX_ERR_OVERFLOW && count == 5);
    CHECK(p_counter_add(other, 2, &count) == FX_OK);
    CHECK(p_counter_absorb(counter, other, &count) == FX_OK && count == 7);
    CHECK(p_counter_absorb(counter, counter, &count) == FX_INVALID_ARGUMENT &&
          last_error_is(FX_INVALID_ARGUMENT, "`counter` and `other` overlap"));
    CHECK(p_counter_get(counter, &count) == FX_OK && count == 7);
    CHECK(p_counter_get(NULL, &count) == FX_INVALID_ARGUMENT && last_error_is(FX_INVALID_ARGUMENT, "`counter` is NULL"));
    CHECK(p_counter_name(counter, &name) == FX_OK && strcmp(name, "clicks") == 0);
    p_string_free(name);
    p_counter_free(counter);
    p_counter_free(NULL);
    CHECK(p_counter_panic_when_freed(other) == FX_OK);
    p_counter_free(other);
    CHECK(last_error_is(FX_PANIC, "fx_counter_free: panicked: counter other asked to panic when freed"));

    CHECK(p_local_new(&local) == FX_OK);
    CHECK(p_local_touch(local, &touches) == FX_OK && p_local_touch(local, &touches) == FX_OK && touches == 2);
    p_local_free(local);
}

/* Two threads fail differently at the same time; each reads its own error. */
static pthread_barrier_t barrier;

static void *thread_divides(void *result) {
    int32_t number;
    p_divide(5, 0, &number);
    pthread_barrier_wait(&barrier);
    *(int *)result = last_error_is(FX_ERROR, "fx_divide: cannot divide 5 by 0");
    pthread_barrier_wait(&barrier);
    return NULL;
}

static void *thread_fails(void *result) {
    p_fail_with(77);
    pthread_barrier_wait(&barrier);
    *(int *)result = last_error_is(77, "fx_fail_with: failed with code 77");
    pthread_barrier_wait(&barrier);
    return NULL;
}

static void threads(void) {
    pthread_t first, second;
    int first_ok = 0, second_ok = 0;
    int32_t number;
    CHECK(pthread_barrier_init(&barrier, NULL, 2) == 0);
    CHECK(pthread_create(&first, NULL, thread_divides, &first_ok) == 0);
    CHECK(pthread_create(&second, NULL, thread_fails, &second_ok) == 0);
    pthread_join(first, NULL);
    pthread_join(second, NULL);
    pthread_barrier_destroy(&barrier);
    CHECK(first_ok && second_ok);
    CHECK(p_add(1, 2, &number) == FX_OK && p_last_error_code() == FX_OK);
}

int main(void) {
    values();
    errors();
    strings_and_arrays();
    panics();
    handles();
    red_team_cases();
    threads();
    if (failures) {
        fprintf(stderr, "%d of %d checks failed\n", failures, checks);
        return 1;
    }
    printf("ok: %d checks\n", checks);
    return 0;
}
