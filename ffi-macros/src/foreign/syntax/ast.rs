//! Our representation of the extern block: what each declaration says, with the
//! original syntax kept for spans and for re-emitting the raw block unchanged.

use super::args::{self, BlockArgs, Convention, FnArgs, Message};
use super::attrs;
use super::callbacks::CallbackParam;
use super::diagnostic::{self, Errors};
use proc_macro2::Span;
use syn::{Attribute, FnArg, ForeignItem, Ident, ItemForeignMod, Pat, Signature, Type, Visibility};

pub(crate) struct Block {
    pub(crate) args: BlockArgs,
    /// The block as written, less our attributes and less items that cannot be
    /// declarations (those are reported).
    pub(crate) raw: ItemForeignMod,
    pub(crate) functions: Vec<Function>,
}

pub(crate) struct Function {
    pub(crate) ident: Ident,
    /// The C symbol: `link_name` if given. Errors name it.
    pub(crate) symbol: String,
    pub(crate) vis: Visibility,
    pub(crate) sig: Signature,
    /// Declared `safe fn`: calling the raw item needs no `unsafe`.
    pub(crate) declared_safe: bool,
    pub(crate) docs: Vec<Attribute>,
    pub(crate) cfgs: Vec<Attribute>,
    pub(crate) args: FnArgs,
    pub(crate) params: Vec<Param>,
    /// Whether parsing already found an error in this declaration.
    pub(crate) broken: bool,
}

pub(crate) struct Param {
    /// `None` for a pattern that is not a plain name (reported by check).
    pub(crate) ident: Option<Ident>,
    pub(crate) pat: Box<Pat>,
    pub(crate) ty: Box<Type>,
    /// The `#[out]` attribute, kept for spans.
    pub(crate) out: Option<Attribute>,
    /// `#[out(Handle)]`: the out-pointer receives an owned handle.
    pub(crate) out_handle: Option<Type>,
    /// `#[handle(&H)]`, `#[handle(&mut H)]`, `#[handle(H)]`.
    pub(crate) handle: Option<HandleParam>,
    /// `#[str]`: a `*const c_char` the wrapper takes as `&str`.
    pub(crate) text: Option<Attribute>,
    /// `#[nullable]`: a `*const c_char` that may be NULL (`Option<..>`).
    pub(crate) nullable: Option<Attribute>,
    /// `#[slice(len)]`: with the named length parameter, the wrapper takes a slice.
    pub(crate) slice: Option<(Ident, Attribute)>,
    /// `#[buffer(len, ..)]`: an output buffer the wrapper allocates.
    pub(crate) buffer: Option<BufferParam>,
    /// `#[out_slice(len)] p: *mut *const T`: C writes a `(pointer, length)` pair,
    /// copied into a `Vec<T>`.
    pub(crate) out_slice: Option<(Ident, Attribute)>,
    /// `#[callback(data, ..)]`: a C function pointer the wrapper takes as a closure.
    pub(crate) callback: Option<CallbackParam>,
}

/// `#[buffer(len, initial = N, max = N, grow_on = ERRNO)] p: *mut c_char`.
pub(crate) struct BufferParam {
    /// The parameter that carries the buffer's capacity.
    pub(crate) length: Ident,
    pub(crate) initial: usize,
    pub(crate) max: usize,
    /// The errno (a `libc` constant) that means "too small, grow and retry".
    pub(crate) grow_on: Option<Ident>,
    /// The status code that means the same, for `zero`-style functions (zlib's
    /// `Z_BUF_ERROR` is `-5`).
    pub(crate) grow_on_code: Option<i64>,
    /// `length_returned`: the return value is the number of bytes written
    /// (`readlink`); equal to the capacity means truncated.
    pub(crate) length_returned: bool,
    /// `size_returned`: the return value is the length the whole string needs,
    /// without its NUL (`snprintf`, `strxfrm`); not less than the capacity means
    /// cut off: grow to it and call again.
    pub(crate) size_returned: bool,
    /// `grow_to_length`: on failure, C wrote the count it needs into the in/out
    /// length (`getgrouplist`): grow to it and call again.
    pub(crate) grow_to_length: bool,
    pub(crate) attr: Attribute,
}

/// A parameter declared `#[handle(..)] p: *mut T`.
pub(crate) struct HandleParam {
    pub(crate) usage: HandleUse,
    /// The handle type `H`.
    pub(crate) handle: Type,
    /// The wrapper's parameter type, as written (`&'db H` keeps its lifetime).
    pub(crate) written: Type,
    pub(crate) attr: Attribute,
}

/// How the wrapper takes a handle parameter.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum HandleUse {
    /// `&H`: C borrows it for the call.
    Shared,
    /// `&mut H`: C borrows it, and may change it, for the call.
    Mut,
    /// `H`: C takes ownership (and frees it).
    Take,
}

/// What the wrapper does with a parameter.
pub(crate) enum ParamRole<'a> {
    /// `#[out] p: *mut T`: a `MaybeUninit<T>` local, returned on success.
    Out(&'a Type),
    /// `#[out(H)] p: *mut *mut T`: a NULL-initialized pointer local; an owned `H`
    /// on success, released on failure if C wrote one anyway.
    OutHandle(&'a Type),
    /// `#[handle(..)] p: *mut T`: the wrapper takes `&H`, `&mut H` or `H`.
    Handle(&'a HandleParam),
    /// `*const c_char`: the wrapper takes `&CStr`, `&str` (`#[str]`, made
    /// NUL-terminated for the call), or either in an `Option` (`#[nullable]`).
    CString { utf8: bool, nullable: bool },
    /// `#[slice(len)] p: *const T` (or `*mut T`): the wrapper takes `&[T]` (or
    /// `&mut [T]`) and passes its pointer, and its length as `len`.
    Slice { elem: &'a Type, mutable: bool },
    /// `#[buffer(len)] p: *mut c_char`: a buffer the wrapper allocates; the C
    /// string written into it is the `Ok` value.
    Buffer,
    /// `#[out_slice(len)] p: *mut *const T`: a pointer slot and a length slot C
    /// writes; the `Ok` value is a copy of the elements.
    OutSlice { elem: &'a Type, length: &'a Ident },
    /// Passed on as it is.
    Pass,
}

/// The convention and message in force for one function.
pub(crate) struct Reporting<'a> {
    pub(crate) convention: Convention,
    /// The convention key, or the function's name when the block's default applies
    /// (an error about the convention then points at the function it concerns).
    pub(crate) convention_span: Span,
    pub(crate) message: Option<&'a Message>,
}

impl Block {
    pub(crate) fn from_syn(args: BlockArgs, mut raw: ItemForeignMod, errors: &mut Errors) -> Self {
        reject_ffi(&mut raw.attrs, errors);
        let mut functions = Vec::new();
        let items = std::mem::take(&mut raw.items);
        for mut item in items {
            match &mut item {
                ForeignItem::Fn(func) => functions.push(Function::from_syn(func, errors)),
                ForeignItem::Static(item) => reject_ffi(&mut item.attrs, errors),
                ForeignItem::Type(item) => reject_ffi(&mut item.attrs, errors),
                ForeignItem::Macro(item) => reject_ffi(&mut item.attrs, errors),
                ForeignItem::Verbatim(tokens) => {
                    errors.push(diagnostic::item_with_body(&*tokens));
                    continue;
                }
                _ => {}
            }
            raw.items.push(item);
        }
        Block {
            args,
            raw,
            functions,
        }
    }
}

fn reject_ffi(attrs: &mut Vec<Attribute>, errors: &mut Errors) {
    for attr in attrs::take(attrs, attrs::is_ffi, errors) {
        errors.push(diagnostic::ffi_on_non_fn(&attr));
    }
}

impl Function {
    /// Reads the declaration and strips our attributes from `func`, which then is
    /// the raw declaration as the user would have written it without the macro.
    fn from_syn(func: &mut syn::ForeignItemFn, errors: &mut Errors) -> Self {
        let before = errors.len();
        let mut args = FnArgs::default();
        for attr in attrs::take(&mut func.attrs, attrs::is_ffi, errors) {
            args::parse_fn_args(&attr, &mut args, errors);
        }
        let mut params = Vec::new();
        for input in &mut func.sig.inputs {
            match input {
                FnArg::Typed(typed) => params.push(Param::from_syn(typed, errors)),
                FnArg::Receiver(receiver) => errors.push(diagnostic::receiver(&*receiver)),
            }
        }
        Function {
            ident: func.sig.ident.clone(),
            symbol: attrs::link_name(&func.attrs).unwrap_or_else(|| func.sig.ident.to_string()),
            vis: func.vis.clone(),
            sig: func.sig.clone(),
            declared_safe: matches!(func.sig.safety, syn::Safety::Safe(_)),
            docs: func
                .attrs
                .iter()
                .filter(|a| attrs::is_doc(a))
                .cloned()
                .collect(),
            cfgs: func
                .attrs
                .iter()
                .filter(|a| attrs::is_cfg(a))
                .cloned()
                .collect(),
            args,
            params,
            broken: errors.len() > before,
        }
    }

    pub(crate) fn is_raw_only(&self) -> bool {
        self.args.raw.is_some()
    }

    pub(crate) fn is_unsafe_wrapper(&self) -> bool {
        self.args.unsafe_wrapper.is_some()
    }

    pub(crate) fn reporting<'a>(&'a self, block: &'a BlockArgs) -> Reporting<'a> {
        let (convention, convention_span) =
            match (&self.args.reporting.convention, &block.reporting.convention) {
                (Some((convention, span)), _) => (convention.clone(), *span),
                (None, Some((convention, _))) => (convention.clone(), self.ident.span()),
                (None, None) => (Convention::Unchecked, self.ident.span()),
            };
        let message = self.args.reporting.message.as_ref().or_else(|| {
            block
                .reporting
                .message
                .as_ref()
                .filter(|_| convention.makes_runtime_error())
        });
        Reporting {
            convention,
            convention_span,
            message,
        }
    }

    /// The output buffer, if the function has one (check: at most one).
    pub(crate) fn buffer(&self) -> Option<(&Param, &BufferParam)> {
        self.params
            .iter()
            .find_map(|param| param.buffer.as_ref().map(|buffer| (param, buffer)))
    }

    /// The buffer's length parameter and, when it is an in/out `*mut L` (zlib's
    /// `destLen`), the `L` it points to.
    pub(crate) fn buffer_length(&self) -> Option<(&Param, Option<&Type>)> {
        let (_, buffer) = self.buffer()?;
        let length = self
            .params
            .iter()
            .find(|param| param.ident.as_ref() == Some(&buffer.length) && param.buffer.is_none())?;
        let in_out = super::types::as_pointer(&length.ty).map(|pointer| &*pointer.elem);
        Some((length, in_out))
    }

    /// The `#[out_slice(param)]` parameter whose length slot `param` is.
    pub(crate) fn out_slice_of_length(&self, param: &Param) -> Option<&Param> {
        let name = param.ident.as_ref()?;
        self.params.iter().find(|other| {
            other
                .out_slice
                .as_ref()
                .is_some_and(|(length, _)| length == name)
        })
    }

    /// Whether `param` is the count C writes for a returned array (`slice = param`).
    pub(crate) fn is_returned_slice_length(&self, param: &Param) -> bool {
        param.ident.is_some() && param.ident.as_ref() == self.args.slice.as_ref()
    }

    /// Whether `param` carries the output buffer's capacity.
    pub(crate) fn is_buffer_length(&self, param: &Param) -> bool {
        let (Some(name), Some((_, buffer))) = (param.ident.as_ref(), self.buffer()) else {
            return false;
        };
        &buffer.length == name
    }

    /// The slice parameter whose length `param` is (`#[slice(param)]`).
    pub(crate) fn slice_of_length(&self, param: &Param) -> Option<&Param> {
        let name = param.ident.as_ref()?;
        self.params.iter().find(|other| {
            other
                .slice
                .as_ref()
                .is_some_and(|(length, _)| length == name)
        })
    }

    /// Whether the wrapper can refuse an argument before the call (a `&str` with a
    /// NUL, a slice too long for its C length type), so returns a `Result`.
    pub(crate) fn has_fallible_arguments(&self) -> bool {
        self.params
            .iter()
            .any(|param| param.text.is_some() || param.slice.is_some() || param.buffer.is_some())
    }

    pub(crate) fn outs(&self) -> impl Iterator<Item = &Param> {
        self.params.iter().filter(|param| param.out.is_some())
    }
}

impl Param {
    fn from_syn(typed: &mut syn::PatType, errors: &mut Errors) -> Self {
        let mut out = None;
        let mut out_handle = None;
        for attr in attrs::take(&mut typed.attrs, attrs::is_out, errors) {
            if out.is_some() {
                errors.push(diagnostic::duplicate_key(attr.pound_token.span, "#[out]"));
            }
            if let syn::Meta::List(_) = attr.meta {
                match attr.parse_args_with(Type::without_plus) {
                    Ok(handle) => out_handle = Some(handle),
                    Err(_) => errors.push(diagnostic::out_with_args(&attr)),
                }
            } else if !matches!(attr.meta, syn::Meta::Path(_)) {
                errors.push(diagnostic::out_with_args(&attr));
            }
            out = Some(attr);
        }
        let mut handle = None;
        for attr in attrs::take(&mut typed.attrs, attrs::is_handle, errors) {
            if handle.is_some() {
                errors.push(diagnostic::duplicate_key(
                    attr.pound_token.span,
                    "#[handle]",
                ));
            }
            match attr.parse_args_with(Type::without_plus) {
                Ok(written) => {
                    let (usage, handle_type) = match &written {
                        Type::Reference(reference) if reference.mutability.is_some() => {
                            (HandleUse::Mut, (*reference.elem).clone())
                        }
                        Type::Reference(reference) => {
                            (HandleUse::Shared, (*reference.elem).clone())
                        }
                        owned => (HandleUse::Take, owned.clone()),
                    };
                    handle = Some(HandleParam {
                        usage,
                        handle: handle_type,
                        written,
                        attr,
                    });
                }
                Err(_) => errors.push(diagnostic::bad_handle(&attr)),
            }
        }
        for attr in attrs::take(&mut typed.attrs, attrs::is_ffi, errors) {
            errors.push(diagnostic::ffi_on_param(&attr));
        }
        let ident = plain_name(&typed.pat).cloned();
        Param {
            ident,
            pat: typed.pat.clone(),
            ty: typed.ty.clone(),
            out,
            out_handle,
            handle,
            slice: take_named(&mut typed.attrs, attrs::is_slice, "#[slice]", errors),
            buffer: take_buffer(&mut typed.attrs, errors),
            out_slice: take_named(
                &mut typed.attrs,
                attrs::is_out_slice,
                "#[out_slice]",
                errors,
            ),
            callback: take_callback(&mut typed.attrs, errors),
            text: take_flag(&mut typed.attrs, attrs::is_str, errors),
            nullable: take_flag(&mut typed.attrs, attrs::is_nullable, errors),
        }
    }

    /// The role, for a parameter that passed check.
    pub(crate) fn role(&self, unsafe_wrapper: bool) -> ParamRole<'_> {
        if let Some(handle) = &self.out_handle {
            return ParamRole::OutHandle(handle);
        }
        if let Some(handle) = &self.handle {
            return ParamRole::Handle(handle);
        }
        if let (Some(_), Some(ptr)) = (&self.out, super::types::as_pointer(&self.ty)) {
            return ParamRole::Out(&ptr.elem);
        }
        if self.buffer.is_some() {
            return ParamRole::Buffer;
        }

        if let Some((length, _)) = &self.out_slice {
            let elem = super::types::as_pointer(&self.ty)
                .and_then(|outer| super::types::as_pointer(&outer.elem))
                .map(|inner| &*inner.elem);
            if let Some(elem) = elem {
                return ParamRole::OutSlice { elem, length };
            }
        }
        if let (Some(_), Some(ptr)) = (&self.slice, super::types::as_pointer(&self.ty)) {
            return ParamRole::Slice {
                elem: &ptr.elem,
                mutable: super::types::is_mut(ptr),
            };
        }
        let annotated = self.text.is_some() || self.nullable.is_some();
        if (annotated || !unsafe_wrapper) && super::types::is_c_string(&self.ty) {
            return ParamRole::CString {
                utf8: self.text.is_some(),
                nullable: self.nullable.is_some(),
            };
        }
        ParamRole::Pass
    }
}

/// The name of a parameter declared `name: T`; `None` for `_`, `mut x` and patterns.
pub(crate) fn plain_name(pat: &Pat) -> Option<&Ident> {
    match pat {
        Pat::Ident(pat)
            if pat.by_ref.is_none() && pat.mutability.is_none() && pat.subpat.is_none() =>
        {
            Some(&pat.ident)
        }
        _ => None,
    }
}

/// A parameter attribute without arguments (`#[str]`, `#[nullable]`).
fn take_flag(
    attrs: &mut Vec<Attribute>,
    ours: fn(&Attribute) -> bool,
    errors: &mut Errors,
) -> Option<Attribute> {
    let mut found = None;
    for attr in attrs::take(attrs, ours, errors) {
        if !matches!(attr.meta, syn::Meta::Path(_)) {
            errors.push(diagnostic::flag_with_args(&attr));
        } else if found.is_some() {
            errors.push(diagnostic::duplicate_key(
                attr.pound_token.span,
                "this attribute",
            ));
        }
        found = Some(attr);
    }
    found
}

/// `#[callback(data, on_panic = 0)]`.
fn take_callback(attrs: &mut Vec<Attribute>, errors: &mut Errors) -> Option<CallbackParam> {
    let mut found = None;
    for attr in attrs::take(attrs, attrs::is_callback, errors) {
        let span = attr.pound_token.span;
        match super::callbacks::parse(attr.clone()) {
            Ok(callback) if found.is_none() => found = Some(callback),
            Ok(_) => errors.push(diagnostic::duplicate_key(span, "#[callback]")),
            Err(error) => {
                errors.push(error);
                // Still claim the user-data parameter, so that it is not also
                // reported as an unannotated pointer.
                found = found.or_else(|| super::callbacks::broken(attr));
            }
        }
    }
    found
}

/// `#[buffer(len, initial = 256, max = 1048576, grow_on = ERANGE)]`.
fn take_buffer(attrs: &mut Vec<Attribute>, errors: &mut Errors) -> Option<BufferParam> {
    let mut found = None;
    for attr in attrs::take(attrs, attrs::is_buffer, errors) {
        let parsed = attr.parse_args_with(|input: syn::parse::ParseStream<'_>| {
            parse_buffer(input, attr.clone())
        });
        match parsed {
            Ok(buffer) if found.is_none() => found = Some(buffer),
            Ok(_) => errors.push(diagnostic::duplicate_key(
                attr.pound_token.span,
                "#[buffer]",
            )),
            Err(error) => errors.push(error),
        }
    }
    found
}

fn parse_buffer(input: syn::parse::ParseStream<'_>, attr: Attribute) -> syn::Result<BufferParam> {
    let length: Ident = input.parse()?;
    let (mut initial, mut max, mut grow_on, mut grow_on_code) = (256, 1 << 20, None, None);
    let mut bound_span = length.span();
    let mut length_returned = false;
    let mut size_returned = false;
    let mut grow_to_length = false;
    while !input.is_empty() {
        input.parse::<syn::Token![,]>()?;
        if input.is_empty() {
            break;
        }
        let key: Ident = input.parse()?;
        if key == "length_returned" {
            length_returned = true;
            continue;
        }
        if key == "size_returned" {
            size_returned = true;
            continue;
        }
        if key == "grow_to_length" {
            grow_to_length = true;
            continue;
        }
        input.parse::<syn::Token![=]>()?;
        match key.to_string().as_str() {
            "initial" | "max" => {
                let value = input.parse::<syn::LitInt>()?;
                bound_span = value.span();
                let slot = if key == "initial" {
                    &mut initial
                } else {
                    &mut max
                };
                *slot = value.base10_parse()?;
            }
            "grow_on" => grow_on = Some(input.parse()?),
            "grow_on_code" => {
                let negative = input.parse::<Option<syn::Token![-]>>()?.is_some();
                let code: i64 = input.parse::<syn::LitInt>()?.base10_parse()?;
                grow_on_code = Some(if negative { -code } else { code });
            }
            _ => {
                return Err(syn::Error::new(
                    key.span(),
                    "unknown key in #[buffer]\n= help: the keys are `initial = N`, `max = N`, `grow_on = ERRNO_NAME`, `grow_on_code = N`, `length_returned`, `size_returned`, `grow_to_length`",
                ));
            }
        }
    }
    if initial == 0 || initial > max {
        return Err(syn::Error::new(
            bound_span,
            "#[buffer] needs 0 < initial <= max\n= help: e.g. `#[buffer(len, initial = 64, max = 65536)]`",
        ));
    }
    Ok(BufferParam {
        length,
        initial,
        max,
        grow_on,
        grow_on_code,
        length_returned,
        size_returned,
        grow_to_length,
        attr,
    })
}

/// `#[slice(len)]`, `#[out_slice(len)]`: the name of the length parameter.
fn take_named(
    attrs: &mut Vec<Attribute>,
    ours: fn(&Attribute) -> bool,
    name: &str,
    errors: &mut Errors,
) -> Option<(Ident, Attribute)> {
    let mut found = None;
    for attr in attrs::take(attrs, ours, errors) {
        match attr.parse_args::<Ident>() {
            Ok(length) if found.is_none() => found = Some((length, attr)),
            Ok(_) => errors.push(diagnostic::duplicate_key(attr.pound_token.span, name)),
            Err(_) => errors.push(diagnostic::bad_slice(&attr)),
        }
    }
    found
}
