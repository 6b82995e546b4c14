// A struct C sees whole must have C's layout and be valid for any bytes C
// writes: named fields of integers, floats and exported structs only.
#[ffi_runtime::export(prefix = "ui_")]
pub mod api {
    #[repr(C)]
    #[derive(Clone, Copy)]
    pub struct Tuple(pub i32, pub i32);

    #[repr(C, packed)]
    #[derive(Clone, Copy)]
    pub struct Packed {
        pub a: u8,
        pub b: u32,
    }

    #[repr(C)]
    #[derive(Clone, Copy)]
    pub struct WithFlag {
        pub flag: bool,
    }

    #[repr(C)]
    #[derive(Clone, Copy)]
    pub struct WithPointer {
        pub text: *const u8,
    }

    #[repr(C)]
    pub struct NotCopy {
        pub value: u32,
    }

    #[repr(C)]
    #[derive(Clone, Copy)]
    pub struct Empty {}

    #[repr(C)]
    #[derive(Clone, Copy)]
    pub struct Private {
        pub shown: u32,
        hidden: u32,
    }

    #[repr(C)]
    #[cfg_attr(all(), repr(packed))]
    #[derive(Clone, Copy)]
    pub struct HiddenPacked {
        pub a: u8,
        pub b: u32,
    }
}

fn main() {}
