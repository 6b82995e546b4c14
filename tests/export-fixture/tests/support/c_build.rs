//! Builds and runs C programs against a crate's exports: the header through gcc
//! (C99, C11) and g++, a program linked against the cdylib and against the
//! staticlib, run under valgrind; and the cdylib's exported symbols read by
//! `nm`. Shared by the fixture's tests and the tokenizer example's (by path).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The libraries Cargo built for this package's integration tests:
/// `lib<name>.so` and `lib<name>.a` beside the test executable.
pub fn artifacts(name: &str) -> (PathBuf, PathBuf) {
    let executable = std::env::current_exe().expect("the test's own path");
    let deps = executable
        .parent()
        .expect("the deps directory")
        .to_path_buf();
    let shared = deps.join(format!("lib{name}.so"));
    let archive = deps.join(format!("lib{name}.a"));
    for library in [&shared, &archive] {
        assert!(
            library.exists(),
            "{} was not built (crate-type cdylib + staticlib)",
            library.display()
        );
    }
    (shared, archive)
}

/// Runs a command, panicking with its output when it fails; answers stdout.
pub fn run(command: &mut Command) -> String {
    let output = command
        .output()
        .unwrap_or_else(|error| panic!("{command:?}: {error}"));
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "{command:?} failed ({}):\n{stdout}\n{stderr}",
        output.status
    );
    stdout
}

/// The header compiles as strict C99, as C11 (the `_Static_assert` branch) and
/// as C++ (the `static_assert` and `extern "C"` branch), warnings as errors.
pub fn compile_header(include: &Path, header: &str, scratch: &Path) {
    let source = scratch.join("header_only.c");
    std::fs::write(
        &source,
        format!("#include \"{header}\"\nint main(void) {{ return 0; }}\n"),
    )
    .unwrap();
    let strict = ["-pedantic", "-Wall", "-Wextra", "-Werror", "-fsyntax-only"];
    for (compiler, standard) in [
        ("gcc", "-std=c99"),
        ("gcc", "-std=c11"),
        ("g++", "-std=c++11"),
    ] {
        let mut command = Command::new(compiler);
        if compiler == "g++" {
            command.args(["-x", "c++"]);
        }
        run(command
            .arg(standard)
            .args(strict)
            .arg("-I")
            .arg(include)
            .arg(&source));
    }
}

/// Builds `program` twice, against the cdylib and the staticlib, strict C99.
pub fn build_program(program: &Path, include: &Path, name: &str, scratch: &Path) -> [PathBuf; 2] {
    let (shared, archive) = artifacts(name);
    let deps = shared.parent().unwrap();
    let strict = ["-std=c99", "-pedantic", "-Wall", "-Wextra", "-Werror", "-g"];
    let dynamic = scratch.join(format!("{name}_dynamic"));
    run(Command::new("gcc")
        .args(strict)
        .arg("-I")
        .arg(include)
        .arg(program)
        .arg("-o")
        .arg(&dynamic)
        .arg("-L")
        .arg(deps)
        .arg(format!("-l{name}"))
        .arg(format!("-Wl,-rpath,{}", deps.display()))
        .arg("-lpthread"));
    let fixed = scratch.join(format!("{name}_static"));
    // What `rustc --print native-static-libs` lists for a std staticlib on Linux.
    run(Command::new("gcc")
        .args(strict)
        .arg("-I")
        .arg(include)
        .arg(program)
        .arg(&archive)
        .arg("-o")
        .arg(&fixed)
        .args([
            "-lgcc_s",
            "-lutil",
            "-lrt",
            "-lpthread",
            "-lm",
            "-ldl",
            "-lc",
        ]));
    [dynamic, fixed]
}

/// Runs a program under valgrind: no memory error, no byte definitely lost.
pub fn run_under_valgrind(program: &Path) -> String {
    // Cargo's LD_LIBRARY_PATH lists target/debug, where an older copy of the
    // cdylib may be, ahead of the program's RUNPATH (the deps directory).
    run(Command::new("valgrind")
        .env_remove("LD_LIBRARY_PATH")
        .args([
            "--quiet",
            "--error-exitcode=99",
            "--leak-check=full",
            "--errors-for-leak-kinds=definite",
        ])
        .arg(program))
}

/// The functions a shared library defines and exports (`nm -D --defined-only`).
pub fn exported_functions(shared: &Path) -> BTreeSet<String> {
    let listing = run(Command::new("nm")
        .args(["-D", "--defined-only"])
        .arg(shared));
    listing
        .lines()
        .filter_map(|line| {
            let mut fields = line.split_whitespace().rev();
            let name = fields.next()?;
            let kind = fields.next()?;
            (kind == "T").then(|| name.to_owned())
        })
        .collect()
}

/// The functions a header declares: every prototype `type name(params);`.
pub fn header_functions(header: &str) -> BTreeSet<String> {
    header
        .lines()
        .filter(|line| {
            line.ends_with(");")
                && !line.starts_with(['#', ' ', '_', '/'])
                && !line.starts_with("static_assert")
                && !line.starts_with("typedef")
        })
        .filter_map(|line| {
            let before = &line[..line.find('(')?];
            let name = before.rsplit([' ', '*']).next()?;
            Some(name.to_owned())
        })
        .collect()
}
