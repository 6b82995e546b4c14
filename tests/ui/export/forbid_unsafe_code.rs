// The C names' uniqueness is the user's claim (`#[unsafe(export_name)]`'s):
// `forbid(unsafe_code)` reports it at the prefix. (Under `deny`, an
// `#[allow(unsafe_code)]` on the module accepts it.)
#![forbid(unsafe_code)]

#[ffi_runtime::export(prefix = "fb_")]
pub mod api {
    pub fn nothing() {}
}

fn main() {}
