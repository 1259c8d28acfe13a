"""MkDocs hook: the site's home page is the README, so the two cannot drift apart. Its links into
the pages (``docs/<page>.md``) are rewritten to the site's (``<page>.md``), and links to files
outside the pages (``LICENSE``) are left as text."""

import re
from pathlib import Path

README = Path(__file__).resolve().parents[1] / "README.md"


def on_page_markdown(markdown, page, **kwargs):
    if page.file.src_uri != "index.md":
        return markdown
    text = README.read_text(encoding="utf-8")
    return re.sub(r"\]\(docs/", "](", text)
