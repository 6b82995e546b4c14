// Red team 3: a macro in the block hides what it declares from the checks (a
// `safe static` of `bool` or `Cell` went through).
use ffi_runtime::foreign;

macro_rules! declare_flag {
    () => {
        pub safe static flag: bool;
    };
}

#[foreign(unchecked)]
unsafe extern "C" {
    declare_flag!();
}

fn main() {}
