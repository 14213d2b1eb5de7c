"""`make bench`: requests/s and latency of the portal's pages against a hello-world Django view, same run.

Starts, on this machine: gunicorn with production settings (2 workers) against a PostgreSQL database filled
by `manage.py seed_scale`, and gunicorn serving a hello-world Django view (2 workers); loads every page
with Debian's `wrk` (16 connections), anonymously and with real logged-in sessions (a Tidgiver who logged
in with the password form; a coordinator who also passed TOTP), then prints a table and stops everything
it started. Run it on a quiet machine: the figures are shares of the ceiling, measured in the same run (the
hello-world view is loaded again right before each page; the "hello" column is that figure). "CPU ms" is the
portal workers' CPU time per request: the figure that other load on the machine moves least.

Environment: BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/tidgiver_bench, created if
missing), BENCH_REDIS_URL (default redis://127.0.0.1:6379/15), BENCH_SECONDS (per page, default 10),
BENCH_CONNECTIONS (16), BENCH_WORKERS (2), BENCH_ROUNDS (1; the median of that many hello/page pairs),
BENCH_SKIP_SEED=1 to reuse the data as it is, BENCH_PAGES to measure only some pages (comma-separated,
matched case-insensitively against the label, the path or who: `BENCH_PAGES=home,faq` or
`BENCH_PAGES=anonymous`), BENCH_PORT (8771; the hello-world view answers on the next port) to run beside
another benchmark.
"""

import hashlib
import hmac
import os
import re
import shutil
import signal
import struct
import subprocess
import sys
import time
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlsplit

import requests

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
PORTAL_PORT = int(os.environ.get("BENCH_PORT", "8771"))
HELLO_PORT = PORTAL_PORT + 1
PASSWORD = "steg-for-steg-demo"
TIDGIVER = os.environ.get("BENCH_TIDGIVER", "tidgiver-00001@skala.example.org")
COORDINATOR = os.environ.get("BENCH_COORDINATOR", "koordinator@skala.example.org")

# (label, path, who); a path that answers 404 for that person is reported as "not built".
PAGES = [
    ("Home", "/", "anonymous"),
    ("Bli Tidgiver", "/bli-tidgiver/", "anonymous"),
    ("Unit page", "/drammen/", "anonymous"),
    ("FAQ", "/sporsmal-og-svar/", "anonymous"),
    ("Application form", "/bli-tidgiver/sok/", "anonymous"),
    ("Application form, unit", "/bli-tidgiver/sok/?enhet=drammen", "anonymous"),
    ("Min side", "/min-side/", "tidgiver"),
    ("Søknader", "/admin/applications/", "coordinator"),
    ("Tidgivere", "/admin/tidgivere/", "coordinator"),
    ("Deltakere", "/admin/participants/", "coordinator"),
    ("Finn Tidgiver (ranking)", "{ranking}", "coordinator"),
    ("Hour approval queue", "/admin/hour_entries/", "coordinator"),
    ("People", "/admin/people/", "coordinator"),
    ("Funder report", "/admin/hour-reports/funder/", "coordinator"),
]


def chosen_pages():
    wanted = [word.strip().lower() for word in os.environ.get("BENCH_PAGES", "").split(",") if word.strip()]
    if not wanted:
        return PAGES
    return [page for page in PAGES if any(word in part.lower() for word in wanted for part in page)]


def env():
    database = os.environ.get("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/tidgiver_bench")
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "DATABASE_URL": database,
        "REDIS_URL": os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/15"),
        "SECRET_KEY": "bench-only-" + "x" * 40,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "PUBLIC_BASE_URL": f"https://127.0.0.1:{PORTAL_PORT}",
        "SMS_TRANSPORT": "console",
        "TRUSTED_PROXY_COUNT": "0",
    }


def manage(*args, capture=False):
    # Filling the database is development work (seed_demo refuses production settings); serving is not.
    settings = {**env(), "DJANGO_SETTINGS_MODULE": "portal.settings.dev", "DEBUG": "false"}
    command = [PYTHON, "manage.py", *args]
    return subprocess.run(command, cwd=ROOT, env=settings, check=True, capture_output=capture, text=True).stdout


def create_database():
    import psycopg

    url = urlsplit(env()["DATABASE_URL"])
    name = url.path.lstrip("/")
    with psycopg.connect(f"postgresql://{url.netloc}/postgres", autocommit=True) as connection:
        if not connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            connection.execute(f'CREATE DATABASE "{name}"')


def prepare():
    create_database()
    manage("migrate", "--noinput", "-v0")
    manage("createcachetable")
    manage("collectstatic", "--noinput", "-v0")
    if not os.environ.get("BENCH_SKIP_SEED"):
        manage("seed_demo", "--if-empty")
        manage("seed_scale")
    return manage("shell", "-c", SETUP_SNIPPET, capture=True).strip().splitlines()[-1].split()


# Gives the coordinator a TOTP secret (printed) and names a participant for the ranking page.
SETUP_SNIPPET = f"""
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from allauth.mfa.models import Authenticator
from portal.accounts.models import User
user = User.objects.get(email={COORDINATOR!r})
Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).delete()
secret = generate_totp_secret()
TOTP.activate(user, secret)
ranking = "-"
try:
    from volunteers.participants.models import Participant
    from django.urls import reverse
    participant = Participant.objects.filter(unit__memberships__user=user).order_by("pk").first()
    ranking = reverse("matching_find_tidgiver", args=[participant.pk]) if participant else "-"
except Exception:
    pass
print(secret, ranking)
"""


def totp(secret):
    import base64

    key = base64.b32decode(secret + "=" * (-len(secret) % 8))
    counter = int(time.time()) // 30
    digest = hmac.new(key, struct.pack(">Q", counter), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    return f"{(struct.unpack('>I', digest[offset : offset + 4])[0] & 0x7FFFFFFF) % 1_000_000:06d}"


class Browser:
    """Keeps cookies by hand: production cookies are Secure, and the benchmark talks plain http to gunicorn
    (with X-Forwarded-Proto: https, as the TLS proxy would send)."""

    def __init__(self):
        self.cookies = {}
        self.base = f"http://127.0.0.1:{PORTAL_PORT}"

    def request(self, method, path, data=None):
        while True:
            response = requests.request(
                method,
                self.base + path,
                data=data,
                allow_redirects=False,
                timeout=30,
                headers={
                    "X-Forwarded-Proto": "https",
                    "Referer": f"https://127.0.0.1:{PORTAL_PORT}{path}",
                    "Cookie": self.cookie_header(),
                },
            )
            for header in response.raw.headers.getlist("Set-Cookie"):
                for name, morsel in SimpleCookie(header).items():
                    self.cookies[name] = morsel.value
            if response.status_code not in (301, 302, 303):
                return response
            method, data, path = "GET", None, urlsplit(response.headers["Location"]).path

    def cookie_header(self):
        return "; ".join(f"{name}={value}" for name, value in self.cookies.items() if value)

    def post_form(self, path, fields):
        page = self.request("GET", path)
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text).group(1)
        return self.request("POST", path, {"csrfmiddlewaretoken": token, **fields})


def logged_in_session(email, totp_secret=None):
    browser = Browser()
    answer = browser.post_form("/accounts/login/", {"login": email, "password": PASSWORD})
    if totp_secret and "/2fa/authenticate/" in answer.url:
        browser.post_form(urlsplit(answer.url).path, {"code": totp(totp_secret)})
    if "sessionid" not in browser.cookies:
        raise SystemExit(f"Could not log in as {email}")
    return browser.cookie_header()


def start(args, log):
    return subprocess.Popen(args, cwd=ROOT, env=env(), stdout=log, stderr=log, start_new_session=True)


def wait_for(port):
    for _ in range(100):
        try:
            requests.get(f"http://127.0.0.1:{port}/healthz", timeout=5, headers={"X-Forwarded-Proto": "https"})
            return
        except requests.RequestException:
            time.sleep(0.2)
    raise SystemExit(f"Nothing answers on port {port}")


def wrk(url, cookie=None):
    seconds = os.environ.get("BENCH_SECONDS", "10")
    connections = os.environ.get("BENCH_CONNECTIONS", "16")
    command = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", "-H", "X-Forwarded-Proto: https"]
    if cookie:
        command += ["-H", f"Cookie: {cookie}"]
    output = subprocess.run([*command, url], capture_output=True, text=True, check=True).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    return rate, latency(output, "50%"), latency(output, "99%"), "Non-2xx" in output, total_requests(output)


def total_requests(output):
    return int(re.search(r"(\d+) requests in", output).group(1))


def measure(url, cookie, portal):
    """Median figures over BENCH_ROUNDS runs, each right after a hello-world run (the ceiling moves on a shared
    machine), and the portal workers' CPU time per request, which the other load on the machine hardly moves."""
    runs = []
    for _ in range(int(os.environ.get("BENCH_ROUNDS", "1"))):
        ceiling = wrk(f"http://127.0.0.1:{HELLO_PORT}/")[0]
        cpu_before = workers_cpu_seconds(portal)
        rate, p50, p99, errors, count = wrk(url, cookie)
        cpu_ms = (workers_cpu_seconds(portal) - cpu_before) * 1000 / max(count, 1)
        runs.append((rate / ceiling, rate, p50, p99, cpu_ms, ceiling, errors))
    middle = sorted(runs)[len(runs) // 2]
    return (*middle[:6], any(run[6] for run in runs))


def workers_cpu_seconds(master):
    ticks = 0
    for pid in Path(f"/proc/{master.pid}/task/{master.pid}/children").read_text().split():
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        ticks += int(fields[11]) + int(fields[12])  # utime, stime
    return ticks / os.sysconf("SC_CLK_TCK")


def latency(output, percentile):
    value, unit = re.search(rf"{percentile}\s+([\d.]+)(us|ms|s)", output).groups()
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]


def headers(cookie):
    return {"X-Forwarded-Proto": "https", "Cookie": cookie or ""}


def worker_rss_mb(master):
    children = Path(f"/proc/{master.pid}/task/{master.pid}/children").read_text().split()
    sizes = []
    for pid in children:
        status = Path(f"/proc/{pid}/status").read_text()
        sizes.append(int(re.search(r"VmRSS:\s+(\d+)", status).group(1)) / 1024)
    return sizes


def main():
    if not shutil.which("wrk"):
        raise SystemExit("The benchmark needs wrk: apt-get install wrk")
    print("Preparing the database (migrate, seed_scale) …", flush=True)
    secret, ranking = prepare()
    workers = os.environ.get("BENCH_WORKERS", "2")
    log = open(ROOT / "bench-gunicorn.log", "w")
    gunicorn = [PYTHON, "-m", "gunicorn", "-w", workers]
    portal = start([*gunicorn, "-b", f"127.0.0.1:{PORTAL_PORT}", "portal.wsgi"], log)
    hello = start([*gunicorn, "-b", f"127.0.0.1:{HELLO_PORT}", "scripts.bench_hello:application"], log)
    try:
        wait_for(PORTAL_PORT)
        wait_for(HELLO_PORT)
        pages = chosen_pages()
        who_is_needed = {who for _label, _path, who in pages}
        cookies = {"anonymous": None}
        if "tidgiver" in who_is_needed:
            cookies["tidgiver"] = logged_in_session(TIDGIVER)
        if "coordinator" in who_is_needed:
            cookies["coordinator"] = logged_in_session(COORDINATOR, secret)
        cpu_before = workers_cpu_seconds(hello)
        ceiling, hello_p50, hello_p99, _, count = wrk(f"http://127.0.0.1:{HELLO_PORT}/")
        hello_cpu = (workers_cpu_seconds(hello) - cpu_before) * 1000 / max(count, 1)
        print("\nLoad average (1, 5, 15 min): " + " ".join(f"{load:.2f}" for load in os.getloadavg()))
        print(
            f"Hello-world Django view: {ceiling:.0f} requests/s, p50 {hello_p50:.1f} ms, p99 {hello_p99:.1f} ms, "
            f"CPU {hello_cpu:.2f} ms per request\n"
        )
        columns = f"{'req/s':>8} {'share':>7} {'p50 ms':>8} {'p99 ms':>8} {'CPU ms':>7} {'kB':>6} {'hello':>6}"
        print(f"{'page':26} {'who':12} {columns}")
        for label, path, who in pages:
            path = path.format(ranking=ranking)
            url = f"http://127.0.0.1:{PORTAL_PORT}{path}"
            status = "no participant" if path == "-" else requests.get(url, headers=headers(cookies[who]), timeout=30)
            status = getattr(status, "status_code", status)
            if status != 200:
                print(f"{label:26} {who:12} {'(' + str(status) + ', not measured)':>30}")
                continue
            probe = requests.get(url, headers=headers(cookies[who]), timeout=30)
            share, rate, p50, p99, cpu_ms, ceiling, errors = measure(url, cookies[who], portal)
            size = len(probe.content) / 1024
            flag = "  (non-2xx answers!)" if errors else ""
            figures = f"{rate:8.0f} {share:7.1%} {p50:8.1f} {p99:8.1f} {cpu_ms:7.2f} {size:6.1f} {ceiling:6.0f}"
            print(f"{label:26} {who:12} {figures}{flag}")
        again, _, again_p99, *_ = wrk(f"http://127.0.0.1:{HELLO_PORT}/")
        print(f"\nHello-world again after the pages: {again:.0f} requests/s, p99 {again_p99:.1f} ms")
        sizes = ", ".join(f"{size:.0f}" for size in worker_rss_mb(portal))
        print(f"Portal gunicorn workers' RSS after the run: {sizes} MB")
        print("Load average (1, 5, 15 min): " + " ".join(f"{load:.2f}" for load in os.getloadavg()))
    finally:
        for process in (portal, hello):
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=20)
        log.close()


if __name__ == "__main__":
    main()
