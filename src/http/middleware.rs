//! What every request passes through: the access log, JSON error objects
//! for refusals made outside the handlers, and bearer authentication.

use std::time::Instant;

use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use super::respond::{error_response, ApiError, JSON};
use super::App;
use crate::error::Error;
use crate::service::token;

/// One line per request on stderr: method, path (never the query string,
/// which may carry secrets, nor any header), status, duration.
pub async fn access_log(req: Request, next: Next) -> Response {
    let started = Instant::now();
    let method = req.method().clone();
    let path = req.uri().path().to_string();
    log::debug!("{method} {path} received");
    let response = next.run(req).await;
    let ms = started.elapsed().as_secs_f64() * 1000.0;
    eprintln!("{method} {path} {} {ms:.1}ms", response.status().as_u16());
    response
}

/// Refusals from the router and the layers (405, 408, 413…) come without
/// a body; they get the CLI's error object like every other one.
pub async fn json_errors(req: Request, next: Next) -> Response {
    let response = next.run(req).await;
    let status = response.status();
    let is_json =
        response.headers().get(header::CONTENT_TYPE).is_some_and(|v| v.as_bytes().starts_with(JSON.as_bytes()));
    if !(status.is_client_error() || status.is_server_error()) || is_json {
        return response;
    }
    let err = match status {
        StatusCode::PAYLOAD_TOO_LARGE => super::extract::too_large(),
        StatusCode::METHOD_NOT_ALLOWED => Error::usage("method not allowed on this path"),
        StatusCode::REQUEST_TIMEOUT | StatusCode::SERVICE_UNAVAILABLE => {
            return error_response(StatusCode::SERVICE_UNAVAILABLE, &Error::database("the request timed out"));
        }
        s if s.is_client_error() => Error::usage(format!("request refused: {s}")),
        s => Error::internal(format!("request failed: {s}")),
    };
    error_response(status, &err)
}

/// The `Bearer` secret of `Authorization`, if any.
fn bearer_secret(headers: &HeaderMap) -> String {
    let value = headers.get(header::AUTHORIZATION).and_then(|v| v.to_str().ok()).unwrap_or_default();
    match value.split_once(' ') {
        Some((scheme, secret)) if scheme.eq_ignore_ascii_case("bearer") => secret.trim().to_string(),
        _ => String::new(),
    }
}

/// 401 before any use case unless the request carries a valid token; the
/// token's tenant and user go to the handler.
pub async fn authenticate(State(app): State<App>, mut req: Request, next: Next) -> Response {
    let secret = bearer_secret(req.headers());
    let authenticated = app.pool.run(move |store| token::authenticate(&App::bare_ctx(store)?, &secret)).await;
    match authenticated.and_then(|bearer| app.served(bearer)) {
        Ok(bearer) => {
            req.extensions_mut().insert(bearer);
            next.run(req).await
        }
        Err(err) => ApiError(err).into_response(),
    }
}
