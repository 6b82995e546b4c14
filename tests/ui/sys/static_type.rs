// A static by reference has exactly the real item's type: `[u8]` for a
// `[u8; 4]` would coerce through a pointer, and is refused.
use ffi_runtime::foreign;

mod c_sys {
    unsafe extern "C" {
        pub static table: [u8; 4];
    }
}

#[foreign(sys = c_sys)]
unsafe extern "C" {
    static table: [u8];
}

fn main() {}
