/// Raw declarations of the C functions, exactly as declared: callable in
/// `unsafe` code. The functions of the same names outside this module are
/// their safe wrappers.
#[allow(missing_docs)]
pub mod raw {
    #[allow(unused_imports, clippy::wildcard_imports)]
    use super::*;
    #[deny(improper_ctypes)]
    unsafe extern "C" {
        pub fn list_items(
            db: *mut db,
            items: *mut *const Item,
            count: *mut usize,
        ) -> c_int;
        pub fn sqlite3_serialize(
            db: *mut sqlite3,
            schema: *const c_char,
            size: *mut i64,
            flags: c_uint,
        ) -> *mut u8;
        pub fn sqlite3_free(memory: *mut c_void);
    }
}
/// Calls the C function `list_items`.
///
/// # Errors
///
/// Returns `Err` carrying the status code when `list_items` returns nonzero.
///
/// The raw declaration is `raw::list_items`.
#[inline]
#[allow(non_snake_case, clippy::too_many_arguments)]
pub fn list_items(
    db: &Db,
) -> ::ffi_runtime::__private::Result<
    ::ffi_runtime::__private::Vec<Item>,
    ::ffi_runtime::Error,
> {
    let mut items: *const Item = ::ffi_runtime::__private::core::ptr::null_mut();
    let mut count: usize = <usize as ::ffi_runtime::__private::Default>::default();
    let __ret = unsafe {
        raw::list_items(
            <Db as ::ffi_runtime::Handle>::as_ptr(db),
            &mut items,
            &mut count,
        )
    };
    if <c_int as ::ffi_runtime::__private::IntReturn>::is_nonzero(__ret) {
        let __error = ::ffi_runtime::__private::code_error(
            &::ffi_runtime::__private::Site {
                function: "list_items",
            },
            <c_int as ::ffi_runtime::__private::IntReturn>::to_code(__ret),
        );
        return ::ffi_runtime::__private::Err(__error);
    }
    let items: ::ffi_runtime::__private::Vec<Item> = {
        let __count = match <usize as ::ffi_runtime::__private::TryFrom<
            usize,
        >>::try_from(count) {
            ::ffi_runtime::__private::Ok(__count) => __count,
            ::ffi_runtime::__private::Err(_) => {
                return ::ffi_runtime::__private::Err(
                    ::ffi_runtime::__private::invalid_length_error(
                        &::ffi_runtime::__private::Site {
                            function: "list_items",
                        },
                        "items",
                    ),
                );
            }
        };
        if items.is_null() {
            if __count != 0 {
                return ::ffi_runtime::__private::Err(
                    ::ffi_runtime::__private::null_error(
                        &::ffi_runtime::__private::Site {
                            function: "list_items",
                        },
                    ),
                );
            }
            ::ffi_runtime::__private::Vec::new()
        } else {
            <[Item]>::to_vec(unsafe {
                ::ffi_runtime::__private::core::slice::from_raw_parts(items, __count)
            })
        }
    };
    ::ffi_runtime::__private::Ok(items)
}
/// Calls the C function `sqlite3_serialize`.
///
/// # Errors
///
/// Returns `Err` when `sqlite3_serialize` returns NULL.
///
/// The raw declaration is `raw::sqlite3_serialize`.
#[inline]
#[allow(non_snake_case, clippy::too_many_arguments)]
pub fn sqlite3_serialize(
    db: &Db,
    schema: &::ffi_runtime::__private::CStr,
    flags: c_uint,
) -> ::ffi_runtime::__private::Result<
    ::ffi_runtime::__private::Vec<u8>,
    ::ffi_runtime::Error,
> {
    let mut size: i64 = <i64 as ::ffi_runtime::__private::Default>::default();
    let __ret = unsafe {
        raw::sqlite3_serialize(
            <Db as ::ffi_runtime::Handle>::as_ptr(db),
            ::ffi_runtime::__private::CStr::as_ptr(schema),
            &mut size,
            flags,
        )
    };
    let ::ffi_runtime::__private::Some(__ptr) = ::ffi_runtime::__private::NonNull::new(
        __ret,
    ) else {
        let __error = ::ffi_runtime::__private::null_error(
            &::ffi_runtime::__private::Site {
                function: "sqlite3_serialize",
            },
        );
        return ::ffi_runtime::__private::Err(__error);
    };
    let __count = match <usize as ::ffi_runtime::__private::TryFrom<
        i64,
    >>::try_from(size) {
        ::ffi_runtime::__private::Ok(__count) => __count,
        ::ffi_runtime::__private::Err(_) => {
            unsafe { raw::sqlite3_free(__ptr.as_ptr().cast()) };
            return ::ffi_runtime::__private::Err(
                ::ffi_runtime::__private::invalid_length_error(
                    &::ffi_runtime::__private::Site {
                        function: "sqlite3_serialize",
                    },
                    "size",
                ),
            );
        }
    };
    ::ffi_runtime::__private::Ok({
        let __copy = <[u8]>::to_vec(unsafe {
            ::ffi_runtime::__private::core::slice::from_raw_parts(
                __ptr.as_ptr(),
                __count,
            )
        });
        unsafe { raw::sqlite3_free(__ptr.as_ptr().cast()) };
        __copy
    })
}
