use clap::{Args, ValueEnum};

use super::Env;
use crate::error::{Error, Result};

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum DemoSize {
    Small,
    Large,
}

#[derive(Debug, Args)]
pub struct DemoArgs {
    #[arg(long, value_enum, default_value_t = DemoSize::Small)]
    size: DemoSize,
    #[arg(long, default_value_t = 42)]
    seed: u64,
}

impl DemoArgs {
    pub fn run(self, _env: &Env) -> Result<()> {
        Err(Error::internal("demo is not implemented yet"))
    }
}
