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
/// Calls the C function `sqlite3_libversion`.
///
/// # Errors
///
/// Returns `Err` when `sqlite3_libversion` returns NULL.
///
/// The raw declaration is `raw::sqlite3_libversion`.
#[inline]
#[allow(non_snake_case, clippy::too_many_arguments)]
pub fn sqlite3_libversion() -> ::ffi_runtime::__private::Result<
    &'static ::ffi_runtime::__private::CStr,
    ::ffi_runtime::Error,
> {
    let __ret = unsafe { raw::sqlite3_libversion() };
    let ::ffi_runtime::__private::Some(__ptr) = ::ffi_runtime::__private::NonNull::new(
        <*const ::ffi_runtime::__private::c_char>::cast_mut(__ret),
    ) else {
        let __error = ::ffi_runtime::__private::null_error(
            &::ffi_runtime::__private::Site {
                function: "sqlite3_libversion",
            },
        );
        return ::ffi_runtime::__private::Err(__error);
    };
    ::ffi_runtime::__private::Ok(unsafe {
        ::ffi_runtime::__private::CStr::from_ptr(__ptr.as_ptr())
    })
}
/// Calls the C function `sqlite3_errmsg`.
///
/// # Errors
///
/// Returns `Err` when `sqlite3_errmsg` returns NULL.
///
/// The raw declaration is `raw::sqlite3_errmsg`.
#[inline]
#[allow(non_snake_case, clippy::too_many_arguments)]
pub fn sqlite3_errmsg<'a>(
    db: &'a mut Db,
) -> ::ffi_runtime::__private::Result<
    &'a ::ffi_runtime::__private::CStr,
    ::ffi_runtime::Error,
> {
    let __ret = unsafe {
        raw::sqlite3_errmsg(<Db as ::ffi_runtime::Handle>::as_ptr(db))
    };
    let ::ffi_runtime::__private::Some(__ptr) = ::ffi_runtime::__private::NonNull::new(
        <*const ::ffi_runtime::__private::c_char>::cast_mut(__ret),
    ) else {
        let __error = ::ffi_runtime::__private::null_error(
            &::ffi_runtime::__private::Site {
                function: "sqlite3_errmsg",
            },
        );
        return ::ffi_runtime::__private::Err(__error);
    };
    ::ffi_runtime::__private::Ok(unsafe {
        ::ffi_runtime::__private::CStr::from_ptr(__ptr.as_ptr())
    })
}
/// Calls the C function `sqlite3_expanded_sql`.
///
/// # Errors
///
/// Returns `Err` when `sqlite3_expanded_sql` returns NULL.
///
/// The raw declaration is `raw::sqlite3_expanded_sql`.
#[inline]
#[allow(non_snake_case, clippy::too_many_arguments)]
pub fn sqlite3_expanded_sql(
    stmt: &Stmt<'_>,
) -> ::ffi_runtime::__private::Result<
    ::ffi_runtime::__private::CString,
    ::ffi_runtime::Error,
> {
    let __ret = unsafe {
        raw::sqlite3_expanded_sql(<Stmt<'_> as ::ffi_runtime::Handle>::as_ptr(stmt))
    };
    let ::ffi_runtime::__private::Some(__ptr) = ::ffi_runtime::__private::NonNull::new(
        __ret,
    ) else {
        let __error = ::ffi_runtime::__private::null_error(
            &::ffi_runtime::__private::Site {
                function: "sqlite3_expanded_sql",
            },
        );
        return ::ffi_runtime::__private::Err(__error);
    };
    ::ffi_runtime::__private::Ok({
        let __copy = ::ffi_runtime::__private::CStr::to_owned(unsafe {
            ::ffi_runtime::__private::CStr::from_ptr(__ptr.as_ptr())
        });
        unsafe { raw::sqlite3_free(__ptr.as_ptr().cast()) };
        __copy
    })
}
