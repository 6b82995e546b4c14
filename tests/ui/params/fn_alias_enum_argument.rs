// Red team 2: the rule for a written-out function pointer holds through an
// alias: C passes its own integers, which a Rust enum argument cannot hold.
use ffi_runtime::foreign;

#[repr(C)]
#[derive(Clone, Copy)]
pub enum Color {
    Red,
    Green,
}

pub type OnColor = extern "C" fn(color: Color);

#[foreign]
unsafe extern "C" {
    fn each_color(callback: OnColor);
}

fn main() {}
