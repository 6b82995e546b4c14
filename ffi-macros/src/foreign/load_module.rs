//! The raw module of a loaded block (`#[foreign(load = ["libz.so.1", ..])]`):
//! instead of an extern block, a private table of function pointers resolved
//! once per process from the first name that loads, and a raw `unsafe fn` of
//! each declared name that calls through it.
//!
//! Output, for `fn compressBound(len: c_ulong) -> c_ulong;` (paths shortened):
//! ```text
//! pub mod raw {
//!     struct __Symbols { compressBound: Option<unsafe extern "C" fn(c_ulong) -> c_ulong> }
//!     static __LOADED: OnceLock<Result<Symbols, LoadError>> = OnceLock::new();
//!     fn __symbols() -> &'static Result<Symbols, LoadError> { LOADED.get_or_init(..) }
//!     pub fn load() -> Result<&'static Library, LoadError>;     // eager, explicit
//!     pub fn has_compressBound() -> bool;
//!     pub unsafe fn compressBound(len: c_ulong) -> c_ulong;       // panics if absent
//!     pub fn __available_compressBound(site) -> Result<(), Error>; // the wrapper's check
//! }
//! ```
//! The table is never unloaded, so the pointers in it are `'static` in truth;
//! it is private, so no pointer escapes as a safe value.

use super::raw_module::visibility_one_level_down;
use super::syntax::ast::{Block, Function};
use super::syntax::attrs;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use syn::{FnArg, ForeignItem, LitStr};

pub(crate) fn load_module(block: &Block, names: &[LitStr]) -> TokenStream {
    let module = &block.args.raw_mod;
    let krate = &block.args.krate;
    let dynamic = quote!(#krate::dynamic);
    let mut parts = Vec::new();
    for raw in &block.raw {
        for item in &raw.items {
            let ForeignItem::Fn(item) = item else {
                continue;
            };
            if let Some(function) = block.functions.iter().find(|f| f.ident == item.sig.ident) {
                parts.push(entry(krate, raw, item, function));
            }
        }
    }
    let fields = parts.iter().map(|part| &part.field);
    let wanted = parts.iter().map(|part| &part.wanted);
    let taken = parts.iter().map(|part| &part.taken);
    let inits = parts.iter().map(|part| &part.init);
    let functions = parts.iter().map(|part| &part.functions);
    // The locals and parameters below named like the runtime's `hygiene`
    // functions, imported so that a user's `const`, `static` or unit struct of
    // that name (seen here through `use super::*`) cannot capture the pattern; a
    // name the block declares a function of is left out (the import would clash
    // with the raw function).
    let locals = LOCALS
        .iter()
        .filter(|local| {
            !block
                .functions
                .iter()
                .any(|function| function.ident == local)
        })
        .map(|local| format_ident!("{}", local));
    quote! {
        /// The C functions of the loaded library, by their declared names:
        /// `unsafe` calls through a table resolved once per process. `load()`
        /// loads it now; `has_<name>()` tells which optional functions it has.
        #[allow(missing_docs, unused_imports)]
        pub mod #module {
            #[allow(clippy::wildcard_imports)]
            use super::*;
            use #krate::__private::hygiene::{#(#locals),*};

            #[allow(non_snake_case)]
            struct __Symbols {
                __library: &'static #dynamic::Library,
                #(#fields)*
            }

            static __LOADED: ::std::sync::OnceLock<::core::result::Result<__Symbols, #dynamic::LoadError>> =
                ::std::sync::OnceLock::new();

            #[allow(non_snake_case)]
            fn __symbols() -> &'static ::core::result::Result<__Symbols, #dynamic::LoadError> {
                // SAFETY: `load = [..]` is the user's claim that loading these
                // names (running their initializers) is sound.
                __LOADED.get_or_init(|| unsafe { __resolve(&[#(#names),*]) })
            }

            /// The table, from the first of `names` that loads.
            ///
            /// # Safety
            ///
            /// Loading runs the library's initializers.
            #[allow(non_snake_case)]
            unsafe fn __resolve(__names: &[&::core::primitive::str]) -> ::core::result::Result<__Symbols, #dynamic::LoadError> {
                {
                    // SAFETY: the caller's promise.
                    let __library = unsafe { #dynamic::Library::open_first(__names) }?;
                    let mut __wanted = ::std::vec::Vec::new();
                    #(#wanted)*
                    let mut __found = __library.resolve(&__wanted)?.into_iter();
                    #(#taken)*
                    ::core::result::Result::Ok(__Symbols { __library, #(#inits)* })
                }
            }

            fn __library_path() -> &'static ::core::primitive::str {
                __symbols().as_ref().map_or("the library", |symbols| symbols.__library.path())
            }

            /// Loads the library and resolves every declared function now (the
            /// first call of any wrapper does the same), once per process.
            ///
            /// # Errors
            ///
            /// Every name tried with its `dlerror`, or every required symbol
            /// missing with the path of the library that loaded.
            pub fn load() -> ::core::result::Result<&'static #dynamic::Library, #dynamic::LoadError> {
                match __symbols() {
                    ::core::result::Result::Ok(symbols) => ::core::result::Result::Ok(symbols.__library),
                    ::core::result::Result::Err(error) => ::core::result::Result::Err(::core::clone::Clone::clone(error)),
                }
            }

            /// Loads the library from `path` instead of the block's names, if
            /// nothing loaded it yet (the table is made once per process).
            ///
            /// # Errors
            ///
            /// As [`load`]; also when the table was made already (from the
            /// names, or another path), with what it holds.
            ///
            /// # Safety
            ///
            /// Loading runs the library's initializers, and every declaration
            /// of the block must be the true type of the symbol of that name
            /// in this file: the caller vouches for both.
            pub unsafe fn load_from(path: &::core::primitive::str) -> ::core::result::Result<&'static #dynamic::Library, #dynamic::LoadError> {
                let mut fresh = false;
                let symbols = __LOADED.get_or_init(|| {
                    fresh = true;
                    // SAFETY: the caller's promise.
                    unsafe { __resolve(&[path]) }
                });
                match symbols {
                    ::core::result::Result::Ok(symbols) if fresh || symbols.__library.path() == path => ::core::result::Result::Ok(symbols.__library),
                    ::core::result::Result::Ok(symbols) => ::core::result::Result::Err(#dynamic::LoadError::AlreadyLoaded {
                        requested: ::std::string::ToString::to_string(path),
                        loaded: ::std::string::ToString::to_string(symbols.__library.path()),
                    }),
                    ::core::result::Result::Err(error) => ::core::result::Result::Err(::core::clone::Clone::clone(error)),
                }
            }

            #(#functions)*
        }
    }
}

/// The locals and parameters of the loaded module's functions that a user's item
/// could capture (each is a function of the runtime's `hygiene` module).
const LOCALS: [&str; 4] = ["__names", "__library", "__wanted", "__found"];

/// What one declared function adds to the loaded raw module.
struct Entry {
    /// `name: Option<unsafe extern "C" fn(..) -> R>,` in the table.
    field: TokenStream,
    /// The symbol pushed on the list to resolve.
    wanted: TokenStream,
    /// The resolved address, as the declared pointer type.
    taken: TokenStream,
    init: TokenStream,
    /// The raw `unsafe fn`, `has_<name>()`, and the wrapper's check.
    functions: TokenStream,
}

fn entry(
    krate: &syn::Path,
    raw: &syn::ItemForeignMod,
    item: &syn::ForeignItemFn,
    function: &Function,
) -> Entry {
    let dynamic = quote!(#krate::dynamic);
    let block_cfgs = raw.attrs.iter().filter(|a| attrs::is_cfg(a));
    let item_cfgs = item.attrs.iter().filter(|a| attrs::is_cfg(a));
    let cfgs = quote!(#(#block_cfgs)* #(#item_cfgs)*);
    let abi = &raw.abi;
    let ident = &item.sig.ident;
    let params: Vec<_> = item
        .sig
        .inputs
        .iter()
        .filter_map(|input| match input {
            FnArg::Typed(typed) => Some(typed),
            FnArg::Receiver(_) => None,
        })
        .collect();
    let types = params.iter().map(|typed| &typed.ty);
    let output = &item.sig.output;
    let pointer = quote!(unsafe #abi fn(#(#types),*) #output);
    let symbol = LitStr::new(function.symbol.trim_start_matches('\u{1}'), ident.span());
    let symbol = quote!(#krate::__private::c_str(::core::concat!(#symbol, "\0")));
    let optional = function.args.optional.is_some();
    let version = function.args.version.as_ref().map_or_else(
        || quote!(::core::option::Option::None),
        |version| quote!(::core::option::Option::Some(#krate::__private::c_str(::core::concat!(#version, "\0")))),
    );
    // SAFETY (of the generated block): the declaration is the user's claim of
    // the symbol's type, as in a linked block; the address is a function of the
    // library, loaded for the rest of the process.
    let taken = quote! {
        #cfgs
        let #ident = __found.next().flatten().map(|address| unsafe {
            ::core::mem::transmute::<*mut ::core::ffi::c_void, #pointer>(address)
        });
    };
    Entry {
        field: quote!(#cfgs #ident: ::core::option::Option<#pointer>,),
        wanted: quote! {
            #cfgs
            __wanted.push(#dynamic::Wanted { name: #symbol, version: #version, optional: #optional });
        },
        taken,
        init: quote!(#cfgs #ident,),
        functions: raw_functions(krate, item, function, &params, &cfgs),
    }
}

/// The raw `unsafe fn` of the declared name, `has_<name>()`, and the check a
/// wrapper makes first.
fn raw_functions(
    krate: &syn::Path,
    item: &syn::ForeignItemFn,
    function: &Function,
    params: &[&syn::PatType],
    cfgs: &TokenStream,
) -> TokenStream {
    let ident = &item.sig.ident;
    let output = &item.sig.output;
    let vis = visibility_one_level_down(&item.vis);
    let arguments: Vec<_> = (0..params.len())
        .map(|at| format_ident!("arg{}", at))
        .collect();
    let inputs = params.iter().zip(&arguments).map(|(param, argument)| {
        let ty = &param.ty;
        quote!(#argument: #ty)
    });
    let has = format_ident!("has_{}", ident);
    let available = format_ident!("__available_{}", ident);
    let missing = format!("`{}` was not loaded", function.symbol);
    let docs = format!(
        " Calls `{}` of the loaded library.\n\n # Safety\n\n The C function's contract, as declared.\n\n # Panics\n\n When the library could not be loaded or lacks the symbol (see [`has_{ident}`]); the safe wrapper returns an `Err` instead.",
        function.symbol
    );
    let has_doc = format!(
        " Whether `{}` was found in the loaded library (`false` when it could not be loaded).",
        function.symbol
    );
    quote! {
        #cfgs
        #[doc = #docs]
        #[allow(non_snake_case, clippy::too_many_arguments)]
        #vis unsafe fn #ident(#(#inputs),*) #output {
            let ::core::option::Option::Some(function) = __symbols().as_ref().ok().and_then(|symbols| symbols.#ident) else {
                ::core::panic!(#missing)
            };
            // SAFETY: the caller keeps the C function's contract.
            unsafe { function(#(#arguments),*) }
        }

        #cfgs
        #[doc = #has_doc]
        #[allow(non_snake_case)]
        #vis fn #has() -> ::core::primitive::bool {
            __symbols().as_ref().is_ok_and(|symbols| symbols.#ident.is_some())
        }

        #cfgs
        #[doc(hidden)]
        #[allow(non_snake_case)]
        #vis fn #available(site: &'static #krate::Site) -> ::core::result::Result<(), #krate::Error> {
            match __symbols() {
                ::core::result::Result::Ok(symbols) if symbols.#ident.is_some() => ::core::result::Result::Ok(()),
                ::core::result::Result::Ok(_) => ::core::result::Result::Err(
                    #krate::__private::unavailable_error(site, ::std::format!("not in {}", __library_path()))
                ),
                ::core::result::Result::Err(error) => ::core::result::Result::Err(
                    #krate::__private::unavailable_error(site, ::std::string::ToString::to_string(error))
                ),
            }
        }
    }
}
