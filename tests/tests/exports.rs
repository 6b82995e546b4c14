//! `#[export]` seen from its callers, in Rust so that Miri (tree borrows, leak
//! check) runs every shim: the fixture's module is included by path and its
//! `extern "C"` entry points are called as C would, contract-abiding and not.

#[path = "../export-fixture/src/api.rs"]
#[allow(
    clippy::must_use_candidate,
    clippy::missing_errors_doc,
    clippy::new_without_default
)]
mod api;

use api::exported::c_api::*;
use api::exported::{Point, Sample};
use ffi_runtime::export::{ERROR, INVALID_ARGUMENT, INVALID_RESULT, OK, PANIC};
use std::ffi::{CStr, c_char};
use std::ptr;

/// The thread's last error: code and message.
fn last_error() -> (i32, Option<String>) {
    let message = fx_last_error_message();
    let text = (!message.is_null()).then(|| {
        // SAFETY: a string valid until the next call on this thread.
        unsafe { CStr::from_ptr(message) }
            .to_string_lossy()
            .into_owned()
    });
    (fx_last_error_code(), text)
}

fn assert_last_error(code: i32, part: &str) {
    let (last_code, message) = last_error();
    let message = message.unwrap_or_default();
    assert_eq!(last_code, code, "{message}");
    assert!(message.contains(part), "{message:?} lacks {part:?}");
}

#[test]
fn values_pass_and_return() {
    let mut number = 0;
    // SAFETY: every pointer is valid as the header says.
    unsafe {
        assert_eq!(fx_add(2, 3, &raw mut number), OK);
        assert_eq!(number, 5);
        let mut flag = false;
        // C's `bool` holding 2 (a C compiler would not, but a caller may): `true`.
        assert_eq!(fx_not(2, &raw mut flag), OK);
        assert!(!flag);
        let (a, b) = (Point { x: 2, y: 4 }, Point { x: 6, y: -8 });
        let mut middle = Point { x: 0, y: 0 };
        assert_eq!(fx_midpoint(a, b, &raw mut middle), OK);
        assert_eq!(middle, Point { x: 4, y: -2 });
        let mut sample = Sample {
            tag: 0,
            value: 0,
            ratio: 0.0,
        };
        assert_eq!(fx_make_sample(3, &raw mut sample), OK);
        assert_eq!(
            sample,
            Sample {
                tag: 3,
                value: 3 << 40,
                ratio: 1.5
            }
        );
        let mut distance = 0;
        assert_eq!(fx_manhattan(ptr::null(), &raw mut distance), OK);
        assert_eq!(distance, -1);
    }
    assert_eq!(last_error(), (OK, None));
}

#[test]
fn errors_carry_code_and_message_until_the_next_call() {
    let mut number = 41;
    // SAFETY: valid pointers.
    unsafe {
        assert_eq!(fx_divide(1, 0, &raw mut number), ERROR);
        assert_eq!(number, 41, "out is not written on failure");
        assert_last_error(ERROR, "fx_divide: cannot divide 1 by 0");
        // Freeing does not clear it: C may free while reading the message.
        fx_string_free(ptr::null_mut());
        assert_last_error(ERROR, "cannot divide");
        assert_eq!(fx_fail_with(42), 42);
        assert_last_error(42, "fx_fail_with: failed with code 42");
        assert_eq!(
            fx_fail_with(0),
            ERROR,
            "0 is success: never a failure's code"
        );
        assert_eq!(fx_fail_with(-1), ERROR, "negative codes are the runtime's");
        assert_eq!(fx_add(1, 1, &raw mut number), OK);
    }
    assert_eq!(last_error(), (OK, None));
}

#[test]
fn null_out_is_refused_before_the_function_runs() {
    let mut counter = ptr::null_mut();
    let mut count = 0;
    // SAFETY: valid pointers, except `out`, which is the point.
    unsafe {
        assert_eq!(
            fx_counter_new(c"c".as_ptr().cast(), 1, &raw mut counter),
            OK
        );
        assert_eq!(
            fx_counter_add(counter, 5, ptr::null_mut()),
            INVALID_ARGUMENT
        );
        assert_last_error(INVALID_ARGUMENT, "fx_counter_add: `out` is NULL");
        assert_eq!(fx_counter_get(counter, &raw mut count), OK);
        assert_eq!(count, 0, "the add did not run");
        fx_counter_free(counter);
    }
}

#[test]
fn strings_and_arrays_are_checked() {
    let mut count = 99;
    let mut total = 1;
    // SAFETY: valid pointers, or NULL/misaligned where the point is refusal.
    unsafe {
        assert_eq!(fx_word_count(b"two words".as_ptr(), 9, &raw mut count), OK);
        assert_eq!(count, 2);
        assert_eq!(fx_word_count(ptr::null(), 0, &raw mut count), OK);
        assert_eq!(count, 0);
        assert_eq!(
            fx_word_count(ptr::null(), 5, &raw mut count),
            INVALID_ARGUMENT
        );
        assert_last_error(
            INVALID_ARGUMENT,
            "fx_word_count: `text` is NULL with length 5",
        );
        assert_eq!(
            fx_word_count(b"a\xffb".as_ptr(), 3, &raw mut count),
            INVALID_ARGUMENT
        );
        assert_last_error(INVALID_ARGUMENT, "not UTF-8 (invalid byte at offset 1)");

        let numbers = [1u32, 2, 3, 4];
        assert_eq!(fx_sum(numbers.as_ptr(), 4, &raw mut total), OK);
        assert_eq!(total, 10);
        assert_eq!(fx_sum(ptr::null(), 0, &raw mut total), OK);
        assert_eq!(total, 0);
        #[allow(clippy::cast_ptr_alignment)] // misaligned on purpose: refused, never read
        let misaligned = numbers.as_ptr().cast::<u8>().wrapping_add(1).cast::<u32>();
        assert_eq!(fx_sum(misaligned, 2, &raw mut total), INVALID_ARGUMENT);
        assert_last_error(INVALID_ARGUMENT, "`values` is not aligned");
        assert_eq!(
            fx_sum(numbers.as_ptr(), usize::MAX / 2, &raw mut total),
            INVALID_ARGUMENT
        );
        assert_last_error(INVALID_ARGUMENT, "larger than any array");

        let mut bytes = [0u8; 4];
        assert_eq!(fx_fill(bytes.as_mut_ptr(), 4, 9), OK);
        assert_eq!(bytes, [9; 4]);
        assert_eq!(fx_fill(ptr::null_mut(), 0, 9), OK);

        assert_eq!(fx_c_length(c"hello".as_ptr(), &raw mut count), OK);
        assert_eq!(count, 5);
        assert_eq!(fx_c_length(ptr::null(), &raw mut count), INVALID_ARGUMENT);
        let mut length = 0;
        assert_eq!(fx_maybe_length(ptr::null(), &raw mut length), OK);
        assert_eq!(length, -1);
    }
}

#[test]
fn overlapping_arrays_are_refused_when_one_is_written() {
    let mut buffer = [1u8, 2, 3, 4, 5, 6, 7, 8];
    let base = buffer.as_mut_ptr();
    let mut count = 0;
    // SAFETY: pointers into `buffer`, in bounds.
    unsafe {
        assert_eq!(fx_copy_into(base, 2, base.add(4), 4, &raw mut count), OK);
        assert_eq!(
            fx_copy_into(base, 4, base.add(4), 4, &raw mut count),
            OK,
            "adjacent is not overlapping"
        );
        assert_eq!(
            fx_copy_into(base, 4, base.add(2), 4, &raw mut count),
            INVALID_ARGUMENT
        );
        assert_last_error(
            INVALID_ARGUMENT,
            "`source` and `target` overlap, and one is written",
        );
        assert_eq!(
            fx_copy_into(base, 8, base, 8, &raw mut count),
            INVALID_ARGUMENT
        );
    }
    assert_eq!(buffer, [1, 2, 3, 4, 1, 2, 3, 4]);
}

fn take_string(text: *mut c_char) -> String {
    // SAFETY: a string an export returned, freed once here.
    unsafe {
        let owned = CStr::from_ptr(text).to_str().unwrap().to_owned();
        fx_string_free(text);
        owned
    }
}

#[test]
fn strings_and_bytes_go_back_to_rust_to_be_freed() {
    let mut text: *mut c_char = ptr::null_mut();
    let word = "grüße";
    // SAFETY: valid pointers.
    unsafe {
        assert_eq!(fx_upper(word.as_ptr(), word.len(), &raw mut text), OK);
        assert_eq!(take_string(text), "GRÜSSE");
        text = ptr::null_mut();
        assert_eq!(
            fx_upper(ptr::null(), 0, &raw mut text),
            api::exported::ERR_EMPTY
        );
        assert!(text.is_null());
        assert_last_error(api::exported::ERR_EMPTY, "fx_upper: the input is empty");
        assert_eq!(fx_with_nul(&raw mut text), INVALID_RESULT);
        assert_last_error(INVALID_RESULT, "NUL byte at offset 1");
        assert!(text.is_null());

        let mut bytes = ffi_runtime::export::Bytes {
            data: ptr::null_mut(),
            len: 0,
        };
        assert_eq!(fx_reversed_bytes(b"abc".as_ptr(), 3, &raw mut bytes), OK);
        assert_eq!(std::slice::from_raw_parts(bytes.data, bytes.len), b"cba");
        fx_bytes_free(bytes);
        assert_eq!(fx_reversed_bytes(ptr::null(), 0, &raw mut bytes), OK);
        assert!(!bytes.data.is_null() && bytes.len == 0);
        fx_bytes_free(bytes);
    }
}

#[test]
fn panics_become_a_status_and_never_unwind() {
    let mut number = 7;
    // SAFETY: valid pointers.
    unsafe {
        assert_eq!(fx_panic_with(b"boom".as_ptr(), 4, &raw mut number), PANIC);
        assert_eq!(number, 7);
        assert_last_error(PANIC, "fx_panic_with: panicked: boom");
        // The payload's own Drop panics: caught too, and nothing leaks (Miri).
        assert_eq!(fx_panic_twice(), PANIC);
        assert_last_error(PANIC, "fx_panic_twice: panicked");
        assert_eq!(fx_add(20, 22, &raw mut number), OK);
        assert_eq!(number, 42);
    }
}

#[test]
fn handles_are_made_used_and_freed_once() {
    let (mut counter, mut other) = (ptr::null_mut(), ptr::null_mut());
    let mut count = 0;
    let mut name: *mut c_char = ptr::null_mut();
    // SAFETY: handles as the module returned them, each freed once.
    unsafe {
        assert_eq!(
            fx_counter_new(ptr::null(), 0, &raw mut counter),
            api::exported::ERR_EMPTY
        );
        assert!(counter.is_null());
        assert_eq!(fx_counter_new(b"clicks".as_ptr(), 6, &raw mut counter), OK);
        assert_eq!(fx_counter_new(b"other".as_ptr(), 5, &raw mut other), OK);
        assert_eq!(fx_counter_add(counter, 5, &raw mut count), OK);
        assert_eq!(
            fx_counter_add(counter, u64::MAX, &raw mut count),
            api::exported::ERR_OVERFLOW
        );
        assert_eq!(count, 5);
        assert_eq!(fx_counter_add(other, 2, &raw mut count), OK);
        assert_eq!(fx_counter_absorb(counter, other, &raw mut count), OK);
        assert_eq!(count, 7);
        // `&mut self` and `&other` of one handle would alias: refused.
        assert_eq!(
            fx_counter_absorb(counter, counter, &raw mut count),
            INVALID_ARGUMENT
        );
        assert_last_error(INVALID_ARGUMENT, "`counter` and `other` overlap");
        assert_eq!(
            fx_counter_get(ptr::null(), &raw mut count),
            INVALID_ARGUMENT
        );
        assert_last_error(INVALID_ARGUMENT, "`counter` is NULL");
        assert_eq!(fx_counter_name(counter, &raw mut name), OK);
        assert_eq!(take_string(name), "clicks");
        fx_counter_free(counter);
        fx_counter_free(ptr::null_mut());
        // A `Drop` that panics: caught, reported, the memory still freed (Miri
        // checks for the leak).
        assert_eq!(fx_counter_panic_when_freed(other), OK);
        fx_counter_free(other);
        assert_last_error(
            PANIC,
            "fx_counter_free: panicked: counter other asked to panic when freed",
        );

        let mut local = ptr::null_mut();
        let mut touches = 0;
        assert_eq!(fx_local_new(&raw mut local), OK);
        assert_eq!(fx_local_touch(local, &raw mut touches), OK);
        assert_eq!(fx_local_touch(local, &raw mut touches), OK);
        assert_eq!(touches, 2);
        fx_local_free(local);
    }
}

#[test]
fn a_misaligned_handle_is_not_freed() {
    let mut storage = [7u64; 4];
    let misaligned = storage.as_mut_ptr().cast::<u8>().wrapping_add(1).cast();
    // SAFETY: misaligned: never dereferenced, reported.
    unsafe { fx_counter_free(misaligned) };
    assert_last_error(
        INVALID_ARGUMENT,
        "fx_counter_free: the handle is not aligned",
    );
    assert_eq!(storage, [7; 4]);
}

#[test]
fn each_thread_keeps_its_own_last_error() {
    let barrier = std::sync::Barrier::new(2);
    std::thread::scope(|scope| {
        let first = scope.spawn(|| {
            let mut number = 0;
            // SAFETY: valid pointer.
            unsafe { fx_divide(5, 0, &raw mut number) };
            barrier.wait();
            let error = last_error();
            barrier.wait();
            error
        });
        let second = scope.spawn(|| {
            // SAFETY: no pointers.
            unsafe { fx_fail_with(77) };
            barrier.wait();
            let error = last_error();
            barrier.wait();
            error
        });
        let (code, message) = first.join().unwrap();
        assert_eq!(code, ERROR);
        assert!(message.unwrap().contains("cannot divide 5 by 0"));
        let (code, message) = second.join().unwrap();
        assert_eq!(code, 77);
        assert!(message.unwrap().contains("failed with code 77"));
    });
}

#[test]
fn the_header_describes_what_was_emitted() {
    let header = ffi_runtime::export::Header::new("FIXTURE_H")
        .module(&MODULE)
        .render();
    for line in [
        "int32_t fx_word_count(const char *text, size_t text_len, size_t *out);",
        "int32_t fx_counter_absorb(fx_counter *counter, const fx_counter *other, uint64_t *out);",
        "int32_t fx_reversed_bytes(const char *text, size_t text_len, fx_bytes *out);",
        "void fx_counter_free(fx_counter *counter);",
        "#define FX_SMALLEST (-9223372036854775807LL - 1)",
        "#define FX_LIMIT 18000000000000000000u",
        " * Not thread-safe: one fx_local must not be used by two threads at once, not even through const pointers.",
    ] {
        assert!(
            header.lines().any(|printed| printed == line),
            "no {line:?} in\n{header}"
        );
    }
    assert!(
        !header.contains("Not thread-safe: one fx_counter"),
        "Counter is Sync"
    );
}

#[test]
fn a_cstr_and_a_written_array_of_one_buffer_are_refused() {
    let mut buffer = *b"abc\0....";
    let mut count = 0;
    let base = buffer.as_mut_ptr();
    // SAFETY: `buffer` holds a NUL-terminated string and 8 bytes.
    unsafe {
        assert_eq!(
            fx_stamp(base.cast(), base, 8, &raw mut count),
            INVALID_ARGUMENT
        );
        assert_last_error(INVALID_ARGUMENT, "`name` and `target` overlap");
        assert_eq!(fx_stamp(base.cast(), base.add(4), 4, &raw mut count), OK);
    }
    assert_eq!(&buffer, b"abc\0abc.");
}

#[test]
fn null_optionals_lend_nothing() {
    let mut result = 5;
    // SAFETY: NULL where `Option` allows it.
    unsafe { assert_eq!(fx_shift(ptr::null_mut(), ptr::null(), &raw mut result), OK) };
    assert_eq!(result, -1);
}

#[test]
fn a_string_c_shortened_is_freed_whole() {
    let mut text: *mut c_char = ptr::null_mut();
    // SAFETY: the string is written within its bytes, then freed once.
    unsafe {
        assert_eq!(fx_upper(b"abcdef".as_ptr(), 6, &raw mut text), OK);
        *text.add(1) = 0;
        fx_string_free(text);
    }
}

#[test]
fn the_message_c_reads_outlives_a_panicking_free() {
    let mut doomed = ptr::null_mut();
    // SAFETY: a handle made, marked, freed once; the message read while valid.
    unsafe {
        assert_eq!(fx_counter_new(b"doomed".as_ptr(), 6, &raw mut doomed), OK);
        assert_eq!(fx_counter_panic_when_freed(doomed), OK);
        assert_eq!(fx_fail_with(5), 5);
        let message = fx_last_error_message();
        fx_counter_free(doomed);
        assert_eq!(
            CStr::from_ptr(message).to_str().unwrap(),
            "fx_fail_with: failed with code 5"
        );
    }
    assert_last_error(PANIC, "fx_counter_free: panicked");
}

#[test]
fn keywords_and_raw_identifiers_become_c_names() {
    let mut number = 0;
    let mut handle = ptr::null_mut();
    // SAFETY: valid pointers; the handle freed once.
    unsafe {
        assert_eq!(fx_typeof(1, &raw mut number), OK);
        assert_eq!(number, 2);
        assert_eq!(fx_type_new(9, &raw mut handle), OK);
        assert_eq!(fx_type_id(handle, &raw mut number), OK);
        assert_eq!(number, 9);
        fx_type_free(handle);
    }
}

#[test]
fn a_nested_failure_leaves_no_error_after_a_success() {
    let mut inner = 0;
    // SAFETY: valid pointer.
    unsafe { assert_eq!(fx_nested_failure(&raw mut inner), OK) };
    assert_eq!(inner, 3);
    assert_eq!(last_error(), (OK, None));
}

#[test]
fn a_skipped_function_stays_rust() {
    assert_eq!(api::exported::rust_only("text".to_owned()), "text");
}
