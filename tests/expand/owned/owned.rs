// derive: Owned
/// A connection, closed with `sqlite3_close` (which reports a status).
#[owned(drop = raw::sqlite3_close, fallible)]
#[repr(transparent)]
pub struct Db(NonNull<raw::sqlite3>);
