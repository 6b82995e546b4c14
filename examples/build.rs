//! Builds our own C library `demo` (csrc/) as a static library. Linking is left to
//! the `#[link(name = "demo", kind = "static")]` that `#[foreign(lib = "demo",
//! kind = "static")]` emits: that is what the `demo` example shows.

fn main() {
    println!("cargo:rerun-if-changed=csrc/demo.c");
    println!("cargo:rerun-if-changed=csrc/demo.h");
    cc::Build::new()
        .file("csrc/demo.c")
        .warnings(true)
        .extra_warnings(true)
        .warnings_into_errors(true)
        .cargo_metadata(false)
        .compile("demo");
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    println!("cargo:rustc-link-search=native={out_dir}");
}
