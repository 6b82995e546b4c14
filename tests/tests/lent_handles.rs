//! Out-parameters that receive a handle C keeps owning (`#[out(&'a H)]`,
//! libarchive's `archive_read_next_header(a, &entry)`): the wrapper returns a
//! `Borrowed<'a, H>` tied to the handle it came from, and never frees it.

use ffi_runtime::{Borrowed, Owned, foreign};
use std::ffi::c_int;
use std::ptr::NonNull;
use std::sync::atomic::Ordering;

mod fake {
    use std::ffi::c_int;
    use std::sync::atomic::{AtomicUsize, Ordering};

    pub static ENTRIES_FREED: AtomicUsize = AtomicUsize::new(0);
    pub static LENT_FREED: AtomicUsize = AtomicUsize::new(0);

    /// `Entry`'s destructor: never called for an entry C only lends.
    #[unsafe(no_mangle)]
    extern "C" fn lnt_never_freed(_entry: *mut Entry) {
        LENT_FREED.fetch_add(1, Ordering::SeqCst);
    }

    #[repr(C)]
    pub struct Entry {
        pub index: c_int,
    }

    /// An archive of three entries it owns.
    pub struct Archive {
        pub entries: Vec<Entry>,
        pub next: usize,
    }

    #[unsafe(no_mangle)]
    extern "C" fn lnt_open() -> *mut Archive {
        let entries = (0..3).map(|index| Entry { index }).collect();
        Box::into_raw(Box::new(Archive { entries, next: 0 }))
    }

    #[unsafe(no_mangle)]
    extern "C" fn lnt_close(archive: *mut Archive) {
        // SAFETY: the handle's destructor gets the box `lnt_open` made.
        let archive = unsafe { Box::from_raw(archive) };
        ENTRIES_FREED.fetch_add(archive.entries.len(), Ordering::SeqCst);
    }

    /// Lends the next entry (1 at the end, 0 with an entry).
    #[unsafe(no_mangle)]
    extern "C" fn lnt_next(archive: *mut Archive, entry: *mut *mut Entry) -> c_int {
        // SAFETY: the wrapper passes a live archive and its own slot.
        let archive = unsafe { &mut *archive };
        let Some(next) = archive.entries.get_mut(archive.next) else {
            return 1;
        };
        archive.next += 1;
        // SAFETY: the wrapper's slot.
        unsafe { entry.write(next) };
        0
    }

    #[unsafe(no_mangle)]
    extern "C" fn lnt_index(entry: *mut Entry) -> c_int {
        // SAFETY: a lent entry, alive while its archive is.
        unsafe { (*entry).index }
    }
}

/// The C side's archive, opaque to Rust.
#[repr(C)]
pub struct RawArchive {
    _private: [u8; 0],
}

/// An archive, closed once.
#[derive(Owned)]
#[owned(drop = raw::lnt_close)]
#[repr(transparent)]
pub struct Archive(NonNull<RawArchive>);

/// An entry the archive owns: only ever lent.
#[derive(Owned)]
#[owned(drop = raw::lnt_never_freed)]
#[repr(transparent)]
pub struct Entry(NonNull<fake::Entry>);

#[foreign(zero)]
unsafe extern "C" {
    #[ffi(nonnull, owned = Archive)]
    fn lnt_open() -> *mut RawArchive;
    #[ffi(raw)]
    fn lnt_close(archive: *mut RawArchive);
    #[ffi(raw)]
    fn lnt_never_freed(entry: *mut fake::Entry);
    fn lnt_next(
        #[handle(&'a mut Archive)] archive: *mut RawArchive,
        #[out(&'a Entry)] entry: *mut *mut fake::Entry,
    ) -> c_int;
    #[ffi(unchecked)]
    fn lnt_index(#[handle(&Entry)] entry: *mut fake::Entry) -> c_int;
}

#[test]
fn lent_entries_are_read_and_never_freed() {
    let mut archive = lnt_open().unwrap();
    let mut seen = Vec::new();
    loop {
        let entry: Borrowed<'_, Entry> = match lnt_next(&mut archive) {
            Ok(entry) => entry,
            Err(error) => {
                assert_eq!(error.code(), Some(1));
                break;
            }
        };
        seen.push(lnt_index(&entry));
    }
    assert_eq!(seen, [0, 1, 2]);
    drop(archive);
    assert_eq!(fake::LENT_FREED.load(Ordering::SeqCst), 0);
    assert_eq!(fake::ENTRIES_FREED.load(Ordering::SeqCst), 3);
}
