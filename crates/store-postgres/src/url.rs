//! `--db postgres://USER[:PASSWORD]@HOST[:PORT]/DBNAME[?sslmode=…]` (SPEC
//! §3.2). The password (from the URL or `PGPASSWORD`) goes only into the
//! driver's config: every message names the URL without it.

use std::time::Duration;

use std::path::PathBuf;

use crate::error::{Error, Fault};
use crate::tls;

/// Whether `--db` names a PostgreSQL server rather than a SQLite file.
pub fn is_postgres_url(db: &str) -> bool {
    db.starts_with("postgres://") || db.starts_with("postgresql://")
}

/// Where to connect, and how to name it.
pub(crate) struct Target {
    pub config: postgres::Config,
    /// The URL without its password.
    pub display: String,
    /// `HOST:PORT`, for connection errors.
    pub host: String,
    pub tls: tls::Mode,
    /// `sslrootcert`: the root certificates that verify the server's.
    pub root_cert: Option<PathBuf>,
}

/// How long a connection attempt may take before the server counts as unreachable.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

fn bad_url(why: impl std::fmt::Display) -> Error {
    Error::invalid_input(format!("invalid PostgreSQL URL: {why}"))
        .hint("expected postgres://USER[:PASSWORD]@HOST[:PORT]/DBNAME[?sslmode=MODE[&sslrootcert=PATH]]")
}

fn decode(part: &str) -> Result<String, Error> {
    percent_encoding::percent_decode_str(part)
        .decode_utf8()
        .map(|s| s.into_owned())
        .map_err(|_| bad_url("a percent-encoded part is not UTF-8"))
}

pub(crate) fn parse(db: &str) -> Result<Target, Error> {
    let url = ::url::Url::parse(db).map_err(bad_url)?;
    let host = url.host_str().filter(|h| !h.is_empty()).ok_or_else(|| bad_url("no host"))?;
    let host = host.trim_start_matches('[').trim_end_matches(']').to_string();
    let port = url.port().unwrap_or(5432);
    let dbname = decode(url.path().trim_start_matches('/'))?;
    if dbname.is_empty() || dbname.contains('/') {
        return Err(bad_url("expected one database name after the host"));
    }
    let user = match decode(url.username())? {
        u if !u.is_empty() => u,
        _ => std::env::var("PGUSER").ok().filter(|u| !u.is_empty()).ok_or_else(|| bad_url("no user"))?,
    };
    let mut config = postgres::Config::new();
    config.host(&host).port(port).dbname(&dbname).user(&user).application_name("partnerctl");
    config.connect_timeout(CONNECT_TIMEOUT);
    match url.password() {
        Some(p) => {
            config.password(decode(p)?);
        }
        None => {
            if let Some(p) = std::env::var_os("PGPASSWORD").filter(|p| !p.is_empty()) {
                config.password(p.as_encoded_bytes());
            }
        }
    }
    let display_host = if host.contains(':') { format!("[{host}]:{port}") } else { format!("{host}:{port}") };
    let mut tls = tls::Mode::Prefer;
    let mut root_cert = None;
    for (key, value) in url.query_pairs() {
        match &*key {
            "sslmode" => {
                tls = tls::Mode::parse(&value).ok_or_else(|| {
                    bad_url(format!(
                        "unknown sslmode {value:?} (expected disable, prefer, require, verify-ca or verify-full)"
                    ))
                })?
            }
            "sslrootcert" => root_cert = Some(PathBuf::from(&*value)),
            _ => return Err(bad_url(format!("unsupported parameter {key:?} (expected sslmode or sslrootcert)"))),
        }
    }
    config.ssl_mode(tls.driver_mode());
    let display = format!(
        "{}://{}@{display_host}/{}{}",
        url.scheme(),
        url.username(),
        url.path().trim_start_matches('/'),
        url.query().map(|q| format!("?{q}")).unwrap_or_default()
    );
    Ok(Target { config, display, host: display_host, tls, root_cert })
}

impl Target {
    /// Connects with the TLS of `sslmode`.
    pub(crate) fn connect(&self, config: &postgres::Config) -> Result<postgres::Client, Error> {
        let connector = tls::connector(self.tls, self.root_cert.as_deref()).map_err(|why| self.unavailable(&why))?;
        match connector {
            None => config.connect(postgres::NoTls),
            Some(tls) => config.connect(tls),
        }
        .map_err(|e| self.connect_error(&e))
    }

    /// Exit 8 naming the host (never the password) for a failed connect.
    fn connect_error(&self, err: &postgres::Error) -> Error {
        let cause = match err.as_db_error() {
            Some(db) => db.message().to_string(),
            None => {
                // The driver's message leaves out its causes (why a TLS handshake failed).
                let mut cause = err.to_string();
                let mut source = std::error::Error::source(err);
                while let Some(inner) = source {
                    let text = inner.to_string();
                    if !cause.contains(&text) {
                        cause = format!("{cause}: {text}");
                    }
                    source = inner.source();
                }
                cause
            }
        };
        self.unavailable(&cause)
    }

    fn unavailable(&self, cause: &str) -> Error {
        Error::database_fault(Fault::Unavailable, format!("cannot connect to PostgreSQL at {}: {cause}", self.host))
            .hint("check the server, the URL (sslmode, sslrootcert), and the password (in the URL or PGPASSWORD)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_password_stays_out_of_the_display_form() {
        let t = parse("postgresql://ann:s%3Acret@db.example:6543/work?sslmode=disable").unwrap();
        assert_eq!(t.display, "postgresql://ann@db.example:6543/work?sslmode=disable");
        assert_eq!(t.host, "db.example:6543");
        assert_eq!(t.config.get_password(), Some(&b"s:cret"[..]));
        assert_eq!(t.config.get_dbname(), Some("work"));
    }

    #[test]
    fn bad_urls_are_invalid_input() {
        for url in ["postgres://", "postgres://u@h", "postgres://u@h/db?sslmode=maybe", "postgres://u@h/db?x=1"] {
            let err = parse(url).err().unwrap();
            assert_eq!(err.code(), "invalid_input", "{url}: {err}");
        }
    }

    #[test]
    fn sslmode_and_sslrootcert_are_read() {
        let t = parse("postgres://u@h/db?sslmode=verify-full&sslrootcert=/etc/ca.pem").unwrap();
        assert_eq!(t.tls, tls::Mode::VerifyFull);
        assert_eq!(t.root_cert.as_deref(), Some(std::path::Path::new("/etc/ca.pem")));
        assert_eq!(parse("postgres://u@h/db").unwrap().tls, tls::Mode::Prefer);
    }
}
