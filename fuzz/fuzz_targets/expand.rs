//! Fuzzes `#[foreign]`: the input's first line is the attribute's arguments, the rest
//! the item. The macro must not panic, and its output must parse as a Rust file.
//! Run: `cargo +nightly fuzz run expand` (seeds: `fuzz/seeds/expand`).
#![no_main]

#[path = "../../ffi-macros/src/foreign/mod.rs"]
#[allow(dead_code, unreachable_pub, unused_imports)]
mod foreign;

use libfuzzer_sys::fuzz_target;
use proc_macro2::TokenStream;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let (args, item) = text.split_once('\n').unwrap_or(("", text));
    let (Ok(args), Ok(item)) = (args.parse::<TokenStream>(), item.parse::<TokenStream>()) else {
        return;
    };
    let output = foreign::expand(args, item);
    if let Err(error) = syn::parse2::<syn::File>(output.clone()) {
        panic!("the expansion does not parse: {error}\n{output}");
    }
});
