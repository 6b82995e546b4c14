#[automatically_derived]
unsafe impl ::ffi_runtime::__private::PointerFree for Point {}
const _: () = {
    const fn field_is_pointer_free<T: ?Sized + ::ffi_runtime::__private::PointerFree>() {}
    field_is_pointer_free::<c_int>();
    field_is_pointer_free::<c_int>();
};
