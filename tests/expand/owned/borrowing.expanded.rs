#[allow(single_use_lifetimes)]
impl<'db> Stmt<'db> {
    /// Takes ownership of `pointer`: the new `Stmt` frees it with `sqlite3_finalize`. `None` when it is NULL.
    ///
    /// # Safety
    ///
    /// `pointer` is NULL or a live handle that nothing else frees.
    #[inline]
    #[must_use]
    pub unsafe fn from_raw(
        pointer: *mut raw::sqlite3_stmt,
    ) -> ::ffi_runtime::__private::Option<Self> {
        match ::ffi_runtime::__private::NonNull::new(pointer) {
            ::ffi_runtime::__private::Some(pointer) => {
                ::ffi_runtime::__private::Some(
                    Self(pointer, ::ffi_runtime::__private::PhantomData),
                )
            }
            ::ffi_runtime::__private::None => ::ffi_runtime::__private::None,
        }
    }
    /// The handle's pointer, still owned by `self`: valid while `self` lives.
    #[inline]
    #[must_use]
    pub fn as_ptr(&self) -> *mut raw::sqlite3_stmt {
        self.0.as_ptr()
    }
    /// Gives up ownership: the caller is now responsible for freeing it.
    #[inline]
    #[must_use]
    pub fn into_raw(self) -> *mut raw::sqlite3_stmt {
        let this = ::ffi_runtime::__private::ManuallyDrop::new(self);
        this.0.as_ptr()
    }
}
#[automatically_derived]
impl<'db> ::ffi_runtime::__private::Drop for Stmt<'db> {
    /// Frees the handle with `sqlite3_finalize`, exactly once.
    fn drop(&mut self) {
        let _ = unsafe { raw::sqlite3_finalize(self.0.as_ptr()) };
    }
}
#[automatically_derived]
impl<'db> ::ffi_runtime::__private::fmt::Debug for Stmt<'db> {
    fn fmt(
        &self,
        f: &mut ::ffi_runtime::__private::fmt::Formatter<'_>,
    ) -> ::ffi_runtime::__private::fmt::Result {
        f.debug_tuple("Stmt").field(&self.0).finish()
    }
}
#[automatically_derived]
unsafe impl<'db> ::ffi_runtime::Handle for Stmt<'db> {
    type Raw = raw::sqlite3_stmt;
    #[inline]
    unsafe fn from_raw(
        pointer: *mut raw::sqlite3_stmt,
    ) -> ::ffi_runtime::__private::Option<Self> {
        unsafe { Self::from_raw(pointer) }
    }
    #[inline]
    fn as_ptr(&self) -> *mut raw::sqlite3_stmt {
        Self::as_ptr(self)
    }
    #[inline]
    fn into_raw(self) -> *mut raw::sqlite3_stmt {
        Self::into_raw(self)
    }
}
#[automatically_derived]
unsafe impl<'db> ::ffi_runtime::__private::HoldsBorrow<'db> for Stmt<'db> {}
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
    if __FfiProbe::<Stmt<'static>>::IMPLEMENTED {
        ::ffi_runtime::__private::core::panic!(
            "#[derive(Owned)] on a type that implements `Clone`: a clone copies the pointer, and each copy frees it (double free)\n= help: remove `Clone` from `#[derive(..)]` (and any `impl Clone for Stmt`); to duplicate the C object, add `#[owned(dup = raw::name_dup)]`, which implements `Clone` through it"
        )
    }
};
