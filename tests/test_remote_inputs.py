"""An input fetched by URL keeps the identity it was fetched with when the network is gone: a rerun
without it plans nothing, and only a real change of the remote file (seen online) reruns."""

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml

from kdcal import hub
from published_fixtures import write_published_study
from workflow_helpers import copy_workflow, planned_jobs, snakemake


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(folder: Path, port: int) -> int:
    """A static file server on 127.0.0.1 (HEAD answers Last-Modified); returns its PID."""
    process = subprocess.Popen(
        [sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1", "--directory", str(folder)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return process.pid
        time.sleep(0.1)
    os.kill(process.pid, signal.SIGTERM)
    raise RuntimeError("the test's HTTP server did not start")


def stop_server(pid: int) -> None:
    os.kill(pid, signal.SIGTERM)
    os.waitpid(pid, 0)


def test_a_recorded_identity_is_used_only_when_the_source_cannot_be_asked(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    port = free_port()
    (tmp_path / "served").mkdir()
    (tmp_path / "served/a.json").write_text("[1, 2]")
    url = f"http://127.0.0.1:{port}/a.json"
    assert hub.content_id(url) == url  # never fetched, nothing to ask: the URL alone
    pid = start_server(tmp_path / "served", port)
    try:
        online = hub.content_id(url)
        assert online.startswith(f"{url} @ ") and online != url  # its Last-Modified
        hub.fetch_to(url, tmp_path / "got.json")
        hub.record_content_id(url, online)
        stamp = time.time() + 3600
        os.utime(tmp_path / "served/a.json", (stamp, stamp))
        changed = hub.content_id(url)
        assert changed != online  # online, a change of the remote file is seen
    finally:
        stop_server(pid)
    assert hub.content_id(url) == online  # offline: what the fetch recorded
    record = json.loads(next((tmp_path / ".snakemake/kdcal-remote").glob("*.json")).read_text())
    assert record == {"uri": url, "content": online}
    hub.record_content_id(str(tmp_path / "got.json"), "sha256:x")  # local paths are not recorded
    assert len(list((tmp_path / ".snakemake/kdcal-remote").glob("*.json"))) == 1


@pytest.mark.workflow
def test_a_replay_from_urls_stays_done_when_the_server_is_gone(tmp_path):
    served = tmp_path / "served"
    files = write_published_study(served, arms=("vanilla", "kd"))
    port = free_port()
    url = {name: f"http://127.0.0.1:{port}/{path.name}" for name, path in files.items()}
    workdir = copy_workflow(tmp_path / "wf")
    config = {
        "mode": "replay",
        "replay": {"teacher": url["teacher"], "arms": {"vanilla": url["vanilla"], "kd": url["kd"]}},
        "evaluation": {"bootstrap_resamples": 50},
        # Published size (K = 113): the matrix-scaling and isotonic arms are left to the tiny study's tests
        # (a cross-validated matrix scaling takes minutes here).
        "calibration": {"methods": ["temperature_scaling", "vector_scaling"]},
    }
    (workdir / "replay.yaml").write_text(yaml.safe_dump(config))
    pid = start_server(served, port)
    try:
        first = snakemake(workdir, "results/table.md", configfile="replay.yaml")
        assert first.returncode == 0, (first.stdout + first.stderr)[-4000:]
    finally:
        stop_server(pid)
    # The server is gone (as a notebook's network, or a hub that times out): nothing to do.
    dry = snakemake(workdir, "-n", "results/table.md", configfile="replay.yaml")
    assert dry.returncode == 0 and planned_jobs(dry.stdout) == [], dry.stdout[-3000:]
    assert "Nothing to be done" in dry.stdout + dry.stderr
    again = snakemake(workdir, "results/table.md", configfile="replay.yaml")
    assert again.returncode == 0 and "Nothing to be done" in again.stdout + again.stderr, again.stderr[-3000:]
    # Back online, one file really changed: its fetch and what depends on it rerun, nothing else.
    stamp = time.time() + 3600
    os.utime(files["kd"], (stamp, stamp))
    pid = start_server(served, port)
    try:
        changed = snakemake(workdir, "-n", "results/table.md", configfile="replay.yaml")
    finally:
        stop_server(pid)
    jobs = planned_jobs(changed.stdout)
    assert ("fetch_predictions", "source=kd") in jobs and ("import_predictions", "source=kd") in jobs
    assert not {("fetch_predictions", "source=vanilla"), ("fetch_predictions", "source=teacher")} & set(jobs)
