errno
unsafe extern "C" {
    #[ffi(slice = count)]
    fn items(count: *mut usize) -> c_int;
}
