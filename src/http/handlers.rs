//! One handler per endpoint of SPEC §5: parse, call the CLI twin's use
//! case, render its record. Request keys are the CLI's flag names with `_`.

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Extension;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::extract::{JsonBody, Params};
use super::respond::{self, record, ApiError, ApiResult, ListFormat};
use super::App;
use crate::error::{Error, Result};
use crate::model::{
    Channel, Event, Flag, GroupBy, Invite, InviteStatus, MemberStatus, Membership, Named, Partner, Role, SortKey, User,
};
use crate::service::access::Decision;
use crate::service::access_check::{self, CheckTarget};
use crate::service::event::{self, When};
use crate::service::home::HomeRow;
use crate::service::member::patch::{self, MemberPatch};
use crate::service::member::{self, Answer, Invitation};
use crate::service::metrics::{self, DrillInput, EventQuery, LeaderboardQuery};
use crate::service::metrics::{EventMetrics, EventRow, GroupRow, LeaderRow};
use crate::service::plan::LimitRow;
use crate::service::token::Bearer;
use crate::service::{home, invite, partner, plan, user};

type Auth = Extension<Bearer>;

fn parse<T: Named>(value: Option<&str>) -> Result<Option<T>> {
    value.map(T::parse).transpose()
}

fn parse_all<T: Named>(values: &[String]) -> Result<Vec<T>> {
    values.iter().map(|v| T::parse(v)).collect()
}

#[utoipa::path(get, path = "/healthz", tag = "operations", security(()), responses((status = 200, description = "The database answers", body = Object, example = json!({"status": "ok"})), (status = 503, description = "The database does not answer", body = ApiError)))]
/// `GET /v1/healthz`: 200 when the database answers a read, else 503.
pub async fn healthz(State(app): State<App>) -> ApiResult {
    app.pool.run(|store| store.read().map(drop)).await?;
    record(StatusCode::OK, &serde_json::json!({ "status": "ok" }))
}

#[utoipa::path(get, path = "/v1/openapi.json", tag = "operations", security(()), responses((status = 200, description = "This document (OpenAPI 3.1)", content_type = "application/json")))]
pub async fn openapi_json() -> Response {
    ([(axum::http::header::CONTENT_TYPE, respond::JSON)], super::openapi::document()).into_response()
}

pub async fn unknown_path(method: axum::http::Method, uri: axum::http::Uri) -> Response {
    let err = Error::new(crate::error::Kind::NotFound, format!("no endpoint {method} {}", uri.path()))
        .detail("entity", "endpoint")
        .detail("reference", uri.path());
    ApiError(err).into_response()
}

#[utoipa::path(get, path = "/v1/me", tag = "workspace", responses((status = 200, description = "The token's user (`user show`)", body = User)))]
pub async fn me(State(app): State<App>, Extension(bearer): Auth) -> ApiResult {
    let me = bearer.user_id.clone();
    record(StatusCode::OK, &app.call(bearer, move |ctx| user::show(ctx, &me)).await?)
}

#[utoipa::path(get, path = "/v1/partners", tag = "workspace", responses((status = 200, description = "The workspace home (`partner list`)", content((Vec<HomeRow> = "application/json"), (String = "text/csv"), (String = "application/x-ndjson")))))]
pub async fn partners(State(app): State<App>, Extension(bearer): Auth, headers: HeaderMap) -> ApiResult {
    respond::list(ListFormat::of(&headers), &app.call(bearer, home::partners).await?)
}

#[utoipa::path(get, path = "/v1/partners/{partner}", tag = "workspace", params(("partner" = String, Path, description = "Partner slug or id")), responses((status = 200, description = "One partner (`partner show`)", body = Partner)))]
pub async fn partner_show(State(app): State<App>, Extension(bearer): Auth, Path(p): Path<String>) -> ApiResult {
    record(StatusCode::OK, &app.call(bearer, move |ctx| partner::show(ctx, &p)).await?)
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct MembersQuery {
    #[param(value_type = Option<MemberStatus>)]
    status: Option<String>,
}

#[utoipa::path(get, path = "/v1/partners/{partner}/members", tag = "members", params(("partner" = String, Path, description = "Partner slug or id"), MembersQuery), responses((status = 200, description = "Members (`member list`)", content((Vec<Membership> = "application/json"), (String = "text/csv"), (String = "application/x-ndjson")))))]
pub async fn members(
    State(app): State<App>,
    Extension(bearer): Auth,
    Path(p): Path<String>,
    Params(q): Params<MembersQuery>,
    headers: HeaderMap,
) -> ApiResult {
    let status = parse::<MemberStatus>(q.status.as_deref())?;
    respond::list(ListFormat::of(&headers), &app.call(bearer, move |ctx| member::list(ctx, &p, status)).await?)
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct InviteMemberBody {
    user: String,
    #[schema(value_type = Option<Role>)]
    role: Option<String>,
    #[serde(default)]
    #[schema(value_type = Vec<Flag>)]
    grant: Vec<String>,
    #[serde(default)]
    #[schema(value_type = Vec<Flag>)]
    revoke: Vec<String>,
    expires_in: Option<String>,
    #[serde(default)]
    resend: bool,
}

#[utoipa::path(post, path = "/v1/partners/{partner}/members", tag = "members", params(("partner" = String, Path, description = "Partner slug or id")), request_body = InviteMemberBody, responses((status = 201, description = "The invitation with its one-time `invite_code` (`member invite`)", body = Membership)))]
pub async fn member_invite(
    State(app): State<App>,
    Extension(bearer): Auth,
    Path(partner): Path<String>,
    JsonBody(body): JsonBody<InviteMemberBody>,
) -> ApiResult {
    let input = Invitation {
        partner,
        user: body.user,
        role: parse::<Role>(body.role.as_deref())?,
        grant: parse_all::<Flag>(&body.grant)?,
        revoke: parse_all::<Flag>(&body.revoke)?,
        expires_in: body.expires_in,
        resend: body.resend,
    };
    record(StatusCode::CREATED, &app.call(bearer, move |ctx| member::invite(ctx, input)).await?)
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AcceptBody {
    code: String,
}

#[utoipa::path(post, path = "/v1/memberships/accept", tag = "members", request_body = AcceptBody, responses((status = 200, description = "The accepted membership (`member accept --code`)", body = Membership)))]
pub async fn membership_accept(
    State(app): State<App>,
    Extension(bearer): Auth,
    JsonBody(body): JsonBody<AcceptBody>,
) -> ApiResult {
    record(StatusCode::OK, &app.call(bearer, move |ctx| member::accept(ctx, Answer::Code(body.code))).await?)
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MemberPatchBody {
    #[schema(value_type = Option<Role>)]
    role: Option<String>,
    #[serde(default)]
    keep_perms: bool,
    #[serde(default)]
    #[schema(value_type = Vec<Flag>)]
    grant: Vec<String>,
    #[serde(default)]
    #[schema(value_type = Vec<Flag>)]
    revoke: Vec<String>,
    #[schema(value_type = Option<MemberStatus>)]
    status: Option<String>,
}

#[utoipa::path(patch, path = "/v1/partners/{partner}/members/{user}", tag = "members", params(("partner" = String, Path, description = "Partner slug or id"), ("user" = String, Path, description = "User email or id")), request_body = MemberPatchBody, responses((status = 200, description = "The changed membership (`member set-role/set-perms/suspend/reactivate`, in one transaction)", body = Membership)))]
pub async fn member_change(
    State(app): State<App>,
    Extension(bearer): Auth,
    Path((partner, user)): Path<(String, String)>,
    JsonBody(body): JsonBody<MemberPatchBody>,
) -> ApiResult {
    let change = MemberPatch {
        role: parse::<Role>(body.role.as_deref())?,
        keep_perms: body.keep_perms,
        grant: parse_all::<Flag>(&body.grant)?,
        revoke: parse_all::<Flag>(&body.revoke)?,
        status: parse::<MemberStatus>(body.status.as_deref())?,
    };
    record(StatusCode::OK, &app.call(bearer, move |ctx| patch::apply(ctx, &partner, &user, change)).await?)
}

#[utoipa::path(delete, path = "/v1/partners/{partner}/members/{user}", tag = "members", params(("partner" = String, Path, description = "Partner slug or id"), ("user" = String, Path, description = "User email or id")), responses((status = 204, description = "Removed (`member remove`)")))]
pub async fn member_remove(
    State(app): State<App>,
    Extension(bearer): Auth,
    Path((partner, user)): Path<(String, String)>,
) -> ApiResult {
    app.call(bearer, move |ctx| member::remove(ctx, &partner, &user)).await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct EventsQuery {
    partner: Option<String>,
    #[serde(default)]
    upcoming: bool,
    #[serde(default)]
    past: bool,
}

#[utoipa::path(get, path = "/v1/events", tag = "events", params(EventsQuery), responses((status = 200, description = "Events (`event list`)", content((Vec<Event> = "application/json"), (String = "text/csv"), (String = "application/x-ndjson")))))]
pub async fn events(
    State(app): State<App>,
    Extension(bearer): Auth,
    Params(q): Params<EventsQuery>,
    headers: HeaderMap,
) -> ApiResult {
    let when = match (q.upcoming, q.past) {
        (true, true) => return Err(Error::usage("upcoming and past exclude each other").into()),
        (true, false) => Some(When::Upcoming),
        (false, true) => Some(When::Past),
        (false, false) => None,
    };
    let events = app.call(bearer, move |ctx| event::list(ctx, q.partner.as_deref(), when, None)).await?;
    respond::list(ListFormat::of(&headers), &events)
}

#[utoipa::path(get, path = "/v1/events/{event}", tag = "events", params(("event" = String, Path, description = "Event slug or id")), responses((status = 200, description = "One event (`event show`)", body = Event)))]
pub async fn event_show(State(app): State<App>, Extension(bearer): Auth, Path(e): Path<String>) -> ApiResult {
    record(StatusCode::OK, &app.call(bearer, move |ctx| event::show(ctx, &e)).await?)
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SendBody {
    receiver: String,
    on_behalf_of: Option<String>,
    #[schema(value_type = Option<Channel>)]
    channel: Option<String>,
}

#[utoipa::path(post, path = "/v1/events/{event}/invites", tag = "invites", params(("event" = String, Path, description = "Event slug or id")), request_body = SendBody, responses((status = 201, description = "The invite sent (`invite send`)", body = Invite)))]
pub async fn invite_send(
    State(app): State<App>,
    Extension(bearer): Auth,
    Path(event): Path<String>,
    JsonBody(body): JsonBody<SendBody>,
) -> ApiResult {
    let input = invite::NewInvite {
        event,
        receiver: body.receiver,
        on_behalf_of: body.on_behalf_of,
        channel: parse::<Channel>(body.channel.as_deref())?.unwrap_or(Channel::InApp),
    };
    record(StatusCode::CREATED, &app.call(bearer, move |ctx| invite::send(ctx, input)).await?)
}

#[utoipa::path(get, path = "/v1/invites/{invite}", tag = "invites", params(("invite" = String, Path, description = "Invite id")), responses((status = 200, description = "One invite (`invite show`)", body = Invite)))]
pub async fn invite_show(State(app): State<App>, Extension(bearer): Auth, Path(id): Path<String>) -> ApiResult {
    record(StatusCode::OK, &app.call(bearer, move |ctx| invite::show(ctx, &id)).await?)
}

#[utoipa::path(post, path = "/v1/invites/{invite}/view", tag = "invites", params(("invite" = String, Path, description = "Invite id")), responses((status = 200, description = "The invite, viewed by its receiver (`invite view`)", body = Invite)))]
pub async fn invite_view(State(app): State<App>, Extension(bearer): Auth, Path(id): Path<String>) -> ApiResult {
    record(StatusCode::OK, &app.call(bearer, move |ctx| invite::view(ctx, &id)).await?)
}

#[utoipa::path(post, path = "/v1/invites/{invite}/accept", tag = "invites", params(("invite" = String, Path, description = "Invite id")), responses((status = 200, description = "The invite, accepted by its receiver (`invite accept`)", body = Invite)))]
pub async fn invite_accept(State(app): State<App>, Extension(bearer): Auth, Path(id): Path<String>) -> ApiResult {
    record(StatusCode::OK, &app.call(bearer, move |ctx| invite::accept(ctx, &id)).await?)
}

#[utoipa::path(post, path = "/v1/invites/{invite}/decline", tag = "invites", params(("invite" = String, Path, description = "Invite id")), responses((status = 200, description = "The invite, declined by its receiver (`invite decline`)", body = Invite)))]
pub async fn invite_decline(State(app): State<App>, Extension(bearer): Auth, Path(id): Path<String>) -> ApiResult {
    record(StatusCode::OK, &app.call(bearer, move |ctx| invite::decline(ctx, &id)).await?)
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct MetricsQuery {
    #[param(value_type = Option<GroupBy>)]
    by: Option<String>,
    since: Option<String>,
    until: Option<String>,
    #[param(value_type = Option<SortKey>)]
    sort: Option<String>,
}

#[utoipa::path(get, path = "/v1/events/{event}/metrics", tag = "metrics", params(("event" = String, Path, description = "Event slug or id"), MetricsQuery), responses((status = 200, description = "The funnel per inviter or issuer (`metrics event`); CSV and NDJSON carry the rows only", content((EventMetrics = "application/json"), (String = "text/csv"), (String = "application/x-ndjson")))))]
/// `{event, group_by, rows, totals}` as JSON; CSV and NDJSON carry the rows
/// only, as `metrics event --format csv|jsonl` prints them.
pub async fn event_metrics(
    State(app): State<App>,
    Extension(bearer): Auth,
    Path(event): Path<String>,
    Params(q): Params<MetricsQuery>,
    headers: HeaderMap,
) -> ApiResult {
    let by = parse::<GroupBy>(q.by.as_deref())?.unwrap_or(GroupBy::Inviter);
    let query = EventQuery { event, by, since: q.since, until: q.until, sort: q.sort };
    let m = app.call(bearer, move |ctx| metrics::event(ctx, query)).await?;
    match ListFormat::of(&headers) {
        ListFormat::Json => record(StatusCode::OK, &m),
        format => respond::list_like(format, &m.rows, &GroupRow::empty(by)),
    }
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct DrillQuery {
    #[param(example = "partner:blue-note")]
    inviter: Option<String>,
    issuer: Option<String>,
    #[param(value_type = Option<InviteStatus>)]
    status: Option<String>,
    since: Option<String>,
    until: Option<String>,
    limit: Option<u64>,
    after: Option<String>,
}

/// A page of the drill-down.
#[derive(Serialize, ToSchema)]
pub struct DrillPage {
    rows: Vec<Invite>,
    /// The `after` of the next page; null on the last one.
    next_after: Option<String>,
}

const PAGE_DEFAULT: u64 = 100;
const PAGE_MAX: u64 = 1000;

#[utoipa::path(get, path = "/v1/events/{event}/invites", tag = "metrics", params(("event" = String, Path, description = "Event slug or id"), DrillQuery), responses((status = 200, description = "One page of the drill-down (`metrics event --drill`); CSV and NDJSON stream every matching row", content((DrillPage = "application/json"), (String = "text/csv"), (String = "application/x-ndjson")))))]
/// The drill-down (`metrics event --drill`): one page `{rows, next_after}`
/// as JSON; every matching row (from `after`, up to `limit` when given)
/// streamed as CSV or NDJSON.
pub async fn drill(
    State(app): State<App>,
    Extension(bearer): Auth,
    Path(event): Path<String>,
    Params(q): Params<DrillQuery>,
    headers: HeaderMap,
) -> ApiResult {
    let format = ListFormat::of(&headers);
    let mut input = DrillInput {
        event,
        inviter: q.inviter,
        issuer: q.issuer,
        status: parse::<InviteStatus>(q.status.as_deref())?,
        since: q.since,
        until: q.until,
        limit: q.limit,
        after: q.after,
    };
    if format != ListFormat::Json {
        let (tx, rx) = respond::channel();
        tokio::spawn(async move {
            let failed = tx.clone();
            let job = app.call(bearer, move |ctx| {
                respond::produce::<Invite>(format, tx, |stream| {
                    metrics::drill(ctx, input, &mut |i| stream.row(i)).map(|_next| ())
                });
                Ok(())
            });
            // A failure before the use case ran (no store, a bad clock).
            if let Err(err) = job.await {
                let _ = failed.send(Err(err)).await;
            }
        });
        return respond::streamed(format, rx).await;
    }
    let limit = q.limit.unwrap_or(PAGE_DEFAULT);
    if !(1..=PAGE_MAX).contains(&limit) {
        return Err(Error::invalid_input(format!("invalid limit {limit}: a page holds 1 to {PAGE_MAX} rows")).into());
    }
    // Core reads one row more than the page to tell whether another follows.
    input.limit = Some(limit);
    let (rows, next_after) = app
        .call(bearer, move |ctx| {
            let mut rows = Vec::new();
            let next_after = metrics::drill(ctx, input, &mut |i| {
                rows.push(i.clone());
                Ok(())
            })?;
            Ok((rows, next_after))
        })
        .await?;
    record(StatusCode::OK, &DrillPage { rows, next_after })
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct WindowQuery {
    since: Option<String>,
    until: Option<String>,
}

#[utoipa::path(get, path = "/v1/partners/{partner}/metrics", tag = "metrics", params(("partner" = String, Path, description = "Partner slug or id"), WindowQuery), responses((status = 200, description = "One row per managed event (`metrics partner`)", content((Vec<EventRow> = "application/json"), (String = "text/csv"), (String = "application/x-ndjson")))))]
pub async fn partner_metrics(
    State(app): State<App>,
    Extension(bearer): Auth,
    Path(p): Path<String>,
    Params(q): Params<WindowQuery>,
    headers: HeaderMap,
) -> ApiResult {
    let m = app.call(bearer, move |ctx| metrics::partner(ctx, &p, q.since.as_deref(), q.until.as_deref())).await?;
    respond::list(ListFormat::of(&headers), &m.rows)
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct LeaderboardParams {
    event: Option<String>,
    #[param(value_type = Option<GroupBy>)]
    by: Option<String>,
    top: Option<u32>,
    since: Option<String>,
    until: Option<String>,
}

#[utoipa::path(get, path = "/v1/partners/{partner}/leaderboard", tag = "metrics", params(("partner" = String, Path, description = "Partner slug or id"), LeaderboardParams), responses((status = 200, description = "Ranked rows (`metrics leaderboard`)", content((Vec<LeaderRow> = "application/json"), (String = "text/csv"), (String = "application/x-ndjson")))))]
/// Ranks as `metrics leaderboard` prints them (top 10 unless `top`).
pub async fn leaderboard(
    State(app): State<App>,
    Extension(bearer): Auth,
    Path(partner): Path<String>,
    Params(q): Params<LeaderboardParams>,
    headers: HeaderMap,
) -> ApiResult {
    let query = LeaderboardQuery {
        partner,
        event: q.event,
        by: parse::<GroupBy>(q.by.as_deref())?.unwrap_or(GroupBy::Inviter),
        top: q.top.unwrap_or(10),
        since: q.since,
        until: q.until,
    };
    let shape = LeaderRow { rank: 0, row: GroupRow::empty(query.by) };
    let rows = app.call(bearer, move |ctx| metrics::leaderboard(ctx, query)).await?;
    respond::list_like(ListFormat::of(&headers), &rows, &shape)
}

#[utoipa::path(get, path = "/v1/partners/{partner}/plan", tag = "workspace", params(("partner" = String, Path, description = "Partner slug or id")), responses((status = 200, description = "Limits with used, remaining, resets_at (`plan show`)", content((Vec<LimitRow> = "application/json"), (String = "text/csv"), (String = "application/x-ndjson")))))]
pub async fn plan(
    State(app): State<App>,
    Extension(bearer): Auth,
    Path(p): Path<String>,
    headers: HeaderMap,
) -> ApiResult {
    respond::list(ListFormat::of(&headers), &app.call(bearer, move |ctx| plan::show(ctx, &p)).await?)
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct AccessQuery {
    partner: Option<String>,
    event: Option<String>,
}

#[utoipa::path(get, path = "/v1/access/{permission}", tag = "workspace", params(("permission" = Flag, Path, description = "One of the five permission flags"), AccessQuery), responses((status = 200, description = "The decision of `access check`, allowed or not", body = Decision)))]
/// The decision of `access check`, 200 whether allowed or not.
pub async fn access(
    State(app): State<App>,
    Extension(bearer): Auth,
    Path(permission): Path<String>,
    Params(q): Params<AccessQuery>,
) -> ApiResult {
    let flag = Flag::parse(&permission)?;
    let target = match (q.partner, q.event) {
        (Some(p), None) => CheckTarget::Partner(p),
        (None, Some(e)) => CheckTarget::Event(e),
        _ => return Err(Error::usage("give exactly one of partner and event").into()),
    };
    record(StatusCode::OK, &app.call(bearer, move |ctx| access_check::check(ctx, flag, target)).await?)
}
