#[allow(single_use_lifetimes)]
impl Config {
    /// Takes ownership of `pointer`: the new `Config` frees it with `tls_config_free`. `None` when it is NULL.
    ///
    /// # Safety
    ///
    /// `pointer` is NULL or a live handle that nothing else frees.
    #[inline]
    #[must_use]
    pub unsafe fn from_raw(
        pointer: *mut raw::tls_config,
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
    pub fn as_ptr(&self) -> *mut raw::tls_config {
        self.0.as_ptr()
    }
    /// Gives up ownership: the caller is now responsible for freeing it.
    #[inline]
    #[must_use]
    pub fn into_raw(self) -> *mut raw::tls_config {
        let this = ::ffi_runtime::__private::ManuallyDrop::new(self);
        this.0.as_ptr()
    }
}
#[automatically_derived]
impl ::ffi_runtime::__private::Drop for Config {
    /// Frees the handle with `tls_config_free`, exactly once.
    fn drop(&mut self) {
        let _ = unsafe { raw::tls_config_free(self.0.as_ptr()) };
    }
}
#[automatically_derived]
impl ::ffi_runtime::__private::fmt::Debug for Config {
    fn fmt(
        &self,
        f: &mut ::ffi_runtime::__private::fmt::Formatter<'_>,
    ) -> ::ffi_runtime::__private::fmt::Result {
        f.debug_tuple("Config").field(&self.0).finish()
    }
}
#[automatically_derived]
unsafe impl ::ffi_runtime::Handle for Config {
    type Raw = raw::tls_config;
    #[inline]
    unsafe fn from_raw(
        pointer: *mut raw::tls_config,
    ) -> ::ffi_runtime::__private::Option<Self> {
        unsafe { Self::from_raw(pointer) }
    }
    #[inline]
    fn as_ptr(&self) -> *mut raw::tls_config {
        Self::as_ptr(self)
    }
    #[inline]
    fn into_raw(self) -> *mut raw::tls_config {
        Self::into_raw(self)
    }
}
#[allow(single_use_lifetimes)]
impl Config {
    /// A new handle from `tls_config_dup`.
    ///
    /// # Errors
    ///
    /// When the C function returns NULL.
    #[inline]
    pub fn try_clone(
        &self,
    ) -> ::ffi_runtime::__private::Result<Self, ::ffi_runtime::Error> {
        let __pointer = unsafe { raw::tls_config_dup(self.0.as_ptr()) };
        match ::ffi_runtime::__private::NonNull::new(__pointer) {
            ::ffi_runtime::__private::Some(__pointer) => {
                ::ffi_runtime::__private::Ok(Self(__pointer))
            }
            ::ffi_runtime::__private::None => {
                ::ffi_runtime::__private::Err(
                    ::ffi_runtime::__private::null_error(
                        &::ffi_runtime::__private::Site {
                            function: "tls_config_dup",
                        },
                    ),
                )
            }
        }
    }
}
#[automatically_derived]
impl ::ffi_runtime::__private::Clone for Config {
    /// # Panics
    ///
    /// When the C function returns NULL (it is out of memory), as
    /// `Vec::clone` does; `try_clone` returns the error instead.
    fn clone(&self) -> Self {
        match self.try_clone() {
            ::ffi_runtime::__private::Ok(clone) => clone,
            ::ffi_runtime::__private::Err(_) => {
                ::ffi_runtime::__private::core::panic!(
                    "tls_config_dup returned NULL while cloning a Config"
                )
            }
        }
    }
}
