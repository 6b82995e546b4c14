/// bindgen output as it comes: one block a function, types and constants around.
pub mod bindings {
    pub type pid_t = i32;
    pub const STDIN: i32 = 0;
    /// Raw declarations of the C functions, exactly as declared: callable in
    /// `unsafe` code. The functions of the same names outside this module are
    /// their safe wrappers.
    #[allow(missing_docs)]
    pub mod raw {
        #[allow(unused_imports, clippy::wildcard_imports)]
        use super::*;
        #[deny(improper_ctypes)]
        unsafe extern "C" {
            pub fn close(fd: i32) -> i32;
        }
        #[deny(improper_ctypes)]
        unsafe extern "C" {
            pub fn getpid() -> pid_t;
        }
    }
    /** Calls the C function `close`.

 # Errors

 Returns `Err` carrying `errno` when `close` returns -1 (the maximum value, for an unsigned return type).

 The raw declaration is [`raw::close`].*/
    #[inline]
    #[allow(non_snake_case, clippy::too_many_arguments)]
    pub fn close(
        fd: i32,
    ) -> ::ffi_runtime::__private::Result<i32, ::ffi_runtime::Error> {
        #[allow(unused_imports)]
        use ::ffi_runtime::__private::{self as __ffi, hygiene::__ret};
        const {
            __ffi::passed_to_c::<i32>();
            __ffi::returned_by_c::<i32>();
        }
        let __ret = unsafe { raw::close(fd) };
        if <i32 as __ffi::IntReturn>::is_errno_sentinel(__ret) {
            return __ffi::Err(
                __ffi::last_errno_error(&__ffi::Site { function: "close" }),
            );
        }
        __ffi::Ok(__ret)
    }
    /** Calls the C function `getpid`.

 The raw declaration is [`raw::getpid`].*/
    #[inline]
    #[allow(non_snake_case, clippy::too_many_arguments)]
    pub fn getpid() -> pid_t {
        #[allow(unused_imports)]
        use ::ffi_runtime::__private as __ffi;
        const {
            __ffi::returned_by_c::<pid_t>();
        }
        unsafe { raw::getpid() }
    }
}
