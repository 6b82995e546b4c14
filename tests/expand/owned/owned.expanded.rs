#[allow(single_use_lifetimes)]
impl Db {
    /// Takes ownership of `pointer`: the new `Db` frees it with `sqlite3_close`. `None` when it is NULL.
    ///
    /// # Safety
    ///
    /// `pointer` is NULL or a live handle that nothing else frees.
    #[inline]
    #[must_use]
    pub unsafe fn from_raw(
        pointer: *mut raw::sqlite3,
    ) -> ::ffi_runtime::__private::Option<Self> {
        match ::ffi_runtime::__private::NonNull::new(pointer) {
            ::ffi_runtime::__private::Some(pointer) => {
                ::ffi_runtime::__private::Some(Self(pointer))
            }
            ::ffi_runtime::__private::None => ::ffi_runtime::__private::None,
        }
    }
    /// The handle's pointer, still owned by `self`: valid while `self` lives.
    #[inline]
    #[must_use]
    pub fn as_ptr(&self) -> *mut raw::sqlite3 {
        self.0.as_ptr()
    }
    /// Gives up ownership: the caller is now responsible for freeing it.
    #[inline]
    #[must_use]
    pub fn into_raw(self) -> *mut raw::sqlite3 {
        let this = ::ffi_runtime::__private::ManuallyDrop::new(self);
        this.0.as_ptr()
    }
}
#[automatically_derived]
impl ::ffi_runtime::__private::Drop for Db {
    /// Frees the handle with `sqlite3_close`, exactly once.
    fn drop(&mut self) {
        let _ = unsafe { raw::sqlite3_close(self.0.as_ptr()) };
    }
}
#[automatically_derived]
impl ::ffi_runtime::__private::fmt::Debug for Db {
    fn fmt(
        &self,
        f: &mut ::ffi_runtime::__private::fmt::Formatter<'_>,
    ) -> ::ffi_runtime::__private::fmt::Result {
        f.debug_tuple("Db").field(&self.0).finish()
    }
}
#[automatically_derived]
unsafe impl ::ffi_runtime::Handle for Db {
    type Raw = raw::sqlite3;
    #[inline]
    unsafe fn from_raw(
        pointer: *mut raw::sqlite3,
    ) -> ::ffi_runtime::__private::Option<Self> {
        unsafe { Self::from_raw(pointer) }
    }
    #[inline]
    fn as_ptr(&self) -> *mut raw::sqlite3 {
        Self::as_ptr(self)
    }
    #[inline]
    fn into_raw(self) -> *mut raw::sqlite3 {
        Self::into_raw(self)
    }
}
const _: () = {
    #[allow(dead_code)]
    struct __FfiProbe<T: ?Sized>(::ffi_runtime::__private::PhantomData<T>);
    #[allow(dead_code)]
    trait __FfiNotImplemented {
        const IMPLEMENTED: bool = false;
    }
    impl<T: ?Sized> __FfiNotImplemented for __FfiProbe<T> {}
    #[allow(dead_code)]
    impl<T: ?Sized + ::ffi_runtime::__private::Clone> __FfiProbe<T> {
        const IMPLEMENTED: bool = true;
    }
    if __FfiProbe::<Db>::IMPLEMENTED {
        ::ffi_runtime::__private::core::panic!(
            "#[derive(Owned)] on a type that implements `Clone`: a clone copies the pointer, and each copy frees it (double free)\n= help: remove `Clone` from `#[derive(..)]` (and any `impl Clone for Db`); to duplicate the C object, add `#[owned(dup = raw::name_dup)]`, which implements `Clone` through it"
        )
    }
};
#[allow(single_use_lifetimes)]
impl Db {
    /// Frees the handle with `sqlite3_close` and reports its status, which `Drop` ignores.
    ///
    /// # Errors
    ///
    /// When the C function returns nonzero; the handle is freed
    /// either way, so it is consumed.
    #[inline]
    pub fn close(self) -> ::ffi_runtime::__private::Result<(), ::ffi_runtime::Error> {
        let __pointer = self.into_raw();
        let __status = unsafe { raw::sqlite3_close(__pointer) };
        if ::ffi_runtime::__private::IntReturn::is_nonzero(__status) {
            return ::ffi_runtime::__private::Err(
                ::ffi_runtime::__private::code_error(
                    &::ffi_runtime::__private::Site {
                        function: "sqlite3_close",
                    },
                    ::ffi_runtime::__private::IntReturn::to_code(__status),
                ),
            );
        }
        ::ffi_runtime::__private::Ok(())
    }
}
