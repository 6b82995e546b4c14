//! `(pointer, length)` parameters as slices: `#[slice(len)]` turns them into `&[T]`
//! or `&mut [T]`; the length is converted with `try_from` (too long for the C type
//! is an `Err`, never a truncated `as` cast); empty slices are passed safely.

use ffi_runtime::foreign;
use std::ffi::c_int;

mod fake {
    use std::ffi::c_int;

    #[unsafe(no_mangle)]
    extern "C" fn slc_sum(values: *const c_int, count: usize) -> i64 {
        if count == 0 {
            return 0;
        }
        // SAFETY: the wrapper passes a slice's pointer and length.
        let values = unsafe { std::slice::from_raw_parts(values, count) };
        values.iter().map(|&value| i64::from(value)).sum()
    }

    #[unsafe(no_mangle)]
    extern "C" fn slc_fill(bytes: *mut u8, count: u8, value: u8) -> c_int {
        for index in 0..usize::from(count) {
            // SAFETY: the wrapper passes a mutable slice's pointer and length.
            unsafe { bytes.add(index).write(value) };
        }
        c_int::from(count)
    }
}

#[foreign]
unsafe extern "C" {
    fn slc_sum(#[slice(count)] values: *const c_int, count: usize) -> i64;
    #[ffi(neg_errno)]
    fn slc_fill(#[slice(count)] bytes: *mut u8, count: u8, value: u8) -> c_int;
}

#[test]
fn slices_pass_pointer_and_length() {
    assert_eq!(slc_sum(&[1, 2, 3, 4]).unwrap(), 10);
    assert_eq!(slc_sum(&[]).unwrap(), 0);
    let mut buffer = [0u8; 5];
    assert_eq!(slc_fill(&mut buffer, 7).unwrap(), 5);
    assert_eq!(buffer, [7; 5]);
}

#[test]
fn lengths_the_c_type_cannot_hold_are_errors() {
    let mut buffer = vec![0u8; 300];
    let error = slc_fill(&mut buffer, 1).unwrap_err();
    assert_eq!(error.function(), "slc_fill");
    assert_eq!(
        error.to_string(),
        "slc_fill: argument `bytes` has 300 elements, more than `count` can count"
    );
    assert!(buffer.iter().all(|&byte| byte == 0), "C was not called");
}
