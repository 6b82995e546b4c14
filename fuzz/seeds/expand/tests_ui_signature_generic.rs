
unsafe extern "C" {
    fn first<T>(x: T) -> c_int;
}
