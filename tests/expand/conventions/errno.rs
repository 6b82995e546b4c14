// args: errno, lib = "c"
unsafe extern "C" {
    /// Closes a file descriptor.
    pub fn close(fd: c_int) -> c_int;
    /// Reads a resource limit.
    #[cfg_attr(doc, doc = "See `getrlimit(2)`.")]
    #[cfg_attr(all(), doc = concat!("The limit ", "is a `libc::rlimit`."))]
    #[cfg_attr(all(), must_use)]
    pub fn getrlimit(resource: c_int, #[out] rlim: *mut libc::rlimit) -> c_int;
    pub fn fopen(path: *const c_char, mode: *const c_char) -> *mut FILE;
    #[ffi(raw)]
    pub fn open(path: *const c_char, flags: c_int, ...) -> c_int;
}
