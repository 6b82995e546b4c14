//! Strings and buffers with libc: `&str` arguments (`setenv`), copied string
//! returns (`getenv`), and output buffers that grow from one byte (`getcwd` on
//! `ERANGE`, `gethostname` on `ENAMETOOLONG`, `strerror_r` on `ERANGE`).
//!
//! Run: `cargo run -p examples --example strings`

use ffi_runtime::{Error, foreign};
use std::ffi::{c_char, c_int};

#[foreign(errno)]
unsafe extern "C" {
    /// Sets an environment variable.
    fn setenv(#[str] name: *const c_char, #[str] value: *const c_char, overwrite: c_int) -> c_int;
    /// Reads an environment variable (NULL when unset is the `Err`).
    #[ffi(nonnull, string = copy)]
    fn getenv(#[str] name: *const c_char) -> *mut c_char;
    /// The working directory.
    fn getcwd(
        #[buffer(size, initial = 1, grow_on = ERANGE)] buffer: *mut c_char,
        size: usize,
    ) -> *mut c_char;
    /// The host name.
    fn gethostname(
        #[buffer(size, initial = 1, grow_on = ENAMETOOLONG)] name: *mut c_char,
        size: usize,
    ) -> c_int;
    /// An error number's text (XSI: returns the errno).
    #[ffi(ret_errno)]
    #[link_name = "__xpg_strerror_r"]
    fn strerror_r(
        errnum: c_int,
        #[buffer(size, initial = 1, grow_on = ERANGE)] buffer: *mut c_char,
        size: usize,
    ) -> c_int;
}

fn main() -> Result<(), Error> {
    setenv("FFI_EXAMPLE_GREETING", "hej då", 1)?;
    println!(
        "getenv: {}",
        getenv("FFI_EXAMPLE_GREETING")?.to_string_lossy()
    );
    match getenv("FFI_EXAMPLE_SURELY_UNSET") {
        Ok(value) => println!("unexpected: {value:?}"),
        Err(error) => println!("error: {error}"),
    }
    match setenv("BAD\0NAME", "x", 1) {
        Ok(_) => println!("unexpected success"),
        Err(error) => println!("error: {error}"),
    }
    println!(
        "getcwd (from a 1-byte buffer): {}",
        getcwd()?.to_string_lossy()
    );
    println!(
        "gethostname (from a 1-byte buffer): {}",
        gethostname()?.to_string_lossy()
    );
    println!(
        "strerror_r(EACCES): {}",
        strerror_r(libc::EACCES)?.to_string_lossy()
    );
    Ok(())
}
