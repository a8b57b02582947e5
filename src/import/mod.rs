//! Import files (SPEC §2.8) read for the core's import use cases: CSV with
//! a header row or JSONL, streamed one row at a time.

mod jsonl;
mod lines;
mod reader;

pub use reader::{FileRows, ImportFile, InputFormat};

use partnerctl_core::service::import::{Column, Step};

/// A row with every required column filled is ready; else the first gap
/// is its line error (CSV and JSONL alike).
fn missing_required(columns: &[Column], values: &[String]) -> Step {
    match columns.iter().zip(values).find(|(c, v)| c.required && v.is_empty()) {
        Some((c, _)) => Step::Invalid(format!("{} is required", c.name)),
        None => Step::Row,
    }
}
