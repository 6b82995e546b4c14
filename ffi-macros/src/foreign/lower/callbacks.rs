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
use super::syntax::callback::{CallbackParam, Registration, fn_type, user_data_position};
use super::syntax::types;
use proc_macro2::{Ident, Span, TokenStream};
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
    for (_, param, callback) in lowering.function.callbacks() {
        if let Some(name) = &param.ident
            && let Some(parts) = lower(lowering, name, &param.ty, callback)
        {
            lowered.generics.push(parts.generic);
            lowered.inputs.push((name.clone(), parts.input));
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

/// What one callback parameter adds to the wrapper.
pub(crate) struct CallbackParts {
    /// `__ComparFn: FnMut(&i32, &i32) -> c_int`.
    pub(crate) generic: TokenStream,
    /// `compar: __ComparFn`.
    pub(crate) input: TokenStream,
    /// The trampolines and the state, before the call.
    pub(crate) setup: TokenStream,
    /// The arguments for the callback, its user data and its destroy hook.
    pub(crate) arguments: Vec<(Ident, TokenStream)>,
    /// After the call, a scoped state resumes a panic the closure raised: its
    /// type and local.
    pub(crate) finish: Option<(TokenStream, Ident)>,
}

fn lower(
    lowering: &Lowering<'_>,
    name: &Ident,
    ty: &Type,
    callback: &CallbackParam,
) -> Option<CallbackParts> {
    let function = lowering.function;
    let private = &lowering.private;
    let (bare, optional) = fn_type(ty)?;
    let position = user_data_position(bare)?;
    let data_param = function.param(&callback.data)?;
    let shared = callback.sync;
    let registered = callback.registered.is_some();

    // `__` first: a user type named `HandlerFn`, used by another parameter, must
    // not be captured by the generic (type parameters do not take mixed-site
    // hygiene).
    let generic_name = format_ident!("__{}Fn", camel_case(name));
    let closure_types = bare
        .inputs
        .iter()
        .enumerate()
        .filter(|(index, _)| *index != position)
        .map(|(_, arg)| &arg.ty);
    let output = &bare.output;
    let trait_name = if shared {
        mixed!(#private::core::ops::Fn)
    } else {
        mixed!(#private::core::ops::FnMut)
    };
    let fn_bound = mixed!(#trait_name(#(#closure_types),*) #output);
    let sync = shared.then(|| mixed!(+ #private::core::marker::Sync));
    let lifetime = registered.then(|| mixed!(+ 'static));
    // A registered closure may be called from another thread unless the user
    // claims otherwise (`same_thread`): the weaker assumption is the default.
    let sends = callback.send || (registered && (shared || callback.same_thread.is_none()));
    let send = sends.then(|| mixed!(+ #private::core::marker::Send));
    let generic = mixed!(#generic_name: #fn_bound #lifetime #send #sync);

    let wrap = |item: TokenStream| {
        if optional {
            mixed!(#private::Some(#item))
        } else {
            item
        }
    };
    let trampoline_name = format_ident!("__{}_trampoline", name);
    let trampoline = trampoline(
        bare,
        position,
        callback,
        (&trampoline_name, &fn_bound, sync.as_ref()),
    );
    // The argument coerces the trampoline to the declared function-pointer type.
    let pointer_value = wrap(mixed!(#trampoline_name::<#generic_name>));
    // The closure's state takes the parameter's name (the closure is moved in).
    let state = name.clone();
    let (state_value, user_data, finish) = match (&callback.registered, shared) {
        (Some(_), _) => {
            let (symbol, callback_name) = (&function.symbol, name.to_string());
            let site = mixed! {
                &#private::CallbackSite { function: #symbol, callback: #callback_name }
            };
            (
                mixed!(#private::Registered::into_user_data(#name, #site)),
                mixed!(#state),
                None,
            )
        }
        (None, false) => (
            mixed!(#private::Scoped::new(#name)),
            mixed!(#private::Scoped::user_data(&mut #state)),
            Some((mixed!(#private::Scoped), state.clone())),
        ),
        (None, true) => (
            mixed!(#private::ScopedShared::new(#name)),
            mixed!(#private::ScopedShared::user_data(&#state)),
            Some((mixed!(#private::ScopedShared), state.clone())),
        ),
    };
    let mutability = (!registered).then(|| mixed!(mut));
    let data_pointer = types::as_pointer(&data_param.ty);
    let data_value = match data_pointer {
        Some(pointer) if !types::is_mut(pointer) => mixed!(#user_data.cast_const().cast()),
        _ => mixed!(#user_data.cast()),
    };
    let mut arguments = vec![
        (name.clone(), pointer_value),
        (callback.data.clone(), data_value),
    ];
    let mut destroy_setup = TokenStream::new();
    if let Some(Registration::Destroy(hook)) = &callback.registered {
        let (setup, argument) = destroy_hook(function, name, hook, &generic_name)?;
        destroy_setup = setup;
        arguments.push((hook.clone(), argument));
    }
    let setup = mixed! {
        #trampoline
        #destroy_setup
        let #mutability #state = #state_value;
    };
    Some(CallbackParts {
        generic,
        input: mixed!(#name: #generic_name),
        setup,
        arguments,
        finish,
    })
}

/// `destroy = hook`: the function C calls to free a registered closure, and the
/// argument passed as `hook`.
fn destroy_hook(
    function: &Function,
    name: &Ident,
    hook: &Ident,
    generic_name: &Ident,
) -> Option<(TokenStream, TokenStream)> {
    let private = super::alias();
    let hook_param = function.param(hook)?;
    let (hook_fn, hook_optional) = fn_type(&hook_param.ty)?;
    let hook_abi = &hook_fn.abi;
    // The hook may take more than the user data (libarchive's close callback
    // gets the archive too) and return a status: it answers the type's default
    // (0, "OK" for such APIs).
    let position = user_data_position(hook_fn)?;
    let names: Vec<Ident> = (0..hook_fn.inputs.len())
        .map(|index| format_ident!("__arg{}", index, span = Span::mixed_site()))
        .collect();
    let params = names.iter().zip(&hook_fn.inputs).map(|(name, arg)| {
        let ty = &arg.ty;
        mixed!(#name: #ty)
    });
    let data = &names[position];
    let output = &hook_fn.output;
    // A sealed integer's 0, a constant: no user code runs in C's frame.
    let answer = types::returned(output).map(|ty| mixed!(<#ty as #private::IntReturn>::ZERO));
    let release = format_ident!("__{}_release", name);
    let value = mixed!(#release::<#generic_name>);
    let value = if hook_optional {
        mixed!(#private::Some(#value))
    } else {
        value
    };
    // SAFETY (of the generated block): `destroy = hook` is the user's promise that
    // C calls `hook` once with the user data, when it will no longer call the
    // callback; the user data is the box `into_user_data` made for `__F`.
    let setup = mixed! {
        #hook_abi fn #release<__F>(#(#params),*) #output {
            unsafe { #private::Registered::<__F>::destroy(#data.cast()) };
            #answer
        }
    };
    // The argument coerces the generic function to the declared pointer type.
    Some((setup, value))
}

/// The `extern` function C calls: it finds the closure through the user data
/// and runs it inside the runtime's panic guard.
fn trampoline(
    bare: &TypeFnPtr,
    position: usize,
    callback: &CallbackParam,
    (name, fn_bound, sync): (&Ident, &TokenStream, Option<&TokenStream>),
) -> TokenStream {
    let private = super::alias();
    let names: Vec<Ident> = (0..bare.inputs.len())
        .map(|index| format_ident!("__arg{}", index, span = Span::mixed_site()))
        .collect();
    let params = names.iter().zip(&bare.inputs).map(|(name, arg)| {
        let ty = &arg.ty;
        mixed!(#name: #ty)
    });
    let closure_args = names
        .iter()
        .enumerate()
        .filter(|(index, _)| *index != position)
        .map(|(_, name)| name);
    let data = &names[position];
    let returns_value = types::returned(&bare.output).is_some();
    let (state, method) = match (&callback.registered, callback.sync) {
        (Some(_), false) => (mixed!(#private::Registered), mixed!(call_mut)),
        (Some(_), true) => (mixed!(#private::Registered), mixed!(call)),
        (None, false) => (mixed!(#private::Scoped), mixed!(call)),
        (None, true) => (mixed!(#private::ScopedShared), mixed!(call)),
    };
    // `on_panic` is a constant, evaluated by the compiler: nothing that could
    // panic runs in C's frame outside the runtime's guard.
    // A constant even for `()`: the expression never runs in C's frame.
    let on_panic = callback.on_panic.as_ref().map(|value| {
        let ty =
            types::returned(&bare.output).map_or_else(|| mixed!(()), ToTokens::to_token_stream);
        mixed!(const ON_PANIC: #ty = #value;)
    });
    let neutral = match (&callback.registered, &on_panic) {
        (None, Some(_)) => mixed!(ON_PANIC),
        (None, None) => mixed!(()),
        (Some(_), Some(_)) => mixed!(#private::Some(ON_PANIC)),
        (Some(_), None) if returns_value => mixed!(#private::None),
        (Some(_), None) => mixed!(#private::None::<()>),
    };
    let abi = &bare.abi;
    let output = &bare.output;
    // SAFETY (of the generated block): C calls the trampoline only with the user
    // data the wrapper passed along with it (the promise `#[callback(data)]`
    // states): the state of a closure of type `F`, alive until the wrapper returns
    // (scoped) or until the destroy hook ran (registered), and called from the
    // threads the declared bounds allow.
    mixed! {
        #abi fn #name<__F: #fn_bound #sync>(#(#params),*) #output {
            #on_panic
            unsafe {
                #state::<__F>::#method(#data.cast(), #neutral, |__closure| __closure(#(#closure_args),*))
            }
        }
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
