// derive: Value
/// Flags where every value is harmless to C.
#[value(any_value)]
#[repr(transparent)]
pub struct Flags(c_int);
