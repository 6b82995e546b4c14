//! The tokenizer seen from C: the committed header is current and compiles as
//! C99, C11 and C++; `c/demo.c` runs against the cdylib and the staticlib
//! under valgrind and prints what the Rust code found; the cdylib exports
//! exactly the header's functions.
//!
//! Regenerate the header: `FFI_UPDATE_HEADERS=1 cargo test -p tokenizer --test c_demo`.

#[path = "../../../tests/export-fixture/tests/support/c_build.rs"]
mod c_build;

use std::path::{Path, PathBuf};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn scratch() -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("tokenizer");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn committed_header_is_current() {
    let header = ffi_runtime::export::Header::new("TOKENIZER_H")
        .module(&tokenizer::api::c_api::MODULE)
        .render();
    if let Err(stale) =
        ffi_runtime::export::check_header(root().join("include/tokenizer.h"), &header)
    {
        panic!("{stale}");
    }
}

#[cfg(not(miri))]
#[test]
fn header_compiles_as_c99_c11_and_cpp() {
    c_build::compile_header(&root().join("include"), "tokenizer.h", &scratch());
}

#[cfg(not(miri))]
#[test]
fn demo_runs_against_cdylib_and_staticlib_under_valgrind() {
    let programs = c_build::build_program(
        &root().join("c/demo.c"),
        &root().join("include"),
        "tokenizer",
        &scratch(),
    );
    for program in programs {
        let output = c_build::run_under_valgrind(&program);
        let expected = [
            "1:1 word   total",
            "1:7 punct  =",
            "1:17 number 1.25",
            "1:24 string \"tax\"",
            "2:1 word   print",
            "11 tokens",
            "tok_tokenize into 4 slots: status 3 (tok_tokenize: the text has 11 tokens, more than the array holds)",
            "unterminated: status 2 (tok_tokenize: unterminated string starting at line 1, column 5)",
            "NULL text: status -2 (tok_tokenize: `text` is NULL with length 3)",
        ];
        for line in expected {
            assert!(
                output.lines().any(|printed| printed == line),
                "{}: no line {line:?} in\n{output}",
                program.display()
            );
        }
    }
}

#[cfg(not(miri))]
#[test]
fn cdylib_exports_exactly_the_header_functions() {
    let (shared, _) = c_build::artifacts("tokenizer");
    let header = std::fs::read_to_string(root().join("include/tokenizer.h")).unwrap();
    assert_eq!(
        c_build::exported_functions(&shared),
        c_build::header_functions(&header)
    );
}
