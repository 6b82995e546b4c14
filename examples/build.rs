//! Builds our own C library `demo` (csrc/) as a static library, and finds the
//! system's sqlite3, zlib and (optionally) libtls, libarchive and PCRE2. Linking is left to the `#[link(..)]` that
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

    // The system's libraries: pkg-config finds where they are; the
    // `#[foreign(lib = ..)]` blocks of the examples link them. sqlite3 and zlib
    // are required; a missing optional one (libtls, libarchive, PCRE2: absent from a fresh machine
    // of the kind CI runs on) compiles its example and tests out, with a notice,
    // unless FFI_REQUIRE_LIBS is set (CI sets it).
    println!("cargo::rustc-check-cfg=cfg(no_libtls, no_libarchive, no_libpcre2)");
    println!("cargo:rerun-if-env-changed=FFI_REQUIRE_LIBS");
    let require_all = std::env::var_os("FFI_REQUIRE_LIBS").is_some();
    for (library, package, missing) in [
        ("sqlite3", "libsqlite3-dev", None),
        ("zlib", "zlib1g-dev", None),
        ("libtls", "libtls-dev", Some("no_libtls")),
        ("libarchive", "libarchive-dev", Some("no_libarchive")),
        ("libpcre2-8", "libpcre2-dev", Some("no_libpcre2")),
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
            Err(error) if missing.is_none() || require_all => {
                panic!("{library} not found (install {package}): {error}")
            }
            Err(_) => {
                println!(
                    "cargo:warning={library} not found: its example and tests are skipped (install {package} to run them)"
                );
                if let Some(cfg) = missing {
                    println!("cargo:rustc-cfg={cfg}");
                }
            }
        }
    }
}
