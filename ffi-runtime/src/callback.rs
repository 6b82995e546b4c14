//! Closures behind C callbacks: the state a `(trampoline, void *user_data)` pair
//! points to, and the one place where a trampoline enters Rust code.
//!
//! A panic never unwinds into C. In a scoped callback (valid for one call) it is
//! caught, the trampoline returns the value the binding declared as neutral, later
//! calls in the same C call are answered the same way without running the closure,
//! and the panic resumes in the caller once C has returned. A registered callback
//! (kept by C after the call) has no caller to resume in: it returns the declared
//! `on_panic` value, or aborts the process with a message naming the callback.
//!
//! A closure that is running is never entered again: C calling it from inside
//! itself (re-entry) would make a second `&mut` to it. Re-entry is treated like a
//! panic. Callbacks C may run on several threads at once take `Fn + Sync` closures
//! instead ([`ScopedShared`], [`Registered::call`]), which need no such guard.

use core::cell::{Cell, UnsafeCell};
use core::ffi::c_void;
use core::sync::atomic::{AtomicBool, Ordering};
use std::any::Any;
use std::panic::{AssertUnwindSafe, catch_unwind, resume_unwind};
use std::sync::Mutex;

type Payload = Box<dyn Any + Send>;

/// Which callback of which C function: named in the abort message.
#[derive(Debug)]
pub struct CallbackSite {
    /// The C function the callback was passed to.
    pub function: &'static str,
    /// The callback parameter.
    pub callback: &'static str,
}

/// A closure lent to C for the duration of one call (`FnMut`, one thread).
pub struct Scoped<F> {
    closure: UnsafeCell<F>,
    /// `IDLE`, `RUNNING`, or `PANICKED` (after which the closure is not run
    /// again): one load and two stores per call on the fast path.
    phase: Cell<u8>,
    panic: Cell<Option<Payload>>,
}

const IDLE: u8 = 0;
const RUNNING: u8 = 1;
const PANICKED: u8 = 2;

impl<F> Scoped<F> {
    /// Holds `closure` for one C call.
    pub const fn new(closure: F) -> Self {
        Scoped {
            closure: UnsafeCell::new(closure),
            phase: Cell::new(IDLE),
            panic: Cell::new(None),
        }
    }

    /// The `void *user_data` for C: valid while `self` is neither moved nor
    /// dropped.
    pub fn user_data(&mut self) -> *mut c_void {
        core::ptr::from_mut(self).cast()
    }

    /// After the C call returned: resumes a panic the closure raised, if any.
    pub fn finish(self) {
        self.finish_releasing(|| {});
    }

    /// As [`finish`](Self::finish), running `release` (freeing what C handed
    /// out in the same call) before the panic resumes.
    pub fn finish_releasing(self, release: impl FnOnce()) {
        if let Some(payload) = self.panic.into_inner() {
            release();
            resume_unwind(payload);
        }
    }

    /// Runs `body` with the closure; a panic (or a re-entry) is kept for
    /// [`finish`](Self::finish) and answered with `neutral`.
    ///
    /// # Safety
    /// `user_data` is the pointer [`user_data`](Self::user_data) returned for a
    /// `Scoped<F>` of this same `F` that is still alive and not moved, and the call
    /// comes from the thread that owns it (or, for an `F: Send`, from one thread
    /// at a time).
    #[inline]
    pub unsafe fn call<R>(user_data: *mut c_void, neutral: R, body: impl FnOnce(&mut F) -> R) -> R {
        // SAFETY: the caller promises `user_data` points to a live `Scoped<F>`;
        // only shared access is made to it, mutation goes through its cells.
        let state = unsafe { &*user_data.cast::<Scoped<F>>().cast_const() };
        if state.phase.get() != IDLE {
            state.refuse();
            return neutral;
        }
        state.phase.set(RUNNING);
        // SAFETY: the phase was `IDLE`, so no other reference to the closure is
        // live; it stays `RUNNING` until this one ends.
        let closure = unsafe { &mut *state.closure.get() };
        match catch_unwind(AssertUnwindSafe(|| body(closure))) {
            Ok(value) => {
                state.phase.set(IDLE);
                value
            }
            Err(payload) => {
                state.phase.set(PANICKED);
                state.keep_panic(payload);
                neutral
            }
        }
    }

    /// Not idle: running (C re-entered the closure from inside itself, where a
    /// second `&mut F` would alias) or already panicked (answered without it).
    #[cold]
    fn refuse(&self) {
        if self.phase.get() == RUNNING {
            self.keep_panic(Box::new(ReentryPanic));
        }
    }

    fn keep_panic(&self, payload: Payload) {
        // The first panic is the one resumed; a later payload is dropped inside
        // `drop_payload`, where its own `Drop` cannot unwind into C.
        match self.panic.take() {
            Some(first) => {
                self.panic.set(Some(first));
                drop_payload(payload);
            }
            None => self.panic.set(Some(payload)),
        }
    }
}

/// A closure lent to C for one call during which C may run it on several
/// threads at once (`Fn + Sync`).
pub struct ScopedShared<F> {
    closure: F,
    panic: Mutex<Option<Payload>>,
    panicked: AtomicBool,
}

impl<F: Sync> ScopedShared<F> {
    /// Holds `closure` for one C call.
    pub const fn new(closure: F) -> Self {
        ScopedShared {
            closure,
            panic: Mutex::new(None),
            panicked: AtomicBool::new(false),
        }
    }

    /// The `void *user_data` for C: valid while `self` is neither moved nor
    /// dropped.
    pub fn user_data(&self) -> *mut c_void {
        core::ptr::from_ref(self).cast_mut().cast()
    }

    /// After the C call returned: resumes a panic the closure raised, if any.
    pub fn finish(self) {
        self.finish_releasing(|| {});
    }

    /// As [`finish`](Self::finish), running `release` (freeing what C handed
    /// out in the same call) before the panic resumes.
    pub fn finish_releasing(self, release: impl FnOnce()) {
        let payload = match self.panic.into_inner() {
            Ok(payload) => payload,
            Err(poisoned) => poisoned.into_inner(),
        };
        if let Some(payload) = payload {
            release();
            resume_unwind(payload);
        }
    }

    /// Runs `body` with the closure; a panic is kept for
    /// [`finish`](Self::finish) and answered with `neutral`.
    ///
    /// # Safety
    /// `user_data` is the pointer [`user_data`](Self::user_data) returned for a
    /// `ScopedShared<F>` of this same `F` that is still alive and not moved.
    #[inline]
    pub unsafe fn call<R>(user_data: *mut c_void, neutral: R, body: impl FnOnce(&F) -> R) -> R {
        // SAFETY: the caller promises `user_data` points to a live
        // `ScopedShared<F>`; `F: Sync`, so sharing it across threads is sound.
        let state = unsafe { &*user_data.cast::<ScopedShared<F>>().cast_const() };
        if state.panicked.load(Ordering::Acquire) {
            return neutral;
        }
        match catch_unwind(AssertUnwindSafe(|| body(&state.closure))) {
            Ok(value) => value,
            Err(payload) => {
                state.panicked.store(true, Ordering::Release);
                let mut slot = match state.panic.lock() {
                    Ok(slot) => slot,
                    Err(poisoned) => poisoned.into_inner(),
                };
                if slot.is_none() {
                    *slot = Some(payload);
                } else {
                    drop(slot);
                    drop_payload(payload);
                }
                neutral
            }
        }
    }
}

/// A closure C keeps after the call that registered it: boxed, and freed by the
/// destroy hook C calls once (or never, for a callback registered for good).
pub struct Registered<F> {
    closure: UnsafeCell<F>,
    running: AtomicBool,
    site: &'static CallbackSite,
}

impl<F> Registered<F> {
    /// Boxes `closure` and gives up the box: the pointer is C's `user_data`, freed
    /// by [`destroy`](Self::destroy).
    pub fn into_user_data(closure: F, site: &'static CallbackSite) -> *mut c_void {
        let state = Box::new(Registered {
            closure: UnsafeCell::new(closure),
            running: AtomicBool::new(false),
            site,
        });
        Box::into_raw(state).cast()
    }

    /// Runs an `FnMut` closure C calls from one thread at a time. A panic (or a
    /// re-entry, or a second thread arriving while it runs) returns `on_panic`,
    /// or aborts when there is none.
    ///
    /// # Safety
    /// `user_data` came from [`into_user_data`](Self::into_user_data) for this
    /// `F` and was not destroyed yet; if `F` is not `Send`, the call comes from
    /// the thread that registered it.
    #[inline]
    pub unsafe fn call_mut<R>(
        user_data: *mut c_void,
        on_panic: Option<R>,
        body: impl FnOnce(&mut F) -> R,
    ) -> R {
        // SAFETY: the caller promises a live `Registered<F>`; shared access
        // only, the closure is reached through the `running` guard.
        let state = unsafe { &*user_data.cast::<Registered<F>>().cast_const() };
        if state.running.swap(true, Ordering::Acquire) {
            return on_panic
                .unwrap_or_else(|| abort_with(state.site, "was entered again while it ran"));
        }
        // SAFETY: `running` was false: no other reference to the closure is live
        // until it is reset below.
        let closure = unsafe { &mut *state.closure.get() };
        let result = catch_unwind(AssertUnwindSafe(|| body(closure)));
        state.running.store(false, Ordering::Release);
        recover(state.site, result, on_panic)
    }

    /// Runs an `Fn + Sync` closure C may call from several threads at once.
    ///
    /// # Safety
    /// As for [`call_mut`](Self::call_mut).
    #[inline]
    pub unsafe fn call<R>(
        user_data: *mut c_void,
        on_panic: Option<R>,
        body: impl FnOnce(&F) -> R,
    ) -> R
    where
        F: Sync,
    {
        // SAFETY: the caller promises a live `Registered<F>`; `F: Sync`.
        let state = unsafe { &*user_data.cast::<Registered<F>>().cast_const() };
        // SAFETY: only shared references to the closure are ever made for an
        // `Fn` callback.
        let closure = unsafe { &*state.closure.get() };
        let result = catch_unwind(AssertUnwindSafe(|| body(closure)));
        recover(state.site, result, on_panic)
    }

    /// Frees the closure: the destroy hook C calls once, when it lets go.
    ///
    /// # Safety
    /// `user_data` came from [`into_user_data`](Self::into_user_data) for this
    /// `F`, is destroyed only this once, and C never calls the callback after.
    pub unsafe fn destroy(user_data: *mut c_void) {
        // SAFETY: the caller promises the box is live and given back once.
        let state = unsafe { Box::from_raw(user_data.cast::<Registered<F>>()) };
        let site = state.site;
        if catch_unwind(AssertUnwindSafe(move || drop(state))).is_err() {
            abort_with(site, "panicked while it was dropped");
        }
    }
}

/// The closure's result, or the declared panic value, or an abort.
fn recover<R>(
    site: &'static CallbackSite,
    result: std::thread::Result<R>,
    on_panic: Option<R>,
) -> R {
    match result {
        Ok(value) => value,
        Err(payload) => match on_panic {
            Some(value) => {
                drop_payload(payload);
                value
            }
            None => abort_with(site, "panicked, and a panic cannot unwind into C"),
        },
    }
}

/// Drops a panic payload whose own `Drop` may panic (rust#86027): that panic is
/// caught too, and its payload dropped the same way; a chain of payloads that
/// keep panicking is cut after a few and leaked.
fn drop_payload(payload: Payload) {
    let mut payload = payload;
    for _ in 0..8 {
        match catch_unwind(AssertUnwindSafe(move || drop(payload))) {
            Ok(()) => return,
            Err(next) => payload = next,
        }
    }
    core::mem::forget(payload);
}

#[cold]
fn abort_with(site: &CallbackSite, what: &str) -> ! {
    use std::io::Write;
    // Not `eprintln!`: it panics when stderr is closed, and nothing may unwind here.
    let _ = writeln!(
        std::io::stderr(),
        "ffi_runtime: callback `{}` of `{}` {what}; aborting",
        site.callback,
        site.function
    );
    std::process::abort()
}

/// The panic a scoped callback resumes when C re-entered it.
#[derive(Debug)]
pub struct ReentryPanic;

impl core::fmt::Display for ReentryPanic {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str("a C callback was entered again while it was running")
    }
}
