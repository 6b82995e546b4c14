//! Wraps the committed bindgen output (`bindgen/zlib.rs`, unmodified) in a
//! `#[foreign]` module for `tests/bindgen_zlib.rs`: an attribute sees only the
//! tokens it is given, so the file's text goes inside the module here, where
//! `include!` then puts the whole of it.

fn main() {
    println!("cargo:rerun-if-changed=bindgen/zlib.rs");
    let bindings = std::fs::read_to_string("bindgen/zlib.rs").expect("bindgen/zlib.rs");
    let wrapped = format!(
        "/// bindgen's output for zlib.h, as it came out.\n\
         #[::ffi_runtime::foreign(unsafe)]\n\
         #[allow(missing_docs, non_camel_case_types, non_snake_case, non_upper_case_globals, dead_code, clippy::all, clippy::pedantic)]\n\
         pub mod zlib {{\n{bindings}\n}}\n\
         // libz-sys links zlib (the one copy): bindgen output links nothing.\n\
         use libz_sys as _;\n"
    );
    let out = std::path::Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"))
        .join("zlib_foreign.rs");
    std::fs::write(out, wrapped).expect("write OUT_DIR/zlib_foreign.rs");
}
