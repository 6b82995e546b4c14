/// The C functions this block wraps, re-exported from where they are
/// declared (`sys = ..`): callable in `unsafe` code. The functions of
/// the same names outside this module are their safe wrappers.
#[allow(missing_docs, unused_imports)]
pub mod raw {
    #[allow(clippy::wildcard_imports)]
    use super::*;
    pub(super) use libz_sys::compress;
    pub(super) use libz_sys::crc32 as checksum;
}
const _: () = {
    let _: unsafe extern "C" fn(*mut u8, *mut c_ulong, *const u8, c_ulong) -> c_int = raw::compress;
};
const _: () = {
    let _: unsafe extern "C" fn(c_ulong, *const u8, u32) -> c_ulong = raw::checksum;
};
/** Calls the C function `compress`.

 # Errors

 Returns `Err` carrying the status code when `compress` returns nonzero.

 The raw declaration is [`raw::compress`].*/
#[inline]
#[allow(non_snake_case, clippy::too_many_arguments)]
fn compress(
    source: &[u8],
) -> ::ffi_runtime::__private::Result<
    ::ffi_runtime::__private::Vec<u8>,
    ::ffi_runtime::Error,
> {
    #[allow(unused_imports)]
    use ::ffi_runtime::__private::{
        self as __ffi,
        hygiene::{
            __buffer, __bytes, __capacity, __capacity_n, __length, __ret, __written,
        },
    };
    const {
        __ffi::written_by_c::<u8>();
        __ffi::passed_to_c::<u8>();
        __ffi::passed_to_c::<c_ulong>();
        __ffi::returned_by_c::<c_int>();
    }
    let source_len = match <c_ulong as __ffi::Length>::from_usize(<[_]>::len(source)) {
        __ffi::Some(__length) => __length,
        __ffi::None => {
            return __ffi::Err(
                __ffi::length_error(
                    &__ffi::Site {
                        function: "compress",
                    },
                    "source",
                    "source_len",
                    <[_]>::len(source),
                ),
            );
        }
    };
    let mut __capacity: usize = 256usize;
    loop {
        let mut __buffer = __ffi::zeroed_buffer::<u8>(__capacity);
        let mut __capacity_n = match <c_ulong as __ffi::Length>::from_usize(__capacity) {
            __ffi::Some(__length) => __length,
            __ffi::None => {
                return __ffi::Err(
                    __ffi::length_error(
                        &__ffi::Site {
                            function: "compress",
                        },
                        "dest",
                        "dest_len",
                        __capacity,
                    ),
                );
            }
        };
        let __ret = unsafe {
            raw::compress(
                <[_]>::as_mut_ptr(&mut __buffer).cast(),
                &mut __capacity_n,
                <[u8]>::as_ptr(source),
                source_len,
            )
        };
        if <c_int as __ffi::IntReturn>::is_nonzero(__ret) {
            return __ffi::Err(
                __ffi::code_error(
                    &__ffi::Site {
                        function: "compress",
                    },
                    <c_int as __ffi::IntReturn>::to_code(__ret),
                ),
            );
        }
        let __written = <c_ulong as __ffi::Length>::to_usize(__capacity_n);
        match __written.and_then(|__written| __ffi::written_bytes(__buffer, __written)) {
            __ffi::Some(__bytes) => break __ffi::Ok(__bytes),
            __ffi::None => {
                return __ffi::Err(
                    __ffi::truncated_error(
                        &__ffi::Site {
                            function: "compress",
                        },
                        "dest",
                        1048576usize,
                    ),
                );
            }
        }
    }
}
/** Calls the C function `crc32`.

 The raw declaration is [`raw::checksum`].*/
#[inline]
#[allow(non_snake_case, clippy::too_many_arguments)]
fn checksum(
    crc: c_ulong,
    buf: &[u8],
) -> ::ffi_runtime::__private::Result<c_ulong, ::ffi_runtime::Error> {
    #[allow(unused_imports)]
    use ::ffi_runtime::__private::{self as __ffi, hygiene::{__length, __ret}};
    const {
        __ffi::passed_to_c::<c_ulong>();
        __ffi::passed_to_c::<u8>();
        __ffi::passed_to_c::<u32>();
        __ffi::returned_by_c::<c_ulong>();
    }
    let len = match <u32 as __ffi::Length>::from_usize(<[_]>::len(buf)) {
        __ffi::Some(__length) => __length,
        __ffi::None => {
            return __ffi::Err(
                __ffi::length_error(
                    &__ffi::Site { function: "crc32" },
                    "buf",
                    "len",
                    <[_]>::len(buf),
                ),
            );
        }
    };
    let __ret = unsafe { raw::checksum(crc, <[u8]>::as_ptr(buf), len) };
    __ffi::Ok(__ret)
}
