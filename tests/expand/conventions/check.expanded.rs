/// Raw declarations of the C functions, exactly as declared: callable in
/// `unsafe` code. The functions of the same names outside this module are
/// their safe wrappers.
#[allow(missing_docs)]
pub mod sys {
    #[allow(unused_imports, clippy::wildcard_imports)]
    use super::*;
    #[deny(improper_ctypes)]
    unsafe extern "C" {
        pub fn sqlite3_step(stmt: &mut sqlite3_stmt) -> c_int;
        pub fn dlopen(file: *const c_char, mode: c_int) -> *mut c_void;
        pub fn dlerror() -> *mut c_char;
    }
}
#[allow(unused_imports)]
pub use self::sys::dlerror;
/** Calls the C function `sqlite3_step`.

 # Errors

 Returns `Err` when the `check` type rejects the value `sqlite3_step` returns.

 The raw declaration is [`sys::sqlite3_step`].*/
#[inline]
#[allow(non_snake_case, clippy::too_many_arguments)]
pub fn sqlite3_step(
    stmt: &mut sqlite3_stmt,
) -> ::my_crate::ffi::__private::Result<
    <SqliteStatus as ::my_crate::ffi::Check<c_int>>::Output,
    <SqliteStatus as ::my_crate::ffi::Check<c_int>>::Error,
> {
    #[allow(unused_imports)]
    use ::my_crate::ffi::__private::{self as __ffi, hygiene::{__error, __ret, __value}};
    const {
        __ffi::shared_with_c::<sqlite3_stmt>();
        __ffi::returned_by_c::<c_int>();
    }
    let __ret = unsafe { sys::sqlite3_step(stmt) };
    let __value = match <SqliteStatus as ::my_crate::ffi::Check<c_int>>::check(__ret) {
        __ffi::Ok(__value) => __value,
        __ffi::Err(__error) => return __ffi::Err(__error),
    };
    __ffi::Ok(__value)
}
/** Calls the C function `dlopen`.

 # Errors

 Returns `Err` when `dlopen` returns NULL. The error's message is read from `dlerror()`.

 The raw declaration is [`sys::dlopen`].*/
#[inline]
#[allow(non_snake_case, clippy::too_many_arguments)]
pub fn dlopen(
    file: &::my_crate::ffi::__private::CStr,
    mode: c_int,
) -> ::my_crate::ffi::__private::Result<
    ::my_crate::ffi::__private::NonNull<c_void>,
    AppError,
> {
    #[allow(unused_imports)]
    use ::my_crate::ffi::__private::{self as __ffi, hygiene::{__error, __ptr, __ret}};
    const {
        __ffi::byte::<c_char>();
        __ffi::passed_to_c::<c_int>();
    }
    let __ret = unsafe { sys::dlopen(__ffi::CStr::as_ptr(file), mode) };
    let __ffi::Some(__ptr) = __ffi::NonNull::new(__ret) else {
        let __error = __ffi::null_error(&__ffi::Site { function: "dlopen" });
        let __error = unsafe { __ffi::with_message(__error, sys::dlerror()) };
        return __ffi::Err(
            <AppError as __ffi::From<::my_crate::ffi::Error>>::from(__error),
        );
    };
    __ffi::Ok(__ptr)
}
