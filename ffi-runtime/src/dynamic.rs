//! Loading a C library at run time (`dlopen`), for the blocks of `#[foreign]`
//! that load rather than link: the platform layer under their generated
//! tables, usable by hand too.
//!
//! A loaded [`Library`] is never unloaded (unless [`Library::close`], which is
//! `unsafe`): it is leaked on purpose, so that the `'static` function pointers
//! resolved from it are honest. Loading runs the library's initializers, which
//! is why every way to load is `unsafe`. `dlerror` is read by libloading right
//! after each failing call, under its lock where the platform's `dlerror` is not
//! thread-safe, and copied into the error at once.

use core::ffi::{CStr, c_void};
use core::fmt;
use libloading::os::unix::{Library as OsLibrary, RTLD_LOCAL, RTLD_NOW};
use std::mem::ManuallyDrop;

/// A C library loaded for the rest of the process.
pub struct Library {
    /// `dlopen`'s handle, never passed to `dlclose` but by [`Library::close`].
    handle: *mut c_void,
    /// The file that was loaded (from `dlinfo` where there is one), or the
    /// name it was loaded by.
    path: String,
}

// SAFETY: a `dlopen` handle may be used from any thread (`dlsym`, `dlvsym` and
// `dlinfo` are thread-safe), and `Library` never changes it.
unsafe impl Send for Library {}
// SAFETY: as above; `&Library` only reads the handle.
unsafe impl Sync for Library {}

impl fmt::Debug for Library {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Library")
            .field("path", &self.path)
            .finish_non_exhaustive()
    }
}

/// A symbol a table asks for.
#[derive(Debug, Clone, Copy)]
pub struct Wanted {
    /// The symbol's name.
    pub name: &'static CStr,
    /// `Some(version)`: looked up with `dlvsym` (glibc's symbol versions); on
    /// other C libraries, the default version by name.
    pub version: Option<&'static CStr>,
    /// An optional symbol may be missing without failing the load.
    pub optional: bool,
}

impl Library {
    /// Loads the first of `names` that loads (`RTLD_NOW | RTLD_LOCAL`), for the
    /// rest of the process.
    ///
    /// # Errors
    ///
    /// When none loads: every name tried, each with its `dlerror` text (a
    /// `libc.so` that is a linker script fails with "invalid ELF header", and
    /// the next name is tried).
    ///
    /// # Safety
    ///
    /// Loading runs the library's initializers (and those of what it depends
    /// on): the caller vouches for whatever they do.
    pub unsafe fn open_first(names: &[&str]) -> Result<&'static Library, LoadError> {
        let mut tried = Vec::with_capacity(names.len());
        for name in names {
            // SAFETY: the caller vouches for the initializers.
            match unsafe { OsLibrary::open(Some(*name), RTLD_NOW | RTLD_LOCAL) } {
                Ok(library) => {
                    let handle = library.into_raw();
                    let path = loaded_path(handle).unwrap_or_else(|| (*name).to_owned());
                    return Ok(Box::leak(Box::new(Library { handle, path })));
                }
                Err(error) => tried.push(((*name).to_owned(), error_text(&error))),
            }
        }
        Err(LoadError::NotFound { tried })
    }

    /// The file that was loaded.
    #[must_use]
    pub fn path(&self) -> &str {
        &self.path
    }

    /// The address of each wanted symbol (`None` for an optional one that is
    /// missing), in order.
    ///
    /// # Errors
    ///
    /// When required symbols are missing: all of them, with the library's path.
    pub fn resolve(&self, wanted: &[Wanted]) -> Result<Vec<Option<*mut c_void>>, LoadError> {
        let mut found = Vec::with_capacity(wanted.len());
        let mut missing = Vec::new();
        for symbol in wanted {
            let address = self.address(symbol);
            if address.is_none() && !symbol.optional {
                missing.push(symbol.name.to_string_lossy().into_owned());
            }
            found.push(address);
        }
        if missing.is_empty() {
            Ok(found)
        } else {
            Err(LoadError::Missing {
                library: self.path.clone(),
                symbols: missing,
            })
        }
    }

    /// The symbol's address; `None` when missing (or NULL: a table has no use
    /// for a NULL function).
    fn address(&self, symbol: &Wanted) -> Option<*mut c_void> {
        // glibc's `dlvsym` crashes on an empty version: no symbol has one.
        if symbol.version.is_some_and(CStr::is_empty) {
            return None;
        }
        if let Some(version) = symbol.version {
            #[cfg(all(target_os = "linux", target_env = "gnu"))]
            {
                // SAFETY: a live handle and two NUL-terminated strings.
                let address =
                    unsafe { libc::dlvsym(self.handle, symbol.name.as_ptr(), version.as_ptr()) };
                return (!address.is_null()).then_some(address);
            }
            #[cfg(not(all(target_os = "linux", target_env = "gnu")))]
            let _ = version;
        }
        // Borrowed for one lookup: the handle stays open (not dropped).
        // SAFETY: the handle came from `OsLibrary::into_raw` and is still open.
        let library = ManuallyDrop::new(unsafe { OsLibrary::from_raw(self.handle) });
        // SAFETY: only the address is read, as a plain pointer; what it is, is
        // the caller's declaration's claim.
        let symbol = unsafe { library.get::<*mut c_void>(symbol.name) }.ok()?;
        let address = *symbol;
        (!address.is_null()).then_some(address)
    }

    /// Unloads the library (`dlclose`).
    ///
    /// Never close a library a `#[foreign(load = ..)]` block holds (what its
    /// `raw::load()` or `raw::load_from` returned): every safe wrapper of that
    /// block, in any crate, would then call code that is gone.
    ///
    /// # Safety
    ///
    /// Nothing resolved from it is used again, by any thread: no function
    /// pointer, no static, no thread-local destructor it registered (glibc runs
    /// those later, from code that would be gone), and `self` is not used after.
    pub unsafe fn close(&'static self) {
        // SAFETY: the handle came from `into_raw`; the caller promises it is
        // not used again.
        drop(unsafe { OsLibrary::from_raw(self.handle) });
    }
}

/// The path of the file behind `handle`, from `dlinfo` (glibc).
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn loaded_path(handle: *mut c_void) -> Option<String> {
    /// The head of glibc's `struct link_map`.
    #[repr(C)]
    struct LinkMap {
        l_addr: usize,
        l_name: *const core::ffi::c_char,
    }
    let mut map: *mut LinkMap = core::ptr::null_mut();
    // SAFETY: a live handle; `RTLD_DI_LINKMAP` writes a `struct link_map *`.
    let status = unsafe {
        libc::dlinfo(
            handle,
            libc::RTLD_DI_LINKMAP,
            (&raw mut map).cast::<c_void>(),
        )
    };
    if status != 0 || map.is_null() {
        return None;
    }
    // SAFETY: glibc's link map of a loaded object: `l_name` is its path, a C string.
    let name = unsafe { (*map).l_name };
    if name.is_null() {
        return None;
    }
    // SAFETY: as above.
    let name = unsafe { CStr::from_ptr(name) }
        .to_string_lossy()
        .into_owned();
    (!name.is_empty()).then_some(name)
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn loaded_path(_: *mut c_void) -> Option<String> {
    None
}

/// `dlerror`'s text, as libloading copied it.
fn error_text(error: &libloading::Error) -> String {
    use std::error::Error as _;
    error
        .source()
        .map_or_else(|| error.to_string(), ToString::to_string)
}

/// Why a library could not be used.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum LoadError {
    /// No name loaded: each name tried, with its `dlerror` text.
    NotFound {
        /// `(name, dlerror)`, in the order tried.
        tried: Vec<(String, String)>,
    },
    /// The library loaded, but lacks required symbols.
    Missing {
        /// The file that was loaded.
        library: String,
        /// Every required symbol it lacks.
        symbols: Vec<String>,
    },
    /// `load_from(path)` when the block's table holds another library already
    /// (it is made once per process).
    AlreadyLoaded {
        /// The path asked for.
        requested: String,
        /// The library the table holds.
        loaded: String,
    },
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::NotFound { tried } => {
                f.write_str("could not load the library; tried ")?;
                for (index, (name, error)) in tried.iter().enumerate() {
                    let separator = if index == 0 { "" } else { ", " };
                    write!(f, "{separator}{name} ({error})")?;
                }
                Ok(())
            }
            LoadError::Missing { library, symbols } => write!(
                f,
                "{library} lacks {} required symbol{}: {}",
                symbols.len(),
                if symbols.len() == 1 { "" } else { "s" },
                symbols.join(", ")
            ),
            LoadError::AlreadyLoaded { requested, loaded } => write!(
                f,
                "{requested} was not loaded: the table holds {loaded} already (it is made once per process)"
            ),
        }
    }
}

impl std::error::Error for LoadError {}

#[cfg(test)]
mod tests {
    use super::LoadError;

    /// What a table reports, built without `dlopen` (so Miri runs it).
    #[test]
    fn errors_list_every_name_and_every_symbol() {
        let not_found = LoadError::NotFound {
            tried: vec![
                (
                    "libz.so.9".to_owned(),
                    "libz.so.9: cannot open shared object file".to_owned(),
                ),
                (
                    "libc.so".to_owned(),
                    "libc.so: invalid ELF header".to_owned(),
                ),
            ],
        };
        assert_eq!(
            not_found.to_string(),
            "could not load the library; tried libz.so.9 (libz.so.9: cannot open shared object file), libc.so (libc.so: invalid ELF header)"
        );
        let missing = LoadError::Missing {
            library: "/lib/libsqlite3.so.0".to_owned(),
            symbols: vec!["a".to_owned(), "b".to_owned()],
        };
        assert_eq!(
            missing.to_string(),
            "/lib/libsqlite3.so.0 lacks 2 required symbols: a, b"
        );
        let one = LoadError::Missing {
            library: "x.so".to_owned(),
            symbols: vec!["a".to_owned()],
        };
        assert_eq!(one.to_string(), "x.so lacks 1 required symbol: a");
        let again = LoadError::AlreadyLoaded {
            requested: "b.so".to_owned(),
            loaded: "a.so".to_owned(),
        };
        assert_eq!(
            again.to_string(),
            "b.so was not loaded: the table holds a.so already (it is made once per process)"
        );
    }
}
