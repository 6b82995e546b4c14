//! Per-call cost of generated wrappers, side by side with the same wrapper written by
//! hand (nix style), nix's own wrapper where nix has one, and the raw `unsafe` call,
//! in one run.
//!
//! `cargo bench -p tests --bench calls` prints ns/call and the ratio
//! generated/hand-written. `calls one <case> <variant> <iterations>` runs a single
//! loop, for instruction counts under `valgrind --tool=callgrind` (`scripts/bench`);
//! `calls list` prints each case with the variants it has.

use ffi_runtime::{Errno, foreign};
use std::ffi::{c_char, c_int};
use std::hint::black_box;
use std::mem::MaybeUninit;
use std::time::Instant;

mod fake {
    use std::ffi::{c_char, c_int};

    /// A status function: 0 is success.
    #[unsafe(no_mangle)]
    #[inline(never)]
    extern "C" fn bench_status(code: c_int) -> c_int {
        code
    }

    #[unsafe(no_mangle)]
    #[inline(never)]
    extern "C" fn bench_message(_code: c_int) -> *const c_char {
        c"failed".as_ptr()
    }

    /// Reads the first byte, so the string must be there.
    #[unsafe(no_mangle)]
    #[inline(never)]
    extern "C" fn bench_first(text: *const c_char) -> c_int {
        // SAFETY: every caller passes a NUL-terminated string.
        c_int::from(unsafe { *text.cast::<u8>() })
    }
}

/// The wrappers `#[foreign]` generates.
mod generated {
    use super::{c_char, c_int, foreign};

    #[foreign(errno)]
    unsafe extern "C" {
        #[ffi(unchecked)]
        pub fn labs(x: std::ffi::c_long) -> std::ffi::c_long;
        pub fn clock_gettime(clock: libc::clockid_t, #[out] time: *mut libc::timespec) -> c_int;
        pub fn close(fd: c_int) -> c_int;
        pub fn access(#[str] path: *const c_char, mode: c_int) -> c_int;
        #[ffi(zero, message = bench_message(code))]
        pub fn bench_status(code: c_int) -> c_int;
        #[ffi(raw)]
        pub fn bench_message(code: c_int) -> *const c_char;
        #[ffi(unchecked)]
        pub fn bench_first(#[str] text: *const c_char) -> c_int;
    }
}

/// The same wrappers written by hand, the way nix and rust-openssl do.
mod hand {
    use super::{Errno, MaybeUninit, c_int, generated::raw};
    use std::ffi::CStr;

    #[inline]
    pub fn labs(x: std::ffi::c_long) -> std::ffi::c_long {
        // SAFETY: labs is defined for every value.
        unsafe { raw::labs(x) }
    }

    #[inline]
    pub fn clock_gettime(clock: libc::clockid_t) -> Result<libc::timespec, Errno> {
        let mut time = MaybeUninit::uninit();
        // SAFETY: `time` is a valid out-pointer for the call.
        if unsafe { raw::clock_gettime(clock, time.as_mut_ptr()) } == -1 {
            return Err(Errno::last());
        }
        // SAFETY: clock_gettime succeeded, so it wrote `time`.
        Ok(unsafe { time.assume_init() })
    }

    #[inline]
    pub fn close(fd: c_int) -> Result<c_int, Errno> {
        // SAFETY: closing any descriptor number is memory-safe.
        let ret = unsafe { raw::close(fd) };
        if ret == -1 {
            Err(Errno::last())
        } else {
            Ok(ret)
        }
    }

    /// The usual hand-written `&str` argument: a `CString` per call.
    #[inline]
    pub fn bench_first(text: &str) -> Result<c_int, std::ffi::NulError> {
        let text = std::ffi::CString::new(text)?;
        // SAFETY: a live NUL-terminated string for the call.
        Ok(unsafe { raw::bench_first(text.as_ptr()) })
    }

    /// A `&str` path the usual hand-written way: a `CString` per call.
    #[inline]
    pub fn access(path: &str, mode: c_int) -> Result<c_int, Errno> {
        let path = std::ffi::CString::new(path).map_err(|_| Errno::from_raw(libc::EINVAL))?;
        // SAFETY: a live NUL-terminated string for the call.
        let ret = unsafe { raw::access(path.as_ptr(), mode) };
        if ret == -1 {
            Err(Errno::last())
        } else {
            Ok(ret)
        }
    }

    #[inline]
    pub fn bench_status(code: c_int) -> Result<(), (c_int, String)> {
        // SAFETY: the fake takes any value.
        let ret = unsafe { raw::bench_status(code) };
        if ret != 0 {
            // SAFETY: the fake returns a static C string.
            let message = unsafe { CStr::from_ptr(raw::bench_message(code)) };
            return Err((ret, message.to_string_lossy().into_owned()));
        }
        Ok(())
    }
}

/// Keeps a result alive so the call is not optimized away. The whole `Result`
/// goes into `black_box`, so the compiler no longer knows which variant it holds,
/// and its drop (after `black_box` returns it) tests the variant: the cost of a
/// `Result` stored or passed on unexamined.
fn consume<T>(value: T) {
    black_box(value);
}

/// Keeps the value or the error, the way `?` or a `match` uses a result: each
/// variant goes to `black_box` on its own path, so no code tests the variant twice.
fn consume_matched<T, E>(result: Result<T, E>) {
    match result {
        Ok(value) => consume(value),
        Err(error) => consume(error),
    }
}

/// The variants of a case, in column order: generated, hand-written, nix, raw.
/// nix has no wrapper for some cases.
type Case = (&'static str, [Option<fn(u64)>; 4]);

const VARIANTS: [&str; 4] = ["generated", "hand", "nix", "raw"];

fn cases() -> [Case; 8] {
    [
        (
            "value: labs",
            [Some(labs_generated), Some(labs_hand), None, Some(labs_raw)],
        ),
        (
            "errno + out: clock_gettime",
            [
                Some(clock_generated),
                Some(clock_hand),
                Some(clock_nix),
                Some(clock_raw),
            ],
        ),
        (
            "clock_gettime, matched",
            [
                Some(clock_matched_generated),
                Some(clock_matched_hand),
                Some(clock_matched_nix),
                Some(clock_raw),
            ],
        ),
        (
            "zero + message: success",
            [
                Some(status_generated),
                Some(status_hand),
                None,
                Some(status_raw),
            ],
        ),
        (
            "errno failure: close(-1)",
            [
                Some(close_generated),
                Some(close_hand),
                Some(close_nix),
                Some(close_raw),
            ],
        ),
        (
            "access(24-byte &str): ENOENT",
            [
                Some(access_generated),
                Some(access_hand),
                Some(access_nix),
                Some(access_raw),
            ],
        ),
        (
            "&str argument, 20 bytes",
            [
                Some(short_generated),
                Some(short_hand),
                Some(short_nix),
                Some(short_raw),
            ],
        ),
        (
            "&str argument, 1000 bytes",
            [
                Some(long_generated),
                Some(long_hand),
                Some(long_nix),
                Some(long_raw),
            ],
        ),
    ]
}

const SHORT: &str = "a/short/path/name.rs";
const SHORT_C: &std::ffi::CStr = c"a/short/path/name.rs";
/// 24 bytes, and no such file: `access` fails with ENOENT.
const MISSING: &str = "/nonexistent/path/abc.rs";
const MISSING_C: &std::ffi::CStr = c"/nonexistent/path/abc.rs";

fn long_text() -> &'static str {
    static LONG: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    LONG.get_or_init(|| "x".repeat(1000))
}

fn long_c() -> &'static std::ffi::CStr {
    static LONG: std::sync::OnceLock<std::ffi::CString> = std::sync::OnceLock::new();
    LONG.get_or_init(|| std::ffi::CString::new("x".repeat(1000)).expect("no NUL"))
}

/// nix's way to pass a `&str` to any C function: `NixPath` (a 1 KiB stack buffer).
fn first_nix(text: &str) -> nix::Result<c_int> {
    use nix::NixPath as _;
    // SAFETY: a live NUL-terminated string for the call.
    text.with_nix_path(|text| unsafe { generated::raw::bench_first(text.as_ptr()) })
}

fn access_generated(n: u64) {
    (0..n).for_each(|_| consume(generated::access(black_box(MISSING), libc::F_OK)));
}

fn access_hand(n: u64) {
    (0..n).for_each(|_| consume(hand::access(black_box(MISSING), libc::F_OK)));
}

fn access_nix(n: u64) {
    use nix::unistd::{AccessFlags, access};
    (0..n).for_each(|_| consume(access(black_box(MISSING), AccessFlags::F_OK)));
}

fn access_raw(n: u64) {
    for _ in 0..n {
        // SAFETY: a live NUL-terminated string; no conversion at all.
        let ret = unsafe { generated::raw::access(black_box(MISSING_C).as_ptr(), libc::F_OK) };
        consume((ret, Errno::last()));
    }
}

fn short_generated(n: u64) {
    (0..n).for_each(|_| consume(generated::bench_first(black_box(SHORT))));
}

fn short_hand(n: u64) {
    (0..n).for_each(|_| consume(hand::bench_first(black_box(SHORT))));
}

fn short_nix(n: u64) {
    (0..n).for_each(|_| consume(first_nix(black_box(SHORT))));
}

fn short_raw(n: u64) {
    // SAFETY: a live NUL-terminated string; no conversion at all.
    (0..n)
        .for_each(|_| consume(unsafe { generated::raw::bench_first(black_box(SHORT_C).as_ptr()) }));
}

fn long_generated(n: u64) {
    let text = long_text();
    (0..n).for_each(|_| consume(generated::bench_first(black_box(text))));
}

fn long_hand(n: u64) {
    let text = long_text();
    (0..n).for_each(|_| consume(hand::bench_first(black_box(text))));
}

fn long_nix(n: u64) {
    let text = long_text();
    (0..n).for_each(|_| consume(first_nix(black_box(text))));
}

fn long_raw(n: u64) {
    let text = long_c();
    // SAFETY: a live NUL-terminated string; no conversion at all.
    (0..n).for_each(|_| consume(unsafe { generated::raw::bench_first(black_box(text).as_ptr()) }));
}

fn input(i: u64) -> std::ffi::c_long {
    black_box(-7 - i.cast_signed())
}

fn labs_generated(n: u64) {
    (0..n).for_each(|i| consume(generated::labs(input(i))));
}

fn labs_hand(n: u64) {
    (0..n).for_each(|i| consume(hand::labs(input(i))));
}

fn labs_raw(n: u64) {
    // SAFETY: labs is defined for every value.
    (0..n).for_each(|i| consume(unsafe { generated::raw::labs(input(i)) }));
}

fn clock_generated(n: u64) {
    (0..n).for_each(|_| consume(generated::clock_gettime(black_box(libc::CLOCK_MONOTONIC))));
}

fn clock_hand(n: u64) {
    (0..n).for_each(|_| consume(hand::clock_gettime(black_box(libc::CLOCK_MONOTONIC))));
}

fn clock_nix(n: u64) {
    use nix::time::{ClockId, clock_gettime};
    (0..n).for_each(|_| consume(clock_gettime(black_box(ClockId::CLOCK_MONOTONIC))));
}

fn clock_matched_generated(n: u64) {
    (0..n).for_each(|_| {
        consume_matched(generated::clock_gettime(black_box(libc::CLOCK_MONOTONIC)));
    });
}

fn clock_matched_hand(n: u64) {
    (0..n).for_each(|_| consume_matched(hand::clock_gettime(black_box(libc::CLOCK_MONOTONIC))));
}

fn clock_matched_nix(n: u64) {
    use nix::time::{ClockId, clock_gettime};
    (0..n).for_each(|_| consume_matched(clock_gettime(black_box(ClockId::CLOCK_MONOTONIC))));
}

fn clock_raw(n: u64) {
    for _ in 0..n {
        let mut time = MaybeUninit::<libc::timespec>::uninit();
        // SAFETY: a valid out-pointer for the call.
        consume(unsafe {
            generated::raw::clock_gettime(black_box(libc::CLOCK_MONOTONIC), time.as_mut_ptr())
        });
        consume(time);
    }
}

fn status_generated(n: u64) {
    (0..n).for_each(|_| consume(generated::bench_status(black_box(0))));
}

fn status_hand(n: u64) {
    (0..n).for_each(|_| consume(hand::bench_status(black_box(0))));
}

fn status_raw(n: u64) {
    // SAFETY: the fake takes any value.
    (0..n).for_each(|_| consume(unsafe { generated::raw::bench_status(black_box(0)) }));
}

fn close_generated(n: u64) {
    (0..n).for_each(|_| consume(generated::close(black_box(-1))));
}

fn close_hand(n: u64) {
    (0..n).for_each(|_| consume(hand::close(black_box(-1))));
}

fn close_nix(n: u64) {
    (0..n).for_each(|_| consume(nix::unistd::close(black_box(-1))));
}

fn close_raw(n: u64) {
    for _ in 0..n {
        // SAFETY: closing -1 fails with EBADF and touches no memory.
        let ret = unsafe { generated::raw::close(black_box(-1)) };
        consume((ret, Errno::last()));
    }
}

/// The fastest of several timed rounds, in ns per call.
fn ns_per_call(run: fn(u64), iterations: u32) -> f64 {
    run(u64::from(iterations / 10));
    (0..7)
        .map(|_| {
            let start = Instant::now();
            run(u64::from(iterations));
            start.elapsed().as_secs_f64() * 1e9 / f64::from(iterations)
        })
        .fold(f64::INFINITY, f64::min)
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    match args.get(1).map(String::as_str) {
        Some("one") => {
            let case: usize = args[2].parse().expect("case index");
            let variant: usize = args[3].parse().expect("variant index");
            let iterations: u64 = args[4].parse().expect("iterations");
            let run = cases()[case].1[variant].expect("this case has that variant");
            run(iterations);
            return;
        }
        Some("list") => {
            // `index<TAB>name<TAB>variant indices`, for `scripts/bench`.
            for (index, (name, variants)) in cases().iter().enumerate() {
                let present: Vec<String> = (0..variants.len())
                    .filter(|&variant| variants[variant].is_some())
                    .map(|variant| variant.to_string())
                    .collect();
                println!("{index}\t{name}\t{}", present.join(" "));
            }
            return;
        }
        _ if args.iter().any(|arg| arg == "--list") => return,
        _ => {}
    }
    let iterations = 2_000_000;
    println!(
        "{:<30} {:>12} {:>12} {:>12} {:>12} {:>9}",
        "case", VARIANTS[0], VARIANTS[1], VARIANTS[2], VARIANTS[3], "gen/hand"
    );
    for (name, variants) in cases() {
        let times = variants.map(|run| run.map(|run| ns_per_call(run, iterations)));
        let cells =
            times.map(|time| time.map_or_else(|| "-".to_owned(), |ns| format!("{ns:.2} ns")));
        let ratio = match times {
            [Some(generated), Some(hand), ..] => format!("{:.3}", generated / hand),
            _ => "-".to_owned(),
        };
        println!(
            "{name:<30} {:>12} {:>12} {:>12} {:>12} {ratio:>9}",
            cells[0], cells[1], cells[2], cells[3]
        );
    }
}
