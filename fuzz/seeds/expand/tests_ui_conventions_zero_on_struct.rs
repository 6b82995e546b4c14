zero
unsafe extern "C" {
    fn make_pair() -> Pair;
}
