//! `partnerctl serve`: the HTTP API of SPEC §5 on tokio + axum. Handlers
//! parse a request, call the same core use case as the CLI twin on a
//! blocking thread with a pooled store, and answer the CLI's JSON records
//! and error objects. No rule, permission check or SQL lives here.

mod extract;
mod handlers;
mod middleware;
mod openapi;
mod pool;
mod respond;

use std::sync::Arc;
use std::time::Duration;

use axum::http::{header, HeaderName, HeaderValue, Method, StatusCode};
use axum::routing::{get, post};
use axum::Router;
use tower_http::cors::{AllowOrigin, CorsLayer};
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::timeout::TimeoutLayer;

use crate::error::{Error, Result};
use crate::service::token::Bearer;
use crate::service::{Acting, Ctx};
use crate::store::Store;
use crate::time;
use pool::{Opener, StorePool};

pub struct ServeOptions {
    pub listen: String,
    pub cors_origins: Vec<String>,
    /// `--tenant`: serve only this tenant's tokens.
    pub tenant: Option<String>,
}

/// Stores open at once, which bounds the database connections of one
/// instance: one more than the CPUs, so that a round trip overlaps the
/// others' work, while requests past that wait their turn in the pool's
/// queue instead of time-sharing the CPUs. On 2 CPUs with PostgreSQL beside
/// it, a drill page from 8 connections answered 980 req/s with p99 68–83 ms
/// from 8 stores, 985 req/s and 18 ms from 4, 935 req/s and 13 ms from 3.
fn pool_size() -> usize {
    std::thread::available_parallelism().map_or(4, |cpus| cpus.get() + 1)
}

/// A request still unanswered after this gets 503.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);
/// How long a shutdown waits for requests in flight.
const DRAIN: Duration = Duration::from_secs(10);

/// What every handler shares.
#[derive(Clone)]
pub struct App {
    pool: Arc<StorePool>,
    /// The id of the only tenant served (`--tenant`), if any.
    only_tenant: Option<String>,
}

impl App {
    /// Runs a use case as the token's user in its tenant, at the server's
    /// clock (`PARTNERCTL_NOW` applies), on a blocking thread.
    async fn call<T: Send + 'static>(
        &self,
        bearer: Bearer,
        use_case: impl FnOnce(&Ctx) -> Result<T> + Send + 'static,
    ) -> Result<T> {
        self.pool
            .run(move |store| {
                let ctx = Ctx {
                    store,
                    now: time::now_from_env()?,
                    tenant: Some(bearer.tenant_id.clone()),
                    actor: Some(bearer.acting()),
                };
                use_case(&ctx)
            })
            .await
    }

    /// `bearer`, unless the server serves another tenant only.
    fn served(&self, bearer: Bearer) -> Result<Bearer> {
        match &self.only_tenant {
            Some(id) if *id != bearer.tenant_id => {
                Err(Error::unauthenticated("this server serves another tenant (--tenant); the token is not of it"))
            }
            _ => Ok(bearer),
        }
    }

    /// A context with no tenant and no actor (authentication, health).
    fn bare_ctx(store: &dyn Store) -> Result<Ctx<'_>> {
        Ok(Ctx { store, now: time::now_from_env()?, tenant: None, actor: None })
    }
}

/// Serves until SIGINT or SIGTERM, then finishes the requests in flight
/// (up to 10 s) and returns.
pub fn serve(options: ServeOptions, open: impl Fn() -> Result<Box<dyn Store>> + Send + Sync + 'static) -> Result<()> {
    let cors = cors(&options.cors_origins)?;
    // Opened here, on a plain thread, so a bad --db fails before listening.
    let first = open()?;
    let only_tenant = options.tenant.as_deref().map(|t| tenant_id(&*first, t)).transpose()?;
    let open: Opener = Box::new(open);
    let pool = Arc::new(StorePool::new(open, first, pool_size()));
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| Error::internal(format!("cannot start the server runtime: {e}")))?;
    let result = runtime.block_on(run(&options.listen, router(App { pool: Arc::clone(&pool), only_tenant }, cors)));
    runtime.shutdown_timeout(DRAIN);
    // Outside the runtime: dropping a PostgreSQL client inside it panics.
    pool.close();
    result
}

/// The id of the tenant `reference` names (slug or id), looked up as the
/// operator, who starts the server.
fn tenant_id(store: &dyn Store, reference: &str) -> Result<String> {
    let ctx =
        Ctx { store, now: time::now_from_env()?, tenant: None, actor: Some(Acting::Operator { name: "serve".into() }) };
    Ok(crate::service::tenant::show(&ctx, Some(reference))?.id)
}

async fn run(listen: &str, app: Router) -> Result<()> {
    let listener = tokio::net::TcpListener::bind(listen)
        .await
        .map_err(|e| Error::invalid_input(format!("cannot listen on {listen:?}: {e}")))?;
    let addr = listener.local_addr()?;
    eprintln!("listening on http://{addr}");
    let (stop_tx, stop_rx) = tokio::sync::watch::channel(false);
    let server = axum::serve(listener, app).with_graceful_shutdown(async move {
        shutdown_signal().await;
        eprintln!("shutting down: finishing requests in flight (up to {} s)", DRAIN.as_secs());
        let _ = stop_tx.send(true);
    });
    let drain_deadline = async move {
        let mut stop_rx = stop_rx;
        let _ = stop_rx.wait_for(|stopped| *stopped).await;
        tokio::time::sleep(DRAIN).await;
    };
    tokio::select! {
        served = server => served.map_err(|e| Error::internal(format!("server failed: {e}")))?,
        () = drain_deadline => eprintln!("requests still in flight after {} s were cut off", DRAIN.as_secs()),
    }
    Ok(())
}

async fn shutdown_signal() {
    let interrupt = tokio::signal::ctrl_c();
    #[cfg(unix)]
    {
        let mut terminate = match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(signal) => signal,
            Err(_) => return std::future::pending().await,
        };
        tokio::select! {
            _ = interrupt => {}
            _ = terminate.recv() => {}
        }
    }
    #[cfg(not(unix))]
    let _ = interrupt.await;
}

/// CORS for the `--cors-origin` origins only; none given, no origin is allowed.
fn cors(origins: &[String]) -> Result<CorsLayer> {
    let origins = origins
        .iter()
        .map(|o| HeaderValue::from_str(o).map_err(|_| Error::invalid_input(format!("invalid --cors-origin {o:?}"))))
        .collect::<Result<Vec<_>>>()?;
    Ok(CorsLayer::new()
        .allow_origin(AllowOrigin::list(origins))
        .allow_methods([Method::GET, Method::POST, Method::PATCH, Method::DELETE])
        .allow_headers([header::AUTHORIZATION, header::CONTENT_TYPE, header::ACCEPT])
        .expose_headers([header::RETRY_AFTER, HeaderName::from_static("content-type")])
        .max_age(Duration::from_secs(600)))
}

fn router(app: App, cors: CorsLayer) -> Router {
    use handlers::*;
    let api = Router::new()
        .route("/v1/me", get(me))
        .route("/v1/partners", get(partners))
        .route("/v1/partners/{partner}", get(partner_show))
        .route("/v1/partners/{partner}/members", get(members).post(member_invite))
        .route("/v1/partners/{partner}/members/{user}", axum::routing::patch(member_change).delete(member_remove))
        .route("/v1/memberships/accept", post(membership_accept))
        .route("/v1/events", get(events))
        .route("/v1/events/{event}", get(event_show))
        .route("/v1/events/{event}/invites", get(drill).post(invite_send))
        .route("/v1/events/{event}/metrics", get(event_metrics))
        .route("/v1/invites/{invite}", get(invite_show))
        .route("/v1/invites/{invite}/view", post(invite_view))
        .route("/v1/invites/{invite}/accept", post(invite_accept))
        .route("/v1/invites/{invite}/decline", post(invite_decline))
        .route("/v1/partners/{partner}/metrics", get(partner_metrics))
        .route("/v1/partners/{partner}/leaderboard", get(leaderboard))
        .route("/v1/partners/{partner}/plan", get(plan))
        .route("/v1/access/{permission}", get(access))
        .route_layer(axum::middleware::from_fn_with_state(app.clone(), middleware::authenticate));
    Router::new()
        .route("/healthz", get(healthz))
        .route("/v1/openapi.json", get(openapi_json))
        .merge(api)
        .fallback(unknown_path)
        .with_state(app)
        .layer(RequestBodyLimitLayer::new(extract::BODY_LIMIT))
        .layer(TimeoutLayer::with_status_code(StatusCode::SERVICE_UNAVAILABLE, REQUEST_TIMEOUT))
        .layer(axum::middleware::from_fn(middleware::json_errors))
        .layer(cors)
        .layer(axum::middleware::from_fn(middleware::access_log))
}
