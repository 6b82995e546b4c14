// args: lib = "m"
extern "C" {
    /// Cube root.
    pub fn cbrt(x: f64) -> f64;
    #[link_name = "cbrt"]
    pub(crate) fn cube_root(x: f64) -> f64;
    #[cfg(unix)]
    safe fn abs(x: c_int) -> c_int;
    /// Fills a buffer.
    #[ffi(unsafe, zero)]
    fn fill(buffer: *mut u8, len: usize) -> c_int;
    static errno_location: c_int;
}
