use clap::Subcommand;

use super::{complete, confirm, named, Env, Limit};
use crate::error::Result;
use crate::model::PartnerKind;
use crate::service::home;
use crate::service::partner::{self, NewPartner, PartnerChanges};

#[derive(Debug, Subcommand)]
#[command(defer = true)]
#[command(after_help = "Examples:\n  partnerctl partner list\n  partnerctl partner show blue-note")]
pub enum PartnerCmd {
    /// Create a partner (on the tenant's default plan unless --plan)
    #[command(after_help = "Examples:\n  \
        partnerctl partner create jazz-cellar --name \"Jazz Cellar\" --kind venue\n  \
        partnerctl partner create la-ola --name \"La Ola\" --owner kim@demo.example")]
    Create {
        /// Its slug: lowercase letters, digits and dashes, unique in the tenant
        slug: String,
        /// Its display name
        #[arg(long)]
        name: String,
        /// What kind of partner it is [default: organizer]
        #[arg(long, value_parser = named::<PartnerKind>())]
        kind: Option<PartnerKind>,
        /// Its plan [default: the tenant's default_plan setting]
        #[arg(long, add = complete::plans())]
        plan: Option<String>,
        /// Make this user (email or id) its first active owner
        #[arg(long, value_name = "USER", add = complete::users())]
        owner: Option<String>,
        /// Exit 0 with the existing record when it agrees with every given field
        #[arg(long)]
        if_not_exists: bool,
    },
    /// The workspace home: your partners with role, members, events and today's invites
    #[command(after_help = "Examples:\n  \
        partnerctl partner list --as maya@demo.example\n  \
        partnerctl partner list --format csv --fields slug,plan,invites_today")]
    List {
        #[command(flatten)]
        limit: Limit,
    },
    /// Show a partner
    #[command(
        after_help = "Examples:\n  partnerctl partner show blue-note\n  partnerctl partner show blue-note --format json"
    )]
    Show {
        /// The partner (slug or id)
        #[arg(add = complete::partners())]
        partner: String,
    },
    /// Rename a partner or change its kind
    #[command(after_help = "Examples:\n  partnerctl partner update old-hall --name \"The Old Hall\" --kind venue")]
    Update {
        /// The partner (slug or id)
        #[arg(add = complete::partners())]
        partner: String,
        /// The new display name
        #[arg(long)]
        name: Option<String>,
        /// The new kind
        #[arg(long, value_parser = named::<PartnerKind>())]
        kind: Option<PartnerKind>,
    },
    /// Archive a partner: it keeps its data but cannot invite, host or take members
    #[command(after_help = "Examples:\n  partnerctl partner archive old-hall --yes")]
    Archive {
        /// The partner (slug or id)
        #[arg(add = complete::partners())]
        partner: String,
    },
}

impl PartnerCmd {
    pub fn run(self, env: &Env) -> Result<()> {
        let (ctx, out) = (&env.ctx, &env.out);
        match self {
            PartnerCmd::Create { slug, name, kind, plan, owner, if_not_exists } => {
                let create = if if_not_exists { partner::create_if_not_exists } else { partner::create };
                out.changed(|| create(ctx, NewPartner { slug, name, kind, plan, owner }))
            }
            PartnerCmd::List { limit } => out.many(&limit.first(home::partners(ctx)?)),
            PartnerCmd::Show { partner: p } => out.one(&partner::show(ctx, &p)?),
            PartnerCmd::Update { partner: p, name, kind } => {
                out.changed(|| partner::update(ctx, &p, PartnerChanges { name, kind }))
            }
            PartnerCmd::Archive { partner: p } => {
                confirm::destructive(env, &format!("Archive partner {p}?"))?;
                out.changed(|| partner::archive(ctx, &p))
            }
        }
    }
}
