impl Flags {
    /// Wraps a `c_int`; every value is valid (`#[value(any_value)]`).
    #[inline]
    #[must_use]
    pub const fn from_raw(value: c_int) -> Self {
        Flags(value)
    }
    /// The `c_int` C sees.
    #[inline]
    #[must_use]
    pub const fn as_raw(&self) -> c_int {
        self.0
    }
}
#[automatically_derived]
impl ::ffi_runtime::__private::fmt::Debug for Flags {
    fn fmt(
        &self,
        f: &mut ::ffi_runtime::__private::fmt::Formatter<'_>,
    ) -> ::ffi_runtime::__private::fmt::Result {
        f.debug_tuple("Flags").field(&self.0).finish()
    }
}
#[automatically_derived]
unsafe impl ::ffi_runtime::__private::PointerFree for Flags
where
    for<'__ffi> c_int: ::ffi_runtime::__private::PointerFree,
{}
#[automatically_derived]
unsafe impl ::ffi_runtime::__private::AnyBitPattern for Flags
where
    for<'__ffi> Flags: ::ffi_runtime::__private::core::marker::Copy,
    for<'__ffi> c_int: ::ffi_runtime::__private::AnyBitPattern,
{}
