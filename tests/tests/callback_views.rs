//! Callbacks as libarchive and curl declare them, on Rust fakes of C (so Miri
//! runs them): several callbacks sharing one user-data slot (one state, freed
//! once by a destroy hook that takes the archive too), callback types written
//! through bindgen-style aliases (`#[signature(..)]`), and attributes on a
//! callback's arguments: `#[slice(len)]` gives the closure `&[u8]` or
//! `&mut [T]`, `#[cstr]` gives `&CStr`, `#[fill(N)]` lends a buffer C reads after
//! the call.

use ffi_runtime::foreign;
use std::ffi::{CStr, c_char, c_int, c_void};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

#[allow(non_camel_case_types)]
mod fake {
    use std::ffi::{c_char, c_int, c_void};

    /// libarchive's `struct archive`, reduced to what its read callbacks need.
    #[repr(C)]
    pub struct archive {
        data: *mut c_void,
        read: read_callback,
        close: close_callback,
        open: bool,
    }

    // bindgen's spelling: `Option<unsafe extern "C" fn(..)>` behind an alias.
    pub type open_callback =
        Option<unsafe extern "C" fn(arg1: *mut archive, client_data: *mut c_void) -> c_int>;
    pub type read_callback = Option<
        unsafe extern "C" fn(
            arg1: *mut archive,
            client_data: *mut c_void,
            buffer: *mut *const c_void,
        ) -> isize,
    >;
    pub type close_callback =
        Option<unsafe extern "C" fn(arg1: *mut archive, client_data: *mut c_void) -> c_int>;

    pub const FATAL: c_int = -30;

    #[unsafe(no_mangle)]
    extern "C" fn fk_read_new() -> *mut archive {
        Box::into_raw(Box::new(archive {
            data: std::ptr::null_mut(),
            read: None,
            close: None,
            open: false,
        }))
    }

    /// As `archive_read_open`: calls the opener; when it fails, calls the closer
    /// and reports the failure; else keeps the reader and closer.
    #[unsafe(no_mangle)]
    unsafe extern "C" fn fk_read_open(
        a: *mut archive,
        client_data: *mut c_void,
        opener: open_callback,
        reader: read_callback,
        closer: close_callback,
    ) -> c_int {
        // SAFETY: `a` came from `fk_read_new`.
        let archive = unsafe { &mut *a };
        if let Some(opener) = opener
            // SAFETY: the callback's contract.
            && unsafe { opener(a, client_data) } != 0
        {
            if let Some(closer) = closer {
                // SAFETY: as above.
                unsafe { closer(a, client_data) };
            }
            return FATAL;
        }
        archive.data = client_data;
        archive.read = reader;
        archive.close = closer;
        archive.open = true;
        0
    }

    /// Reads every block the reader lends until it returns 0, copying at most
    /// `capacity` bytes to `out`; returns the total, or the reader's negative
    /// answer.
    #[unsafe(no_mangle)]
    unsafe extern "C" fn fk_read_all(a: *mut archive, out: *mut u8, capacity: usize) -> isize {
        // SAFETY: `a` came from `fk_read_new`.
        let archive = unsafe { &mut *a };
        let Some(read) = archive.read else { return -1 };
        let mut total = 0usize;
        loop {
            let mut block: *const c_void = std::ptr::null();
            // SAFETY: the callback's contract.
            let count = unsafe { read(a, archive.data, &raw mut block) };
            if count <= 0 {
                return if count < 0 {
                    count
                } else {
                    total.cast_signed()
                };
            }
            let count = count.cast_unsigned();
            let take = count.min(capacity - total);
            // SAFETY: the reader lent `count` bytes at `block`; `out` has room.
            unsafe { std::ptr::copy_nonoverlapping(block.cast::<u8>(), out.add(total), take) };
            total += take;
            if total == capacity {
                return total.cast_signed();
            }
        }
    }

    /// As `archive_read_free`: calls the closer once if open, then frees.
    #[unsafe(no_mangle)]
    unsafe extern "C" fn fk_read_free(a: *mut archive) -> c_int {
        // SAFETY: `a` came from `fk_read_new`, freed once.
        let archive = unsafe { Box::from_raw(a) };
        if archive.open
            && let Some(close) = archive.close
        {
            // SAFETY: the callback's contract; the archive is still alive.
            unsafe { close(a, archive.data) };
        }
        0
    }

    pub type write_callback = extern "C" fn(*mut c_void, *const c_void, usize) -> isize;

    /// Hands the writer "hello", then an empty block as `(NULL, 0)`, then
    /// "world"; with `broken`, `(NULL, 3)`. Returns the sum of the answers.
    #[unsafe(no_mangle)]
    extern "C" fn fk_write_blocks(
        broken: c_int,
        write: write_callback,
        data: *mut c_void,
    ) -> isize {
        let mut sum = write(data, b"hello".as_ptr().cast(), 5);
        sum += write(data, std::ptr::null(), 0);
        if broken != 0 {
            sum += write(data, std::ptr::null(), 3);
        }
        sum + write(data, b"world".as_ptr().cast(), 5)
    }

    pub type entry_callback =
        extern "C" fn(name: *const c_char, value: *const c_char, data: *mut c_void) -> c_int;

    /// Calls the visitor with ("HOME", "/root"), then ("EMPTY", NULL); with
    /// `broken`, a NULL name.
    #[unsafe(no_mangle)]
    extern "C" fn fk_each_entry(broken: c_int, visit: entry_callback, data: *mut c_void) -> c_int {
        let mut sum = visit(c"HOME".as_ptr(), c"/root".as_ptr(), data);
        sum += visit(c"EMPTY".as_ptr(), std::ptr::null(), data);
        if broken != 0 {
            sum += visit(std::ptr::null(), std::ptr::null(), data);
        }
        sum
    }

    pub type transform_callback =
        extern "C" fn(*mut c_void, input: *const u8, output: *mut u8, n: usize) -> c_int;

    /// Calls the transform on two distinct buffers, then (with `in_place`) on
    /// one buffer as both input and output, as in-place DSP APIs do.
    #[unsafe(no_mangle)]
    extern "C" fn fk_transform(
        in_place: c_int,
        transform: transform_callback,
        data: *mut c_void,
    ) -> c_int {
        let input = [1u8, 2, 3];
        let mut output = [0u8; 3];
        let mut sum = transform(data, input.as_ptr(), output.as_mut_ptr(), 3);
        if in_place != 0 {
            let mut buffer = [4u8, 5, 6];
            let pointer = buffer.as_mut_ptr();
            sum += transform(data, pointer.cast_const(), pointer, 3);
        }
        sum + c_int::from(output[2])
    }

    pub type fill_callback = extern "C" fn(*mut c_void, buffer: *mut i32, count: usize) -> usize;

    /// Like curl's read callback: lends a buffer of 4 ints for the callback to
    /// fill, returns what it filled, summed.
    #[unsafe(no_mangle)]
    extern "C" fn fk_fill_ints(fill: fill_callback, data: *mut c_void) -> i64 {
        let mut buffer = [0i32; 4];
        let filled = fill(data, buffer.as_mut_ptr(), buffer.len());
        buffer[..filled.min(4)]
            .iter()
            .map(|&value| i64::from(value))
            .sum()
    }
}

use fake::{archive, close_callback, open_callback, read_callback, write_callback};

#[foreign(neg_code)]
mod bindings {
    use super::*;

    unsafe extern "C" {
        #[ffi(nonnull, owned = Archive)]
        pub fn fk_read_new() -> *mut archive;

        /// One state for the three callbacks: the opener and reader are
        /// closures, the closer frees them.
        pub fn fk_read_open(
            #[handle(&mut Archive)] a: *mut archive,
            client_data: *mut c_void,
            #[callback(client_data, on_panic = -30, destroy = closer)]
            #[signature(Option<unsafe extern "C" fn(a: *mut archive, client_data: *mut c_void) -> c_int>)]
            opener: open_callback,
            #[callback(client_data, on_panic = -30, destroy = closer)]
            #[signature(Option<unsafe extern "C" fn(a: *mut archive, client_data: *mut c_void, #[fill(4)] buffer: *mut *const c_void) -> isize>)]
            reader: read_callback,
            #[signature(Option<unsafe extern "C" fn(a: *mut archive, client_data: *mut c_void) -> c_int>)]
            closer: close_callback,
        ) -> c_int;

        pub fn fk_read_all(
            #[handle(&mut Archive)] a: *mut archive,
            #[slice(capacity)] out: *mut u8,
            capacity: usize,
        ) -> isize;

        #[ffi(raw)]
        pub fn fk_read_free(a: *mut archive) -> c_int;

        #[ffi(unchecked)]
        pub fn fk_write_blocks(
            broken: c_int,
            #[callback(data, on_panic = -1)] write: extern "C" fn(
                data: *mut c_void,
                #[slice(len)] buf: *const c_void,
                len: usize,
            ) -> isize,
            data: *mut c_void,
        ) -> isize;

        #[ffi(unchecked)]
        pub fn fk_each_entry(
            broken: c_int,
            #[callback(data, on_panic = -1)] visit: extern "C" fn(
                #[cstr] name: *const c_char,
                #[cstr]
                #[nullable]
                value: *const c_char,
                data: *mut c_void,
            ) -> c_int,
            data: *mut c_void,
        ) -> c_int;

        #[ffi(unchecked)]
        pub fn fk_transform(
            in_place: c_int,
            #[callback(data, on_panic = -1000)] transform: extern "C" fn(
                data: *mut c_void,
                #[slice(n)] input: *const u8,
                #[slice(n)] output: *mut u8,
                n: usize,
            ) -> c_int,
            data: *mut c_void,
        ) -> c_int;

        #[ffi(unchecked)]
        pub fn fk_fill_ints(
            #[callback(data, on_panic = 0)] fill: extern "C" fn(
                data: *mut c_void,
                #[slice(count)] buffer: *mut i32,
                count: usize,
            ) -> usize,
            data: *mut c_void,
        ) -> i64;
    }
}

/// An archive, freed with `fk_read_free`.
#[derive(ffi_runtime::Owned)]
#[owned(drop = bindings::raw::fk_read_free)]
#[repr(transparent)]
pub struct Archive(std::ptr::NonNull<archive>);

#[test]
fn callbacks_sharing_user_data_share_one_state_freed_once() {
    let log = Arc::new(Mutex::new(Vec::new()));
    let drops = Arc::new(AtomicUsize::new(0));
    let mut archive = bindings::fk_read_new().unwrap();
    let (opener_log, reader_log) = (Arc::clone(&log), Arc::clone(&log));
    let chunks = Mutex::new(vec![b"lo!".to_vec(), b"hel".to_vec()]);
    let guard = DropCounter(Arc::clone(&drops));
    bindings::fk_read_open(
        &mut archive,
        move |_| {
            opener_log.lock().unwrap().push("open");
            0
        },
        move |_, buffer: &mut [u8]| {
            let _keep = &guard;
            reader_log.lock().unwrap().push("read");
            match chunks.lock().unwrap().pop() {
                Some(chunk) => {
                    buffer[..chunk.len()].copy_from_slice(&chunk);
                    isize::try_from(chunk.len()).unwrap()
                }
                None => 0,
            }
        },
    )
    .unwrap();
    let mut out = [0u8; 16];
    let total = bindings::fk_read_all(&mut archive, &mut out).unwrap();
    assert_eq!(&out[..usize::try_from(total).unwrap()], b"hello!");
    assert_eq!(*log.lock().unwrap(), ["open", "read", "read", "read"]);
    assert_eq!(drops.load(Ordering::SeqCst), 0, "alive while C holds it");
    drop(archive);
    assert_eq!(drops.load(Ordering::SeqCst), 1, "freed once, by the closer");
}

#[test]
fn a_failing_opener_frees_the_shared_state_through_the_closer() {
    let drops = Arc::new(AtomicUsize::new(0));
    let guard = DropCounter(Arc::clone(&drops));
    let mut archive = bindings::fk_read_new().unwrap();
    let error = bindings::fk_read_open(
        &mut archive,
        |_| -30,
        move |_, _: &mut [u8]| {
            let _keep = &guard;
            0
        },
    )
    .unwrap_err();
    assert_eq!(error.code(), Some(-30));
    assert_eq!(drops.load(Ordering::SeqCst), 1);
    drop(archive);
    assert_eq!(drops.load(Ordering::SeqCst), 1);
}

#[test]
fn a_fill_count_larger_than_the_buffer_is_never_lent() {
    let mut archive = bindings::fk_read_new().unwrap();
    bindings::fk_read_open(&mut archive, |_| 0, |_, _: &mut [u8]| 5).unwrap();
    let mut out = [0u8; 16];
    // The reader claims 5 bytes of a 4-byte buffer: the trampoline answers
    // `on_panic` (-30) instead of lending them.
    let error = bindings::fk_read_all(&mut archive, &mut out).unwrap_err();
    assert_eq!(error.code(), Some(-30));
}

#[test]
fn a_void_slice_argument_is_bytes_and_null_empty_is_empty() {
    let mut seen = Vec::new();
    let sum = bindings::fk_write_blocks(0, |block: &[u8]| {
        seen.push(block.to_vec());
        isize::try_from(block.len()).unwrap()
    });
    assert_eq!(sum, 10);
    assert_eq!(seen, [b"hello".to_vec(), Vec::new(), b"world".to_vec()]);
}

#[test]
fn null_with_a_length_panics_in_the_caller_naming_the_argument() {
    let mut calls = 0;
    let panic = catch_unwind(AssertUnwindSafe(|| {
        bindings::fk_write_blocks(1, |block: &[u8]| {
            calls += 1;
            isize::try_from(block.len()).unwrap()
        })
    }))
    .unwrap_err();
    let message = panic.downcast_ref::<String>().unwrap();
    assert_eq!(
        message,
        "callback `write` of `fk_write_blocks`: C passed NULL with a length that is not 0 for `buf`"
    );
    // The two calls before it ran; none after (a panicked callback is not run again).
    assert_eq!(calls, 2);
}

#[test]
fn c_strings_become_cstr_and_nullable_ones_options() {
    let mut seen: Vec<(String, Option<String>)> = Vec::new();
    let sum = bindings::fk_each_entry(0, |name: &CStr, value: Option<&CStr>| {
        seen.push((
            name.to_str().unwrap().to_owned(),
            value.map(|value| value.to_str().unwrap().to_owned()),
        ));
        1
    });
    assert_eq!(sum, 2);
    assert_eq!(
        seen,
        [
            ("HOME".to_owned(), Some("/root".to_owned())),
            ("EMPTY".to_owned(), None)
        ]
    );
    let panic =
        catch_unwind(|| bindings::fk_each_entry(1, |_: &CStr, _: Option<&CStr>| 1)).unwrap_err();
    assert_eq!(
        panic.downcast_ref::<String>().unwrap(),
        "callback `visit` of `fk_each_entry`: C passed NULL for a string for `name`"
    );
}

#[test]
fn a_mutable_slice_argument_is_filled_by_the_closure() {
    let total = bindings::fk_fill_ints(|buffer: &mut [i32]| {
        assert_eq!(buffer.len(), 4);
        buffer[..3].copy_from_slice(&[10, 20, 30]);
        3
    });
    assert_eq!(total, 60);
}

#[test]
fn overlapping_slices_are_refused_before_the_closure_runs() {
    let double = |input: &[u8], output: &mut [u8]| {
        for (out, value) in output.iter_mut().zip(input) {
            *out = value * 2;
        }
        1
    };
    assert_eq!(bindings::fk_transform(0, double), 1 + 6);
    let panic = catch_unwind(|| bindings::fk_transform(1, double)).unwrap_err();
    assert_eq!(
        panic.downcast_ref::<String>().unwrap(),
        "callback `transform` of `fk_transform`: C passed an array overlapping another argument's for `output`"
    );
}

struct DropCounter(Arc<AtomicUsize>);

impl Drop for DropCounter {
    fn drop(&mut self) {
        self.0.fetch_add(1, Ordering::SeqCst);
    }
}

// Keeps `c_char` and `write_callback` in use for the declarations above.
const _: Option<(
    c_char,
    write_callback,
    open_callback,
    read_callback,
    close_callback,
)> = None;
