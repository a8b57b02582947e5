use clap::Subcommand;

use super::{confirm, named, Env, Limit};
use crate::error::Result;
use crate::model::PartnerKind;
use crate::service::home;
use crate::service::partner::{self, NewPartner, PartnerChanges};

#[derive(Debug, Subcommand)]
pub enum PartnerCmd {
    /// Create a partner (on the tenant's default plan unless --plan)
    Create {
        slug: String,
        #[arg(long)]
        name: String,
        #[arg(long, value_parser = named::<PartnerKind>())]
        kind: Option<PartnerKind>,
        #[arg(long)]
        plan: Option<String>,
        /// Make this user (email or id) its first active owner
        #[arg(long)]
        owner: Option<String>,
        /// Exit 0 with the existing record when it agrees with every given field
        #[arg(long)]
        if_not_exists: bool,
    },
    /// The workspace home: your partners with role, members, events and today's invites
    #[command(
        after_help = "Examples:\n  partnerctl partner list --as maya@demo.example\n  partnerctl partner list --format csv --fields slug,plan,invites_today"
    )]
    List {
        #[command(flatten)]
        limit: Limit,
    },
    /// Show a partner
    Show { partner: String },
    /// Rename a partner or change its kind
    Update {
        partner: String,
        #[arg(long)]
        name: Option<String>,
        #[arg(long, value_parser = named::<PartnerKind>())]
        kind: Option<PartnerKind>,
    },
    /// Archive a partner: it keeps its data but cannot invite, host or take members
    Archive { partner: String },
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
