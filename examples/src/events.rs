//! Callbacks into our own C library: `demo_ctx_set_handler` keeps a closure
//! (boxed, `'static`, `Send` because `demo_ctx_emit_in_thread` calls it from
//! another thread) until it is replaced or the context is freed; C then calls
//! the destroy hook, which frees the closure exactly once.

use ffi_runtime::{Owned, foreign};
use std::ffi::{c_int, c_void};
use std::marker::{PhantomData, PhantomPinned};
use std::ptr::NonNull;

/// `struct demo_ctx`.
#[repr(C)]
pub struct DemoCtx {
    _opaque: [u8; 0],
    _marker: PhantomData<(*mut u8, PhantomPinned)>,
}

/// A `demo_ctx` that can hold an event handler; freeing it frees the handler.
#[derive(Owned)]
#[owned(drop = raw::demo_ctx_free)]
#[repr(transparent)]
pub struct Events(NonNull<DemoCtx>);

#[foreign(lib = "demo", kind = "static", zero)]
unsafe extern "C" {
    /// A context without a handler.
    #[ffi(nonnull, owned = Events)]
    pub fn demo_ctx_new() -> *mut DemoCtx;
    #[ffi(raw)]
    pub fn demo_ctx_free(ctx: *mut DemoCtx);
    /// Keeps `handler` until it is replaced or the context is freed.
    pub fn demo_ctx_set_handler(
        #[handle(&mut Events)] ctx: *mut DemoCtx,
        #[callback(data, destroy = destroy, send)] handler: Option<
            extern "C" fn(data: *mut c_void, event: c_int),
        >,
        data: *mut c_void,
        destroy: Option<extern "C" fn(data: *mut c_void)>,
    ) -> c_int;
    /// Calls the handler on this thread; 1 if there was one.
    #[ffi(unchecked)]
    pub fn demo_ctx_emit(#[handle(&mut Events)] ctx: *mut DemoCtx, event: c_int) -> c_int;
    /// Calls the handler on a new thread and waits for it; 1 if there was one.
    #[ffi(unchecked)]
    pub fn demo_ctx_emit_in_thread(#[handle(&mut Events)] ctx: *mut DemoCtx, event: c_int)
    -> c_int;
}
