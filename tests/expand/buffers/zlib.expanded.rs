/// Raw declarations of the C functions, exactly as declared: callable in
/// `unsafe` code. The functions of the same names outside this module are
/// their safe wrappers.
#[allow(missing_docs)]
pub mod raw {
    #[allow(unused_imports, clippy::wildcard_imports)]
    use super::*;
    #[link(name = "z")]
    #[deny(improper_ctypes)]
    unsafe extern "C" {
        pub fn uncompress(
            dest: *mut u8,
            dest_len: *mut c_ulong,
            source: *const u8,
            source_len: c_ulong,
        ) -> c_int;
    }
}
/** Calls the C function `uncompress`.

 # Errors

 Returns `Err` carrying the status code when `uncompress` returns nonzero.

 The raw declaration is [`raw::uncompress`].*/
#[inline]
#[allow(non_snake_case, clippy::too_many_arguments)]
pub fn uncompress(
    source: &[u8],
) -> ::ffi_runtime::__private::Result<
    ::ffi_runtime::__private::Vec<u8>,
    ::ffi_runtime::Error,
> {
    #[allow(unused_imports)]
    use ::ffi_runtime::__private::{
        self as __ffi,
        hygiene::{
            __buffer, __bytes, __capacity, __capacity_n, __error, __length, __ret,
            __written,
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
                        function: "uncompress",
                    },
                    "source",
                    "source_len",
                    <[_]>::len(source),
                ),
            );
        }
    };
    let mut __capacity: usize = 16usize;
    loop {
        let mut __buffer = __ffi::zeroed_buffer::<u8>(__capacity);
        let mut __capacity_n = match <c_ulong as __ffi::Length>::from_usize(__capacity) {
            __ffi::Some(__length) => __length,
            __ffi::None => {
                return __ffi::Err(
                    __ffi::length_error(
                        &__ffi::Site {
                            function: "uncompress",
                        },
                        "dest",
                        "dest_len",
                        __capacity,
                    ),
                );
            }
        };
        let __ret = unsafe {
            raw::uncompress(
                <[_]>::as_mut_ptr(&mut __buffer).cast(),
                &mut __capacity_n,
                <[u8]>::as_ptr(source),
                source_len,
            )
        };
        if <c_int as __ffi::IntReturn>::is_nonzero(__ret) {
            let __error = __ffi::code_error(
                &__ffi::Site {
                    function: "uncompress",
                },
                <c_int as __ffi::IntReturn>::to_code(__ret),
            );
            if __ffi::should_grow_code(&__error, -5i64, &mut __capacity, 1048576usize) {
                continue;
            }
            return __ffi::Err(__error);
        }
        let __written = <c_ulong as __ffi::Length>::to_usize(__capacity_n);
        match __written.and_then(|__written| __ffi::written_bytes(__buffer, __written)) {
            __ffi::Some(__bytes) => break __ffi::Ok(__bytes),
            __ffi::None => {
                return __ffi::Err(
                    __ffi::truncated_error(
                        &__ffi::Site {
                            function: "uncompress",
                        },
                        "dest",
                        1048576usize,
                    ),
                );
            }
        }
    }
}
