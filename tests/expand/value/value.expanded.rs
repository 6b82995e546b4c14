impl ClockId {
    /// `libc::CLOCK_REALTIME`.
    pub const REALTIME: Self = ClockId(libc::CLOCK_REALTIME);
    /// `libc::CLOCK_MONOTONIC`.
    pub const MONOTONIC: Self = ClockId(libc::CLOCK_MONOTONIC);
    /// Wraps a `libc::clockid_t`.
    ///
    /// # Safety
    ///
    /// `value` is one the C API accepts wherever this type is passed: the
    /// safe wrappers taking it rely on that.
    #[inline]
    #[must_use]
    pub const unsafe fn from_raw(value: libc::clockid_t) -> Self {
        ClockId(value)
    }
    /// The `libc::clockid_t` C sees.
    #[inline]
    #[must_use]
    pub const fn as_raw(&self) -> libc::clockid_t {
        self.0
    }
}
#[automatically_derived]
impl ::ffi_runtime::__private::fmt::Debug for ClockId {
    fn fmt(
        &self,
        f: &mut ::ffi_runtime::__private::fmt::Formatter<'_>,
    ) -> ::ffi_runtime::__private::fmt::Result {
        f.debug_tuple("ClockId").field(&self.0).finish()
    }
}
#[automatically_derived]
unsafe impl ::ffi_runtime::__private::PointerFree for ClockId
where
    for<'__ffi> libc::clockid_t: ::ffi_runtime::__private::PointerFree,
{}
const _: () = {
    #[allow(dead_code)]
    struct __FfiProbe<T: ?Sized>(::ffi_runtime::__private::PhantomData<T>);
    #[allow(dead_code)]
    trait __FfiNotImplemented {
        const IMPLEMENTED: bool = false;
    }
    impl<T: ?Sized> __FfiNotImplemented for __FfiProbe<T> {}
    #[allow(dead_code)]
    impl<T: ?Sized + ::ffi_runtime::__private::Default> __FfiProbe<T> {
        const IMPLEMENTED: bool = true;
    }
    if __FfiProbe::<ClockId>::IMPLEMENTED {
        ::ffi_runtime::__private::core::panic!(
            "#[derive(Value)] on a type that implements `Default`: the field's default is a value made without the unsafe `from_raw`\n= help: remove `Default` (and any `impl Default for ClockId`); name the default with `#[value(constants(DEFAULT = ..))]`, or add `#[value(any_value)]` if C accepts every value"
        )
    }
};
const _: () = {
    #[allow(dead_code)]
    struct __FfiProbe<T: ?Sized>(::ffi_runtime::__private::PhantomData<T>);
    #[allow(dead_code)]
    trait __FfiNotImplemented {
        const IMPLEMENTED: bool = false;
    }
    impl<T: ?Sized> __FfiNotImplemented for __FfiProbe<T> {}
    #[allow(dead_code)]
    impl<T: ?Sized + ::ffi_runtime::__private::AnyBitPattern> __FfiProbe<T> {
        const IMPLEMENTED: bool = true;
    }
    if __FfiProbe::<ClockId>::IMPLEMENTED {
        ::ffi_runtime::__private::core::panic!(
            "#[derive(Value)] on a type that implements `AnyBitPattern`: C (or a zeroed value) would make a value without the unsafe `from_raw`\n= help: remove `AnyBitPattern` (and any `impl AnyBitPattern for ClockId`); add `#[value(any_value)]` if C accepts every value"
        )
    }
};
