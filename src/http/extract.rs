//! Request parts as the use cases take them: query strings and JSON bodies
//! into structs that refuse unknown keys, every refusal the CLI's error
//! object (400, or 413 for a body over the limit).

use axum::body::Bytes;
use axum::extract::{FromRequest, FromRequestParts, Query, Request};
use axum::http::request::Parts;
use axum::http::StatusCode;
use serde::de::DeserializeOwned;

use super::respond::ApiError;
use crate::error::Error;

/// Requests larger than this are refused with 413 (SPEC §5).
pub const BODY_LIMIT: usize = 1024 * 1024;

pub fn too_large() -> Error {
    Error::invalid_input(format!("the request body is larger than {BODY_LIMIT} bytes (1 MiB)"))
}

/// The query string as `T` (keys = the CLI's flag names with `_`).
pub struct Params<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequestParts<S> for Params<T> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, ApiError> {
        // A key given empty (`?since=`) is a key not given, as a browser form sends it.
        let query = parts.uri.query().unwrap_or_default();
        let given: Vec<&str> = query.split('&').filter(|pair| !pair.is_empty() && !pair.ends_with('=')).collect();
        let uri: axum::http::Uri =
            format!("/?{}", given.join("&")).parse().map_err(|_| Error::usage("the query string is malformed"))?;
        let Query(value) =
            Query::try_from_uri(&uri).map_err(|e| Error::usage(format!("invalid query string: {}", e.body_text())))?;
        Ok(Params(value))
    }
}

/// The body as a JSON object `T` (keys = the CLI's flag names with `_`).
pub struct JsonBody<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for JsonBody<T> {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, ApiError> {
        let bytes = Bytes::from_request(req, state).await.map_err(|e| {
            if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
                too_large()
            } else {
                Error::usage(format!("cannot read the request body: {}", e.body_text()))
            }
        })?;
        if bytes.iter().all(u8::is_ascii_whitespace) {
            return Err(Error::usage("the request needs a JSON object body").into());
        }
        let value = serde_json::from_slice(&bytes).map_err(|e| Error::usage(format!("invalid JSON body: {e}")))?;
        Ok(JsonBody(value))
    }
}
