"""Write sample_data/: the stories of stories.py as seven made-up sites serve them.

    python tools/make_sample_data.py sample_data

Each site has its own template and its own clutter, so that the cleaner meets the
cases news pages really present: JSON-LD (Harbor Ledger), OpenGraph only
(Meridian Daily), no metadata with the dateline in the lead (Northfield Review),
an old table layout in windows-1252 (Valley Gazette), microdata in German
(Kurier am Rhein), and plain-text page dumps (Pacific Courier, Le Veilleur).
A wire story run by a second site is lightly edited there (its last paragraph cut).
"""
from __future__ import annotations

import html
import json
import sys
from datetime import date, datetime
from pathlib import Path

from stories import STORIES

MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]
MONTHS_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
             "November", "Dezember"]


def when(story) -> date:
    text = story["when"]
    return datetime.fromisoformat(text) if "T" in text else date.fromisoformat(text)


def lead(story, first: bool = True) -> list[str]:
    """The paragraphs as the site prints them: wire copy opens with its dateline."""
    paragraphs = list(story["paragraphs"])
    if not first and len(paragraphs) > 3:
        paragraphs = paragraphs[:-1]
    if story["agency"]:
        dash = {"AP": "—", "Reuters": "-", "AFP": "—"}[story["agency"]]
        paragraphs[0] = f"{story['place']} ({story['agency']}) {dash} {paragraphs[0]}"
    return paragraphs


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def byline(story, staff: str) -> str:
    return {"AP": "Associated Press", "Reuters": "Reuters", "AFP": "AFP"}.get(story["agency"], staff)


def others(story, site: str, count: int = 3):
    pool = [s for s in STORIES if site in s["sites"] and s is not story] or [s for s in STORIES if s is not story]
    return pool[:count]


def human_date(moment: date) -> str:
    day = moment.date() if isinstance(moment, datetime) else moment
    text = f"{day:%B} {day.day}, {day.year}"
    if isinstance(moment, datetime):
        text += f", {moment:%I:%M %p}".replace(" 0", " ")
    return text


# ------------------------------------------------------------------ The Harbor Ledger: JSON-LD

def harbor(story, first: bool) -> bytes:
    moment = when(story)
    ld = {
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": story["headline"],
        "datePublished": moment.isoformat(), "dateModified": moment.isoformat(),
        "author": [{"@type": "Person", "name": byline(story, "Mara Ellison")}],
        "publisher": {"@type": "Organization", "name": "The Harbor Ledger"},
        "description": story["standfirst"], "dateline": story["place"].title() if story["place"].isupper() else story["place"],
        "mainEntityOfPage": f"https://harborledger.example/news/{story['slug']}",
    }
    paragraphs = lead(story, first)
    body = []
    for index, paragraph in enumerate(paragraphs):
        body.append(f"      <p>{esc(paragraph)}</p>")
        if index == 1:
            related = others(story, "harbor", 1)[0]
            body.append(f'      <aside class="inline-related"><strong>Read more:</strong> '
                        f'<a href="/news/{related["slug"]}">{esc(related["headline"])}</a></aside>')
    related_items = "\n".join(
        f'        <li><a href="/news/{s["slug"]}">{esc(s["headline"])}</a> <span class="date">{human_date(when(s))}</span></li>'
        for s in others(story, "harbor"))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{esc(story['headline'])} | The Harbor Ledger</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="canonical" href="https://harborledger.example/news/{story['slug']}">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
  <script>window.dataLayer = window.dataLayer || []; dataLayer.push({{"section": "world"}});</script>
  <style>.share-bar a {{ margin-right: 4px; }}</style>
</head>
<body>
  <header class="site-header">
    <a class="logo" href="/">The Harbor Ledger</a>
    <nav class="main-nav"><ul><li><a href="/world">World</a></li><li><a href="/business">Business</a></li>
      <li><a href="/climate">Climate</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/subscribe">Subscribe</a></li></ul></nav>
  </header>
  <main>
    <article class="story">
      <h1 class="story-headline">{esc(story['headline'])}</h1>
      <p class="standfirst">{esc(story['standfirst'])}</p>
      <div class="byline">By {esc(byline(story, 'Mara Ellison'))} · <time datetime="{moment.isoformat()}">{human_date(moment)}</time></div>
      <div class="share-bar"><a href="#">Share on Facebook</a><a href="#">Share on X</a><a href="#">Email</a></div>
      <figure class="lead-image"><img src="/img/{story['slug']}.jpg" alt="">
        <figcaption>File photo. (Harbor Ledger/Tomas Reyes)</figcaption></figure>
      <div class="article-body">
{chr(10).join(body)}
      </div>
      <div class="newsletter-signup"><h3>The Morning Ledger</h3><p>Sign up for our newsletter and get the day's top stories in your inbox every morning.</p></div>
    </article>
    <section class="related-stories"><h2>Related stories</h2><ul>
{related_items}
    </ul></section>
    <section id="comments"><h2>Comments (2)</h2>
      <div class="comment"><span class="comment-author">ledger_reader</span> <span class="comment-date">{human_date(moment)}</span><p>Finally someone is reporting this properly, thank you for the coverage.</p></div>
    </section>
  </main>
  <footer class="site-footer"><p>© The Harbor Ledger. All rights reserved.</p><a href="/privacy">Privacy policy</a> <a href="/terms">Terms of use</a></footer>
</body>
</html>
""".encode("utf-8")


# ------------------------------------------------------------------ Meridian Daily: OpenGraph only

def meridian(story, first: bool) -> bytes:
    moment = when(story)
    published = moment.isoformat() if isinstance(moment, datetime) else moment.isoformat()
    paragraphs = lead(story, first)
    body = []
    for index, paragraph in enumerate(paragraphs):
        body.append(f"<p>{esc(paragraph)}</p>")
        if index == 0:
            body.append('<div class="ad-slot"><span>Advertisement</span><div id="ad-1"></div></div>')
            body.append(f'<figure><img src="/photos/{story["slug"]}.jpg"><figcaption class="caption">'
                        f'A view of the scene on the day. Photo: Meridian Daily / L. Ferraz</figcaption></figure>')
        if index == 1:
            related = others(story, "meridian", 1)[0]
            body.append(f'<div class="read-more-box"><p>READ MORE</p><a href="/story/{related["slug"]}">{esc(related["headline"])}</a></div>')
    trending = "".join(f'<li><a href="/story/{s["slug"]}">{esc(s["headline"])}</a></li>' for s in others(story, "meridian"))
    return f"""<!doctype html>
<html>
<head>
<meta charset="UTF-8">
<title>{esc(story['headline'])} - Meridian Daily</title>
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(story['headline'])} - Meridian Daily">
<meta property="og:site_name" content="Meridian Daily">
<meta property="og:description" content="{esc(story['standfirst'])}">
<meta property="og:url" content="https://meridiandaily.example/story/{story['slug']}">
<meta property="article:published_time" content="{published}">
<meta name="author" content="{esc(byline(story, 'Lucas Ferraz'))}">
</head>
<body>
<div id="top-bar"><a href="/">Meridian Daily</a> | <a href="/login">Log in</a> | <a href="/subscribe">Subscribe</a></div>
<div id="menu"><a href="/world">World</a> <a href="/markets">Markets</a> <a href="/tech">Tech</a> <a href="/culture">Culture</a></div>
<div id="wrapper">
<div class="story-header">
<h1>{esc(story['headline'])}</h1>
<div class="story-meta">{esc(byline(story, 'Lucas Ferraz'))} | {human_date(moment)}</div>
</div>
<div class="story">
{chr(10).join(body)}
</div>
<div class="sidebar"><h4>Trending</h4><ul>{trending}</ul></div>
</div>
<div id="footer">Meridian Daily · <a href="/about">About</a> · <a href="/contact">Contact</a> · Cookie settings</div>
</body>
</html>
""".encode("utf-8")


# ------------------------------------------------------------------ Northfield Review: no metadata

def northfield(story, first: bool) -> bytes:
    moment = when(story)
    paragraphs = "\n".join(f"<p>{esc(p)}</p>" for p in lead(story, first))
    return f"""<html>
<head><title>Northfield Review</title></head>
<body>
<div id="masthead"><img src="/logo.gif" alt="Northfield Review"></div>
<div id="links"><a href="/">Home</a> &middot; <a href="/local">Local</a> &middot; <a href="/wire">Wire</a> &middot; <a href="/archive">Archive</a></div>
<div id="main">
<h2>{esc(story['headline'])}</h2>
<p class="posted">Posted {human_date(moment.date() if isinstance(moment, datetime) else moment)}</p>
{paragraphs}
<p><a href="/wire">Back to the wire</a></p>
</div>
<div id="bottom">Copyright Northfield Review. Contact the newsroom: news@northfield.example</div>
</body>
</html>
""".encode("utf-8")


# ------------------------------------------------------------------ Valley Gazette: tables, windows-1252

def valley(story, first: bool) -> bytes:
    moment = when(story)
    text_paragraphs = [p.replace("'", "’") for p in lead(story, first)]
    body = "<br><br>\n".join(esc(p) for p in text_paragraphs)
    stamp = human_date(moment)
    if isinstance(moment, datetime):
        offset = moment.strftime("%z")
        stamp += f" GMT{offset[:3]}:{offset[3:]}"
    page = f"""<HTML>
<HEAD>
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=windows-1252">
<TITLE>Valley Gazette :: {esc(story['headline'])}</TITLE>
</HEAD>
<BODY BGCOLOR="#FFFFFF">
<TABLE WIDTH="100%" BORDER="0" CELLPADDING="0">
<TR><TD COLSPAN="2"><FONT SIZE="6" FACE="Georgia">The Valley Gazette</FONT></TD></TR>
<TR>
<TD WIDTH="160" VALIGN="top" CLASS="leftnav">
<A HREF="/">Front Page</A><BR><A HREF="/news">News</A><BR><A HREF="/sports">Sports</A><BR><A HREF="/obits">Obituaries</A><BR><A HREF="/classifieds">Classifieds</A>
</TD>
<TD VALIGN="top">
<TABLE WIDTH="100%"><TR><TD>
<FONT SIZE="5"><B>{esc(story['headline'])}</B></FONT><BR>
<FONT SIZE="2"><I>{esc(story['standfirst'].replace("'", "’"))}</I></FONT><BR>
<FONT SIZE="2">{stamp} &#8212; {esc(byline(story, 'Gazette staff'))}</FONT>
</TD></TR>
<TR><TD CLASS="storytext"><FONT FACE="Verdana" SIZE="2">
{body}
</FONT></TD></TR>
<TR><TD><FONT SIZE="1">&copy; Valley Gazette Publishing Co. All rights reserved. <A HREF="/print">Print this story</A> | <A HREF="/email">E-mail this story</A></FONT></TD></TR>
</TABLE>
</TD>
</TR>
</TABLE>
</BODY>
</HTML>
"""
    return page.encode("cp1252", "xmlcharrefreplace")


# ------------------------------------------------------------------ Kurier am Rhein: microdata

def kurier(story, first: bool) -> bytes:
    moment = when(story)
    lang = story.get("lang", "en")
    day = moment.date() if isinstance(moment, datetime) else moment
    shown = f"{day.day}. {MONTHS_DE[day.month - 1]} {day.year}"
    paragraphs = "\n".join(f"        <p>{esc(p)}</p>" for p in lead(story, first))
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <title>{esc(story['headline'])} – Kurier am Rhein</title>
  <meta name="description" content="{esc(story['standfirst'])}">
</head>
<body>
  <div class="cookie-banner">Wir verwenden Cookies. <button>Akzeptieren</button></div>
  <nav><a href="/">Startseite</a> <a href="/politik">Politik</a> <a href="/wirtschaft">Wirtschaft</a> <a href="/kultur">Kultur</a></nav>
  <div itemscope itemtype="https://schema.org/NewsArticle" class="artikel">
    <h1 itemprop="headline">{esc(story['headline'])}</h1>
    <p class="teaser-text" itemprop="description">{esc(story['standfirst'])}</p>
    <div class="autor">Von <span itemprop="author">{esc(byline(story, 'Jana Vogt'))}</span>,
      <span class="location">{esc(story['place'].title() if story['place'].isupper() else story['place'])}</span> –
      <time itemprop="datePublished" datetime="{moment.isoformat()}">{shown}</time></div>
    <div itemprop="articleBody" class="artikel-text">
{paragraphs}
    </div>
    <div class="teilen">Artikel teilen: <a href="#">Facebook</a> <a href="#">WhatsApp</a> <a href="#">E-Mail</a></div>
  </div>
  <div class="kommentare"><h3>Kommentare</h3>
    <div class="kommentar"><b>Leser42</b> schrieb am 3. Januar 2024: Sehr informativ, danke für den Bericht!</div>
  </div>
  <footer>Impressum · Datenschutz · © Kurier am Rhein</footer>
</body>
</html>
""".encode("utf-8")


# ------------------------------------------------------------------ plain-text page dumps

def pacific(story, first: bool) -> bytes:
    moment = when(story)
    day = moment.date() if isinstance(moment, datetime) else moment
    if isinstance(moment, datetime):
        offset = moment.strftime("%z")
        stamp = f"Published {day.day} {day:%b} {day.year} {moment:%H:%M} GMT{offset[:3]}:{offset[3:]}"
    else:
        stamp = f"Published {day.day} {day:%b} {day.year}"
    place = story["place"].title() if story["place"].isupper() else story["place"]
    paragraphs = lead(story, first)
    related = others(story, "pacific", 2)
    lines = ["PacificCourier", "", "Home", "Asia", "World", "Business", "Sport", "Subscribe", "",
             story["headline"], "", story["standfirst"], "",
             byline(story, "Ana Kusuma"), place, stamp, "", "Listen to this article", "",
             f"{story['headline']} A scene from the story. (Pacific Courier/Rudi Hartono)", ""]
    for index, paragraph in enumerate(paragraphs):
        lines += [paragraph, ""]
        if index == 1:
            lines += ["Advertisement", "", f"Read also: {related[0]['headline']}", ""]
    lines += ["Topics", "", "Asia", "Economy", "",
              "Get the Pacific Courier newsletter",
              "Sign up to receive the top stories of the day in your inbox, every morning before breakfast.", "",
              "Related articles", "", related[-1]["headline"], "", "© Pacific Courier. All rights reserved."]
    return "\n".join(lines).encode("utf-8")


def veilleur(story, first: bool) -> bytes:
    moment = when(story)
    day = moment.date() if isinstance(moment, datetime) else moment
    stamp = f"Publié le {day.day} {MONTHS_FR[day.month - 1]} {day.year}"
    if isinstance(moment, datetime):
        offset = moment.strftime("%z")
        stamp += f" à {moment:%H}h{moment:%M} UTC{offset[:3]}:{offset[3:]}"
    lines = ["Le Veilleur", "Accueil", "Politique", "Économie", "Monde", "Culture", "Se connecter", "",
             story["headline"], "", story["standfirst"], "",
             f"Par {byline(story, 'Claire Dumas')}", stamp, "",
             "Partager cet article", ""]
    for paragraph in lead(story, first):
        lines += [paragraph, ""]
    lines += ["Lire aussi : Les usagers s'organisent pour contourner les perturbations", "",
              "Abonnez-vous pour lire la suite de nos enquêtes", "Découvrir nos offres", "",
              "Commentaires", "Connectez-vous pour réagir", "", "© Le Veilleur 2019"]
    return "\n".join(lines).encode("utf-8")


SITES = {
    "harbor": ("harbor-ledger", ".html", harbor),
    "meridian": ("meridian-daily", ".html", meridian),
    "northfield": ("northfield-review", ".html", northfield),
    "valley": ("valley-gazette", ".htm", valley),
    "kurier": ("kurier-am-rhein", ".html", kurier),
    "pacific": ("pacific-courier", ".txt", pacific),
    "veilleur": ("le-veilleur", ".txt", veilleur),
}


def main(target: str) -> None:
    root = Path(target)
    for story in STORIES:
        for order, site in enumerate(story["sites"]):
            folder, suffix, render = SITES[site]
            path = root / folder / f"{when(story).isoformat()[:10]}-{story['slug']}{suffix}"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(render(story, order == 0))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "sample_data")
