//! The pure core: everything Rotta computes, with no knowledge of the browser.
//!
//! **Invariant:** nothing under `src/core/` uses Leptos, web-sys, js-sys, gloo or
//! wasm-bindgen, or reads the clock ("today" is always a parameter). `tests/architecture.rs`
//! fails the build's tests if it does. Everything here runs in plain `cargo test` on the host.

pub mod model;
