//! Shared by `user import` and `invite import`: the input file from the
//! command line, and a progress bar on stderr (only when it is a terminal).

use std::io::IsTerminal;
use std::path::PathBuf;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::error::Result;
use crate::service::import::{ImportFile, ImportSummary};

pub fn file(path: PathBuf, input_format: Option<String>) -> Result<ImportFile> {
    ImportFile::new(path, input_format.as_deref())
}

/// Runs an import with a progress bar by bytes read, cleared at the end.
pub fn with_progress(
    file: &ImportFile,
    import: impl FnOnce(&dyn Fn(u64)) -> Result<ImportSummary>,
) -> Result<ImportSummary> {
    let target =
        if std::io::stderr().is_terminal() { ProgressDrawTarget::stderr() } else { ProgressDrawTarget::hidden() };
    let size = std::fs::metadata(&file.path).map(|m| m.len()).unwrap_or(0);
    let bar = ProgressBar::with_draw_target(Some(size), target).with_style(
        ProgressStyle::with_template("{spinner} importing {msg} {wide_bar} {bytes}/{total_bytes} ({eta})")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    bar.set_message(file.name());
    let result = import(&|bytes| bar.set_position(bytes));
    bar.finish_and_clear();
    result
}
