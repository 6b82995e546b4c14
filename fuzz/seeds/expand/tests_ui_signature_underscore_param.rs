
unsafe extern "C" {
    fn close(_: c_int) -> c_int;
}
