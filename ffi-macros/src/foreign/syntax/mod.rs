//! The syntax half of `#[foreign]`: reading the block and its attributes into our
//! representation ([`ast`]), and checking it ([`check`]), with every message in
//! [`diagnostic`]. Nothing here knows how a wrapper is written, so a second
//! consumer (a header generator, a build-time tool) can use it as it is.

pub(crate) mod args;
pub(crate) mod ast;
pub(crate) mod attrs;
pub(crate) mod callback;
pub(crate) mod check;
pub(crate) mod depth;
pub(crate) mod diagnostic;
mod params;
pub(crate) mod types;
