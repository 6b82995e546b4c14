//! The trait impls and descriptions of the module's types: `#[repr(C)]`
//! structs (C sees them whole) and `#[ffi(opaque)]` handles.

use super::items::{Handle, ValueStruct};
use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::spanned::Spanned;

/// `CValue` for a `#[repr(C)]` struct, proved field by field.
pub(super) fn value_struct(value: &ValueStruct) -> TokenStream {
    let ident = &value.ident;
    let c_name = &value.c_name;
    let checks = value
        .fields
        .iter()
        .map(|(_, ty)| quote_spanned!(ty.span()=> field_is_c_value::<#ty>();));
    let field_layouts = value.fields.iter().map(|(_, ty)| {
        quote!((::ffi_runtime::export::__private::size_of::<#ty>(), ::ffi_runtime::export::__private::align_of::<#ty>()))
    });
    let cfgs = &value.cfgs;
    let layout_message = format!(
        "`{ident}` does not have the layout C gives its fields (a `packed` or `align` behind `cfg_attr`?)"
    );
    quote! {
        // C's layout of the fields, computed here, must be Rust's: the header
        // declares the struct with plain C rules.
        #(#cfgs)*
        const _: () = {
            let (size, align) = ::ffi_runtime::export::__private::c_layout(&[#(#field_layouts),*]);
            assert!(
                size == ::ffi_runtime::export::__private::size_of::<#ident>()
                    && align == ::ffi_runtime::export::__private::align_of::<#ident>(),
                #layout_message
            );
        };

        // SAFETY: `#[repr(C)]` (read from the definition) lays the fields out as
        // C lays out the struct the header declares with the same fields in the
        // same order, each field is a `CValue` (proved below) so has its C type's
        // layout and is valid for any bytes, and padding is never read.
        #(#cfgs)*
        unsafe impl ::ffi_runtime::export::CValue for #ident {
            const C_NAME: &'static str = #c_name;
        }

        // SAFETY: passed by value as the C struct of the same layout (above).
        #(#cfgs)*
        unsafe impl ::ffi_runtime::export::ArgAbi for #ident {
            type Abi = #ident;
            const C: ::ffi_runtime::export::Decl = ::ffi_runtime::export::Decl::named(#c_name);
        }

        // SAFETY: any bytes are a valid value (above).
        #(#cfgs)*
        unsafe impl<'scope> ::ffi_runtime::export::Arg<'scope> for #ident {
            #[inline]
            unsafe fn from_abi(
                abi: #ident,
                _: ::ffi_runtime::export::Scope<'scope>,
                _: &'static str,
            ) -> ::core::result::Result<Self, ::ffi_runtime::export::Failure> {
                ::core::result::Result::Ok(abi)
            }
        }

        #(#cfgs)*
        const _: () = {
            const fn field_is_c_value<T: ::ffi_runtime::export::CValue>() {}
            #(#checks)*
        };
    }
}

/// The header's description of a `#[repr(C)]` struct, with its layout.
pub(super) fn describe_struct(value: &ValueStruct) -> TokenStream {
    let ident = &value.ident;
    let (c_name, doc) = (&value.c_name, &value.doc);
    let fields = value.fields.iter().map(|(field, ty)| {
        let name = super::signature::unraw(field);
        quote! {
            ::ffi_runtime::export::Field {
                name: #name,
                decl: ::ffi_runtime::export::Decl::named(<#ty as ::ffi_runtime::export::CValue>::C_NAME),
                offset: ::ffi_runtime::export::__private::offset_of!(#ident, #field),
            }
        }
    });
    let cfgs = &value.cfgs;
    quote! {
        #(#cfgs)*
        ::ffi_runtime::export::Item::Struct(::ffi_runtime::export::Struct {
            name: #c_name,
            doc: #doc,
            fields: &[#(#fields),*],
            size: ::ffi_runtime::export::__private::size_of::<#ident>(),
            align: ::ffi_runtime::export::__private::align_of::<#ident>(),
        })
    }
}

/// `Opaque`, `Pointee` and `Returned` for a handle, and its `_free`.
pub(super) fn handle(handle: &Handle, claim: proc_macro2::Span) -> TokenStream {
    let ident = &handle.ident;
    let c_name = &handle.c_name;
    let free_name = format!("{c_name}_free");
    let free = syn::Ident::new(&free_name, ident.span());
    let parameter = syn::Ident::new("handle", ident.span());
    let free_doc = format!(" Frees a `{c_name}`; NULL is accepted.");
    let cfgs = &handle.cfgs;
    let export_name = super::export_name(&free_name, claim);
    quote! {
        // SAFETY: implemented by `#[export]` for an `#[ffi(opaque)]` struct of the
        // module; C holds handles only as pointers `Returned::into_abi` made.
        #(#cfgs)*
        unsafe impl ::ffi_runtime::export::Opaque for #ident {
            const C_NAME: &'static str = #c_name;
        }

        // SAFETY: C points to a handle only with a pointer the module returned and
        // C has not freed (the header's contract): a live, aligned `Box<Self>`.
        #(#cfgs)*
        unsafe impl ::ffi_runtime::export::Pointee for #ident {
            const C_NAME: &'static str = #c_name;
        }

        // SAFETY: a `Box<Self>` given to C as `#c_name *`, released only by the
        // `_free` below.
        #(#cfgs)*
        unsafe impl ::ffi_runtime::export::Returned for #ident {
            type Abi = *mut #ident;
            const C: ::ffi_runtime::export::Decl = ::ffi_runtime::export::Decl::named(#c_name).pointer(false);

            fn into_abi(self) -> ::core::result::Result<*mut #ident, ::ffi_runtime::export::Failure> {
                ::core::result::Result::Ok(::std::boxed::Box::into_raw(::std::boxed::Box::new(self)))
            }
        }

        #(#cfgs)*
        #[doc = #free_doc]
        ///
        /// # Safety
        ///
        /// The handle is NULL or one this module returned, not freed before, and
        /// not in use by another call.
        #export_name
        #[allow(non_snake_case)]
        pub unsafe extern "C" fn #free(#parameter: *mut #ident) {
            // SAFETY: the caller's promise, as above.
            unsafe { ::ffi_runtime::export::__private::free_handle(#free_name, #parameter) }
        }
    }
}

/// The header's description of a handle, with whether it is `Sync`/`Send`.
pub(super) fn describe_handle(handle: &Handle) -> TokenStream {
    let ident = &handle.ident;
    let (c_name, doc) = (&handle.c_name, &handle.doc);
    let cfgs = &handle.cfgs;
    quote! {
        #(#cfgs)*
        ::ffi_runtime::export::Item::Opaque(::ffi_runtime::export::OpaqueType {
            name: #c_name,
            doc: #doc,
            is_sync: || {
                use ::ffi_runtime::export::__private::{IsSync as _, NotSync as _};
                (&::ffi_runtime::export::__private::SyncProbe::<#ident>(::core::marker::PhantomData)).is_sync()
            },
            is_send: || {
                use ::ffi_runtime::export::__private::{IsSend as _, NotSend as _};
                (&::ffi_runtime::export::__private::SendProbe::<#ident>(::core::marker::PhantomData)).is_send()
            },
        })
    }
}

/// The description of a handle's `_free`.
pub(super) fn describe_free(handle: &Handle) -> TokenStream {
    let c_name = &handle.c_name;
    let free_name = format!("{c_name}_free");
    let doc = format!("Frees a {c_name}; NULL is accepted.");
    let parameter = super::signature::snake_case(&super::signature::unraw(&handle.ident));
    let cfgs = &handle.cfgs;
    quote! {
        #(#cfgs)*
        ::ffi_runtime::export::Item::Function(::ffi_runtime::export::Function {
            name: #free_name,
            doc: #doc,
            returns: ::ffi_runtime::export::Decl::named("void"),
            params: &[::ffi_runtime::export::Param {
                name: #parameter,
                decl: ::ffi_runtime::export::Decl::named(#c_name).pointer(false),
            }],
        })
    }
}
