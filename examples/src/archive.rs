//! libarchive 3.6 through `#[foreign]`, declared as `archive.h` declares it:
//! writers and readers as owned handles, entries lent by the reader, a reader
//! that keeps the bytes it reads (`held_by`), closures as the write and read
//! callbacks (one state for the callbacks that share `client_data`, freed by the
//! close callback), and errors carrying `archive_error_string(a)`.

#![allow(non_camel_case_types)] // the C names, as archive.h spells them

use ffi_runtime::{Owned, foreign};
use std::ffi::{c_char, c_int, c_uint, c_void};
use std::marker::PhantomData;
use std::ptr::NonNull;

/// `struct archive`: opaque.
#[repr(C)]
pub struct archive {
    _opaque: [u8; 0],
}

/// `struct archive_entry`: opaque.
#[repr(C)]
pub struct archive_entry {
    _opaque: [u8; 0],
}

/// `la_ssize_t`: `ssize_t` on POSIX.
pub type la_ssize_t = isize;
/// `la_int64_t`.
pub type la_int64_t = i64;

/// `ARCHIVE_OK`.
pub const ARCHIVE_OK: c_int = 0;
/// `ARCHIVE_EOF`: `archive_read_next_header` found no more entries.
pub const ARCHIVE_EOF: c_int = 1;
/// `ARCHIVE_FATAL`.
pub const ARCHIVE_FATAL: c_int = -30;
/// `AE_IFREG`: a regular file.
pub const AE_IFREG: c_uint = 0o100_000;

/// An archive being written, freed with `archive_write_free`.
#[derive(Owned)]
#[owned(drop = raw::archive_write_free)]
#[repr(transparent)]
pub struct Writer(NonNull<archive>);

/// An archive being read; it may keep the bytes it reads from for `'a`
/// (`archive_read_open_memory`).
#[derive(Owned)]
#[owned(drop = raw::archive_read_free, exclusive)]
#[repr(transparent)]
pub struct Reader<'a>(NonNull<archive>, PhantomData<&'a [u8]>);

/// An entry's header: made for writing, or lent by a reader.
#[derive(Owned)]
#[owned(drop = raw::archive_entry_free)]
#[repr(transparent)]
pub struct Entry(NonNull<archive_entry>);

// Status functions return ARCHIVE_OK (0) or a negative status (a warning,
// FAILED, FATAL): `zero`. Those that return a count or tell EOF apart take
// `neg_code`.
#[foreign(lib = "archive", zero, message = archive_error_string(a))]
unsafe extern "C" {
    #[ffi(raw)]
    pub fn archive_error_string(a: *mut archive) -> *const c_char;

    // Writing.
    #[ffi(nonnull, owned = Writer, no_message)]
    pub fn archive_write_new() -> *mut archive;
    #[ffi(raw)]
    pub fn archive_write_free(a: *mut archive) -> c_int;
    pub fn archive_write_add_filter_gzip(#[handle(&mut Writer)] a: *mut archive) -> c_int;
    pub fn archive_write_set_format_pax_restricted(#[handle(&mut Writer)] a: *mut archive)
    -> c_int;
    pub fn archive_write_open_filename(
        #[handle(&mut Writer)] a: *mut archive,
        #[str] file: *const c_char,
    ) -> c_int;
    /// Writes through a closure: libarchive keeps it until it closes the
    /// archive, then calls `closer`, which frees it.
    pub fn archive_write_open(
        #[handle(&mut Writer)] a: *mut archive,
        client_data: *mut c_void,
        #[null] opener: Option<
            unsafe extern "C" fn(a: *mut archive, client_data: *mut c_void) -> c_int,
        >,
        #[callback(client_data, on_panic = ARCHIVE_FATAL as la_ssize_t, destroy = closer)]
        writer: Option<
            unsafe extern "C" fn(
                a: *mut archive,
                client_data: *mut c_void,
                #[slice(length)] buffer: *const c_void,
                length: usize,
            ) -> la_ssize_t,
        >,
        closer: Option<unsafe extern "C" fn(a: *mut archive, client_data: *mut c_void) -> c_int>,
    ) -> c_int;
    pub fn archive_write_header(
        #[handle(&mut Writer)] a: *mut archive,
        #[handle(&Entry)] entry: *mut archive_entry,
    ) -> c_int;
    #[ffi(neg_code)]
    pub fn archive_write_data(
        #[handle(&mut Writer)] a: *mut archive,
        #[slice(size)] buffer: *const c_void,
        size: usize,
    ) -> la_ssize_t;
    pub fn archive_write_close(#[handle(&mut Writer)] a: *mut archive) -> c_int;

    // Entries.
    #[ffi(nonnull, owned = Entry, no_message)]
    pub fn archive_entry_new() -> *mut archive_entry;
    #[ffi(raw)]
    pub fn archive_entry_free(entry: *mut archive_entry);
    #[ffi(unchecked)]
    pub fn archive_entry_set_pathname(
        #[handle(&mut Entry)] entry: *mut archive_entry,
        #[str] name: *const c_char,
    );
    #[ffi(unchecked)]
    pub fn archive_entry_set_size(
        #[handle(&mut Entry)] entry: *mut archive_entry,
        size: la_int64_t,
    );
    #[ffi(unchecked)]
    pub fn archive_entry_set_filetype(
        #[handle(&mut Entry)] entry: *mut archive_entry,
        filetype: c_uint,
    );
    #[ffi(unchecked)]
    pub fn archive_entry_set_perm(
        #[handle(&mut Entry)] entry: *mut archive_entry,
        perm: libc::mode_t,
    );
    #[ffi(nonnull, string = lossy, no_message)]
    pub fn archive_entry_pathname(#[handle(&Entry)] entry: *mut archive_entry) -> *const c_char;
    #[ffi(unchecked)]
    pub fn archive_entry_size(#[handle(&Entry)] entry: *mut archive_entry) -> la_int64_t;

    // Reading.
    #[ffi(nonnull, owned = Reader<'static>, no_message)]
    pub fn archive_read_new() -> *mut archive;
    #[ffi(raw)]
    pub fn archive_read_free(a: *mut archive) -> c_int;
    pub fn archive_read_support_filter_all(#[handle(&mut Reader<'a>)] a: *mut archive) -> c_int;
    pub fn archive_read_support_format_all(#[handle(&mut Reader<'a>)] a: *mut archive) -> c_int;
    /// Reads from memory the reader keeps reading after the call: the bytes
    /// must outlive the reader.
    pub fn archive_read_open_memory(
        #[handle(&mut Reader<'a>)] a: *mut archive,
        #[slice(size, held_by = a)] buffer: *const c_void,
        size: usize,
    ) -> c_int;
    pub fn archive_read_open_filename(
        #[handle(&mut Reader<'a>)] a: *mut archive,
        #[str] filename: *const c_char,
        block_size: usize,
    ) -> c_int;
    /// Reads through a closure that fills a 64 KiB buffer libarchive then
    /// reads; the opener and the reader share `client_data`, which `closer`
    /// frees (also when the opener fails).
    pub fn archive_read_open(
        #[handle(&mut Reader<'a>)] a: *mut archive,
        client_data: *mut c_void,
        #[callback(client_data, on_panic = ARCHIVE_FATAL, destroy = closer)] opener: Option<
            unsafe extern "C" fn(a: *mut archive, client_data: *mut c_void) -> c_int,
        >,
        #[callback(client_data, on_panic = ARCHIVE_FATAL as la_ssize_t, destroy = closer)]
        reader: Option<
            unsafe extern "C" fn(
                a: *mut archive,
                client_data: *mut c_void,
                #[fill(65536)] buffer: *mut *const c_void,
            ) -> la_ssize_t,
        >,
        closer: Option<unsafe extern "C" fn(a: *mut archive, client_data: *mut c_void) -> c_int>,
    ) -> c_int;
    /// `Ok((ARCHIVE_OK, entry))`, or `ARCHIVE_EOF` after the last entry; the
    /// entry is the reader's, lent until the next call on it.
    #[ffi(neg_code)]
    pub fn archive_read_next_header(
        #[handle(&'r mut Reader<'a>)] a: *mut archive,
        #[out(&'r Entry)] entry: *mut *mut archive_entry,
    ) -> c_int;
    #[ffi(neg_code)]
    pub fn archive_read_data(
        #[handle(&mut Reader<'a>)] a: *mut archive,
        #[slice(size)] buffer: *mut c_void,
        size: usize,
    ) -> la_ssize_t;
}
