//! `isnad serve` on a free loopback port, queried by real clients: Python's
//! SPARQLWrapper and rdflib with curl (tests/py/check_sparql.py), and headless Chromium
//! driven by playwright-core (tests/browser/page.test.mjs, which saves
//! tests/artifacts/serve-page.png). Without those tools the two tests are skipped with a message,
//! unless CI is set, where a missing tool is a failure.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn build_store(dir: &Path) -> PathBuf {
    let s = dir.join("store");
    let o = Command::new(env!("CARGO_BIN_EXE_isnad"))
        .current_dir(root())
        .args(["build", "tests/data/samples", "--store"])
        .arg(&s)
        .output()
        .expect("run isnad build");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    s
}

fn sample_store() -> &'static Path {
    static STORE: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    &STORE
        .get_or_init(|| {
            let d = tempfile::tempdir().expect("tempdir");
            let s = build_store(d.path());
            (d, s)
        })
        .1
}

/// A running server, stopped when dropped.
struct Server {
    child: Child,
    base: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .expect("bind port 0")
        .local_addr()
        .unwrap()
        .port()
}

/// The two tests with external clients load the machine: one at a time.
fn one_at_a_time() -> std::sync::MutexGuard<'static, ()> {
    static LOCK: std::sync::Mutex<()> = std::sync::Mutex::new(());
    LOCK.lock().unwrap_or_else(|p| p.into_inner())
}

fn start(store: &Path, extra: &[&str]) -> Server {
    let port = free_port();
    let addr = format!("127.0.0.1:{port}");
    let child = Command::new(env!("CARGO_BIN_EXE_isnad"))
        .current_dir(root())
        .arg("serve")
        .arg("--store")
        .arg(store)
        .args(["--bind", &addr, "--max-rows", "500", "--max-body", "65536"])
        .args(extra)
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("start isnad serve");
    let mut server = Server {
        child,
        base: format!("http://{addr}"),
    };
    let t0 = Instant::now();
    while TcpStream::connect(&addr).is_err() {
        if let Ok(Some(st)) = server.child.try_wait() {
            panic!("isnad serve exited early: {st}");
        }
        assert!(
            t0.elapsed() < Duration::from_secs(60),
            "isnad serve did not listen on {addr}"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    server
}

/// One raw HTTP/1.1 request (head lines separated by `\n`); returns (status, head, body).
fn raw(base: &str, head: &str, body: &str) -> (u16, String, String) {
    let addr = base.trim_start_matches("http://");
    let mut s = TcpStream::connect(addr).expect("connect");
    s.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    let req = format!("{}\r\n\r\n{body}", head.trim_end().replace('\n', "\r\n"));
    s.write_all(req.as_bytes()).unwrap();
    let mut out = Vec::new();
    s.read_to_end(&mut out).unwrap();
    let out = String::from_utf8_lossy(&out).into_owned();
    let (head, body) = out.split_once("\r\n\r\n").unwrap_or((&out, ""));
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    (status, head.to_string(), body.to_string())
}

fn get(base: &str, path: &str) -> (u16, String, String) {
    raw(
        base,
        &format!("GET {path} HTTP/1.1\nHost: x\nConnection: close"),
        "",
    )
}

fn post(base: &str, path: &str, headers: &str, body: &str) -> (u16, String, String) {
    raw(
        base,
        &format!(
            "POST {path} HTTP/1.1\nHost: x\nConnection: close\n{headers}Content-Length: {}",
            body.len()
        ),
        body,
    )
}

/// Whether a tool is there; when it is not, CI fails and elsewhere the test is skipped.
fn require(ok: bool, what: &str) -> bool {
    if !ok {
        if std::env::var_os("CI").is_some() {
            panic!("CI: {what} is missing (see .ci/run)");
        }
        eprintln!("SKIPPED: {what} is missing; install it to run this test (see .ci/run)");
    }
    ok
}

fn runs(cmd: &str, args: &[&str]) -> bool {
    Command::new(cmd)
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

#[test]
fn the_endpoint_is_read_only_and_bounded_by_default() {
    let s = start(sample_store(), &[]);
    let (code, head, body) = get(&s.base, "/");
    assert_eq!(code, 200);
    assert!(
        head.contains("text/html") && body.contains("isnad"),
        "{head}"
    );
    assert!(!head.to_lowercase().contains("access-control"), "{head}");
    let (code, _, body) = post(
        &s.base,
        "/sparql",
        "Content-Type: application/sparql-update\n",
        "CLEAR ALL",
    );
    assert_eq!(code, 403, "{body}");
    let (code, _, body) = post(
        &s.base,
        "/sparql",
        "Content-Type: application/sparql-query\n",
        "SELECT ?s WHERE { ?s ?p }",
    );
    assert_eq!(code, 400);
    assert!(body.contains("line 1, column"), "{body}");
    let (code, head, body) = post(
        &s.base,
        "/query",
        "Content-Type: application/sparql-query\nAccept: text/csv\n",
        "SELECT ?p WHERE { e:RecepTayyipErdogan isnad:visited ?p }",
    );
    assert_eq!(code, 200, "{body}");
    assert!(
        head.contains("text/csv") && body.contains("Moscow"),
        "{head}{body}"
    );
}

#[test]
fn updates_need_the_token_and_cors_is_opt_in() {
    let dir = tempfile::tempdir().unwrap();
    let store = build_store(dir.path());
    let s = start(&store, &["--allow-update", "s3cret", "--cors", "*"]);
    let insert = "INSERT DATA { <http://example.org/a> <http://example.org/b> \"c\" }";
    let ct = "Content-Type: application/sparql-update\n";
    let (code, _, _) = post(&s.base, "/sparql", ct, insert);
    assert_eq!(code, 401);
    let (code, _, _) = post(
        &s.base,
        "/sparql",
        &format!("{ct}Authorization: Bearer wrong\n"),
        insert,
    );
    assert_eq!(code, 401);
    let (code, head, body) = post(
        &s.base,
        "/sparql",
        &format!("{ct}Authorization: Bearer s3cret\n"),
        insert,
    );
    assert_eq!(code, 204, "{body}");
    assert!(head.contains("Access-Control-Allow-Origin: *"), "{head}");
    let (code, _, body) = post(
        &s.base,
        "/sparql",
        "Content-Type: application/sparql-query\nAccept: text/csv\n",
        "SELECT ?o WHERE { <http://example.org/a> ?p ?o }",
    );
    assert_eq!(code, 200);
    assert!(body.contains('c'), "{body}");
}

#[test]
fn sparql_protocol_with_sparqlwrapper_rdflib_and_curl() {
    if !require(runs("curl", &["--version"]), "curl")
        || !require(
            runs("python3", &["-c", "import SPARQLWrapper, rdflib"]),
            "python3 with SPARQLWrapper and rdflib (pip install SPARQLWrapper rdflib)",
        )
    {
        return;
    }
    let _turn = one_at_a_time();
    // check_sparql.py expects a 5 s timeout (its slow query must hit it)
    let s = start(sample_store(), &["--timeout", "5"]);
    let o = Command::new("python3")
        .current_dir(root())
        .arg("tests/py/check_sparql.py")
        .arg(&s.base)
        .output()
        .expect("run check_sparql.py");
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(
        o.status.success(),
        "check_sparql.py failed:\n{out}\n{}",
        String::from_utf8_lossy(&o.stderr)
    );
    eprintln!("{out}");
}

#[test]
fn the_page_works_in_headless_chromium() {
    let chromium = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
    let browser_dir = root().join("tests/browser");
    if !require(runs("node", &["--version"]), "node")
        || !require(
            browser_dir.join("node_modules/playwright-core").exists(),
            "playwright-core (cd tests/browser && npm install --no-save playwright-core)",
        )
        || !require(
            Path::new(&chromium).exists(),
            "chromium (apt-get install chromium)",
        )
    {
        return;
    }
    let _turn = one_at_a_time();
    // a generous timeout: a busy machine must not fail the page's example queries
    let s = start(sample_store(), &["--timeout", "60"]);
    let shot = root().join("tests/artifacts/serve-page.png");
    std::fs::create_dir_all(shot.parent().unwrap()).unwrap();
    let o = Command::new("node")
        .current_dir(&browser_dir)
        .arg("page.test.mjs")
        .arg(&s.base)
        .arg(&shot)
        .env("CHROMIUM", &chromium)
        .output()
        .expect("run node");
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(
        o.status.success(),
        "page.test.mjs failed:\n{out}\n{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(shot.exists(), "no screenshot at {}", shot.display());
    eprintln!("{out}");
}
