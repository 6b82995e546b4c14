// args: errno
unsafe extern "C" {
    pub fn getcwd(#[buffer(size, grow_on = ERANGE)] buffer: *mut c_char, size: usize) -> *mut c_char;
    pub fn readlink(#[str] path: *const c_char, #[buffer(size, length_returned)] buffer: *mut c_char, size: usize) -> isize;
    #[ffi(unchecked)]
    pub fn strxfrm(#[buffer(size, initial = 8, size_returned)] destination: *mut c_char, #[str] source: *const c_char, size: usize) -> usize;
}
