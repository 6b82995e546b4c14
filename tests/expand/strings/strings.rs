// args: errno
unsafe extern "C" {
    pub fn setenv(#[str] name: *const c_char, #[str] value: *const c_char, overwrite: c_int) -> c_int;
    #[ffi(unchecked)]
    pub fn puts_maybe(#[str] #[nullable] text: *const c_char) -> c_int;
    #[ffi(unchecked)]
    pub fn is_null(#[nullable] text: *const c_char) -> bool;
}
