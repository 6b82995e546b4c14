errno
unsafe extern "C" {
    fn open(path: *const c_char, flags: c_int, ...) -> c_int;
}
