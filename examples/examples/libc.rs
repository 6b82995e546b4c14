//! libc through `#[foreign]`: clocks behind a `ClockId` newtype, an out-parameter,
//! resource limits, and errno failures printed through `Error`'s `Display`.
//!
//! Run: `cargo run -p examples --example libc`

use ffi_runtime::{Error, foreign};
use std::ffi::c_int;

/// A clock of `clock_gettime`: a newtype, so that a plain integer cannot be passed
/// by mistake.
#[repr(transparent)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClockId(libc::clockid_t);

impl ClockId {
    /// Wall-clock time.
    pub const REALTIME: ClockId = ClockId(libc::CLOCK_REALTIME);
    /// Time since an unspecified start, never going back.
    pub const MONOTONIC: ClockId = ClockId(libc::CLOCK_MONOTONIC);
    /// CPU time of this process.
    pub const PROCESS_CPUTIME: ClockId = ClockId(libc::CLOCK_PROCESS_CPUTIME_ID);
}

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

    let error = clock_gettime(ClockId(-12_345)).unwrap_err();
    println!("error: {error}");
    let error = close(-1).unwrap_err();
    println!("error: {error}");
    let io = std::io::Error::from(error);
    println!("as io::Error: {io} (raw_os_error {:?})", io.raw_os_error());
    Ok(())
}
