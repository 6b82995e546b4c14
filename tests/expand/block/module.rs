// args: errno
/// bindgen output as it comes: one block a function, types and constants around.
pub mod bindings {
    pub type pid_t = i32;
    pub const STDIN: i32 = 0;
    unsafe extern "C" {
        pub fn close(fd: i32) -> i32;
    }
    unsafe extern "C" {
        #[ffi(unchecked)]
        pub fn getpid() -> pid_t;
    }
}
