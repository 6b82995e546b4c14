//! Expansion cost: `#[foreign]` over a generated block of 5,000 functions with mixed
//! conventions, calling the expansion function directly (min of 5 runs).
//!
//! `cargo bench -p tests --bench expand` prints the time; `expand block N` prints
//! the block of N functions (with its `#[foreign]` line) for `scripts/bench`, which
//! measures the build of a crate holding it.

#[path = "../../ffi-macros/src/foreign/mod.rs"]
#[allow(dead_code, unreachable_pub, unused_imports)]
mod foreign;

use std::fmt::Write as _;
use std::time::Instant;

/// A block of `count` declarations cycling through the conventions and forms.
fn block(count: usize) -> String {
    let mut text = String::from("unsafe extern \"C\" {\n");
    for i in 0..count {
        let declaration = match i % 7 {
            0 => format!("    /// Doc.\n    pub fn f{i}(fd: c_int) -> c_int;\n"),
            1 => format!("    pub fn f{i}(resource: c_int, #[out] value: *mut c_long) -> c_int;\n"),
            2 => format!(
                "    #[ffi(zero, message = message(code))]\n    pub fn f{i}(code: c_int, #[cstr] name: *const c_char) -> c_int;\n"
            ),
            3 => format!(
                "    #[ffi(neg_errno)]\n    pub fn f{i}(fd: c_int, count: usize) -> isize;\n"
            ),
            4 => format!("    #[ffi(nonnull)]\n    pub fn f{i}(size: usize) -> *mut c_void;\n"),
            5 => format!(
                "    #[ffi(ret_errno)]\n    pub fn f{i}(#[out] a: *mut c_int, #[out] b: *mut c_long) -> c_int;\n"
            ),
            _ => format!("    #[ffi(unchecked)]\n    pub fn f{i}(x: f64) -> f64;\n"),
        };
        text.push_str(&declaration);
    }
    text.push_str("    #[ffi(raw)]\n    pub fn message(code: c_int) -> *const c_char;\n}\n");
    text
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.get(1).map(String::as_str) == Some("block") {
        let count: usize = args
            .get(2)
            .and_then(|count| count.parse().ok())
            .unwrap_or(5_000);
        print!("{}", block(count));
        return;
    }
    if args.iter().any(|arg| arg == "--list") {
        return;
    }
    let source = block(5_000);
    let mut report = String::new();
    let mut best = f64::INFINITY;
    let mut output_len = 0;
    for _ in 0..5 {
        let input: proc_macro2::TokenStream = source.parse().expect("the block tokenizes");
        let start = Instant::now();
        let output = foreign::expand("errno".parse().expect("args tokenize"), input);
        best = best.min(start.elapsed().as_secs_f64() * 1e3);
        let text = output.to_string();
        output_len = text.len();
        if let Some(at) = text.find("compile_error") {
            panic!(
                "the generated block is invalid: {}",
                &text[at..(at + 300).min(text.len())]
            );
        }
    }
    let _ = write!(
        report,
        "expansion of 5,000 functions: {best:.1} ms (min of 5; {output_len} bytes of output)"
    );
    println!("{report}");
}
