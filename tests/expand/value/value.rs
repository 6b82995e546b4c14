// derive: Value
/// A clock, by its `clockid_t`.
#[value(constants(REALTIME = libc::CLOCK_REALTIME, MONOTONIC = libc::CLOCK_MONOTONIC))]
#[repr(transparent)]
pub struct ClockId(libc::clockid_t);
