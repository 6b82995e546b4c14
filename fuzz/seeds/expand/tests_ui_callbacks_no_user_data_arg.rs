
unsafe extern "C" {
    // The callback never gets the user data back: no way to find the closure.
    fn each(#[callback(data)] visit: extern "C" fn(index: c_int), data: *mut c_void);
}
