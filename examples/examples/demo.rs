//! The main example: our own C library `demo` (examples/csrc), built by `cc` as a
//! static library and bound with `#[foreign]`: an owned context handle freed exactly
//! once, a status-code function whose error message comes from a libtls-style
//! getter, an out-parameter, an owned out-parameter written even on failure, an
//! snprintf-style buffer sized by the return value, a symbol renamed with
//! `link_name`, and a variadic function kept raw.
//!
//! Run: `cargo run -p examples --example demo`

use ffi_runtime::{Error, Owned, foreign};
use std::ffi::{c_char, c_int, c_long};
use std::marker::{PhantomData, PhantomPinned};
use std::ptr::NonNull;

/// `struct demo_ctx`: opaque, only ever behind a pointer. The marker makes it
/// `!Send`, `!Sync` and `!Unpin`: the C library promises none of these.
#[repr(C)]
pub struct DemoCtx {
    _opaque: [u8; 0],
    _marker: PhantomData<(*mut u8, PhantomPinned)>,
}

/// `struct demo_version`, written by `demo_parse_version`.
#[repr(C)]
#[derive(Debug, Clone, Copy, ffi_runtime::PointerFree, ffi_runtime::AnyBitPattern)]
pub struct Version {
    major: c_int,
    minor: c_int,
    patch: c_int,
}

/// An owned `demo_ctx`, freed with `demo_ctx_free` exactly once.
#[derive(Owned)]
#[owned(drop = raw::demo_ctx_free)]
#[repr(transparent)]
pub struct Context(NonNull<DemoCtx>);

#[foreign(lib = "demo", kind = "static", zero)]
unsafe extern "C" {
    /// Allocates a context.
    #[ffi(nonnull, owned = Context)]
    fn demo_ctx_new() -> *mut DemoCtx;
    /// Allocates a context, or fails when asked to.
    #[ffi(nonnull, owned = Context)]
    fn demo_ctx_new_failing(fail: c_int) -> *mut DemoCtx;
    #[ffi(raw)]
    fn demo_ctx_free(ctx: *mut DemoCtx);
    /// Opens a context; on failure C still writes one, holding the message.
    #[ffi(message = demo_ctx_error(ctx))]
    fn demo_open(name: *const c_char, #[out(Context)] ctx: *mut *mut DemoCtx) -> c_int;
    /// Connects; on failure the message is kept in the context. C reads `host`
    /// up to its NUL (`strcmp`): `port` is a port, not its length.
    #[ffi(message = demo_ctx_error(ctx))]
    fn demo_ctx_connect(
        #[handle(&mut Context)] ctx: *mut DemoCtx,
        #[cstr] host: *const c_char,
        port: c_int,
    ) -> c_int;
    #[ffi(raw)]
    fn demo_ctx_error(ctx: *mut DemoCtx) -> *const c_char;
    #[ffi(unchecked)]
    fn demo_ctx_connections(#[handle(&Context)] ctx: *const DemoCtx) -> c_int;
    /// Describes the context (snprintf: returns the length it needs).
    #[ffi(errno)]
    fn demo_ctx_describe(
        #[handle(&Context)] ctx: *const DemoCtx,
        #[buffer(len, initial = 16, size_returned)] buf: *mut c_char,
        len: usize,
    ) -> c_int;
    /// Parses `MAJOR.MINOR.PATCH`.
    fn demo_parse_version(text: *const c_char, #[out] out: *mut Version) -> c_int;
    /// Adds two numbers (the library's version 2 symbol).
    #[ffi(unchecked)]
    #[link_name = "demo_add_v2"]
    fn add(a: c_long, b: c_long) -> c_long;
    #[ffi(raw)]
    fn demo_log(format: *const c_char, ...) -> c_int;
}

fn main() -> Result<(), Error> {
    let mut context = demo_ctx_new()?;

    demo_ctx_connect(&mut context, c"localhost", 8080)?;
    println!("connected to localhost:8080");
    for (host, port) in [
        (c"localhost", 9),
        (c"example.org", 8080),
        (c"localhost", 70_000),
    ] {
        match demo_ctx_connect(&mut context, host, port) {
            Ok(()) => println!("connected to {}:{port}", host.to_string_lossy()),
            Err(error) => println!("error: {error}"),
        }
    }
    println!("successful connections: {}", demo_ctx_connections(&context));
    // snprintf into a 16-byte buffer says how long the text is; the wrapper grows
    // to exactly that and calls again.
    println!(
        "demo_ctx_describe (from a 16-byte buffer): {}",
        demo_ctx_describe(&context)?.to_string_lossy()
    );

    let opened = demo_open(c"main")?;
    println!("opened a second context: {opened:?}");
    // C writes a context even when demo_open fails: the wrapper reads the message
    // from it, then frees it (valgrind: nothing leaks).
    match demo_open(c"") {
        Ok(_) => println!("unexpected success"),
        Err(error) => println!("error: {error}"),
    }
    match demo_ctx_new_failing(1) {
        Ok(_) => println!("unexpected success"),
        Err(error) => println!("error: {error}"),
    }

    let version = demo_parse_version(c"1.42.7")?;
    println!(
        "parsed version: {}.{}.{}",
        version.major, version.minor, version.patch
    );
    let error = demo_parse_version(c"1.x").unwrap_err();
    println!("error: {error} (code {:?})", error.code());

    println!("add (link_name = \"demo_add_v2\"): 40 + 2 = {}", add(40, 2));

    // SAFETY: a NUL-terminated format whose two conversions match the arguments.
    let written = unsafe {
        raw::demo_log(
            c"variadic, kept raw: %s %d\n".as_ptr(),
            c"answer".as_ptr(),
            42 as c_int,
        )
    };
    println!("demo_log wrote {written} characters");
    Ok(())
}
