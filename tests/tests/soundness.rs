//! The soundness review's runtime classes, each on Rust fakes of C functions (so
//! Miri, with tree borrows and its leak check, runs them): what a hostile but
//! honest user could do with every claim true must not reach UB, leak what the
//! docs say is freed, or lose C's errno. The compile-time classes are ui cases
//! (`tests/ui/`); the class number is the review's (issue 11).
#![allow(unsafe_code)]

use ffi_runtime::{Errno, Owned, foreign};
use std::ffi::{CStr, c_char, c_int, c_void};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::ptr::NonNull;
use std::sync::Mutex;
use std::sync::atomic::Ordering;

/// The fakes keep counters in statics; tests that read them run one at a time.
static SERIAL: Mutex<()> = Mutex::new(());

fn serial() -> std::sync::MutexGuard<'static, ()> {
    SERIAL
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

mod fake {
    use std::ffi::{c_char, c_int, c_void};
    use std::sync::atomic::{AtomicUsize, Ordering};

    pub static OBJECTS_FREED: AtomicUsize = AtomicUsize::new(0);
    pub static STRINGS_FREED: AtomicUsize = AtomicUsize::new(0);

    #[repr(C)]
    pub struct Obj {
        pub id: c_int,
    }

    pub type Visit = extern "C" fn(*mut c_void, c_int) -> c_int;

    #[unsafe(no_mangle)]
    extern "C" fn snd_obj_free(obj: *mut Obj) {
        // SAFETY: the handle's destructor gets a box made by the fakes.
        drop(unsafe { Box::from_raw(obj) });
        OBJECTS_FREED.fetch_add(1, Ordering::SeqCst);
    }

    #[unsafe(no_mangle)]
    extern "C" fn snd_string_free(text: *mut c_void) {
        // SAFETY: strings the fakes hand out are `CString::into_raw`.
        drop(unsafe { std::ffi::CString::from_raw(text.cast()) });
        STRINGS_FREED.fetch_add(1, Ordering::SeqCst);
    }

    /// Class 12: calls `visit` once (a scoped callback), then returns a new
    /// object the caller owns.
    #[unsafe(no_mangle)]
    extern "C" fn snd_visit_then_new(visit: Visit, data: *mut c_void) -> *mut Obj {
        visit(data, 1);
        Box::into_raw(Box::new(Obj { id: 7 }))
    }

    /// bindgen's spelling of the object pointer: a typedef.
    pub type ObjPtr = *mut Obj;

    /// `snd_visit_then_new` declared with the typedef return.
    #[unsafe(no_mangle)]
    extern "C" fn snd_visit_then_new_typedef(visit: Visit, data: *mut c_void) -> ObjPtr {
        snd_visit_then_new(visit, data)
    }

    /// Class 12: calls `visit`, then returns a string the caller frees.
    #[unsafe(no_mangle)]
    extern "C" fn snd_visit_then_string(visit: Visit, data: *mut c_void) -> *mut c_char {
        visit(data, 1);
        std::ffi::CString::new("owned").unwrap().into_raw()
    }

    /// Class 12: calls `visit`, then returns an array of `*count` bytes the
    /// caller frees (a `CString` without its NUL).
    #[unsafe(no_mangle)]
    extern "C" fn snd_visit_then_array(
        visit: Visit,
        data: *mut c_void,
        count: *mut c_int,
    ) -> *mut u8 {
        visit(data, 1);
        // SAFETY: the wrapper passes its own count slot.
        unsafe { *count = 3 };
        std::ffi::CString::new("abc").unwrap().into_raw().cast()
    }

    /// Class 9: reports success without writing its out-parameter.
    #[unsafe(no_mangle)]
    extern "C" fn snd_forgets_out(_out: *mut c_int) -> c_int {
        0
    }

    /// Class 13: takes ownership of `obj` only when `accept` is nonzero;
    /// otherwise fails and leaves it to the caller.
    #[unsafe(no_mangle)]
    extern "C" fn snd_adopt(obj: *mut Obj, accept: c_int) -> c_int {
        if accept == 0 {
            return -1;
        }
        snd_obj_free(obj);
        0
    }

    /// Class 14: calls `visit`, then fails with EINVAL.
    #[unsafe(no_mangle)]
    extern "C" fn snd_visit_then_fail(visit: Visit, data: *mut c_void) -> c_int {
        visit(data, 1);
        ffi_runtime::Errno::from_raw(libc::EINVAL).set_last();
        -1
    }

    /// Red team: calls `visit`, then takes `obj` only when `accept` is nonzero.
    #[unsafe(no_mangle)]
    extern "C" fn snd_adopt_visiting(
        obj: *mut Obj,
        accept: c_int,
        visit: Visit,
        data: *mut c_void,
    ) -> c_int {
        visit(data, 1);
        snd_adopt(obj, accept)
    }

    /// `pcre2_compile`'s shape: a new object, and two values written on the side.
    #[unsafe(no_mangle)]
    extern "C" fn snd_compile(fail: c_int, code: *mut c_int, offset: *mut usize) -> *mut Obj {
        // SAFETY: the wrapper's slots.
        unsafe {
            code.write(if fail == 0 { 100 } else { 101 });
            offset.write(4);
        }
        if fail == 0 {
            Box::into_raw(Box::new(Obj { id: 9 }))
        } else {
            std::ptr::null_mut()
        }
    }

    /// Red team 3: returns a string the caller frees, and writes a NULL handle.
    #[unsafe(no_mangle)]
    extern "C" fn snd_string_and_handle(handle: *mut *mut Obj) -> *mut c_char {
        // SAFETY: the wrapper's slot.
        unsafe { handle.write(std::ptr::null_mut()) };
        std::ffi::CString::new("owned").unwrap().into_raw()
    }

    /// `#[str(len)]`: counts the `a`s among the `len` bytes at `text`.
    #[unsafe(no_mangle)]
    extern "C" fn snd_count_a(text: *const c_char, len: usize) -> c_int {
        // SAFETY: the wrapper passes a `&str`'s pointer and length.
        let bytes = unsafe { std::slice::from_raw_parts(text.cast::<u8>(), len) };
        c_int::try_from(bytes.split(|&byte| byte == b'a').count() - 1).unwrap()
    }

    /// `#[null]`: reports whether it got NULL.
    #[unsafe(no_mangle)]
    extern "C" fn snd_is_null(pointer: *mut *const c_char) -> c_int {
        c_int::from(pointer.is_null())
    }

    pub fn new_obj(id: c_int) -> *mut Obj {
        Box::into_raw(Box::new(Obj { id }))
    }
}

/// An object of the fakes, freed with `snd_obj_free`.
#[derive(Owned)]
#[owned(drop = raw::snd_obj_free)]
#[repr(transparent)]
pub struct Obj(NonNull<fake::Obj>);

/// A `Check` impl that says `Ok` to anything (the user's safe code may lie).
pub struct Lenient;

impl ffi_runtime::Check<c_int> for Lenient {
    type Output = ();
    type Error = ffi_runtime::Error;
    fn check(_: c_int) -> Result<(), ffi_runtime::Error> {
        Ok(())
    }
}

#[foreign(errno)]
unsafe extern "C" {
    #[ffi(raw)]
    fn snd_obj_free(obj: *mut fake::Obj);
    #[ffi(raw)]
    fn snd_string_free(text: *mut c_void);
    #[ffi(nonnull, owned = Obj)]
    fn snd_visit_then_new(
        #[callback(data, on_panic = 0)] visit: extern "C" fn(data: *mut c_void, n: c_int) -> c_int,
        data: *mut c_void,
    ) -> *mut fake::Obj;
    #[ffi(nonnull, owned = Obj)]
    fn snd_visit_then_new_typedef(
        #[callback(data, on_panic = 0)] visit: extern "C" fn(data: *mut c_void, n: c_int) -> c_int,
        data: *mut c_void,
    ) -> fake::ObjPtr;
    #[ffi(nonnull, string = free(snd_string_free))]
    fn snd_visit_then_string(
        #[callback(data, on_panic = 0)] visit: extern "C" fn(data: *mut c_void, n: c_int) -> c_int,
        data: *mut c_void,
    ) -> *mut c_char;
    #[ffi(nonnull, slice = count, free = snd_string_free)]
    fn snd_visit_then_array(
        #[callback(data, on_panic = 0)] visit: extern "C" fn(data: *mut c_void, n: c_int) -> c_int,
        data: *mut c_void,
        count: *mut c_int,
    ) -> *mut u8;
    #[ffi(check = Lenient)]
    fn snd_forgets_out(#[out] out: *mut c_int) -> c_int;
    #[ffi(nonnull, string = free(snd_string_free))]
    fn snd_string_and_handle(#[out(Obj)] handle: *mut *mut fake::Obj) -> *mut c_char;
    #[ffi(nonnull, owned = Obj)]
    fn snd_compile(
        fail: c_int,
        #[out] code: *mut c_int,
        #[out] offset: *mut usize,
    ) -> *mut fake::Obj;
    fn snd_adopt(#[handle(Obj, on_success)] obj: *mut fake::Obj, accept: c_int) -> c_int;
    fn snd_adopt_visiting(
        #[handle(Obj, on_success)] obj: *mut fake::Obj,
        accept: c_int,
        #[callback(data, on_panic = 0)] visit: extern "C" fn(data: *mut c_void, n: c_int) -> c_int,
        data: *mut c_void,
    ) -> c_int;
    fn snd_visit_then_fail(
        #[callback(data, on_panic = 0)] visit: extern "C" fn(data: *mut c_void, n: c_int) -> c_int,
        data: *mut c_void,
    ) -> c_int;
    #[ffi(unchecked)]
    fn snd_count_a(#[str(len)] text: *const c_char, len: usize) -> c_int;
    #[ffi(unchecked)]
    fn snd_is_null(#[null] pointer: *mut *const c_char) -> c_int;
}

/// Class 12: a scoped callback's panic resumes right after the call; what C
/// returned for the caller to own is freed first (an owned handle, a string to
/// free, an array to free). Without it, Miri's leak check reports each.
#[test]
fn a_resumed_panic_frees_what_c_returned() {
    let _serial = serial();
    let objects = fake::OBJECTS_FREED.load(Ordering::SeqCst);
    let strings = fake::STRINGS_FREED.load(Ordering::SeqCst);
    let panicked = catch_unwind(|| snd_visit_then_new(|_| panic!("in the callback")));
    assert!(panicked.is_err());
    assert_eq!(fake::OBJECTS_FREED.load(Ordering::SeqCst), objects + 1);
    // The same through a pointer typedef return (`nonnull`, `RawPointer`).
    let panicked = catch_unwind(|| snd_visit_then_new_typedef(|_| panic!("in the callback")));
    assert!(panicked.is_err());
    assert_eq!(fake::OBJECTS_FREED.load(Ordering::SeqCst), objects + 2);
    let panicked = catch_unwind(|| snd_visit_then_string(|_| panic!("in the callback")));
    assert!(panicked.is_err());
    let panicked = catch_unwind(|| snd_visit_then_array(|_| panic!("in the callback")));
    assert!(panicked.is_err());
    assert_eq!(fake::STRINGS_FREED.load(Ordering::SeqCst), strings + 2);
    // Without a panic, the values are the caller's.
    let obj = snd_visit_then_new(|_| 0).unwrap();
    assert!(!obj.as_ptr().is_null());
    drop(obj);
    drop(snd_visit_then_new_typedef(|_| 0).unwrap());
    assert_eq!(fake::OBJECTS_FREED.load(Ordering::SeqCst), objects + 4);
    assert_eq!(snd_visit_then_string(|_| 0).unwrap().to_str(), Ok("owned"));
    assert_eq!(snd_visit_then_array(|_| 0).unwrap(), b"abc");
    assert_eq!(fake::STRINGS_FREED.load(Ordering::SeqCst), strings + 4);
}

/// Class 9: a `Check` impl is safe code and may say `Ok` when C wrote nothing;
/// the out slot is then zero, never uninitialized memory (Miri reports a read of
/// uninitialized memory without the fix).
#[test]
fn a_lying_check_never_reads_an_unwritten_out_slot() {
    assert_eq!(snd_forgets_out().unwrap(), ((), 0));
}

/// Red team 3: a returned string to free is freed even when an out-parameter's
/// check (here a NULL handle after success) returns early.
#[test]
fn a_returned_string_is_freed_when_an_out_check_fails() {
    let _serial = serial();
    let strings = fake::STRINGS_FREED.load(Ordering::SeqCst);
    assert!(snd_string_and_handle().is_err());
    assert_eq!(fake::STRINGS_FREED.load(Ordering::SeqCst), strings + 1);
}

/// `owned = H` with out-parameters (`pcre2_compile`): the `Ok` value is the
/// handle and the outs, in order; the handle was built and dropped before.
#[test]
fn an_owned_return_comes_with_the_out_parameters() {
    let _serial = serial();
    let before = fake::OBJECTS_FREED.load(Ordering::SeqCst);
    let (code, status, offset) = snd_compile(0).unwrap();
    assert_eq!((status, offset), (100, 4));
    assert_eq!(fake::OBJECTS_FREED.load(Ordering::SeqCst), before);
    drop(code);
    assert_eq!(fake::OBJECTS_FREED.load(Ordering::SeqCst), before + 1);
    assert!(snd_compile(1).is_err());
}

/// Class 13: `#[handle(H, on_success)]`: C takes the handle only when it
/// succeeds; on failure the wrapper still owns it and frees it, once.
#[test]
fn a_handle_taken_on_success_is_freed_on_failure() {
    let _serial = serial();
    let before = fake::OBJECTS_FREED.load(Ordering::SeqCst);
    // SAFETY: a new box the fakes made, owned by nothing else.
    let refused = unsafe { Obj::from_raw(fake::new_obj(1)) }.unwrap();
    assert!(snd_adopt(refused, 0).is_err());
    assert_eq!(fake::OBJECTS_FREED.load(Ordering::SeqCst), before + 1);
    // SAFETY: as above.
    let adopted = unsafe { Obj::from_raw(fake::new_obj(2)) }.unwrap();
    assert!(snd_adopt(adopted, 1).is_ok());
    // C freed it, and the wrapper did not free it again.
    assert_eq!(fake::OBJECTS_FREED.load(Ordering::SeqCst), before + 2);
}

/// Red team: when a callback's panic resumes before the failure test, a handle C
/// takes only on success is still freed when C failed (Miri's leak check), and
/// not freed twice when C took it.
#[test]
fn a_resumed_panic_frees_a_handle_c_refused() {
    let _serial = serial();
    let before = fake::OBJECTS_FREED.load(Ordering::SeqCst);
    for accept in [0, 1] {
        // SAFETY: a new box the fakes made, owned by nothing else.
        let obj = unsafe { Obj::from_raw(fake::new_obj(3)) }.unwrap();
        let panicked = catch_unwind(AssertUnwindSafe(|| {
            snd_adopt_visiting(obj, accept, |_| panic!("in the callback"))
        }));
        assert!(panicked.is_err());
    }
    assert_eq!(fake::OBJECTS_FREED.load(Ordering::SeqCst), before + 2);
}

/// Class 14: the closure (and what it captured) lives until the wrapper
/// returns: a capture whose `Drop` changes errno cannot replace C's EINVAL.
#[test]
fn a_captured_guard_cannot_change_the_errno_c_set() {
    struct ClobbersErrno;
    impl Drop for ClobbersErrno {
        fn drop(&mut self) {
            Errno::from_raw(libc::ENOENT).set_last();
        }
    }
    let guard = ClobbersErrno;
    let error = snd_visit_then_fail(move |_| {
        let _keep = &guard;
        0
    })
    .unwrap_err();
    assert_eq!(error.errno(), Some(Errno::from_raw(libc::EINVAL)));
}

/// Class 15: callback parameters named `r#type` or `_2nd` are valid Rust, and
/// the macro gives their closures valid type-parameter names.
#[test]
fn unusual_callback_names_work() {
    #[foreign]
    unsafe extern "C" {
        #[link_name = "snd_visit_then_fail"]
        fn visit_typed(
            #[callback(data, on_panic = 0)] r#type: extern "C" fn(
                data: *mut c_void,
                n: c_int,
            ) -> c_int,
            data: *mut c_void,
        ) -> c_int;
        #[link_name = "snd_visit_then_fail"]
        fn visit_second(
            #[callback(data, on_panic = 0)] _2nd: extern "C" fn(
                data: *mut c_void,
                n: c_int,
            ) -> c_int,
            data: *mut c_void,
        ) -> c_int;
    }
    let mut seen = 0;
    assert_eq!(
        visit_typed(|n| {
            seen += n;
            0
        }),
        -1
    );
    assert_eq!(visit_second(|_| 0), -1);
    assert_eq!(seen, 1);
}

/// `#[str(len)]` passes a `&str` by pointer and length, with no NUL and no
/// copy; `#[null]` passes NULL.
#[test]
fn strings_by_length_and_null_arguments() {
    assert_eq!(snd_count_a("banana").unwrap(), 3);
    assert_eq!(snd_count_a("").unwrap(), 0);
    assert_eq!(snd_is_null(), 1);
    let text: &CStr = c"x";
    assert_eq!(text.to_bytes(), b"x");
}

/// Class 19: statics, consts and unit structs named like the wrapper's locals
/// cannot capture them (E0530 / E0005 before the fix).
mod shadowing {
    #![allow(non_upper_case_globals, non_camel_case_types, dead_code)]
    use ffi_runtime::foreign;
    use std::ffi::{c_int, c_void};

    static __ret: c_int = 5;
    const __error: c_int = 3;
    static __value: c_int = 1;
    struct __ptr;
    static __buffer: u8 = 0;
    static __capacity: usize = 0;
    static __closure: u8 = 0;
    struct __caught;
    static __arg0: u8 = 0;
    static __arg1: u8 = 0;

    /// A C typedef named like the closure's type parameter would be
    /// (`{Name}Fn`), used by another parameter (red team: captured before).
    #[repr(transparent)]
    #[derive(Clone, Copy, ffi_runtime::PointerFree)]
    pub struct VisitFn(c_int);

    #[foreign(errno)]
    unsafe extern "C" {
        /// A callback and an owned return: the wrapper binds `__caught`.
        #[ffi(nonnull, owned = crate::Obj)]
        fn snd_visit_then_new(
            #[callback(data, on_panic = 0)] visit: extern "C" fn(
                data: *mut c_void,
                n: c_int,
            ) -> c_int,
            data: *mut c_void,
        ) -> *mut crate::fake::Obj;
        fn snd_visit_then_fail(
            #[callback(data, on_panic = 0)] visit: extern "C" fn(
                data: *mut c_void,
                n: c_int,
            ) -> c_int,
            data: *mut c_void,
        ) -> c_int;
    }

    #[test]
    fn user_items_named_like_locals_change_nothing() {
        let _serial = super::serial();
        drop(snd_visit_then_new(|n| n).unwrap());
        let error = snd_visit_then_fail(|n| n - 1).unwrap_err();
        assert_eq!(error.function(), "snd_visit_then_fail");
    }
}

/// Class 7 (through the macro): a registered handler that C frees while it
/// runs (replacing the handler from inside it) is freed after it returns.
mod replaced_while_running {
    use ffi_runtime::foreign;
    use std::ffi::{c_int, c_void};

    mod c {
        use std::ffi::{c_int, c_void};
        use std::sync::Mutex;

        type Handler = extern "C" fn(*mut c_void, c_int);
        type Destroy = extern "C" fn(*mut c_void);

        /// One registered handler, like `demo_ctx_set_handler`.
        static SLOT: Mutex<Option<(usize, Handler, Destroy)>> = Mutex::new(None);

        #[unsafe(no_mangle)]
        extern "C" fn snd_set_handler(
            handler: Handler,
            data: *mut c_void,
            destroy: Destroy,
        ) -> c_int {
            let old = SLOT
                .lock()
                .unwrap()
                .replace((data as usize, handler, destroy));
            if let Some((data, _, destroy)) = old {
                destroy(data as *mut c_void);
            }
            0
        }

        #[unsafe(no_mangle)]
        extern "C" fn snd_emit(event: c_int) {
            let current = *SLOT.lock().unwrap();
            if let Some((data, handler, _)) = current {
                handler(data as *mut c_void, event);
            }
        }

        #[unsafe(no_mangle)]
        extern "C" fn snd_clear() {
            let old = SLOT.lock().unwrap().take();
            if let Some((data, _, destroy)) = old {
                destroy(data as *mut c_void);
            }
        }
    }

    #[foreign(zero)]
    unsafe extern "C" {
        fn snd_set_handler(
            #[callback(data, destroy = destroy)] handler: extern "C" fn(
                data: *mut c_void,
                event: c_int,
            ),
            data: *mut c_void,
            destroy: extern "C" fn(data: *mut c_void),
        ) -> c_int;
        #[ffi(unchecked)]
        fn snd_emit(event: c_int);
        #[ffi(unchecked)]
        fn snd_clear();
    }

    #[test]
    fn a_handler_replaced_from_inside_itself_finishes_first() {
        let _serial = super::serial();
        let text = String::from("still alive");
        snd_set_handler(move |event| {
            if event == 1 {
                // C frees this closure's box here, while it runs.
                snd_set_handler(|_| {}).unwrap();
                // Its captures must still be usable (Miri: use after free
                // without the fix).
                assert_eq!(text.len(), 11);
            }
        })
        .unwrap();
        snd_emit(1);
        snd_clear();
    }
}

/// `void *` buffers as bindgen declares them are byte slices (`&[u8]`,
/// `&mut [u8]`), not `[c_void]`.
mod void_slices {
    use ffi_runtime::foreign;
    use std::ffi::{c_int, c_void};

    /// Copies `count` bytes from `from` to `to` if they fit in `len`.
    #[unsafe(no_mangle)]
    extern "C" fn snd_copy(
        to: *mut c_void,
        from: *const c_void,
        len: usize,
        count: usize,
    ) -> c_int {
        if count > len {
            return -1;
        }
        // SAFETY: the wrapper passes two slices of `len` and `count` bytes.
        unsafe { std::ptr::copy_nonoverlapping(from.cast::<u8>(), to.cast::<u8>(), count) };
        0
    }

    #[foreign(zero)]
    unsafe extern "C" {
        #[link_name = "snd_copy"]
        fn snd_copy_into(
            #[slice(len)] to: *mut c_void,
            #[slice(count)] from: *const c_void,
            len: usize,
            count: usize,
        ) -> c_int;
    }

    #[test]
    fn void_pointers_take_byte_slices() {
        let mut to = [0_u8; 3];
        snd_copy_into(&mut to, b"abc").unwrap();
        assert_eq!(&to, b"abc");
        assert!(snd_copy_into(&mut to, b"abcd").is_err());
    }
}

/// libarchive's close callback shape: the destroy hook takes more than the user
/// data and returns a status; the generated hook frees the closure once and
/// answers the default (0).
mod destroy_with_context {
    use ffi_runtime::foreign;
    use std::ffi::{c_int, c_void};
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};

    mod c {
        use std::ffi::{c_int, c_void};

        type Read = extern "C" fn(ctx: c_int, data: *mut c_void) -> c_int;
        type Close = extern "C" fn(ctx: c_int, data: *mut c_void) -> c_int;

        /// Reads through the callback until it answers 0, then closes it; returns
        /// what the close hook answered.
        #[unsafe(no_mangle)]
        extern "C" fn snd_read_all(read: Read, close: Close, data: *mut c_void) -> c_int {
            while read(7, data) != 0 {}
            close(7, data)
        }
    }

    #[foreign(unchecked)]
    unsafe extern "C" {
        fn snd_read_all(
            #[callback(data, destroy = close, on_panic = 0)] read: extern "C" fn(
                ctx: c_int,
                data: *mut c_void,
            )
                -> c_int,
            close: extern "C" fn(ctx: c_int, data: *mut c_void) -> c_int,
            data: *mut c_void,
        ) -> c_int;
    }

    #[test]
    fn a_destroy_hook_with_context_frees_once_and_answers_zero() {
        let calls = Arc::new(AtomicUsize::new(0));
        let seen = Arc::clone(&calls);
        let answer = snd_read_all(move |ctx| {
            assert_eq!(ctx, 7);
            c_int::from(seen.fetch_add(1, Ordering::SeqCst) < 2)
        });
        assert_eq!(answer, 0);
        assert_eq!(calls.load(Ordering::SeqCst), 3);
        // The closure (and its `Arc`) was freed by the hook.
        assert_eq!(Arc::strong_count(&calls), 1);
    }
}
