// `#[out(&'a Entry)]`: the entry C lends cannot outlive the archive it came from.
use ffi_runtime::{Owned, foreign};
use std::ffi::c_int;
use std::ptr::NonNull;

#[repr(C)]
pub struct RawArchive {
    _private: [u8; 0],
}
#[repr(C)]
pub struct RawEntry {
    _private: [u8; 0],
}

#[derive(Owned)]
#[owned(drop = raw::archive_free)]
#[repr(transparent)]
pub struct Archive(NonNull<RawArchive>);

#[derive(Owned)]
#[owned(drop = raw::entry_free)]
#[repr(transparent)]
pub struct Entry(NonNull<RawEntry>);

#[foreign(zero)]
unsafe extern "C" {
    #[ffi(raw)]
    fn archive_free(archive: *mut RawArchive);
    #[ffi(raw)]
    fn entry_free(entry: *mut RawEntry);
    fn next_entry(
        #[handle(&'a mut Archive)] archive: *mut RawArchive,
        #[out(&'a Entry)] entry: *mut *mut RawEntry,
    ) -> c_int;
}

fn keep(archive: Archive) -> ffi_runtime::Borrowed<'static, Entry> {
    let mut archive = archive;
    next_entry(&mut archive).unwrap()
}

fn main() {}
