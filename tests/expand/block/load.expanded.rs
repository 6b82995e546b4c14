/// The C functions of the loaded library, by their declared names:
/// `unsafe` calls through a table resolved once per process. `load()`
/// loads it now; `has_<name>()` tells which optional functions it has.
#[allow(missing_docs, unused_imports)]
pub mod raw {
    #[allow(clippy::wildcard_imports)]
    use super::*;
    use ::ffi_runtime::__private::hygiene::{__names, __library, __wanted, __found};
    #[allow(non_snake_case)]
    struct __Symbols {
        __library: &'static ::ffi_runtime::dynamic::Library,
        compressBound: ::core::option::Option<unsafe extern "C" fn(c_ulong) -> c_ulong>,
        deflateCopy: ::core::option::Option<
            unsafe extern "C" fn(&mut Stream, &Stream) -> c_int,
        >,
    }
    static __LOADED: ::std::sync::OnceLock<
        ::core::result::Result<__Symbols, ::ffi_runtime::dynamic::LoadError>,
    > = ::std::sync::OnceLock::new();
    #[allow(non_snake_case)]
    fn __symbols() -> &'static ::core::result::Result<
        __Symbols,
        ::ffi_runtime::dynamic::LoadError,
    > {
        __LOADED.get_or_init(|| unsafe { __resolve(&["libz.so.1", "libz.so"]) })
    }
    /// The table, from the first of `names` that loads.
    ///
    /// # Safety
    ///
    /// Loading runs the library's initializers.
    #[allow(non_snake_case)]
    unsafe fn __resolve(
        __names: &[&::core::primitive::str],
    ) -> ::core::result::Result<__Symbols, ::ffi_runtime::dynamic::LoadError> {
        {
            let __library = unsafe {
                ::ffi_runtime::dynamic::Library::open_first(__names)
            }?;
            let mut __wanted = ::std::vec::Vec::new();
            __wanted
                .push(::ffi_runtime::dynamic::Wanted {
                    name: ::ffi_runtime::__private::c_str(
                        ::core::concat!("compressBound", "\0"),
                    ),
                    version: ::core::option::Option::None,
                    optional: false,
                });
            __wanted
                .push(::ffi_runtime::dynamic::Wanted {
                    name: ::ffi_runtime::__private::c_str(
                        ::core::concat!("deflateCopy", "\0"),
                    ),
                    version: ::core::option::Option::None,
                    optional: true,
                });
            let mut __found = __library.resolve(&__wanted)?.into_iter();
            let compressBound = __found
                .next()
                .flatten()
                .map(|address| unsafe {
                    ::core::mem::transmute::<
                        *mut ::core::ffi::c_void,
                        unsafe extern "C" fn(c_ulong) -> c_ulong,
                    >(address)
                });
            let deflateCopy = __found
                .next()
                .flatten()
                .map(|address| unsafe {
                    ::core::mem::transmute::<
                        *mut ::core::ffi::c_void,
                        unsafe extern "C" fn(&mut Stream, &Stream) -> c_int,
                    >(address)
                });
            ::core::result::Result::Ok(__Symbols {
                __library,
                compressBound,
                deflateCopy,
            })
        }
    }
    fn __library_path() -> &'static ::core::primitive::str {
        __symbols().as_ref().map_or("the library", |symbols| symbols.__library.path())
    }
    /// Loads the library and resolves every declared function now (the
    /// first call of any wrapper does the same), once per process.
    ///
    /// # Errors
    ///
    /// Every name tried with its `dlerror`, or every required symbol
    /// missing with the path of the library that loaded.
    pub fn load() -> ::core::result::Result<
        &'static ::ffi_runtime::dynamic::Library,
        ::ffi_runtime::dynamic::LoadError,
    > {
        match __symbols() {
            ::core::result::Result::Ok(symbols) => {
                ::core::result::Result::Ok(symbols.__library)
            }
            ::core::result::Result::Err(error) => {
                ::core::result::Result::Err(::core::clone::Clone::clone(error))
            }
        }
    }
    /// Loads the library from `path` instead of the block's names, if
    /// nothing loaded it yet (the table is made once per process).
    ///
    /// # Errors
    ///
    /// As [`load`]; also when the table was made already (from the
    /// names, or another path), with what it holds.
    ///
    /// # Safety
    ///
    /// Loading runs the library's initializers, and every declaration
    /// of the block must be the true type of the symbol of that name
    /// in this file: the caller vouches for both.
    pub unsafe fn load_from(
        path: &::core::primitive::str,
    ) -> ::core::result::Result<
        &'static ::ffi_runtime::dynamic::Library,
        ::ffi_runtime::dynamic::LoadError,
    > {
        let mut fresh = false;
        let symbols = __LOADED
            .get_or_init(|| {
                fresh = true;
                unsafe { __resolve(&[path]) }
            });
        match symbols {
            ::core::result::Result::Ok(
                symbols,
            ) if fresh || symbols.__library.path() == path => {
                ::core::result::Result::Ok(symbols.__library)
            }
            ::core::result::Result::Ok(symbols) => {
                ::core::result::Result::Err(::ffi_runtime::dynamic::LoadError::AlreadyLoaded {
                    requested: ::std::string::ToString::to_string(path),
                    loaded: ::std::string::ToString::to_string(symbols.__library.path()),
                })
            }
            ::core::result::Result::Err(error) => {
                ::core::result::Result::Err(::core::clone::Clone::clone(error))
            }
        }
    }
    /** Calls `compressBound` of the loaded library.

 # Safety

 The C function's contract, as declared.

 # Panics

 When the library could not be loaded or lacks the symbol (see [`has_compressBound`]); the safe wrapper returns an `Err` instead.*/
    #[allow(non_snake_case, clippy::too_many_arguments)]
    pub(super) unsafe fn compressBound(arg0: c_ulong) -> c_ulong {
        let ::core::option::Option::Some(function) = __symbols()
            .as_ref()
            .ok()
            .and_then(|symbols| symbols.compressBound) else {
            ::core::panic!("`compressBound` was not loaded")
        };
        unsafe { function(arg0) }
    }
    /// Whether `compressBound` was found in the loaded library (`false` when it could not be loaded).
    #[allow(non_snake_case)]
    pub(super) fn has_compressBound() -> ::core::primitive::bool {
        __symbols().as_ref().is_ok_and(|symbols| symbols.compressBound.is_some())
    }
    #[doc(hidden)]
    #[allow(non_snake_case)]
    pub(super) fn __available_compressBound(
        site: &'static ::ffi_runtime::Site,
    ) -> ::core::result::Result<(), ::ffi_runtime::Error> {
        match __symbols() {
            ::core::result::Result::Ok(symbols) if symbols.compressBound.is_some() => {
                ::core::result::Result::Ok(())
            }
            ::core::result::Result::Ok(_) => {
                ::core::result::Result::Err(
                    ::ffi_runtime::__private::unavailable_error(
                        site,
                        ::std::format!("not in {}", __library_path()),
                    ),
                )
            }
            ::core::result::Result::Err(error) => {
                ::core::result::Result::Err(
                    ::ffi_runtime::__private::unavailable_error(
                        site,
                        ::std::string::ToString::to_string(error),
                    ),
                )
            }
        }
    }
    /** Calls `deflateCopy` of the loaded library.

 # Safety

 The C function's contract, as declared.

 # Panics

 When the library could not be loaded or lacks the symbol (see [`has_deflateCopy`]); the safe wrapper returns an `Err` instead.*/
    #[allow(non_snake_case, clippy::too_many_arguments)]
    pub(super) unsafe fn deflateCopy(arg0: &mut Stream, arg1: &Stream) -> c_int {
        let ::core::option::Option::Some(function) = __symbols()
            .as_ref()
            .ok()
            .and_then(|symbols| symbols.deflateCopy) else {
            ::core::panic!("`deflateCopy` was not loaded")
        };
        unsafe { function(arg0, arg1) }
    }
    /// Whether `deflateCopy` was found in the loaded library (`false` when it could not be loaded).
    #[allow(non_snake_case)]
    pub(super) fn has_deflateCopy() -> ::core::primitive::bool {
        __symbols().as_ref().is_ok_and(|symbols| symbols.deflateCopy.is_some())
    }
    #[doc(hidden)]
    #[allow(non_snake_case)]
    pub(super) fn __available_deflateCopy(
        site: &'static ::ffi_runtime::Site,
    ) -> ::core::result::Result<(), ::ffi_runtime::Error> {
        match __symbols() {
            ::core::result::Result::Ok(symbols) if symbols.deflateCopy.is_some() => {
                ::core::result::Result::Ok(())
            }
            ::core::result::Result::Ok(_) => {
                ::core::result::Result::Err(
                    ::ffi_runtime::__private::unavailable_error(
                        site,
                        ::std::format!("not in {}", __library_path()),
                    ),
                )
            }
            ::core::result::Result::Err(error) => {
                ::core::result::Result::Err(
                    ::ffi_runtime::__private::unavailable_error(
                        site,
                        ::std::string::ToString::to_string(error),
                    ),
                )
            }
        }
    }
}
/** Calls the C function `compressBound`.

 The raw declaration is [`raw::compressBound`].*/
#[inline]
#[allow(non_snake_case, clippy::too_many_arguments)]
fn compressBound(
    source_len: c_ulong,
) -> ::ffi_runtime::__private::Result<c_ulong, ::ffi_runtime::Error> {
    #[allow(unused_imports)]
    use ::ffi_runtime::__private::{self as __ffi, hygiene::{__error, __ret}};
    const {
        __ffi::passed_to_c::<c_ulong>();
        __ffi::returned_by_c::<c_ulong>();
    }
    {
        if let __ffi::Err(__error) = raw::__available_compressBound(
            &__ffi::Site {
                function: "compressBound",
            },
        ) {
            return __ffi::Err(__error);
        }
    }
    let __ret = unsafe { raw::compressBound(source_len) };
    __ffi::Ok(__ret)
}
/** Calls the C function `deflateCopy`.

 # Errors

 Returns `Err` carrying the status code when `deflateCopy` returns nonzero.

 The raw declaration is [`raw::deflateCopy`].*/
#[inline]
#[allow(non_snake_case, clippy::too_many_arguments)]
fn deflateCopy(
    dest: &mut Stream,
    source: &Stream,
) -> ::ffi_runtime::__private::Result<(), ::ffi_runtime::Error> {
    #[allow(unused_imports)]
    use ::ffi_runtime::__private::{self as __ffi, hygiene::{__error, __ret}};
    const {
        __ffi::shared_with_c::<Stream>();
        __ffi::passed_to_c::<Stream>();
        __ffi::returned_by_c::<c_int>();
    }
    {
        if let __ffi::Err(__error) = raw::__available_deflateCopy(
            &__ffi::Site {
                function: "deflateCopy",
            },
        ) {
            return __ffi::Err(__error);
        }
    }
    let __ret = unsafe { raw::deflateCopy(dest, source) };
    if <c_int as __ffi::IntReturn>::is_nonzero(__ret) {
        return __ffi::Err(
            __ffi::code_error(
                &__ffi::Site {
                    function: "deflateCopy",
                },
                <c_int as __ffi::IntReturn>::to_code(__ret),
            ),
        );
    }
    __ffi::Ok(())
}
