//! The two words of an [`Error`](super::Error), laid out for the failure path.
//!
//! An inline error is `(&'static Site, kind << 32 | value)`; an error with a message
//! or a wide code is `(Box<Boxed> with its low address bit set, 0)`. Both fields are
//! scalars, so the error is returned in two registers (an enum holding a `Box` next to
//! the inline fields would be returned through memory), and the one test a drop of
//! `Result<_, Error>` needs, "is this a box?", is the low bit of the first word: a
//! `&Site` and a `Box<Boxed>` are both aligned to at least 4, so that bit is free, and
//! `Ok` (the null pointer where `Result` puts it) has it clear.

use super::{Kind, Site};
use core::ptr::NonNull;

/// The value of an error, the site aside: what the boxed form holds.
pub(super) struct Boxed {
    pub(super) site: &'static Site,
    pub(super) kind: Kind,
    pub(super) value: i64,
    pub(super) message: Option<Box<str>>,
}

/// The parts of an error, wherever they are stored.
pub(super) enum View<'a> {
    Inline {
        site: &'static Site,
        kind: Kind,
        value: i32,
    },
    Boxed(&'a Boxed),
}

pub(super) struct Repr {
    /// A `&'static Site` (low bit clear), or a `Box<Boxed>` (low bit set) that this
    /// value owns.
    origin: NonNull<()>,
    /// An inline error's kind (high half) and value (low half); 0 when boxed.
    inline: u64,
}

// SAFETY: `Repr` is a `&'static Site` (`Site` holds a `&'static str`: `Sync`) or an
// owned `Box<Boxed>` (all of whose fields are `Send` and `Sync`); it has no interior
// mutability and no thread affinity.
unsafe impl Send for Repr {}
// SAFETY: as for `Send`: shared access only reads immutable data.
unsafe impl Sync for Repr {}

const BOXED_BIT: usize = 1;

impl Repr {
    #[inline]
    pub(super) fn inline(site: &'static Site, kind: Kind, value: i32) -> Repr {
        Repr {
            origin: NonNull::from(site).cast(),
            // The value's bits, zero-extended: an errno read from memory is the whole
            // second word when `kind` is `Errno` (0).
            inline: (u64::from(kind as u32) << 32) | u64::from(value.cast_unsigned()),
        }
    }

    pub(super) fn boxed(boxed: Box<Boxed>) -> Repr {
        // `Box::into_raw` keeps the allocation's provenance; setting the low bit with
        // `map_addr` keeps it too, so `drop` can give the box back.
        let origin = NonNull::from(Box::leak(boxed))
            .cast::<()>()
            .map_addr(|address| address | BOXED_BIT);
        Repr { origin, inline: 0 }
    }

    #[inline]
    fn is_boxed(&self) -> bool {
        self.origin.addr().get() & BOXED_BIT != 0
    }

    #[inline]
    pub(super) fn view(&self) -> View<'_> {
        if self.is_boxed() {
            // SAFETY: with the low bit set, `origin` came from `Box::leak` in `boxed`
            // (the only place that sets it) with that bit added, which `box_pointer`
            // clears; this value owns the box until `drop`, and `&self` borrows it for
            // no longer.
            View::Boxed(unsafe { &*box_pointer(self.origin) })
        } else {
            // SAFETY: with the low bit clear, `origin` is the `&'static Site` given to
            // `inline`: valid and immutable forever.
            let site = unsafe { self.origin.cast::<Site>().as_ref() };
            View::Inline {
                site,
                kind: Kind::from_bits(self.inline >> 32),
                // The low half is the value's bits: truncation is the point.
                #[allow(clippy::cast_possible_truncation)]
                value: (self.inline as u32).cast_signed(),
            }
        }
    }
}

impl Drop for Repr {
    #[inline]
    fn drop(&mut self) {
        if self.is_boxed() {
            // By reference: the bit is then tested in memory, where a dropped
            // `Result` usually is, without loading the pointer on the inline path.
            drop_boxed(self);
        }
    }
}

/// Frees the box of a boxed error, out of line: the drop of an inline error, the
/// common one, is then a single bit test.
#[cold]
#[inline(never)]
fn drop_boxed(repr: &mut Repr) {
    // SAFETY: `repr` is boxed: its origin is the pointer `Box::leak` returned with
    // the low bit set, which `box_pointer` clears; the `Repr` owned the box and is
    // being dropped, so the box is given back exactly once.
    drop(unsafe { Box::from_raw(box_pointer(repr.origin)) });
}

/// The box's pointer in a boxed `origin`: the low bit cleared (the address is the
/// box's plus 1), with the box's provenance kept.
#[inline]
fn box_pointer(origin: NonNull<()>) -> *mut Boxed {
    origin.as_ptr().wrapping_byte_sub(BOXED_BIT).cast()
}
