//! libarchive: a .tar.gz written in memory (through a write callback) and on
//! disk, then listed and read back from memory (the reader keeps the bytes),
//! from the file, and through a read callback; and a failing open, reported
//! with `archive_error_string`'s message.
//!
//! Run: `cargo run -p examples --example archive`

/// Built without libarchive (its `-dev` package is missing): says so.
#[cfg(no_libarchive)]
fn main() {
    println!("archive example skipped: libarchive not found (install libarchive-dev)");
}

#[cfg(not(no_libarchive))]
fn main() -> Result<(), ffi_runtime::Error> {
    run::main()
}

#[cfg(not(no_libarchive))]
mod run {
    use examples::archive::{
        AE_IFREG, ARCHIVE_EOF, ARCHIVE_FATAL, ARCHIVE_OK, Reader, Writer, archive_entry_new,
        archive_entry_pathname, archive_entry_set_filetype, archive_entry_set_pathname,
        archive_entry_set_perm, archive_entry_set_size, archive_entry_size, archive_read_data,
        archive_read_new, archive_read_next_header, archive_read_open, archive_read_open_filename,
        archive_read_open_memory, archive_read_support_filter_all, archive_read_support_format_all,
        archive_write_add_filter_gzip, archive_write_close, archive_write_data,
        archive_write_header, archive_write_new, archive_write_open, archive_write_open_filename,
        archive_write_set_format_pax_restricted, la_ssize_t,
    };
    use ffi_runtime::Error;
    use std::io::Read;
    use std::sync::{Arc, Mutex};

    const FILES: &[(&str, &str)] = &[
        ("hello.txt", "Hello from libarchive!\n"),
        ("notes/todo.md", "- bind libarchive\n- bind PCRE2\n"),
        ("empty", ""),
    ];

    pub fn main() -> Result<(), Error> {
        // In memory: the write callback appends what libarchive hands it.
        let written = Arc::new(Mutex::new(Vec::new()));
        let sink = Arc::clone(&written);
        let mut writer = archive_write_new()?;
        add_files(&mut writer, |writer| {
            archive_write_open(writer, move |_, block: &[u8]| {
                sink.lock().expect("not poisoned").extend_from_slice(block);
                la_ssize_t::try_from(block.len()).unwrap_or(-1)
            })
        })?;
        drop(writer); // frees the write closure through the close callback
        let bytes = Arc::try_unwrap(written)
            .expect("the closure was freed")
            .into_inner()
            .expect("not poisoned");
        println!("wrote {} bytes of .tar.gz in memory", bytes.len());

        // On disk.
        let path = std::env::temp_dir().join(format!("ffi-archive-{}.tar.gz", std::process::id()));
        let path_text = path.to_str().expect("a UTF-8 temp dir");
        let mut writer = archive_write_new()?;
        add_files(&mut writer, |writer| {
            archive_write_open_filename(writer, path_text)
        })?;
        drop(writer);
        println!("wrote {path_text}");

        // Read back from memory: the reader borrows `bytes` while it lives.
        let mut reader = new_reader()?;
        archive_read_open_memory(&mut reader, &bytes)?;
        println!("from memory:");
        list(&mut reader)?;

        // From the file, through libarchive's own reads.
        let mut reader = new_reader()?;
        archive_read_open_filename(&mut reader, path_text, 10_240)?;
        println!("from {path_text}:");
        list(&mut reader)?;

        // Through a read callback that fills libarchive's buffer from a file.
        let mut file = std::fs::File::open(&path).expect("just written");
        let mut reader = new_reader()?;
        archive_read_open(
            &mut reader,
            |_| ARCHIVE_OK,
            move |_, buffer: &mut [u8]| match file.read(buffer) {
                Ok(count) => la_ssize_t::try_from(count).unwrap_or(-1),
                Err(_) => la_ssize_t::try_from(ARCHIVE_FATAL).unwrap_or(-1),
            },
        )?;
        println!("through a read callback:");
        list(&mut reader)?;
        std::fs::remove_file(&path).expect("remove the archive");

        // A failing open carries libarchive's message.
        let mut reader = new_reader()?;
        match archive_read_open_filename(&mut reader, "/nonexistent/archive.tar.gz", 10_240) {
            Ok(()) => println!("unexpected success"),
            Err(error) => println!("error: {error}"),
        }
        Ok(())
    }

    /// Opens the archive (`open`), then writes every file in `FILES` and
    /// closes it.
    fn add_files(
        writer: &mut Writer,
        open: impl FnOnce(&mut Writer) -> Result<(), Error>,
    ) -> Result<(), Error> {
        archive_write_add_filter_gzip(writer)?;
        archive_write_set_format_pax_restricted(writer)?;
        open(writer)?;
        for (name, text) in FILES {
            let mut entry = archive_entry_new()?;
            archive_entry_set_pathname(&mut entry, name)?;
            archive_entry_set_size(&mut entry, i64::try_from(text.len()).unwrap_or(i64::MAX));
            archive_entry_set_filetype(&mut entry, AE_IFREG);
            archive_entry_set_perm(&mut entry, 0o644);
            archive_write_header(writer, &entry)?;
            archive_write_data(writer, text.as_bytes())?;
        }
        archive_write_close(writer)
    }

    fn new_reader<'a>() -> Result<Reader<'a>, Error> {
        let mut reader = archive_read_new()?;
        archive_read_support_filter_all(&mut reader)?;
        archive_read_support_format_all(&mut reader)?;
        Ok(reader)
    }

    /// Prints each entry's name, size and contents.
    fn list(reader: &mut Reader<'_>) -> Result<(), Error> {
        loop {
            let (status, entry) = archive_read_next_header(reader)?;
            if status == ARCHIVE_EOF {
                return Ok(());
            }
            let name = archive_entry_pathname(&entry)?;
            let size = archive_entry_size(&entry);
            let mut contents = Vec::new();
            let mut block = [0u8; 4096];
            loop {
                let count = archive_read_data(reader, &mut block)?;
                let Ok(count @ 1..) = usize::try_from(count) else {
                    break;
                };
                contents.extend_from_slice(&block[..count]);
            }
            println!(
                "  {name} ({size} bytes): {:?}",
                String::from_utf8_lossy(&contents)
            );
        }
    }
}
