/// Raw declarations of the C functions, exactly as declared: callable in
/// `unsafe` code. The functions of the same names outside this module are
/// their safe wrappers.
#[allow(missing_docs)]
pub mod raw {
    #[allow(unused_imports, clippy::wildcard_imports)]
    use super::*;
    #[deny(improper_ctypes)]
    unsafe extern "C" {
        pub fn setenv(
            name: *const c_char,
            value: *const c_char,
            overwrite: c_int,
        ) -> c_int;
        pub fn puts_maybe(text: *const c_char) -> c_int;
        pub fn is_null(text: *const c_char) -> bool;
    }
}
/** Calls the C function `setenv`.

 # Errors

 Returns `Err` carrying `errno` when `setenv` returns -1 (the maximum value, for an unsigned return type).

 The raw declaration is [`raw::setenv`].*/
#[inline]
#[allow(non_snake_case, clippy::too_many_arguments)]
pub fn setenv(
    name: &::ffi_runtime::__private::core::primitive::str,
    value: &::ffi_runtime::__private::core::primitive::str,
    overwrite: c_int,
) -> ::ffi_runtime::__private::Result<c_int, ::ffi_runtime::Error> {
    #[allow(unused_imports)]
    use ::ffi_runtime::__private::{
        self as __ffi, hygiene::{__position, __ret, __slot, __string},
    };
    const {
        __ffi::byte::<c_char>();
        __ffi::passed_to_c::<c_int>();
        __ffi::returned_by_c::<c_int>();
    }
    let mut __slot = __ffi::StrArg::new();
    let name = match __ffi::StrArg::set(&mut __slot, name) {
        __ffi::Ok(__string) => __string,
        __ffi::Err(__position) => {
            return __ffi::Err(
                __ffi::interior_nul_error(
                    &__ffi::Site { function: "setenv" },
                    "name",
                    __position,
                ),
            );
        }
    };
    let mut __slot = __ffi::StrArg::new();
    let value = match __ffi::StrArg::set(&mut __slot, value) {
        __ffi::Ok(__string) => __string,
        __ffi::Err(__position) => {
            return __ffi::Err(
                __ffi::interior_nul_error(
                    &__ffi::Site { function: "setenv" },
                    "value",
                    __position,
                ),
            );
        }
    };
    let __ret = unsafe {
        raw::setenv(
            __ffi::NulTerminated::as_ptr(&name),
            __ffi::NulTerminated::as_ptr(&value),
            overwrite,
        )
    };
    if <c_int as __ffi::IntReturn>::is_errno_sentinel(__ret) {
        return __ffi::Err(__ffi::last_errno_error(&__ffi::Site { function: "setenv" }));
    }
    __ffi::Ok(__ret)
}
/** Calls the C function `puts_maybe`.

 The raw declaration is [`raw::puts_maybe`].*/
#[inline]
#[allow(non_snake_case, clippy::too_many_arguments)]
pub fn puts_maybe(
    text: ::ffi_runtime::__private::Option<
        &::ffi_runtime::__private::core::primitive::str,
    >,
) -> ::ffi_runtime::__private::Result<c_int, ::ffi_runtime::Error> {
    #[allow(unused_imports)]
    use ::ffi_runtime::__private::{
        self as __ffi, hygiene::{__position, __ret, __slot, __string, __text},
    };
    const {
        __ffi::byte::<c_char>();
        __ffi::returned_by_c::<c_int>();
    }
    let mut __slot = __ffi::StrArg::new();
    let text = match text {
        __ffi::Some(__text) => {
            match __ffi::StrArg::set(&mut __slot, __text) {
                __ffi::Ok(__string) => __string,
                __ffi::Err(__position) => {
                    return __ffi::Err(
                        __ffi::interior_nul_error(
                            &__ffi::Site {
                                function: "puts_maybe",
                            },
                            "text",
                            __position,
                        ),
                    );
                }
            }
        }
        __ffi::None => __ffi::NulTerminated::null(),
    };
    let __ret = unsafe { raw::puts_maybe(__ffi::NulTerminated::as_ptr(&text)) };
    __ffi::Ok(__ret)
}
/** Calls the C function `is_null`.

 The raw declaration is [`raw::is_null`].*/
#[inline]
#[allow(non_snake_case, clippy::too_many_arguments)]
pub fn is_null(
    text: ::ffi_runtime::__private::Option<&::ffi_runtime::__private::CStr>,
) -> bool {
    #[allow(unused_imports)]
    use ::ffi_runtime::__private::{self as __ffi, hygiene::__text};
    const {
        __ffi::byte::<c_char>();
        __ffi::returned_by_c::<bool>();
    }
    unsafe {
        raw::is_null(
            match text {
                __ffi::Some(__text) => __ffi::CStr::as_ptr(__text),
                __ffi::None => __ffi::core::ptr::null(),
            },
        )
    }
}
