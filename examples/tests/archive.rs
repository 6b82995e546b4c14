//! libarchive 3.6 through `examples::archive`: a round trip through the write
//! callback and `archive_read_open_memory`, EOF told from OK, the read callback's
//! state freed exactly once by the close callback (also when the opener fails, or
//! the reader claims more bytes than its buffer), a panicking reader answered with
//! `ARCHIVE_FATAL`, and libarchive's own messages in the errors.
#![cfg(not(no_libarchive))]
#![cfg(not(miri))] // Miri cannot call into real C.

use examples::archive::{
    AE_IFREG, ARCHIVE_EOF, ARCHIVE_FATAL, ARCHIVE_OK, Reader, archive_entry_new,
    archive_entry_pathname, archive_entry_set_filetype, archive_entry_set_pathname,
    archive_entry_set_perm, archive_entry_set_size, archive_read_data, archive_read_new,
    archive_read_next_header, archive_read_open, archive_read_open_filename,
    archive_read_open_memory, archive_read_support_filter_all, archive_read_support_format_all,
    archive_write_add_filter_gzip, archive_write_close, archive_write_data, archive_write_header,
    archive_write_new, archive_write_open, archive_write_set_format_pax_restricted,
};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

/// A .tar.gz of `files`, written through the write callback.
fn tar_gz(files: &[(&str, &[u8])]) -> Vec<u8> {
    let written = Arc::new(Mutex::new(Vec::new()));
    let sink = Arc::clone(&written);
    let mut writer = archive_write_new().unwrap();
    archive_write_add_filter_gzip(&mut writer).unwrap();
    archive_write_set_format_pax_restricted(&mut writer).unwrap();
    archive_write_open(&mut writer, move |_, block: &[u8]| {
        sink.lock().unwrap().extend_from_slice(block);
        isize::try_from(block.len()).unwrap()
    })
    .unwrap();
    for (name, bytes) in files {
        let mut entry = archive_entry_new().unwrap();
        archive_entry_set_pathname(&mut entry, name).unwrap();
        archive_entry_set_size(&mut entry, i64::try_from(bytes.len()).unwrap());
        archive_entry_set_filetype(&mut entry, AE_IFREG);
        archive_entry_set_perm(&mut entry, 0o600);
        archive_write_header(&mut writer, &entry).unwrap();
        let written = archive_write_data(&mut writer, bytes).unwrap();
        assert_eq!(usize::try_from(written).unwrap(), bytes.len());
    }
    archive_write_close(&mut writer).unwrap();
    drop(writer);
    Arc::try_unwrap(written)
        .expect("the close callback freed the write closure")
        .into_inner()
        .unwrap()
}

fn new_reader<'a>() -> Reader<'a> {
    let mut reader = archive_read_new().unwrap();
    archive_read_support_filter_all(&mut reader).unwrap();
    archive_read_support_format_all(&mut reader).unwrap();
    reader
}

/// Every entry's name and contents, until `ARCHIVE_EOF`.
fn entries(reader: &mut Reader<'_>) -> Vec<(String, Vec<u8>)> {
    let mut found = Vec::new();
    loop {
        let (status, entry) = archive_read_next_header(reader).unwrap();
        if status == ARCHIVE_EOF {
            return found;
        }
        assert_eq!(status, ARCHIVE_OK);
        let name = archive_entry_pathname(&entry).unwrap();
        let mut contents = Vec::new();
        let mut block = [0u8; 7];
        while let Ok(count @ 1..) = usize::try_from(archive_read_data(reader, &mut block).unwrap())
        {
            contents.extend_from_slice(&block[..count]);
        }
        found.push((name, contents));
    }
}

#[test]
fn a_tar_gz_written_through_a_closure_reads_back_from_memory() {
    let big: Vec<u8> = (0..100_000u32).map(|i| (i % 251) as u8).collect();
    let bytes = tar_gz(&[("a.txt", b"alpha"), ("dir/big.bin", &big)]);
    assert_eq!(&bytes[..2], [0x1f, 0x8b], "gzip magic");
    let mut reader = new_reader();
    archive_read_open_memory(&mut reader, &bytes).unwrap();
    let found = entries(&mut reader);
    assert_eq!(found.len(), 2);
    assert_eq!(found[0], ("a.txt".to_owned(), b"alpha".to_vec()));
    assert_eq!(found[1].0, "dir/big.bin");
    assert_eq!(found[1].1, big);
}

struct DropCounter(Arc<AtomicUsize>);

impl Drop for DropCounter {
    fn drop(&mut self) {
        self.0.fetch_add(1, Ordering::SeqCst);
    }
}

#[test]
fn the_read_callback_state_is_freed_once_by_the_close_callback() {
    let bytes = tar_gz(&[("x", b"xyz")]);
    let drops = Arc::new(AtomicUsize::new(0));
    let guard = DropCounter(Arc::clone(&drops));
    let mut reader = new_reader();
    let mut chunks = bytes
        .chunks(100)
        .map(<[u8]>::to_vec)
        .collect::<Vec<_>>()
        .into_iter();
    archive_read_open(
        &mut reader,
        |_| ARCHIVE_OK,
        move |_, buffer: &mut [u8]| {
            let _keep = &guard;
            let chunk = chunks.next().unwrap_or_default();
            buffer[..chunk.len()].copy_from_slice(&chunk);
            isize::try_from(chunk.len()).unwrap()
        },
    )
    .unwrap();
    assert_eq!(entries(&mut reader), [("x".to_owned(), b"xyz".to_vec())]);
    assert_eq!(drops.load(Ordering::SeqCst), 0);
    drop(reader);
    assert_eq!(drops.load(Ordering::SeqCst), 1);
}

#[test]
fn a_failing_opener_closes_and_frees_the_state() {
    let drops = Arc::new(AtomicUsize::new(0));
    let guard = DropCounter(Arc::clone(&drops));
    let mut reader = new_reader();
    let error = archive_read_open(
        &mut reader,
        |_| ARCHIVE_FATAL,
        move |_, _: &mut [u8]| {
            let _keep = &guard;
            0
        },
    )
    .unwrap_err();
    assert_eq!(error.code(), Some(i64::from(ARCHIVE_FATAL)));
    assert_eq!(drops.load(Ordering::SeqCst), 1);
    drop(reader);
    assert_eq!(drops.load(Ordering::SeqCst), 1);
}

#[test]
fn a_reader_claiming_more_than_its_buffer_is_fatal_not_read() {
    let mut reader = new_reader();
    let error = archive_read_open(
        &mut reader,
        |_| ARCHIVE_OK,
        |_, buffer: &mut [u8]| isize::try_from(buffer.len() + 1).unwrap(),
    )
    .unwrap_err();
    assert_eq!(error.code(), Some(i64::from(ARCHIVE_FATAL)));
}

#[test]
fn a_panicking_reader_answers_fatal() {
    let mut reader = new_reader();
    let error = archive_read_open(
        &mut reader,
        |_| ARCHIVE_OK,
        |_, _: &mut [u8]| -> isize { panic!("the source went away") },
    )
    .unwrap_err();
    assert_eq!(error.code(), Some(i64::from(ARCHIVE_FATAL)));
}

#[test]
fn errors_carry_libarchive_messages() {
    let mut reader = new_reader();
    let error = archive_read_open_filename(&mut reader, "/nonexistent/x.tar", 10_240).unwrap_err();
    assert_eq!(error.function(), "archive_read_open_filename");
    assert_eq!(error.message(), Some("Failed to open '/nonexistent/x.tar'"));
    // Not an archive at all.
    let garbage = vec![0x42u8; 4096];
    let mut reader = new_reader();
    let error = archive_read_open_memory(&mut reader, &garbage).unwrap_err();
    assert!(
        error
            .message()
            .is_some_and(|message| message.contains("Unrecognized archive format")),
        "{error}"
    );
}
