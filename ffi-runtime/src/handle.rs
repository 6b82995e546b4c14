//! Owned C handles (`#[derive(Owned)]`) and handles C lends out (`Borrowed`).

use core::marker::PhantomData;
use core::mem::ManuallyDrop;
use core::ops::Deref;

/// A Rust value that owns one C object through a pointer, freed exactly once.
///
/// `#[derive(Owned)]` implements it (and the same methods inherently) for
/// `#[repr(transparent)] struct Name(NonNull<RawType>)`; see the crate docs.
///
/// # Safety
///
/// `from_raw` must take ownership of the pointer it is given, `as_ptr` must return
/// it, `into_raw` must give it back without freeing it, and dropping the value must
/// free it exactly once. The type must be a `#[repr(transparent)]` wrapper of the
/// non-null pointer.
pub unsafe trait Handle: Sized {
    /// The C type the handle points to (`sqlite3`, `tls`, ...).
    type Raw;

    /// Takes ownership of `pointer`; `None` when it is NULL.
    ///
    /// # Safety
    ///
    /// `pointer` is NULL or points to a live C object that nothing else frees.
    unsafe fn from_raw(pointer: *mut Self::Raw) -> Option<Self>;

    /// The pointer, still owned by `self`.
    fn as_ptr(&self) -> *mut Self::Raw;

    /// Gives up ownership: the caller frees the pointer.
    fn into_raw(self) -> *mut Self::Raw;
}

/// A handle that is the only Rust value sharing its C object: `&mut self`
/// excludes every other call on the object.
///
/// `#[derive(Owned)]` implements it with the `exclusive` claim (`#[owned(..,
/// exclusive)]`): C never lends the object out through another function, and
/// there is no `dup` (which may count references, so clones would share one
/// object). `#[foreign]` then refuses to lend such a handle out
/// (`borrowed = &H`, `#[out(&'a H)]`), which would be a second way to it.
/// `#[foreign]` requires it where exclusivity carries memory safety: a string
/// valid "until the next call on the handle" (`sqlite3_errmsg`) is lent out only
/// under a `&mut` borrow of an exclusive handle, since through a shared object
/// another call could invalidate it.
///
/// # Safety
///
/// No other value (a clone, a second handle made from the same pointer, a
/// reference-counted copy inside C that Rust can call through) gives access to
/// the C object this handle owns while the handle lives, so holding `&mut self`
/// means no other call on the object can run.
///
/// A handle is not exclusive unless it says so (here it could not: a `dup` may
/// share its object):
///
/// ```compile_fail,E0277
/// use ffi_runtime::Owned;
/// use std::ptr::NonNull;
///
/// # #[repr(C)] pub struct Raw { _private: [u8; 0] }
/// # unsafe extern "C" fn raw_free(_: *mut Raw) {}
/// # unsafe extern "C" fn raw_ref(raw: *mut Raw) -> *mut Raw { raw }
/// #[derive(Owned)]
/// #[owned(drop = raw_free, dup = raw_ref)]
/// #[repr(transparent)]
/// pub struct Shared(NonNull<Raw>);
///
/// fn exclusive<H: ffi_runtime::ExclusiveHandle>() {}
/// exclusive::<Shared>();
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not claimed exclusive, so `&mut {Self}` may not exclude other calls on its C object",
    label = "not an exclusive handle",
    note = "`#[owned(exclusive)]` claims it: C never lends the object out through another function, and no `dup` shares it",
    note = "a string valid only until the next call on the handle cannot be lent from such a handle: use `string = copy`"
)]
pub unsafe trait ExclusiveHandle: Handle {}

/// A handle that C lends out: usable like `&T` for `'a`, never freed by Rust.
///
/// ```
/// use ffi_runtime::{Borrowed, Owned};
/// use std::ptr::NonNull;
///
/// # #[repr(C)] pub struct Raw { _private: [u8; 0] }
/// # unsafe extern "C" fn raw_free(_: *mut Raw) {}
/// #[derive(Owned)]
/// #[owned(drop = raw_free)]
/// #[repr(transparent)]
/// pub struct Thing(NonNull<Raw>);
///
/// let mut slot = 0u8;
/// let pointer = (&raw mut slot).cast::<Raw>();
/// // SAFETY: `pointer` stays valid while `lent` lives, and nothing frees it.
/// let lent = unsafe { Borrowed::<Thing>::from_raw(pointer) }.unwrap();
/// assert_eq!(lent.as_ptr(), pointer);
/// // Dropping `lent` does not call `raw_free`.
/// ```
pub struct Borrowed<'a, T: Handle> {
    handle: ManuallyDrop<T>,
    lifetime: PhantomData<&'a T>,
}

impl<T: Handle> Borrowed<'_, T> {
    /// Lends the handle at `pointer` for `'a`; `None` when it is NULL.
    ///
    /// # Safety
    ///
    /// `pointer` is NULL or points to a live C object that stays valid, and is not
    /// freed by anyone, for `'a`.
    #[must_use]
    pub unsafe fn from_raw(pointer: *mut T::Raw) -> Option<Self> {
        // SAFETY: the caller promises a live object for 'a; ManuallyDrop keeps Rust
        // from ever freeing it.
        let handle = unsafe { T::from_raw(pointer) }?;
        Some(Borrowed {
            handle: ManuallyDrop::new(handle),
            lifetime: PhantomData,
        })
    }
}

impl<T: Handle> Deref for Borrowed<'_, T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.handle
    }
}

impl<T: Handle + core::fmt::Debug> core::fmt::Debug for Borrowed<'_, T> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_tuple("Borrowed").field(&*self.handle).finish()
    }
}
