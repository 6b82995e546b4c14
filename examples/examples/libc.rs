//! libc through `#[foreign]`: clocks behind a `ClockId` newtype, an out-parameter,
//! resource limits, and errno failures printed through `Error`'s `Display`.
//!
//! Run: `cargo run -p examples --example libc`

use ffi_runtime::{Error, Value, foreign};
use std::ffi::c_int;

/// A clock of `clock_gettime`: a newtype, so that a plain integer cannot be passed
/// by mistake. `from_raw` is `unsafe`: a safe wrapper relies on the value being a
/// clock.
#[derive(Value, Clone, Copy, PartialEq, Eq)]
#[value(constants(
    REALTIME = libc::CLOCK_REALTIME,
    MONOTONIC = libc::CLOCK_MONOTONIC,
    PROCESS_CPUTIME = libc::CLOCK_PROCESS_CPUTIME_ID
))]
#[repr(transparent)]
pub struct ClockId(libc::clockid_t);

#[foreign(errno)]
unsafe extern "C" {
    /// The resolution of `clock`.
    fn clock_getres(clock: ClockId, #[out] resolution: *mut libc::timespec) -> c_int;
    /// The time of `clock`.
    fn clock_gettime(clock: ClockId, #[out] time: *mut libc::timespec) -> c_int;
    /// A resource limit.
    fn getrlimit(resource: libc::__rlimit_resource_t, #[out] limit: *mut libc::rlimit) -> c_int;
    /// Closes a file descriptor.
    fn close(fd: c_int) -> c_int;
}

fn main() -> Result<(), Error> {
    for (name, clock) in [
        ("REALTIME", ClockId::REALTIME),
        ("MONOTONIC", ClockId::MONOTONIC),
        ("PROCESS_CPUTIME", ClockId::PROCESS_CPUTIME),
    ] {
        let resolution = clock_getres(clock)?;
        let now = clock_gettime(clock)?;
        println!(
            "{name:>15}: {}.{:09} s (resolution {} ns)",
            now.tv_sec, now.tv_nsec, resolution.tv_nsec
        );
    }

    let files = getrlimit(libc::RLIMIT_NOFILE)?;
    println!(
        "open files: soft limit {}, hard limit {}",
        files.rlim_cur, files.rlim_max
    );

    // SAFETY: an invalid clock id is memory-safe for clock_gettime: it fails with
    // EINVAL, which is what this line shows.
    let invalid = unsafe { ClockId::from_raw(-12_345) };
    println!("{invalid:?} is not a clock:");
    let error = clock_gettime(invalid).unwrap_err();
    println!("error: {error}");
    let error = close(-1).unwrap_err();
    println!("error: {error}");
    let io = std::io::Error::from(error);
    println!("as io::Error: {io} (raw_os_error {:?})", io.raw_os_error());
    Ok(())
}
