//! Expansion snapshots, one folder per feature (`expand/<feature>/<case>.rs`, like
//! the ui cases): each input must expand, printed with prettyplease, to the
//! `<case>.expanded.rs` beside it. An input's first line says what expands it:
//! `// args: ...` (the `#[foreign]` arguments; the rest is the extern block),
//! `// export: ...` (the `#[export]` arguments; the rest is the module) or
//! `// derive: Owned` (`Value`, `PointerFree`, `AnyBitPattern`; the rest is the
//! item). `UPDATE_EXPANSIONS=1` rewrites the snapshots.
#![cfg(not(miri))] // Tests the macro, which runs no unsafe code.

#[path = "../../ffi-macros/src/foreign/mod.rs"]
#[allow(dead_code, unreachable_pub)]
mod foreign;

#[path = "../../ffi-macros/src/export/mod.rs"]
#[allow(dead_code, unreachable_pub)]
mod export;

#[path = "../../ffi-macros/src/derive/mod.rs"]
#[allow(dead_code, unreachable_pub)]
mod derive;

use std::path::{Path, PathBuf};

fn expand_file(source: &str) -> String {
    let (first, item) = source
        .split_once('\n')
        .expect("a snapshot input has a first line saying what expands it");
    let item: proc_macro2::TokenStream = item.parse().expect("the input tokenizes");
    let output = if let Some(args) = first.strip_prefix("// args:") {
        foreign::expand(args.parse().expect("args tokenize"), item)
    } else if let Some(args) = first.strip_prefix("// export:") {
        export::expand(args.parse().expect("args tokenize"), item)
    } else {
        let name = first
            .strip_prefix("// derive:")
            .expect("the first line is `// args: ...` or `// derive: Name`")
            .trim();
        match name {
            "Owned" => derive::owned(item),
            "Value" => derive::value(item),
            "PointerFree" => derive::pointer_free(item),
            "AnyBitPattern" => derive::any_bit_pattern(item),
            other => panic!("unknown derive `{other}`"),
        }
    };
    let file: syn::File = syn::parse2(output).expect("the expansion parses as a file");
    prettyplease::unparse(&file)
}

fn inputs(directory: &Path, found: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(directory).expect("readable directory") {
        let path = entry.expect("readable entry").path();
        if path.is_dir() {
            inputs(&path, found);
        } else if !path.to_string_lossy().ends_with(".expanded.rs") {
            found.push(path);
        }
    }
}

#[test]
fn expansions_match_their_snapshots() {
    let directory = Path::new(env!("CARGO_MANIFEST_DIR")).join("expand");
    let update = std::env::var_os("UPDATE_EXPANSIONS").is_some();
    let mut found = Vec::new();
    inputs(&directory, &mut found);
    found.sort();
    assert!(
        found.len() >= 13,
        "expected the snapshot inputs in {}",
        directory.display()
    );
    let mut mismatches = Vec::new();
    for input in found {
        let expanded = expand_file(&std::fs::read_to_string(&input).expect("readable input"));
        let snapshot = input.with_extension("expanded.rs");
        if update {
            std::fs::write(&snapshot, &expanded).expect("writable snapshot");
        } else if std::fs::read_to_string(&snapshot).ok().as_deref() != Some(expanded.as_str()) {
            mismatches.push(format!("{}:\n{expanded}", snapshot.display()));
        }
    }
    assert!(
        mismatches.is_empty(),
        "expansions differ from their snapshots (UPDATE_EXPANSIONS=1 to accept):\n{}",
        mismatches.join("\n")
    );
}

/// Malformed inputs: the macro reports, never panics, and still emits valid Rust.
#[test]
fn bad_inputs_give_errors_not_panics() {
    let cases = [
        ("", "fn not_a_block() {}"),
        ("errno", "unsafe extern \"C\" { fn f(x: *mut u8) -> i32; }"),
        ("errno = 1, lib", "unsafe extern \"C\" { fn f() -> i32; }"),
        (
            "",
            "unsafe extern \"C\" { #[ffi(message = )] fn f() -> i32; }",
        ),
        ("", "unsafe extern \"C\" { #[ffi(check)] fn f() -> i32; }"),
        (
            "",
            "unsafe extern \"C\" { fn f(#[out(x)] p: *mut i32) -> i32; }",
        ),
        ("", "unsafe extern \"C\" { fn f(&self); }"),
        ("", "unsafe extern \"C\" { fn f() { } static X: i32 = 1; }"),
        ("nonnull", "unsafe extern \"C\" { fn f(); fn g() -> f64; }"),
        (
            "",
            "unsafe extern \"C\" { #[ffi(zero, message = g(x))] fn f() -> i32; }",
        ),
        (",,", "unsafe extern \"C\" { }"),
        ("lib = 3", "extern \"Rust\" { }"),
        (
            "",
            "unsafe extern \"C\" { #[cfg_attr(unix, ffi(raw))] fn f(); }",
        ),
        // Found by the mutation test: `Trait +` parses as a type but not in `<T as ..>`.
        ("check = kind +", "unsafe extern \"C\" { fn f() -> i32; }"),
        (
            "errno, error = E +",
            "unsafe extern \"C\" { fn f() -> i32; }",
        ),
        // Found by `cargo fuzz`: an inner attribute was printed outside the braces.
        (
            "zero",
            "unsafe extern \"C\" { #![ffi(message = e())] #![allow(dead_code)] fn f() -> i32; }",
        ),
    ];
    for (args, input) in cases {
        let output = foreign::expand(args.parse().unwrap(), input.parse().unwrap());
        let text = output.to_string();
        assert!(
            text.contains("compile_error"),
            "no error for `{args}` / `{input}`:\n{text}"
        );
        syn::parse2::<syn::File>(output)
            .unwrap_or_else(|error| panic!("invalid output for `{input}`: {error}"));
    }
}

/// Found by `cargo fuzz`: `#[foreign]` on a function whose body nests thousands of
/// closures (rustc accepts it: its parser grows its stack) overflowed the stack in
/// syn's recursive expression parser. The macro no longer parses bodies at all;
/// here it runs on a 256 KiB stack.
#[test]
fn deeply_nested_bodies_are_never_parsed() {
    let body = "|| ".repeat(5_000);
    let input = format!("unsafe extern \"C\" fn f() -> i32 {{ {body} 0 }}");
    let text = std::thread::Builder::new()
        .stack_size(256 * 1024)
        .spawn(move || {
            foreign::expand(proc_macro2::TokenStream::new(), input.parse().unwrap()).to_string()
        })
        .unwrap()
        .join()
        .unwrap();
    assert!(text.contains("applies to an `extern` block"), "{text}");
}

/// Class 15 of the soundness review: 300 nested `&` in a parameter type (rustc
/// accepts 400) overflowed the macro's stack in syn's recursive type parser,
/// even with `#[ffi(raw)]`, and crashed rustc. Nesting deeper than 64 is now
/// refused before syn parses anything (here on a 256 KiB stack, with groups and
/// pointers too); at the limit, the whole expansion fits in 4 MiB, half of the
/// 8 MiB rustc runs proc macros on (a debug-built syn takes tens of KiB a level).
#[test]
fn deeply_nested_types_are_refused_not_parsed() {
    let expand_on = |stack: usize, input: String| {
        std::thread::Builder::new()
            .stack_size(stack)
            .spawn(move || {
                let tokens: proc_macro2::TokenStream = input.parse().unwrap();
                foreign::expand(proc_macro2::TokenStream::new(), tokens).to_string()
            })
            .unwrap()
            .join()
            .unwrap()
    };
    let too_deep = [
        format!("{}u8{}", "Option<".repeat(200), ">".repeat(200)),
        format!("&{}u8", "&".repeat(300)),
        format!("{}u8", "*const ".repeat(300)),
        format!("{}u8{}", "(".repeat(300), ")".repeat(300)),
        format!("{}u8{}", "[".repeat(300), "; 1]".repeat(300)),
    ];
    for ty in too_deep {
        let input = format!("unsafe extern \"C\" {{ #[ffi(raw)] fn f(x: {ty}); }}");
        let text = expand_on(256 * 1024, input);
        assert!(text.contains("nests types more than 64 deep"), "{text}");
    }
    // The block's arguments too (red team: `error = ((..))` crashed rustc).
    let args = format!("errno, error = {}E{}", "(".repeat(300), ")".repeat(300));
    let text = std::thread::Builder::new()
        .stack_size(256 * 1024)
        .spawn(move || {
            let block = "unsafe extern \"C\" { fn f() -> i32; }".parse().unwrap();
            foreign::expand(args.parse().unwrap(), block).to_string()
        })
        .unwrap()
        .join()
        .unwrap();
    assert!(text.contains("nests types more than 64 deep"), "{text}");
    // And the derives (a field type, an attribute's expression).
    let items = [
        format!(
            "#[repr(C)] struct S {{ a: {}u8{} }}",
            "Option<".repeat(200),
            ">".repeat(200)
        ),
        format!(
            "#[value(constants(A = {}1{}))] #[repr(transparent)] struct V(i32);",
            "(".repeat(1000),
            ")".repeat(1000)
        ),
    ];
    for item in items {
        let text = std::thread::Builder::new()
            .stack_size(256 * 1024)
            .spawn(move || {
                let tokens: proc_macro2::TokenStream = item.parse().unwrap();
                derive::pointer_free(tokens.clone()).to_string()
                    + &derive::value(tokens).to_string()
            })
            .unwrap()
            .join()
            .unwrap();
        assert!(text.matches("more than 64 deep").count() == 2, "{text}");
    }
    for attribute in ["#[ffi(raw)]", "#[ffi(unchecked)]"] {
        let input = format!(
            "unsafe extern \"C\" {{ {attribute} fn f(x: {}u8, y: {}u8{}) -> i32; }}",
            "&".repeat(64),
            "(".repeat(60),
            ")".repeat(60)
        );
        let text = expand_on(4 << 20, input);
        assert!(!text.contains("nests types"), "{text}");
    }
}
