use clap::Subcommand;

use super::{Env, Limit};
use crate::error::Result;
use crate::model::SettingKey;
use crate::service::tenant::{self, NewTenant};

#[derive(Debug, Subcommand)]
pub enum TenantCmd {
    /// Create a tenant with the built-in plans and default settings
    Create {
        slug: String,
        #[arg(long)]
        name: String,
        /// IANA timezone; quota days start at local midnight [default: UTC]
        #[arg(long)]
        timezone: Option<String>,
        /// Exit 0 with the existing record when it agrees with every given field
        #[arg(long)]
        if_not_exists: bool,
    },
    /// List tenants
    List {
        #[command(flatten)]
        limit: Limit,
    },
    /// Show a tenant (default: the current one)
    Show { tenant: Option<String> },
    /// Tenant settings: timezone, default_plan, member_invitation_ttl, limit defaults
    #[command(subcommand)]
    Settings(SettingsCmd),
}

#[derive(Debug, Subcommand)]
pub enum SettingsCmd {
    /// Show every setting
    Show,
    /// Set one setting (limit values: integer or `unlimited`)
    Set {
        #[arg(value_parser = clap::builder::PossibleValuesParser::new(SettingKey::names()))]
        key: String,
        value: String,
    },
}

impl TenantCmd {
    pub fn run(self, env: &Env) -> Result<()> {
        let (ctx, out) = (&env.ctx, &env.out);
        match self {
            TenantCmd::Create { slug, name, timezone, if_not_exists } => {
                let create = if if_not_exists { tenant::create_if_not_exists } else { tenant::create };
                out.changed(|| create(ctx, NewTenant { slug, name, timezone }))
            }
            TenantCmd::List { limit } => out.many(&limit.first(tenant::list(ctx)?)),
            TenantCmd::Show { tenant: t } => out.one(&tenant::show(ctx, t.as_deref())?),
            TenantCmd::Settings(SettingsCmd::Show) => out.many(&tenant::settings_show(ctx)?),
            TenantCmd::Settings(SettingsCmd::Set { key, value }) => {
                out.changed(|| tenant::settings_set(ctx, &key, &value))
            }
        }
    }
}
