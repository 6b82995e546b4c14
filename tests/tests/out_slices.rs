//! `(pointer, length)` pairs written by C (`#[out_slice(len)]`): copied into a
//! `Vec<T>`; `(NULL, 0)` is an empty `Vec` built without `from_raw_parts`;
//! `(NULL, n > 0)` and a negative length are errors. A returned pointer with a
//! count C writes (`slice = len`) is copied the same way; its NULL is the failure.

use ffi_runtime::foreign;
use std::ffi::c_int;
use std::sync::Mutex;

/// The tests that count frees run one at a time (one counter).
static FREES: Mutex<()> = Mutex::new(());

mod fake {
    use std::ffi::c_int;
    use std::sync::atomic::{AtomicUsize, Ordering};

    static PRIMES: [u32; 5] = [2, 3, 5, 7, 11];

    /// mode 0: the primes; 1: (NULL, 0); 2: (NULL, 3); 3: a negative length.
    #[unsafe(no_mangle)]
    extern "C" fn osl_items(mode: c_int, items: *mut *const u32, count: *mut isize) -> c_int {
        // SAFETY: both point to the wrapper's slots.
        unsafe {
            match mode {
                0 => {
                    items.write(PRIMES.as_ptr());
                    count.write(5);
                }
                1 => {
                    items.write(std::ptr::null());
                    count.write(0);
                }
                2 => {
                    items.write(std::ptr::null());
                    count.write(3);
                }
                3 => {
                    items.write(PRIMES.as_ptr());
                    count.write(-1);
                }
                _ => return 1,
            }
        }
        0
    }

    pub static FREED: AtomicUsize = AtomicUsize::new(0);

    /// A malloc'ed copy of "owned" the caller frees with `osl_free`; a negative
    /// count when `bad`.
    #[unsafe(no_mangle)]
    extern "C" fn osl_owned(bad: c_int, count: *mut i32) -> *mut u8 {
        // SAFETY: malloc of 5 bytes, filled before it is returned; `count` points
        // to the wrapper's slot.
        unsafe {
            let bytes = libc::malloc(5).cast::<u8>();
            std::ptr::copy_nonoverlapping(b"owned".as_ptr(), bytes, 5);
            count.write(if bad == 0 { 5 } else { -1 });
            bytes
        }
    }

    #[unsafe(no_mangle)]
    extern "C" fn osl_free(bytes: *mut std::ffi::c_void) {
        FREED.fetch_add(1, Ordering::SeqCst);
        // SAFETY: `osl_owned` allocated it with malloc.
        unsafe { libc::free(bytes) };
    }

    /// `pcre2_substring_get_bynumber`'s shape: writes a malloc'ed copy of
    /// "owned" and its length (negative when `bad`), for the caller to free.
    #[unsafe(no_mangle)]
    extern "C" fn osl_get_owned(bad: c_int, bytes: *mut *mut u8, count: *mut usize) -> c_int {
        // SAFETY: malloc of 5 bytes, filled before it is handed out; both slots
        // are the wrapper's.
        unsafe {
            let copy = libc::malloc(5).cast::<u8>();
            std::ptr::copy_nonoverlapping(b"owned".as_ptr(), copy, 5);
            bytes.write(copy);
            count.write(if bad == 0 { 5 } else { usize::MAX });
        }
        0
    }

    /// Two owned arrays; the first length is bad when `bad`.
    #[unsafe(no_mangle)]
    extern "C" fn osl_get_two(
        bad: c_int,
        first: *mut *mut u8,
        first_count: *mut usize,
        second: *mut *mut u8,
        second_count: *mut usize,
    ) -> c_int {
        osl_get_owned(bad, first, first_count);
        osl_get_owned(0, second, second_count)
    }

    /// An owned array, then the callback.
    #[unsafe(no_mangle)]
    extern "C" fn osl_get_visiting(
        bytes: *mut *mut u8,
        count: *mut usize,
        visit: extern "C" fn(*mut std::ffi::c_void),
        data: *mut std::ffi::c_void,
    ) -> c_int {
        osl_get_owned(0, bytes, count);
        visit(data);
        0
    }

    static NAME: [u8; 6] = *b"sliced";

    /// mode 0: the bytes of NAME; 1: NULL (failure); 2: a negative count; 3: an
    /// empty array at a valid address.
    #[unsafe(no_mangle)]
    extern "C" fn osl_bytes(mode: c_int, count: *mut i64) -> *const u8 {
        // SAFETY: `count` points to the wrapper's slot.
        unsafe {
            match mode {
                0 => count.write(6),
                1 => return std::ptr::null(),
                2 => count.write(-6),
                _ => count.write(0),
            }
        }
        NAME.as_ptr()
    }
}

#[foreign(zero)]
unsafe extern "C" {
    fn osl_items(
        mode: c_int,
        #[out_slice(count)] items: *mut *const u32,
        count: *mut isize,
    ) -> c_int;
    #[ffi(nonnull, slice = count)]
    fn osl_bytes(mode: c_int, count: *mut i64) -> *const u8;
    #[ffi(nonnull, slice = count, free = osl_free)]
    fn osl_owned(bad: c_int, count: *mut i32) -> *mut u8;
    #[ffi(raw)]
    fn osl_free(bytes: *mut std::ffi::c_void);
    fn osl_get_owned(
        bad: c_int,
        #[out_slice(count, free = osl_free)] bytes: *mut *mut u8,
        count: *mut usize,
    ) -> c_int;
    fn osl_get_two(
        bad: c_int,
        #[out_slice(first_count, free = osl_free)] first: *mut *mut u8,
        first_count: *mut usize,
        #[out_slice(second_count, free = osl_free)] second: *mut *mut u8,
        second_count: *mut usize,
    ) -> c_int;
    fn osl_get_visiting(
        #[out_slice(count, free = osl_free)] bytes: *mut *mut u8,
        count: *mut usize,
        #[callback(data)] visit: extern "C" fn(data: *mut std::ffi::c_void),
        data: *mut std::ffi::c_void,
    ) -> c_int;
}

#[test]
fn pairs_are_copied() {
    assert_eq!(osl_items(0).unwrap(), vec![2, 3, 5, 7, 11]);
}

#[test]
fn null_and_zero_is_empty() {
    assert!(osl_items(1).unwrap().is_empty());
}

#[test]
fn null_with_a_length_is_an_error() {
    assert_eq!(
        osl_items(2).unwrap_err().to_string(),
        "osl_items: returned NULL"
    );
}

#[test]
fn negative_lengths_are_errors() {
    assert_eq!(
        osl_items(3).unwrap_err().to_string(),
        "osl_items: wrote an invalid length for `items`"
    );
}

#[test]
fn failures_are_the_conventions() {
    assert_eq!(osl_items(9).unwrap_err().code(), Some(1));
}

#[test]
fn returned_arrays_are_copied_with_the_count_c_wrote() {
    assert_eq!(osl_bytes(0).unwrap(), b"sliced");
    assert!(osl_bytes(3).unwrap().is_empty());
}

#[test]
fn returned_null_and_bad_counts_are_errors() {
    assert_eq!(
        osl_bytes(1).unwrap_err().to_string(),
        "osl_bytes: returned NULL"
    );
    assert_eq!(
        osl_bytes(2).unwrap_err().to_string(),
        "osl_bytes: wrote an invalid length for `count`"
    );
}

#[test]
fn owned_returned_arrays_are_freed_once_on_every_path() {
    use std::sync::atomic::Ordering;
    let _serial = FREES
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let before = fake::FREED.load(Ordering::SeqCst);
    assert_eq!(osl_owned(0).unwrap(), b"owned");
    assert_eq!(fake::FREED.load(Ordering::SeqCst) - before, 1);
    assert!(osl_owned(1).is_err());
    assert_eq!(fake::FREED.load(Ordering::SeqCst) - before, 2);
}

/// `#[out_slice(len, free = f)]`: the array C handed out is freed once, after
/// the copy, and also when its length is refused (Miri's leak check and the
/// counter both see a leak without it).
#[test]
fn owned_out_slices_are_freed_once_on_every_path() {
    use std::sync::atomic::Ordering;
    let _serial = FREES
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let before = fake::FREED.load(Ordering::SeqCst);
    assert_eq!(osl_get_owned(0).unwrap(), b"owned");
    assert_eq!(fake::FREED.load(Ordering::SeqCst) - before, 1);
    // A usize::MAX length is too long for any array: an error, freed all the same.
    assert!(osl_get_owned(1).is_err());
    assert_eq!(fake::FREED.load(Ordering::SeqCst) - before, 2);
}

/// Red team 3: every owned out slice is freed when an early return (another
/// slice's bad length) or a callback's panic cuts the wrapper short.
#[test]
fn owned_out_slices_are_freed_on_early_returns_and_panics() {
    use std::sync::atomic::Ordering;
    let _serial = FREES
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let before = fake::FREED.load(Ordering::SeqCst);
    let (first, second) = osl_get_two(0).unwrap();
    assert_eq!(
        (first.as_slice(), second.as_slice()),
        (&b"owned"[..], &b"owned"[..])
    );
    assert_eq!(fake::FREED.load(Ordering::SeqCst) - before, 2);
    assert!(osl_get_two(1).is_err());
    assert_eq!(fake::FREED.load(Ordering::SeqCst) - before, 4);
    let panicked = std::panic::catch_unwind(|| osl_get_visiting(|| panic!("in the callback")));
    assert!(panicked.is_err());
    assert_eq!(fake::FREED.load(Ordering::SeqCst) - before, 5);
}
