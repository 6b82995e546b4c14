//! Our representation of the extern block: what each declaration says, with the
//! original syntax kept for spans and for re-emitting the raw block unchanged.
//!
//! Each parameter's role is decided here, once: by its own attribute
//! ([`Role`], parsed in [`super::params`]) and by what the function's other
//! declarations make of it ([`Slot`]: a length, a callback's user data).

use super::args::{self, BlockArgs, Convention, FnArgs, Message};
use super::attrs;
use super::callback::{CallbackParam, Registration};
use super::diagnostic::{self, Errors};
use super::params;
use super::types;
use proc_macro2::Span;
use std::collections::HashMap;
use syn::{Attribute, FnArg, ForeignItem, Ident, ItemForeignMod, Pat, Signature, Type, Visibility};

pub(crate) struct Block {
    pub(crate) args: BlockArgs,
    /// The extern blocks as written (one, or those of a module under
    /// `#[foreign]`), less our attributes and less items that cannot be
    /// declarations (those are reported).
    pub(crate) raw: Vec<ItemForeignMod>,
    /// The functions of every block, in order.
    pub(crate) functions: Vec<Function>,
}

pub(crate) struct Function {
    pub(crate) ident: Ident,
    /// The C symbol: `link_name` if given. Errors name it.
    pub(crate) symbol: String,
    pub(crate) vis: Visibility,
    /// The declaration's signature without its parameters (see `params`).
    pub(crate) sig: Signature,
    /// Declared `safe fn`: calling the raw item needs no `unsafe`.
    pub(crate) declared_safe: bool,
    pub(crate) docs: Vec<Attribute>,
    pub(crate) cfgs: Vec<Attribute>,
    /// `#[must_use]`, copied onto the wrapper.
    pub(crate) must_use: Vec<Attribute>,
    pub(crate) args: FnArgs,
    pub(crate) params: Vec<Param>,
    /// `#[ffi(unsafe)]`, or the block's `unsafe` default without `#[ffi(safe)]`.
    pub(crate) unsafe_wrapper: bool,
    /// Whether parsing already found an error in this declaration.
    pub(crate) broken: bool,
}

pub(crate) struct Param {
    /// `None` for a pattern that is not a plain name (reported by check).
    pub(crate) ident: Option<Ident>,
    /// Taken from the raw item (put back by [`Block::restore_raw`]).
    pub(crate) pat: Pat,
    pub(crate) ty: Type,
    /// Whether `ty` was taken from the raw item (not read from `#[signature]`).
    pub(crate) ty_from_raw: bool,
    /// What the parameter's own attribute makes of it.
    pub(crate) role: Role,
    /// The role another parameter's attribute (or the function's) gives it: the
    /// wrapper fills it, its caller never sees it.
    pub(crate) slot: Option<Slot>,
}

/// What the wrapper does with a parameter, by the parameter's own attribute (at
/// most one: two are reported while parsing).
// One per parameter, built once while parsing: boxing the larger variants would
// only add indirection.
#[allow(clippy::large_enum_variant)]
pub(crate) enum Role {
    /// No attribute: passed on as it is, unless it is a `*const c_char` the
    /// wrapper takes as `&CStr` (`String` is then inferred).
    Plain,
    /// `#[out] p: *mut T`: a `MaybeUninit<T>` local, returned on success.
    Out(Attribute),
    /// `#[out(H)] p: *mut *mut T`: a NULL-initialized pointer local; an owned `H`
    /// on success, released on failure if C wrote one anyway.
    OutHandle { handle: Type, attr: Attribute },
    /// `#[handle(..)] p: *mut T`: the wrapper takes `&H`, `&mut H` or `H`.
    Handle(HandleParam),
    /// `*const c_char` the wrapper takes as `&CStr` (`#[cstr]`, or inferred), or
    /// `&str` (`#[str]`, made NUL-terminated for the call; `#[str(len)]`, passed
    /// with its length in `len`), either in an `Option` with `#[nullable]`.
    String(StringParam),
    /// `#[null] p: *mut T`: C accepts NULL here, and the wrapper passes it.
    Null(Attribute),
    /// `#[slice(len)] p: *const T` (or `*mut T`): the wrapper takes `&[T]` (or
    /// `&mut [T]`) and passes its pointer, and its length as `len`.
    Slice {
        length: Ident,
        /// `held_by = h`: the `#[handle(&mut H<'a>)]` parameter `h` keeps the
        /// slice after the call (`archive_read_open_memory`), for `'a`.
        held_by: Option<Ident>,
        attr: Attribute,
    },
    /// `#[buffer(len)] p: *mut c_char`: a buffer the wrapper allocates; what C
    /// writes into it is the `Ok` value.
    Buffer(BufferParam),
    /// `#[out_slice(len)] p: *mut *const T`: a pointer slot and a length slot C
    /// writes; the `Ok` value is a copy of the elements, after which `free = f`
    /// frees the array.
    OutSlice {
        length: Ident,
        free: Option<Ident>,
        attr: Attribute,
    },
    /// `#[callback(data, ..)]`: a C function pointer the wrapper takes as a closure.
    Callback(CallbackParam),
}

/// A parameter the wrapper fills because another declaration names it.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Slot {
    /// The element count of the `#[slice]` parameter at this index.
    SliceLength(usize),
    /// The capacity of the function's `#[buffer]`.
    BufferLength,
    /// The count C writes for the `#[out_slice]` parameter at this index.
    OutSliceLength(usize),
    /// The count C writes for the returned array (`slice = len`).
    ReturnedSliceLength,
    /// The user data of the `#[callback]` parameter at this index.
    CallbackData(usize),
    /// The destroy hook of the registered `#[callback]` parameter at this index.
    DestroyHook(usize),
}

/// `*const c_char` read as a string: `#[str]` takes `&str`, `#[nullable]` an
/// `Option`; neither, `&CStr` (`#[cstr]` says so explicitly).
pub(crate) struct StringParam {
    pub(crate) utf8: Option<Attribute>,
    pub(crate) nullable: Option<Attribute>,
    pub(crate) cstr: Option<Attribute>,
    /// `#[str(len)]`: C reads `len` bytes, not up to a NUL.
    pub(crate) length: Option<Ident>,
}

impl StringParam {
    /// The attribute that made it a string parameter, if one did.
    pub(crate) fn attr(&self) -> Option<&Attribute> {
        self.utf8
            .as_ref()
            .or(self.nullable.as_ref())
            .or(self.cstr.as_ref())
    }
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
    /// `#[handle(H, on_success)]`: C takes ownership only when it succeeds; on
    /// failure the wrapper still owns the handle, and frees it.
    pub(crate) on_success: bool,
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

/// The convention and message in force for one function: its own keys, else
/// its block's.
pub(crate) struct Reporting<'a> {
    pub(crate) convention: Convention,
    /// The convention key, or the function's name when the block's default applies
    /// (an error about the convention then points at the function it concerns).
    pub(crate) convention_span: Span,
    pub(crate) message: Option<&'a Message>,
}

impl Block {
    pub(crate) fn from_syn(
        args: BlockArgs,
        raws: Vec<ItemForeignMod>,
        errors: &mut Errors,
    ) -> Self {
        let items = raws.iter().map(|raw| raw.items.len()).sum();
        let mut functions = Vec::with_capacity(items);
        let mut raw = Vec::with_capacity(raws.len());
        for block in raws {
            raw.push(read_block(&args, block, &mut functions, errors));
        }
        Block {
            args,
            raw,
            functions,
        }
    }

    /// Puts back into the raw items the parameters' patterns and types the
    /// functions took from them ([`params::from_syn`]), once the wrappers are
    /// written: the raw module, the loaded table and the `sys` re-exports print
    /// the raw items. The functions' parameters are placeholders afterwards.
    pub(crate) fn restore_raw(&mut self) {
        let mut functions = self.functions.iter_mut();
        let items = self.raw.iter_mut().flat_map(|raw| &mut raw.items);
        for item in items {
            let ForeignItem::Fn(func) = item else {
                continue;
            };
            let Some(function) = functions.next() else {
                return;
            };
            let mut params = function.params.iter_mut();
            for input in &mut func.sig.inputs {
                let FnArg::Typed(typed) = input else { continue };
                let Some(param) = params.next() else { break };
                *typed.pat = std::mem::replace(&mut param.pat, params::placeholder_pat());
                if param.ty_from_raw {
                    *typed.ty = std::mem::replace(&mut param.ty, params::placeholder_type());
                }
            }
        }
    }
}

/// One extern block: its functions are read into `functions`; it is returned
/// less our attributes and less what cannot be a declaration.
fn read_block(
    args: &BlockArgs,
    mut raw: ItemForeignMod,
    functions: &mut Vec<Function>,
    errors: &mut Errors,
) -> ItemForeignMod {
    reject_ffi(&mut raw.attrs, errors);
    // The block's `cfg`s hold for its functions' wrappers too (bindgen writes a
    // block per platform).
    let block_cfgs: Vec<Attribute> = raw
        .attrs
        .iter()
        .filter(|attr| attrs::is_cfg(attr))
        .cloned()
        .collect();
    let first = functions.len();
    let items = std::mem::take(&mut raw.items);
    raw.items.reserve_exact(items.len());
    {
        for mut item in items {
            match &mut item {
                ForeignItem::Fn(func) => {
                    functions.push(Function::from_syn(func, args, errors));
                }
                ForeignItem::Static(item) => reject_ffi(&mut item.attrs, errors),
                ForeignItem::Type(item) => reject_ffi(&mut item.attrs, errors),
                // What a macro expands to is invisible here: a `safe static` in it
                // would skip its checks.
                ForeignItem::Macro(item) => {
                    errors.push(diagnostic::macro_in_block(&item.mac.path));
                    continue;
                }
                ForeignItem::Verbatim(tokens) => {
                    errors.push(diagnostic::item_with_body(&*tokens));
                    continue;
                }
                _ => {}
            }
            raw.items.push(item);
        }
    }
    for function in &mut functions[first..] {
        function.cfgs.splice(0..0, block_cfgs.iter().cloned());
    }
    raw
}

fn reject_ffi(attrs: &mut Vec<Attribute>, errors: &mut Errors) {
    for attr in attrs::take(attrs, attrs::is_ffi, errors) {
        errors.push(diagnostic::ffi_on_non_fn(&attr));
    }
}

impl Function {
    /// Reads the declaration and strips our attributes from `func`, which then is
    /// the raw declaration as the user would have written it without the macro.
    fn from_syn(func: &mut syn::ForeignItemFn, block: &BlockArgs, errors: &mut Errors) -> Self {
        let before = errors.len();
        let mut args = FnArgs::default();
        for attr in attrs::take(&mut func.attrs, attrs::is_ffi, errors) {
            args::parse_fn_args(&attr, &mut args, errors);
        }
        let mut params = Vec::with_capacity(func.sig.inputs.len());
        for input in &mut func.sig.inputs {
            match input {
                FnArg::Typed(typed) => params.push(params::from_syn(typed, errors)),
                FnArg::Receiver(receiver) => errors.push(diagnostic::receiver(&*receiver)),
            }
        }
        assign_slots(&mut params, &args);
        let unsafe_wrapper = args.unsafe_wrapper.is_some()
            || (block.unsafe_default.is_some() && args.safe.is_none());
        if !unsafe_wrapper {
            infer_c_strings(&mut params);
        }
        // The signature less its parameters (`params` has them): cloning those
        // again was a fifth of reading the block.
        let inputs = std::mem::take(&mut func.sig.inputs);
        let sig = func.sig.clone();
        func.sig.inputs = inputs;
        Function {
            ident: func.sig.ident.clone(),
            symbol: attrs::link_name(&func.attrs).unwrap_or_else(|| func.sig.ident.to_string()),
            vis: func.vis.clone(),
            sig,
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
            must_use: func
                .attrs
                .iter()
                .filter(|a| attrs::is_must_use(a))
                .cloned()
                .collect(),
            args,
            params,
            unsafe_wrapper,
            broken: errors.len() > before,
        }
    }

    /// Two declarations of one name clash unless both are `cfg`'d, differently
    /// (bindgen's per-platform blocks): then at most one of them is compiled.
    pub(crate) fn clashes_with(&self, other: &Function) -> bool {
        self.ident == other.ident
            && (self.cfgs.is_empty() || other.cfgs.is_empty() || self.cfg_key() == other.cfg_key())
    }

    /// For each function, whether it clashes with an earlier one
    /// ([`clashes_with`](Function::clashes_with)). Hashed by name: comparing each
    /// function with every earlier one took a third of the expansion of a
    /// 5,000-function block (and `Ident` equality inside a compiler formats both
    /// names).
    pub(crate) fn clashing(functions: &[Function], names: &[String]) -> Vec<bool> {
        // The last earlier function of each name, and for each function the
        // one of its name before it: a chain per name, no list allocated per
        // name (names rarely repeat).
        let mut last: HashMap<&str, usize> = HashMap::with_capacity(functions.len());
        let mut before: Vec<Option<usize>> = Vec::with_capacity(functions.len());
        functions
            .iter()
            .zip(names)
            .enumerate()
            .map(|(index, (function, name))| {
                let mut earlier = last.insert(name.as_str(), index);
                before.push(earlier);
                let mut clash = false;
                while let Some(other) = earlier {
                    clash |= functions[other].clashes_with(function);
                    earlier = before[other];
                }
                clash
            })
            .collect()
    }

    /// Each function's name as text, made once for [`Function::clashing`]
    /// and the check.
    pub(crate) fn names(functions: &[Function]) -> Vec<String> {
        functions
            .iter()
            .map(|function| function.ident.to_string())
            .collect()
    }

    /// The function's `cfg`s as text, to tell declarations of one name apart.
    pub(crate) fn cfg_key(&self) -> String {
        self.cfgs
            .iter()
            .map(|attr| quote::ToTokens::to_token_stream(attr).to_string())
            .collect()
    }

    /// No wrapper: `#[ffi(raw)]`, or a variadic function whose wrapper would be
    /// `unsafe` anyway (bindgen output under `#[foreign(unsafe)]`): the raw item,
    /// re-exported under its name, is that `unsafe fn`.
    pub(crate) fn is_raw_only(&self) -> bool {
        self.args.raw.is_some() || (self.sig.variadic.is_some() && self.unsafe_wrapper)
    }

    pub(crate) fn is_unsafe_wrapper(&self) -> bool {
        self.unsafe_wrapper
    }

    pub(crate) fn reporting<'a>(&'a self, block: &'a BlockArgs) -> Reporting<'a> {
        let never_returns = matches!(
            types::returned(&self.sig.output).map(types::peel),
            Some(Type::Never(_))
        );
        let (convention, convention_span) =
            match (&self.args.reporting.convention, &block.reporting.convention) {
                (Some((convention, span)), _) => (convention.clone(), *span),
                // A function that never returns (`-> !`) has nothing to test.
                (None, Some(_)) if never_returns => (Convention::Unchecked, self.ident.span()),
                (None, Some((convention, _))) => (convention.clone(), self.ident.span()),
                (None, None) => (Convention::Unchecked, self.ident.span()),
            };
        let message = self.args.reporting.message.as_ref().or_else(|| {
            block
                .reporting
                .message
                .as_ref()
                .filter(|_| convention.makes_runtime_error() && self.args.no_message.is_none())
        });
        Reporting {
            convention,
            convention_span,
            message,
        }
    }

    pub(crate) fn param(&self, name: &Ident) -> Option<&Param> {
        self.params
            .iter()
            .find(|param| param.ident.as_ref() == Some(name))
    }

    /// The output buffer, if the function has one (check: at most one).
    pub(crate) fn buffer(&self) -> Option<(&Param, &BufferParam)> {
        self.params.iter().find_map(|param| match &param.role {
            Role::Buffer(buffer) => Some((param, buffer)),
            _ => None,
        })
    }

    /// The buffer's length parameter and, when it is an in/out `*mut L` (zlib's
    /// `destLen`), the `L` it points to.
    pub(crate) fn buffer_length(&self) -> Option<(&Param, Option<&Type>)> {
        let length = self
            .params
            .iter()
            .find(|param| param.slot == Some(Slot::BufferLength))?;
        let in_out = types::as_pointer(&length.ty).map(|pointer| &*pointer.elem);
        Some((length, in_out))
    }

    /// Whether the buffer's length is an in/out `*mut L`.
    pub(crate) fn has_in_out_buffer_length(&self) -> bool {
        matches!(self.buffer_length(), Some((_, Some(_))))
    }

    /// Whether the wrapper can refuse an argument before the call (a `&str` with a
    /// NUL, a slice too long for its C length type), so returns a `Result`.
    pub(crate) fn has_fallible_arguments(&self) -> bool {
        self.params.iter().any(|param| match &param.role {
            Role::String(string) => string.utf8.is_some(),
            Role::Slice { .. } | Role::Buffer(_) => true,
            _ => false,
        })
    }

    /// The named lifetime of `&'a mut ..` parameter `source` (`string = borrow(source)`),
    /// if it is one.
    pub(crate) fn borrow_lifetime(&self, source: &Ident) -> Option<&syn::Lifetime> {
        let param = self.param(source)?;
        let written = param.handle().map_or(&param.ty, |handle| &handle.written);
        match types::peel(written) {
            Type::Reference(reference) if reference.mutability.is_some() => {
                reference.lifetime.as_ref()
            }
            _ => None,
        }
    }

    /// The `#[out]` and `#[out(H)]` parameters.
    /// The out-parameters whose values the `Ok` value carries.
    pub(crate) fn outs(&self) -> impl Iterator<Item = &Param> {
        self.params
            .iter()
            .filter(|param| param.out_attr().is_some_and(|attr| !is_failure_out(attr)))
    }

    /// `#[out(on_failure)]` parameters: C writes them when it fails
    /// (`pcre2_compile`'s error code and offset), and the error carries them.
    pub(crate) fn failure_outs(&self) -> impl Iterator<Item = &Param> {
        self.params
            .iter()
            .filter(|param| matches!(&param.role, Role::Out(attr) if is_failure_out(attr)))
    }

    /// `held_by = h`: `h` is a `#[handle(&mut H<'a>)]` parameter whose handle type
    /// names exactly one lifetime, `'a`, which the slice then borrows for. `&mut`:
    /// through `&H<'a>` the handle could be seen with a shorter `'a`, and by value
    /// C would keep the slice past the wrapper's reach.
    pub(crate) fn held_lifetime(&self, holder: &Ident) -> Option<syn::Lifetime> {
        let handle = self.param(holder)?.handle()?;
        if handle.usage != HandleUse::Mut {
            return None;
        }
        let mut lifetimes =
            types::named_lifetimes(quote::ToTokens::to_token_stream(&handle.handle));
        (lifetimes.len() == 1).then(|| lifetimes.remove(0))
    }

    /// The callback parameters, with their index.
    pub(crate) fn callbacks(&self) -> impl Iterator<Item = (usize, &Param, &CallbackParam)> {
        self.params
            .iter()
            .enumerate()
            .filter_map(|(index, param)| match &param.role {
                Role::Callback(callback) => Some((index, param, callback)),
                _ => None,
            })
    }
}

impl Param {
    /// The `#[out]` or `#[out(H)]` attribute.
    pub(crate) fn out_attr(&self) -> Option<&Attribute> {
        match &self.role {
            Role::Out(attr) | Role::OutHandle { attr, .. } => Some(attr),
            _ => None,
        }
    }

    pub(crate) fn handle(&self) -> Option<&HandleParam> {
        match &self.role {
            Role::Handle(handle) => Some(handle),
            _ => None,
        }
    }
}

/// Whether a static declaration reads back as one: a type syn accepted once
/// (`crate<i32>`, from the fuzzer) may not be one in a declaration.
pub(crate) fn static_reparses(item: &syn::ForeignItemStatic) -> bool {
    let reread = syn::parse2::<syn::ItemForeignMod>(quote::quote!(extern "C" { #item }));
    reread.is_ok_and(|block| matches!(block.items.first(), Some(ForeignItem::Static(_))))
}

/// `#[out(on_failure)]`. Read from the tokens, not parsed: asked several times
/// per wrapper, and a parse of `#[out]` builds an error to drop.
pub(crate) fn is_failure_out(attr: &Attribute) -> bool {
    let syn::Meta::List(list) = &attr.meta else {
        return false;
    };
    let mut tokens = list.tokens.clone().into_iter();
    matches!(
        (tokens.next(), tokens.next()),
        (Some(proc_macro2::TokenTree::Ident(ident)), None) if ident == "on_failure"
    )
}

/// Marks the parameters other declarations name: lengths of slices, buffers and
/// returned arrays, callbacks' user data and destroy hooks. A parameter that is
/// named twice, or that has a role of its own, keeps what it had; check reports it.
fn assign_slots(params: &mut [Param], args: &FnArgs) {
    let mut claims: Vec<(Ident, Slot)> = Vec::new();
    for (index, param) in params.iter().enumerate() {
        match &param.role {
            Role::Slice { length, .. }
            | Role::String(StringParam {
                length: Some(length),
                ..
            }) => claims.push((length.clone(), Slot::SliceLength(index))),
            Role::Buffer(buffer) => claims.push((buffer.length.clone(), Slot::BufferLength)),
            Role::OutSlice { length, .. } => {
                claims.push((length.clone(), Slot::OutSliceLength(index)));
            }
            Role::Callback(callback) => {
                claims.push((callback.data.clone(), Slot::CallbackData(index)));
                if let Some(Registration::Destroy(hook)) = &callback.registered {
                    claims.push((hook.clone(), Slot::DestroyHook(index)));
                }
            }
            _ => {}
        }
    }
    if let Some(length) = &args.returned_slice {
        claims.push((length.clone(), Slot::ReturnedSliceLength));
    }
    for (name, slot) in claims {
        let target = params.iter_mut().find(|param| {
            param.ident.as_ref() == Some(&name)
                && param.slot.is_none()
                && !matches!(
                    param.role,
                    Role::Slice { .. }
                        | Role::Buffer(_)
                        | Role::OutSlice { .. }
                        | Role::Callback(_)
                )
        });
        if let Some(target) = target {
            target.slot = Some(slot);
        }
    }
}

/// A plain `*const c_char` is a C string the wrapper takes as `&CStr`, when no
/// parameter could be a length C reads it by (`sqlite3_bind_text(.., text, n, ..)`
/// reads `n` bytes, which a `&CStr` may not have): then an attribute says which
/// (check asks for it).
fn infer_c_strings(params: &mut [Param]) {
    if params.iter().any(could_be_length) {
        return;
    }
    for param in params {
        if matches!(param.role, Role::Plain)
            && param.slot.is_none()
            && types::is_c_string(&param.ty)
        {
            param.role = Role::String(StringParam {
                utf8: None,
                nullable: None,
                cstr: None,
                length: None,
            });
        }
    }
}

/// A parameter passed as it is whose type may be an integer (a typedef is
/// assumed to be one).
/// Seen through references and `Option<&..>` (an in/out `&mut usize`, a struct
/// holding the length); a parameter that is another slice's length counts too.
pub(crate) fn could_be_length(param: &Param) -> bool {
    let plain = matches!(param.role, Role::Plain)
        && matches!(param.slot, None | Some(Slot::SliceLength(_)));
    plain && types::may_be_integer(types::lent_or_self(&param.ty))
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
