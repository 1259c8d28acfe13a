"""Fetch files named by Hugging Face URIs (``hf://...``), http(s) URLs or local paths.

URI convention (Hugging Face's own, as in ``huggingface_hub.HfFileSystem``):

    hf://<namespace>/<repo>/<path>                 a model repository
    hf://datasets/<namespace>/<repo>/<path>        a dataset repository
    hf://spaces/<namespace>/<repo>/<path>          a Space
    hf://datasets/<namespace>/<repo>@<rev>/<path>  at a branch, tag or commit

Downloads go through ``huggingface_hub.hf_hub_download`` into its cache, which honours
``HF_HUB_OFFLINE=1`` (cache only), ``HF_HOME`` / ``HF_HUB_CACHE`` and reads a token from ``HF_TOKEN``
itself; kdcal never handles or logs the token.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path

from kdcal.errors import KdcalError

REPO_TYPES = {"datasets": "dataset", "spaces": "space"}


class FetchError(KdcalError, OSError):
    """A file that is neither cached nor reachable, with the way forward."""


@dataclass(frozen=True)
class HubFile:
    repo_id: str
    filename: str
    repo_type: str = "model"
    revision: str | None = None

    @property
    def uri(self) -> str:
        prefix = "" if self.repo_type == "model" else f"{self.repo_type}s/"
        rev = f"@{self.revision}" if self.revision else ""
        return f"hf://{prefix}{self.repo_id}{rev}/{self.filename}"


def parse_hf_uri(uri: str) -> HubFile:
    """``hf://[datasets/|spaces/]namespace/repo[@revision]/path`` -> HubFile."""
    if not uri.startswith("hf://"):
        raise ValueError(f"{uri!r} is not an hf:// URI")
    parts = uri[len("hf://") :].split("/")
    repo_type = "model"
    if parts and parts[0] in REPO_TYPES:
        repo_type = REPO_TYPES[parts.pop(0)]
    if len(parts) < 3 or not all(parts):
        raise FetchError(
            f"{uri}: expected hf://[datasets/]<namespace>/<repo>[@revision]/<path in repo>, "
            "e.g. hf://datasets/earino/ecbs5200-week6-teacher-logits/val_logits_canonical_final.npz"
        )
    repo, _, revision = parts[1].partition("@")
    return HubFile(f"{parts[0]}/{repo}", "/".join(parts[2:]), repo_type, revision or None)


# Where each fetch job records the identity of the remote file it fetched (one small JSON file per
# URI, in the working directory's .snakemake/ beside Snakemake's own records).
REMOTE_IDS = Path(".snakemake/kdcal-remote")


def content_id(uri: str) -> str:
    """What a rerun decision compares for a file read from outside the workflow:

    - a local path: the SHA-256 of its bytes, so a file replaced in place (even with its old
      modification time) reruns what depends on it; "missing" when absent (the fetch job then
      stops with the file named);
    - ``hf://``: the URI and the commit it resolves to, asked from the hub (a metadata request of
      a few hundred bytes, 5 s timeout) unless ``HF_HUB_OFFLINE=1``; a new commit on the hub (or a
      pinned ``@revision`` in the URI) reruns what depends on it;
    - ``http(s)://``: the URL and its ETag (or Last-Modified) from a HEAD request.
    A remote file that cannot be asked (offline, a time-out, a server down) keeps the identity its
    last fetch recorded (``record_content_id``), so a rerun without network plans nothing new;
    failing that, an hf:// file the commit of its cached copy; failing that, the URI alone (the
    fetch job then says why it cannot fetch).
    """
    if uri.startswith(("hf://", "http://", "https://")):
        hub = uri.startswith("hf://")
        version = _hub_commit_online(uri) if hub else _url_version(uri)
        if version is None:
            recorded = recorded_content_id(uri)
            if recorded is not None:
                return recorded
            version = _cached_commit(uri) if hub else None
        return f"{uri} @ {version}" if version else uri
    from kdcal.runtime import file_sha256

    path = Path(uri)
    if not path.is_file():
        return "missing"
    return f"sha256:{file_sha256(path)}"


def _record_path(uri: str) -> Path:
    import hashlib

    return REMOTE_IDS / f"{hashlib.sha256(uri.encode()).hexdigest()[:32]}.json"


def recorded_content_id(uri: str) -> str | None:
    """The identity that the last fetch of ``uri`` in this working directory recorded, or None."""
    import json

    try:
        record = json.loads(_record_path(uri).read_text())
    except (OSError, ValueError):
        return None
    return record.get("content") if record.get("uri") == uri else None


def record_content_id(uri: str, content: str) -> None:
    """Record, after a successful fetch, the identity ``content_id`` gave ``uri`` for it, so that a
    later run that cannot reach the source reuses it. Local paths and unversioned ids are not kept."""
    import json

    from kdcal.runtime import write_text_atomic

    if "://" not in uri or content == uri:
        return
    write_text_atomic(_record_path(uri), json.dumps({"uri": uri, "content": content}) + "\n")


def _hub_commit_online(uri: str) -> str | None:
    """The commit an hf:// URI resolves to on the hub now; None offline (HF_HUB_OFFLINE=1) or when
    the hub cannot be reached, or the repository is gated or missing (the fetch job says which)."""
    from huggingface_hub import constants, get_hf_file_metadata, hf_hub_url

    if constants.HF_HUB_OFFLINE:
        return None
    hub_file = parse_hf_uri(uri)
    url = hf_hub_url(hub_file.repo_id, hub_file.filename, repo_type=hub_file.repo_type, revision=hub_file.revision)
    with contextlib.suppress(Exception):
        return get_hf_file_metadata(url, timeout=5).commit_hash or None
    return None


def _cached_commit(uri: str) -> str | None:
    """The commit of the cached copy of an hf:// file, or None."""
    from huggingface_hub import try_to_load_from_cache

    hub_file = parse_hf_uri(uri)
    cached = try_to_load_from_cache(hub_file.repo_id, hub_file.filename, revision=hub_file.revision, repo_type=hub_file.repo_type)
    if isinstance(cached, str) and "/snapshots/" in Path(cached).as_posix():
        return Path(cached).as_posix().split("/snapshots/", 1)[1].split("/", 1)[0]
    return None


def _url_version(url: str) -> str | None:
    """The ETag (or Last-Modified) a HEAD request for ``url`` answers; None when unreachable."""
    import urllib.request

    try:
        with urllib.request.urlopen(urllib.request.Request(url, method="HEAD"), timeout=5) as response:
            return response.headers.get("ETag") or response.headers.get("Last-Modified")
    except Exception:  # noqa: BLE001 -- unreachable: the recorded identity, else the URL alone
        return None


def fetch_to(uri: str, destination: str | Path, timeout: float = 60.0) -> None:
    """Copy the file named by ``uri`` to ``destination`` (atomically): an ``hf://`` URI through the
    Hugging Face cache, an ``http(s)://`` URL, or a local path.

    Raises FetchError naming the file and how to proceed when it is neither cached nor reachable.
    """
    import shutil

    from kdcal.runtime import atomic_path

    with atomic_path(destination) as tmp:
        if uri.startswith(("http://", "https://")):
            _download(uri, tmp, timeout)
        else:
            shutil.copyfile(_hub_or_local(uri), tmp)


def _download(url: str, destination: Path, timeout: float) -> None:
    import shutil
    import urllib.error
    import urllib.request

    try:
        with urllib.request.urlopen(url, timeout=timeout) as response, open(destination, "wb") as out:
            shutil.copyfileobj(response, out)
    except (urllib.error.URLError, OSError) as err:
        raise FetchError(
            f"{url}: download failed ({err}). To proceed: run with network access, or download the "
            "file yourself and put its local path in the config"
        ) from err


def _hub_or_local(uri: str) -> Path:
    """Local path of a file: an existing local path as is, an hf:// URI via the cache."""
    if not uri.startswith("hf://"):
        path = Path(uri)
        if not path.is_file():
            raise FetchError(f"{uri}: no such file (expected a local path, an http(s) URL or an hf:// URI)")
        return path
    from huggingface_hub import constants, hf_hub_download
    from huggingface_hub.errors import GatedRepoError, HfHubHTTPError, LocalEntryNotFoundError, RepositoryNotFoundError

    try:
        from huggingface_hub.errors import RemoteEntryNotFoundError
    except ImportError:  # huggingface_hub < 1.0 (Kaggle's image) names it EntryNotFoundError
        from huggingface_hub.errors import EntryNotFoundError as RemoteEntryNotFoundError

    hub_file = parse_hf_uri(uri)
    try:
        return Path(
            hf_hub_download(hub_file.repo_id, hub_file.filename, repo_type=hub_file.repo_type, revision=hub_file.revision)
        )
    except GatedRepoError as err:
        raise FetchError(f"{uri}: the repository is gated; accept its terms on the hub and set HF_TOKEN") from err
    except RepositoryNotFoundError as err:
        raise FetchError(
            f"{uri}: repository {hub_file.repo_id} ({hub_file.repo_type}) not found, or private without a valid HF_TOKEN"
        ) from err
    except LocalEntryNotFoundError as err:  # before the remote case: in huggingface_hub < 1.0 both are EntryNotFoundError
        where = (
            "HF_HUB_OFFLINE=1 is set and the file is not in the cache"
            if constants.HF_HUB_OFFLINE
            else "the hub could not be reached and the file is not in the cache"
        )
        raise FetchError(
            f"{uri}: {where} ({constants.HF_HUB_CACHE}). To proceed: run once with network access "
            "(and HF_TOKEN for private repositories) to fill the cache, then HF_HUB_OFFLINE=1 works; or copy "
            "the file here and put its local path in the config instead of the hf:// URI."
        ) from err
    except RemoteEntryNotFoundError as err:
        raise FetchError(f"{uri}: repository {hub_file.repo_id} has no file {hub_file.filename}") from err
    except (HfHubHTTPError, OSError) as err:
        raise FetchError(f"{uri}: download failed ({type(err).__name__}); check the network, or use a local path") from err
