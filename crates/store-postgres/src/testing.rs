//! A PostgreSQL server for tests, one fresh database per test.
//!
//! `PARTNERCTL_TEST_POSTGRES` (a URL of a database whose user may create
//! databases) names a server to use. Without it, a throwaway PostgreSQL 15
//! server is started from Debian's binaries (/usr/lib/postgresql/15/bin),
//! as the `postgres` user when running as root (initdb and postgres refuse
//! root), in a fixed temp dir with `fsync=off`; later test processes reuse
//! it. Each test database is a copy of a template migrated once per
//! process. Without either, `Server::get` is `None` and the caller skips,
//! except under `CI=true`, where a skipped PostgreSQL test is a failure.

use std::path::Path;
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, OnceLock};
use std::time::Duration;

use postgres::{Client, NoTls};

const BIN: &str = "/usr/lib/postgresql/15/bin";
/// Who may log in to a server started here: its superuser without a
/// password (SCRAM costs a debug build ~0.1 s of CPU per connection, which
/// every command of the suite would pay), anyone else only with one, so
/// that refused logins can be tested.
const PG_HBA: &str = "local all all trust
host all postgres 127.0.0.1/32 trust
host all all 127.0.0.1/32 scram-sha-256
";
/// Test databases are named `pct_<pid>_<n>`, the template `pct_<pid>_template`.
const PREFIX: &str = "pct_";

pub struct Server {
    /// `postgres://user[:password]@host:port` without a database.
    base: String,
    /// The database name of `PARTNERCTL_TEST_POSTGRES` (or `postgres`).
    admin_db: String,
    template: String,
    /// CREATE DATABASE … TEMPLATE refuses to run while another session uses the template.
    create: Mutex<()>,
    /// Certificates of a server started here, which serves TLS on TCP.
    tls: Option<TestCertificates>,
}

/// The certificate authorities of a server started here.
pub struct TestCertificates {
    /// Signed the server's certificate (for `localhost` only, not `127.0.0.1`).
    pub ca: std::path::PathBuf,
    /// A certificate authority that signed nothing the server holds.
    pub other_ca: std::path::PathBuf,
}

static SERVER: OnceLock<Option<Server>> = OnceLock::new();
static NEXT: AtomicUsize = AtomicUsize::new(0);

/// Whether a test suite runs on PostgreSQL (`PARTNERCTL_TEST_BACKEND=postgres`)
/// rather than SQLite (unset, empty or `sqlite`).
pub fn on_postgres() -> bool {
    match std::env::var("PARTNERCTL_TEST_BACKEND").as_deref() {
        Ok("postgres") => true,
        Ok("sqlite") | Ok("") | Err(_) => false,
        Ok(other) => panic!("PARTNERCTL_TEST_BACKEND={other}: expected sqlite or postgres"),
    }
}

/// A connection to a fresh test database on which the planner uses no
/// sequential or bitmap scan, so that a plan shows which index can serve a
/// query; `None` where tests skip PostgreSQL.
pub fn index_planner() -> Option<Client> {
    let mut client = Client::connect(&Server::get()?.database(), NoTls).unwrap();
    client.batch_execute("SET enable_seqscan = off; SET enable_bitmapscan = off").unwrap();
    Some(client)
}

/// The plan `client` gets for `sql` run with `values` (SQL literals for
/// its text parameters), as the store runs it: prepared as `name`, then
/// explained with the values bound.
pub fn plan(client: &mut Client, name: &str, sql: &str, values: &[&str]) -> String {
    let types = vec!["text"; values.len()].join(", ");
    client.batch_execute(&format!("PREPARE {name} ({types}) AS {sql}")).unwrap();
    let rows = client.query(&format!("EXPLAIN EXECUTE {name} ({})", values.join(", ")), &[]).unwrap();
    rows.iter().map(|r| r.get::<_, String>(0) + "\n").collect()
}

impl Server {
    /// The test server, or `None` (the test is skipped) when there is none;
    /// panics under `CI=true` instead of skipping, and when starting fails.
    pub fn get() -> Option<&'static Server> {
        let server = SERVER.get_or_init(|| {
            let base = match std::env::var("PARTNERCTL_TEST_POSTGRES") {
                Ok(url) if !url.is_empty() => Some((split_db(&url), None)),
                _ => Path::new(BIN).join("initdb").exists().then(start_local),
            };
            base.map(|((base, admin_db), tls)| Server::prepare(base, admin_db, tls))
        });
        if server.is_none() && std::env::var("CI").is_ok_and(|v| v == "true") {
            panic!(
                "CI=true but no PostgreSQL for the tests: install Debian's postgresql package \
                 or set PARTNERCTL_TEST_POSTGRES"
            );
        }
        if server.is_none() {
            eprintln!("skipped: no PostgreSQL server (install postgresql or set PARTNERCTL_TEST_POSTGRES)");
        }
        server.as_ref()
    }

    fn prepare(base: String, admin_db: String, tls: Option<TestCertificates>) -> Server {
        let template = format!("{PREFIX}{}_template", std::process::id());
        let server = Server { base, admin_db, template, create: Mutex::new(()), tls };
        let mut admin = server.admin();
        if server.tls.is_some() {
            admin.batch_execute("ALTER SYSTEM SET ssl = on").expect("turn TLS on");
            server.reload_until_ssl_is("on");
        }
        drop_stale_databases(&mut admin);
        admin.batch_execute(&format!("CREATE DATABASE {}", server.template)).expect("create the template database");
        // Migrated once; every test database starts as a copy of it.
        crate::PgStore::open(&server.url(&server.template), Duration::from_secs(30)).expect("migrate the template");
        server
    }

    fn admin(&self) -> Client {
        Client::connect(&self.url(&self.admin_db), NoTls).expect("connect to the test server")
    }

    /// The URL of database `db` on this server.
    pub fn url(&self, db: &str) -> String {
        format!("{}/{db}?sslmode=disable", self.base)
    }

    /// The certificates of a server started here; `None` for `PARTNERCTL_TEST_POSTGRES`.
    pub fn certificates(&self) -> Option<&TestCertificates> {
        self.tls.as_ref()
    }

    /// Turns the server's TLS on or off (for new connections).
    pub fn set_tls(&self, on: bool) {
        let value = if on { "on" } else { "off" };
        self.admin().batch_execute(&format!("ALTER SYSTEM SET ssl = {value}")).expect("set ssl");
        self.reload_until_ssl_is(value);
    }

    /// `pg_reload_conf()` only signals the server: wait until a new session sees `ssl = value`.
    fn reload_until_ssl_is(&self, value: &str) {
        self.admin().batch_execute("SELECT pg_reload_conf()").expect("reload the configuration");
        for _ in 0..500 {
            let now: String = self.admin().query_one("SHOW ssl", &[]).expect("SHOW ssl").get(0);
            if now == value {
                return;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        panic!("the test server did not turn ssl {value}: see its log");
    }

    /// `host:port` of the server.
    pub fn host(&self) -> &str {
        self.base.rsplit('@').next().unwrap_or(&self.base)
    }

    /// A new migrated, empty database; returns its URL.
    pub fn database(&self) -> String {
        let name = format!("{PREFIX}{}_{}", std::process::id(), NEXT.fetch_add(1, Ordering::Relaxed));
        let _one_at_a_time = self.create.lock().unwrap_or_else(|e| e.into_inner());
        self.admin()
            .batch_execute(&format!("CREATE DATABASE {name} TEMPLATE {} STRATEGY FILE_COPY", self.template))
            .expect("create a test database");
        self.url(&name)
    }

    /// A new database holding a copy of the database of `url`; returns its URL.
    pub fn copy(&self, url: &str) -> String {
        let source = db_name(url);
        let name = format!("{PREFIX}{}_{}", std::process::id(), NEXT.fetch_add(1, Ordering::Relaxed));
        let _one_at_a_time = self.create.lock().unwrap_or_else(|e| e.into_inner());
        self.admin()
            .batch_execute(&format!("CREATE DATABASE {name} TEMPLATE {source} STRATEGY FILE_COPY"))
            .expect("copy a test database");
        self.url(&name)
    }

    /// Drops the database of `url` (made by `database` or `copy`), ending its sessions.
    pub fn drop_database(&self, url: &str) {
        self.admin()
            .batch_execute(&format!("DROP DATABASE {} WITH (FORCE)", db_name(url)))
            .expect("drop a test database");
    }

    /// A new database without any schema; returns its URL.
    pub fn empty_database(&self) -> String {
        let name = format!("{PREFIX}{}_{}", std::process::id(), NEXT.fetch_add(1, Ordering::Relaxed));
        self.admin().batch_execute(&format!("CREATE DATABASE {name}")).expect("create a test database");
        self.url(&name)
    }
}

/// `postgres://…/db?params` → (`postgres://…` without the database, db).
fn split_db(url: &str) -> (String, String) {
    let without_query = url.split('?').next().unwrap_or(url);
    match without_query.rsplit_once('/') {
        Some((base, db)) if base.contains("//") && !base.ends_with('/') => (base.to_string(), db.to_string()),
        _ => (without_query.trim_end_matches('/').to_string(), "postgres".to_string()),
    }
}

/// The database name of a URL made by `Server::url`.
fn db_name(url: &str) -> &str {
    url.rsplit('/').next().unwrap_or_default().split('?').next().unwrap_or_default()
}

/// Drops the test databases of processes that have ended.
fn drop_stale_databases(admin: &mut Client) {
    let rows =
        admin.query("SELECT datname FROM pg_database WHERE datname LIKE 'pct\\_%'", &[]).expect("list test databases");
    for row in rows {
        let name: String = row.get(0);
        let pid = name.trim_start_matches(PREFIX).split('_').next().unwrap_or_default();
        if !Path::new("/proc").join(pid).exists() {
            let _ = admin.batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"));
        }
    }
}

fn running_as_root() -> bool {
    use std::os::unix::fs::MetadataExt;
    std::fs::metadata("/proc/self").is_ok_and(|m| m.uid() == 0)
}

/// A Debian binary of PostgreSQL 15, as the `postgres` user when root.
fn pg_command(program: &str) -> Command {
    let binary = Path::new(BIN).join(program);
    if running_as_root() {
        let mut cmd = Command::new("runuser");
        cmd.args(["-u", "postgres", "--"]).arg(binary);
        cmd
    } else {
        Command::new(binary)
    }
}

#[track_caller]
fn run(cmd: &mut Command) {
    let out = cmd.output().unwrap_or_else(|e| panic!("cannot run {cmd:?}: {e}"));
    assert!(
        out.status.success(),
        "{cmd:?} failed: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Starts (or finds running) the server in this user's fixed temp dir;
/// returns its base URL and admin database.
fn start_local() -> ((String, String), Option<TestCertificates>) {
    let dir = std::env::temp_dir().join(format!("partnerctl-pg15-{}", whoami()));
    let data = dir.join("data");
    let port_file = dir.join("port");
    let base = |port: &str| format!("postgres://postgres@127.0.0.1:{port}");
    // Creating the dir and the cluster is not safe against a second test
    // process doing it at once; cargo runs test binaries one at a time.
    if !data.join("PG_VERSION").exists() {
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("create the server dir");
        open_to_all(&dir);
        run(pg_command("initdb").arg("-D").arg(&data).args([
            "-U",
            "postgres",
            "--no-sync",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
        ]));
        std::fs::write(data.join("pg_hba.conf"), PG_HBA).expect("write pg_hba.conf");
    }
    let tls = certificates(&dir);
    if let Ok(port) = std::fs::read_to_string(&port_file) {
        if Client::connect(&format!("{}/postgres", base(port.trim())), NoTls).is_ok() {
            return ((base(port.trim()), "postgres".into()), Some(tls));
        }
    }
    // A server that died (a reboot, a kill) leaves its pid and socket lock files behind.
    let _ = std::fs::remove_file(data.join("postmaster.pid"));
    for entry in std::fs::read_dir(&dir).expect("read the server dir").flatten() {
        if entry.file_name().to_string_lossy().starts_with(".s.PGSQL.") {
            let _ = std::fs::remove_file(entry.path());
        }
    }
    let port = free_port();
    std::fs::write(&port_file, port.to_string()).expect("write the port file");
    let options = format!(
        "-p {port} -k {} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off \
         -c full_page_writes=off -c max_connections=300 -c ssl_cert_file={} -c ssl_key_file={}",
        dir.display(),
        dir.join("tls/server.crt").display(),
        dir.join("tls/server.key").display(),
    );
    run(pg_command("pg_ctl")
        .arg("-D")
        .arg(&data)
        .arg("-l")
        .arg(dir.join("log"))
        .args(["-w", "-t", "120", "-o"])
        .arg(options)
        .arg("start"));
    ((base(&port.to_string()), "postgres".into()), Some(tls))
}

/// A certificate authority, a server certificate it signed for
/// `localhost`, and an unrelated authority, made once with `openssl` in
/// `dir/tls` (as the server's user, who must own the key).
fn certificates(dir: &Path) -> TestCertificates {
    let tls = dir.join("tls");
    let certs = TestCertificates { ca: tls.join("ca.crt"), other_ca: tls.join("other-ca.crt") };
    if tls.join("server.crt").exists() && certs.other_ca.exists() {
        return certs;
    }
    let _ = std::fs::remove_dir_all(&tls);
    std::fs::create_dir_all(&tls).expect("create the tls dir");
    open_to_all(&tls);
    let script = "set -e
        key='-newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes'
        openssl req -x509 $key -days 3650 -subj /CN=partnerctl-test-ca -keyout ca.key -out ca.crt
        openssl req -x509 $key -days 3650 -subj /CN=partnerctl-other-ca -keyout other-ca.key -out other-ca.crt
        openssl req $key -subj /CN=localhost -keyout server.key -out server.csr
        printf 'subjectAltName=DNS:localhost\nextendedKeyUsage=serverAuth\n' > server.ext
        openssl x509 -req -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 3650 -extfile server.ext -out server.crt
        chmod 600 server.key";
    let mut cmd = if running_as_root() {
        let mut cmd = Command::new("runuser");
        cmd.args(["-u", "postgres", "--", "sh", "-c", script]);
        cmd
    } else {
        let mut cmd = Command::new("sh");
        cmd.args(["-c", script]);
        cmd
    };
    run(cmd.current_dir(&tls).stderr(std::process::Stdio::piped()));
    certs
}

/// The server dir, where the `postgres` user writes its cluster, log and socket.
fn open_to_all(dir: &Path) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o777)).expect("chmod the server dir");
}

fn free_port() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind a free port");
    listener.local_addr().expect("local address").port()
}

fn whoami() -> u32 {
    use std::os::unix::fs::MetadataExt;
    std::fs::metadata("/proc/self").map(|m| m.uid()).unwrap_or(0)
}
