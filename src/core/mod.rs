//! The pure core: everything Rotta computes, with no knowledge of the browser.
//!
//! **Invariant:** nothing under `src/core/` uses Leptos, web-sys, js-sys, Gloo or
//! wasm-bindgen, or reads the clock ("today" is always a parameter). `tests/architecture.rs`
//! fails the tests if it does. Everything here runs in plain `cargo test` on the host.

pub mod calendar;
pub mod charts;
pub mod checkin;
pub mod compare;
pub mod engine;
pub mod export;
pub mod fields;
pub mod holidays;
pub mod host;
pub mod i18n;
pub mod ideas;
pub mod json;
pub mod l10n;
pub mod model;
pub mod order;
pub mod pillar;
pub mod qr;
pub mod review;
pub mod share;
pub mod store;
pub mod summary;
pub mod unknown;
pub mod validate;
pub mod wizard;
