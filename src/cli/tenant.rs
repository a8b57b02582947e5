use clap::Subcommand;

use super::{complete, Env, Limit};
use crate::error::Result;
use crate::model::SettingKey;
use crate::service::tenant::{self, NewTenant};

#[derive(Debug, Subcommand)]
#[command(defer = true)]
#[command(after_help = "Examples:\n  \
    partnerctl tenant create rome --name \"Rome City App\" --timezone Europe/Rome\n  \
    partnerctl tenant list")]
pub enum TenantCmd {
    /// Create a tenant with the built-in plans and default settings
    #[command(after_help = "Examples:\n  \
        partnerctl tenant create rome --name \"Rome City App\" --timezone Europe/Rome\n  \
        partnerctl tenant create oslo --name Oslo --if-not-exists")]
    Create {
        /// Its slug: lowercase letters, digits and dashes, unique in the database
        slug: String,
        /// Its display name
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
    #[command(after_help = "Examples:\n  partnerctl tenant list\n  partnerctl tenant list --format json")]
    List {
        #[command(flatten)]
        limit: Limit,
    },
    /// Show a tenant (default: the current one)
    #[command(after_help = "Examples:\n  partnerctl tenant show\n  partnerctl tenant show demo-city")]
    Show {
        /// The tenant (slug or id) [default: --tenant, or the only one]
        // Its own id: the global --tenant is propagated to every command.
        #[arg(id = "shown_tenant", value_name = "TENANT", add = complete::tenants())]
        tenant: Option<String>,
    },
    /// Tenant settings: timezone, default_plan, member_invitation_ttl, limit defaults
    #[command(subcommand)]
    #[command(after_help = "Examples:\n  \
        partnerctl tenant settings show\n  \
        partnerctl tenant settings set default_plan pro")]
    Settings(SettingsCmd),
}

#[derive(Debug, Subcommand)]
#[command(defer = true)]
pub enum SettingsCmd {
    /// Show every setting
    #[command(
        after_help = "Examples:\n  partnerctl tenant settings show\n  partnerctl tenant settings show --format json"
    )]
    Show,
    /// Set one setting (limit values: integer or `unlimited`)
    #[command(after_help = "Examples:\n  \
        partnerctl tenant settings set member_invitation_ttl 72h\n  \
        partnerctl tenant settings set invites_per_day_per_user unlimited")]
    Set {
        /// The setting
        #[arg(value_parser = clap::builder::PossibleValuesParser::new(SettingKey::names()))]
        key: String,
        /// Its new value: a timezone, a plan, a duration (72h, 7d), an integer or `unlimited`
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
