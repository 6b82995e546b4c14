// Blocks covering every form of `#[foreign]`, compiled under strict lints by
// `tests/lints.rs` (edition 2024) and `lint-2021` (edition 2021). Real libc symbols,
// so that the test binary links.

/// Value functions: no convention.
pub mod math {
    use core::ffi::c_int;

    #[ffi_runtime::foreign(lib = "m")]
    unsafe extern "C" {
        /// Cube root.
        pub fn cbrt(x: f64) -> f64;
        /// Absolute value.
        pub safe fn abs(x: c_int) -> c_int;
    }
}

/// Every convention, out-parameters, strings, messages, `unsafe` wrappers.
pub mod conventions {
    use core::ffi::{c_char, c_int, c_long, c_void};

    /// A status type for `check`.
    pub struct NonNegative;

    impl ffi_runtime::Check<c_int> for NonNegative {
        type Output = u32;
        type Error = i32;
        fn check(ret: c_int) -> Result<u32, i32> {
            u32::try_from(ret).map_err(|_| ret)
        }
    }

    #[ffi_runtime::foreign(errno)]
    unsafe extern "C" {
        /// Closes a file descriptor.
        pub fn close(fd: c_int) -> c_int;
        /// Resource limits.
        pub fn getrlimit(resource: c_int, #[out] rlim: *mut libc::rlimit) -> c_int;
        /// Aligned allocation.
        #[ffi(ret_errno)]
        pub fn posix_memalign(#[out] memptr: *mut *mut c_void, alignment: usize, size: usize) -> c_int;
        /// Frees memory.
        #[ffi(unsafe, unchecked)]
        pub fn free(pointer: *mut c_void);
        /// Environment lookup.
        #[ffi(nonnull)]
        pub fn getenv(name: *const c_char) -> *mut c_char;
        /// String length, through a `check` type.
        #[ffi(check = NonNegative)]
        #[link_name = "atoi"]
        pub fn parse_int(text: *const c_char) -> c_int;
        /// A `-errno` style function.
        #[ffi(neg_errno)]
        #[link_name = "labs"]
        pub fn labs_neg(x: c_long) -> c_long;
        /// A status function with a message getter.
        #[ffi(zero, message = strerror(code))]
        #[link_name = "toascii"]
        pub fn abs_status(code: c_int) -> c_int;
        /// Error strings.
        #[ffi(raw)]
        pub fn strerror(code: c_int) -> *mut c_char;
        /// Variadic, kept raw.
        #[ffi(raw)]
        pub fn printf(format: *const c_char, ...) -> c_int;
        /// A private wrapper.
        fn getpid() -> c_int;
        // No doc comment: the generated docs satisfy `missing_docs`.
        pub fn dup2(old: c_int, new: c_int) -> c_int;
        /// Sets an environment variable from `&str`s.
        pub fn setenv(#[str] name: *const c_char, #[str] value: *const c_char, overwrite: c_int) -> c_int;
        /// The working directory, into a buffer that grows on `ERANGE`.
        pub fn getcwd(
            #[buffer(size, initial = 8, grow_on = ERANGE)] buffer: *mut c_char,
            size: usize,
        ) -> *mut c_char;
        /// Writes a slice.
        #[ffi(neg_errno)]
        pub fn write(fd: c_int, #[slice(count)] bytes: *const u8, count: usize) -> isize;
        /// A nullable `&str` with no convention still returns a `Result`.
        #[ffi(unchecked)]
        #[link_name = "strlen"]
        pub fn length_or_null(#[str] #[nullable] text: *const c_char) -> usize;
    }

    /// Uses the private wrapper.
    ///
    /// # Errors
    ///
    /// When `getpid` fails.
    pub fn pid() -> Result<c_int, ffi_runtime::Error> {
        getpid()
    }
}

/// `error = Type`.
pub mod custom_error {
    use core::ffi::c_int;

    /// The crate's error.
    #[derive(Debug)]
    pub struct AppError(pub ffi_runtime::Error);

    impl From<ffi_runtime::Error> for AppError {
        fn from(error: ffi_runtime::Error) -> Self {
            AppError(error)
        }
    }

    #[ffi_runtime::foreign(errno, error = AppError, raw = sys)]
    unsafe extern "C" {
        /// Duplicates a descriptor.
        pub fn dup(fd: c_int) -> c_int;
    }
}

/// zlib: an in/out length buffer and a slice.
pub mod zlib {
    use core::ffi::{c_int, c_ulong};

    #[ffi_runtime::foreign(lib = "z", zero)]
    unsafe extern "C" {
        /// Decompresses `source`.
        pub fn uncompress(
            #[buffer(dest_len, initial = 16, grow_on_code = -5)] dest: *mut u8,
            dest_len: *mut c_ulong,
            #[slice(source_len)] source: *const u8,
            source_len: c_ulong,
        ) -> c_int;
    }
}

/// Callbacks: a scoped comparator, and handlers kept by C for good (`leak`).
pub mod callbacks {
    use core::ffi::{c_int, c_void};

    #[ffi_runtime::foreign]
    unsafe extern "C" {
        /// Sorts with a closure (glibc argument order).
        #[ffi(unsafe)]
        pub fn qsort_r(
            base: *mut c_void,
            count: usize,
            size: usize,
            #[callback(data, on_panic = 0)] compare: extern "C" fn(
                a: &c_int,
                b: &c_int,
                data: *mut c_void,
            ) -> c_int,
            data: *mut c_void,
        );
        /// The same, for a comparator C may run on several threads at once.
        #[ffi(unsafe)]
        #[link_name = "qsort_r"]
        // rustc sees two identical `for<'a, 'b>` function-pointer types as a clash.
        #[allow(clashing_extern_declarations)]
        pub fn qsort_r_shared(
            base: *mut c_void,
            count: usize,
            size: usize,
            #[callback(data, sync, on_panic = 0)] compare: extern "C" fn(
                a: &c_int,
                b: &c_int,
                data: *mut c_void,
            ) -> c_int,
            data: *mut c_void,
        );
        /// Runs a closure at exit (glibc), kept for the life of the process.
        #[ffi(zero)]
        pub fn on_exit(
            #[callback(argument, leak, send)] function: extern "C" fn(
                status: c_int,
                argument: *mut c_void,
            ),
            argument: *mut c_void,
        ) -> c_int;
    }
}

/// The forms of the soundness review: strings by their length and up to their
/// NUL, NULL arguments, a block whose default is `unsafe`, a plain struct C fills.
pub mod soundness_forms {
    use core::ffi::{c_char, c_int};

    /// What `gettimeofday`'s second argument would be, as a plain struct.
    #[derive(ffi_runtime::PointerFree, ffi_runtime::AnyBitPattern, Clone, Copy)]
    #[repr(C)]
    pub struct Pair {
        /// First.
        pub a: c_int,
        /// Second.
        pub b: c_int,
    }

    #[ffi_runtime::foreign(unsafe, errno)]
    unsafe extern "C" {
        /// The length of `text` (C reads at most `len` bytes).
        #[ffi(safe, unchecked)]
        pub fn strnlen(#[str(len)] text: *const c_char, len: usize) -> usize;
        /// Compares two strings up to `n` bytes (C reads up to the NUL too).
        #[ffi(safe, unchecked)]
        pub fn strncmp(#[cstr] a: *const c_char, #[cstr] b: *const c_char, n: usize) -> c_int;
        /// The time, without its `struct timezone`.
        #[ffi(safe)]
        pub fn gettimeofday(#[out] time: *mut libc::timeval, #[null] zone: *mut Pair) -> c_int;
        /// Kept `unsafe` by the block's default.
        pub fn unlink(path: *const c_char) -> c_int;
    }
}

/// Every form of `#[export]`: the shims, impls and the header description must
/// be as lint-clean as the user's own code.
#[ffi_runtime::export(prefix = "lint_")]
pub mod exported {
    use std::ffi::CStr;

    /// A constant.
    pub const ANSWER: u32 = 42;

    /// A pair.
    #[repr(C)]
    #[derive(Clone, Copy, Debug)]
    pub struct Pair {
        /// First.
        pub first: u16,
        /// Second.
        pub second: f64,
    }

    /// A handle.
    #[ffi(opaque)]
    #[derive(Debug)]
    pub struct Bag {
        items: Vec<u8>,
    }

    impl Bag {
        /// An empty bag.
        #[must_use]
        pub fn new() -> Self {
            Self { items: Vec::new() }
        }

        /// Adds bytes.
        ///
        /// # Errors
        ///
        /// More than 100 bytes.
        pub fn add(&mut self, bytes: &[u8]) -> Result<usize, String> {
            if self.items.len() + bytes.len() > 100 {
                return Err("full".to_owned());
            }
            self.items.extend_from_slice(bytes);
            Ok(self.items.len())
        }

        /// The bytes.
        #[must_use]
        pub fn bytes(&self) -> Vec<u8> {
            self.items.clone()
        }
    }

    impl Default for Bag {
        fn default() -> Self {
            Self::new()
        }
    }

    /// Every parameter form.
    #[must_use]
    #[allow(clippy::too_many_arguments, clippy::needless_pass_by_value)]
    pub fn forms(
        text: &str,
        values: &[u32],
        out_values: &mut [u32],
        flag: bool,
        pair: Pair,
        pair_ref: Option<&Pair>,
        name: &CStr,
        bag: &Bag,
    ) -> u64 {
        out_values.fill(u32::from(flag));
        let count = text.len() + values.len() + name.to_bytes().len() + bag.items.len();
        u64::try_from(count).unwrap_or(u64::MAX) + u64::from(pair.first) + pair_ref.map_or(0, |pair| u64::from(pair.first))
    }

    /// Nothing back.
    pub fn nothing() {}

    /// A string back.
    ///
    /// # Errors
    ///
    /// Never.
    pub fn text() -> Result<String, std::io::Error> {
        Ok("text".to_owned())
    }
}
