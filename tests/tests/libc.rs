//! The Contract's own example, against the real C library.
#![cfg(not(miri))] // Miri cannot call into real C.

use ffi_runtime::{Errno, Error, foreign};
use std::ffi::{c_int, c_void};

/// A module holds one block with the default raw module name `raw`; a second block
/// in the same module would need `raw = other_name`.
mod math {
    use ffi_runtime::foreign;

    #[foreign(lib = "m")]
    unsafe extern "C" {
        /// Cube root.
        pub fn cbrt(x: f64) -> f64;
        #[link_name = "cbrt"]
        pub fn cube_root(x: f64) -> f64;
    }
}

use math::{cbrt, cube_root};

#[foreign(errno)]
unsafe extern "C" {
    pub fn close(fd: c_int) -> c_int;
    pub fn getrlimit(resource: c_int, #[out] rlim: *mut libc::rlimit) -> c_int;
    #[ffi(ret_errno)]
    pub fn posix_memalign(#[out] memptr: *mut *mut c_void, alignment: usize, size: usize) -> c_int;
    #[ffi(raw)]
    pub fn open(path: *const std::ffi::c_char, flags: c_int, ...) -> c_int;
    #[ffi(raw)]
    pub fn free(pointer: *mut c_void);
    pub fn getcwd(
        #[buffer(size, initial = 2, grow_on = ERANGE)] buffer: *mut std::ffi::c_char,
        size: usize,
    ) -> *mut std::ffi::c_char;
    pub fn gethostname(
        #[buffer(size, initial = 1, grow_on = ENAMETOOLONG)] name: *mut std::ffi::c_char,
        size: usize,
    ) -> c_int;
    pub fn readlink(
        #[str] path: *const std::ffi::c_char,
        #[buffer(size, initial = 16, length_returned)] buffer: *mut std::ffi::c_char,
        size: usize,
    ) -> isize;
    pub fn getgrouplist(
        #[str] user: *const std::ffi::c_char,
        group: libc::gid_t,
        #[buffer(count, initial = 1, grow_to_length)] groups: *mut libc::gid_t,
        count: *mut c_int,
    ) -> c_int;
    /// The needed length is the return value (it never fails: `unchecked`).
    #[ffi(unchecked)]
    pub fn strxfrm(
        #[buffer(size, initial = 8, size_returned)] destination: *mut std::ffi::c_char,
        #[str] source: *const std::ffi::c_char,
        size: usize,
    ) -> usize;
    pub fn setenv(
        #[str] name: *const std::ffi::c_char,
        #[str] value: *const std::ffi::c_char,
        overwrite: c_int,
    ) -> c_int;
}

#[test]
fn value_functions_need_no_convention() {
    assert!((cbrt(27.0) - 3.0).abs() < 1e-12);
    // SAFETY: cbrt is defined for every double.
    assert!((unsafe { math::raw::cbrt(64.0) } - 4.0).abs() < 1e-12);
    assert!((cube_root(-8.0) + 2.0).abs() < 1e-12);
}

#[test]
fn close_of_a_bad_descriptor_is_ebadf() {
    let error: Error = close(-1).unwrap_err();
    assert_eq!(error.function(), "close");
    assert_eq!(error.errno(), Some(Errno::from_raw(libc::EBADF)));
    assert_eq!(error.to_string(), "close: Bad file descriptor (os error 9)");
    let io = std::io::Error::from(error);
    assert_eq!(io.raw_os_error(), Some(libc::EBADF));
}

#[test]
fn open_and_close_through_raw_and_wrapper() {
    // SAFETY: a NUL-terminated path and flags; the variadic mode is not read.
    let fd = unsafe { raw::open(c"/dev/null".as_ptr(), libc::O_RDONLY) };
    assert!(fd >= 0);
    assert_eq!(close(fd).unwrap(), 0);
    assert_eq!(
        close(fd).unwrap_err().errno(),
        Some(Errno::from_raw(libc::EBADF))
    );
    // Items without a wrapper stay callable by their own names too, as before
    // the block got `#[foreign]` (bindgen users' existing calls keep compiling).
    // SAFETY: as above.
    let fd = unsafe { open(c"/dev/null".as_ptr(), libc::O_RDONLY) };
    assert!(fd >= 0);
    assert_eq!(close(fd).unwrap(), 0);
}

#[test]
fn getrlimit_returns_the_out_parameter() {
    let limit = getrlimit(libc::RLIMIT_NOFILE.cast_signed()).unwrap();
    assert!(limit.rlim_cur <= limit.rlim_max);
    assert!(limit.rlim_cur > 0);
    let error = getrlimit(-1).unwrap_err();
    assert_eq!(error.errno(), Some(Errno::from_raw(libc::EINVAL)));
}

#[test]
fn posix_memalign_reports_its_returned_errno() {
    let pointer = posix_memalign(64, 128).unwrap();
    assert_eq!(pointer as usize % 64, 0);
    // SAFETY: allocated by posix_memalign just above, freed once.
    unsafe { raw::free(pointer) };
    let error = posix_memalign(3, 128).unwrap_err();
    assert_eq!(error.errno(), Some(Errno::from_raw(libc::EINVAL)));
    assert_eq!(error.function(), "posix_memalign");
}

#[test]
fn setenv_takes_str_arguments() {
    setenv("FFI_RUNTIME_TEST_SETENV", "värde", 1).unwrap();
    assert_eq!(std::env::var("FFI_RUNTIME_TEST_SETENV").unwrap(), "värde");
    // An empty name is EINVAL from libc; a NUL inside is refused before the call.
    assert_eq!(
        setenv("", "x", 1).unwrap_err().errno(),
        Some(Errno::from_raw(libc::EINVAL))
    );
    let error = setenv("A\0B", "x", 1).unwrap_err();
    assert_eq!(
        error.to_string(),
        "setenv: argument `name` contains a NUL byte at index 1"
    );
}

#[test]
fn getcwd_grows_from_a_tiny_buffer_on_erange() {
    let directory = getcwd().unwrap();
    let expected = std::env::current_dir().unwrap();
    assert_eq!(directory.to_str().unwrap(), expected.to_str().unwrap());
}

#[test]
fn gethostname_grows_on_enametoolong() {
    let name = gethostname().unwrap();
    assert!(!name.as_bytes().is_empty());
    let mut buffer = [0u8; 256];
    // SAFETY: a writable buffer of the given size.
    let status = unsafe { libc::gethostname(buffer.as_mut_ptr().cast(), buffer.len()) };
    assert_eq!(status, 0);
    let expected = std::ffi::CStr::from_bytes_until_nul(&buffer).unwrap();
    assert_eq!(name.as_c_str(), expected);
}

#[test]
fn readlink_grows_until_the_target_fits() {
    let directory =
        std::env::temp_dir().join(format!("ffi-runtime-readlink-{}", std::process::id()));
    std::fs::create_dir_all(&directory).unwrap();
    let link = directory.join("link");
    let target = format!("/{}", "long-target-name/".repeat(20));
    let _ = std::fs::remove_file(&link);
    std::os::unix::fs::symlink(&target, &link).unwrap();
    let read = readlink(link.to_str().unwrap()).unwrap();
    assert_eq!(read, target.as_bytes());
    let error = readlink(directory.join("missing").to_str().unwrap()).unwrap_err();
    assert_eq!(error.errno(), Some(Errno::from_raw(libc::ENOENT)));
    std::fs::remove_dir_all(&directory).unwrap();
}

#[test]
fn getgrouplist_lists_at_least_the_primary_group() {
    let groups = getgrouplist("root", 0).unwrap();
    assert!(groups.contains(&0), "{groups:?}");
}

#[test]
fn strxfrm_grows_to_the_size_it_returns() {
    // The test process never calls setlocale: the "C" locale, where strxfrm copies.
    let source = "collate me ".repeat(30);
    let transformed = strxfrm(&source).unwrap();
    assert_eq!(transformed.to_str().unwrap(), source);
    assert_eq!(strxfrm("").unwrap().as_bytes(), b"");
}

/// bindgen's default output, one extern block a function with types around
/// them, under one `#[foreign]` on the module: one raw module, every wrapper.
#[ffi_runtime::foreign(errno)]
mod bindings {
    #![allow(non_camel_case_types)]
    pub type pid_t = i32;
    unsafe extern "C" {
        pub fn close(fd: i32) -> i32;
    }
    unsafe extern "C" {
        #[ffi(unchecked)]
        pub fn getpid() -> pid_t;
    }
    unsafe extern "C" {
        pub fn dup(fd: i32) -> i32;
    }
    // bindgen's per-target output: the same function in blocks under exclusive
    // cfgs, and a block compiled out (its function exists nowhere).
    #[cfg(target_os = "linux")]
    unsafe extern "C" {
        #[ffi(unchecked)]
        pub fn getppid() -> pid_t;
    }
    #[cfg(not(target_os = "linux"))]
    unsafe extern "C" {
        #[ffi(unchecked)]
        pub fn getppid() -> pid_t;
    }
    #[cfg(any())]
    unsafe extern "C" {
        pub fn no_such_function_on_any_target() -> i32;
        #[ffi(raw)]
        pub fn no_such_raw_function_on_any_target() -> i32;
    }
    // Raw-only items are re-exported under their blocks' cfgs too.
    #[cfg(target_os = "linux")]
    unsafe extern "C" {
        #[ffi(raw)]
        pub fn getpgrp() -> pid_t;
    }
    #[cfg(not(target_os = "linux"))]
    unsafe extern "C" {
        #[ffi(raw)]
        pub fn getpgrp() -> pid_t;
    }
}

#[test]
fn a_module_of_blocks_gets_one_raw_module() {
    assert!(bindings::getpid() > 0);
    assert!(bindings::getppid() > 0);
    // SAFETY: getpgrp has no preconditions.
    assert!(unsafe { bindings::getpgrp() } > 0);
    assert_eq!(
        bindings::close(-1).unwrap_err().errno(),
        Some(Errno::from_raw(libc::EBADF))
    );
    let fd = bindings::dup(0).unwrap();
    assert!(bindings::close(fd).is_ok());
    // SAFETY: a descriptor that is not open any more.
    assert_eq!(unsafe { bindings::raw::close(fd) }, -1);
}
