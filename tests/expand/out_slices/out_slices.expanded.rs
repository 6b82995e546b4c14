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
#[allow(unused_imports)]
pub use self::raw::sqlite3_free;
/** Calls the C function `list_items`.

 # Errors

 Returns `Err` carrying the status code when `list_items` returns nonzero.

 The raw declaration is [`raw::list_items`].*/
#[inline]
#[allow(non_snake_case, clippy::too_many_arguments)]
pub fn list_items(
    db: &Db,
) -> ::ffi_runtime::__private::Result<
    ::ffi_runtime::__private::Vec<Item>,
    ::ffi_runtime::Error,
> {
    #[allow(unused_imports)]
    use ::ffi_runtime::__private::{self as __ffi, hygiene::{__count, __ret}};
    const {
        __ffi::written_by_c::<Item>();
        __ffi::returned_by_c::<c_int>();
    }
    let mut items: *const Item = __ffi::core::ptr::null_mut();
    let mut count: usize = <usize as __ffi::Default>::default();
    let __ret = unsafe {
        raw::list_items(
            <Db as ::ffi_runtime::Handle>::as_ptr(db),
            &mut items,
            &mut count,
        )
    };
    if <c_int as __ffi::IntReturn>::is_nonzero(__ret) {
        return __ffi::Err(
            __ffi::code_error(
                &__ffi::Site {
                    function: "list_items",
                },
                <c_int as __ffi::IntReturn>::to_code(__ret),
            ),
        );
    }
    let items: __ffi::Vec<Item> = {
        let __count = <usize as __ffi::Length>::to_usize(count);
        let __count = match __count.and_then(__ffi::array_length::<Item>) {
            __ffi::Some(__count) => __count,
            __ffi::None => {
                return __ffi::Err(
                    __ffi::invalid_length_error(
                        &__ffi::Site {
                            function: "list_items",
                        },
                        "items",
                    ),
                );
            }
        };
        if items.is_null() {
            if __count != 0 {
                return __ffi::Err(
                    __ffi::null_error(
                        &__ffi::Site {
                            function: "list_items",
                        },
                    ),
                );
            }
            __ffi::Vec::new()
        } else {
            <[Item]>::to_vec(unsafe {
                __ffi::core::slice::from_raw_parts(items, __count)
            })
        }
    };
    __ffi::Ok(items)
}
/** Calls the C function `sqlite3_serialize`.

 # Errors

 Returns `Err` when `sqlite3_serialize` returns NULL.

 The raw declaration is [`raw::sqlite3_serialize`].*/
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
    #[allow(unused_imports)]
    use ::ffi_runtime::__private::{
        self as __ffi, hygiene::{__copy, __count, __ptr, __ret, __value},
    };
    const {
        __ffi::byte::<c_char>();
        __ffi::passed_to_c::<c_uint>();
        __ffi::written_by_c::<u8>();
    }
    let mut size: i64 = <i64 as __ffi::Default>::default();
    let __ret = unsafe {
        raw::sqlite3_serialize(
            <Db as ::ffi_runtime::Handle>::as_ptr(db),
            __ffi::CStr::as_ptr(schema),
            &mut size,
            flags,
        )
    };
    let __ffi::Some(__ptr) = __ffi::NonNull::new(__ret) else {
        return __ffi::Err(
            __ffi::null_error(
                &__ffi::Site {
                    function: "sqlite3_serialize",
                },
            ),
        );
    };
    let __count = <i64 as __ffi::Length>::to_usize(size);
    let __count = match __count.and_then(__ffi::array_length::<u8>) {
        __ffi::Some(__count) => __count,
        __ffi::None => {
            unsafe { raw::sqlite3_free(__ptr.as_ptr().cast()) };
            return __ffi::Err(
                __ffi::invalid_length_error(
                    &__ffi::Site {
                        function: "sqlite3_serialize",
                    },
                    "size",
                ),
            );
        }
    };
    let __value = {
        let __copy = <[u8]>::to_vec(unsafe {
            __ffi::core::slice::from_raw_parts(__ptr.as_ptr(), __count)
        });
        unsafe { raw::sqlite3_free(__ptr.as_ptr().cast()) };
        __copy
    };
    __ffi::Ok(__value)
}
