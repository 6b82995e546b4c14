//! The macro never panics: every `#[foreign]` input of the test suite, mutated at the
//! token level (drop, duplicate, swap, replace with a random token or group,
//! truncate), must expand without a panic to tokens that parse as a Rust file.
//! Deterministic: a fixed seed, so a failure reproduces; `MUTATION_CASES` sets the
//! count (default 50,000) and `MUTATION_SEED` the seed.
#![cfg(not(miri))] // Tests the macro, which runs no unsafe code.

#[path = "../../ffi-macros/src/foreign/mod.rs"]
#[allow(dead_code, unreachable_pub)]
mod foreign;

use proc_macro2::{Delimiter, Group, Ident, Literal, Punct, Spacing, Span, TokenStream, TokenTree};
use std::path::Path;

/// xorshift64*: small, deterministic, good enough to pick mutations.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, bound: usize) -> usize {
        usize::try_from(self.next() % u64::try_from(bound.max(1)).unwrap()).unwrap()
    }
}

/// Every `#[foreign(...)]` block in the test suite and the examples, as (attribute
/// args, block).
fn corpus() -> Vec<(TokenStream, TokenStream)> {
    named_corpus()
        .into_iter()
        .map(|(_, args, block)| (args, block))
        .collect()
}

/// The corpus, each block named by its file (relative, `/` as `-`) and its
/// position in the file.
fn named_corpus() -> Vec<(String, TokenStream, TokenStream)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for directory in ["tests", "expand", "ui", "../examples/examples"] {
        rust_files(&root.join(directory), &mut files);
    }
    files.push(root.join("lint_cases.rs"));
    files.sort();
    let mut named = Vec::new();
    for path in files {
        let source = std::fs::read_to_string(&path).unwrap();
        let mut blocks = Vec::new();
        if let Some(args) = source
            .lines()
            .next()
            .and_then(|line| line.strip_prefix("// args:"))
        {
            let block = source.split_once('\n').unwrap().1;
            blocks.push((args.parse().unwrap(), block.parse().unwrap()));
        } else if let Ok(file) = syn::parse_file(&source) {
            collect(&file.items, &mut blocks);
        }
        let relative = path.strip_prefix(root).unwrap_or(&path).with_extension("");
        let stem = relative
            .to_string_lossy()
            .trim_start_matches("../")
            .replace('/', "-");
        for (index, (args, block)) in blocks.into_iter().enumerate() {
            named.push((format!("{stem}-{index}"), args, block));
        }
    }
    named
}

fn rust_files(directory: &Path, files: &mut Vec<std::path::PathBuf>) {
    let Ok(entries) = std::fs::read_dir(directory) else {
        return;
    };
    for entry in entries {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, files);
        } else if path.extension().is_some_and(|ext| ext == "rs")
            && !path.to_string_lossy().ends_with(".expanded.rs")
        {
            files.push(path);
        }
    }
}

fn collect(items: &[syn::Item], blocks: &mut Vec<(TokenStream, TokenStream)>) {
    for item in items {
        match item {
            syn::Item::ForeignMod(block) => {
                let mut block = block.clone();
                let position = block.attrs.iter().position(|attr| {
                    attr.path()
                        .segments
                        .last()
                        .is_some_and(|segment| segment.ident == "foreign")
                });
                if let Some(position) = position {
                    let attr = block.attrs.remove(position);
                    let args = match attr.meta {
                        syn::Meta::List(list) => list.tokens,
                        _ => TokenStream::new(),
                    };
                    blocks.push((args, quote::quote!(#block)));
                }
            }
            syn::Item::Mod(module) => {
                if let Some((_, items)) = &module.content {
                    collect(items, blocks);
                }
            }
            _ => {}
        }
    }
}

fn random_token(rng: &mut Rng) -> TokenTree {
    const WORDS: &[&str] = &[
        "fn",
        "extern",
        "unsafe",
        "safe",
        "pub",
        "static",
        "mut",
        "const",
        "async",
        "self",
        "errno",
        "neg_errno",
        "ret_errno",
        "zero",
        "nonnull",
        "check",
        "unchecked",
        "message",
        "raw",
        "out",
        "ffi",
        "lib",
        "kind",
        "crate",
        "error",
        "c_int",
        "c_char",
        "f64",
        "bool",
        "NonNull",
        "Option",
        "type",
        "impl",
        "dyn",
        "where",
        "for",
        "_",
    ];
    const PUNCTS: &[char] = &[
        '*', '&', '#', '=', ',', ';', ':', '-', '>', '<', '.', '!', '\'', '?',
    ];
    match rng.below(6) {
        0 | 1 => TokenTree::Ident(Ident::new(WORDS[rng.below(WORDS.len())], Span::call_site())),
        2 => TokenTree::Punct(Punct::new(
            PUNCTS[rng.below(PUNCTS.len())],
            if rng.below(2) == 0 {
                Spacing::Alone
            } else {
                Spacing::Joint
            },
        )),
        3 => match rng.below(3) {
            0 => TokenTree::Literal(Literal::string(
                ["", "C", "static", "m\0", "system"][rng.below(5)],
            )),
            1 => TokenTree::Literal(Literal::i64_unsuffixed(
                i64::try_from(rng.below(3)).unwrap() - 1,
            )),
            _ => TokenTree::Literal(Literal::c_string(c"x")),
        },
        _ => {
            let delimiter = [
                Delimiter::Parenthesis,
                Delimiter::Brace,
                Delimiter::Bracket,
                Delimiter::None,
            ][rng.below(4)];
            let inner: TokenStream = (0..rng.below(3)).map(|_| random_leaf(rng)).collect();
            TokenTree::Group(Group::new(delimiter, inner))
        }
    }
}

fn random_leaf(rng: &mut Rng) -> TokenTree {
    loop {
        let token = random_token(rng);
        if !matches!(token, TokenTree::Group(_)) {
            return token;
        }
    }
}

fn mutate(stream: TokenStream, rng: &mut Rng) -> TokenStream {
    let mut tokens: Vec<TokenTree> = stream.into_iter().collect();
    let groups: Vec<usize> = tokens
        .iter()
        .enumerate()
        .filter(|(_, token)| matches!(token, TokenTree::Group(_)))
        .map(|(index, _)| index)
        .collect();
    if !groups.is_empty() && rng.below(3) != 0 {
        let index = groups[rng.below(groups.len())];
        if let TokenTree::Group(group) = &tokens[index] {
            let mut inner = Group::new(group.delimiter(), mutate(group.stream(), rng));
            inner.set_span(group.span());
            tokens[index] = TokenTree::Group(inner);
        }
        return tokens.into_iter().collect();
    }
    let len = tokens.len();
    match rng.below(5) {
        0 if len > 0 => {
            tokens.remove(rng.below(len));
        }
        1 if len > 0 => {
            let index = rng.below(len);
            tokens.insert(index, tokens[index].clone());
        }
        2 if len > 1 => {
            let index = rng.below(len - 1);
            tokens.swap(index, index + 1);
        }
        3 if len > 0 => {
            let index = rng.below(len);
            tokens[index] = random_token(rng);
        }
        4 => tokens.truncate(rng.below(len + 1)),
        _ => tokens.insert(rng.below(len + 1), random_token(rng)),
    }
    tokens.into_iter().collect()
}

#[test]
fn mutated_inputs_never_panic_the_macro() {
    let cases: usize =
        std::env::var("MUTATION_CASES").map_or(50_000, |value| value.parse().unwrap());
    let seed: u64 =
        std::env::var("MUTATION_SEED").map_or(0x5eed_f00d, |value| value.parse().unwrap());
    let corpus = corpus();
    assert!(
        corpus.len() >= 15,
        "expected the test suite's blocks, found {}",
        corpus.len()
    );
    let mut rng = Rng(seed);
    let mut rejected = 0usize;
    for case in 0..cases {
        let (mut args, mut block) = corpus[rng.below(corpus.len())].clone();
        for _ in 0..=rng.below(3) {
            if rng.below(4) == 0 {
                args = mutate(args, &mut rng);
            } else {
                block = mutate(block, &mut rng);
            }
        }
        let (args_text, block_text) = (args.to_string(), block.to_string());
        let output =
            std::panic::catch_unwind(|| foreign::expand(args, block)).unwrap_or_else(|_| {
                panic!("case {case}: the macro panicked on\n#[foreign({args_text})]\n{block_text}")
            });
        rejected += usize::from(output.to_string().contains("compile_error"));
        if let Err(error) = syn::parse2::<syn::File>(output.clone()) {
            panic!(
                "case {case}: output does not parse ({error}) for\n#[foreign({args_text})]\n{block_text}\n=> {output}"
            );
        }
    }
    println!("{cases} mutated inputs, {rejected} rejected with errors, none panicked");
}

/// The fuzzer's seeds (`fuzz/seeds/expand/`, one file per block: the arguments on
/// the first line, the block after) are this corpus, so they never go stale;
/// the crashes the fuzzer found are kept beside them as `regression-*`.
/// `UPDATE_FUZZ_SEEDS=1` (what `scripts/fuzz-seeds` runs) rewrites them.
#[test]
fn fuzz_seeds_are_the_corpus() {
    let directory = Path::new(env!("CARGO_MANIFEST_DIR")).join("../fuzz/seeds/expand");
    let expected: std::collections::BTreeMap<String, String> = named_corpus()
        .into_iter()
        .map(|(name, args, block)| (name, format!("{args}\n{block}\n")))
        .collect();
    let generated = |name: &str| !name.starts_with("regression-");
    if std::env::var_os("UPDATE_FUZZ_SEEDS").is_some() {
        for entry in std::fs::read_dir(&directory).unwrap() {
            let path = entry.unwrap().path();
            if generated(&path.file_name().unwrap().to_string_lossy()) {
                std::fs::remove_file(path).unwrap();
            }
        }
        for (name, seed) in &expected {
            std::fs::write(directory.join(name), seed).unwrap();
        }
    }
    let mut found = std::collections::BTreeMap::new();
    for entry in std::fs::read_dir(&directory).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if generated(&name) {
            found.insert(name, std::fs::read_to_string(&path).unwrap());
        }
    }
    assert!(
        found == expected,
        "fuzz/seeds/expand differs from the corpus: run scripts/fuzz-seeds (missing: {:?}, stale: {:?})",
        expected
            .keys()
            .filter(|name| !found.contains_key(*name))
            .collect::<Vec<_>>(),
        found
            .keys()
            .filter(|name| !expected.contains_key(*name))
            .collect::<Vec<_>>(),
    );
}
