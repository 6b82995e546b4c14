//! Closures as C callbacks (`#[callback(data, ..)]`), driven by Rust fakes of C
//! functions (so Miri runs them): scoped callbacks with their panics resumed after
//! the call, re-entry refused, registered callbacks freed exactly once by the
//! destroy hook, called later and from other threads.

use ffi_runtime::{ReentryPanic, foreign};
use std::ffi::{c_int, c_void};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

mod fake {
    use std::cell::Cell;
    use std::ffi::{c_int, c_void};
    use std::sync::Mutex;
    use std::sync::atomic::{AtomicUsize, Ordering};

    pub type Compare = extern "C" fn(&i32, &i32, *mut c_void) -> c_int;
    pub type Visit = extern "C" fn(*mut c_void, c_int) -> c_int;
    pub type Handler = extern "C" fn(*mut c_void, c_int);
    pub type Destroy = extern "C" fn(*mut c_void);

    /// Insertion sort through the comparator, like `qsort_r`: it cannot stop, and
    /// ignores what a panicking comparator answers.
    #[unsafe(no_mangle)]
    extern "C" fn cb_sort(base: *mut i32, count: usize, compare: Compare, data: *mut c_void) {
        // SAFETY: the wrapper passes a slice's pointer and length.
        let items = unsafe { std::slice::from_raw_parts_mut(base, count) };
        for i in 1..items.len() {
            let mut j = i;
            while j > 0 && compare(&items[j - 1], &items[j], data) > 0 {
                items.swap(j - 1, j);
                j -= 1;
            }
        }
    }

    /// Calls `visit(data, i)` for i in 0..count until it returns nonzero, like
    /// `sqlite3_exec`; returns how many calls it made, or -1 when stopped.
    #[unsafe(no_mangle)]
    extern "C" fn cb_each(count: c_int, visit: Option<Visit>, data: *mut c_void) -> c_int {
        let Some(visit) = visit else { return 0 };
        for i in 0..count {
            if visit(data, i) != 0 {
                return -1;
            }
        }
        count
    }

    /// Calls `visit(data, i)` for i in 0..threads, each on its own thread, all at
    /// once; returns the sum of the answers.
    #[unsafe(no_mangle)]
    extern "C" fn cb_parallel(threads: c_int, visit: Visit, data: *mut c_void) -> c_int {
        let data = UserData(data);
        std::thread::scope(|scope| {
            let calls: Vec<_> = (0..threads)
                .map(|index| scope.spawn(move || visit(data.get(), index)))
                .collect();
            calls.into_iter().map(|call| call.join().unwrap()).sum()
        })
    }

    /// Like `cb_each`, but the calls come from a thread it starts and joins.
    #[unsafe(no_mangle)]
    extern "C" fn cb_each_in_thread(count: c_int, visit: Visit, data: *mut c_void) -> c_int {
        let data = UserData(data);
        std::thread::spawn(move || {
            for i in 0..count {
                if visit(data.get(), i) != 0 {
                    return -1;
                }
            }
            count
        })
        .join()
        .unwrap()
    }

    pub static THINGS_FREED: AtomicUsize = AtomicUsize::new(0);

    /// Writes a new thing to `out`, then calls `visit(data, 0)`: a handle C
    /// hands out in the same call as a callback.
    #[unsafe(no_mangle)]
    extern "C" fn cb_open(visit: Visit, data: *mut c_void, out: *mut *mut u8) -> c_int {
        // SAFETY: `out` is the wrapper's slot.
        unsafe { out.write(Box::into_raw(Box::new(7u8))) };
        visit(data, 0)
    }

    #[unsafe(no_mangle)]
    extern "C" fn cb_free_thing(thing: *mut u8) {
        THINGS_FREED.fetch_add(1, Ordering::SeqCst);
        // SAFETY: made by `cb_open` with `Box::into_raw`, freed once.
        drop(unsafe { Box::from_raw(thing) });
    }

    thread_local! {
        static ACTIVE: Cell<Option<(Visit, *mut c_void)>> = const { Cell::new(None) };
    }

    /// Calls `visit(data, 0)`; while it runs, `cb_again` calls it once more (C
    /// re-entering a callback that is running).
    #[unsafe(no_mangle)]
    extern "C" fn cb_reenter(visit: Visit, data: *mut c_void) -> c_int {
        ACTIVE.set(Some((visit, data)));
        let result = visit(data, 0);
        ACTIVE.set(None);
        result
    }

    #[unsafe(no_mangle)]
    extern "C" fn cb_again() -> c_int {
        match ACTIVE.get() {
            Some((visit, data)) => visit(data, 1),
            None => -1,
        }
    }

    /// The user data, moved to the threads C calls from (as C would).
    #[derive(Clone, Copy)]
    struct UserData(*mut c_void);

    // SAFETY: the fakes only hand the pointer back to the callback; the wrapper's
    // bounds (`send`, `sync`) make the closure behind it fit for those threads.
    unsafe impl Send for UserData {}

    impl UserData {
        fn get(self) -> *mut c_void {
            self.0
        }
    }

    struct Slot {
        handler: Handler,
        data: UserData,
        destroy: Option<Destroy>,
    }

    static SLOTS: Mutex<[Option<Slot>; 8]> = Mutex::new([const { None }; 8]);

    fn slot(index: c_int) -> usize {
        usize::try_from(index).expect("slot index")
    }

    /// Keeps `handler` and `data` in a slot until `cb_unregister`, which calls
    /// `destroy(data)` once (like an event library). Replacing a slot destroys
    /// the old data first.
    #[unsafe(no_mangle)]
    extern "C" fn cb_register(
        index: c_int,
        handler: Option<Handler>,
        data: *mut c_void,
        destroy: Option<Destroy>,
    ) -> c_int {
        let Some(handler) = handler else { return -1 };
        let old = SLOTS.lock().unwrap()[slot(index)].replace(Slot {
            handler,
            data: UserData(data),
            destroy,
        });
        release(old.as_ref());
        0
    }

    fn release(old: Option<&Slot>) {
        if let Some(&Slot {
            data,
            destroy: Some(destroy),
            ..
        }) = old
        {
            destroy(data.get());
        }
    }

    #[unsafe(no_mangle)]
    extern "C" fn cb_unregister(index: c_int) {
        let old = SLOTS.lock().unwrap()[slot(index)].take();
        release(old.as_ref());
    }

    fn handler_of(index: c_int) -> Option<(Handler, UserData)> {
        let slots = SLOTS.lock().unwrap();
        slots[slot(index)]
            .as_ref()
            .map(|slot| (slot.handler, slot.data))
    }

    /// Calls the registered handler with `value`, on this thread.
    #[unsafe(no_mangle)]
    extern "C" fn cb_fire(index: c_int, value: c_int) {
        if let Some((handler, data)) = handler_of(index) {
            handler(data.get(), value);
        }
    }

    pub type Answer = extern "C" fn(*mut c_void, c_int) -> c_int;

    static ANSWER: Mutex<Option<(Answer, UserData, Destroy)>> = Mutex::new(None);

    /// Keeps a handler whose answer C uses, until `cb_clear_answer`.
    #[unsafe(no_mangle)]
    extern "C" fn cb_set_answer(answer: Answer, data: *mut c_void, destroy: Destroy) {
        let old = ANSWER
            .lock()
            .unwrap()
            .replace((answer, UserData(data), destroy));
        if let Some((_, data, destroy)) = old {
            destroy(data.get());
        }
    }

    #[unsafe(no_mangle)]
    extern "C" fn cb_ask(value: c_int) -> c_int {
        let answer = *ANSWER.lock().unwrap();
        answer.map_or(-2, |(answer, data, _)| answer(data.get(), value))
    }

    #[unsafe(no_mangle)]
    extern "C" fn cb_clear_answer() {
        let old = ANSWER.lock().unwrap().take();
        if let Some((_, data, destroy)) = old {
            destroy(data.get());
        }
    }

    /// Calls the registered handler `count` times from another thread.
    #[unsafe(no_mangle)]
    extern "C" fn cb_fire_in_thread(index: c_int, count: c_int) {
        if let Some((handler, data)) = handler_of(index) {
            std::thread::spawn(move || {
                for value in 0..count {
                    handler(data.get(), value);
                }
            })
            .join()
            .unwrap();
        }
    }

    /// Calls the registered handler from `threads` threads at once.
    #[unsafe(no_mangle)]
    extern "C" fn cb_fire_concurrently(index: c_int, threads: c_int) {
        if let Some((handler, data)) = handler_of(index) {
            std::thread::scope(|scope| {
                for value in 0..threads {
                    scope.spawn(move || handler(data.get(), value));
                }
            });
        }
    }
}

/// A thing `cb_open` makes, freed with `cb_free_thing`.
#[derive(ffi_runtime::Owned)]
#[owned(drop = raw::cb_free_thing)]
#[repr(transparent)]
struct Thing(std::ptr::NonNull<u8>);

#[foreign(zero)]
unsafe extern "C" {
    /// Hands out a thing and calls `visit` in the same call.
    fn cb_open(
        #[callback(data, on_panic = 1)] visit: extern "C" fn(
            data: *mut c_void,
            index: c_int,
        ) -> c_int,
        data: *mut c_void,
        #[out(Thing)] out: *mut *mut u8,
    ) -> c_int;
    #[ffi(raw)]
    fn cb_free_thing(thing: *mut u8);
    #[ffi(unchecked)]
    fn cb_sort(
        #[slice(count)] base: *mut i32,
        count: usize,
        #[callback(data, on_panic = 0)] compare: extern "C" fn(
            a: &i32,
            b: &i32,
            data: *mut c_void,
        ) -> c_int,
        data: *mut c_void,
    );
    #[ffi(unchecked)]
    fn cb_each(
        count: c_int,
        #[callback(data, on_panic = 1)] visit: Option<
            extern "C" fn(data: *mut c_void, index: c_int) -> c_int,
        >,
        data: *mut c_void,
    ) -> c_int;
    #[ffi(unchecked)]
    fn cb_reenter(
        #[callback(data, on_panic = -1)] visit: extern "C" fn(
            data: *mut c_void,
            index: c_int,
        ) -> c_int,
        data: *mut c_void,
    ) -> c_int;
    #[ffi(unchecked)]
    fn cb_again() -> c_int;
    #[ffi(unchecked)]
    fn cb_each_in_thread(
        count: c_int,
        #[callback(data, send, on_panic = 1)] visit: extern "C" fn(
            data: *mut c_void,
            index: c_int,
        ) -> c_int,
        data: *mut c_void,
    ) -> c_int;
    #[ffi(unchecked)]
    fn cb_parallel(
        threads: c_int,
        #[callback(data, sync, on_panic = 0)] visit: extern "C" fn(
            data: *mut c_void,
            index: c_int,
        ) -> c_int,
        data: *mut c_void,
    ) -> c_int;
    /// A registered handler whose answer C reads; a panic answers -1.
    #[ffi(unchecked)]
    fn cb_set_answer(
        #[callback(data, destroy = destroy, on_panic = -1)] answer: extern "C" fn(
            data: *mut c_void,
            value: c_int,
        ) -> c_int,
        data: *mut c_void,
        destroy: extern "C" fn(data: *mut c_void),
    );
    #[ffi(unchecked)]
    fn cb_ask(value: c_int) -> c_int;
    #[ffi(unchecked)]
    fn cb_clear_answer();
    /// A handler C keeps, called on the registering thread only.
    #[ffi(raw)]
    fn cb_register(
        index: c_int,
        handler: Option<extern "C" fn(data: *mut c_void, value: c_int)>,
        data: *mut c_void,
        destroy: Option<extern "C" fn(data: *mut c_void)>,
    ) -> c_int;
    #[link_name = "cb_register"]
    fn register_local(
        index: c_int,
        #[callback(data, destroy = destroy)] handler: Option<
            extern "C" fn(data: *mut c_void, value: c_int),
        >,
        data: *mut c_void,
        destroy: Option<extern "C" fn(data: *mut c_void)>,
    ) -> c_int;
    /// The same, for a handler C calls from another thread, one call at a time.
    #[link_name = "cb_register"]
    fn register_send(
        index: c_int,
        #[callback(data, destroy = destroy, send)] handler: Option<
            extern "C" fn(data: *mut c_void, value: c_int),
        >,
        data: *mut c_void,
        destroy: Option<extern "C" fn(data: *mut c_void)>,
    ) -> c_int;
    /// The same, for a handler C calls from several threads at once.
    #[link_name = "cb_register"]
    fn register_sync(
        index: c_int,
        #[callback(data, destroy = destroy, sync)] handler: Option<
            extern "C" fn(data: *mut c_void, value: c_int),
        >,
        data: *mut c_void,
        destroy: Option<extern "C" fn(data: *mut c_void)>,
    ) -> c_int;
    #[ffi(unchecked)]
    fn cb_unregister(index: c_int);
    #[ffi(raw)]
    fn cb_fire(index: c_int, value: c_int);
    #[ffi(unchecked)]
    fn cb_fire_in_thread(index: c_int, count: c_int);
    #[ffi(unchecked)]
    fn cb_fire_concurrently(index: c_int, threads: c_int);
}

#[test]
fn scoped_closures_capture_their_environment() {
    let mut items = [5, 3, 9, 1, 7];
    let mut comparisons = 0;
    cb_sort(&mut items, |a, b| {
        comparisons += 1;
        b.cmp(a) as c_int // descending
    })
    .unwrap();
    assert_eq!(items, [9, 7, 5, 3, 1]);
    assert!(comparisons >= 4);

    let mut seen = Vec::new();
    let calls = cb_each(10, |index| {
        seen.push(index);
        c_int::from(index == 3) // stop after the fourth row
    });
    assert_eq!(calls, -1);
    assert_eq!(seen, [0, 1, 2, 3]);
}

#[test]
fn a_panic_stops_c_and_resumes_after_the_call() {
    let mut calls = 0;
    let result = catch_unwind(AssertUnwindSafe(|| {
        cb_each(10, |index| {
            calls += 1;
            assert!(index < 2, "row {index} is one too many");
            0
        })
    }));
    let payload = result.unwrap_err();
    let message = payload.downcast_ref::<String>().unwrap();
    assert_eq!(message, "row 2 is one too many");
    // `on_panic = 1` told C to stop: no call after the panic.
    assert_eq!(calls, 3);
}

#[test]
fn after_a_panic_the_closure_is_not_called_again() {
    // A comparator cannot stop qsort; the trampoline answers `on_panic` itself.
    let mut items: Vec<i32> = (0..50).rev().collect();
    let mut calls = 0;
    let result = catch_unwind(AssertUnwindSafe(|| {
        cb_sort(&mut items, |a, b| {
            calls += 1;
            assert!(calls < 5, "fifth comparison");
            a.cmp(b) as c_int
        })
    }));
    assert!(result.is_err());
    assert_eq!(calls, 5);
}

#[test]
fn reentry_is_refused_and_reported_as_a_panic() {
    let mut inner_result = None;
    let result = catch_unwind(AssertUnwindSafe(|| {
        cb_reenter(|index| {
            if index == 0 {
                // C calls this same closure again while it runs: refused.
                inner_result = Some(cb_again());
            }
            index
        })
    }));
    assert_eq!(inner_result, Some(-1));
    let payload = result.unwrap_err();
    assert!(payload.downcast_ref::<ReentryPanic>().is_some());
}

/// Counts its drops: the destroy hook must drop the closure exactly once.
struct DropCounter(Arc<AtomicUsize>);

impl Drop for DropCounter {
    fn drop(&mut self) {
        self.0.fetch_add(1, Ordering::SeqCst);
    }
}

#[test]
fn registered_closures_are_called_later_and_freed_once() {
    let drops = Arc::new(AtomicUsize::new(0));
    let total = Arc::new(AtomicUsize::new(0));
    let counter = DropCounter(Arc::clone(&drops));
    let sum = Arc::clone(&total);
    let mut calls = 0;
    register_local(0, move |value| {
        let _ = &counter;
        calls += 1;
        sum.fetch_add(usize::try_from(value).unwrap() * calls, Ordering::SeqCst);
    })
    .unwrap();
    fire(0, 10);
    fire(0, 20);
    assert_eq!(total.load(Ordering::SeqCst), 10 + 2 * 20);
    assert_eq!(drops.load(Ordering::SeqCst), 0);
    cb_unregister(0);
    assert_eq!(drops.load(Ordering::SeqCst), 1);
    cb_unregister(0);
    assert_eq!(drops.load(Ordering::SeqCst), 1);
}

#[test]
fn replacing_a_registered_closure_frees_the_old_one() {
    let drops = Arc::new(AtomicUsize::new(0));
    for _ in 0..3 {
        let counter = DropCounter(Arc::clone(&drops));
        register_local(1, move |_| {
            let _ = &counter;
        })
        .unwrap();
    }
    assert_eq!(drops.load(Ordering::SeqCst), 2);
    cb_unregister(1);
    assert_eq!(drops.load(Ordering::SeqCst), 3);
}

#[test]
fn send_closures_run_on_the_thread_c_picks() {
    let seen = Arc::new(std::sync::Mutex::new(Vec::new()));
    let sink = Arc::clone(&seen);
    let mut previous = -1;
    register_send(2, move |value| {
        assert!(value > previous);
        previous = value;
        sink.lock()
            .unwrap()
            .push((value, std::thread::current().id()));
    })
    .unwrap();
    cb_fire_in_thread(2, 3);
    cb_unregister(2);
    let seen = seen.lock().unwrap();
    assert_eq!(seen.len(), 3);
    assert!(
        seen.iter()
            .all(|(_, id)| *id != std::thread::current().id())
    );
}

#[test]
fn sync_closures_run_on_several_threads_at_once() {
    let total = Arc::new(AtomicUsize::new(0));
    let sum = Arc::clone(&total);
    register_sync(3, move |value| {
        sum.fetch_add(usize::try_from(value).unwrap(), Ordering::SeqCst);
    })
    .unwrap();
    cb_fire_concurrently(3, 4);
    cb_unregister(3);
    assert_eq!(total.load(Ordering::SeqCst), 1 + 2 + 3);
}

#[test]
fn raw_registration_stays_available() {
    extern "C" fn count(data: *mut c_void, value: c_int) {
        // SAFETY: `data` is the address of `CALLED`, a static.
        let called = unsafe { &*data.cast::<AtomicUsize>() };
        called.fetch_add(usize::try_from(value).unwrap(), Ordering::SeqCst);
    }
    static CALLED: AtomicUsize = AtomicUsize::new(0);
    let data = std::ptr::from_ref(&CALLED).cast_mut().cast();
    // SAFETY: `count` reads `data` as the static it points to; no destroy hook.
    assert_eq!(unsafe { raw::cb_register(4, Some(count), data, None) }, 0);
    fire(4, 5);
    cb_unregister(4);
    assert_eq!(CALLED.load(Ordering::SeqCst), 5);
}

fn fire(index: c_int, value: c_int) {
    // SAFETY: the slot holds a handler registered through a wrapper (or none).
    unsafe { raw::cb_fire(index, value) }
}

#[test]
fn shared_scoped_closures_run_on_several_threads_during_the_call() {
    let calls = AtomicUsize::new(0);
    let sum = cb_parallel(4, |index| {
        calls.fetch_add(1, Ordering::SeqCst);
        index * 10
    });
    assert_eq!(sum, 60);
    assert_eq!(calls.load(Ordering::SeqCst), 4);
    let result =
        catch_unwind(|| cb_parallel(3, |index| if index == 1 { panic!("thread 1") } else { 1 }));
    let payload = result.unwrap_err();
    assert_eq!(payload.downcast_ref::<&str>(), Some(&"thread 1"));
}

/// A panic payload that panics again when it is dropped.
struct PanicsWhenDropped;

impl Drop for PanicsWhenDropped {
    fn drop(&mut self) {
        panic!("payload dropped");
    }
}

#[test]
fn registered_panics_answer_the_declared_value() {
    let drops = Arc::new(AtomicUsize::new(0));
    let counter = DropCounter(Arc::clone(&drops));
    cb_set_answer(move |value| {
        let _ = &counter;
        if value == 99 {
            std::panic::panic_any(PanicsWhenDropped);
        }
        assert!(value >= 0, "negative value");
        value * 2
    });
    assert_eq!(cb_ask(21), 42);
    assert_eq!(cb_ask(-1), -1);
    // A panic payload whose own Drop panics (rust#86027) is dropped under a second
    // guard: C still gets the declared value, nothing unwinds into it.
    assert_eq!(cb_ask(99), -1);
    // Still registered and working after the panic.
    assert_eq!(cb_ask(5), 10);
    cb_clear_answer();
    assert_eq!(drops.load(Ordering::SeqCst), 1);
    assert_eq!(cb_ask(5), -2);
}

/// A registered callback without `on_panic` has nobody to resume a panic in:
/// the process aborts with a message naming the callback. Run in a child
/// process (this same test, selected by an environment variable).
#[test]
#[cfg(not(miri))] // Miri cannot spawn processes.
fn registered_panics_without_a_value_abort() {
    use std::os::unix::process::ExitStatusExt;
    const CHILD: &str = "FFI_CALLBACK_ABORT_CHILD";
    if std::env::var_os(CHILD).is_some() {
        register_local(6, |_| panic!("handler failed")).unwrap();
        fire(6, 1);
        println!("still running after the panic");
        std::process::exit(0);
    }
    let output = std::process::Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "registered_panics_without_a_value_abort",
            "--nocapture",
        ])
        .env(CHILD, "1")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(!stdout.contains("still running"), "{stdout}");
    assert_eq!(output.status.signal(), Some(libc::SIGABRT), "{stderr}");
    assert!(stderr.contains("handler failed"), "{stderr}");
    assert!(
        stderr.contains(
            "ffi_runtime: callback `handler` of `cb_register` panicked, and a panic cannot unwind into C; aborting"
        ),
        "{stderr}"
    );
}

#[test]
fn send_scoped_closures_borrow_locals_from_another_thread() {
    let mut seen = Vec::new();
    assert_eq!(
        cb_each_in_thread(3, |index| {
            seen.push(index);
            0
        }),
        3
    );
    assert_eq!(seen, [0, 1, 2]);
    let result = catch_unwind(AssertUnwindSafe(|| {
        cb_each_in_thread(3, |index| {
            assert_ne!(index, 1, "index 1");
            0
        })
    }));
    assert!(result.is_err());
}

#[test]
fn a_resumed_panic_frees_the_handles_c_handed_out() {
    let thing = cb_open(|_| 0).unwrap();
    drop(thing);
    let before = fake::THINGS_FREED.load(Ordering::SeqCst);
    let result = catch_unwind(|| cb_open(|_| panic!("visit failed")));
    assert!(result.is_err());
    // The thing C wrote in that call was freed before the panic resumed.
    assert_eq!(fake::THINGS_FREED.load(Ordering::SeqCst) - before, 1);
}
