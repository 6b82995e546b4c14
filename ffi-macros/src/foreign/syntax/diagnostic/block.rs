//! Messages of `tests/ui/block`.

use super::closest;
use super::{spanned_with_help, with_help};
use proc_macro2::Span;
use quote::ToTokens;

pub(crate) fn not_an_extern_block(item: impl ToTokens) -> syn::Error {
    spanned_with_help(
        item,
        "#[foreign] applies to an `extern` block",
        "write the C declarations inside `unsafe extern \"C\" { ... }` and put #[foreign] on that block",
    )
}

pub(crate) fn unsupported_abi(abi: impl ToTokens, name: &str) -> syn::Error {
    spanned_with_help(
        abi,
        format!("#[foreign] does not support the ABI \"{name}\""),
        "use extern \"C\", \"C-unwind\", \"system\" or \"system-unwind\"",
    )
}

pub(crate) fn unknown_key(span: Span, key: &str, place: &str, known: &[&str]) -> syn::Error {
    let help = match closest(key, known) {
        Some(close) => format!("did you mean `{close}`?"),
        None => format!("the keys of {place} are: {}", known.join(", ")),
    };
    with_help(span, format!("unknown key `{key}` in {place}"), help)
}

pub(crate) fn duplicate_key(span: Span, key: &str) -> syn::Error {
    with_help(
        span,
        format!("`{key}` is given twice"),
        format!("keep one `{key}`"),
    )
}

pub(crate) fn takes_no_value(span: Span, key: &str) -> syn::Error {
    with_help(
        span,
        format!("`{key}` takes no value"),
        format!("write `{key}` alone"),
    )
}

pub(crate) fn needs_value(span: Span, key: &str, example: &str) -> syn::Error {
    with_help(
        span,
        format!("`{key}` needs a value"),
        format!("write `{key} = {example}`"),
    )
}

pub(crate) fn bad_lib(lit: impl ToTokens) -> syn::Error {
    spanned_with_help(
        lit,
        "`lib` must name a library: a non-empty string without NUL bytes",
        "write the library's link name, e.g. `lib = \"z\"` for libz",
    )
}

pub(crate) fn bad_kind(lit: impl ToTokens, kind: &str, known: &[&str]) -> syn::Error {
    let help = match closest(kind, known) {
        Some(close) => format!("did you mean `kind = \"{close}\"`?"),
        None => "use one of \"static\", \"dylib\", \"framework\", \"raw-dylib\"".to_owned(),
    };
    spanned_with_help(lit, format!("unknown link kind \"{kind}\""), help)
}

pub(crate) fn kind_without_lib(span: Span) -> syn::Error {
    with_help(
        span,
        "`kind` needs `lib`",
        "name the library too: `lib = \"name\", kind = \"static\"`",
    )
}

pub(crate) fn bad_crate_path(lit: impl ToTokens) -> syn::Error {
    spanned_with_help(
        lit,
        "`crate` must be a path to the ffi-runtime crate",
        "write e.g. `crate = \"::my_reexport::ffi\"`",
    )
}

pub(crate) fn item_with_body(item: impl ToTokens) -> syn::Error {
    spanned_with_help(
        item,
        "items in an extern block are declarations: they cannot have a body or a value",
        "declare the C function as `fn name(args) -> T;` and write Rust code outside the block",
    )
}

pub(crate) fn ffi_on_non_fn(attr: impl ToTokens) -> syn::Error {
    spanned_with_help(
        attr,
        "`#[ffi(...)]` applies to functions",
        "block defaults go in `#[foreign(...)]`; statics and types are kept in the raw module as written",
    )
}

pub(crate) fn cfg_attr_hides(attr: impl ToTokens, name: &str) -> syn::Error {
    spanned_with_help(
        attr,
        format!("`#[{name}]` inside `cfg_attr` is invisible to #[foreign], which runs first"),
        "write the attribute plainly, and put the `cfg` on the whole item or on a separate block",
    )
}

pub(crate) fn after_value(span: Span, key: &str) -> syn::Error {
    syn::Error::new(
        span,
        format!("unexpected tokens after the value of `{key}`"),
    )
}

pub(crate) fn nested_too_deep(span: Span, limit: usize) -> syn::Error {
    with_help(
        span,
        format!("this block nests types more than {limit} deep"),
        "declare the deep type with a type alias outside the block, or move the function to a block without #[foreign]",
    )
}

pub(crate) fn module_without_body(name: &syn::Ident) -> syn::Error {
    with_help(
        name.span(),
        "#[foreign] on a module needs its extern blocks inside it",
        "write `#[foreign] mod bindings { unsafe extern \"C\" { .. } }`, or put #[foreign] on the block",
    )
}

pub(crate) fn module_without_block(name: &syn::Ident) -> syn::Error {
    with_help(
        name.span(),
        "#[foreign] on a module found no extern block in it",
        "put the C declarations in `unsafe extern \"C\" { .. }` blocks inside the module",
    )
}

pub(crate) fn macro_in_block(path: impl ToTokens) -> syn::Error {
    spanned_with_help(
        path,
        "#[foreign] cannot see what a macro in the block declares, so it could not check it",
        "write the declarations out, or keep the macro in a plain `extern` block without #[foreign]",
    )
}

pub(crate) fn sys_with_link_key(span: proc_macro2::Span, key: &str, sys: &syn::Path) -> syn::Error {
    with_help(
        span,
        format!(
            "`{key}` links a library, and `sys = {}` declares that the -sys crate already does",
            quote::ToTokens::to_token_stream(sys)
        ),
        format!(
            "remove `{key}`: a second `#[link]` could put a second copy of the library in the binary"
        ),
    )
}

pub(crate) fn sys_link_name(function: &syn::Ident, name: &str) -> syn::Error {
    with_help(
        function.span(),
        format!(
            "`{function}`: by reference (`sys = ..`), `link_name = \"{name}\"` must name the item in the -sys crate, and `{name}` is not an identifier"
        ),
        "write the Rust name of the -sys crate's item (bindgen's `\\u{1}` prefix is dropped by itself)",
    )
}

pub(crate) fn load_without_names(span: proc_macro2::Span) -> syn::Error {
    with_help(
        span,
        "`load` needs the names to try",
        "`load = [\"libz.so.1\", \"libz.so\"]`: the first that loads is used",
    )
}

pub(crate) fn load_with_link_key(span: proc_macro2::Span, key: &str) -> syn::Error {
    with_help(
        span,
        format!(
            "`{key}` and `load` disagree: `load` finds the library at run time, `{key}` takes it at build time"
        ),
        format!("keep one of them (remove `{key}` to load the library)"),
    )
}

pub(crate) fn optional_without_load(span: proc_macro2::Span) -> syn::Error {
    with_help(
        span,
        "`optional` and `version` are for a block that loads its library (`load = [..]`): a linked function is always there, in the version the linker chose",
        "remove the key, or load the library",
    )
}

pub(crate) fn loaded_variadic(function: &syn::Ident) -> syn::Error {
    with_help(
        function.span(),
        format!(
            "`{function}`: a loaded block cannot declare a variadic function (no Rust function can forward its arguments)"
        ),
        "declare it in a linked block, or a fixed-argument variant of it",
    )
}

pub(crate) fn loaded_static(name: &syn::Ident) -> syn::Error {
    with_help(
        name.span(),
        format!("`{name}`: a loaded block does not declare statics yet"),
        "declare the static in a linked block",
    )
}

pub(crate) fn static_not_a_declaration(name: &syn::Ident) -> syn::Error {
    with_help(
        name.span(),
        format!("`{name}` is not a static declaration rustc can read: its type is not a type"),
        "declare it as `static name: Type;`",
    )
}

pub(crate) fn optional_helper(name: &syn::Ident) -> syn::Error {
    with_help(
        name.span(),
        format!(
            "`{name}` is `optional`, and this wrapper calls it: when it is missing, the call could not be made"
        ),
        format!("make `{name}` required (the load then fails without it)"),
    )
}

pub(crate) fn bad_load_name(name: &syn::LitStr) -> syn::Error {
    with_help(
        name.span(),
        "an empty name, or one with a NUL byte: `dlopen(\"\")` would open the program itself, and glibc's `dlvsym` crashes on an empty version",
        "write the file name (`\"libz.so.1\"`) or the version (`\"GLIBC_2.2.5\"`)",
    )
}

pub(crate) fn loaded_reserved(function: &syn::Ident, what: &str) -> syn::Error {
    with_help(
        function.span(),
        format!("`{function}`: a function of a loaded block needs {what}"),
        "rename it (`#[link_name = \"..\"]` keeps the C symbol), or declare it in a linked block",
    )
}
