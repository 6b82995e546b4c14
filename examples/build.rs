//! Builds our own C library `demo` (csrc/) as a static library, and finds the
//! system's sqlite3 and libtls. Linking is left to the `#[link(..)]` that
//! `#[foreign(lib = ..)]` emits: that is what the examples show.

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

    // The system's sqlite3 and libtls: pkg-config finds where they are; the
    // `#[foreign(lib = ..)]` blocks of the examples link them.
    for library in ["sqlite3", "libtls", "zlib"] {
        let found = pkg_config::Config::new()
            .cargo_metadata(false)
            .probe(library)
            .unwrap_or_else(|error| {
                panic!("{library} not found (install its Debian -dev package): {error}")
            });
        for path in found.link_paths {
            println!("cargo:rustc-link-search=native={}", path.display());
        }
    }
}
