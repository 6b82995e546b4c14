//! Error collection and the one catalog of messages. Every rejection the macro makes
//! is written here, with a help line that names the fix.

use proc_macro2::{Span, TokenStream};
use quote::ToTokens;
use std::fmt::Display;

/// Collects errors across a phase so that the user sees all of them at once.
#[derive(Default)]
pub(crate) struct Errors {
    errors: Vec<syn::Error>,
}

impl Errors {
    pub(crate) fn push(&mut self, error: syn::Error) {
        self.errors.push(error);
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.errors.is_empty()
    }

    pub(crate) fn len(&self) -> usize {
        self.errors.len()
    }

    pub(crate) fn to_compile_errors(&self) -> TokenStream {
        self.errors
            .iter()
            .map(syn::Error::to_compile_error)
            .collect()
    }
}

/// An error whose message ends with a `help:` line naming the fix.
fn with_help(span: Span, message: impl Display, help: impl Display) -> syn::Error {
    syn::Error::new(span, format!("{message}\n= help: {help}"))
}

fn spanned_with_help(
    tokens: impl ToTokens,
    message: impl Display,
    help: impl Display,
) -> syn::Error {
    syn::Error::new_spanned(tokens, format!("{message}\n= help: {help}"))
}

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

pub(crate) fn conflicting_conventions(span: Span, first: &str, second: &str) -> syn::Error {
    with_help(
        span,
        format!("conflicting conventions `{first}` and `{second}`"),
        "a function has one way of reporting failure: keep one convention",
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

pub(crate) fn bad_kind(lit: impl ToTokens, kind: &str) -> syn::Error {
    let help = match closest(kind, super::args::LINK_KINDS) {
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

pub(crate) fn const_fn(token: impl ToTokens) -> syn::Error {
    spanned_with_help(token, "a C function cannot be `const`", "remove `const`")
}

pub(crate) fn async_fn(token: impl ToTokens) -> syn::Error {
    spanned_with_help(
        token,
        "a C function cannot be `async`",
        "remove `async`; call the wrapper from async code through a blocking task if it blocks",
    )
}

pub(crate) fn fn_abi(abi: impl ToTokens) -> syn::Error {
    spanned_with_help(
        abi,
        "a function in an extern block takes the block's ABI",
        "remove the ABI here and put it on the block: `unsafe extern \"C\" { ... }`",
    )
}

pub(crate) fn generic_fn(generics: impl ToTokens) -> syn::Error {
    spanned_with_help(
        generics,
        "a C function cannot be generic",
        "declare one function per concrete type, with `#[link_name]` if they share a symbol",
    )
}

pub(crate) fn variadic(dots: impl ToTokens) -> syn::Error {
    spanned_with_help(
        dots,
        "a variadic C function cannot get a safe wrapper",
        "add `#[ffi(raw)]` to keep only the raw declaration, callable as `raw::name` in unsafe code",
    )
}

pub(crate) fn receiver(receiver: impl ToTokens) -> syn::Error {
    spanned_with_help(
        receiver,
        "a C function has no `self` parameter",
        "declare the handle as a normal parameter, e.g. `ctx: *mut tls`",
    )
}

pub(crate) fn pattern_param(pat: impl ToTokens) -> syn::Error {
    spanned_with_help(
        pat,
        "the parameters of a wrapped C function need plain names",
        "name the parameter, e.g. `fd: c_int`; the wrapper's parameters take these names",
    )
}

pub(crate) fn unannotated_pointer(ty: impl ToTokens) -> syn::Error {
    spanned_with_help(
        ty,
        "a safe wrapper cannot pass a raw pointer it knows nothing about",
        "mark an out-parameter `#[out]`, use `*const c_char` for a C string (the wrapper takes `&CStr`), \
         `&T`/`&mut T`/`Option<&T>` for a pointer C only borrows, `#[ffi(unsafe)]` for an `unsafe fn` \
         wrapper that passes raw pointers through, or `#[ffi(raw)]` for no wrapper",
    )
}

pub(crate) fn out_not_mut_pointer(ty: impl ToTokens) -> syn::Error {
    spanned_with_help(
        ty,
        "`#[out]` needs a `*mut T` parameter",
        "C writes the out value through the pointer: declare it `*mut T`",
    )
}

pub(crate) fn out_invalid_target(ty: impl ToTokens, what: &str) -> syn::Error {
    spanned_with_help(
        ty,
        format!(
            "`#[out]` cannot produce {what}: C may write a bit pattern that is not a valid value"
        ),
        "declare the C type (an integer, a raw pointer, a `#[repr(C)]` struct) and convert it after the call",
    )
}

pub(crate) fn out_without_convention(out: impl ToTokens) -> syn::Error {
    spanned_with_help(
        out,
        "an out-parameter needs a convention: without a success test nobody knows C wrote it",
        "add a convention that says how the function reports failure, e.g. `#[ffi(errno)]`, `#[ffi(zero)]` or `#[ffi(check = MyCheck)]`",
    )
}

pub(crate) fn out_on_raw(out: impl ToTokens) -> syn::Error {
    spanned_with_help(
        out,
        "`#[out]` has no effect on a function kept raw",
        "remove `#[out]`, or remove `#[ffi(raw)]` to get a wrapper",
    )
}

pub(crate) fn out_with_args(attr: impl ToTokens) -> syn::Error {
    spanned_with_help(
        attr,
        "`#[out]` takes no arguments, or the type of the handle it receives",
        "write `#[out]` for a value, `#[out(Handle)]` for a new owned handle",
    )
}

pub(crate) fn bad_handle(attr: impl ToTokens) -> syn::Error {
    spanned_with_help(
        attr,
        "`#[handle]` names the handle type and how the wrapper takes it",
        "write `#[handle(&Db)]` (C borrows it), `#[handle(&mut Db)]` (C may change it) or `#[handle(Db)]` (C takes ownership)",
    )
}

pub(crate) fn handle_with_out(attr: impl ToTokens) -> syn::Error {
    spanned_with_help(
        attr,
        "`#[handle]` and `#[out]` conflict",
        "use `#[out(Handle)]` for an out-parameter that receives a new handle",
    )
}

pub(crate) fn handle_not_pointer(ty: impl ToTokens) -> syn::Error {
    spanned_with_help(
        ty,
        "`#[handle]` needs the C pointer the handle wraps",
        "declare the parameter as C does, e.g. `db: *mut sqlite3`, and the handle type in the attribute",
    )
}

pub(crate) fn out_handle_not_pointer_pointer(ty: impl ToTokens) -> syn::Error {
    spanned_with_help(
        ty,
        "`#[out(Handle)]` needs a `*mut *mut T` parameter",
        "C writes the new handle's pointer through it, as `sqlite3_open(.., sqlite3 **db)` does",
    )
}

pub(crate) fn owned_needs_null_test(span: Span, convention: &str) -> syn::Error {
    with_help(
        span,
        format!(
            "`owned` needs a convention that rejects NULL, and this function uses `{convention}`"
        ),
        "use `nonnull` or `errno` (NULL with errno set): a handle never holds NULL",
    )
}

pub(crate) fn string_not_c_string(span: Span) -> syn::Error {
    with_help(
        span,
        "`string = ..` needs the function to return `*const c_char` (or `*mut c_char`)",
        "declare the return type as C does",
    )
}

pub(crate) fn string_needs_null_test(span: Span) -> syn::Error {
    with_help(
        span,
        "`string = ..` needs `nonnull` or `errno`: a NULL return is then an `Err`",
        "add the convention the C function documents for NULL",
    )
}

pub(crate) fn string_borrow_source(name: &syn::Ident) -> syn::Error {
    with_help(
        name.span(),
        format!(
            "`string = borrow({name})` needs `{name}` to be a mutable borrow with a named lifetime"
        ),
        format!(
            "declare it `#[handle(&'a mut H)] {name}: *mut T` (or `{name}: &'a mut T`): the string stays valid only \
             until the next call on `{name}`, which the `&mut` borrow rules out; with a shared borrow, \
             another call could free it: use `string = copy` instead"
        ),
    )
}

/// `key` is how the free function was named: `string = free` or `free = `.
pub(crate) fn unknown_free_fn(func: &syn::Ident, key: &str) -> syn::Error {
    let named = if key == "string = free" {
        format!("`string = free({func})`")
    } else {
        format!("`free = {func}`")
    };
    with_help(
        func.span(),
        format!("{named} names `{func}`, which is not a function of this block"),
        "declare the C function that frees it (e.g. `fn free(p: *mut c_void);`) in this block",
    )
}

pub(crate) fn free_without_slice(func: &syn::Ident) -> syn::Error {
    with_help(
        func.span(),
        "`free = f` frees a returned array after it is copied, and needs `slice = len`",
        "add `slice = len` naming the count C writes; a returned string is freed with `string = free(f)`",
    )
}

pub(crate) fn owned_and_borrowed(ty: impl ToTokens) -> syn::Error {
    spanned_with_help(
        ty,
        "`owned` and `borrowed` conflict: the caller either owns the returned handle or borrows it",
        "keep `owned = H` when the caller must free it, `borrowed = &H` when something else keeps it alive",
    )
}

pub(crate) fn borrowed_not_reference(ty: impl ToTokens) -> syn::Error {
    spanned_with_help(
        ty,
        "`borrowed` takes the handle as a shared reference",
        "write `borrowed = &Db`, or `borrowed = &'a Db` to tie it to a parameter declared `#[handle(&'a ..)]`",
    )
}

pub(crate) fn owned_not_pointer(ty: impl ToTokens) -> syn::Error {
    spanned_with_help(
        ty,
        "`owned = Handle` needs the function to return the C pointer",
        "declare the return type as C does, e.g. `-> *mut tls`",
    )
}

pub(crate) fn out_handle_convention(span: Span, convention: &str) -> syn::Error {
    with_help(
        span,
        format!(
            "`#[out(Handle)]` needs a convention that returns `ffi_runtime::Error`, not `{convention}`"
        ),
        "use errno, neg_errno, ret_errno, zero or nonnull: a NULL handle on success is reported as an `Error`",
    )
}

pub(crate) fn message_param_is_taken(param: &syn::Ident) -> syn::Error {
    with_help(
        param.span(),
        format!("`message` cannot read from `{param}`: the function takes ownership of it"),
        "pass a parameter the function only borrows",
    )
}

pub(crate) fn bad_slice(attr: impl ToTokens) -> syn::Error {
    spanned_with_help(
        attr,
        "`#[slice]` names the parameter that holds the slice's length",
        "write `#[slice(len)] data: *const u8, len: usize`",
    )
}

pub(crate) fn slice_not_pointer(ty: impl ToTokens) -> syn::Error {
    spanned_with_help(
        ty,
        "`#[slice(..)]` needs the C pointer to the first element",
        "declare it as C does: `*const T` (the wrapper takes `&[T]`) or `*mut T` (`&mut [T]`)",
    )
}

pub(crate) fn missing_length(length: &syn::Ident, function: &syn::Ident) -> syn::Error {
    with_help(
        length.span(),
        format!(
            "`{length}`, named as the length of a slice or buffer, is not a parameter of `{function}`"
        ),
        "name the parameter that carries the element count or the capacity",
    )
}

pub(crate) fn length_not_integer(ty: impl ToTokens) -> syn::Error {
    spanned_with_help(
        ty,
        "a slice's length parameter must be an integer",
        "declare the C count type, e.g. `len: usize` or `count: c_int`; the wrapper converts the slice length with `try_from`",
    )
}

pub(crate) fn length_shared(length: &syn::Ident) -> syn::Error {
    with_help(
        length.span(),
        format!("`{length}` is already the length of another slice"),
        "give each slice a length parameter of its own",
    )
}

pub(crate) fn buffer_not_char_pointer(ty: impl ToTokens) -> syn::Error {
    spanned_with_help(
        ty,
        "`#[buffer(..)]` needs the `*mut c_char` (or `*mut u8`) that C writes the string into",
        "declare it as C does, e.g. `buf: *mut c_char, size: usize`; arrays of other elements need an in/out count (`count: *mut c_int`)",
    )
}

pub(crate) fn buffer_conflict(attr: impl ToTokens) -> syn::Error {
    spanned_with_help(
        attr,
        "a function with a `#[buffer]` takes one buffer and no other out-parameter",
        "its `Ok` value is the string written into the buffer; bind the other outputs by hand with `#[ffi(unsafe)]`",
    )
}

pub(crate) fn buffer_convention(span: Span, convention: &str) -> syn::Error {
    with_help(
        span,
        format!(
            "`#[buffer]` needs a convention that returns `ffi_runtime::Error`, not `{convention}`"
        ),
        "use errno, neg_errno, ret_errno, zero or nonnull: that is how the wrapper knows C wrote the buffer",
    )
}

pub(crate) fn length_returned_convention(attr: impl ToTokens) -> syn::Error {
    spanned_with_help(
        attr,
        "`length_returned` reads the byte count from the return value, which needs `errno` or `neg_errno`",
        "use the convention under which the function returns the count on success, as `readlink` does with `errno`",
    )
}

pub(crate) fn size_returned_convention(attr: impl ToTokens) -> syn::Error {
    spanned_with_help(
        attr,
        "`size_returned` reads the size the string needs from the return value, which needs `errno`, `neg_errno` or `unchecked`",
        "use the convention under which the function returns that size: `errno` for an `snprintf`-style function that returns -1 and sets errno, `unchecked` for one that cannot fail (`strxfrm`)",
    )
}

pub(crate) fn size_returned_shape(attr: impl ToTokens) -> syn::Error {
    spanned_with_help(
        attr,
        "`size_returned` goes with a string buffer whose capacity is passed by value",
        "remove `length_returned`/`grow_to_length`, and pass the capacity as `len: usize` (not `*mut`), as `snprintf(buf, len, ..)` takes it",
    )
}

pub(crate) fn returned_slice_not_pointer(length: &syn::Ident) -> syn::Error {
    with_help(
        length.span(),
        "`slice = len` copies the array a returned pointer addresses, but this function returns no pointer",
        "declare the return as C does, e.g. `-> *const u8`, or use `#[out_slice(len)]` when C writes the pointer to a parameter",
    )
}

pub(crate) fn returned_slice_conflict(length: &syn::Ident) -> syn::Error {
    with_help(
        length.span(),
        "`slice = len` cannot be combined with `string`, `owned` or `borrowed`: each says what the returned pointer is",
        "keep the one that describes the return",
    )
}

pub(crate) fn returned_slice_convention(length: &syn::Ident, convention: &str) -> syn::Error {
    with_help(
        length.span(),
        format!(
            "`slice = len` needs the returned pointer tested for NULL, which `{convention}` does not do"
        ),
        "add `nonnull` (or `errno`, when the function sets errno with its NULL)",
    )
}

pub(crate) fn out_slice_shape(ty: impl ToTokens) -> syn::Error {
    spanned_with_help(
        ty,
        "`#[out_slice(len)]` needs the `*mut *const T` slot C writes the array's address into",
        "declare it as C does, e.g. `items: *mut *const Item, count: *mut usize`",
    )
}

pub(crate) fn out_slice_length_not_pointer(ty: impl ToTokens) -> syn::Error {
    spanned_with_help(
        ty,
        "the length of an `#[out_slice]` or a returned `slice` is written by C, so it is a `*mut` integer",
        "declare it as C does, e.g. `count: *mut usize`",
    )
}

pub(crate) fn out_slice_convention(attr: impl ToTokens, convention: &str) -> syn::Error {
    spanned_with_help(
        attr,
        format!(
            "`#[out_slice]` needs a convention that returns `ffi_runtime::Error`, not `{convention}`"
        ),
        "use errno, neg_errno, ret_errno, zero or nonnull: that is how the wrapper knows C wrote the pair",
    )
}

pub(crate) fn flag_with_args(attr: impl ToTokens) -> syn::Error {
    spanned_with_help(
        attr,
        "this attribute takes no arguments",
        "write `#[str]` or `#[nullable]` alone",
    )
}

pub(crate) fn string_attr_not_c_string(attr: impl ToTokens, ty: &syn::Type) -> syn::Error {
    let writes = super::types::as_pointer(ty)
        .is_some_and(|ptr| super::types::is_mut(ptr) && super::types::is_c_char(&ptr.elem));
    let (message, help) = if writes {
        (
            "`#[str]`/`#[nullable]` would hand C a string it may write through `*mut c_char`",
            "a `&str` is read-only: declare a buffer parameter instead, or keep the pointer and use `#[ffi(unsafe)]`",
        )
    } else {
        (
            "`#[str]` and `#[nullable]` apply to `*const c_char` parameters",
            "declare the C string as `*const c_char`",
        )
    };
    spanned_with_help(attr, message, help)
}

pub(crate) fn str_with_check(attr: impl ToTokens) -> syn::Error {
    spanned_with_help(
        attr,
        "`#[str]` and `#[slice]` can refuse an argument (a NUL byte, a length the C type cannot hold), and `check = Type` has no room for that error",
        "take `&CStr` (no attribute), or use a built-in convention",
    )
}

pub(crate) fn ffi_on_param(attr: impl ToTokens) -> syn::Error {
    spanned_with_help(
        attr,
        "`#[ffi(...)]` goes on the function, not on a parameter",
        "move it above `fn`; parameters take `#[out]`",
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

pub(crate) fn raw_with_unsafe(span: Span) -> syn::Error {
    with_help(
        span,
        "`raw` and `unsafe` conflict: `raw` emits no wrapper",
        "keep `raw` for no wrapper, or `unsafe` for an `unsafe fn` wrapper",
    )
}

pub(crate) fn reference_return(ty: impl ToTokens) -> syn::Error {
    spanned_with_help(
        ty,
        "a C function cannot return a Rust reference: nothing says how long it lives",
        "return a raw pointer; `nonnull` or `errno` turn it into `NonNull<T>`",
    )
}

pub(crate) fn convention_needs(
    ty: impl ToTokens,
    convention: &str,
    needs: &str,
    help: &str,
) -> syn::Error {
    spanned_with_help(ty, format!("`{convention}` needs {needs}"), help)
}

pub(crate) fn convention_on_unit(span: Span, convention: &str) -> syn::Error {
    with_help(
        span,
        format!("`{convention}` needs a return value to test, and this function returns nothing"),
        "a function that cannot fail takes `#[ffi(unchecked)]`, which also overrides a block's default convention",
    )
}

pub(crate) fn message_without_failure(span: Span, convention: &str) -> syn::Error {
    with_help(
        span,
        format!("`message` has no use with `{convention}`"),
        "`message` adds text to an `ffi_runtime::Error`: use it with errno, neg_errno, ret_errno, zero or nonnull",
    )
}

pub(crate) fn unknown_message_fn(func: &syn::Ident, known: &[&str]) -> syn::Error {
    let help = match closest(&func.to_string(), known) {
        Some(close) => format!("did you mean `{close}`?"),
        None => "declare the message function (e.g. `fn tls_error(ctx: *mut tls) -> *const c_char;`) in this block".to_owned(),
    };
    with_help(
        func.span(),
        format!("`message` names `{func}`, which is not a function of this block"),
        help,
    )
}

pub(crate) fn message_arity(func: &syn::Ident, takes: usize, given: usize) -> syn::Error {
    with_help(
        func.span(),
        format!("`{func}` takes {takes} argument(s), but `message` passes {given}"),
        "write `message = f()` for a getter without arguments, `message = f(param)` for one taking a parameter of this function",
    )
}

pub(crate) fn unknown_message_param(param: &syn::Ident, function: &syn::Ident) -> syn::Error {
    with_help(
        param.span(),
        format!("`message` passes `{param}`, which is not a parameter of `{function}`"),
        "name one of the function's parameters",
    )
}

pub(crate) fn message_param_is_out(param: &syn::Ident) -> syn::Error {
    with_help(
        param.span(),
        format!("`message` cannot read from `{param}`: it is an out-parameter"),
        "pass an input parameter, such as the handle the function was called on",
    )
}

pub(crate) fn duplicate_function(ident: &syn::Ident) -> syn::Error {
    with_help(
        ident.span(),
        format!("`{ident}` is declared twice: both would get a wrapper of that name"),
        "rename one and give it `#[link_name = \"...\"]` if both bind the same C symbol",
    )
}

/// The known word nearest to `word`, if it is a plausible typo.
fn closest<'a>(word: &str, known: &[&'a str]) -> Option<&'a str> {
    known
        .iter()
        .map(|candidate| (edit_distance(word, candidate), *candidate))
        .filter(|(distance, candidate)| *distance <= candidate.len().max(3) / 3 + 1)
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, candidate)| candidate)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut current = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(ca != *cb);
            current.push(substitution.min(previous[j + 1] + 1).min(current[j] + 1));
        }
        previous = current;
    }
    previous[b.len()]
}

pub(crate) fn unknown_callback_key(key: &syn::Ident) -> syn::Error {
    with_help(
        key.span(),
        format!("unknown key `{key}` in #[callback]"),
        "the keys are `on_panic = VALUE`, `destroy = hook_param`, `leak`, `send`, `sync`, after the user-data parameter: `#[callback(data, on_panic = 0)]`",
    )
}

pub(crate) fn callback_not_fn(ty: impl ToTokens) -> syn::Error {
    spanned_with_help(
        ty,
        "#[callback] needs the function-pointer type written out, to generate the trampoline C calls",
        "write it as C declares it, e.g. `compar: extern \"C\" fn(a: *const c_void, b: *const c_void, data: *mut c_void) -> c_int` (or in `Option<..>`), not through a type alias",
    )
}

pub(crate) fn callback_without_abi(ty: impl ToTokens) -> syn::Error {
    spanned_with_help(
        ty,
        "a callback C calls needs a C ABI; this is a Rust function pointer",
        "write `extern \"C\" fn(..)`",
    )
}

pub(crate) fn callback_for_lifetimes(lifetimes: impl ToTokens) -> syn::Error {
    spanned_with_help(
        lifetimes,
        "#[callback] does not take `for<..>` lifetimes",
        "elide them (`fn(&T, *mut c_void)`): the closure then accepts references of any lifetime",
    )
}

pub(crate) fn callback_user_data_arg(ty: impl ToTokens) -> syn::Error {
    spanned_with_help(
        ty,
        "#[callback] finds the closure through the callback's `*mut c_void` argument, and this callback has none or several",
        "declare the user-data argument as `*mut c_void` and every other pointer argument with its own type (`*const c_void`, `*const T`, `&T`)",
    )
}

pub(crate) fn callback_needs_on_panic(attr: impl ToTokens) -> syn::Error {
    spanned_with_help(
        attr,
        "this callback returns a value: say what C gets when the closure panics (the panic then resumes after the call)",
        "add `on_panic = VALUE`, the value the C function treats as \"stop\" or neutral, e.g. `#[callback(data, on_panic = 1)]` for sqlite3_exec, `on_panic = 0` for a comparator",
    )
}

pub(crate) fn callback_data_not_pointer(ty: impl ToTokens) -> syn::Error {
    spanned_with_help(
        ty,
        "the user-data parameter of a #[callback] is a raw pointer the wrapper fills",
        "declare it as C does: `data: *mut c_void`",
    )
}

pub(crate) fn callback_missing_param(name: &syn::Ident, function: &syn::Ident) -> syn::Error {
    with_help(
        name.span(),
        format!("`{name}`, named by #[callback], is not a parameter of `{function}`"),
        "name the `void *` parameter C passes back to the callback (and, for `destroy`, the function-pointer parameter C calls to free it)",
    )
}

pub(crate) fn callback_bad_destroy(name: &syn::Ident) -> syn::Error {
    with_help(
        name.span(),
        format!(
            "`destroy = {name}` needs `{name}` to be a C function pointer taking the user data"
        ),
        "declare it as C does: `destroy: Option<extern \"C\" fn(data: *mut c_void)>`",
    )
}

pub(crate) fn callback_with_buffer(attr: impl ToTokens) -> syn::Error {
    spanned_with_help(
        attr,
        "a #[callback] cannot be combined with a #[buffer]: the buffer's retries would call C again with a closure already used",
        "wrap this function with `#[ffi(unsafe)]`, or by hand around its raw declaration",
    )
}

#[cfg(test)]
mod tests {
    use super::{closest, edit_distance};

    #[test]
    fn distance_counts_edits() {
        assert_eq!(edit_distance("errno", "errno"), 0);
        assert_eq!(edit_distance("erno", "errno"), 1);
        assert_eq!(edit_distance("zreo", "zero"), 2);
    }

    #[test]
    fn suggests_only_near_words() {
        let known = ["errno", "neg_errno", "zero"];
        assert_eq!(closest("erno", &known), Some("errno"));
        assert_eq!(closest("negerrno", &known), Some("neg_errno"));
        assert_eq!(closest("completely_else", &known), None);
    }
}
