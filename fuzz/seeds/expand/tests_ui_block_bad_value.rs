check = 1 +
unsafe extern "C" {
    fn step() -> c_int;
}
