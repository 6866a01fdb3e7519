"""HTML pages: main text without scripts, styles and menus; title, date and publisher from meta."""
from __future__ import annotations

import datetime as dt

import pytest

from kg.errors import EmptyInputError
from kg.ingest import read
from kg.ingest.htmltext import extract

PAGE = """<!DOCTYPE html>
<html lang="ar"><head>
<meta charset="utf-8">
<title>كيم يستضيف وفدا روسيا - CNN Arabic</title>
<meta property="og:title" content="كيم يستضيف وفدا روسيا">
<meta property="article:published_time" content="2024-07-12T09:30:00+03:00">
<meta property="og:site_name" content="CNN Arabic">
<meta property="og:url" content="https://arabic.cnn.com/world/article/2024/07/12/kim">
<style>body { color: red } .x:before { content: "STYLE-TEXT" }</style>
<script>var x = "SCRIPT-TEXT"; document.write("<p>SCRIPT-P</p>");</script>
</head><body>
<header><a href="/">الرئيسية</a></header>
<nav><ul><li>عالم</li><li>NAV-TEXT</li></ul></nav>
<article>
  <h1>كيم يستضيف وفدا روسيا</h1>
  <p>ذكرت وكالة الأنباء المركزية الكورية الشمالية &amp; وكالات أخرى، أن الزعيم الكوري الشمالي استضاف في بيونغ يانغ وفدا.</p>
  <p>وقال كيم إن جيشي البلدين يجب أن يتحدا<br>بشكل أكثر حزما &lt;كما قال&gt;.</p>
  <script>alert("INLINE-SCRIPT")</script>
  <div hidden>HIDDEN-TEXT</div>
</article>
<aside>ASIDE-TEXT</aside>
<footer>FOOTER-TEXT</footer>
</body></html>
"""


def test_ingest_html_main_text_without_scripts_styles_menus(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    (doc,) = read([path])
    for junk in ("SCRIPT", "STYLE-TEXT", "NAV-TEXT", "ASIDE-TEXT", "FOOTER-TEXT", "HIDDEN-TEXT", "الرئيسية", "<p>"):
        assert junk not in doc.text
    assert doc.text.startswith("كيم يستضيف وفدا روسيا\n\nذكرت وكالة الأنباء المركزية الكورية الشمالية & وكالات أخرى")
    assert "يتحدا\nبشكل أكثر حزما <كما قال>." in doc.text


def test_ingest_html_metadata(tmp_path):
    path = tmp_path / "page.htm"
    path.write_text(PAGE, encoding="utf-8")
    (doc,) = read([path])
    assert doc.title == "كيم يستضيف وفدا روسيا"
    assert doc.date == dt.date(2024, 7, 12)
    assert doc.source == "CNN Arabic"
    assert doc.url == "https://arabic.cnn.com/world/article/2024/07/12/kim"
    assert doc.lang == "ar"
    assert doc.meta["html_lang"] == "ar"


def test_ingest_html_without_article_takes_largest_block():
    markup = (
        "<html><head><title>T</title></head><body><div id=menu><p>Home</p><p>World</p></div>"
        "<div id=content><p>" + "Kim Jong Un hosted a delegation in Pyongyang. " * 5 + "</p>"
        "<p>" + "Russia and North Korea signed a pact. " * 5 + "</p></div>"
        "<div id=side><p>Most read</p></div></body></html>"
    )
    page = extract(markup)
    assert page.text.startswith("Kim Jong Un hosted")
    assert "Home" not in page.text and "Most read" not in page.text
    assert page.title == "T"


def test_ingest_html_json_ld_and_time_element():
    markup = (
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": "H",'
        ' "datePublished": "2018-03-16", "publisher": {"@type": "Organization", "name": "BBC Arabic"}}'
        "</script></head><body><p>Text.</p></body></html>"
    )
    page = extract(markup)
    assert (page.title, page.date, page.source) == ("H", dt.date(2018, 3, 16), "BBC Arabic")
    assert extract('<body><time datetime="2020-01-02">2 Jan</time><p>x</p></body>').date == dt.date(2020, 1, 2)


def test_ingest_html_declared_windows_1256(tmp_path):
    markup = '<html><head><meta charset="windows-1256"><title>عنوان</title></head><body><p>كيم جونغ أون في موسكو.</p></body></html>'
    path = tmp_path / "w.html"
    path.write_bytes(markup.encode("cp1256"))
    (doc,) = read([path])
    assert doc.text == "كيم جونغ أون في موسكو."
    assert doc.title == "عنوان" and doc.meta["encoding"] == "cp1256"


def test_ingest_html_with_no_text(tmp_path):
    path = tmp_path / "s.html"
    path.write_text("<html><head><script>var a=1;</script><style>p{}</style></head><body><nav>x</nav></body></html>")
    with pytest.raises(EmptyInputError, match="no visible text"):
        list(read([path]))


def test_ingest_html_deep_nesting_does_not_recurse():
    page = extract("<div>" * 50_000 + "deep text" + "</div>" * 50_000)
    assert page.text == "deep text"


def test_ingest_html_broken_markup_is_tolerated():
    page = extract("<p>One <b>bold <i>both</b> tail</p><p>Two &amp;c &#x41; &#0; &bogus;</p><p")
    # entities decoded as browsers do (&#0; becomes U+FFFD), unknown ones left as written
    assert page.text.startswith("One bold both tail\n\nTwo &c A \ufffd &bogus;")


def test_ingest_html_nested_articles_and_stray_end_tags():
    # both once took time quadratic in the nesting depth
    assert extract("<article>x" * 20_000).text == "\n\n".join(["x"] * 20_000)
    assert extract("<div>" * 20_000 + "</span>" * 20_000 + "tail").text == "tail"
