//! Builds our own C library `demo` (csrc/) as a static library, and finds the
//! optional system libraries (libtls, libarchive, PCRE2). Linking is left to the
//! `#[link(..)]` that `#[foreign(lib = ..)]` emits; sqlite3 and zlib come from
//! libsqlite3-sys and libz-sys, which link them (`sys = ..` blocks).

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

    // The system's libraries: pkg-config finds where they are; the
    // `#[foreign(lib = ..)]` blocks of the examples link them. A missing one
    // (libtls, libarchive, PCRE2: absent from a fresh machine
    // of the kind CI runs on) compiles its example and tests out, with a notice,
    // unless FFI_REQUIRE_LIBS is set (CI sets it).
    println!("cargo::rustc-check-cfg=cfg(no_libtls, no_libarchive, no_libpcre2)");
    println!("cargo:rerun-if-env-changed=FFI_REQUIRE_LIBS");
    let require_all = std::env::var_os("FFI_REQUIRE_LIBS").is_some();
    for (library, package, missing) in [
        ("libtls", "libtls-dev", "no_libtls"),
        ("libarchive", "libarchive-dev", "no_libarchive"),
        ("libpcre2-8", "libpcre2-dev", "no_libpcre2"),
    ] {
        match pkg_config::Config::new()
            .cargo_metadata(false)
            .probe(library)
        {
            Ok(found) => {
                for path in found.link_paths {
                    println!("cargo:rustc-link-search=native={}", path.display());
                }
            }
            Err(error) if require_all => {
                panic!("{library} not found (install {package}): {error}")
            }
            Err(_) => {
                println!(
                    "cargo:warning={library} not found: its example and tests are skipped (install {package} to run them)"
                );
                println!("cargo:rustc-cfg={missing}");
            }
        }
    }
}
