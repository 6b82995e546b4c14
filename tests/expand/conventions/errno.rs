// args: errno, lib = "c"
unsafe extern "C" {
    /// Closes a file descriptor.
    pub fn close(fd: c_int) -> c_int;
    pub fn getrlimit(resource: c_int, #[out] rlim: *mut libc::rlimit) -> c_int;
    pub fn fopen(path: *const c_char, mode: *const c_char) -> *mut FILE;
    #[ffi(raw)]
    pub fn open(path: *const c_char, flags: c_int, ...) -> c_int;
}
