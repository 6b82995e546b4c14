::core::compile_error! {
    "`tls_connect` takes `host: *const c_char` and `ctx`, which may be its length: say how C reads `host`\n= help: `#[cstr] host` when C reads up to the NUL (the wrapper takes `&CStr`), `#[str] host` for a `&str` copied with a NUL, `#[str(ctx)] host` when C reads `ctx` bytes (the wrapper takes `&str` and passes its length), or `#[ffi(unsafe)]`"
}
::core::compile_error! {
    "`tls_connect` takes `port: *const c_char` and `ctx`, which may be its length: say how C reads `port`\n= help: `#[cstr] port` when C reads up to the NUL (the wrapper takes `&CStr`), `#[str] port` for a `&str` copied with a NUL, `#[str(ctx)] port` when C reads `ctx` bytes (the wrapper takes `&str` and passes its length), or `#[ffi(unsafe)]`"
}
/// Raw declarations of the C functions, exactly as declared: callable in
/// `unsafe` code. The functions of the same names outside this module are
/// their safe wrappers.
#[allow(missing_docs)]
pub mod raw {
    #[allow(unused_imports, clippy::wildcard_imports)]
    use super::*;
    #[link(name = "tls", kind = "static")]
    #[deny(improper_ctypes)]
    unsafe extern "C" {
        pub fn tls_connect(
            ctx: &mut tls,
            host: *const c_char,
            port: *const c_char,
        ) -> c_int;
        pub fn tls_error(ctx: &mut tls) -> *const c_char;
        pub fn pthread_mutex_lock(mutex: &mut pthread_mutex_t) -> c_int;
        pub fn io_uring_submit(ring: &mut io_uring) -> c_int;
    }
}
#[allow(unused_variables, non_snake_case, clippy::too_many_arguments)]
pub fn tls_connect(ctx: &mut tls, host: *const c_char, port: *const c_char) -> ! {
    ::ffi_runtime::__private::core::panic!(
        "#[foreign] reported errors for this declaration"
    )
}
/** Calls the C function `tls_error`.

 The raw declaration is [`raw::tls_error`].*/
#[inline]
#[allow(non_snake_case, clippy::too_many_arguments)]
pub fn tls_error(ctx: &mut tls) -> *const c_char {
    #[allow(unused_imports)]
    use ::ffi_runtime::__private as __ffi;
    const {
        __ffi::shared_with_c::<tls>();
    }
    unsafe { raw::tls_error(ctx) }
}
/** Calls the C function `pthread_mutex_lock`.

 # Errors

 Returns `Err` when `pthread_mutex_lock` returns nonzero; that value is the `errno` it carries.

 The raw declaration is [`raw::pthread_mutex_lock`].*/
#[inline]
#[allow(non_snake_case, clippy::too_many_arguments)]
pub fn pthread_mutex_lock(
    mutex: &mut pthread_mutex_t,
) -> ::ffi_runtime::__private::Result<(), ::ffi_runtime::Error> {
    #[allow(unused_imports)]
    use ::ffi_runtime::__private::{self as __ffi, hygiene::__ret};
    const {
        __ffi::shared_with_c::<pthread_mutex_t>();
        __ffi::returned_by_c::<c_int>();
    }
    let __ret = unsafe { raw::pthread_mutex_lock(mutex) };
    if <c_int as __ffi::IntReturn>::is_nonzero(__ret) {
        return __ffi::Err(
            __ffi::ret_errno_error(
                &__ffi::Site {
                    function: "pthread_mutex_lock",
                },
                <c_int as __ffi::IntReturn>::to_code(__ret),
            ),
        );
    }
    __ffi::Ok(())
}
/** Calls the C function `io_uring_submit`.

 # Errors

 Returns `Err` when `io_uring_submit` returns a negative value `-e`; the error carries `errno` `e`.

 The raw declaration is [`raw::io_uring_submit`].*/
#[inline]
#[allow(non_snake_case, clippy::too_many_arguments)]
pub fn io_uring_submit(
    ring: &mut io_uring,
) -> ::ffi_runtime::__private::Result<c_int, ::ffi_runtime::Error> {
    #[allow(unused_imports)]
    use ::ffi_runtime::__private::{self as __ffi, hygiene::__ret};
    const {
        __ffi::shared_with_c::<io_uring>();
        __ffi::returned_by_c::<c_int>();
    }
    let __ret = unsafe { raw::io_uring_submit(ring) };
    if <c_int as __ffi::SignedReturn>::is_negative(__ret) {
        return __ffi::Err(
            __ffi::neg_errno_error(
                &__ffi::Site {
                    function: "io_uring_submit",
                },
                <c_int as __ffi::IntReturn>::to_code(__ret),
            ),
        );
    }
    __ffi::Ok(__ret)
}
