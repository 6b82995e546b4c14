
unsafe extern "C" {
    #[ffi(errno)]
    fn sync();
}
