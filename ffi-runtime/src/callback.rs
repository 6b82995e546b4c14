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
//! itself (re-entry), or from a second thread while it runs, would make a second
//! `&mut` to it. Re-entry is treated like a panic. Callbacks C may run on several
//! threads at once take `Fn + Sync` closures instead ([`ScopedShared`],
//! [`Registered::call`]), which need no such guard.
//!
//! A registered closure is freed by the destroy hook, but never under a call
//! that is still running: a handler that makes C replace it (and so destroy it)
//! keeps running, and the last call to leave frees it.
//!
//! Nothing dropped inside a trampoline or a destroy hook (a panic payload, the
//! closure itself) may unwind into C: such drops run under a guard that catches
//! a panic and drops its payload the same way (rust#86027).

use core::cell::{Cell, UnsafeCell};
use core::ffi::c_void;
use core::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
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
    /// The closure stays alive (it is dropped with `self`, at the end of the
    /// wrapper, after errno was read: its captures' `Drop` may change errno).
    pub fn resume_panic(&mut self) {
        self.resume_panic_releasing(|| {});
    }

    /// As [`resume_panic`](Self::resume_panic), running `release` (freeing what
    /// C handed out in the same call) first. A panic in `release` is caught and
    /// its payload dropped: the closure's panic is the one that resumes.
    pub fn resume_panic_releasing(&mut self, release: impl FnOnce()) {
        if let Some(payload) = self.panic.get_mut().take() {
            release_then_resume(release, payload);
        }
    }

    /// The panic the closure raised during the C call, if any, for the wrapper
    /// to release what C handed out and then resume it.
    pub fn caught_panic(&mut self) -> Option<CaughtPanic> {
        self.panic.get_mut().take().map(CaughtPanic)
    }

    /// Resumes a panic the closure raised, if any, and drops the closure.
    /// Prefer [`resume_panic`](Self::resume_panic), which leaves the drop to
    /// after errno was read.
    pub fn finish(self) {
        self.finish_releasing(|| {});
    }

    /// As [`finish`](Self::finish), with [`resume_panic_releasing`](Self::resume_panic_releasing).
    pub fn finish_releasing(self, release: impl FnOnce()) {
        let mut state = self;
        state.resume_panic_releasing(release);
    }

    /// Runs `body` with the closure; a panic (or a re-entry) is kept for
    /// [`resume_panic`](Self::resume_panic) and answered with `neutral`.
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

impl<F> Drop for Scoped<F> {
    /// A payload nobody resumed (the wrapper left early) is dropped under the
    /// guard; the closure is dropped after, as a field.
    fn drop(&mut self) {
        if let Some(payload) = self.panic.get_mut().take() {
            drop_payload(payload);
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

    /// After the C call returned: resumes a panic the closure raised, if any,
    /// leaving the closure alive (see [`Scoped::resume_panic`]).
    pub fn resume_panic(&mut self) {
        self.resume_panic_releasing(|| {});
    }

    /// As [`resume_panic`](Self::resume_panic), running `release` first (see
    /// [`Scoped::resume_panic_releasing`]).
    pub fn resume_panic_releasing(&mut self, release: impl FnOnce()) {
        if let Some(payload) = self.take_panic() {
            release_then_resume(release, payload);
        }
    }

    /// The panic the closure raised during the C call, if any (see
    /// [`Scoped::caught_panic`]).
    pub fn caught_panic(&mut self) -> Option<CaughtPanic> {
        self.take_panic().map(CaughtPanic)
    }

    /// Resumes a panic the closure raised, if any, and drops the closure.
    /// Prefer [`resume_panic`](Self::resume_panic).
    pub fn finish(self) {
        self.finish_releasing(|| {});
    }

    /// As [`finish`](Self::finish), with [`resume_panic_releasing`](Self::resume_panic_releasing).
    pub fn finish_releasing(self, release: impl FnOnce()) {
        let mut state = self;
        state.resume_panic_releasing(release);
    }

    /// Runs `body` with the closure; a panic is kept for
    /// [`resume_panic`](Self::resume_panic) and answered with `neutral`.
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

impl<F> ScopedShared<F> {
    fn take_panic(&mut self) -> Option<Payload> {
        match self.panic.get_mut() {
            Ok(slot) => slot.take(),
            Err(poisoned) => poisoned.into_inner().take(),
        }
    }
}

impl<F> Drop for ScopedShared<F> {
    /// As for [`Scoped`]: a payload nobody resumed is dropped under the guard.
    fn drop(&mut self) {
        if let Some(payload) = self.take_panic() {
            drop_payload(payload);
        }
    }
}

/// Runs `release` (a panic in it caught, its payload dropped under the guard,
/// so nothing of it is skipped by the resume), then resumes `payload`.
/// A panic a scoped closure raised during the C call, taken out of its state:
/// the wrapper frees what C handed out (code that may move values, so it is
/// written inline rather than in a closure), then [`resume`](Self::resume)s it.
#[must_use = "a caught panic is resumed, not dropped"]
pub struct CaughtPanic(Payload);

impl CaughtPanic {
    /// Resumes the closure's panic in the caller.
    pub fn resume(self) -> ! {
        resume_unwind(self.0)
    }
}

fn release_then_resume(release: impl FnOnce(), payload: Payload) -> ! {
    if let Err(released) = catch_unwind(AssertUnwindSafe(release)) {
        drop_payload(released);
    }
    resume_unwind(payload)
}

/// A closure C keeps after the call that registered it: boxed, and freed by the
/// destroy hook C calls once (or never, for a callback registered for good).
///
/// C promises (through `destroy = hook`) that it calls the callback no more
/// once it called the hook, and that every call on another thread returned
/// before the hook (C orders them; a call that has not yet counted itself in
/// cannot be seen here). A call still running on the hook's own thread (the
/// closure made C replace it) is waited for: the box is freed by whichever of
/// the hook and that call finishes last.
pub struct Registered<F> {
    /// [`CALL`] times the calls in progress, plus [`BORROWED`] while an `FnMut`
    /// call holds the closure, plus [`DESTROYED`] once C called the hook.
    state: AtomicUsize,
    site: &'static CallbackSite,
    closure: UnsafeCell<F>,
}

/// C called the destroy hook: the last call out frees the box.
const DESTROYED: usize = 1;
/// An `FnMut` call holds `&mut` to the closure: every other call is refused.
const BORROWED: usize = 2;
/// One call in progress (the count is `state / CALL`; calls nest at most as
/// deep as the stack, far from overflowing).
const CALL: usize = 4;

impl<F> Registered<F> {
    /// Boxes `closure` and gives up the box: the pointer is C's `user_data`, freed
    /// by [`destroy`](Self::destroy).
    pub fn into_user_data(closure: F, site: &'static CallbackSite) -> *mut c_void {
        let state = Box::new(Registered {
            state: AtomicUsize::new(0),
            site,
            closure: UnsafeCell::new(closure),
        });
        Box::into_raw(state).cast()
    }

    /// Runs an `FnMut` closure. A call that arrives while another runs (C
    /// re-entering it, or a second thread) is refused: it returns `on_panic`,
    /// or aborts when there is none, as a panic in the closure does.
    ///
    /// # Safety
    /// `user_data` came from [`into_user_data`](Self::into_user_data) for this
    /// `F`, and C had not called the destroy hook when this call began; if `F`
    /// is not `Send`, the call comes from the thread that registered it.
    #[inline]
    pub unsafe fn call_mut<R>(
        user_data: *mut c_void,
        on_panic: Option<R>,
        body: impl FnOnce(&mut F) -> R,
    ) -> R {
        let this = user_data.cast::<Registered<F>>();
        // SAFETY: the caller promises a live `Registered<F>`, not destroyed
        // before this call began; counted in below, it stays alive until
        // `leave`. Only shared access: `state` is atomic.
        let state = unsafe { &(*this).state };
        let entered = state.fetch_update(Ordering::Acquire, Ordering::Relaxed, |state| {
            Some(if state & BORROWED == 0 {
                state + CALL + BORROWED
            } else {
                state + CALL
            })
        });
        // The closure never returns `None`.
        let previous = entered.unwrap_or_else(|previous| previous);
        // SAFETY: counted in, so alive; `site` is never written.
        let site = unsafe { (*this).site };
        if previous & BORROWED != 0 {
            let value =
                on_panic.unwrap_or_else(|| abort_with(site, "was entered again while it ran"));
            // SAFETY: alive and counted in with `CALL`.
            unsafe { Self::leave(this, CALL) };
            return value;
        }
        // SAFETY: this call set `BORROWED`, so no other reference to the
        // closure is live until `leave` clears it; the box is alive until then.
        let closure = unsafe { &mut *UnsafeCell::raw_get(&raw const (*this).closure) };
        let result = catch_unwind(AssertUnwindSafe(|| body(closure)));
        // SAFETY: alive and counted in with `CALL + BORROWED`; `closure` is
        // not used again.
        unsafe { Self::leave(this, CALL + BORROWED) };
        recover(site, result, on_panic)
    }

    /// Runs an `Fn + Sync` closure C may call from several threads at once.
    ///
    /// # Safety
    /// As for [`call_mut`](Self::call_mut); with `F: Send` for a call from
    /// another thread (the last call out may drop the closure).
    #[inline]
    pub unsafe fn call<R>(
        user_data: *mut c_void,
        on_panic: Option<R>,
        body: impl FnOnce(&F) -> R,
    ) -> R
    where
        F: Sync,
    {
        let this = user_data.cast::<Registered<F>>();
        // SAFETY: the caller promises a live `Registered<F>`, not destroyed
        // before this call began; counted in, it stays alive until `leave`.
        unsafe { &(*this).state }.fetch_add(CALL, Ordering::Acquire);
        // SAFETY: counted in, so alive; `site` is never written.
        let site = unsafe { (*this).site };
        // SAFETY: alive until `leave`; only shared references to the closure
        // are made for an `Fn` callback, and `F: Sync`.
        let closure = unsafe { &*UnsafeCell::raw_get(&raw const (*this).closure) };
        let result = catch_unwind(AssertUnwindSafe(|| body(closure)));
        // SAFETY: alive and counted in with `CALL`; `closure` is not used again.
        unsafe { Self::leave(this, CALL) };
        recover(site, result, on_panic)
    }

    /// Frees the closure: the destroy hook C calls once, when it lets go. A call
    /// still running keeps it alive, and the last one to return frees it. A
    /// panic in the closure's `Drop` is caught (the panic hook reported it) and
    /// its payload dropped under the guard; the process goes on.
    ///
    /// # Safety
    /// `user_data` came from [`into_user_data`](Self::into_user_data) for this
    /// `F`, is destroyed only this once, and C calls the callback no more: every
    /// call on another thread has returned, and a call on this thread began
    /// before this one (it may still be running, below this frame).
    pub unsafe fn destroy(user_data: *mut c_void) {
        let this = user_data.cast::<Registered<F>>();
        // SAFETY: the caller promises the box is live and destroyed once; a
        // call in progress (on this thread, below this frame) holds it alive.
        let previous = unsafe { &(*this).state }.fetch_or(DESTROYED, Ordering::AcqRel);
        if previous == 0 {
            // SAFETY: no call in progress, and none will come: this is the
            // last user of the box.
            unsafe { Self::free(this) };
        }
    }

    /// Leaves a call that added `entered` to the state; the last call out after
    /// the destroy hook frees the box.
    ///
    /// # Safety
    /// `this` is alive and this call is counted in it with `entered`; nothing
    /// the call borrowed from it is used after.
    #[inline]
    unsafe fn leave(this: *mut Registered<F>, entered: usize) {
        // SAFETY: alive until the count drops to zero, which is this operation.
        let previous = unsafe { &(*this).state }.fetch_sub(entered, Ordering::AcqRel);
        if previous - entered == DESTROYED {
            // SAFETY: destroyed and no other call in progress, and none will
            // come: this is the last user of the box.
            unsafe { Self::free(this) };
        }
    }

    /// Drops the box: a panic in the closure's `Drop` is caught, its payload
    /// dropped under the guard, and nothing unwinds into C.
    ///
    /// # Safety
    /// `this` came from `into_user_data` and nobody uses it after.
    #[cold]
    unsafe fn free(this: *mut Registered<F>) {
        // SAFETY: the caller promises the last use of the box `into_user_data`
        // gave up.
        let state = unsafe { Box::from_raw(this) };
        if let Err(payload) = catch_unwind(AssertUnwindSafe(move || drop(state))) {
            drop_payload(payload);
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

#[cfg(test)]
mod tests {
    //! The trampolines and destroy hooks here are shaped like the ones
    //! `#[foreign]` generates: `extern "C"` functions that reach the closure
    //! only through the runtime.
    // Helpers generic over a closure's type sit in the test that makes it.
    #![allow(clippy::items_after_statements)]

    use super::*;
    use core::ffi::c_int;
    use std::cell::Cell;
    use std::rc::Rc;
    use std::sync::Arc;
    use std::sync::Barrier;
    use std::sync::atomic::AtomicUsize;

    static SITE: CallbackSite = CallbackSite {
        function: "register",
        callback: "handler",
    };

    extern "C" fn call_mut_trampoline<F: FnMut(*mut c_void) -> c_int>(data: *mut c_void) -> c_int {
        // SAFETY: the tests pass the user data of a live `Registered<F>`.
        unsafe { Registered::<F>::call_mut(data, Some(-1), |closure| closure(data)) }
    }

    extern "C" fn call_trampoline<F: Fn() -> c_int + Sync>(data: *mut c_void) -> c_int {
        // SAFETY: the tests pass the user data of a live `Registered<F>`.
        unsafe { Registered::<F>::call(data, Some(-1), |closure| closure()) }
    }

    extern "C" fn destroy_hook<F>(data: *mut c_void) {
        // SAFETY: the tests call it once per registration, with no later call.
        unsafe { Registered::<F>::destroy(data) }
    }

    extern "C" fn scoped_trampoline<F: FnMut() -> c_int>(data: *mut c_void) -> c_int {
        // SAFETY: the tests pass the user data of a live `Scoped<F>`.
        unsafe { Scoped::<F>::call(data, -1, |closure| closure()) }
    }

    extern "C" fn shared_trampoline<F: Fn() -> c_int + Sync>(data: *mut c_void) -> c_int {
        // SAFETY: the tests pass the user data of a live `ScopedShared<F>`.
        unsafe { ScopedShared::<F>::call(data, -1, |closure| closure()) }
    }

    type Hook = extern "C" fn(*mut c_void);

    /// User data moved to another thread, as C would.
    struct Data(*mut c_void);

    // SAFETY: the tests hand the pointer to one other thread, whose calls the
    // runtime makes safe (`FnMut` refused while running, `Fn + Sync` shared).
    unsafe impl Send for Data {}

    /// Counts its drops.
    struct Counted(Arc<AtomicUsize>);

    impl Drop for Counted {
        fn drop(&mut self) {
            self.0.fetch_add(1, Ordering::SeqCst);
        }
    }

    /// A panic payload whose own `Drop` panics (rust#86027).
    struct PayloadPanicsOnDrop;

    impl Drop for PayloadPanicsOnDrop {
        fn drop(&mut self) {
            panic!("the payload panicked while it was dropped");
        }
    }

    /// A capture whose `Drop` panics with a payload that panics in turn.
    struct PanicsOnDrop;

    impl Drop for PanicsOnDrop {
        fn drop(&mut self) {
            std::panic::panic_any(PayloadPanicsOnDrop);
        }
    }

    fn register<F: FnMut(*mut c_void) -> c_int>(
        closure: F,
    ) -> (*mut c_void, extern "C" fn(*mut c_void) -> c_int, Hook) {
        (
            Registered::into_user_data(closure, &SITE),
            call_mut_trampoline::<F>,
            destroy_hook::<F>,
        )
    }

    /// (class 7) The running handler makes C replace it, and C calls the destroy
    /// hook on the running closure: it is freed only when the call returns.
    #[test]
    fn destroy_inside_the_call_waits_for_it() {
        let drops = Arc::new(AtomicUsize::new(0));
        let hook: Rc<Cell<Option<Hook>>> = Rc::new(Cell::new(None));
        let captured = Counted(Arc::clone(&drops));
        let own_hook = Rc::clone(&hook);
        let mut calls = Vec::new();
        let (data, trampoline, destroy) = register(move |data| {
            calls.push(1);
            // C replaces the handler: the old one is destroyed right now.
            (own_hook.get().unwrap())(data);
            // Still alive: the captures are used after the destroy hook ran.
            calls.push(2);
            assert_eq!(captured.0.load(Ordering::SeqCst), 0);
            c_int::try_from(calls.len()).unwrap()
        });
        hook.set(Some(destroy));
        assert_eq!(trampoline(data), 2);
        assert_eq!(drops.load(Ordering::SeqCst), 1, "freed by the call, once");
    }

    /// Destroyed with no call in progress: freed at once.
    #[test]
    fn destroy_when_idle_frees_at_once() {
        let drops = Arc::new(AtomicUsize::new(0));
        let captured = Counted(Arc::clone(&drops));
        let (data, trampoline, destroy) = register(move |_| {
            let _ = &captured;
            7
        });
        assert_eq!(trampoline(data), 7);
        assert_eq!(trampoline(data), 7);
        assert_eq!(drops.load(Ordering::SeqCst), 0);
        destroy(data);
        assert_eq!(drops.load(Ordering::SeqCst), 1);
    }

    /// (class 7, threads) A `sync` callback runs on another thread while C
    /// destroys it: the running call keeps it alive and frees it last.
    #[test]
    fn destroy_while_another_thread_runs_waits_for_it() {
        let drops = Arc::new(AtomicUsize::new(0));
        let inside = Arc::new(Barrier::new(2));
        let destroyed = Arc::new(Barrier::new(2));
        let captured = Counted(Arc::clone(&drops));
        let (inside2, destroyed2) = (Arc::clone(&inside), Arc::clone(&destroyed));
        let closure = move || {
            inside2.wait();
            destroyed2.wait();
            // Destroyed meanwhile, and still alive.
            c_int::try_from(captured.0.load(Ordering::SeqCst)).unwrap() + 10
        };
        fn parts<F: Fn() -> c_int + Sync>(
            closure: F,
        ) -> (*mut c_void, extern "C" fn(*mut c_void) -> c_int, Hook) {
            (
                Registered::into_user_data(closure, &SITE),
                call_trampoline::<F>,
                destroy_hook::<F>,
            )
        }
        let (data, trampoline, destroy) = parts(closure);
        let moved = Data(data);
        let runner = std::thread::spawn(move || trampoline({ moved }.0));
        inside.wait();
        destroy(data);
        assert_eq!(drops.load(Ordering::SeqCst), 0, "not freed under the call");
        destroyed.wait();
        assert_eq!(runner.join().unwrap(), 10);
        assert_eq!(drops.load(Ordering::SeqCst), 1);
    }

    /// (re-entry) C calls the running `FnMut` from inside itself: refused.
    #[test]
    fn reentry_is_refused() {
        let (data, trampoline, destroy) = register(|data| {
            // A call from inside the call: answered without the closure.
            assert_eq!(call_mut_trampoline_again(data), -1);
            5
        });
        fn call_mut_trampoline_again(data: *mut c_void) -> c_int {
            // The closure cannot name its own trampoline: it is stored here.
            REENTER.with(|slot| (slot.get().unwrap())(data))
        }
        thread_local! {
            static REENTER: Cell<Option<extern "C" fn(*mut c_void) -> c_int>> = const { Cell::new(None) };
        }
        REENTER.with(|slot| slot.set(Some(trampoline)));
        assert_eq!(trampoline(data), 5);
        assert_eq!(trampoline(data), 5);
        destroy(data);
    }

    /// (b) Two threads call one `FnMut` at once: the second is refused, never
    /// given a second `&mut` to the closure.
    #[test]
    fn overlapping_threads_are_refused() {
        let inside = Arc::new(Barrier::new(2));
        let leave = Arc::new(Barrier::new(2));
        let (inside2, leave2) = (Arc::clone(&inside), Arc::clone(&leave));
        let mut runs = 0;
        let (data, trampoline, destroy) = register(move |_| {
            runs += 1;
            if runs == 1 {
                inside2.wait();
                leave2.wait();
            }
            runs
        });
        let moved = Data(data);
        let first = std::thread::spawn(move || trampoline({ moved }.0));
        inside.wait();
        assert_eq!(
            trampoline(data),
            -1,
            "refused while the other thread runs it"
        );
        leave.wait();
        assert_eq!(first.join().unwrap(), 1);
        assert_eq!(trampoline(data), 2, "runs again once it is free");
        destroy(data);
    }

    /// (c) The closure's `Drop` panics, with a payload whose `Drop` panics: the
    /// destroy hook returns to C normally, and the other captures are dropped.
    #[test]
    fn destroy_survives_a_panicking_drop() {
        let drops = Arc::new(AtomicUsize::new(0));
        let captured = (PanicsOnDrop, Counted(Arc::clone(&drops)));
        let (data, trampoline, destroy) = register(move |_| {
            let _ = &captured;
            3
        });
        assert_eq!(trampoline(data), 3);
        destroy(data);
        assert_eq!(drops.load(Ordering::SeqCst), 1);
    }

    /// (c) The same when the last call out frees the closure.
    #[test]
    fn deferred_free_survives_a_panicking_drop() {
        let drops = Arc::new(AtomicUsize::new(0));
        let captured = (PanicsOnDrop, Counted(Arc::clone(&drops)));
        let hook: Rc<Cell<Option<Hook>>> = Rc::new(Cell::new(None));
        let own_hook = Rc::clone(&hook);
        let (data, trampoline, destroy) = register(move |data| {
            let _ = &captured;
            (own_hook.get().unwrap())(data);
            4
        });
        hook.set(Some(destroy));
        assert_eq!(trampoline(data), 4);
        assert_eq!(drops.load(Ordering::SeqCst), 1);
    }

    /// (c) A panic whose payload panics on drop, answered with `on_panic`.
    #[test]
    fn panicking_payload_is_dropped_in_the_trampoline() {
        let (data, trampoline, destroy) = register(|_| std::panic::panic_any(PayloadPanicsOnDrop));
        assert_eq!(trampoline(data), -1);
        destroy(data);
    }

    /// Sets errno when dropped, as a capture closing a file would.
    struct SetsErrno(Arc<AtomicUsize>);

    impl Drop for SetsErrno {
        fn drop(&mut self) {
            crate::Errno::from_raw(libc::EIO).set_last();
            self.0.fetch_add(1, Ordering::SeqCst);
        }
    }

    /// (class 14) `resume_panic` leaves the closure alive, so errno the C call
    /// set is still there for the failure branch; the closure is dropped after.
    #[test]
    fn resume_panic_keeps_errno() {
        let drops = Arc::new(AtomicUsize::new(0));
        let captured = SetsErrno(Arc::clone(&drops));
        let closure = move || {
            let _ = &captured;
            0
        };
        fn run<F: FnMut() -> c_int>(closure: F, drops: &AtomicUsize) {
            let mut state = Scoped::new(closure);
            assert_eq!(scoped_trampoline::<F>(state.user_data()), 0);
            // The C call failed with ENOENT.
            crate::Errno::from_raw(libc::ENOENT).set_last();
            state.resume_panic();
            assert_eq!(crate::Errno::last().raw(), libc::ENOENT);
            assert_eq!(drops.load(Ordering::SeqCst), 0);
            drop(state);
        }
        run(closure, &drops);
        assert_eq!(drops.load(Ordering::SeqCst), 1);
        assert_eq!(crate::Errno::last().raw(), libc::EIO);
    }

    /// The same for a `ScopedShared` closure.
    #[test]
    fn shared_resume_panic_keeps_errno() {
        let drops = Arc::new(AtomicUsize::new(0));
        let captured = SetsErrno(Arc::clone(&drops));
        let closure = move || {
            let _ = &captured;
            0
        };
        fn run<F: Fn() -> c_int + Sync>(closure: F, drops: &AtomicUsize) {
            let mut state = ScopedShared::new(closure);
            assert_eq!(shared_trampoline::<F>(state.user_data()), 0);
            crate::Errno::from_raw(libc::ENOENT).set_last();
            state.resume_panic();
            assert_eq!(crate::Errno::last().raw(), libc::ENOENT);
            assert_eq!(drops.load(Ordering::SeqCst), 0);
            drop(state);
        }
        run(closure, &drops);
        assert_eq!(drops.load(Ordering::SeqCst), 1);
    }

    fn message(payload: &Payload) -> &str {
        payload
            .downcast_ref::<&str>()
            .copied()
            .or_else(|| payload.downcast_ref::<String>().map(String::as_str))
            .unwrap_or("?")
    }

    /// (class 12) `release` runs before the panic resumes, while the closure
    /// is still alive, and a panic in `release` skips nothing: the closure's
    /// panic is the one that resumes.
    #[test]
    fn release_runs_first_and_its_panic_does_not_replace_the_closures() {
        fn run<F: FnMut() -> c_int>(closure: F, drops: &AtomicUsize, consume: bool) -> Payload {
            let mut state = Scoped::new(closure);
            assert_eq!(scoped_trampoline::<F>(state.user_data()), -1);
            let released = Cell::new(false);
            let release = || {
                released.set(true);
                assert_eq!(drops.load(Ordering::SeqCst), 0, "closure still alive");
                panic!("release");
            };
            let payload = if consume {
                catch_unwind(AssertUnwindSafe(|| state.finish_releasing(release))).unwrap_err()
            } else {
                catch_unwind(AssertUnwindSafe(|| state.resume_panic_releasing(release)))
                    .unwrap_err()
            };
            assert!(released.get());
            payload
        }
        for consume in [false, true] {
            let drops = Arc::new(AtomicUsize::new(0));
            let captured = Counted(Arc::clone(&drops));
            let closure = move || {
                let _ = &captured;
                panic!("closure")
            };
            let payload = run(closure, &drops, consume);
            assert_eq!(message(&payload), "closure");
            assert_eq!(drops.load(Ordering::SeqCst), 1);
        }
    }

    /// The same for `ScopedShared`.
    #[test]
    fn shared_release_panic_does_not_replace_the_closures() {
        fn run<F: Fn() -> c_int + Sync>(closure: F) -> Payload {
            let mut state = ScopedShared::new(closure);
            assert_eq!(shared_trampoline::<F>(state.user_data()), -1);
            catch_unwind(AssertUnwindSafe(|| {
                state.resume_panic_releasing(|| panic!("release"));
            }))
            .unwrap_err()
        }
        let payload = run(|| panic!("closure"));
        assert_eq!(message(&payload), "closure");
    }

    /// A payload left in a scoped state (the wrapper never resumed it) is
    /// dropped under the guard.
    #[test]
    fn unresumed_payload_is_dropped_under_the_guard() {
        fn run<F: FnMut() -> c_int>(closure: F) {
            let mut state = Scoped::new(closure);
            assert_eq!(scoped_trampoline::<F>(state.user_data()), -1);
            drop(state);
        }
        run(|| std::panic::panic_any(PayloadPanicsOnDrop));
    }
}
