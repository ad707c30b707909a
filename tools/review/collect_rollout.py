"""Makes the emails of a plan's first months, as the owner and the hire receive them, for readers.

Runs the standalone host (in memory, .eml outbox, Workflow:TimeScale so a week passes in about 30 s), posts
one review intake, and acts as the owner would: waits for both hire reminders, registers the hire, records two
good check-ins (phase 2 starts), then lets two check-ins pass unrecorded (the pause). Each email is unpacked
into <out>/<message>/ (text, HTML, attachments). Readers get only that folder.
Usage: python3 tools/review/collect_rollout.py <intake.json> <out-dir> [port]   (build src/Standalone first)
"""
import json, os, pathlib, re, subprocess, sys, tempfile, time, urllib.request

repo = pathlib.Path(__file__).resolve().parents[2]
intake = json.loads(pathlib.Path(sys.argv[1]).read_text())
out = pathlib.Path(sys.argv[2]); out.mkdir(parents=True, exist_ok=True)
port = int(sys.argv[3]) if len(sys.argv) > 3 else 7411
base = f"http://localhost:{port}/"
work = tempfile.mkdtemp(prefix="delegation-rollout-")
env = dict(os.environ, Standalone__Port=str(port), App__BaseUrl=base, Workflow__TimeScale="20000",
           Workflow__HireReminderDelay="2.00:00:00", RateLimiting__IntakePermitsPerMinute="1000",
           Admin__Key="review-collector", Reports__SummaryEmail="operator@example.com")
dll = repo / "src/Standalone/bin/Debug/net10.0/Delegation.Standalone.dll"
host = subprocess.Popen(["dotnet", str(dll)], cwd=work, env=env, stdout=open(out / "host.log", "w"), stderr=subprocess.STDOUT)
outbox = pathlib.Path(work, ".data", "outbox")


def call(method, path, body=None, headers=None):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(base + path, data=data, method=method, headers={"Content-Type": "application/json", **(headers or {})})
    try:
        with urllib.request.urlopen(request) as response:
            return response.status, json.loads(response.read() or b"null")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def wait_for(plan, key, timeout=240):
    path = outbox / f"{plan}-{key}.eml"
    deadline = time.time() + timeout
    while time.time() < deadline:
        if path.exists():
            time.sleep(0.3)
            return path.read_text(errors="replace")
        time.sleep(0.2)
    raise TimeoutError(f"no email {key}; outbox: {sorted(p.name for p in outbox.glob('*.eml'))}")


def link(eml, fragment):
    body = re.sub(r"=\r?\n", "", eml)
    return next(u for u in re.findall(r"http://localhost:\d+/\S+", body) if fragment in u).rstrip(">\"'")


try:
    for _ in range(240):
        try:
            if call("GET", "api/health")[0] == 200:
                break
        except OSError:
            pass
        time.sleep(0.5)
    intake["preferences"]["startWith"] = 1
    # Readers become the owner from what was really posted (read 5 was handed the file's startWith 3).
    (out / "what-you-entered-in-the-form.json").write_text(json.dumps(intake, indent=2))
    status, answer = call("POST", "api/intake", intake)
    plan = answer["planId"]
    # The first role the plan asks to hire for: the first hire reminder names it.
    deadline = time.time() + 240
    while not list(outbox.glob(f"{plan}-hire-*-1.eml")) and time.time() < deadline:
        time.sleep(0.2)
    role = sorted(outbox.glob(f"{plan}-hire-*-1.eml"))[0].stem[len(plan) + len("-hire-"):-len("-1")]
    first = wait_for(plan, f"hire-{role}-1")
    wait_for(plan, f"hire-{role}-2")
    token = re.search(r"token=([A-Za-z0-9_\-.%]+)", re.sub(r"=\r?\n", "", first).replace("=3D", "=")).group(1)
    call("POST", f"api/plans/{plan}/delegates?token={token}", {"role": role, "name": "Jo Park", "email": "jo@example.com"})
    wait_for(plan, f"hired-{role}-delegate")
    for n in (1, 2):
        reminder = wait_for(plan, f"remind-{role}-{n}-owner")
        wait_for(plan, f"remind-{role}-{n}-delegate")
        check = link(reminder, "/checkins/").split("/checkins/")[1].split("/")[0]
        # As an owner would: after the meeting (a day of plan time after the reminder is about 4 s here).
        time.sleep(6)
        call("POST", f"api/checkins/{check}", {"onTrack": True, "stress": 2, "readyForMore": True})
    try:
        wait_for(plan, "phase-2-owner", timeout=30)
    except TimeoutError:
        pass  # a plan with one phase has no phase email
    wait_for(plan, "paused-1-delegate", timeout=400)
    # The month's reports, as the operator's schedule would run them: the owner's report and the operator's summary.
    month = time.strftime("%Y-%m", time.gmtime())
    call("POST", f"api/admin/reports?month={month}", headers={"x-functions-key": "review-collector"})
    wait_for(plan, f"report-{month}", timeout=120)
    summary = pathlib.Path(outbox, f"reports-{month}-summary.eml")
    deadline = time.time() + 120
    while not summary.exists() and time.time() < deadline:
        time.sleep(0.5)
finally:
    host.terminate()
    host.wait(timeout=30)

for eml in sorted(outbox.glob(f"{plan}-*.eml")):
    folder = out / eml.stem[len(plan) + 1:]
    folder.mkdir(exist_ok=True)
    subprocess.run([sys.executable, str(repo / "tools/review/unpack_eml.py"), str(eml), str(folder), "--no-date"], check=True)
for eml in sorted(outbox.glob("reports-*-summary.eml")):
    folder = out / ("operator-" + eml.stem)
    folder.mkdir(exist_ok=True)
    subprocess.run([sys.executable, str(repo / "tools/review/unpack_eml.py"), str(eml), str(folder), "--no-date"], check=True)
print(f"{plan}: {len(list(out.iterdir())) - 1} emails in {out}")
# Readers get the public address, not this run's local port (round 11's readers took localhost links as dead).
for text in out.rglob("*"):
    if text.is_file() and text.suffix in (".txt", ".html", ".ics", ".md"):
        body = text.read_text(errors="replace")
        if base in body:
            text.write_text(body.replace(base, "https://app.delegation.example/"))
