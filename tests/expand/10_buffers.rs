// args: errno
unsafe extern "C" {
    pub fn getcwd(#[buffer(size, grow_on = ERANGE)] buffer: *mut c_char, size: usize) -> *mut c_char;
}
