/// Raw declarations of the C functions, exactly as declared: callable in
/// `unsafe` code. The functions of the same names outside this module are
/// their safe wrappers.
#[allow(missing_docs)]
pub mod raw {
    #[allow(unused_imports, clippy::wildcard_imports)]
    use super::*;
    #[deny(improper_ctypes)]
    unsafe extern "C" {
        pub fn write_all(fd: c_int, bytes: *const u8, count: usize) -> c_int;
        pub fn read_some(fd: c_int, buffer: *mut u8, count: c_int) -> c_int;
    }
}
/** Calls the C function `write_all`.

 # Errors

 Returns `Err` carrying the status code when `write_all` returns nonzero.

 The raw declaration is [`raw::write_all`].*/
#[inline]
#[allow(non_snake_case, clippy::too_many_arguments)]
pub fn write_all(
    fd: c_int,
    bytes: &[u8],
) -> ::ffi_runtime::__private::Result<(), ::ffi_runtime::Error> {
    #[allow(unused_imports)]
    use ::ffi_runtime::__private::{self as __ffi, hygiene::__ret};
    const {
        __ffi::passed_to_c::<c_int>();
        __ffi::passed_to_c::<u8>();
        __ffi::passed_to_c::<usize>();
        __ffi::returned_by_c::<c_int>();
    }
    let count: usize = <[_]>::len(bytes);
    let __ret = unsafe { raw::write_all(fd, <[u8]>::as_ptr(bytes), count) };
    if <c_int as __ffi::IntReturn>::is_nonzero(__ret) {
        return __ffi::Err(
            __ffi::code_error(
                &__ffi::Site {
                    function: "write_all",
                },
                <c_int as __ffi::IntReturn>::to_code(__ret),
            ),
        );
    }
    __ffi::Ok(())
}
/** Calls the C function `read_some`.

 # Errors

 Returns `Err` when `read_some` returns a negative value `-e`; the error carries `errno` `e`.

 The raw declaration is [`raw::read_some`].*/
#[inline]
#[allow(non_snake_case, clippy::too_many_arguments)]
pub fn read_some(
    fd: c_int,
    buffer: &mut [u8],
) -> ::ffi_runtime::__private::Result<c_int, ::ffi_runtime::Error> {
    #[allow(unused_imports)]
    use ::ffi_runtime::__private::{self as __ffi, hygiene::{__length, __ret}};
    const {
        __ffi::passed_to_c::<c_int>();
        __ffi::shared_with_c::<u8>();
        __ffi::returned_by_c::<c_int>();
    }
    let count = match <c_int as __ffi::Length>::from_usize(<[_]>::len(buffer)) {
        __ffi::Some(__length) => __length,
        __ffi::None => {
            return __ffi::Err(
                __ffi::length_error(
                    &__ffi::Site {
                        function: "read_some",
                    },
                    "buffer",
                    "count",
                    <[_]>::len(buffer),
                ),
            );
        }
    };
    let __ret = unsafe { raw::read_some(fd, <[u8]>::as_mut_ptr(buffer), count) };
    if <c_int as __ffi::SignedReturn>::is_negative(__ret) {
        return __ffi::Err(
            __ffi::neg_errno_error(
                &__ffi::Site {
                    function: "read_some",
                },
                <c_int as __ffi::IntReturn>::to_code(__ret),
            ),
        );
    }
    __ffi::Ok(__ret)
}
