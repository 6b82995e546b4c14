//! Wraps the committed bindgen output (`bindgen/zlib.rs`, unmodified) in a
//! `#[foreign]` module for `tests/bindgen_zlib.rs`: an attribute sees only the
//! tokens it is given, so the file's text goes inside the module here, where
//! `include!` then puts the whole of it.

fn main() {
    shared_fixtures();
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

/// The shared libraries the dynamic-loading tests load (`FFI_DYN_FIXTURES` is
/// their folder): a v1 and a v2 of one library (v2 adds a symbol), one whose
/// constructor sets an environment variable, and one exporting two versions of
/// a symbol through a version script.
fn shared_fixtures() {
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let compiler = cc::Build::new().get_compiler();
    let build = |output: &str, args: &[&str]| {
        let status = compiler
            .to_command()
            .args(["-shared", "-fPIC", "-Wall", "-Werror", "-o"])
            .arg(out.join(output))
            .args(args)
            .status()
            .expect("the C compiler runs");
        assert!(status.success(), "building {output}");
    };
    for file in [
        "dyn_lib.c",
        "dyn_ctor.c",
        "dyn_versioned.c",
        "dyn_versioned.map",
    ] {
        println!("cargo:rerun-if-changed=csrc/{file}");
    }
    build("libdyn_v1.so", &["-DDYN_VERSION=1", "csrc/dyn_lib.c"]);
    build("libdyn_v2.so", &["-DDYN_VERSION=2", "csrc/dyn_lib.c"]);
    build("libdyn_ctor.so", &["csrc/dyn_ctor.c"]);
    build(
        "libdyn_versioned.so",
        &[
            "-Wl,--version-script=csrc/dyn_versioned.map",
            "csrc/dyn_versioned.c",
        ],
    );
    println!("cargo:rustc-env=FFI_DYN_FIXTURES={}", out.display());
}
