//! `message = f(param)` and `message = f()`: the error copies the C string of a
//! getter of the same block, read after errno was taken.

use ffi_runtime::{Errno, Error, Owned, foreign};
use std::ffi::{c_char, c_int};
use std::ptr::NonNull;

/// A libtls-style context: the last error is kept in it. It holds a pointer, so
/// wrappers take it behind a handle (`#[handle(&mut Context)]`), never as `&mut Ctx`.
#[repr(C)]
pub struct Ctx {
    last_error: *const c_char,
}

/// An owned `Ctx`, freed with `msg_ctx_free`.
#[derive(Owned)]
#[owned(drop = raw::msg_ctx_free)]
#[repr(transparent)]
pub struct Context(NonNull<Ctx>);

mod fake {
    use super::Ctx;
    use ffi_runtime::Errno;
    use std::ffi::{c_char, c_int};

    static GLOBAL_MESSAGE: &[u8] = b"global failure\0";
    static INVALID_UTF8: &[u8] = b"bad \xff\xfe bytes\0";

    #[unsafe(no_mangle)]
    extern "C" fn msg_ctx_new() -> *mut Ctx {
        Box::into_raw(Box::new(Ctx {
            last_error: std::ptr::null(),
        }))
    }

    #[unsafe(no_mangle)]
    extern "C" fn msg_ctx_free(ctx: *mut Ctx) {
        // SAFETY: called once per context, by `Context`'s Drop.
        drop(unsafe { Box::from_raw(ctx) });
    }

    #[unsafe(no_mangle)]
    extern "C" fn msg_connect(ctx: &mut Ctx, port: c_int) -> c_int {
        ctx.last_error = match port {
            0 => return 0,
            1 => c"connection refused".as_ptr(),
            2 => INVALID_UTF8.as_ptr().cast(),
            _ => std::ptr::null(),
        };
        Errno::from_raw(libc::ECONNREFUSED).set_last();
        -1
    }

    /// Like `tls_error`: the message lives in the handle. Clobbers errno, as a
    /// getter may: the wrapper must have read errno before calling it.
    #[unsafe(no_mangle)]
    extern "C" fn msg_error(ctx: &mut Ctx) -> *const c_char {
        Errno::from_raw(libc::EIO).set_last();
        ctx.last_error
    }

    #[unsafe(no_mangle)]
    extern "C" fn msg_load(fail: bool) -> c_int {
        c_int::from(fail)
    }

    /// Like `dlerror()`: a getter without arguments.
    #[unsafe(no_mangle)]
    extern "C" fn msg_last_error() -> *const c_char {
        GLOBAL_MESSAGE.as_ptr().cast()
    }
}

#[foreign(errno)]
unsafe extern "C" {
    #[ffi(nonnull, owned = Context)]
    fn msg_ctx_new() -> *mut Ctx;
    #[ffi(raw)]
    fn msg_ctx_free(ctx: *mut Ctx);
    #[ffi(message = msg_error(ctx))]
    fn msg_connect(#[handle(&mut Context)] ctx: *mut Ctx, port: c_int) -> c_int;
    #[ffi(unchecked)]
    fn msg_error(#[handle(&mut Context)] ctx: *mut Ctx) -> *const c_char;
    #[ffi(zero, message = msg_last_error())]
    fn msg_load(fail: bool) -> c_int;
    #[ffi(raw)]
    fn msg_last_error() -> *const c_char;
}

fn context() -> Context {
    msg_ctx_new().unwrap()
}

#[test]
fn message_is_copied_from_the_handle() {
    let mut ctx = context();
    msg_connect(&mut ctx, 0).unwrap();
    let error = msg_connect(&mut ctx, 1).unwrap_err();
    assert_eq!(error.message(), Some("connection refused"));
    let errno = Errno::from_raw(libc::ECONNREFUSED);
    let expected = format!(
        "msg_connect: connection refused: {errno} (os error {})",
        errno.raw()
    );
    assert_eq!(error.to_string(), expected);
}

#[test]
fn errno_is_read_before_the_getter_clobbers_it() {
    let mut ctx = context();
    let error = msg_connect(&mut ctx, 1).unwrap_err();
    assert_eq!(error.errno(), Some(Errno::from_raw(libc::ECONNREFUSED)));
}

#[test]
fn null_message_is_no_message() {
    let mut ctx = context();
    let error = msg_connect(&mut ctx, 3).unwrap_err();
    assert_eq!(error.message(), None);
    assert_eq!(error.errno(), Some(Errno::from_raw(libc::ECONNREFUSED)));
}

#[test]
fn invalid_utf8_is_replaced_not_rejected() {
    let mut ctx = context();
    let error = msg_connect(&mut ctx, 2).unwrap_err();
    assert_eq!(error.message(), Some("bad \u{fffd}\u{fffd} bytes"));
}

#[test]
fn message_without_arguments() {
    msg_load(false).unwrap();
    let error: Error = msg_load(true).unwrap_err();
    assert_eq!(error.message(), Some("global failure"));
    assert_eq!(error.code(), Some(1));
    assert_eq!(error.to_string(), "msg_load: global failure (code 1)");
}
