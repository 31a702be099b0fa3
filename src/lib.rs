//! Rotta: a social media strategy wizard that runs entirely in the browser.
//!
//! See ARCHITECTURE.md for the map. `core` is pure and compiles without the `web` feature;
//! `storage` and `ui` are the browser shell.

pub mod core;
pub mod storage;
#[cfg(feature = "web")]
pub mod ui;
