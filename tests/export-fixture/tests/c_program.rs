//! The fixture seen from C: the header compiles strictly as C99, C11 and C++;
//! `c/test.c` (every export through a typed pointer) runs against the cdylib
//! and the staticlib under valgrind; the cdylib exports exactly the header's
//! functions.
#![cfg(not(miri))]

#[path = "support/c_build.rs"]
mod c_build;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn scratch() -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("export-fixture");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn header_text() -> String {
    std::fs::read_to_string(root().join("include/fixture.h")).unwrap()
}

#[test]
fn header_compiles_as_c99_c11_and_cpp() {
    c_build::compile_header(&root().join("include"), "fixture.h", &scratch());
}

#[test]
fn c_program_passes_against_cdylib_and_staticlib_under_valgrind() {
    let programs = c_build::build_program(
        &root().join("c/test.c"),
        &root().join("include"),
        "export_fixture",
        &scratch(),
    );
    for program in programs {
        let output = c_build::run_under_valgrind(&program);
        assert!(
            output.starts_with("ok: "),
            "{}: {output}",
            program.display()
        );
    }
}

#[test]
fn cdylib_exports_exactly_the_header_functions() {
    let (shared, _) = c_build::artifacts("export_fixture");
    let exported = c_build::exported_functions(&shared);
    let declared = c_build::header_functions(&header_text());
    assert!(declared.len() > 30, "the header parse found {declared:?}");
    assert_eq!(
        exported, declared,
        "nm -D --defined-only vs the header's prototypes"
    );
}

#[test]
fn c_program_takes_every_export_through_a_typed_pointer() {
    let program = std::fs::read_to_string(root().join("c/test.c")).unwrap();
    let start = program.find("/* exports:").unwrap();
    let end = program.find("/* end of exports */").unwrap();
    let taken: BTreeSet<String> = program[start..end]
        .lines()
        .filter_map(|line| {
            line.trim_end_matches(';')
                .rsplit("= ")
                .next()
                .filter(|name| name.starts_with("fx_"))
        })
        .map(str::to_owned)
        .collect();
    assert_eq!(taken, c_build::header_functions(&header_text()));
}
