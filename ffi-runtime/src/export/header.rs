//! The `const` descriptions an `#[export]` module emits of what it exported,
//! each built from the types of the code it generated.

use super::types::Decl;

/// One `#[export]` module: its prefix and items, in declaration order
/// (`your_module::c_api::MODULE`).
#[derive(Clone, Copy, Debug)]
pub struct Module {
    /// The prefix of every C name (`tok_`).
    pub prefix: &'static str,
    /// What the module exports.
    pub items: &'static [Item],
}

/// One exported item.
#[derive(Clone, Copy, Debug)]
pub enum Item {
    /// A function.
    Function(Function),
    /// A `#[repr(C)]` struct C sees whole.
    Struct(Struct),
    /// An opaque handle type.
    Opaque(OpaqueType),
    /// An integer constant (`#define`).
    Constant(Constant),
}

/// An exported function's prototype.
#[derive(Clone, Copy, Debug)]
pub struct Function {
    /// The C name.
    pub name: &'static str,
    /// The Rust documentation, copied.
    pub doc: &'static str,
    /// The return type (`int32_t` status, `void`, or the runtime's own).
    pub returns: Decl,
    /// The parameters, in order.
    pub params: &'static [Param],
}

/// One C parameter.
#[derive(Clone, Copy, Debug)]
pub struct Param {
    /// Its name (the Rust parameter's, `_len` added for a length).
    pub name: &'static str,
    /// Its C type.
    pub decl: Decl,
}

/// A struct C sees whole, with its layout as Rust computed it.
#[derive(Clone, Copy, Debug)]
pub struct Struct {
    /// The C name.
    pub name: &'static str,
    /// The Rust documentation.
    pub doc: &'static str,
    /// The fields in order.
    pub fields: &'static [Field],
    /// `size_of` in Rust.
    pub size: usize,
    /// `align_of` in Rust.
    pub align: usize,
}

/// A field of an exported struct.
#[derive(Clone, Copy, Debug)]
pub struct Field {
    /// Its name.
    pub name: &'static str,
    /// Its C type.
    pub decl: Decl,
    /// `offset_of!` in Rust.
    pub offset: usize,
}

/// An opaque handle type.
#[derive(Clone, Copy, Debug)]
pub struct OpaqueType {
    /// The C name.
    pub name: &'static str,
    /// The Rust documentation.
    pub doc: &'static str,
    /// Whether one handle may be used by several threads at once (`Sync`).
    pub is_sync: fn() -> bool,
    /// Whether a handle may move to another thread (`Send`).
    pub is_send: fn() -> bool,
}

/// An integer constant.
#[derive(Clone, Copy, Debug)]
pub struct Constant {
    /// The C name (upper case, prefixed).
    pub name: &'static str,
    /// The Rust documentation.
    pub doc: &'static str,
    /// The value, as C writes it.
    pub value: fn() -> String,
}
