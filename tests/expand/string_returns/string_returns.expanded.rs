/// Raw declarations of the C functions, exactly as declared: callable in
/// `unsafe` code. The functions of the same names outside this module are
/// their safe wrappers.
#[allow(missing_docs)]
pub mod raw {
    #[allow(unused_imports, clippy::wildcard_imports)]
    use super::*;
    #[deny(improper_ctypes)]
    unsafe extern "C" {
        pub fn sqlite3_libversion() -> *const c_char;
        pub fn sqlite3_errmsg(db: *mut sqlite3) -> *const c_char;
        pub fn sqlite3_expanded_sql(stmt: *mut sqlite3_stmt) -> *mut c_char;
        pub fn sqlite3_free(pointer: *mut c_void);
    }
}
#[allow(unused_imports)]
pub use self::raw::sqlite3_free;
/** Calls the C function `sqlite3_libversion`.

 # Errors

 Returns `Err` when `sqlite3_libversion` returns NULL.

 The raw declaration is [`raw::sqlite3_libversion`].*/
#[inline]
#[allow(non_snake_case, clippy::too_many_arguments)]
pub fn sqlite3_libversion() -> ::ffi_runtime::__private::Result<
    &'static ::ffi_runtime::__private::CStr,
    ::ffi_runtime::Error,
> {
    #[allow(unused_imports)]
    use ::ffi_runtime::__private::{self as __ffi, hygiene::{__ptr, __ret, __value}};
    const {
        __ffi::byte::<c_char>();
    }
    let __ret = unsafe { raw::sqlite3_libversion() };
    let __ffi::Some(__ptr) = __ffi::NonNull::new(<*const __ffi::c_char>::cast_mut(__ret))
    else {
        return __ffi::Err(
            __ffi::null_error(
                &__ffi::Site {
                    function: "sqlite3_libversion",
                },
            ),
        );
    };
    let __value = unsafe { __ffi::CStr::from_ptr(__ptr.as_ptr()) };
    __ffi::Ok(__value)
}
/** Calls the C function `sqlite3_errmsg`.

 # Errors

 Returns `Err` when `sqlite3_errmsg` returns NULL.

 The raw declaration is [`raw::sqlite3_errmsg`].*/
#[inline]
#[allow(non_snake_case, clippy::too_many_arguments)]
pub fn sqlite3_errmsg<'a>(
    db: &'a mut Db,
) -> ::ffi_runtime::__private::Result<
    &'a ::ffi_runtime::__private::CStr,
    ::ffi_runtime::Error,
> {
    #[allow(unused_imports)]
    use ::ffi_runtime::__private::{self as __ffi, hygiene::{__ptr, __ret, __value}};
    const {
        __ffi::byte::<c_char>();
        __ffi::exclusive_handle::<Db>();
    }
    let __ret = unsafe {
        raw::sqlite3_errmsg(<Db as ::ffi_runtime::Handle>::as_ptr(db))
    };
    let __ffi::Some(__ptr) = __ffi::NonNull::new(<*const __ffi::c_char>::cast_mut(__ret))
    else {
        return __ffi::Err(
            __ffi::null_error(
                &__ffi::Site {
                    function: "sqlite3_errmsg",
                },
            ),
        );
    };
    let __value = unsafe { __ffi::CStr::from_ptr(__ptr.as_ptr()) };
    __ffi::Ok(__value)
}
/** Calls the C function `sqlite3_expanded_sql`.

 # Errors

 Returns `Err` when `sqlite3_expanded_sql` returns NULL.

 The raw declaration is [`raw::sqlite3_expanded_sql`].*/
#[inline]
#[allow(non_snake_case, clippy::too_many_arguments)]
pub fn sqlite3_expanded_sql(
    stmt: &Stmt<'_>,
) -> ::ffi_runtime::__private::Result<
    ::ffi_runtime::__private::CString,
    ::ffi_runtime::Error,
> {
    #[allow(unused_imports)]
    use ::ffi_runtime::__private::{
        self as __ffi, hygiene::{__copy, __ptr, __ret, __value},
    };
    const {
        __ffi::byte::<c_char>();
    }
    let __ret = unsafe {
        raw::sqlite3_expanded_sql(<Stmt<'_> as ::ffi_runtime::Handle>::as_ptr(stmt))
    };
    let __ffi::Some(__ptr) = __ffi::NonNull::new(__ret) else {
        return __ffi::Err(
            __ffi::null_error(
                &__ffi::Site {
                    function: "sqlite3_expanded_sql",
                },
            ),
        );
    };
    let __value = {
        let __copy = __ffi::CStr::to_owned(unsafe {
            __ffi::CStr::from_ptr(__ptr.as_ptr())
        });
        unsafe { raw::sqlite3_free(__ptr.as_ptr().cast()) };
        __copy
    };
    __ffi::Ok(__value)
}
