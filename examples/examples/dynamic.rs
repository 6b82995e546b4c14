//! Libraries loaded at run time: the program runs whether or not they are
//! installed, and says which. zlib is loaded (the first of its names that
//! loads) and used through the same safe wrappers a linked block gets; zstd is
//! optional: present, it compresses too; absent, its wrappers return `Err`.
//! sqlite's newer functions are `optional` and queried with `has_<name>()`.
//!
//! Run: `cargo run -p examples --example dynamic`

/// zlib, loaded.
mod zlib {
    use ffi_runtime::foreign;
    use std::ffi::{c_char, c_int, c_ulong};

    #[foreign(load = ["libz.so.1", "libz.so", "libz.1.dylib"], zero)]
    unsafe extern "C" {
        #[ffi(nonnull, string = static)]
        pub fn zlibVersion() -> *const c_char;
        pub fn compress2(
            #[buffer(dest_len, initial = 64, grow_on_code = -5)] dest: *mut u8,
            dest_len: *mut c_ulong,
            #[slice(source_len)] source: *const u8,
            source_len: c_ulong,
            level: c_int,
        ) -> c_int;
    }
}

/// zstd, loaded if it is there.
mod zstd {
    use ffi_runtime::foreign;
    use std::ffi::c_uint;

    #[foreign(load = ["libzstd.so.1", "libzstd.so", "libzstd.1.dylib"], unchecked)]
    unsafe extern "C" {
        pub fn ZSTD_versionNumber() -> c_uint;
        pub fn ZSTD_compressBound(size: usize) -> usize;
    }
}

/// sqlite, loaded, with functions only newer versions have.
mod sqlite {
    use ffi_runtime::foreign;
    use std::ffi::{c_char, c_int, c_void};

    #[foreign(load = ["libsqlite3.so.0", "libsqlite3.so", "libsqlite3.dylib"])]
    unsafe extern "C" {
        #[ffi(nonnull, string = static)]
        pub fn sqlite3_libversion() -> *const c_char;
        /// 3.41.
        #[ffi(optional, unsafe, unchecked)]
        pub fn sqlite3_is_interrupted(db: *mut c_void) -> c_int;
        /// 3.43.
        #[ffi(optional, unsafe, unchecked)]
        pub fn sqlite3_stmt_explain(stmt: *mut c_void, mode: c_int) -> c_int;
    }
}

fn main() {
    match zlib::raw::load() {
        Ok(library) => {
            let version = zlib::zlibVersion().map(|v| v.to_string_lossy().into_owned());
            println!(
                "zlib {} loaded from {}",
                version.unwrap_or_default(),
                library.path()
            );
            let text = b"loaded at run time, ".repeat(20);
            match zlib::compress2(&text, 9) {
                Ok(packed) => println!("  compressed {} bytes to {}", text.len(), packed.len()),
                Err(error) => println!("  compress2 failed: {error}"),
            }
        }
        Err(error) => println!("zlib is not installed: {error}"),
    }

    match zstd::ZSTD_versionNumber() {
        Ok(version) => {
            let bound = zstd::ZSTD_compressBound(1000).unwrap_or_default();
            println!("zstd {version} is installed: 1000 bytes compress to at most {bound}");
        }
        Err(error) => println!("zstd is not installed ({error}): going on without it"),
    }

    match sqlite::sqlite3_libversion() {
        Ok(version) => {
            println!("sqlite {} loaded", version.to_string_lossy());
            for (name, present) in [
                (
                    "sqlite3_is_interrupted (3.41)",
                    sqlite::raw::has_sqlite3_is_interrupted(),
                ),
                (
                    "sqlite3_stmt_explain (3.43)",
                    sqlite::raw::has_sqlite3_stmt_explain(),
                ),
            ] {
                println!("  {name}: {}", if present { "present" } else { "absent" });
            }
        }
        Err(error) => println!("sqlite is not installed: {error}"),
    }
}
