
unsafe extern "C" {
    fn add((a, b): (c_int, c_int)) -> c_int;
}
