//! What a function gets when its declaration has errors: a stub with the wrapper's
//! name and parameters, so that the user's calls still resolve and the only errors
//! shown are ours, not a cascade of "cannot find function".

use super::syntax::ast::{Block, Function};
use proc_macro2::TokenStream;
use quote::{ToTokens, quote};

pub(crate) fn stub(block: &Block, function: &Function) -> TokenStream {
    let krate = &block.args.krate;
    let inputs = function
        .params
        .iter()
        .filter(|param| param.out_attr().is_none())
        .map(|param| {
            let ty = &param.ty;
            let name = param
                .ident
                .as_ref()
                .map_or_else(|| quote!(_), ToTokens::to_token_stream);
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
