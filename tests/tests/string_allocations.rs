//! A short `&str` argument is converted without touching the heap; a long one
//! allocates once. A counting global allocator proves it (this file is its own test
//! binary with one test, so no other test allocates meanwhile).
#![cfg(not(miri))]

use ffi_runtime::foreign;
use std::alloc::{GlobalAlloc, Layout, System};
use std::ffi::c_char;
use std::sync::atomic::{AtomicUsize, Ordering};

struct Counting;

static ALLOCATIONS: AtomicUsize = AtomicUsize::new(0);

// SAFETY: forwards every call to the system allocator unchanged, counting them.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::SeqCst);
        // SAFETY: forwarded contract.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, pointer: *mut u8, layout: Layout) {
        // SAFETY: forwarded contract.
        unsafe { System.dealloc(pointer, layout) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

mod fake {
    use std::ffi::{CStr, c_char};

    #[unsafe(no_mangle)]
    extern "C" fn alloc_length(text: *const c_char) -> usize {
        // SAFETY: the wrapper passes a live NUL-terminated string.
        unsafe { CStr::from_ptr(text) }.to_bytes().len()
    }
}

#[foreign]
unsafe extern "C" {
    fn alloc_length(#[str] text: *const c_char) -> usize;
}

#[test]
fn short_strings_do_not_allocate() {
    let short = "a short path/name.txt";
    let long = "x".repeat(4096);
    let before = ALLOCATIONS.load(Ordering::SeqCst);
    for _ in 0..1000 {
        assert_eq!(alloc_length(short).unwrap(), short.len());
    }
    let after_short = ALLOCATIONS.load(Ordering::SeqCst);
    assert_eq!(alloc_length(&long).unwrap(), long.len());
    let after_long = ALLOCATIONS.load(Ordering::SeqCst);
    assert_eq!(after_short - before, 0, "short &str arguments allocated");
    assert_eq!(
        after_long - after_short,
        1,
        "a long &str argument allocates once"
    );
}
