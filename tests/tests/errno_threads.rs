//! errno under threads: 8 threads, each making 100,000 failing and succeeding calls
//! through generated wrappers, each with its own errno values. An error must never
//! carry another thread's errno (errno is thread-local, and the wrapper reads it
//! right after the call, before anything can run in between).

use ffi_runtime::{Errno, foreign};
use std::ffi::c_int;

mod fake {
    use ffi_runtime::Errno;
    use std::ffi::c_int;

    /// Fails with `errno` when `fail`, else returns `value`. Before failing it
    /// stores a decoy errno, as C code that calls other functions may.
    #[unsafe(no_mangle)]
    extern "C" fn stress_call(value: c_int, fail: bool, errno: c_int) -> c_int {
        if fail {
            Errno::from_raw(errno + 1000).set_last();
            Errno::from_raw(errno).set_last();
            -1
        } else {
            value
        }
    }

    #[unsafe(no_mangle)]
    extern "C" fn stress_status(errno: c_int) -> c_int {
        errno
    }
}

#[foreign(errno)]
unsafe extern "C" {
    fn stress_call(value: c_int, fail: bool, errno: c_int) -> c_int;
    #[ffi(ret_errno)]
    fn stress_status(errno: c_int) -> c_int;
}

const THREADS: c_int = 8;
const CALLS: c_int = if cfg!(miri) { 200 } else { 100_000 };

#[test]
fn errors_carry_their_own_threads_errno() {
    let threads: Vec<_> = (0..THREADS)
        .map(|thread| {
            std::thread::spawn(move || {
                let mut failures = 0;
                for call in 0..CALLS {
                    // Two errno values per thread, alternating, none shared.
                    let errno = 1 + thread * 2 + call % 2;
                    let fail = call % 3 != 0;
                    match stress_call(call, fail, errno) {
                        Ok(value) => assert!(!fail && value == call),
                        Err(error) => {
                            assert!(fail);
                            assert_eq!(
                                error.errno(),
                                Some(Errno::from_raw(errno)),
                                "thread {thread}, call {call}"
                            );
                            failures += 1;
                        }
                    }
                    let status = stress_status(if fail { errno } else { 0 });
                    assert_eq!(
                        status.err().and_then(|error| error.errno()),
                        fail.then(|| Errno::from_raw(errno))
                    );
                }
                failures
            })
        })
        .collect();
    let failures: c_int = threads
        .into_iter()
        .map(|thread| thread.join().unwrap())
        .sum();
    assert_eq!(failures, THREADS * (CALLS - (CALLS + 2) / 3));
}
