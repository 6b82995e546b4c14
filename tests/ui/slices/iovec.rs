// Class 2: `readv` with `&[iovec]`: safe code would choose `iov_base`, and the
// kernel would write wherever it points.
use ffi_runtime::foreign;
use std::ffi::c_int;

#[foreign(errno)]
unsafe extern "C" {
    fn readv(fd: c_int, #[slice(count)] iov: *const libc::iovec, count: c_int) -> isize;
}

fn main() {}
