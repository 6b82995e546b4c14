//! One safe wrapper per C function, assembled from the parts the other lowerings
//! make.
//!
//! Input (block default `errno`):
//! ```text
//! pub fn getrlimit(resource: c_int, #[out] rlim: *mut libc::rlimit) -> c_int;
//! ```
//! Output:
//! ```text
//! #[inline]
//! pub fn getrlimit(resource: c_int) -> Result<libc::rlimit, ::ffi_runtime::Error> {
//!     let mut rlim = MaybeUninit::<libc::rlimit>::uninit();
//!     let __ret = unsafe { raw::getrlimit(resource, MaybeUninit::as_mut_ptr(&mut rlim)) };
//!     if <c_int as IntReturn>::is_errno_sentinel(__ret) {
//!         return Err(last_errno_error(&Site { function: "getrlimit" }));
//!     }
//!     Ok(unsafe { MaybeUninit::assume_init(rlim) })
//! }
//! ```
//! (paths shortened: the expansion writes every runtime name through
//! `::ffi_runtime::__private`, so that user items named `Result` or `core` cannot
//! capture them).

use super::outs::{self, Out, OutKind, out_types, out_values};
use super::params::{Parameters, parameters};
use super::syntax::args::Convention;
use super::syntax::ast::{Block, Function, Role};
use super::syntax::types;
use super::{ALIAS, Lowering, Shared, buffers, docs, moved, params, pointers, proofs, returns};
use proc_macro2::{Delimiter, Group, Ident, Span, TokenStream};
use quote::ToTokens;
use syn::Type;

pub(crate) fn wrapper(block: &Block, shared: &Shared, function: &Function) -> TokenStream {
    let lowering = Lowering::new(block, shared, function);
    let unsafe_wrapper = function.is_unsafe_wrapper();

    let Parameters {
        inputs,
        mut conversions,
        call_args,
        outs,
        generics,
        after_call,
    } = parameters(&lowering);
    // A `&str` argument can hold a NUL byte: such a wrapper returns a `Result` even
    // without a convention.
    // A loaded block's function may be missing at run time: every wrapper then
    // returns a `Result`, whose `Err` names the library and the symbol.
    let fallible_arguments = function.has_fallible_arguments() || block.args.load.is_some();
    conversions.splice(0..0, availability_check(&lowering));

    let raw_call = lowering.raw_call(&function.ident, call_args);
    // SAFETY (of the generated block): the extern block is the C truth: the user
    // declared this signature for the C function and, by not asking for
    // `#[ffi(unsafe)]`, promised that the function is sound to call with any values of
    // the wrapper's parameter types. Every argument is such a value: references and
    // `&CStr` borrowed for the whole call, `&str` copies held in locals until it
    // returns, slices as their pointer and their own length (`#[slice(len)]` is the
    // promise that C accesses at most `len` elements), a zeroed buffer the wrapper
    // owns with its true capacity (`#[buffer(len)]` promises C writes at most `len`
    // bytes), out-pointers into locals of this frame that outlive the call. In an
    // `unsafe fn` wrapper (`#[ffi(unsafe)]`) the caller takes on the C function's
    // contract, stated in its `# Safety` docs.
    let call = if function.declared_safe {
        raw_call
    } else {
        let raw_call = moved(raw_call);
        mixed!(unsafe { #raw_call })
    };
    let returned = types::returned(&function.sig.output);
    let unchecked = matches!(lowering.reporting.convention, Convention::Unchecked);
    let tested = !(unchecked && outs.is_empty() && !fallible_arguments);
    // On failure, out handles C wrote anyway are freed (after the message), and
    // handles C takes only on success are freed by their owner, the wrapper.
    // When a callback's panic resumes instead of the wrapper returning, what C
    // wrote and what it returned for the caller to own are freed first.
    let (release, panic_release) = releases(&lowering, &outs, !after_call.is_empty());
    let after_call = finish_callbacks(&lowering, &after_call, &panic_release);
    let call = call_statement(&lowering, call, (returned.is_some(), tested), after_call);

    let return_type: Type = match returned {
        Some(ty) => ty.clone(),
        None => syn::parse_quote!(()),
    };
    let release = buffers::with_buffer_retry(&lowering, release);
    let test = returns::success_test(&lowering, &return_type, release);
    // The body's statements, kept apart until the body is assembled once
    // (each token moved once, after the alias import that heads it).
    let mut tested_call = vec![call, test.guard];
    tested_call.extend(outs.iter().map(|out| out.own_handle(&lowering)));
    tested_call.extend(outs.iter().map(|out| out.require_handle(&lowering)));
    let plain_ok_type = plain_ok_type(&lowering, &outs, &return_type);
    let (value, ok_type) = ok_value(&lowering, &outs, test.value, test.ok_type);
    let ok_type = if plain_ok_type {
        ok_type
    } else {
        lowering.in_signature(ok_type)
    };
    let err_type = match test.err_type {
        None if fallible_arguments => Some(lowering.error_type()),
        err_type => err_type,
    };
    let (signature_output, body_value) =
        output(&lowering, returned.is_some(), err_type, (value, ok_type));
    let tail = match function.buffer() {
        // The call and the test, in the loop that grows the buffer.
        Some((param, buffer)) => {
            let tested_call = tested_call.into_iter().collect();
            vec![buffers::buffer_loop(&lowering, param, buffer, tested_call)]
        }
        None => {
            tested_call.push(body_value);
            tested_call
        }
    };

    let proofs = proofs::proofs(&lowering);
    let has_proofs = !proofs.is_empty();
    let mut statements = vec![proofs];
    statements.extend(conversions);
    statements.extend(outs.iter().map(|out| out.declaration(&lowering)));
    statements.extend(tail);
    // Collected from owned streams, not interpolated: interpolating a stream
    // copies its tokens (moving a uniquely owned one does not). Collected,
    // not extended: `collect` appends each stream's tokens at once, where
    // `extend` pushes them one at a time.
    let import = lowering.alias_import(&statements, has_proofs);
    let braced: TokenStream = std::iter::once(import).chain(statements).collect();
    // A group is interpolated by sharing its tokens, not copying them.
    let mut body = Group::new(Delimiter::Brace, braced);
    body.set_span(Span::mixed_site());

    // The signature, outside the body, spells the runtime's path in full: the
    // pieces that may name the alias are rewritten, each on its own (the
    // `Result` around them is written so; the inputs and the `Ok` type were
    // rewritten where made, if they may name it).
    let generics =
        wrapper_generics(function, generics).map(|generics| moved(lowering.in_signature(generics)));
    let inputs = inputs.into_iter().map(moved);
    let signature_output = moved(signature_output);
    let where_clause = moved(lowering.in_signature(proofs::held_bounds(&lowering)));
    let signature = mixed!(#generics(#(#inputs),*) #signature_output #where_clause);
    #[cfg(all(test, debug_assertions))]
    lowering.check_signature(&signature);
    let signature = moved(signature);
    let docs = moved(docs::wrapper_docs(&lowering));
    let cfgs = &function.cfgs;
    let must_use = &function.must_use;
    let must_use =
        (!must_use.is_empty()).then(|| mixed!(#(#must_use)* #[allow(clippy::double_must_use)]));
    let underscored = underscored_allowance(function);
    let (vis, ident) = (&function.vis, &function.ident);
    let unsafety = unsafe_wrapper.then(|| mixed!(unsafe));
    let attributes = moved(lowering.shared.attributes());
    let mut wrapper = mixed! {
        #docs
        #(#cfgs)*
        #must_use
        #attributes
        #underscored
        #vis #unsafety fn #ident #signature #body
    };
    wrapper.extend([
        proofs::lending_checks(&lowering),
        proofs::held_covariance(&lowering),
    ]);
    wrapper
}

/// Whether the `Ok` type is the function's own return type (or `()`, or a
/// tuple of the out-parameters' types), whose syntax surely does not name the
/// alias: written by the user, it is then not walked for it.
fn plain_ok_type(lowering: &Lowering<'_>, outs: &[Out<'_>], return_type: &Type) -> bool {
    lowering.function.buffer().is_none()
        && match &lowering.reporting.convention {
            Convention::Check(_) => false,
            Convention::Unchecked => true,
            _ => pointers::ReturnedPointer::of(lowering).is_none(),
        }
        && types::surely_without(return_type, ALIAS)
        && outs.iter().all(|out| match out.kind {
            OutKind::Value(ty) => types::surely_without(ty, ALIAS),
            _ => false,
        })
}

/// The signature's `-> ..` and the body's last expression (the `Ok` value, or
/// nothing when the call is the value).
fn output(
    lowering: &Lowering<'_>,
    returns: bool,
    err_type: Option<TokenStream>,
    (value, ok_type): (TokenStream, TokenStream),
) -> (TokenStream, TokenStream) {
    let private = &lowering.private;
    let ok_type = moved(ok_type);
    match err_type {
        Some(err_type) => {
            // The error types name the runtime by its path, never by the alias.
            let (value, err_type) = (moved(value), moved(err_type));
            let returns_result = &lowering.shared.returns_result;
            (
                mixed!(#returns_result<#ok_type, #err_type>),
                mixed!(#private::Ok(#value)),
            )
        }
        None if returns => (mixed!(-> #ok_type), TokenStream::new()),
        None => (TokenStream::new(), TokenStream::new()),
    }
}

/// The `Ok` value and its type: what C wrote to the out-parameters or the
/// buffer, else what the convention made of the return value.
fn ok_value(
    lowering: &Lowering<'_>,
    outs: &[Out<'_>],
    value: TokenStream,
    ok_type: TokenStream,
) -> (TokenStream, TokenStream) {
    let private = &lowering.private;
    let function = lowering.function;
    if function.buffer().is_none() && !outs.is_empty() {
        return with_outs(lowering, outs, value, ok_type);
    }
    match function.buffer() {
        Some((param, buffer)) if buffer.length_returned || function.has_in_out_buffer_length() => {
            let element = buffers::typed_elements(function, param)
                .map_or_else(|| mixed!(u8), ToTokens::to_token_stream);
            (value, mixed!(#private::Vec<#element>))
        }
        Some(_) => (value, mixed!(#private::CString)),
        None => (value, ok_type),
    }
}

/// The out values (a tuple for several, in order), after the returned value when
/// the keys made one of it (`owned = H`, `borrowed`, `string`, `slice`:
/// `pcre2_compile`'s code with its error slots), or when the convention says the
/// value means something (`neg_code`, `check = T`: libarchive's
/// `archive_read_next_header` tells `ARCHIVE_EOF` from `ARCHIVE_OK` so).
fn with_outs(
    lowering: &Lowering<'_>,
    outs: &[Out<'_>],
    value: TokenStream,
    ok_type: TokenStream,
) -> (TokenStream, TokenStream) {
    let args = &lowering.function.args;
    let meaningful = matches!(
        lowering.reporting.convention,
        Convention::NegCode | Convention::Check(_)
    ) && types::returned(&lowering.function.sig.output).is_some();
    let returned_too = args.owned.is_some()
        || args.borrowed.is_some()
        || args.string.is_some()
        || args.returned_slice.is_some()
        || meaningful;
    let (mut values, reads_uninit) = out_values(outs);
    let mut types = out_types(outs, lowering.krate);
    if returned_too {
        values.insert(0, value);
        types.insert(0, ok_type);
    }
    let (value, ok_type) = match (values.pop(), types.pop()) {
        (Some(value), Some(ty)) if values.is_empty() => (value, ty),
        (last_value, last_type) => {
            let values = values.into_iter().chain(last_value).map(moved);
            let types = types.into_iter().chain(last_type).map(moved);
            (mixed!((#(#values),*)), mixed!((#(#types),*)))
        }
    };
    // SAFETY (of the generated block): reached only after the convention's success
    // test passed, and a C function that reports success has written its
    // out-parameters (the promise `#[out]` states); their types are proven
    // `AnyBitPattern` (and zeroed first with `check = Type`).
    if reads_uninit {
        let value = moved(value);
        (mixed!(unsafe { #value }), ok_type)
    } else {
        (value, ok_type)
    }
}

/// What the wrapper frees on failure, and what it frees when a callback's panic
/// resumes right after the call (before any test ran): only a wrapper with
/// `callbacks` has the second.
fn releases(
    lowering: &Lowering<'_>,
    outs: &[Out<'_>],
    callbacks: bool,
) -> (TokenStream, TokenStream) {
    let out_release: TokenStream = outs.iter().map(|out| out.release(lowering.krate)).collect();
    let not_taken_release = params::release_not_taken(lowering, None);
    if !callbacks {
        return (mixed!(#out_release #not_taken_release), TokenStream::new());
    }
    let returned_release = pointers::release_returned(lowering);
    let failed = returns::failed(lowering);
    let panicked_not_taken = failed
        .as_ref()
        .map(|failed| params::release_not_taken(lowering, Some(failed)));
    let panicked_arrays = failed
        .as_ref()
        .map(|failed| outs::release_arrays_on_panic(lowering, outs, failed));
    (
        mixed!(#out_release #not_taken_release),
        mixed!(#out_release #returned_release #panicked_not_taken #panicked_arrays),
    )
}

/// A parameter named `_x` is the user's choice, and the wrapper uses it.
fn underscored_allowance(function: &Function) -> Option<TokenStream> {
    function
        .params
        .iter()
        .filter_map(|param| param.ident.as_ref())
        .any(|name| types::with_text(name, |name| name.starts_with('_')))
        .then(|| mixed!(#[allow(clippy::used_underscore_binding)]))
}

/// After the call, each scoped callback resumes its closure's panic; first, what
/// C handed out in the call is released (nobody else will). The closure itself
/// lives on in its state until the wrapper returns: its captures' `Drop` cannot
/// change errno before the failure branch reads it.
fn finish_callbacks(
    lowering: &Lowering<'_>,
    states: &[(TokenStream, Ident)],
    release: &TokenStream,
) -> TokenStream {
    let private = &lowering.private;
    states
        .iter()
        .map(|(state_type, state)| {
            if release.is_empty() {
                mixed!(#state_type::resume_panic(&mut #state);)
            } else {
                // Inline, not in a closure: the release may move a value (a
                // handle C refused) that the failure branch also frees; the
                // block ends in `resume() -> !`, so only one of them runs.
                body! { lowering =>
                    if let #private::Some(__caught) = #state_type::caught_panic(&mut #state) {
                        #release
                        __caught.resume()
                    }
                }
            }
        })
        .collect()
}

/// The call, with `__ret` bound when something tests it, followed by what runs
/// right after (resuming a callback's panic). Untested, the call is the body.
fn call_statement(
    lowering: &Lowering<'_>,
    call: TokenStream,
    (returns, tested): (bool, bool),
    after_call: TokenStream,
) -> TokenStream {
    if !tested && after_call.is_empty() {
        return call;
    }
    let (call, after_call) = (moved(call), moved(after_call));
    match (tested, returns) {
        (false, true) => {
            let ret = lowering.ret();
            mixed!(let #ret = #call; #after_call #ret)
        }
        (_, true) => {
            let ret = lowering.ret();
            mixed!(let #ret = #call; #after_call)
        }
        (_, false) => mixed!(#call; #after_call),
    }
}

/// The lifetimes the user named in handle types (`#[handle(&'db Db)]`,
/// `#[out(Stmt<'db>)]`): the wrapper declares them, which ties a returned handle
/// to the one it borrows from.
/// A loaded block's wrapper first asks the table whether its function is there
/// (loading the library on first use): `Err` naming the library and the symbol
/// otherwise, never a panic.
fn availability_check(lowering: &Lowering<'_>) -> Option<TokenStream> {
    lowering.block.args.load.as_ref()?;
    let private = &lowering.private;
    let raw = &lowering.block.args.raw_mod;
    let available = quote::format_ident!("__available_{}", lowering.function.ident);
    let site = lowering.site();
    let error = lowering.convert_error(body!(lowering => __error));
    // With `load_feature`, only the loaded form has the table to ask.
    let cfg = lowering
        .block
        .args
        .load_feature
        .as_ref()
        .map(|feature| mixed!(#[cfg(feature = #feature)]));
    Some(body! { lowering =>
        #cfg
        {
            if let #private::Err(__error) = #raw::#available(#site) {
                return #private::Err(#error);
            }
        }
    })
}

/// `<'db, __HandlerFn: ..>`: the lifetimes the handles name, then the
/// callbacks' closure types.
fn wrapper_generics(function: &Function, generics: Vec<TokenStream>) -> Option<TokenStream> {
    let lifetimes = named_lifetimes(function);
    let lifetimes = lifetimes.iter().map(ToTokens::to_token_stream);
    let generics: Vec<TokenStream> = lifetimes.chain(generics).collect();
    (!generics.is_empty()).then(|| mixed!(<#(#generics),*>))
}

fn named_lifetimes(function: &Function) -> Vec<syn::Lifetime> {
    let written = function
        .params
        .iter()
        .filter_map(|param| match &param.role {
            Role::Handle(handle) => Some(&handle.written),
            Role::OutHandle { handle, .. } => Some(handle),
            _ => None,
        });
    let mut lifetimes: Vec<syn::Lifetime> = Vec::new();
    let returned = function.args.owned.iter().chain(&function.args.borrowed);
    for ty in written.chain(returned) {
        for lifetime in types::named_lifetimes(ty.to_token_stream()) {
            if !lifetimes.contains(&lifetime) {
                lifetimes.push(lifetime);
            }
        }
    }
    lifetimes
}
