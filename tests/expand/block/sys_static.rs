// args: sys = c_sys
unsafe extern "C" {
    static table: [u8];
}
