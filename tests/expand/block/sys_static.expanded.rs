/// The C functions this block wraps, re-exported from where they are
/// declared (`sys = ..`): callable in `unsafe` code. The functions of
/// the same names outside this module are their safe wrappers.
#[allow(missing_docs, unused_imports)]
pub mod raw {
    #[allow(clippy::wildcard_imports)]
    use super::*;
    pub(super) use c_sys::table;
}
const _: () = {
    #[allow(dead_code, unused_unsafe)]
    fn declared_type_of_the_static() {
        let found = ::ffi_runtime::__private::pointee(unsafe { &raw const raw::table });
        ::ffi_runtime::__private::same_type::<[u8]>(found);
    }
};
#[allow(unused_imports)]
use self::raw::table;
