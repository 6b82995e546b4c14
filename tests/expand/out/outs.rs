// args: ret_errno
unsafe extern "C" {
    pub fn posix_memalign(#[out] memptr: *mut *mut c_void, alignment: usize, size: usize) -> c_int;
    #[ffi(zero)]
    pub fn pair(#[out] a: *mut c_int, #[out] b: *mut Point) -> c_int;
}
