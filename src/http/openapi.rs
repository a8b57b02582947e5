//! The OpenAPI 3.1 document of the API, generated from the handlers'
//! annotations and the records' schemas (utoipa). The refusals every
//! authenticated endpoint shares are added here once, not per handler.
//! `docs/openapi.json` holds the committed copy; a test keeps them equal.

use utoipa::openapi::path::{HttpMethod, Operation};
use utoipa::openapi::schema::{ObjectBuilder, Type};
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::openapi::{Header, OpenApi as Document, Ref, RefOr, Response, ResponseBuilder, Schema};
use utoipa::{Modify, OpenApi, PartialSchema, ToSchema};

use super::handlers;
use super::respond::ApiError;
use crate::model::{Flag, GroupBy, InviteStatus, MemberStatus, SortKey};

#[derive(OpenApi)]
#[openapi(
    info(
        title = "partnerctl HTTP API",
        description = "The Partner Workspace over HTTP (SPEC §5): the command line's use cases, records and \
                       error objects, as the token's user with every permission enforced."
    ),
    paths(
        handlers::healthz,
        handlers::openapi_json,
        handlers::me,
        handlers::partners,
        handlers::partner_show,
        handlers::members,
        handlers::member_invite,
        handlers::membership_accept,
        handlers::member_change,
        handlers::member_remove,
        handlers::events,
        handlers::event_show,
        handlers::invite_send,
        handlers::invite_show,
        handlers::invite_view,
        handlers::invite_accept,
        handlers::invite_decline,
        handlers::event_metrics,
        handlers::drill,
        handlers::partner_metrics,
        handlers::leaderboard,
        handlers::plan,
        handlers::access,
    ),
    // Named only by path and query parameters, which utoipa does not collect.
    components(schemas(Flag, MemberStatus, GroupBy, SortKey, InviteStatus)),
    modifiers(&Refusals),
    security(("bearer" = []))
)]
struct ApiDoc;

/// The document as `GET /v1/openapi.json` serves it.
pub fn document() -> String {
    ApiDoc::openapi().to_pretty_json().expect("the document serializes") + "\n"
}

/// The error object of SPEC §2.7: `code` and `message`, a `hint` where
/// useful, and the details of the code (`permission`, `limit_key`…).
impl PartialSchema for ApiError {
    fn schema() -> RefOr<Schema> {
        let text = || ObjectBuilder::new().schema_type(Type::String);
        let object = ObjectBuilder::new()
            .schema_type(Type::Object)
            .property("code", text().description(Some("The machine code of SPEC §2.7")))
            .property("message", text())
            .property("hint", text())
            .required("code")
            .required("message");
        ObjectBuilder::new().schema_type(Type::Object).property("error", object).required("error").into()
    }
}

impl ToSchema for ApiError {
    fn name() -> std::borrow::Cow<'static, str> {
        "Error".into()
    }
}

/// Statuses an authenticated endpoint may answer besides its own.
const COMMON: [(u16, &str); 7] = [
    (400, "Bad request: malformed JSON, an unknown key, a bad value (`usage`, `invalid_input`)"),
    (401, "Missing, unknown, expired or revoked token (`unauthenticated`)"),
    (403, "The token's user lacks the permission named in `permission` (`permission_denied`)"),
    (404, "Unknown record (`not_found`)"),
    (413, "Request body over 1 MiB"),
    (500, "Bug (`internal`)"),
    (503, "Database busy or unreachable, or the request timed out (`database`); Retry-After: 1"),
];
/// What a mutation may answer besides.
const STATE: (u16, &str) = (409, "The request contradicts the current state (SPEC §2.7 exit-5 codes)");
const QUOTA: (u16, &str) =
    (429, "A limit of SPEC §1.7 would be exceeded (`quota_exceeded`); Retry-After: seconds until resets_at");

struct Refusals;

impl Modify for Refusals {
    fn modify(&self, doc: &mut Document) {
        let components = doc.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
        components.schemas.insert(ApiError::name().into_owned(), ApiError::schema());
        for item in doc.paths.paths.values_mut() {
            let operations = [
                (HttpMethod::Get, &mut item.get),
                (HttpMethod::Post, &mut item.post),
                (HttpMethod::Patch, &mut item.patch),
                (HttpMethod::Delete, &mut item.delete),
            ];
            for (method, operation) in operations {
                if let Some(op) = operation.as_mut() {
                    add_refusals(method, op);
                }
            }
        }
    }
}

fn add_refusals(method: HttpMethod, op: &mut Operation) {
    // Only the unauthenticated endpoints name their own security (none).
    if op.security.is_some() {
        return;
    }
    let mut statuses = COMMON.to_vec();
    if method != HttpMethod::Get {
        statuses.push(STATE);
    }
    if method == HttpMethod::Post {
        statuses.push(QUOTA);
    }
    for (status, description) in statuses {
        op.responses.responses.entry(status.to_string()).or_insert_with(|| error_response(status, description).into());
    }
}

/// An error response: the error object, with `Retry-After` where it is sent.
fn error_response(status: u16, description: &str) -> Response {
    let mut response = ResponseBuilder::new().description(description).content(
        "application/json",
        utoipa::openapi::ContentBuilder::new().schema(Some(Ref::from_schema_name(ApiError::name()))).build(),
    );
    if matches!(status, 429 | 503) {
        let seconds = Header::new(ObjectBuilder::new().schema_type(Type::Integer));
        response = response.header("Retry-After", seconds);
    }
    response.build()
}
