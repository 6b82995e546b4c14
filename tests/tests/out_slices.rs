//! `(pointer, length)` pairs written by C (`#[out_slice(len)]`): copied into a
//! `Vec<T>`; `(NULL, 0)` is an empty `Vec` built without `from_raw_parts`;
//! `(NULL, n > 0)` and a negative length are errors.

use ffi_runtime::foreign;
use std::ffi::c_int;

mod fake {
    use std::ffi::c_int;

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
}

#[foreign(zero)]
unsafe extern "C" {
    fn osl_items(
        mode: c_int,
        #[out_slice(count)] items: *mut *const u32,
        count: *mut isize,
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
