//! Caller-allocated output buffers: `#[buffer(len, ..)]` allocates, passes the
//! buffer and its capacity (converted with `try_from`), grows and retries on the
//! "too small" errno or a buffer filled without a NUL, up to `max`, and returns the
//! C string written into it.

use ffi_runtime::{Errno, foreign};
use std::ffi::{c_char, c_int};
use std::sync::atomic::{AtomicUsize, Ordering};

static CALLS: AtomicUsize = AtomicUsize::new(0);
static FORMAT_CALLS: AtomicUsize = AtomicUsize::new(0);

mod fake {
    use super::{CALLS, FORMAT_CALLS};
    use ffi_runtime::Errno;
    use std::ffi::{c_char, c_int};
    use std::sync::atomic::Ordering;

    /// Writes `text` (NUL-terminated), or fails with ERANGE when it does not fit,
    /// like getcwd.
    fn write(text: &[u8], buffer: *mut c_char, capacity: usize) -> bool {
        if text.len() + 1 > capacity {
            Errno::from_raw(libc::ERANGE).set_last();
            return false;
        }
        // SAFETY: the wrapper passes a buffer of `capacity` bytes.
        unsafe {
            std::ptr::copy_nonoverlapping(text.as_ptr(), buffer.cast::<u8>(), text.len());
            buffer.add(text.len()).write(0);
        }
        true
    }

    #[unsafe(no_mangle)]
    extern "C" fn buf_name(length: c_int, buffer: *mut c_char, capacity: usize) -> *mut c_char {
        CALLS.fetch_add(1, Ordering::SeqCst);
        let text = "n".repeat(usize::try_from(length).unwrap_or(0));
        if write(text.as_bytes(), buffer, capacity) {
            buffer
        } else {
            std::ptr::null_mut()
        }
    }

    /// Like readlink: copies as much as fits, returns the count, no NUL.
    #[unsafe(no_mangle)]
    extern "C" fn buf_target(buffer: *mut u8, capacity: usize) -> isize {
        let target = b"/a/fairly/long/target/path";
        let count = target.len().min(capacity);
        // SAFETY: the wrapper passes a buffer of `capacity` bytes.
        unsafe { std::ptr::copy_nonoverlapping(target.as_ptr(), buffer, count) };
        isize::try_from(count).unwrap_or(-1)
    }

    /// Like getgrouplist: -1 when the array is too small, and the count it needs is
    /// written back through `count` (without setting errno).
    #[unsafe(no_mangle)]
    extern "C" fn buf_groups(groups: *mut u32, count: *mut c_int) -> c_int {
        const GROUPS: [u32; 7] = [4, 24, 27, 30, 46, 100, 1000];
        // SAFETY: the wrapper passes its in/out count.
        let capacity = usize::try_from(unsafe { *count }).unwrap_or(0);
        let needed = c_int::try_from(GROUPS.len()).unwrap_or(c_int::MAX);
        // SAFETY: as above.
        unsafe { count.write(needed) };
        if capacity < GROUPS.len() {
            return -1;
        }
        // SAFETY: `groups` has `capacity >= 7` elements.
        unsafe { std::ptr::copy_nonoverlapping(GROUPS.as_ptr(), groups, GROUPS.len()) };
        needed
    }

    /// Like snprintf: writes what fits (always NUL-terminated) and returns the
    /// length the whole text needs; -1 with EINVAL for a negative length.
    #[unsafe(no_mangle)]
    extern "C" fn buf_format(length: c_int, buffer: *mut c_char, capacity: usize) -> c_int {
        FORMAT_CALLS.fetch_add(1, Ordering::SeqCst);
        let Ok(length) = usize::try_from(length) else {
            Errno::from_raw(libc::EINVAL).set_last();
            return -1;
        };
        let text: Vec<u8> = (b'a'..=b'z').cycle().take(length).collect();
        if capacity > 0 {
            let count = length.min(capacity - 1);
            // SAFETY: the wrapper passes a buffer of `capacity` bytes.
            unsafe {
                std::ptr::copy_nonoverlapping(text.as_ptr(), buffer.cast::<u8>(), count);
                buffer.add(count).write(0);
            }
        }
        c_int::try_from(length).unwrap_or(-1)
    }

    /// Like strxfrm (cannot fail): the needed length, as `usize`.
    #[unsafe(no_mangle)]
    extern "C" fn buf_transform(buffer: *mut c_char, capacity: usize, length: usize) -> usize {
        if capacity > 0 {
            let count = length.min(capacity - 1);
            // SAFETY: the wrapper passes a buffer of `capacity` bytes.
            unsafe {
                std::ptr::write_bytes(buffer.cast::<u8>(), b'x', count);
                buffer.add(count).write(0);
            }
        }
        length
    }

    /// Fills the buffer without a NUL when too small (truncation, gethostname style).
    #[unsafe(no_mangle)]
    extern "C" fn buf_truncating(buffer: *mut u8, capacity: u8) -> c_int {
        let text = b"truncated-unless-room";
        let capacity = usize::from(capacity);
        let count = text.len().min(capacity);
        // SAFETY: the wrapper passes a buffer of `capacity` bytes.
        unsafe {
            std::ptr::copy_nonoverlapping(text.as_ptr(), buffer, count);
            if count < capacity {
                buffer.add(count).write(0);
            }
        }
        0
    }
}

#[foreign(errno)]
unsafe extern "C" {
    fn buf_name(
        length: c_int,
        #[buffer(capacity, initial = 4, max = 64, grow_on = ERANGE)] buffer: *mut c_char,
        capacity: usize,
    ) -> *mut c_char;
    fn buf_target(
        #[buffer(capacity, initial = 4, length_returned)] buffer: *mut u8,
        capacity: usize,
    ) -> isize;
    fn buf_groups(
        #[buffer(count, initial = 2, grow_to_length)] groups: *mut u32,
        count: *mut c_int,
    ) -> c_int;
    fn buf_format(
        length: c_int,
        #[buffer(capacity, initial = 4, max = 100, size_returned)] buffer: *mut c_char,
        capacity: usize,
    ) -> c_int;
    #[ffi(unchecked)]
    fn buf_transform(
        #[buffer(capacity, initial = 8, max = 64, size_returned)] buffer: *mut c_char,
        capacity: usize,
        length: usize,
    ) -> usize;
    #[ffi(zero)]
    fn buf_truncating(#[buffer(capacity, initial = 2)] buffer: *mut u8, capacity: u8) -> c_int;
}

#[test]
fn grows_on_the_too_small_errno() {
    let before = CALLS.load(Ordering::SeqCst);
    let name = buf_name(10).unwrap();
    assert_eq!(name.as_bytes(), b"nnnnnnnnnn");
    // 4, 8, 16 bytes: two retries.
    assert!(CALLS.load(Ordering::SeqCst) - before >= 3);
    assert_eq!(buf_name(0).unwrap().as_bytes(), b"");
}

#[test]
fn stops_growing_at_max() {
    let error = buf_name(100).unwrap_err();
    assert_eq!(error.errno(), Some(Errno::from_raw(libc::ERANGE)));
    assert_eq!(error.function(), "buf_name");
}

#[test]
fn grows_when_c_fills_the_buffer_without_a_nul() {
    assert_eq!(
        buf_truncating().unwrap().as_bytes(),
        b"truncated-unless-room"
    );
}

#[test]
fn returned_lengths_grow_until_the_result_is_shorter_than_the_buffer() {
    assert_eq!(buf_target().unwrap(), b"/a/fairly/long/target/path");
}

#[test]
fn element_arrays_grow_to_the_count_c_asks_for() {
    // The count is re-read after every call (the RUSTSEC-2021-0119 bug of nix's
    // getgrouplist was not re-reading it).
    assert_eq!(buf_groups().unwrap(), vec![4, 24, 27, 30, 46, 100, 1000]);
}

#[test]
fn returned_sizes_grow_to_exactly_what_c_asked_for() {
    let before = FORMAT_CALLS.load(Ordering::SeqCst);
    let text = buf_format(40).unwrap();
    assert_eq!(text.as_bytes(), b"abcdefghijklmnopqrstuvwxyzabcdefghijklmn");
    // 4 bytes (C says 40 are needed), then 41: one retry, no doubling.
    assert_eq!(FORMAT_CALLS.load(Ordering::SeqCst) - before, 2);
    assert_eq!(buf_format(3).unwrap().as_bytes(), b"abc");
    // The largest that fits `max = 100`: 99 bytes and the NUL.
    assert_eq!(buf_format(99).unwrap().as_bytes().len(), 99);
}

#[test]
fn returned_sizes_beyond_max_and_failures_are_errors() {
    let error = buf_format(100).unwrap_err();
    assert_eq!(error.function(), "buf_format");
    assert!(
        error.to_string().contains("does not fit in 100 bytes"),
        "{error}"
    );
    let error = buf_format(-1).unwrap_err();
    assert_eq!(error.errno(), Some(Errno::from_raw(libc::EINVAL)));
}

#[test]
fn returned_sizes_from_functions_that_cannot_fail() {
    assert_eq!(buf_transform(0).unwrap().as_bytes(), b"");
    assert_eq!(buf_transform(30).unwrap().as_bytes(), [b'x'; 30]);
    assert!(buf_transform(64).is_err());
}
