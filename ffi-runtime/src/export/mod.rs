//! Rust functions called from C: what [`#[export]`](crate::export) generates code
//! against, and the header it describes.
//!
//! Every exported function returns an `int32_t` status: [`OK`], a positive code
//! of the function's error ([`ExportError::code`]), [`PANIC`] when the Rust code
//! panicked (the panic never unwinds into C), [`INVALID_ARGUMENT`] when C passed
//! arguments the Rust types cannot hold (NULL with a length, invalid UTF-8, a
//! misaligned pointer, overlapping arrays where one is written), or
//! [`INVALID_RESULT`] when the result cannot be given to C (a string holding a
//! NUL byte). A value a function returns is written to its last parameter,
//! `T *out`. The thread's last error keeps the code and a message naming the
//! function until the next exported call on that thread.
//!
//! The header is assembled from `const` descriptions the macro builds from the
//! types it actually emitted ([`Module`]), rendered by [`Header`]: on stable
//! Rust, with no second parser of the source and no link-time registry.

mod args;
mod call;
mod header;
mod render;
mod returned;
mod types;

pub use args::{Region, disjoint};
pub use call::{
    ERROR, ExportError, Failure, INVALID_ARGUMENT, INVALID_RESULT, OK, PANIC, Scope,
    last_error_code, last_error_message, run,
};
pub use header::{Constant, Field, Function, Item, Module, OpaqueType, Param, Struct};
pub use render::{Header, check_header};
pub use returned::{Bytes, Returned, bytes_free, string_free};
pub use types::{Arg, ArgAbi, Base, CValue, Decl, Opaque, Pointee};

#[doc(hidden)]
pub mod __private {
    //! What expansions of `#[export]` use: not a public interface.
    pub use super::args::{slice_arg, slice_mut_arg, slice_region, str_arg};
    pub use super::call::{IntegerConstant, c_layout, check_out, constant, free_handle};
    pub use super::types::{IsSend, IsSync, NotSend, NotSync, SendProbe, SyncProbe};
    pub use core::mem::{align_of, offset_of, size_of};
}
