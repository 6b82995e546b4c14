//! `&str` arguments for C strings, without a heap allocation when they are short.
//!
//! The copy and the search for an interior NUL are one pass: each block of the
//! string is loaded once, stored into the C string, and compared with zero. Short
//! strings are copied as two blocks that may overlap (the first and the last 16, 8
//! or 4 bytes), so a 24-byte path costs two 16-byte loads, stores and compares, no
//! loop and no `memcpy`; the wrapper makes one call and one test (the length
//! classes, the slot's bound and the NUL are all settled inside the call, which
//! answers "done" or "see to it": too long for the slot, or a NUL inside). The
//! code is safe slice code (the compiler turns the 16-byte blocks into vector
//! instructions where the target has them; Miri runs it); the only `unsafe` sets
//! the length of a long string's filled buffer, and frees that buffer.

use core::ffi::c_char;
use core::marker::PhantomData;
use core::mem::{ManuallyDrop, MaybeUninit};
use core::ptr::NonNull;
use std::alloc::{self, Layout};

/// How long a string may be (without its NUL) and still be copied on the stack.
pub const STACK_CAPACITY: usize = 255;

/// Room for one `&str` argument made NUL-terminated for a C call, on the stack.
/// The wrapper declares it as a local; nothing in it is initialized until
/// [`set`](StrArg::set), and creating it stores nothing (it holds no other field
/// whose initialization could make the compiler fill the whole slot).
#[doc(hidden)]
pub struct StrArg {
    stack: Slot,
}

/// The stack slot: room for the longest string it takes and its NUL.
type Slot = [MaybeUninit<u8>; STACK_CAPACITY + 1];

/// A `&str` made NUL-terminated: a pointer into the [`StrArg`] it borrows, or into
/// the heap copy it owns of a string longer than [`STACK_CAPACITY`]. The borrow
/// keeps the slot alive (and unchanged) as long as the pointer may be used.
#[doc(hidden)]
pub struct NulTerminated<'slot> {
    pointer: *const c_char,
    /// The copy of a long string, which this value owns and frees when dropped,
    /// after the call: the buffer and the capacity of a `Vec<u8>` that
    /// `not_in_slot` gave up. `None` for a string in the slot.
    ///
    /// A raw pointer, not a `Box` or a `CString`: moving a box into this struct
    /// after lending its pointer (or moving this struct) would retag the box as
    /// unique and invalidate the pointer under Stacked Borrows. And its drop is
    /// one null test (a `Box<[u8]>` or a `Vec` would test its length too).
    heap: Option<(NonNull<u8>, usize)>,
    slot: PhantomData<&'slot mut StrArg>,
}

impl Drop for NulTerminated<'_> {
    #[inline]
    fn drop(&mut self) {
        if let Some((buffer, capacity)) = self.heap {
            // SAFETY: `buffer` is the buffer of a `Vec<u8>` of capacity `capacity`
            // that `not_in_slot` gave up: allocated by the global allocator with
            // `Layout::array::<u8>(capacity)` (as `Vec` documents), and freed only
            // here, once.
            unsafe {
                alloc::dealloc(
                    buffer.as_ptr(),
                    Layout::from_size_align_unchecked(capacity, 1),
                );
            }
        }
    }
}

impl StrArg {
    /// An empty slot; costs nothing.
    #[inline]
    #[must_use]
    pub const fn new() -> StrArg {
        StrArg {
            stack: [MaybeUninit::uninit(); STACK_CAPACITY + 1],
        }
    }

    /// Copies `text` and a NUL into the slot (or, when longer than
    /// [`STACK_CAPACITY`], into a heap buffer) and returns the C string. A NUL inside
    /// `text` is refused with its position (C would see the string end there):
    /// never truncated.
    ///
    /// # Errors
    ///
    /// The position of the first NUL byte in `text`.
    #[inline]
    pub fn set(&mut self, text: &str) -> Result<NulTerminated<'_>, usize> {
        let bytes = text.as_bytes();
        // One test on the common path: `false` means "short, copied, no NUL
        // inside"; `true` (a NUL, or too long for the slot) goes out of line.
        if copy_to_slot(bytes, &mut self.stack) {
            return not_in_slot(bytes);
        }
        Ok(NulTerminated {
            pointer: self.stack.as_ptr().cast(),
            heap: None,
            slot: PhantomData,
        })
    }
}

/// What `copy_to_slot` did not settle: a string too long for the slot is copied
/// into a heap buffer it owns; a short one held a NUL.
#[cold]
#[inline(never)]
fn not_in_slot(bytes: &[u8]) -> Result<NulTerminated<'static>, usize> {
    if bytes.len() <= STACK_CAPACITY {
        return Err(first_nul(bytes));
    }
    let mut copy = ManuallyDrop::new(heap_copy(bytes)?);
    let buffer = copy.as_mut_ptr();
    Ok(NulTerminated {
        pointer: buffer.cast_const().cast(),
        heap: NonNull::new(buffer).map(|buffer| (buffer, copy.capacity())),
        slot: PhantomData,
    })
}

impl Default for StrArg {
    fn default() -> Self {
        StrArg::new()
    }
}

impl NulTerminated<'_> {
    /// The C string NULL, for a `None` nullable argument.
    #[inline]
    #[must_use]
    pub const fn null() -> NulTerminated<'static> {
        NulTerminated {
            pointer: core::ptr::null(),
            heap: None,
            slot: PhantomData,
        }
    }

    /// The NUL-terminated string (or NULL), valid while `self` lives.
    #[inline]
    #[must_use]
    pub const fn as_ptr(&self) -> *const c_char {
        self.pointer
    }
}

/// A string longer than the stack slot, copied with its NUL into a heap buffer in
/// the same single pass (`CString::new` would copy, then search with a general
/// `memchr`).
#[inline]
fn heap_copy(bytes: &[u8]) -> Result<Vec<u8>, usize> {
    let length = bytes.len();
    let mut copy = Vec::with_capacity(length + 1);
    let (out, terminator) = copy.spare_capacity_mut()[..=length].split_at_mut(length);
    terminator[0] = MaybeUninit::new(0);
    if copy_long(bytes, out) {
        return Err(first_nul(bytes));
    }
    // SAFETY: the terminator is written above, and `copy_long` wrote every byte of
    // `out`, the first `length` bytes of the spare capacity (its contract; it
    // returned, so they were there).
    unsafe { copy.set_len(length + 1) };
    Ok(copy)
}

#[cold]
#[inline(never)]
fn first_nul(bytes: &[u8]) -> usize {
    bytes.iter().position(|&byte| byte == 0).unwrap_or(0)
}

/// Copies `bytes` and a NUL terminator into `slot` when `bytes` fits, and returns
/// `false` when it fitted and holds no NUL. Otherwise `true`: too long (nothing
/// written), or a NUL inside (every byte still copied). When `bytes` fits, every
/// byte of `slot[..=bytes.len()]` is written (the callers rely on it: the C string
/// is read up to its NUL) and every byte of `bytes` compared; blocks may overlap,
/// and never pass the end of `bytes` or of `slot[..=bytes.len()]`.
///
/// Out of line: one copy of this code serves every wrapper, and the call costs a
/// few instructions (it is a leaf that saves no register). The length is tested
/// for the common class first (up to 32 bytes: one compare), and the slot's bound
/// only for longer strings, so the caller's one test of the result is the only
/// one it makes.
#[inline(never)]
fn copy_to_slot(bytes: &[u8], slot: &mut Slot) -> bool {
    let length = bytes.len();
    // 16 to 32 bytes (paths, names): the first and the last 16, which overlap
    // unless the length is 32; the lane-wise minimum of both has a 0 where either
    // has a NUL (one vector `min` where the target has vectors).
    if (16..=32).contains(&length) {
        let (out, terminator) = slot[..=length].split_at_mut(length);
        terminator[0] = MaybeUninit::new(0);
        let mut minimum = [u8::MAX; 16];
        copy_ends(bytes, out, |block, target| {
            copy_block(block, target, &mut minimum);
        });
        return has_zero_lane(minimum);
    }
    if length > 32 {
        if length > STACK_CAPACITY {
            return true;
        }
        let (out, terminator) = slot[..=length].split_at_mut(length);
        terminator[0] = MaybeUninit::new(0);
        return copy_long(bytes, out);
    }
    let (out, terminator) = slot[..=length].split_at_mut(length);
    terminator[0] = MaybeUninit::new(0);
    match length {
        // 8 to 15 bytes: the first and the last word, which overlap unless the
        // length is twice the word.
        8.. => {
            let mut nul = false;
            copy_ends(bytes, out, |&word, target| {
                *target = word.map(MaybeUninit::new);
                nul |= has_zero(u64::from_ne_bytes(word));
            });
            nul
        }
        4.. => {
            let mut nul = false;
            copy_ends(bytes, out, |&word, target| {
                *target = word.map(MaybeUninit::new);
                // The high half all ones: only the 4 copied bytes can be 0.
                nul |= has_zero(u64::from(u32::from_ne_bytes(word)) | 0xFFFF_FFFF_0000_0000);
            });
            nul
        }
        // 1 to 3 bytes: the first, the middle and the last cover them all.
        1.. => {
            let mut nul = false;
            for at in [0, length / 2, length - 1] {
                out[at] = MaybeUninit::new(bytes[at]);
                nul |= bytes[at] == 0;
            }
            nul
        }
        0 => false,
    }
}

/// 33 bytes or more: 16-byte blocks, then the last 16 bytes (overlapping the last
/// block unless the length is a multiple of 16).
#[inline(never)]
fn copy_long(bytes: &[u8], out: &mut [MaybeUninit<u8>]) -> bool {
    let mut minimum = [u8::MAX; 16];
    let (blocks, _) = bytes.as_chunks::<16>();
    let (targets, _) = out.as_chunks_mut::<16>();
    for (block, target) in blocks.iter().zip(targets) {
        copy_block(block, target, &mut minimum);
    }
    let (Some(block), Some(target)) = (bytes.last_chunk(), out.last_chunk_mut()) else {
        unreachable!("16 bytes or more")
    };
    copy_block(block, target, &mut minimum);
    has_zero_lane(minimum)
}

#[inline]
fn copy_block(block: &[u8; 16], target: &mut [MaybeUninit<u8>; 16], minimum: &mut [u8; 16]) {
    // One load of the block serves the copy and the comparison.
    let block = *block;
    for ((target, byte), lane) in target.iter_mut().zip(block).zip(minimum) {
        *target = MaybeUninit::new(byte);
        *lane = (*lane).min(byte);
    }
}

/// Whether a lane of `minimum` is 0.
#[inline]
fn has_zero_lane(minimum: [u8; 16]) -> bool {
    // No short-circuit: one vector compare, not a loop of branches (and not
    // `contains`, which calls `memchr`).
    minimum
        .iter()
        .fold(0, |nul, &lane| nul | u8::from(lane == 0))
        != 0
}

/// Hands the first and the last `N` bytes of `bytes` (at least `N` of them) to
/// `copy`, with the same places in `out`.
#[inline]
fn copy_ends<const N: usize>(
    bytes: &[u8],
    out: &mut [MaybeUninit<u8>],
    mut copy: impl FnMut(&[u8; N], &mut [MaybeUninit<u8>; N]),
) {
    // Never `None` (the caller passes at least `N` bytes and as much room); a
    // panic, not a byte left uninitialized, if it were.
    let (Some(first), Some(target)) = (bytes.first_chunk::<N>(), out.first_chunk_mut::<N>()) else {
        unreachable!("at least N bytes")
    };
    copy(first, target);
    let (Some(last), Some(target)) = (bytes.last_chunk::<N>(), out.last_chunk_mut::<N>()) else {
        unreachable!("at least N bytes")
    };
    copy(last, target);
}

/// Whether a byte of `word` is 0: the classic test, exact for "any" (a byte
/// borrows only from a lower byte that is already 0).
#[inline]
const fn has_zero(word: u64) -> bool {
    word.wrapping_sub(0x0101_0101_0101_0101) & !word & 0x8080_8080_8080_8080 != 0
}

#[cfg(test)]
mod tests {
    use super::{STACK_CAPACITY, StrArg};
    use std::ffi::CStr;

    fn round_trip(text: &str) -> String {
        let mut slot = StrArg::new();
        let string = slot.set(text).unwrap();
        // SAFETY: the pointer is NUL-terminated and valid while `string` lives.
        unsafe { CStr::from_ptr(string.as_ptr()) }
            .to_str()
            .unwrap()
            .to_owned()
    }

    /// Every length up to past the stack slot, with bytes that differ by position
    /// (a block copied to the wrong place shows), and a NUL at every position.
    #[test]
    fn every_length_round_trips_and_every_nul_is_found() {
        // Miri interprets every byte: there, the lengths at and around each block
        // size and the stack capacity.
        let lengths: Vec<usize> = if cfg!(miri) {
            vec![
                0, 1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 31, 32, 33, 254, 255, 256, 300,
            ]
        } else {
            (0..=300).collect()
        };
        for length in lengths {
            let text: String = (0..length)
                .map(|at| char::from(b'a' + u8::try_from(at % 26).unwrap()))
                .collect();
            assert_eq!(round_trip(&text), text, "length {length}");
            // Under Miri, the first and the last block's positions only.
            let positions = (0..length).filter(|&at| !cfg!(miri) || at < 17 || at + 17 > length);
            for at in positions {
                let mut bytes = text.clone().into_bytes();
                bytes[at] = 0;
                let with_nul = String::from_utf8(bytes).unwrap();
                assert_eq!(
                    StrArg::new().set(&with_nul).err(),
                    Some(at),
                    "length {length}, NUL at {at}"
                );
            }
        }
    }

    #[test]
    fn multibyte_text_and_the_capacity_edges_round_trip() {
        assert_eq!(round_trip("héllo"), "héllo");
        for length in [STACK_CAPACITY - 1, STACK_CAPACITY, STACK_CAPACITY + 1] {
            let text = "é".repeat(length / 2) + &"x".repeat(length % 2);
            assert_eq!(text.len(), length);
            assert_eq!(round_trip(&text), text);
        }
    }

    #[test]
    fn several_nuls_report_the_first() {
        assert_eq!(StrArg::new().set("ab\0c\0").err(), Some(2));
        let long = format!("{}\0{}\0", "z".repeat(400), "y".repeat(20));
        assert_eq!(StrArg::new().set(&long).err(), Some(400));
    }

    #[test]
    fn null_is_null() {
        assert!(super::NulTerminated::null().as_ptr().is_null());
    }
}
