pub mod api {
    /// The status of a token array too small for the text.
    pub const ERR_NO_ROOM: i32 = 3;
    /// One token.
    #[repr(C)]
    #[derive(Clone, Copy)]
    pub struct Token {
        pub kind: u32,
        pub len: usize,
    }
    /// A tokenizer.
    pub struct Tokenizer {
        text: String,
    }
    impl Tokenizer {
        /// A tokenizer over a copy of `text`.
        pub fn new(text: &str) -> Self {
            Self { text: text.to_owned() }
        }
        /// Reads the next token.
        pub fn next(&mut self, token: &mut Token) -> Result<bool, Error> {
            let _ = token;
            Ok(!self.text.is_empty())
        }
    }
    /// Counts the tokens of `text` into `tokens`.
    pub fn tokenize(text: &str, tokens: &mut [Token]) -> Result<usize, Error> {
        Ok(text.len().min(tokens.len()))
    }
    /// Never fails.
    pub fn clear() {}
    /// The C entry points of this module, and `MODULE`, what its header declares
    /// (`ffi_runtime::export::Header`).
    #[allow(unused_imports, clippy::wildcard_imports)]
    pub mod c_api {
        use super::*;
        const _: () = {
            let (size, align) = ::ffi_runtime::export::__private::c_layout(
                &[
                    (
                        ::ffi_runtime::export::__private::size_of::<u32>(),
                        ::ffi_runtime::export::__private::align_of::<u32>(),
                    ),
                    (
                        ::ffi_runtime::export::__private::size_of::<usize>(),
                        ::ffi_runtime::export::__private::align_of::<usize>(),
                    ),
                ],
            );
            assert!(
                size == ::ffi_runtime::export::__private::size_of:: < Token > () && align
                == ::ffi_runtime::export::__private::align_of:: < Token > (),
                "`Token` does not have the layout C gives its fields (a `packed` or `align` behind `cfg_attr`?)"
            );
        };
        unsafe impl ::ffi_runtime::export::CValue for Token {
            const C_NAME: &'static str = "tok_token";
        }
        unsafe impl ::ffi_runtime::export::ArgAbi for Token {
            type Abi = Token;
            const C: ::ffi_runtime::export::Decl = ::ffi_runtime::export::Decl::named(
                "tok_token",
            );
        }
        unsafe impl<'scope> ::ffi_runtime::export::Arg<'scope> for Token {
            #[inline]
            unsafe fn from_abi(
                abi: Token,
                _: ::ffi_runtime::export::Scope<'scope>,
                _: &'static str,
            ) -> ::core::result::Result<Self, ::ffi_runtime::export::Failure> {
                ::core::result::Result::Ok(abi)
            }
        }
        const _: () = {
            const fn field_is_c_value<T: ::ffi_runtime::export::CValue>() {}
            field_is_c_value::<u32>();
            field_is_c_value::<usize>();
        };
        unsafe impl ::ffi_runtime::export::Opaque for Tokenizer {
            const C_NAME: &'static str = "tok_tokenizer";
        }
        unsafe impl ::ffi_runtime::export::Pointee for Tokenizer {
            const C_NAME: &'static str = "tok_tokenizer";
        }
        unsafe impl ::ffi_runtime::export::Returned for Tokenizer {
            type Abi = *mut Tokenizer;
            const C: ::ffi_runtime::export::Decl = ::ffi_runtime::export::Decl::named(
                    "tok_tokenizer",
                )
                .pointer(false);
            fn into_abi(
                self,
            ) -> ::core::result::Result<*mut Tokenizer, ::ffi_runtime::export::Failure> {
                ::core::result::Result::Ok(
                    ::std::boxed::Box::into_raw(::std::boxed::Box::new(self)),
                )
            }
        }
        /// Frees a `tok_tokenizer`; NULL is accepted.
        ///
        /// # Safety
        ///
        /// The handle is NULL or one this module returned, not freed before, and
        /// not in use by another call.
        #[unsafe(export_name = "tok_tokenizer_free")]
        #[allow(non_snake_case)]
        pub unsafe extern "C" fn tok_tokenizer_free(handle: *mut Tokenizer) {
            unsafe {
                ::ffi_runtime::export::__private::free_handle(
                    "tok_tokenizer_free",
                    handle,
                )
            }
        }
        ///The status code of this thread's last call, 0 if it succeeded.
        #[unsafe(export_name = "tok_last_error_code")]
        #[allow(non_snake_case)]
        pub extern "C" fn tok_last_error_code() -> i32 {
            ::ffi_runtime::export::last_error_code()
        }
        /**The message of this thread's last failed call, naming the function;
NULL if it succeeded. Valid until the next call on this thread.*/
        #[unsafe(export_name = "tok_last_error_message")]
        #[allow(non_snake_case)]
        pub extern "C" fn tok_last_error_message() -> *const ::core::ffi::c_char {
            ::ffi_runtime::export::last_error_message()
        }
        ///Frees a string a function of this module returned; NULL is accepted.
        ///
        /// # Safety
        ///
        /// `text` is NULL or such a string, not freed before.
        #[unsafe(export_name = "tok_string_free")]
        #[allow(non_snake_case)]
        pub unsafe extern "C" fn tok_string_free(text: *mut ::core::ffi::c_char) {
            unsafe { ::ffi_runtime::export::string_free(text) }
        }
        ///Frees bytes a function of this module returned; NULL data is accepted.
        ///
        /// # Safety
        ///
        /// `bytes` is as returned (or has NULL `data`), not freed before.
        #[unsafe(export_name = "tok_bytes_free")]
        #[allow(non_snake_case)]
        pub unsafe extern "C" fn tok_bytes_free(bytes: ::ffi_runtime::export::Bytes) {
            unsafe { ::ffi_runtime::export::bytes_free(bytes) }
        }
        /// C entry point of `<super::Tokenizer>::new`: see the header for its parameters.
        ///
        /// # Safety
        ///
        /// As the header states: every pointer is NULL only where allowed, aligned,
        /// and points to what its type says for the whole call (an array of the
        /// given length, a handle not yet freed, `out` to writable memory).
        #[unsafe(export_name = "tok_tokenizer_new")]
        #[allow(
            non_snake_case,
            clippy::too_many_arguments,
            clippy::not_unsafe_ptr_arg_deref
        )]
        pub unsafe extern "C" fn tok_tokenizer_new(
            text: *const u8,
            text_len: usize,
            out: *mut <Tokenizer as ::ffi_runtime::export::Returned>::Abi,
        ) -> i32 {
            ::ffi_runtime::export::run(
                "tok_tokenizer_new",
                |__scope| {
                    ::ffi_runtime::export::__private::check_out(out)?;
                    let text = unsafe {
                        ::ffi_runtime::export::__private::str_arg(
                            text,
                            text_len,
                            __scope,
                            "text",
                        )
                    }?;
                    let value = <super::Tokenizer>::new(text);
                    let value = <Tokenizer as ::ffi_runtime::export::Returned>::into_abi(
                        value,
                    )?;
                    unsafe { out.write(value) };
                    ::core::result::Result::Ok(())
                },
            )
        }
        /// C entry point of `<super::Tokenizer>::next`: see the header for its parameters.
        ///
        /// # Safety
        ///
        /// As the header states: every pointer is NULL only where allowed, aligned,
        /// and points to what its type says for the whole call (an array of the
        /// given length, a handle not yet freed, `out` to writable memory).
        #[unsafe(export_name = "tok_tokenizer_next")]
        #[allow(
            non_snake_case,
            clippy::too_many_arguments,
            clippy::not_unsafe_ptr_arg_deref
        )]
        pub unsafe extern "C" fn tok_tokenizer_next(
            __receiver: <&'static mut Tokenizer as ::ffi_runtime::export::ArgAbi>::Abi,
            token: <&'static mut Token as ::ffi_runtime::export::ArgAbi>::Abi,
            out: *mut <bool as ::ffi_runtime::export::Returned>::Abi,
        ) -> i32 {
            ::ffi_runtime::export::run(
                "tok_tokenizer_next",
                |__scope| {
                    ::ffi_runtime::export::__private::check_out(out)?;
                    ::ffi_runtime::export::disjoint(
                        &[
                            (
                                unsafe {
                                    <&'static mut Tokenizer as ::ffi_runtime::export::ArgAbi>::region(
                                        __receiver,
                                    )
                                },
                                "tokenizer",
                            ),
                            (
                                unsafe {
                                    <&'static mut Token as ::ffi_runtime::export::ArgAbi>::region(
                                        token,
                                    )
                                },
                                "token",
                            ),
                        ],
                    )?;
                    let __receiver = unsafe {
                        <&mut Tokenizer as ::ffi_runtime::export::Arg<
                            '_,
                        >>::from_abi(__receiver, __scope, "tokenizer")
                    }?;
                    let token = unsafe {
                        <&mut Token as ::ffi_runtime::export::Arg<
                            '_,
                        >>::from_abi(token, __scope, "token")
                    }?;
                    let value = match <super::Tokenizer>::next(__receiver, token) {
                        ::core::result::Result::Ok(value) => value,
                        ::core::result::Result::Err(error) => {
                            return ::core::result::Result::Err(
                                ::ffi_runtime::export::Failure::error(error),
                            );
                        }
                    };
                    let value = <bool as ::ffi_runtime::export::Returned>::into_abi(
                        value,
                    )?;
                    unsafe { out.write(value) };
                    ::core::result::Result::Ok(())
                },
            )
        }
        /// C entry point of `super::tokenize`: see the header for its parameters.
        ///
        /// # Safety
        ///
        /// As the header states: every pointer is NULL only where allowed, aligned,
        /// and points to what its type says for the whole call (an array of the
        /// given length, a handle not yet freed, `out` to writable memory).
        #[unsafe(export_name = "tok_tokenize")]
        #[allow(
            non_snake_case,
            clippy::too_many_arguments,
            clippy::not_unsafe_ptr_arg_deref
        )]
        pub unsafe extern "C" fn tok_tokenize(
            text: *const u8,
            text_len: usize,
            tokens: *mut Token,
            tokens_len: usize,
            out: *mut <usize as ::ffi_runtime::export::Returned>::Abi,
        ) -> i32 {
            ::ffi_runtime::export::run(
                "tok_tokenize",
                |__scope| {
                    ::ffi_runtime::export::__private::check_out(out)?;
                    ::ffi_runtime::export::disjoint(
                        &[
                            (
                                ::ffi_runtime::export::__private::slice_region(
                                    text,
                                    text_len,
                                    false,
                                ),
                                "text",
                            ),
                            (
                                ::ffi_runtime::export::__private::slice_region(
                                    tokens.cast_const(),
                                    tokens_len,
                                    true,
                                ),
                                "tokens",
                            ),
                        ],
                    )?;
                    let text = unsafe {
                        ::ffi_runtime::export::__private::str_arg(
                            text,
                            text_len,
                            __scope,
                            "text",
                        )
                    }?;
                    let tokens = unsafe {
                        ::ffi_runtime::export::__private::slice_mut_arg(
                            tokens,
                            tokens_len,
                            __scope,
                            "tokens",
                        )
                    }?;
                    let value = match super::tokenize(text, tokens) {
                        ::core::result::Result::Ok(value) => value,
                        ::core::result::Result::Err(error) => {
                            return ::core::result::Result::Err(
                                ::ffi_runtime::export::Failure::error(error),
                            );
                        }
                    };
                    let value = <usize as ::ffi_runtime::export::Returned>::into_abi(
                        value,
                    )?;
                    unsafe { out.write(value) };
                    ::core::result::Result::Ok(())
                },
            )
        }
        /// C entry point of `super::clear`: see the header for its parameters.
        ///
        /// # Safety
        ///
        /// As the header states: every pointer is NULL only where allowed, aligned,
        /// and points to what its type says for the whole call (an array of the
        /// given length, a handle not yet freed, `out` to writable memory).
        #[unsafe(export_name = "tok_clear")]
        #[allow(
            non_snake_case,
            clippy::too_many_arguments,
            clippy::not_unsafe_ptr_arg_deref
        )]
        pub unsafe extern "C" fn tok_clear() -> i32 {
            ::ffi_runtime::export::run(
                "tok_clear",
                |__scope| {
                    super::clear();
                    ::core::result::Result::Ok(())
                },
            )
        }
        /// What this module exports, for `ffi_runtime::export::Header`.
        pub const MODULE: ::ffi_runtime::export::Module = ::ffi_runtime::export::Module {
            prefix: "tok_",
            items: &[
                ::ffi_runtime::export::Item::Constant(::ffi_runtime::export::Constant {
                    name: "TOK_ERR_NO_ROOM",
                    doc: "The status of a token array too small for the text.",
                    value: || ::ffi_runtime::export::__private::constant(ERR_NO_ROOM),
                }),
                ::ffi_runtime::export::Item::Struct(::ffi_runtime::export::Struct {
                    name: "tok_token",
                    doc: "One token.",
                    fields: &[
                        ::ffi_runtime::export::Field {
                            name: "kind",
                            decl: ::ffi_runtime::export::Decl::named(
                                <u32 as ::ffi_runtime::export::CValue>::C_NAME,
                            ),
                            offset: ::ffi_runtime::export::__private::offset_of!(
                                Token, kind
                            ),
                        },
                        ::ffi_runtime::export::Field {
                            name: "len",
                            decl: ::ffi_runtime::export::Decl::named(
                                <usize as ::ffi_runtime::export::CValue>::C_NAME,
                            ),
                            offset: ::ffi_runtime::export::__private::offset_of!(
                                Token, len
                            ),
                        },
                    ],
                    size: ::ffi_runtime::export::__private::size_of::<Token>(),
                    align: ::ffi_runtime::export::__private::align_of::<Token>(),
                }),
                ::ffi_runtime::export::Item::Opaque(::ffi_runtime::export::OpaqueType {
                    name: "tok_tokenizer",
                    doc: "A tokenizer.",
                    is_sync: || {
                        use ::ffi_runtime::export::__private::{
                            IsSync as _, NotSync as _,
                        };
                        (&::ffi_runtime::export::__private::SyncProbe::<
                            Tokenizer,
                        >(::core::marker::PhantomData))
                            .is_sync()
                    },
                    is_send: || {
                        use ::ffi_runtime::export::__private::{
                            IsSend as _, NotSend as _,
                        };
                        (&::ffi_runtime::export::__private::SendProbe::<
                            Tokenizer,
                        >(::core::marker::PhantomData))
                            .is_send()
                    },
                }),
                ::ffi_runtime::export::Item::Function(::ffi_runtime::export::Function {
                    name: "tok_last_error_code",
                    doc: "The status code of this thread's last call, 0 if it succeeded.",
                    returns: ::ffi_runtime::export::Decl::named("int32_t"),
                    params: &[],
                }),
                ::ffi_runtime::export::Item::Function(::ffi_runtime::export::Function {
                    name: "tok_last_error_message",
                    doc: "The message of this thread's last failed call, naming the function;\nNULL if it succeeded. Valid until the next call on this thread.",
                    returns: ::ffi_runtime::export::Decl::named("char").pointer(true),
                    params: &[],
                }),
                ::ffi_runtime::export::Item::Function(::ffi_runtime::export::Function {
                    name: "tok_string_free",
                    doc: "Frees a string a function of this module returned; NULL is accepted.",
                    returns: ::ffi_runtime::export::Decl::named("void"),
                    params: &[
                        ::ffi_runtime::export::Param {
                            name: "text",
                            decl: ::ffi_runtime::export::Decl::named("char")
                                .pointer(false),
                        },
                    ],
                }),
                ::ffi_runtime::export::Item::Function(::ffi_runtime::export::Function {
                    name: "tok_bytes_free",
                    doc: "Frees bytes a function of this module returned; NULL data is accepted.",
                    returns: ::ffi_runtime::export::Decl::named("void"),
                    params: &[
                        ::ffi_runtime::export::Param {
                            name: "bytes",
                            decl: ::ffi_runtime::export::Decl {
                                base: ::ffi_runtime::export::Base::Prefixed("bytes"),
                                base_const: false,
                                depth: 0,
                            },
                        },
                    ],
                }),
                ::ffi_runtime::export::Item::Function(::ffi_runtime::export::Function {
                    name: "tok_tokenizer_new",
                    doc: "A tokenizer over a copy of `text`.",
                    returns: ::ffi_runtime::export::Decl::named("int32_t"),
                    params: &[
                        ::ffi_runtime::export::Param {
                            name: "text",
                            decl: ::ffi_runtime::export::Decl::named("char")
                                .pointer(true),
                        },
                        ::ffi_runtime::export::Param {
                            name: "text_len",
                            decl: ::ffi_runtime::export::Decl::named("size_t"),
                        },
                        ::ffi_runtime::export::Param {
                            name: "out",
                            decl: <Tokenizer as ::ffi_runtime::export::Returned>::C
                                .pointer(false),
                        },
                    ],
                }),
                ::ffi_runtime::export::Item::Function(::ffi_runtime::export::Function {
                    name: "tok_tokenizer_next",
                    doc: "Reads the next token.",
                    returns: ::ffi_runtime::export::Decl::named("int32_t"),
                    params: &[
                        ::ffi_runtime::export::Param {
                            name: "tokenizer",
                            decl: <&'static mut Tokenizer as ::ffi_runtime::export::ArgAbi>::C,
                        },
                        ::ffi_runtime::export::Param {
                            name: "token",
                            decl: <&'static mut Token as ::ffi_runtime::export::ArgAbi>::C,
                        },
                        ::ffi_runtime::export::Param {
                            name: "out",
                            decl: <bool as ::ffi_runtime::export::Returned>::C
                                .pointer(false),
                        },
                    ],
                }),
                ::ffi_runtime::export::Item::Function(::ffi_runtime::export::Function {
                    name: "tok_tokenize",
                    doc: "Counts the tokens of `text` into `tokens`.",
                    returns: ::ffi_runtime::export::Decl::named("int32_t"),
                    params: &[
                        ::ffi_runtime::export::Param {
                            name: "text",
                            decl: ::ffi_runtime::export::Decl::named("char")
                                .pointer(true),
                        },
                        ::ffi_runtime::export::Param {
                            name: "text_len",
                            decl: ::ffi_runtime::export::Decl::named("size_t"),
                        },
                        ::ffi_runtime::export::Param {
                            name: "tokens",
                            decl: ::ffi_runtime::export::Decl::named(
                                    <Token as ::ffi_runtime::export::CValue>::C_NAME,
                                )
                                .pointer(false),
                        },
                        ::ffi_runtime::export::Param {
                            name: "tokens_len",
                            decl: ::ffi_runtime::export::Decl::named("size_t"),
                        },
                        ::ffi_runtime::export::Param {
                            name: "out",
                            decl: <usize as ::ffi_runtime::export::Returned>::C
                                .pointer(false),
                        },
                    ],
                }),
                ::ffi_runtime::export::Item::Function(::ffi_runtime::export::Function {
                    name: "tok_clear",
                    doc: "Never fails.",
                    returns: ::ffi_runtime::export::Decl::named("int32_t"),
                    params: &[],
                }),
                ::ffi_runtime::export::Item::Function(::ffi_runtime::export::Function {
                    name: "tok_tokenizer_free",
                    doc: "Frees a tok_tokenizer; NULL is accepted.",
                    returns: ::ffi_runtime::export::Decl::named("void"),
                    params: &[
                        ::ffi_runtime::export::Param {
                            name: "tokenizer",
                            decl: ::ffi_runtime::export::Decl::named("tok_tokenizer")
                                .pointer(false),
                        },
                    ],
                }),
            ],
        };
    }
}
