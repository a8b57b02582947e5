//! Responses: the CLI's records and error objects over HTTP (SPEC §5),
//! with the status codes of the error kinds and content negotiation for
//! lists (JSON array, CSV, NDJSON in the CLI's columns).

use std::io::Write;

use axum::body::{Body, Bytes};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use tokio::sync::mpsc;

use crate::error::{to_json, Error, Kind, Result};
use crate::output::{columns_of, Format, Output, Stream};
use crate::time;

pub const JSON: &str = "application/json";
pub const CSV: &str = "text/csv; charset=utf-8";
pub const NDJSON: &str = "application/x-ndjson";

/// A core error as the response SPEC §5 gives it.
#[derive(Debug)]
pub struct ApiError(pub Error);

impl From<Error> for ApiError {
    fn from(err: Error) -> ApiError {
        ApiError(err)
    }
}

pub type ApiResult<T = Response> = std::result::Result<T, ApiError>;

/// The status of an error kind (SPEC §5).
pub fn status_of(err: &Error) -> StatusCode {
    match err.kind {
        Kind::Internal => StatusCode::INTERNAL_SERVER_ERROR,
        Kind::Usage | Kind::InvalidInput => StatusCode::BAD_REQUEST,
        Kind::Unauthenticated => StatusCode::UNAUTHORIZED,
        Kind::NotFound => StatusCode::NOT_FOUND,
        Kind::PermissionDenied => StatusCode::FORBIDDEN,
        Kind::State(_) | Kind::Conflict(_) => StatusCode::CONFLICT,
        Kind::QuotaExceeded => StatusCode::TOO_MANY_REQUESTS,
        Kind::InvalidData => StatusCode::UNPROCESSABLE_ENTITY,
        Kind::Database(_) => StatusCode::SERVICE_UNAVAILABLE,
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        error_response(status_of(&self.0), &self.0)
    }
}

/// `err`'s JSON object with `status`, and the headers that go with it.
pub fn error_response(status: StatusCode, err: &Error) -> Response {
    let mut response = (status, [(header::CONTENT_TYPE, JSON)], to_json(err).to_string()).into_response();
    let headers = response.headers_mut();
    match status {
        StatusCode::UNAUTHORIZED => {
            headers.insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        }
        StatusCode::SERVICE_UNAVAILABLE => {
            headers.insert(header::RETRY_AFTER, HeaderValue::from_static("1"));
        }
        StatusCode::TOO_MANY_REQUESTS => {
            if let Some(seconds) = seconds_until_reset(err) {
                headers.insert(header::RETRY_AFTER, HeaderValue::from(seconds));
            }
        }
        _ => {}
    }
    response
}

/// Whole seconds (rounded up, at least 1) from the server's clock to the
/// quota's `resets_at`; none when the limit is not freed by time.
fn seconds_until_reset(err: &Error) -> Option<i64> {
    let resets_at = err.details.get("resets_at")?.as_str()?;
    let resets_at = chrono::DateTime::parse_from_rfc3339(resets_at).ok()?;
    let now = time::now_from_env().ok()?;
    Some((resets_at.timestamp() - now.timestamp()).max(1))
}

/// One record, as `--format json` prints it.
pub fn record<T: Serialize>(status: StatusCode, value: &T) -> ApiResult {
    let body = serde_json::to_vec(value).map_err(Error::from)?;
    Ok((status, [(header::CONTENT_TYPE, JSON)], body).into_response())
}

/// How a list is rendered, from the request's `Accept`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListFormat {
    Json,
    Csv,
    Ndjson,
}

impl ListFormat {
    /// The first of `text/csv` and `application/x-ndjson` that `Accept`
    /// names; anything else is JSON.
    pub fn of(headers: &HeaderMap) -> ListFormat {
        let accept = headers.get_all(header::ACCEPT).iter().filter_map(|v| v.to_str().ok());
        for range in accept.flat_map(|v| v.split(',')) {
            match range.split(';').next().unwrap_or_default().trim() {
                "text/csv" => return ListFormat::Csv,
                "application/x-ndjson" => return ListFormat::Ndjson,
                _ => {}
            }
        }
        ListFormat::Json
    }

    fn output(self) -> Output {
        let format = match self {
            ListFormat::Json => Format::Json,
            ListFormat::Csv => Format::Csv,
            ListFormat::Ndjson => Format::Jsonl,
        };
        Output::new(format, false, false)
    }

    fn content_type(self) -> &'static str {
        match self {
            ListFormat::Json => JSON,
            ListFormat::Csv => CSV,
            ListFormat::Ndjson => NDJSON,
        }
    }
}

/// A list held in memory, rendered as the CLI renders it.
pub fn list<T: Serialize + Default>(format: ListFormat, rows: &[T]) -> ApiResult {
    list_like(format, rows, &T::default())
}

/// `list`, whose columns (the CSV header of an empty list) are those of `shape`.
pub fn list_like<T: Serialize>(format: ListFormat, rows: &[T], shape: &T) -> ApiResult {
    let mut body = Vec::new();
    let mut stream = format.output().stream_to(&mut body, columns_of(shape)?, None)?;
    for row in rows {
        stream.row(row)?;
    }
    stream.finish()?;
    Ok(([(header::CONTENT_TYPE, format.content_type())], body).into_response())
}

/// What a streamed list sends: chunks of the rendering, or the error that
/// ended it.
type Chunk = std::result::Result<Bytes, Error>;

/// Feeds a `Stream` of the CLI's renderer into a response body, in chunks,
/// from the blocking thread that reads the rows.
pub struct ChunkWriter {
    buf: Vec<u8>,
    tx: mpsc::Sender<Chunk>,
}

/// Bytes per chunk: rows are sent as they are read, memory stays flat.
const CHUNK: usize = 16 * 1024;

impl Write for ChunkWriter {
    fn write(&mut self, data: &[u8]) -> std::io::Result<usize> {
        self.buf.extend_from_slice(data);
        if self.buf.len() >= CHUNK {
            self.send()?;
        }
        Ok(data.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.send()
    }
}

impl ChunkWriter {
    fn send(&mut self) -> std::io::Result<()> {
        if self.buf.is_empty() {
            return Ok(());
        }
        let chunk = Bytes::from(std::mem::take(&mut self.buf));
        // The client went away: stop reading rows.
        self.tx.blocking_send(Ok(chunk)).map_err(|_| std::io::ErrorKind::BrokenPipe.into())
    }
}

/// The producing half of a streamed list: `fill` renders rows into the
/// stream on a blocking thread; an error ends the body (or, before the
/// first byte, becomes the error response).
/// `T` is the type of the rows (for the CSV header of an empty list).
pub fn produce<T: Serialize + Default>(
    format: ListFormat,
    tx: mpsc::Sender<Chunk>,
    fill: impl FnOnce(&mut Stream) -> Result<()>,
) {
    let mut writer = ChunkWriter { buf: Vec::new(), tx: tx.clone() };
    if let Err(err) = columns_of(&T::default()).and_then(|columns| render(format, &mut writer, columns, fill)) {
        let _ = tx.blocking_send(Err(err));
    }
}

fn render(
    format: ListFormat,
    writer: &mut ChunkWriter,
    columns: Vec<String>,
    fill: impl FnOnce(&mut Stream) -> Result<()>,
) -> Result<()> {
    let mut stream = format.output().stream_to(writer, columns, None)?;
    fill(&mut stream)?;
    stream.finish()?;
    Ok(writer.flush()?)
}

/// A channel for `produce`, with room for a few chunks in flight.
pub fn channel() -> (mpsc::Sender<Chunk>, mpsc::Receiver<Chunk>) {
    mpsc::channel(4)
}

/// The consuming half: waits for the first chunk, so that an error before
/// any row is an ordinary error response, then streams the rest.
pub async fn streamed(format: ListFormat, mut rx: mpsc::Receiver<Chunk>) -> ApiResult {
    let first = match rx.recv().await {
        Some(Err(err)) => return Err(err.into()),
        Some(Ok(chunk)) => Some(chunk),
        None => None,
    };
    let rest = futures_util::stream::unfold(rx, |mut rx| async move { rx.recv().await.map(|chunk| (chunk, rx)) });
    let head = futures_util::stream::iter(first.map(Ok));
    let body = Body::from_stream(futures_util::StreamExt::chain(head, rest));
    Ok(([(header::CONTENT_TYPE, format.content_type())], body).into_response())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Constraint;
    use crate::model::Permission;
    use partnerctl_core::error::Fault;

    fn accept(value: &str) -> ListFormat {
        let mut headers = HeaderMap::new();
        headers.insert(header::ACCEPT, HeaderValue::from_str(value).unwrap());
        ListFormat::of(&headers)
    }

    #[test]
    fn accept_picks_csv_or_ndjson_else_json() {
        assert_eq!(ListFormat::of(&HeaderMap::new()), ListFormat::Json);
        assert_eq!(accept("text/csv"), ListFormat::Csv);
        assert_eq!(accept("application/json, text/csv;q=0.9"), ListFormat::Csv);
        assert_eq!(accept("application/x-ndjson; charset=utf-8"), ListFormat::Ndjson);
        assert_eq!(accept("*/*"), ListFormat::Json);
        assert_eq!(accept("text/html"), ListFormat::Json);
    }

    #[test]
    fn every_kind_has_the_status_of_spec_5() {
        let cases = [
            (Error::internal("x"), 500),
            (Error::usage("x"), 400),
            (Error::invalid_input("x"), 400),
            (Error::unauthenticated("x"), 401),
            (Error::permission_denied(Permission::MEMBER, "x"), 403),
            (Error::not_found("partner", "x"), 404),
            (Error::state("last_owner", "x"), 409),
            (Error::conflict(Constraint::PartnerSlug, "x"), 409),
            (Error::new(Kind::QuotaExceeded, "x"), 429),
            (Error::new(Kind::InvalidData, "x"), 422),
            (Error::database_fault(Fault::Busy, "x"), 503),
        ];
        for (err, status) in cases {
            assert_eq!(status_of(&err).as_u16(), status, "{}", err.code());
        }
    }

    #[test]
    fn retry_after_counts_whole_seconds_to_resets_at_on_the_servers_clock() {
        // PARTNERCTL_NOW is not set in unit tests: the system clock runs.
        let now = time::now_from_env().unwrap();
        let quota = |resets_at: serde_json::Value| {
            let err = Error::new(Kind::QuotaExceeded, "x").detail("resets_at", resets_at);
            let response = error_response(StatusCode::TOO_MANY_REQUESTS, &err);
            response.headers().get(header::RETRY_AFTER).map(|v| v.to_str().unwrap().parse::<i64>().unwrap())
        };
        let in_an_hour = time::fmt(now + chrono::Duration::hours(1));
        let seconds = quota(in_an_hour.into()).expect("a Retry-After");
        assert!((3590..=3600).contains(&seconds), "{seconds}");
        assert_eq!(quota(time::fmt(now - chrono::Duration::hours(1)).into()), Some(1), "never 0 or negative");
        assert_eq!(quota(serde_json::Value::Null), None, "not freed by time");
        let busy = error_response(StatusCode::SERVICE_UNAVAILABLE, &Error::database("x"));
        assert_eq!(busy.headers()[header::RETRY_AFTER], "1");
    }

    #[test]
    fn lists_render_as_the_cli_renders_them() {
        #[derive(Default, Serialize)]
        struct Row {
            id: &'static str,
            tags: Vec<&'static str>,
        }
        let rows = [Row { id: "a", tags: vec!["x", "y"] }, Row { id: "b", tags: vec![] }];
        let body = |format| {
            let response = list(format, &rows).unwrap();
            let bytes = futures_util::FutureExt::now_or_never(axum::body::to_bytes(response.into_body(), usize::MAX));
            String::from_utf8(bytes.unwrap().unwrap().to_vec()).unwrap()
        };
        assert_eq!(body(ListFormat::Csv), "id,tags\r\na,x;y\r\nb,\r\n");
        assert_eq!(body(ListFormat::Ndjson), "{\"id\":\"a\",\"tags\":[\"x\",\"y\"]}\n{\"id\":\"b\",\"tags\":[]}\n");
        let json: serde_json::Value = serde_json::from_str(&body(ListFormat::Json)).unwrap();
        assert_eq!(json, serde_json::json!([{"id": "a", "tags": ["x", "y"]}, {"id": "b", "tags": []}]));
    }
}
