// Red team 2: a `safe static` holds what C stored: a Rust enum is refused.
use ffi_runtime::foreign;

#[repr(C)]
#[derive(Clone, Copy)]
pub enum Level {
    Low,
    High,
}

#[foreign]
unsafe extern "C" {
    pub safe static current_level: Level;
}

fn main() {}
