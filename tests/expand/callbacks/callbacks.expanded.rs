/// Raw declarations of the C functions, exactly as declared: callable in
/// `unsafe` code. The functions of the same names outside this module are
/// their safe wrappers.
#[allow(missing_docs)]
pub mod raw {
    #[allow(unused_imports, clippy::wildcard_imports)]
    use super::*;
    #[deny(improper_ctypes)]
    unsafe extern "C" {
        pub fn each_row(
            count: c_int,
            visit: Option<extern "C" fn(data: *mut c_void, index: c_int) -> c_int>,
            data: *mut c_void,
        ) -> c_int;
        pub fn open_visiting(
            visit: extern "C" fn(data: *mut c_void, index: c_int) -> c_int,
            data: *mut c_void,
            ctx: *mut *mut ctx,
        ) -> c_int;
        pub fn set_handler(
            ctx: *mut ctx,
            handler: Option<extern "C" fn(data: *mut c_void, event: c_int)>,
            data: *mut c_void,
            destroy: Option<extern "C" fn(data: *mut c_void)>,
        ) -> c_int;
    }
}
/** Calls the C function `each_row`.

 # Panics

 If `visit` panics, C gets its `on_panic` value and the panic resumes here once `each_row` has returned.

 The raw declaration is [`raw::each_row`].*/
#[inline]
#[allow(non_snake_case, clippy::too_many_arguments)]
pub fn each_row<__VisitFn: ::ffi_runtime::__private::core::ops::FnMut(c_int) -> c_int>(
    count: c_int,
    visit: __VisitFn,
) -> c_int {
    #[allow(unused_imports)]
    use ::ffi_runtime::__private::{
        self as __ffi, hygiene::{__arg0, __arg1, __ret, __state},
    };
    const {
        __ffi::passed_to_c::<c_int>();
        __ffi::returned_by_c::<c_int>();
        __ffi::returned_by_c::<c_int>();
    }
    extern "C" fn __visit_trampoline<__F: __ffi::core::ops::FnMut(c_int) -> c_int>(
        __arg0: *mut c_void,
        __arg1: c_int,
    ) -> c_int {
        const ON_PANIC: c_int = 1;
        unsafe {
            __ffi::Scoped::<
                __F,
            >::call(__arg0.cast(), ON_PANIC, |__state| { __state(__arg1) })
        }
    }
    let mut visit = __ffi::Scoped::new(visit);
    let __ret = unsafe {
        raw::each_row(
            count,
            ::core::option::Option::Some(__visit_trampoline::<__VisitFn>),
            __ffi::Scoped::user_data(&mut visit).cast(),
        )
    };
    __ffi::Scoped::resume_panic(&mut visit);
    __ret
}
/** Calls the C function `open_visiting`.

 On success returns what C wrote to the out-parameter `ctx`.

 # Errors

 Returns `Err` carrying the status code when `open_visiting` returns nonzero.

 # Panics

 If `visit` panics, C gets its `on_panic` value and the panic resumes here once `open_visiting` has returned.

 The raw declaration is [`raw::open_visiting`].*/
#[inline]
#[allow(non_snake_case, clippy::too_many_arguments)]
pub fn open_visiting<
    __VisitFn: ::ffi_runtime::__private::core::ops::FnMut(c_int) -> c_int,
>(visit: __VisitFn) -> ::ffi_runtime::__private::Result<Ctx, ::ffi_runtime::Error> {
    #[allow(unused_imports)]
    use ::ffi_runtime::__private::{
        self as __ffi, hygiene::{__arg0, __arg1, __caught, __error, __ret, __state},
    };
    const {
        __ffi::returned_by_c::<c_int>();
        __ffi::passed_to_c::<c_int>();
        __ffi::returned_by_c::<c_int>();
    }
    extern "C" fn __visit_trampoline<__F: __ffi::core::ops::FnMut(c_int) -> c_int>(
        __arg0: *mut c_void,
        __arg1: c_int,
    ) -> c_int {
        const ON_PANIC: c_int = 1;
        unsafe {
            __ffi::Scoped::<
                __F,
            >::call(__arg0.cast(), ON_PANIC, |__state| { __state(__arg1) })
        }
    }
    let mut visit = __ffi::Scoped::new(visit);
    let mut ctx: *mut <Ctx as ::ffi_runtime::Handle>::Raw = __ffi::core::ptr::null_mut();
    let __ret = unsafe {
        raw::open_visiting(
            __visit_trampoline::<__VisitFn>,
            __ffi::Scoped::user_data(&mut visit).cast(),
            &mut ctx,
        )
    };
    if let __ffi::Some(__caught) = __ffi::Scoped::caught_panic(&mut visit) {
        __ffi::core::mem::drop(unsafe { <Ctx as ::ffi_runtime::Handle>::from_raw(ctx) });
        __caught.resume()
    }
    if <c_int as __ffi::IntReturn>::is_nonzero(__ret) {
        let __error = __ffi::code_error(
            &__ffi::Site {
                function: "open_visiting",
            },
            <c_int as __ffi::IntReturn>::to_code(__ret),
        );
        __ffi::core::mem::drop(unsafe { <Ctx as ::ffi_runtime::Handle>::from_raw(ctx) });
        return __ffi::Err(__error);
    }
    let ctx = unsafe { <Ctx as ::ffi_runtime::Handle>::from_raw(ctx) };
    let __ffi::Some(ctx) = ctx else {
        return __ffi::Err(
            __ffi::null_error(
                &__ffi::Site {
                    function: "open_visiting",
                },
            ),
        );
    };
    __ffi::Ok(ctx)
}
/** Calls the C function `set_handler`.

 # Errors

 Returns `Err` carrying the status code when `set_handler` returns nonzero.

 # Panics

 `handler` runs later, called by C: a panic there answers its `on_panic` value, or aborts the process when it has none.

 The raw declaration is [`raw::set_handler`].*/
#[inline]
#[allow(non_snake_case, clippy::too_many_arguments)]
pub fn set_handler<
    __HandlerFn: ::ffi_runtime::__private::core::ops::FnMut(c_int) + 'static
        + ::ffi_runtime::__private::core::marker::Send,
>(
    ctx: &mut Ctx,
    handler: __HandlerFn,
) -> ::ffi_runtime::__private::Result<(), ::ffi_runtime::Error> {
    #[allow(unused_imports)]
    use ::ffi_runtime::__private::{
        self as __ffi, hygiene::{__arg0, __arg1, __ret, __state},
    };
    const {
        __ffi::returned_by_c::<c_int>();
        __ffi::returned_by_c::<c_int>();
    }
    extern "C" fn __handler_trampoline<
        __F: __ffi::core::ops::FnMut(c_int) + 'static + __ffi::core::marker::Send,
    >(__arg0: *mut c_void, __arg1: c_int) {
        unsafe {
            __ffi::Registered::<
                __F,
            >::call_mut(__arg0.cast(), __ffi::None::<()>, |__state| { __state(__arg1) })
        }
    }
    extern "C" fn __handler_release<
        __F: __ffi::core::ops::FnMut(c_int) + 'static + __ffi::core::marker::Send,
    >(__arg0: *mut c_void) {
        unsafe { __ffi::Registered::<__F>::destroy(__arg0.cast()) };
    }
    let handler = __ffi::Registered::into_user_data(
        handler,
        &__ffi::CallbackSite {
            function: "set_handler",
            callback: "handler",
        },
    );
    let __ret = unsafe {
        raw::set_handler(
            <Ctx as ::ffi_runtime::Handle>::as_ptr(ctx),
            ::core::option::Option::Some(__handler_trampoline::<__HandlerFn>),
            handler.cast(),
            __ffi::Some(__handler_release::<__HandlerFn>),
        )
    };
    if <c_int as __ffi::IntReturn>::is_nonzero(__ret) {
        return __ffi::Err(
            __ffi::code_error(
                &__ffi::Site {
                    function: "set_handler",
                },
                <c_int as __ffi::IntReturn>::to_code(__ret),
            ),
        );
    }
    __ffi::Ok(())
}
