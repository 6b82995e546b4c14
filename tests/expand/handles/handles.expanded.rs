/// Raw declarations of the C functions, exactly as declared: callable in
/// `unsafe` code. The functions of the same names outside this module are
/// their safe wrappers.
#[allow(missing_docs)]
pub mod raw {
    #[allow(unused_imports, clippy::wildcard_imports)]
    use super::*;
    #[deny(improper_ctypes)]
    unsafe extern "C" {
        pub fn sqlite3_open(filename: *const c_char, db: *mut *mut sqlite3) -> c_int;
        pub fn sqlite3_errmsg(db: *mut sqlite3) -> *const c_char;
        pub fn sqlite3_exec_simple(db: *mut sqlite3, sql: *const c_char) -> c_int;
        pub fn sqlite3_changes(db: *mut sqlite3) -> c_int;
        pub fn sqlite3_close(db: *mut sqlite3) -> c_int;
        pub fn tls_client() -> *mut tls;
    }
}
#[allow(unused_imports)]
pub use self::raw::sqlite3_errmsg;
/** Calls the C function `sqlite3_open`.

 On success returns what C wrote to the out-parameter `db`.

 # Errors

 Returns `Err` carrying the status code when `sqlite3_open` returns nonzero. The error's message is read from `sqlite3_errmsg(db)`.

 The raw declaration is [`raw::sqlite3_open`].*/
#[inline]
#[allow(non_snake_case, clippy::too_many_arguments)]
pub fn sqlite3_open(
    filename: &::ffi_runtime::__private::CStr,
) -> ::ffi_runtime::__private::Result<Db, ::ffi_runtime::Error> {
    #[allow(unused_imports)]
    use ::ffi_runtime::__private::{self as __ffi, hygiene::{__error, __ret}};
    const {
        __ffi::byte::<c_char>();
        __ffi::returned_by_c::<c_int>();
    }
    let mut db: *mut <Db as ::ffi_runtime::Handle>::Raw = __ffi::core::ptr::null_mut();
    let __ret = unsafe { raw::sqlite3_open(__ffi::CStr::as_ptr(filename), &mut db) };
    if <c_int as __ffi::IntReturn>::is_nonzero(__ret) {
        let __error = __ffi::code_error(
            &__ffi::Site {
                function: "sqlite3_open",
            },
            <c_int as __ffi::IntReturn>::to_code(__ret),
        );
        let __error = if db.is_null() {
            __error
        } else {
            unsafe { __ffi::with_message(__error, raw::sqlite3_errmsg(db)) }
        };
        __ffi::core::mem::drop(unsafe { <Db as ::ffi_runtime::Handle>::from_raw(db) });
        return __ffi::Err(__error);
    }
    let db = unsafe { <Db as ::ffi_runtime::Handle>::from_raw(db) };
    let __ffi::Some(db) = db else {
        return __ffi::Err(
            __ffi::null_error(
                &__ffi::Site {
                    function: "sqlite3_open",
                },
            ),
        );
    };
    __ffi::Ok(db)
}
/** Calls the C function `sqlite3_exec_simple`.

 # Errors

 Returns `Err` carrying the status code when `sqlite3_exec_simple` returns nonzero. The error's message is read from `sqlite3_errmsg(db)`.

 The raw declaration is [`raw::sqlite3_exec_simple`].*/
#[inline]
#[allow(non_snake_case, clippy::too_many_arguments)]
pub fn sqlite3_exec_simple(
    db: &mut Db,
    sql: &::ffi_runtime::__private::CStr,
) -> ::ffi_runtime::__private::Result<(), ::ffi_runtime::Error> {
    #[allow(unused_imports)]
    use ::ffi_runtime::__private::{self as __ffi, hygiene::{__error, __ret}};
    const {
        __ffi::byte::<c_char>();
        __ffi::returned_by_c::<c_int>();
    }
    let __ret = unsafe {
        raw::sqlite3_exec_simple(
            <Db as ::ffi_runtime::Handle>::as_ptr(db),
            __ffi::CStr::as_ptr(sql),
        )
    };
    if <c_int as __ffi::IntReturn>::is_nonzero(__ret) {
        let __error = __ffi::code_error(
            &__ffi::Site {
                function: "sqlite3_exec_simple",
            },
            <c_int as __ffi::IntReturn>::to_code(__ret),
        );
        let __error = unsafe {
            __ffi::with_message(
                __error,
                raw::sqlite3_errmsg(<Db as ::ffi_runtime::Handle>::as_ptr(db)),
            )
        };
        return __ffi::Err(__error);
    }
    __ffi::Ok(())
}
/** Calls the C function `sqlite3_changes`.

 The raw declaration is [`raw::sqlite3_changes`].*/
#[inline]
#[allow(non_snake_case, clippy::too_many_arguments)]
pub fn sqlite3_changes(db: &Db) -> c_int {
    #[allow(unused_imports)]
    use ::ffi_runtime::__private as __ffi;
    const {
        __ffi::returned_by_c::<c_int>();
    }
    unsafe { raw::sqlite3_changes(<Db as ::ffi_runtime::Handle>::as_ptr(db)) }
}
/** Calls the C function `sqlite3_close`.

 # Errors

 Returns `Err` carrying the status code when `sqlite3_close` returns nonzero.

 The raw declaration is [`raw::sqlite3_close`].*/
#[inline]
#[allow(non_snake_case, clippy::too_many_arguments)]
pub fn sqlite3_close(
    db: Db,
) -> ::ffi_runtime::__private::Result<(), ::ffi_runtime::Error> {
    #[allow(unused_imports)]
    use ::ffi_runtime::__private::{self as __ffi, hygiene::__ret};
    const {
        __ffi::returned_by_c::<c_int>();
    }
    let __ret = unsafe {
        raw::sqlite3_close(<Db as ::ffi_runtime::Handle>::into_raw(db))
    };
    if <c_int as __ffi::IntReturn>::is_nonzero(__ret) {
        return __ffi::Err(
            __ffi::code_error(
                &__ffi::Site {
                    function: "sqlite3_close",
                },
                <c_int as __ffi::IntReturn>::to_code(__ret),
            ),
        );
    }
    __ffi::Ok(())
}
/** Calls the C function `tls_client`.

 # Errors

 Returns `Err` when `tls_client` returns NULL.

 The raw declaration is [`raw::tls_client`].*/
#[inline]
#[allow(non_snake_case, clippy::too_many_arguments)]
pub fn tls_client() -> ::ffi_runtime::__private::Result<Tls, ::ffi_runtime::Error> {
    #[allow(unused_imports)]
    use ::ffi_runtime::__private::{self as __ffi, hygiene::{__ptr, __ret}};
    let __ret = unsafe { raw::tls_client() };
    let __ffi::Some(__ptr) = (unsafe { <Tls as ::ffi_runtime::Handle>::from_raw(__ret) })
    else {
        return __ffi::Err(
            __ffi::null_error(
                &__ffi::Site {
                    function: "tls_client",
                },
            ),
        );
    };
    __ffi::Ok(__ptr)
}
