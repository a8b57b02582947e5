//! Import files (SPEC §2.8) read for the core's import use cases: CSV with
//! a header row or JSONL, streamed one row at a time.

mod jsonl;
mod lines;
mod reader;

pub use reader::{FileRows, ImportFile, InputFormat};
