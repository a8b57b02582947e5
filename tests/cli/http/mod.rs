//! End-to-end tests of `partnerctl serve` (SPEC §5): the real binary on an
//! ephemeral loopback port against the suite's database (SQLite, or
//! PostgreSQL with PARTNERCTL_TEST_BACKEND=postgres), called with a real
//! HTTP client (ureq), its answers compared with the CLI's `--format json`.

mod endpoints;
mod openapi;
mod operations;
mod refusals;

use std::io::{BufRead, BufReader};
use std::process::{Child, ExitStatus, Stdio};
use std::sync::{mpsc, Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::support::*;

/// A running `partnerctl serve`; killed when dropped.
pub struct Server {
    child: Child,
    pub base: String,
    /// Every stderr line after the "listening on" line (the access log).
    log: Arc<Mutex<Vec<String>>>,
}

impl Server {
    /// `serve --listen 127.0.0.1:0 EXTRA…` at the test clock.
    pub fn start(env: &TestEnv, extra: &[&str]) -> Server {
        Server::start_at(env, &env.now, extra)
    }

    /// `start` with the server's clock at `now`.
    pub fn start_at(env: &TestEnv, now: &str, extra: &[&str]) -> Server {
        let mut child = env
            .std_cmd()
            .env("PARTNERCTL_NOW", now)
            .args(["serve", "--listen", "127.0.0.1:0"])
            .args(extra)
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn partnerctl serve");
        let stderr = child.stderr.take().unwrap();
        let log = Arc::new(Mutex::new(Vec::new()));
        let (addr_tx, addr_rx) = mpsc::channel();
        let lines = Arc::clone(&log);
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                match line.strip_prefix("listening on ") {
                    Some(url) => {
                        let _ = addr_tx.send(url.to_string());
                    }
                    None => lines.lock().unwrap().push(line),
                }
            }
        });
        let base = match addr_rx.recv_timeout(Duration::from_secs(30)) {
            Ok(base) => base,
            Err(_) => {
                let _ = child.kill();
                panic!("serve did not start: {:?}", log.lock().unwrap());
            }
        };
        Server { child, base, log }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// A request with `token` (none: no Authorization header).
    pub fn request(&self, method: &str, path: &str, token: Option<&str>) -> ureq::Request {
        let req = ureq::request(method, &self.url(path));
        match token {
            Some(t) => req.set("Authorization", &format!("Bearer {t}")),
            None => req,
        }
    }

    pub fn get(&self, path: &str, token: &str) -> Reply {
        Reply::from(self.request("GET", path, Some(token)).call())
    }

    pub fn send(&self, method: &str, path: &str, token: &str, body: &Value) -> Reply {
        let req = self.request(method, path, Some(token)).set("Content-Type", "application/json");
        Reply::from(req.send_string(&body.to_string()))
    }

    pub fn log(&self) -> Vec<String> {
        self.log.lock().unwrap().clone()
    }

    /// The access log once a line matching `line` has arrived (within 10 s):
    /// serve writes a request's line after its answer, so a client can be
    /// faster than the log.
    pub fn log_with(&self, line: impl Fn(&str) -> bool) -> Vec<String> {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let log = self.log();
            if log.iter().any(|l| line(l)) || Instant::now() >= deadline {
                return log;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    /// SIGTERM, then the exit status (within 20 s).
    pub fn terminate(&mut self) -> ExitStatus {
        let pid = self.child.id().to_string();
        std::process::Command::new("kill").args(["-TERM", &pid]).status().expect("kill -TERM");
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status;
            }
            assert!(Instant::now() < deadline, "serve did not exit after SIGTERM");
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// One HTTP answer: status, headers of interest, body.
pub struct Reply {
    pub status: u16,
    pub content_type: String,
    pub retry_after: Option<String>,
    pub allow_origin: Option<String>,
    pub body: String,
}

impl From<Result<ureq::Response, ureq::Error>> for Reply {
    fn from(result: Result<ureq::Response, ureq::Error>) -> Reply {
        let response = match result {
            Ok(r) => r,
            Err(ureq::Error::Status(_, r)) => r,
            Err(e) => panic!("HTTP transport error: {e}"),
        };
        let header = |name: &str| response.header(name).map(str::to_string);
        Reply {
            status: response.status(),
            content_type: header("Content-Type").unwrap_or_default(),
            retry_after: header("Retry-After"),
            allow_origin: header("Access-Control-Allow-Origin"),
            body: response.into_string().expect("read the body"),
        }
    }
}

impl Reply {
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("body is not JSON ({e}): {}", self.body))
    }

    #[track_caller]
    pub fn status(self, expected: u16) -> Reply {
        assert_eq!(self.status, expected, "unexpected status; body: {}", self.body);
        self
    }

    /// The `error` object of an error body.
    #[track_caller]
    pub fn error(&self, status: u16) -> Value {
        assert_eq!(self.status, status, "unexpected status; body: {}", self.body);
        assert!(self.content_type.starts_with("application/json"), "{}", self.content_type);
        self.json()["error"].clone()
    }
}

/// `--as WHO --format json ARGS…` through the CLI, parsed.
pub fn cli(env: &TestEnv, who: &str, args: &[&str]) -> Value {
    let mut all = vec!["--as", who, "--format", "json"];
    all.extend(args);
    env.run(&all).ok().json()
}

/// A token of `who`, as `token create -q` prints it.
pub fn token_of(env: &TestEnv, who: &str, extra: &[&str]) -> String {
    let mut args = vec!["--as", who, "-q", "token", "create"];
    args.extend(extra);
    env.run(&args).ok().stdout.trim().to_string()
}

/// The jazz event's host and receivers: seed (alice owns blue-note, lena is
/// a landlord) + bob a manager of blue-note, event `jazz` hosted by
/// blue-note, users r1…r8; alice has sent r1…r5 invites for blue-note.
pub fn fixture() -> TestEnv {
    let env = TestEnv::new();
    env.seed("UTC");
    env.add_member("blue-note", BOB, "manager");
    env.create_event("jazz", "blue-note", "2026-12-05T19:00:00Z", "2026-12-05T23:00:00Z");
    env.import_users(&emails("r", 8));
    for receiver in emails("r", 5) {
        env.send(ALICE, "jazz", &receiver, &["--on-behalf-of", "blue-note"]).ok();
    }
    env
}
