"""HTML pages and RSS/Atom feeds as input documents (CONTRACT §1).

A saved page's main text comes from trafilatura (menus, footers, comment sections and most
link lists dropped), its title, publication date, site name and canonical url from the page's
metadata. A feed gives one document per item (feedparser), with the item's date, link and title
and the feed's title as source. Either way the document's text is the plain text geokg
extracted, and evidence offsets index that text; it then goes through the same page
segmentation as a ``.txt`` file, so a "read also" section still becomes its own document.
"""

from __future__ import annotations

import codecs
import hashlib
import re
import time
from typing import Any
from urllib.parse import urlsplit

_HTML_LANG = re.compile(rb"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2})", re.I)
_META_CHARSET = re.compile(rb"<meta\b[^>]*?charset\s*=\s*[\"']?([A-Za-z0-9_\-]+)", re.I)
_SUPPORTED_LANGS = ("ar", "en")


def _lang_code(value: object) -> str | None:
    """'ar', 'en' from 'ar', 'en-US', 'AR_eg'; None for anything else (then detected)."""
    if not isinstance(value, str):
        return None
    code = value.strip().lower()[:2]
    return code if code in _SUPPORTED_LANGS else None


def decode_html(data: bytes) -> str | tuple[int, str]:
    """The page's text: a BOM, else UTF-8, else the charset the page declares (windows-1256 is
    still common on Arabic sites). Returns ``(byte offset, reason)`` when it cannot be decoded."""
    for bom, enc in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
        (codecs.BOM_UTF8, "utf-8-sig"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(enc)
            except UnicodeDecodeError as e:
                return e.start, f"invalid {enc.upper()}"
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        declared = _META_CHARSET.search(data[:4096])
        name = declared.group(1).decode("ascii").lower() if declared else None
        if name and name.replace("-", "").replace("_", "") not in ("utf8", "utf8sig"):
            try:
                return data.decode(codecs.lookup(name).name)
            except (LookupError, UnicodeDecodeError):
                pass
        return e.start, "invalid UTF-8"


def html_main_text(html: str) -> dict[str, Any] | None:
    """Main text and metadata of a page (trafilatura), or None when the page holds no article."""
    import trafilatura  # imported here: it is only needed for HTML input

    # No url: nothing is fetched. Dates from the page's metadata and markup only, never guessed
    # from the running text.
    found = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if found is None:
        return None
    text = (getattr(found, "text", None) or "").strip()
    if not text:
        return None
    return {
        "text": text,
        "title": getattr(found, "title", None),
        "date": getattr(found, "date", None),
        "source": getattr(found, "sitename", None) or getattr(found, "hostname", None),
        "url": getattr(found, "url", None),
    }


def page_lang(data: bytes) -> str | None:
    m = _HTML_LANG.search(data[:4096])
    return _lang_code(m.group(1).decode("ascii")) if m else None


def fragment_text(html: str) -> str:
    """Plain text of an HTML fragment (a feed item's summary or content), one line per block."""
    if "<" not in html:
        return html.strip()
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except Exception:  # lxml raises several unrelated types on broken markup
        return re.sub(r"<[^>]*>", " ", html).strip()
    for bad in root.xpath("//script|//style"):
        bad.drop_tree()
    for block in root.xpath("//p|//div|//br|//li|//h1|//h2|//h3|//h4|//h5|//h6|//tr|//blockquote"):
        block.tail = "\n" + (block.tail or "")
    text = root.text_content()
    lines = [re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in text.splitlines()]
    return "\n".join(line for line in lines if line)


def _entry_date(entry: Any) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = entry.get(key)
        if parsed:
            return time.strftime("%Y-%m-%d", parsed)
    return None


def _entry_text(entry: Any) -> str:
    parts = [c.get("value", "") for c in entry.get("content") or [] if c.get("value")]
    if not parts:
        parts = [entry.get("summary") or entry.get("description") or ""]
    return "\n".join(fragment_text(p) for p in parts).strip()


_GLOBAL_ID = re.compile(r"(?:https?|urn|tag|ftp):\S+|[A-Za-z][A-Za-z0-9+.-]*://\S+", re.I)


def feed_namespace(feed: Any, entries: list[Any], fallback: str) -> str:
    """Whose items these are: the host of the feed's link, else of its first item's link, else
    the feed's title, else ``fallback`` (the file's name without its suffix)."""
    for link in [feed.get("link"), *(e.get("link") for e in entries[:1])]:
        try:
            host = urlsplit(link).hostname if isinstance(link, str) else None
        except ValueError:  # a malformed link ("http://[::1")
            host = None
        if host:
            return host.removeprefix("www.")
    title = " ".join(str(feed.get("title") or "").split())
    return title or fallback


def item_id(entry: Any, namespace: str, text: str, date: str | None) -> str:
    """A feed item's document id, unique across outlets and stable across fetches.

    A guid that is a URI (``https://…``, ``urn:…``, ``tag:…``) is global already and stays as it
    is; any other guid ("1001") is prefixed with the feed's namespace ("example.com:1001"), so two
    outlets numbering their items alike never collide. An item without a guid is named by its
    link, title and date (the items of a live blog share one link): ``<link>#<hash>``, or
    ``<namespace>:<hash>`` (with the text in the hash) when it has no link either."""
    guid = " ".join(str(entry.get("id") or "").split())
    if guid:
        return guid if _GLOBAL_ID.fullmatch(guid) else f"{namespace}:{guid}"
    link = " ".join(str(entry.get("link") or "").split())
    title = " ".join(str(entry.get("title") or "").split())
    key = "\n".join((link, title, date or "") if link else (title, date or "", text))
    digest = hashlib.sha1(key.encode("utf-8", "surrogatepass")).hexdigest()
    return f"{link}#{digest[:12]}" if link else f"{namespace}:{digest[:16]}"


def feed_items(data: bytes, fallback_namespace: str = "feed") -> tuple[list[dict[str, Any]], str | None]:
    """The items of an RSS/Atom feed as document fields, and a reason when it is no feed at all."""
    import feedparser  # imported here: it is only needed for feed input

    parsed = feedparser.parse(data)
    if not parsed.get("version") and not parsed.entries:
        error = parsed.get("bozo_exception")
        reason = str(error).splitlines()[0] if error else "no RSS or Atom element"
        return [], f"not an RSS/Atom feed ({reason})"
    feed = parsed.get("feed", {})
    source = feed.get("title") or None
    feed_lang = _lang_code(feed.get("language"))
    namespace = feed_namespace(feed, parsed.entries, fallback_namespace)
    items = []
    for entry in parsed.entries:
        text, date = _entry_text(entry), _entry_date(entry)
        items.append(
            {
                "id": item_id(entry, namespace, text, date),
                "text": text,
                "title": entry.get("title") or None,
                "date": date,
                "url": entry.get("link") or None,
                "source": source,
                "lang": _lang_code(entry.get("language")) or feed_lang,
            }
        )
    return items, None
