//! What a function gets when its declaration has errors: a stub with the wrapper's
//! name and the parameters the wrapper would take (those the lowering would
//! shape, such as `&str` for `#[str]`, as `impl Sized`), so that the user's
//! calls still resolve and the only errors shown are ours, not a cascade of
//! "cannot find function" or mismatched arguments.

use super::syntax::ast::{Block, Function, Role};
use proc_macro2::TokenStream;
use quote::{ToTokens, quote};

pub(crate) fn stub(block: &Block, function: &Function) -> TokenStream {
    let krate = &block.args.krate;
    let inputs = function
        .params
        .iter()
        .filter(|param| {
            param.slot.is_none()
                && matches!(
                    param.role,
                    Role::Plain
                        | Role::Handle(_)
                        | Role::String(_)
                        | Role::Slice { .. }
                        | Role::Callback(_)
                )
        })
        .map(|param| {
            let name = param
                .ident
                .as_ref()
                .map_or_else(|| quote!(_), ToTokens::to_token_stream);
            // What the wrapper would take when the syntax says it; any value
            // where the lowering decides (strings, slices, closures).
            let ty = match &param.role {
                Role::Plain => param.ty.to_token_stream(),
                _ => quote!(impl ::core::marker::Sized),
            };
            quote!(#name: #ty)
        });
    let vis = &function.vis;
    let ident = &function.ident;
    let generics = &function.sig.generics;
    let where_clause = &generics.where_clause;
    let cfgs = &function.cfgs;
    let docs = &function.docs;
    quote! {
        #(#docs)*
        #(#cfgs)*
        #[allow(unused_variables, non_snake_case, clippy::too_many_arguments)]
        #vis fn #ident #generics(#(#inputs),*) -> ! #where_clause {
            #krate::__private::core::panic!("#[foreign] reported errors for this declaration")
        }
    }
}
