
unsafe extern "C" {
    const fn answer() -> c_int;
}
