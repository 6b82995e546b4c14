//! Handles in `#[foreign]` signatures, against counting fakes of a sqlite-like C
//! API: borrowed (`#[handle(&Db)]`, `#[handle(&mut Db)]`), taken (`#[handle(Db)]`),
//! returned (`owned = Db`), and owned out-parameters (`#[out(Db)]`), including a C
//! function that writes the handle even when it fails: the wrapper reads the
//! message from it, then frees it. Every object is freed exactly once.

use ffi_runtime::{Owned, foreign};
use std::ffi::{c_char, c_int};
use std::ptr::NonNull;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Free counters: each test takes one of its own with `counter()`. Statics, so
/// that Miri sees no leak.
static FREES: [AtomicUsize; 16] = [const { AtomicUsize::new(0) }; 16];

/// Which of `FREES` counts a test's objects. C gets this index, a plain integer,
/// and counts through it: a safe wrapper hands C nothing it could follow.
#[derive(Clone, Copy, ffi_runtime::PointerFree)]
#[repr(transparent)]
pub struct Counter(usize);

impl Counter {
    /// The number of objects freed so far.
    fn load(self, ordering: Ordering) -> usize {
        FREES[self.0].load(ordering)
    }
}

/// A counter no other test uses.
fn counter() -> Counter {
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    let index = NEXT.fetch_add(1, Ordering::SeqCst);
    assert!(index < FREES.len(), "more tests than counters");
    Counter(index)
}

/// The C object.
#[repr(C)]
pub struct Obj {
    frees: Counter,
    value: c_int,
    message: *const c_char,
    parent: *mut Obj,
}

mod fake {
    use super::{Counter, FREES, Obj};
    use std::ffi::{CStr, c_char, c_int};
    use std::sync::atomic::Ordering;

    fn new(frees: Counter, value: c_int) -> *mut Obj {
        Box::into_raw(Box::new(Obj {
            frees,
            value,
            message: std::ptr::null(),
            parent: std::ptr::null_mut(),
        }))
    }

    /// Like `sqlite3_open`: writes a handle even when it fails.
    #[unsafe(no_mangle)]
    extern "C" fn hdl_open(frees: Counter, name: *const c_char, out: *mut *mut Obj) -> c_int {
        // SAFETY: the wrapper passes a live C string and a pointer to its slot.
        let name = unsafe { CStr::from_ptr(name) };
        match name.to_bytes() {
            b"null" => 0,
            b"fail" => {
                let object = new(frees, -1);
                // SAFETY: just allocated.
                unsafe { (*object).message = c"unable to open database file".as_ptr() };
                // SAFETY: `out` points to the wrapper's slot.
                unsafe { out.write(object) };
                14
            }
            _ => {
                // SAFETY: as above.
                unsafe { out.write(new(frees, 1)) };
                0
            }
        }
    }

    #[unsafe(no_mangle)]
    extern "C" fn hdl_new(frees: Counter, value: c_int) -> *mut Obj {
        if value < 0 {
            std::ptr::null_mut()
        } else {
            new(frees, value)
        }
    }

    #[unsafe(no_mangle)]
    extern "C" fn hdl_close(object: *mut Obj) {
        // SAFETY: called once per object, by Drop or by hdl_consume.
        let object = unsafe { Box::from_raw(object) };
        FREES[object.frees.0].fetch_add(1, Ordering::SeqCst);
    }

    #[unsafe(no_mangle)]
    extern "C" fn hdl_errmsg(object: *mut Obj) -> *const c_char {
        // SAFETY: the wrapper passes a live object.
        unsafe { (*object).message }
    }

    #[unsafe(no_mangle)]
    extern "C" fn hdl_value(object: *const Obj) -> c_int {
        // SAFETY: the wrapper passes a live object.
        unsafe { (*object).value }
    }

    #[unsafe(no_mangle)]
    extern "C" fn hdl_set(object: *mut Obj, value: c_int) -> c_int {
        // SAFETY: the wrapper passes a live object it borrows mutably.
        let object = unsafe { &mut *object };
        if value < 0 {
            object.message = c"negative value".as_ptr();
            return 1;
        }
        object.value = value;
        0
    }

    /// A new object that remembers its parent (a statement and its connection).
    #[unsafe(no_mangle)]
    extern "C" fn hdl_child(parent: *mut Obj) -> *mut Obj {
        // SAFETY: the wrapper passes a live parent.
        let frees = unsafe { (*parent).frees };
        let child = new(frees, 0);
        // SAFETY: just allocated.
        unsafe { (*child).parent = parent };
        child
    }

    /// The parent, lent: like `sqlite3_db_handle(stmt)`.
    #[unsafe(no_mangle)]
    extern "C" fn hdl_parent(child: *const Obj) -> *mut Obj {
        // SAFETY: the wrapper passes a live child.
        unsafe { (*child).parent }
    }

    /// Writes two handles, or only the second when `first_null`.
    #[unsafe(no_mangle)]
    extern "C" fn hdl_pair(
        frees: Counter,
        first_null: bool,
        first: *mut *mut Obj,
        second: *mut *mut Obj,
    ) -> c_int {
        // SAFETY: both point to the wrapper's slots.
        unsafe {
            if !first_null {
                first.write(new(frees, 1));
            }
            second.write(new(frees, 2));
        }
        0
    }

    /// Takes ownership and frees.
    #[unsafe(no_mangle)]
    extern "C" fn hdl_consume(object: *mut Obj) -> c_int {
        // SAFETY: the wrapper passes ownership.
        let value = unsafe { (*object).value };
        hdl_close(object);
        value
    }
}

/// A connection, freed with `hdl_close`.
#[derive(Owned)]
#[owned(drop = raw::hdl_close)]
#[repr(transparent)]
pub struct Db(NonNull<Obj>);

#[foreign(zero)]
unsafe extern "C" {
    /// C reads `name` up to its NUL (`frees` is a counter, not its length).
    #[ffi(message = hdl_errmsg(db))]
    fn hdl_open(frees: Counter, #[cstr] name: *const c_char, #[out(Db)] db: *mut *mut Obj)
    -> c_int;
    #[ffi(nonnull, owned = Db)]
    fn hdl_new(frees: Counter, value: c_int) -> *mut Obj;
    #[ffi(raw)]
    fn hdl_close(object: *mut Obj);
    #[ffi(raw)]
    fn hdl_errmsg(object: *mut Obj) -> *const c_char;
    #[ffi(unchecked)]
    fn hdl_value(#[handle(&Db)] db: *const Obj) -> c_int;
    #[ffi(message = hdl_errmsg(db))]
    fn hdl_set(#[handle(&mut Db)] db: *mut Obj, value: c_int) -> c_int;
    #[ffi(unchecked)]
    fn hdl_consume(#[handle(Db)] db: *mut Obj) -> c_int;
    fn hdl_pair(
        frees: Counter,
        first_null: bool,
        #[out(Db)] first: *mut *mut Obj,
        #[out(Db)] second: *mut *mut Obj,
    ) -> c_int;
    #[ffi(nonnull, owned = Db)]
    fn hdl_child(#[handle(&Db)] parent: *mut Obj) -> *mut Obj;
    #[ffi(nonnull, borrowed = &Db)]
    fn hdl_parent(#[handle(&Db)] child: *const Obj) -> *mut Obj;
}

#[test]
fn owned_out_parameter_on_success() {
    let frees = counter();
    let db = hdl_open(frees, c"ok").unwrap();
    assert_eq!(hdl_value(&db), 1);
    drop(db);
    assert_eq!(frees.load(Ordering::SeqCst), 1);
}

#[test]
fn half_open_handle_gives_the_message_then_is_freed() {
    let frees = counter();
    let error = hdl_open(frees, c"fail").unwrap_err();
    assert_eq!(error.code(), Some(14));
    assert_eq!(error.message(), Some("unable to open database file"));
    assert_eq!(
        error.to_string(),
        "hdl_open: unable to open database file (code 14)"
    );
    assert_eq!(frees.load(Ordering::SeqCst), 1);
}

#[test]
fn success_without_a_handle_is_an_error() {
    let frees = counter();
    let error = hdl_open(frees, c"null").unwrap_err();
    assert_eq!(error.to_string(), "hdl_open: returned NULL");
    assert_eq!(frees.load(Ordering::SeqCst), 0);
}

#[test]
fn owned_return() {
    let frees = counter();
    let db = hdl_new(frees, 5).unwrap();
    assert_eq!(hdl_value(&db), 5);
    assert!(hdl_new(frees, -1).is_err());
    drop(db);
    assert_eq!(frees.load(Ordering::SeqCst), 1);
}

#[test]
fn mutable_borrow_with_message() {
    let frees = counter();
    let mut db = hdl_new(frees, 0).unwrap();
    hdl_set(&mut db, 9).unwrap();
    assert_eq!(hdl_value(&db), 9);
    let error = hdl_set(&mut db, -1).unwrap_err();
    assert_eq!(error.message(), Some("negative value"));
    drop(db);
    assert_eq!(frees.load(Ordering::SeqCst), 1);
}

#[test]
fn taken_handle_is_freed_by_c_only() {
    let frees = counter();
    let db = hdl_new(frees, 3).unwrap();
    assert_eq!(hdl_consume(db), 3);
    assert_eq!(frees.load(Ordering::SeqCst), 1);
}

#[test]
fn borrowed_return_is_never_freed() {
    let frees = counter();
    let parent = hdl_new(frees, 1).unwrap();
    let child = hdl_child(&parent).unwrap();
    {
        let lent = hdl_parent(&child).unwrap();
        assert_eq!(lent.as_ptr(), parent.as_ptr());
        assert_eq!(hdl_value(&lent), 1);
    }
    assert_eq!(frees.load(Ordering::SeqCst), 0);
    drop(child);
    drop(parent);
    assert_eq!(frees.load(Ordering::SeqCst), 2);
}

#[test]
fn a_null_out_handle_does_not_leak_the_other() {
    let frees = counter();
    let (first, second) = hdl_pair(frees, false).unwrap();
    assert_eq!((hdl_value(&first), hdl_value(&second)), (1, 2));
    drop((first, second));
    assert_eq!(frees.load(Ordering::SeqCst), 2);
    let error = hdl_pair(frees, true).unwrap_err();
    assert_eq!(error.to_string(), "hdl_pair: returned NULL");
    // The second handle, written although the first was NULL, was freed.
    assert_eq!(frees.load(Ordering::SeqCst), 3);
}
