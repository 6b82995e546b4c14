//! `#[derive(Owned)]` against counting fakes: every path frees the C object exactly
//! once (drop, `into_raw`/`from_raw`, a panic in between, clones, `close`), and a
//! `Borrowed` handle never frees. Runs under Miri, which also catches a double free.
//! Compiled under the strict lints the expansion promises to pass.
#![deny(
    warnings,
    missing_docs,
    unsafe_op_in_unsafe_fn,
    clippy::pedantic,
    rust_2018_idioms
)]

use ffi_runtime::{Borrowed, ExclusiveHandle, Handle, Owned};
use std::marker::PhantomData;
use std::ptr::NonNull;
use std::sync::atomic::{AtomicUsize, Ordering};

/// The C object: knows the counter its frees go to.
#[repr(C)]
pub struct Obj {
    frees: &'static AtomicUsize,
    value: i32,
}

mod fake {
    use super::Obj;
    use std::sync::atomic::{AtomicUsize, Ordering};

    #[unsafe(no_mangle)]
    extern "C" fn own_new(frees: &'static AtomicUsize, value: i32) -> *mut Obj {
        Box::into_raw(Box::new(Obj { frees, value }))
    }

    #[unsafe(no_mangle)]
    extern "C" fn own_free(object: *mut Obj) {
        // SAFETY: the handle passes the pointer own_new returned, once.
        let object = unsafe { Box::from_raw(object) };
        object.frees.fetch_add(1, Ordering::SeqCst);
    }

    /// A status destructor: fails (after freeing) when the value is negative.
    #[unsafe(no_mangle)]
    extern "C" fn own_close(object: *mut Obj) -> i32 {
        // SAFETY: as above.
        let object = unsafe { Box::from_raw(object) };
        object.frees.fetch_add(1, Ordering::SeqCst);
        if object.value < 0 { 5 } else { 0 }
    }

    /// Duplicates, or returns NULL for value 0 (out of memory, say).
    #[unsafe(no_mangle)]
    extern "C" fn own_dup(object: *mut Obj) -> *mut Obj {
        // SAFETY: the handle passes a live object.
        let object = unsafe { &*object };
        if object.value == 0 {
            return std::ptr::null_mut();
        }
        Box::into_raw(Box::new(Obj {
            frees: object.frees,
            value: object.value,
        }))
    }
}

unsafe extern "C" {
    fn own_new(frees: &'static AtomicUsize, value: i32) -> *mut Obj;
    fn own_free(object: *mut Obj);
    fn own_close(object: *mut Obj) -> i32;
    fn own_dup(object: *mut Obj) -> *mut Obj;
}

/// An owned object freed with `own_free`, cloned with `own_dup`.
#[derive(Owned)]
#[owned(drop = own_free, dup = own_dup)]
#[repr(transparent)]
pub struct Thing(NonNull<Obj>);

/// An owned object whose destructor reports a status.
#[derive(Owned)]
#[owned(drop = own_close, fallible, exclusive)]
#[repr(transparent)]
pub struct Conn(NonNull<Obj>);

/// A handle that borrows another (a statement of a database, say): checked not to
/// be `Clone` for every lifetime, and exclusive.
#[derive(Owned)]
#[owned(drop = own_free, exclusive)]
#[repr(transparent)]
pub struct Part<'a>(NonNull<Obj>, PhantomData<&'a Conn>);

/// A counter of its own for each test (tests run in parallel); a static, so that
/// Miri does not count it as leaked.
macro_rules! counter {
    () => {{
        static FREES: AtomicUsize = AtomicUsize::new(0);
        &FREES
    }};
}

fn thing(frees: &'static AtomicUsize, value: i32) -> Thing {
    // SAFETY: own_new returns a new object that nothing else frees.
    unsafe { Thing::from_raw(own_new(frees, value)) }.expect("own_new never returns NULL")
}

fn value_of(thing: &Thing) -> i32 {
    // SAFETY: the handle keeps the object alive.
    unsafe { (*thing.as_ptr()).value }
}

#[test]
fn drop_frees_once() {
    let frees = counter!();
    drop(thing(frees, 1));
    assert_eq!(frees.load(Ordering::SeqCst), 1);
}

#[test]
fn null_is_none() {
    // SAFETY: NULL is allowed.
    assert!(unsafe { Thing::from_raw(std::ptr::null_mut()) }.is_none());
}

#[test]
fn into_raw_gives_up_ownership() {
    let frees = counter!();
    let pointer = thing(frees, 2).into_raw();
    assert_eq!(frees.load(Ordering::SeqCst), 0);
    // SAFETY: the pointer came from into_raw and is owned again once.
    let again = unsafe { Thing::from_raw(pointer) }.unwrap();
    assert_eq!(value_of(&again), 2);
    drop(again);
    assert_eq!(frees.load(Ordering::SeqCst), 1);
}

#[test]
fn a_panic_in_between_still_frees_once() {
    let frees = counter!();
    let result = std::panic::catch_unwind(|| {
        let _held = thing(frees, 3);
        panic!("in between");
    });
    assert!(result.is_err());
    assert_eq!(frees.load(Ordering::SeqCst), 1);
}

#[test]
fn clones_are_freed_separately() {
    let frees = counter!();
    let original = thing(frees, 4);
    let copy = original.clone();
    assert_ne!(copy.as_ptr(), original.as_ptr());
    assert_eq!(value_of(&copy), 4);
    drop(original);
    drop(copy);
    assert_eq!(frees.load(Ordering::SeqCst), 2);
}

#[test]
fn failed_dup_is_an_error_or_a_panic() {
    let frees = counter!();
    let original = thing(frees, 0);
    let error = original.try_clone().unwrap_err();
    assert_eq!(error.function(), "own_dup");
    assert_eq!(error.to_string(), "own_dup: returned NULL");
    let panic = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| original.clone()));
    assert!(panic.is_err());
    drop(original);
    assert_eq!(frees.load(Ordering::SeqCst), 1);
}

#[test]
fn close_reports_the_status_and_frees_once() {
    let frees = counter!();
    // SAFETY: new objects, owned once each.
    let ok = unsafe { Conn::from_raw(own_new(frees, 1)) }.unwrap();
    ok.close().unwrap();
    // SAFETY: as above.
    let failing = unsafe { Conn::from_raw(own_new(frees, -1)) }.unwrap();
    let error = failing.close().unwrap_err();
    assert_eq!(error.function(), "own_close");
    assert_eq!(error.code(), Some(5));
    assert_eq!(frees.load(Ordering::SeqCst), 2);
}

#[test]
fn borrowed_handles_are_never_freed() {
    let frees = counter!();
    let owner = thing(frees, 7);
    {
        // SAFETY: `owner` keeps the object alive longer than `lent`.
        let lent = unsafe { Borrowed::<Thing>::from_raw(owner.as_ptr()) }.unwrap();
        assert_eq!(value_of(&lent), 7);
        assert_eq!(Handle::as_ptr(&*lent), owner.as_ptr());
    }
    assert_eq!(frees.load(Ordering::SeqCst), 0);
    drop(owner);
    assert_eq!(frees.load(Ordering::SeqCst), 1);
}

#[test]
fn debug_shows_the_pointer() {
    let frees = counter!();
    let handle = thing(frees, 8);
    assert_eq!(
        format!("{handle:?}"),
        format!("Thing({:?})", handle.as_ptr())
    );
}

/// Whether `$ty` implements `$bound`, answered at compile time: the inherent
/// `IMPLEMENTED` exists only where the bound holds, and then wins over the
/// trait's `false`.
macro_rules! implements {
    ($ty:ty: $($bound:tt)+) => {{
        struct Probe<T: ?Sized>(PhantomData<T>);
        #[allow(dead_code)]
        trait Fallback {
            const IMPLEMENTED: bool = false;
        }
        impl<T: ?Sized> Fallback for Probe<T> {}
        #[allow(dead_code)]
        impl<T: ?Sized + $($bound)+> Probe<T> {
            const IMPLEMENTED: bool = true;
        }
        Probe::<$ty>::IMPLEMENTED
    }};
}

/// With the `exclusive` claim (and without `dup`), each value owns its C object
/// alone: `ExclusiveHandle`. Without the claim, or with `dup` (which may be
/// reference counting), not.
#[test]
fn handles_claimed_exclusive_are_exclusive() {
    fn exclusive<H: ExclusiveHandle>(handle: &mut H) -> *mut H::Raw {
        handle.as_ptr()
    }
    let frees = counter!();
    // SAFETY: a new object, owned once.
    let mut conn = unsafe { Conn::from_raw(own_new(frees, 1)) }.unwrap();
    let pointer = exclusive(&mut conn);
    assert_eq!(pointer, conn.as_ptr());
    // SAFETY: as above.
    let mut part = unsafe { Part::from_raw(own_new(frees, 2)) }.unwrap();
    assert_eq!(exclusive(&mut part), part.as_ptr());
    drop((conn, part));
    assert_eq!(frees.load(Ordering::SeqCst), 2);
    assert!(implements!(Conn: ExclusiveHandle));
    assert!(implements!(Part<'static>: ExclusiveHandle));
    assert!(!implements!(Thing: ExclusiveHandle));
}

/// Without `dup` there is no `Clone` (the derive refuses one), with `dup` there is.
#[test]
fn only_handles_with_dup_are_clone() {
    assert!(!implements!(Conn: Clone));
    assert!(!implements!(Part<'static>: Clone));
    assert!(implements!(Thing: Clone));
}
