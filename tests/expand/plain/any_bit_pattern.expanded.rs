#[automatically_derived]
unsafe impl ::ffi_runtime::__private::AnyBitPattern for Sizes {}
const _: () = {
    const fn field_is_any_bit_pattern<T: ::ffi_runtime::__private::AnyBitPattern>() {}
    field_is_any_bit_pattern::<u32>();
    field_is_any_bit_pattern::<[u8; 4]>();
};
