use ffi_runtime::foreign;
use std::ffi::{c_int, c_void};
use std::rc::Rc;

#[foreign(zero)]
unsafe extern "C" {
    fn set_handler(
        #[callback(data, destroy = destroy, send)] handler: extern "C" fn(data: *mut c_void, event: c_int),
        data: *mut c_void,
        destroy: extern "C" fn(data: *mut c_void),
    ) -> c_int;
}

fn main() {
    // C calls it from another thread (`send`): an `Rc` cannot go there.
    let count = Rc::new(0);
    let _ = set_handler(move |event| println!("{event} {count}"));
}
