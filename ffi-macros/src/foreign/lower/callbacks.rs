//! Closures for C callbacks: `#[callback(data, ..)]` on a function-pointer
//! parameter whose `void *user_data` is the parameter `data`.
//!
//! Input (glibc `qsort_r`):
//! ```text
//! #[callback(data, on_panic = 0)]
//! compar: extern "C" fn(a: &i32, b: &i32, data: *mut c_void) -> c_int,
//! data: *mut c_void,
//! ```
//! Output (inside the wrapper, which takes `compar: __ComparFn` with
//! `__ComparFn: FnMut(&i32, &i32) -> c_int`; paths shortened):
//! ```text
//! extern "C" fn __compar_trampoline<__F: FnMut(&i32, &i32) -> c_int>(a: &i32, b: &i32, data: *mut c_void) -> c_int {
//!     const ON_PANIC: c_int = 0; // evaluated by the compiler
//!     unsafe { Scoped::<__F>::call(data, ON_PANIC, |closure| closure(a, b)) }
//! }
//! let mut compar = Scoped::new(compar);
//! ... raw::qsort_r(.., __compar_trampoline::<__ComparFn>, Scoped::user_data(&mut compar).cast()) ...
//! Scoped::resume_panic(&mut compar); // a panic caught in the closure resumes here
//! ```
//! With `destroy = hook` (or `leak`) the callback is registered: the closure is
//! boxed (`'static`), C frees it through the generated destroy trampoline passed
//! as `hook`, and a panic returns `on_panic` or aborts.

use super::Lowering;
use super::syntax::ast::Function;
use super::syntax::callback::{
    CallbackParam, Registration, ViewKind, argument_position, fn_type, user_data_position,
};
use super::syntax::types;
use proc_macro2::{Ident, TokenStream};
use quote::{ToTokens, format_ident};
use syn::ext::IdentExt;
use syn::{Type, TypeFnPtr};

/// What the callbacks of one function add to its wrapper.
#[derive(Default)]
pub(crate) struct Lowered {
    pub(crate) generics: Vec<TokenStream>,
    pub(crate) setup: Vec<TokenStream>,
    /// Scoped states to finish after the call: (state type, state local).
    pub(crate) finish: Vec<(TokenStream, Ident)>,
    /// The wrapper's closure parameters, by the name of the C parameter.
    pub(crate) inputs: Vec<(Ident, TokenStream)>,
    /// What is passed to C for each callback, user data and destroy hook.
    pub(crate) arguments: Vec<(Ident, TokenStream)>,
}

pub(crate) fn lower_all(lowering: &Lowering<'_>) -> Lowered {
    let mut lowered = Lowered::default();
    for group in groups(lowering.function) {
        if let Some(parts) = lower_group(lowering, &group) {
            lowered.generics.extend(parts.generics);
            lowered.inputs.extend(parts.inputs);
            lowered.setup.push(parts.setup);
            lowered.finish.extend(parts.finish);
            lowered.arguments.extend(parts.arguments);
        }
    }
    lowered
}

/// The tokens kept for the parameter `name`.
pub(crate) fn named(list: &[(Ident, TokenStream)], name: &Ident) -> Option<TokenStream> {
    list.iter()
        .find(|(slot, _)| slot == name)
        .map(|(_, tokens)| tokens.clone())
}

/// One callback parameter, as its group lowers it.
struct Member<'a> {
    name: &'a Ident,
    bare: &'a TypeFnPtr,
    optional: bool,
    callback: &'a CallbackParam,
    /// The position of the user-data argument.
    data: usize,
    /// `__ComparFn`: the closure's type parameter in the wrapper.
    generic: Ident,
    /// The position of a `#[fill(N)]` argument and its capacity `N`, if the
    /// callback has one.
    fill: Option<(usize, &'a syn::Expr)>,
}

/// The callbacks that name one user-data parameter: one state holds all their
/// closures (a tuple when there are several), and the keys of any of them
/// (`destroy`, `leak`, `sync`, `send`) hold for the state.
struct Group<'a> {
    data: &'a Ident,
    members: Vec<Member<'a>>,
    registered: Option<&'a Registration>,
    sync: bool,
    sends: bool,
}

fn groups(function: &Function) -> Vec<Group<'_>> {
    let mut groups: Vec<Group<'_>> = Vec::new();
    for (_, param, callback) in function.callbacks() {
        let Some(name) = &param.ident else { continue };
        let Some((bare, optional)) = fn_type(&param.ty) else {
            continue;
        };
        let Some(data) = user_data_position(bare) else {
            continue;
        };
        let fill = callback.views.iter().find_map(|view| match &view.kind {
            ViewKind::Fill(capacity) => Some((view.position, capacity)),
            _ => None,
        });
        let member = Member {
            name,
            bare,
            optional,
            callback,
            data,
            // `__` first: a user type named `HandlerFn`, used by another
            // parameter, must not be captured by the generic (type parameters
            // do not take mixed-site hygiene).
            generic: format_ident!("__{}Fn", camel_case(name)),
            fill,
        };
        let registered = callback.registered.as_ref();
        match groups.iter_mut().find(|group| *group.data == callback.data) {
            Some(group) => {
                group.registered = group.registered.or(registered);
                group.sync |= callback.sync;
                group.sends |= callback.send;
                group.members.push(member);
            }
            None => groups.push(Group {
                data: &callback.data,
                members: vec![member],
                registered,
                sync: callback.sync,
                sends: callback.send,
            }),
        }
    }
    for group in &mut groups {
        // A registered closure may be called from another thread unless the
        // user claims otherwise (`same_thread` on every callback of the state):
        // the weaker assumption is the default.
        let same_thread = group
            .members
            .iter()
            .all(|member| member.callback.same_thread.is_some());
        group.sends |= group.registered.is_some() && (group.sync || !same_thread);
    }
    groups
}

/// What the callbacks of one user-data slot add to the wrapper.
struct GroupParts {
    /// `__ComparFn: FnMut(&i32, &i32) -> c_int`, one per callback.
    generics: Vec<TokenStream>,
    /// `compar: __ComparFn`, one per callback.
    inputs: Vec<(Ident, TokenStream)>,
    /// The trampolines and the state, before the call.
    setup: TokenStream,
    /// The arguments for each callback, the user data and the destroy hook.
    arguments: Vec<(Ident, TokenStream)>,
    /// After the call, a scoped state resumes a panic a closure raised: its
    /// type and local.
    finish: Option<(TokenStream, Ident)>,
}

fn lower_group(lowering: &Lowering<'_>, group: &Group<'_>) -> Option<GroupParts> {
    let function = lowering.function;
    let private = &lowering.private;
    let data_param = function.param(group.data)?;
    let registered = group.registered.is_some();
    let bounds = closure_bounds(private, group);
    let generics = group
        .members
        .iter()
        .zip(&bounds)
        .map(|(member, bound)| {
            let generic = &member.generic;
            mixed!(#generic: #bound)
        })
        .collect();
    let inputs = group
        .members
        .iter()
        .map(|member| {
            let (name, generic) = (member.name, &member.generic);
            (name.clone(), mixed!(#name: #generic))
        })
        .collect();

    let single = group.members.len() == 1;
    let state_type = |generics: &[TokenStream]| state_type(private, group, generics);
    let wrapper_generics: Vec<TokenStream> = group
        .members
        .iter()
        .map(|member| member.generic.to_token_stream())
        .collect();

    let mut setup = TokenStream::new();
    let mut arguments = Vec::new();
    let trampoline_generics: Vec<Ident> = (0..group.members.len())
        .map(|index| {
            if single {
                format_ident!("__F")
            } else {
                format_ident!("__F{}", index)
            }
        })
        .collect();
    let trampoline_params: Vec<TokenStream> = trampoline_generics
        .iter()
        .zip(&bounds)
        .map(|(generic, bound)| mixed!(#generic: #bound))
        .collect();
    let trampoline_state = state_type(
        &trampoline_generics
            .iter()
            .map(ToTokens::to_token_stream)
            .collect::<Vec<_>>(),
    );
    for (index, member) in group.members.iter().enumerate() {
        let trampoline_name = format_ident!("__{}_trampoline", member.name);
        setup.extend(trampoline(
            lowering,
            group,
            (index, member),
            (&trampoline_name, &trampoline_params, &trampoline_state),
        ));
        // The argument coerces the trampoline to the declared function-pointer
        // type (which may be an alias `#[signature]` spelled out: the compiler
        // checks they agree).
        // Spanned at the declared type: when it disagrees with the raw
        // declaration (a wrong `#[signature]`), rustc's E0308 points there.
        let span = syn::spanned::Spanned::span(member.bare);
        let value = quote::quote_spanned!(span=> #trampoline_name::<#(#wrapper_generics),*>);
        let value = if member.optional {
            quote::quote_spanned!(span=> ::core::option::Option::Some(#value))
        } else {
            value
        };
        arguments.push((member.name.clone(), value));
    }

    let (state, state_value, user_data, finish) = state(lowering, group);
    let mutability = (!registered).then(|| mixed!(mut));
    let data_value = match types::as_pointer(&data_param.ty) {
        Some(pointer) if !types::is_mut(pointer) => mixed!(#user_data.cast_const().cast()),
        _ => mixed!(#user_data.cast()),
    };
    arguments.push((group.data.clone(), data_value));
    if let Some(Registration::Destroy(hook)) = group.registered {
        let (hook_setup, argument) = destroy_hook(
            lowering,
            group.members[0].name,
            hook,
            (&trampoline_params, &trampoline_state, &wrapper_generics),
        )?;
        setup.extend(hook_setup);
        arguments.push((hook.clone(), argument));
    }
    setup.extend(mixed!(let #mutability #state = #state_value;));
    Some(GroupParts {
        generics,
        inputs,
        setup,
        arguments,
        finish,
    })
}

/// Each closure's bound: `FnMut(args) -> R`, with `'static`, `Send`, `Sync`
/// as the group needs.
fn closure_bounds(private: &Ident, group: &Group<'_>) -> Vec<TokenStream> {
    let trait_name = if group.sync {
        mixed!(#private::core::ops::Fn)
    } else {
        mixed!(#private::core::ops::FnMut)
    };
    let sync = group.sync.then(|| mixed!(+ #private::core::marker::Sync));
    let lifetime = group.registered.is_some().then(|| mixed!(+ 'static));
    let send = group.sends.then(|| mixed!(+ #private::core::marker::Send));
    group
        .members
        .iter()
        .map(|member| {
            let closure_types = closure_types(private, member);
            let output = &member.bare.output;
            mixed!(#trait_name(#(#closure_types),*) #output #lifetime #send #sync)
        })
        .collect()
}

/// The state's closure type over `generics`: the closure, or a tuple of them;
/// a closure with a `#[fill(N)]` argument is kept with its buffer.
fn state_type(private: &Ident, group: &Group<'_>, generics: &[TokenStream]) -> TokenStream {
    let members = group
        .members
        .iter()
        .zip(generics)
        .map(|(member, generic)| match member.fill {
            Some(_) => mixed!(#private::Filling<#generic>),
            None => generic.clone(),
        });
    if group.members.len() == 1 {
        quote::quote!(#(#members)*)
    } else {
        mixed!((#(#members,)*))
    }
}

/// The local holding the closures' state, its value, the user data for C, and
/// (scoped) what resumes a panic after the call.
fn state(
    lowering: &Lowering<'_>,
    group: &Group<'_>,
) -> (
    Ident,
    TokenStream,
    TokenStream,
    Option<(TokenStream, Ident)>,
) {
    let private = &lowering.private;
    let function = lowering.function;
    let single = group.members.len() == 1;
    // The state takes the callback's name (the closure is moved in), or the
    // user data's when several closures share it.
    let state = if single {
        group.members[0].name.clone()
    } else {
        group.data.clone()
    };
    let closures: Vec<TokenStream> = group
        .members
        .iter()
        .map(|member| {
            let name = member.name;
            match member.fill {
                Some((_, capacity)) => mixed!(#private::Filling::new(#name, #capacity)),
                None => name.to_token_stream(),
            }
        })
        .collect();
    let closures = if single {
        quote::quote!(#(#closures)*)
    } else {
        mixed!((#(#closures,)*))
    };
    let (state_value, user_data, finish) = match (group.registered, group.sync) {
        (Some(_), _) => {
            let symbol = &function.symbol;
            let names = group
                .members
                .iter()
                .map(|member| member.name.to_string())
                .collect::<Vec<_>>()
                .join(", ");
            let site = mixed! {
                &#private::CallbackSite { function: #symbol, callback: #names }
            };
            (
                mixed!(#private::Registered::into_user_data(#closures, #site)),
                mixed!(#state),
                None,
            )
        }
        (None, false) => (
            mixed!(#private::Scoped::new(#closures)),
            mixed!(#private::Scoped::user_data(&mut #state)),
            Some((mixed!(#private::Scoped), state.clone())),
        ),
        (None, true) => (
            mixed!(#private::ScopedShared::new(#closures)),
            mixed!(#private::ScopedShared::user_data(&#state)),
            Some((mixed!(#private::ScopedShared), state.clone())),
        ),
    };
    (state, state_value, user_data, finish)
}

/// The closure's argument types: the callback's, less the user data and the
/// lengths of slices, with each annotated argument's view in its place.
fn closure_types(private: &Ident, member: &Member<'_>) -> Vec<TokenStream> {
    let lengths = slice_lengths(member);
    member
        .bare
        .inputs
        .iter()
        .enumerate()
        .filter(|(index, _)| *index != member.data && !lengths.contains(index))
        .map(|(index, argument)| match view_of(member, index) {
            Some(kind) => view_type(private, kind, &argument.ty),
            None => argument.ty.to_token_stream(),
        })
        .collect()
}

fn view_of<'a>(member: &Member<'a>, position: usize) -> Option<&'a ViewKind> {
    member
        .callback
        .views
        .iter()
        .find(|view| view.position == position)
        .map(|view| &view.kind)
}

/// The positions of the arguments `#[slice(len)]` names.
fn slice_lengths(member: &Member<'_>) -> Vec<usize> {
    member
        .callback
        .views
        .iter()
        .filter_map(|view| match &view.kind {
            ViewKind::Slice(length) => argument_position(member.bare, length),
            _ => None,
        })
        .collect()
}

/// What the closure gets for an annotated argument.
fn view_type(private: &Ident, kind: &ViewKind, ty: &Type) -> TokenStream {
    let pointer = types::as_pointer(ty);
    match kind {
        ViewKind::Slice(_) => {
            let Some(pointer) = pointer else {
                return ty.to_token_stream();
            };
            let element = if types::is_c_void(&pointer.elem) {
                mixed!(u8)
            } else {
                pointer.elem.to_token_stream()
            };
            if types::is_mut(pointer) {
                mixed!(&mut [#element])
            } else {
                mixed!(&[#element])
            }
        }
        ViewKind::CStr { nullable: false } => mixed!(&#private::CStr),
        ViewKind::CStr { nullable: true } => mixed!(#private::Option<&#private::CStr>),
        ViewKind::Fill(_) => mixed!(&mut [u8]),
    }
}

/// `destroy = hook`: the function C calls to free a registered state, and the
/// argument passed as `hook`.
fn destroy_hook(
    lowering: &Lowering<'_>,
    name: &Ident,
    hook: &Ident,
    (params, state, wrapper_generics): (&[TokenStream], &TokenStream, &[TokenStream]),
) -> Option<(TokenStream, TokenStream)> {
    let function = lowering.function;
    let private = &lowering.private;
    let hook_param = function.param(hook)?;
    let (hook_fn, hook_optional) = fn_type(&hook_param.ty)?;
    let hook_abi = &hook_fn.abi;
    // The hook may take more than the user data (libarchive's close callback
    // gets the archive too) and return a status: it answers the type's default
    // (0, "OK" for such APIs).
    let position = user_data_position(hook_fn)?;
    let names = lowering.arguments(hook_fn.inputs.len());
    let hook_params = names.iter().zip(&hook_fn.inputs).map(|(name, arg)| {
        let ty = &arg.ty;
        mixed!(#name: #ty)
    });
    let data = &names[position];
    let output = &hook_fn.output;
    // A sealed integer's 0, a constant: no user code runs in C's frame.
    let answer = types::returned(output).map(|ty| mixed!(<#ty as #private::IntReturn>::ZERO));
    let release = format_ident!("__{}_release", name);
    let value = mixed!(#release::<#(#wrapper_generics),*>);
    let value = if hook_optional {
        mixed!(#private::Some(#value))
    } else {
        value
    };
    // SAFETY (of the generated block): `destroy = hook` is the user's promise that
    // C calls `hook` once with the user data, when it will no longer call the
    // callbacks; the user data is the box `into_user_data` made for this state.
    let setup = mixed! {
        #hook_abi fn #release<#(#params),*>(#(#hook_params),*) #output {
            unsafe { #private::Registered::<#state>::destroy(#data.cast()) };
            #answer
        }
    };
    // The argument coerces the generic function to the declared pointer type.
    Some((setup, value))
}

/// The `extern` function C calls: it finds the closure through the user data
/// and runs it inside the runtime's panic guard.
fn trampoline(
    lowering: &Lowering<'_>,
    group: &Group<'_>,
    (index, member): (usize, &Member<'_>),
    (name, generics, state_type): (&Ident, &[TokenStream], &TokenStream),
) -> TokenStream {
    let private = super::alias();
    let bare = member.bare;
    let names = lowering.arguments(bare.inputs.len());
    let params = names.iter().zip(&bare.inputs).map(|(name, arg)| {
        let ty = &arg.ty;
        mixed!(#name: #ty)
    });
    let lengths = slice_lengths(member);
    let site = callback_site(lowering, member.name);
    let closure_args = names
        .iter()
        .enumerate()
        .filter(|(index, _)| *index != member.data && !lengths.contains(index))
        .map(|(index, name)| {
            view_of(member, index).map_or_else(
                || name.to_token_stream(),
                |kind| view_value(lowering, member, kind, (index, &names), &site),
            )
        });
    let data = &names[member.data];
    let returns_value = types::returned(&bare.output).is_some();
    let registered = group.registered.is_some();
    let (state, method) = match (registered, group.sync) {
        (true, false) => (mixed!(#private::Registered), mixed!(call_mut)),
        (true, true) => (mixed!(#private::Registered), mixed!(call)),
        (false, false) => (mixed!(#private::Scoped), mixed!(call)),
        (false, true) => (mixed!(#private::ScopedShared), mixed!(call)),
    };
    // `on_panic` is a constant, evaluated by the compiler: nothing that could
    // panic runs in C's frame outside the runtime's guard.
    // A constant even for `()`: the expression never runs in C's frame.
    let on_panic = member.callback.on_panic.as_ref().map(|value| {
        let ty =
            types::returned(&bare.output).map_or_else(|| mixed!(()), ToTokens::to_token_stream);
        mixed!(const ON_PANIC: #ty = #value;)
    });
    let neutral = match (registered, &on_panic) {
        (false, Some(_)) => mixed!(ON_PANIC),
        (false, None) => mixed!(()),
        (true, Some(_)) => mixed!(#private::Some(ON_PANIC)),
        (true, None) if returns_value => mixed!(#private::None),
        (true, None) => mixed!(#private::None::<()>),
    };
    // The closure: the state itself, or its member.
    let closure = if group.members.len() == 1 {
        body!(lowering => __state)
    } else {
        let field = syn::Index::from(index);
        if group.sync {
            body!(lowering => (&__state.#field))
        } else {
            body!(lowering => (&mut __state.#field))
        }
    };
    let disjoint = disjoint_checks(member, &names, &site);
    let body = match member.fill {
        None => mixed!(#(#disjoint)* #closure(#(#closure_args),*)),
        Some((position, _)) => {
            // The closure fills the state's buffer; C reads it at the address
            // written to the `#[fill]` argument, which `lend` writes only for a
            // count that fits the buffer.
            let argument = argument_name(&bare.inputs[position], position);
            let out = &names[position];
            body! { lowering =>
                #(#disjoint)*
                let __filling = #closure;
                let (__closure, __buffer) = #private::Filling::parts(__filling);
                let __count = __closure(#(#closure_args),*);
                #private::Filling::lend(__filling, __count, #out, #site, #argument)
            }
        }
    };
    let abi = &bare.abi;
    let output = &bare.output;
    // SAFETY (of the generated block): C calls the trampoline only with the user
    // data the wrapper passed along with it (the promise `#[callback(data)]`
    // states): the state of closures of these types, alive until the wrapper
    // returns (scoped) or until the destroy hook ran (registered), and called
    // from the threads the declared bounds allow. The views of annotated
    // arguments rest on the annotations' promises (`#[slice(len)]`: `len`
    // elements; `#[cstr]`: a NUL-terminated string; `#[fill(N)]`: a pointer slot
    // C reads after the call).
    body! { lowering =>
        #abi fn #name<#(#generics),*>(#(#params),*) #output {
            #on_panic
            unsafe {
                #state::<#state_type>::#method(#data.cast(), #neutral, |__state| { #body })
            }
        }
    }
}

/// For each `#[slice]` lent as `&mut [T]`, a check that no other `#[slice]`
/// argument of the call overlaps it.
fn disjoint_checks(member: &Member<'_>, names: &[Ident], site: &TokenStream) -> Vec<TokenStream> {
    let private = super::alias();
    let slices: Vec<(usize, usize, bool)> = member
        .callback
        .views
        .iter()
        .filter_map(|view| {
            let ViewKind::Slice(length) = &view.kind else {
                return None;
            };
            let pointer = types::as_pointer(&member.bare.inputs.iter().nth(view.position)?.ty)?;
            let length = argument_position(member.bare, length)?;
            Some((view.position, length, types::is_mut(pointer)))
        })
        .collect();
    let mut checks = Vec::new();
    for (index, &(pointer, length, mutable)) in slices.iter().enumerate() {
        for (other_index, &(other, other_length, other_mutable)) in slices.iter().enumerate() {
            // Each pair once, when at least one of them is `&mut`.
            if other_index <= index || !(mutable || other_mutable) {
                continue;
            }
            let (first, first_length) = (&names[pointer], &names[length]);
            let (second, second_length) = (&names[other], &names[other_length]);
            let label = argument_name(&member.bare.inputs[other], other);
            checks.push(mixed! {
                #private::callback_disjoint(
                    #first, #first_length, #second, #second_length, #site, #label,
                );
            });
        }
    }
    checks
}

/// `&CallbackSite { function, callback }`, for messages about the callback.
fn callback_site(lowering: &Lowering<'_>, name: &Ident) -> TokenStream {
    let private = super::alias();
    let (symbol, callback_name) = (&lowering.function.symbol, name.to_string());
    mixed!(&#private::CallbackSite { function: #symbol, callback: #callback_name })
}

/// The argument's name for messages: as declared, or its position.
fn argument_name(argument: &syn::NamedArg, position: usize) -> String {
    argument.name.as_ref().map_or_else(
        || format!("argument {position}"),
        |(name, _)| name.to_string(),
    )
}

/// What the closure gets for an annotated argument: a view built inside the
/// guard (a bad argument panics there, and the callback answers as after a
/// panic).
fn view_value(
    lowering: &Lowering<'_>,
    member: &Member<'_>,
    kind: &ViewKind,
    (position, names): (usize, &[Ident]),
    site: &TokenStream,
) -> TokenStream {
    let private = &lowering.private;
    let name = &names[position];
    let argument = &member.bare.inputs[position];
    let label = argument_name(argument, position);
    let pointer = types::as_pointer(&argument.ty);
    match kind {
        ViewKind::Slice(length) => {
            let length = argument_position(member.bare, length).map(|at| &names[at]);
            let void = pointer.is_some_and(|pointer| types::is_c_void(&pointer.elem));
            let mutable = pointer.is_some_and(types::is_mut);
            let pointer_value = if void {
                mixed!(#name.cast::<u8>())
            } else {
                mixed!(#name)
            };
            let function = if mutable {
                mixed!(callback_slice_mut)
            } else {
                mixed!(callback_slice)
            };
            mixed!(#private::#function(#pointer_value, #length, #site, #label))
        }
        ViewKind::CStr { nullable: false } => {
            mixed!(#private::callback_cstr(#name.cast(), #site, #label))
        }
        ViewKind::CStr { nullable: true } => {
            mixed!(#private::callback_cstr_nullable(#name.cast()))
        }
        ViewKind::Fill(_) => body!(lowering => __buffer),
    }
}

/// `compare` -> `Compare`, `r#type` -> `Type`, `_2nd` -> `Callback2nd`: always
/// a valid identifier to put `Fn` after.
fn camel_case(name: &Ident) -> String {
    let camel: String = name
        .unraw()
        .to_string()
        .split('_')
        .filter(|part| !part.is_empty())
        .map(|part| {
            let mut chars = part.chars();
            chars.next().map_or_else(String::new, |first| {
                first.to_uppercase().chain(chars).collect()
            })
        })
        .collect();
    if camel.starts_with(|first: char| first.is_ascii_alphabetic()) {
        camel
    } else {
        format!("Callback{camel}")
    }
}
