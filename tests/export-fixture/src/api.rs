//! The exported module (included by the `tests` crate too, by path).

use std::fmt;

/// The functions C calls.
#[ffi_runtime::export(prefix = "fx_")]
pub mod exported {
    use super::FixtureError;
    use std::cell::Cell;
    use std::ffi::CStr;
    use std::rc::Rc;

    /// The error code of an empty input.
    pub const ERR_EMPTY: i32 = 10;
    /// The error code of an overflow.
    pub const ERR_OVERFLOW: i32 = 11;
    /// A large unsigned constant.
    pub const LIMIT: u64 = 18_000_000_000_000_000_000;
    /// A negative constant.
    pub const SMALLEST: i64 = i64::MIN;

    /// A segment: declared before the struct its fields hold (the header
    /// declares `fx_point` first). Not a /* nested */ comment in C.
    #[repr(C)]
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub struct Line {
        /// Where it starts.
        pub start: Point,
        /// Where it ends.
        pub end: Point,
    }

    /// A point on a grid.
    #[repr(C)]
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub struct Point {
        /// Across.
        pub x: i32,
        /// Down.
        pub y: i32,
    }

    /// A struct with padding after `tag`.
    #[repr(C)]
    #[derive(Clone, Copy, Debug, PartialEq)]
    pub struct Sample {
        /// One byte.
        pub tag: u8,
        /// Eight bytes, aligned.
        pub value: u64,
        /// A ratio.
        pub ratio: f32,
    }

    /// Adds two integers, wrapping.
    pub fn add(a: i32, b: i32) -> i32 {
        a.wrapping_add(b)
    }

    /// Divides; dividing by zero is an error.
    pub fn divide(a: i32, b: i32) -> Result<i32, String> {
        a.checked_div(b)
            .ok_or_else(|| format!("cannot divide {a} by {b}"))
    }

    /// Counts the words of a text.
    pub fn word_count(text: &str) -> usize {
        text.split_whitespace().count()
    }

    /// Sums an array.
    pub fn sum(values: &[u32]) -> u64 {
        values.iter().map(|&value| u64::from(value)).sum()
    }

    /// Sets every byte of an array.
    pub fn fill(bytes: &mut [u8], byte: u8) {
        bytes.fill(byte);
    }

    /// Copies `source` to the start of `target`; answers how many bytes.
    pub fn copy_into(source: &[u8], target: &mut [u8]) -> Result<usize, FixtureError> {
        if source.len() > target.len() {
            return Err(FixtureError::Overflow(source.len()));
        }
        target[..source.len()].copy_from_slice(source);
        Ok(source.len())
    }

    /// The length of a NUL-terminated string.
    pub fn c_length(text: &CStr) -> usize {
        text.to_bytes().len()
    }

    /// The length of a string, or -1 for NULL.
    pub fn maybe_length(text: Option<&CStr>) -> i64 {
        text.map_or(-1, |text| {
            i64::try_from(text.to_bytes().len()).unwrap_or(i64::MAX)
        })
    }

    /// The text in upper case, as a string the caller frees.
    pub fn upper(text: &str) -> Result<String, FixtureError> {
        if text.is_empty() {
            return Err(FixtureError::Empty);
        }
        Ok(text.to_uppercase())
    }

    /// A string holding a NUL byte, which C cannot be given.
    pub fn with_nul() -> String {
        "a\0b".to_owned()
    }

    /// The UTF-8 bytes of a text, reversed.
    pub fn reversed_bytes(text: &str) -> Vec<u8> {
        text.bytes().rev().collect()
    }

    /// Negates a flag.
    pub fn not(flag: bool) -> bool {
        !flag
    }

    /// The point halfway.
    pub fn midpoint(a: Point, b: Point) -> Point {
        Point {
            x: a.x.midpoint(b.x),
            y: a.y.midpoint(b.y),
        }
    }

    /// Multiplies a point in place.
    pub fn scale(point: &mut Point, factor: i32) {
        point.x = point.x.wrapping_mul(factor);
        point.y = point.y.wrapping_mul(factor);
    }

    /// |x| + |y|, or -1 without a point.
    pub fn manhattan(point: Option<&Point>) -> i64 {
        point.map_or(-1, |point| {
            i64::from(point.x).abs() + i64::from(point.y).abs()
        })
    }

    /// A sample of the tag.
    pub fn make_sample(tag: u8) -> Sample {
        Sample {
            tag,
            value: u64::from(tag) << 40,
            ratio: f32::from(tag) / 2.0,
        }
    }

    /// Writes the name's bytes into `target` (C may pass the same memory for
    /// both: refused); answers how many.
    pub fn stamp(name: &CStr, target: &mut [u8]) -> usize {
        let bytes = name.to_bytes();
        let count = bytes.len().min(target.len());
        target[..count].copy_from_slice(&bytes[..count]);
        count
    }

    /// Moves `a` by `b`; -1 without `a`.
    pub fn shift(a: Option<&mut Point>, b: Option<&Point>) -> i64 {
        match (a, b) {
            (Some(a), Some(b)) => {
                a.x += b.x;
                a.y += b.y;
                0
            }
            (Some(_), None) => 1,
            (None, _) => -1,
        }
    }

    /// The length of a line along both axes.
    pub fn line_length(line: Line) -> i64 {
        i64::from(line.end.x - line.start.x).abs() + i64::from(line.end.y - line.start.y).abs()
    }

    /// A raw identifier as a name and a parameter: C sees `fx_typeof(uint32_t type, ..)`.
    pub fn r#typeof(r#type: u32) -> u32 {
        r#type + 1
    }

    /// C++ keywords as names, one renamed onto another (`new` becomes `new_`, so
    /// `new_` becomes `new__`). Trigraphs in docs stay text: ??/ ??! ??(
    pub fn keywords(new: u32, new_: u32, class: u32) -> u32 {
        new * 100 + new_ * 10 + class
    }

    /// Calls another export from inside this one: its failure is not this
    /// call's, which succeeds with no last error.
    pub fn nested_failure() -> i32 {
        // SAFETY: no pointers.
        unsafe { c_api::fx_fail_with(3) }
    }

    /// Rust-only: `#[ffi(skip)]` keeps it out of C (a `String` parameter has no
    /// C form, so exporting it would not compile).
    #[ffi(skip)]
    pub fn rust_only(text: String) -> String {
        text
    }

    /// Compiled out: neither exported nor in the header.
    #[cfg(any())]
    pub fn gone() {}

    /// Panics with the message.
    pub fn panic_with(message: &str) -> i32 {
        panic!("{message}")
    }

    /// Panics with a payload whose `Drop` panics again.
    pub fn panic_twice() {
        std::panic::panic_any(super::PanickyPayload)
    }

    /// Fails with the given code (codes <= 0 are reported as 1).
    pub fn fail_with(code: i32) -> Result<(), FixtureError> {
        Err(FixtureError::Code(code))
    }

    /// A counter C owns.
    #[ffi(opaque)]
    pub struct Counter {
        name: String,
        count: u64,
        panic_on_drop: bool,
    }

    impl Counter {
        /// A counter at zero; the name may not be empty.
        pub fn new(name: &str) -> Result<Self, FixtureError> {
            if name.is_empty() {
                return Err(FixtureError::Empty);
            }
            Ok(Self {
                name: name.to_owned(),
                count: 0,
                panic_on_drop: false,
            })
        }

        /// Adds to the count; answers the new count.
        pub fn add(&mut self, amount: u64) -> Result<u64, FixtureError> {
            self.count = self
                .count
                .checked_add(amount)
                .ok_or(FixtureError::Overflow(usize::MAX))?;
            Ok(self.count)
        }

        /// The count.
        pub fn get(&self) -> u64 {
            self.count
        }

        /// The name, as a string the caller frees.
        pub fn name(&self) -> String {
            self.name.clone()
        }

        /// Adds another counter's count to this one.
        pub fn absorb(&mut self, other: &Counter) -> Result<u64, FixtureError> {
            self.add(other.count)
        }

        /// Makes freeing this counter panic (inside `Drop`).
        pub fn panic_when_freed(&mut self) {
            self.panic_on_drop = true;
        }
    }

    impl Drop for Counter {
        fn drop(&mut self) {
            assert!(
                !self.panic_on_drop,
                "counter {} asked to panic when freed",
                self.name
            );
        }
    }

    /// A handle whose C name (`fx_type`) is a Rust keyword.
    #[ffi(opaque)]
    pub struct Type {
        id: u32,
    }

    impl Type {
        /// A type of this id.
        pub fn new(id: u32) -> Self {
            Self { id }
        }

        /// Its id.
        pub fn id(&self) -> u32 {
            self.id
        }
    }

    /// A value bound to its thread (neither `Send` nor `Sync`).
    #[ffi(opaque)]
    pub struct Local {
        shared: Rc<Cell<u32>>,
    }

    impl Local {
        /// A new one.
        pub fn new() -> Self {
            Self {
                shared: Rc::new(Cell::new(0)),
            }
        }

        /// Counts a touch; answers how many.
        pub fn touch(&self) -> u32 {
            self.shared.set(self.shared.get() + 1);
            self.shared.get()
        }
    }
}

/// The fixture's error: a code per variant.
#[derive(Debug)]
pub enum FixtureError {
    /// An empty input.
    Empty,
    /// More than fits.
    Overflow(usize),
    /// A code chosen by the caller.
    Code(i32),
}

impl fmt::Display for FixtureError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Empty => f.write_str("the input is empty"),
            Self::Overflow(size) => write!(f, "{size} is too large"),
            Self::Code(code) => write!(f, "failed with code {code}"),
        }
    }
}

impl ffi_runtime::export::ExportError for FixtureError {
    fn code(&self) -> i32 {
        match self {
            Self::Empty => exported::ERR_EMPTY,
            Self::Overflow(_) => exported::ERR_OVERFLOW,
            Self::Code(code) => *code,
        }
    }
}

/// A panic payload whose `Drop` panics (rust#86027).
pub struct PanickyPayload;

impl Drop for PanickyPayload {
    fn drop(&mut self) {
        panic!("the payload's drop panicked");
    }
}
