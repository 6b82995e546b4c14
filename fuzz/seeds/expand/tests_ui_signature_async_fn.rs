
unsafe extern "C" {
    async fn fetch(x: c_int) -> c_int;
}
