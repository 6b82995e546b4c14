// derive: Owned
/// A statement that cannot outlive its connection.
#[owned(drop = raw::sqlite3_finalize)]
#[repr(transparent)]
pub struct Stmt<'db>(NonNull<raw::sqlite3_stmt>, PhantomData<&'db Db>);
