//! Shared by `user import` and `invite import`: the input file from the
//! command line, and a progress bar on stderr (only when it is a terminal
//! and `-q` is not given).

use std::io::IsTerminal;
use std::path::PathBuf;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use super::Env;
use crate::error::Result;
use crate::import::{FileRows, ImportFile};
use crate::service::import::{self as service, ImportSummary, RowSource};

/// `user import FILE`.
pub fn users(env: &Env, path: PathBuf, input_format: Option<String>, dry_run: bool) -> Result<()> {
    let file = ImportFile::new(path, input_format.as_deref())?;
    let size = file_size(&file);
    let mut rows = FileRows::new(file);
    env.out.changed(|| {
        with_progress(env, size, &rows.name(), |progress| {
            service::users::import(&env.ctx, &mut rows, dry_run, progress)
        })
    })
}

/// `invite import FILE`.
pub fn invites(
    env: &Env,
    path: PathBuf,
    input_format: Option<String>,
    dry_run: bool,
    create_missing_users: bool,
) -> Result<()> {
    let file = ImportFile::new(path, input_format.as_deref())?;
    let input = service::invites::InviteImport { dry_run, create_missing_users };
    let size = file_size(&file);
    let mut rows = FileRows::new(file);
    env.out.changed(|| {
        with_progress(env, size, &rows.name(), |progress| {
            service::invites::import(&env.ctx, &input, &mut rows, progress)
        })
    })
}

/// Runs an import with a progress bar by bytes read, cleared at the end.
fn with_progress(
    env: &Env,
    size: u64,
    name: &str,
    import: impl FnOnce(&dyn Fn(u64)) -> Result<ImportSummary>,
) -> Result<ImportSummary> {
    let visible = std::io::stderr().is_terminal() && !env.out.quiet;
    let target = if visible { ProgressDrawTarget::stderr() } else { ProgressDrawTarget::hidden() };
    let bar = ProgressBar::with_draw_target(Some(size), target).with_style(
        ProgressStyle::with_template("{spinner} importing {msg} {wide_bar} {bytes}/{total_bytes} ({eta})")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    bar.set_message(name.to_string());
    let result = import(&|bytes| bar.set_position(bytes));
    bar.finish_and_clear();
    result
}

fn file_size(file: &ImportFile) -> u64 {
    std::fs::metadata(&file.path).map(|m| m.len()).unwrap_or(0)
}
