// Red team 3: a function that never returns has nothing for a convention to test.
use ffi_runtime::foreign;

#[foreign]
unsafe extern "C" {
    #[ffi(errno)]
    fn abort() -> !;
}

fn main() {}
