
unsafe extern "C" {
    fn close(&self) -> c_int;
}
