"""Signals that a block of a page is not part of the article.

Shared by the HTML and the plain-text cleaners. They are general signals of the
web's page furniture (class names, call-to-action phrasing, photo credits), in
the main languages of the news we see, never wording of a particular site.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..scripts import LATIN_CAPITALS

#: words of class/id values that name page furniture ("share-bar", "story-meta", "related");
#: not "paywall", which marks the story's own paragraphs that a page hides from readers who
#: have not subscribed (its nag to subscribe is a call to action)
NOISE_WORDS = frozenset("""
nav navbar navigation menu menus footer sidebar aside widget widgets share sharing social socials sharebar
related recommend recommended recommendations promo promos promotion ad ads advert advertisement adverts
sponsor sponsored banner newsletter newsletters subscribe subscription subscriptions signup
comment comments disqus breadcrumb breadcrumbs cookie cookies consent popup modal overlay outbrain taboola
readmore toolbar tools print pagination pager tag tags caption credit credits copyright figcaption byline bio
meta rating ratings login search masthead skip trending popular teaser teasers infinite dateline
timestamp author authors kommentare kommentar teilen werbung anzeige video videos poll polls
donate donation donations audio podcast podcasts toc cta
""".split())
#: words of class/id values that name the article's container
CONTENT_WORDS = frozenset("""
article articlebody story storybody content entry post body text main prose richtext copy bodytext
maincontent artikel beitrag inhalt contenido contenu
""".split())
_WORD_SPLIT = re.compile(r"[\s_\-]+|(?<=[a-z])(?=[A-Z])")


#: class names that label a state, layout or taxonomy ("has-sidebar", "tag-cookies",
#: "category-ads", "field--label-hidden"), not the element's role
_LABEL_PREFIX = re.compile(r"^(?:has|with|no|one|two|three|is|tag|tags|category|categories|cat|topics?|"
                           r"custom_tags|format|status|type|lang|field--label|field-label)[-_]", re.I)


#: a name's first word placing the element by a neighbour ("above-footer", "below-nav"): the
#: words after it name the neighbour, not the element
_PLACED_BY = frozenset({"above", "below", "before", "after", "under", "beneath", "over"})


#: noise words that name other people's texts beside the story (comments, related stories, an
#: author's bio, advertisements): such a part holds paragraphs too, and they are never the story's
OTHERS_TEXT_WORDS = frozenset("""
comment comments disqus kommentare kommentar related recommend recommended recommendations outbrain
taboola trending popular bio author authors teaser teasers ad ads advert advertisement adverts sponsor
sponsored promo promos promotion werbung anzeige
""".split())


def names_others_texts(value: str) -> bool:
    """Whether a class/id value names a part holding others' texts (comments, related stories)."""
    return any(w.lower() in OTHERS_TEXT_WORDS for name in value.split() for w in _WORD_SPLIT.split(name) if w)


#: noise words that also name a story's own part: many sites class their standfirst "teaser"
TEASER_WORDS = frozenset({"teaser", "teasers"})


@lru_cache(maxsize=65536)   # a page repeats its class names, and a site its template's
def classify_attribute(value: str, ignored: frozenset[str] = frozenset()) -> str:
    """"noise", "content" or "": the role a class/id value names, its last word deciding
    (``ignored`` noise words left out).

    A name whose last word is neutral ("content-sidebar-wrap") counts only when its
    other words all point one way.
    """
    noise_words = NOISE_WORDS - ignored if ignored else NOISE_WORDS
    verdict = ""
    for name in value.split():
        if _LABEL_PREFIX.match(name):
            continue
        words = [w.lower() for w in _WORD_SPLIT.split(name) if w]
        if not words or (len(words) > 1 and words[0] in _PLACED_BY):
            continue
        if words[-1] in noise_words:
            return "noise"
        if words[-1] in CONTENT_WORDS:
            verdict = "content"
            continue
        noisy = any(w in noise_words for w in words)
        contentful = any(w in CONTENT_WORDS for w in words)
        if not verdict and noisy != contentful:
            verdict = "noise" if noisy else "content"
    return verdict


_CALL_TO_ACTION = re.compile(
    r"\b(?:share (?:this|on|via|options)|subscribe|subscription|sign up|sign in|log in|newsletter|"
    r"cookies?|privacy policy|terms of (?:use|service)|all rights reserved|follow us|click here|"
    r"follow (?:\w+ ){0,3}on (?:twitter|facebook|instagram|tiktok|youtube|linkedin)|síguenos|folgen sie uns|"
    r"folge uns|suivez-nous|seguici|(?:canal|channel|kanal) (?:de |on |auf )?(?:youtube|telegram|whatsapp)|"
    r"download (?:\w+ ){0,4}apps?|apps? (?:for|für|pour|para) (?:ios|android)|continue in the app|"
    r"continue reading (?:the main story|below)|"
    r"app store|google play|\d+\s*min(?:ute)?s?\.? (?:read|de lectura|de lecture|di lettura)|lesezeit|lesedauer|"
    r"reading time|tiempo de lectura|temps de lecture|(?:als )?pdf herunterladen|"
    r"(?:listen to|hear) this (?:article|story)|artikel (?:vor)?(?:an)?hören|écouter (?:cet |l')article|"
    r"escuchar (?:este |el )?(?:artículo|nota|noticia)|ascolta (?:l'|questo )articolo|"
    r"print (?:this )?(?:recipe|article|page)|rezept drucken|imprimir (?:receta|artículo)|"
    r"valora esta|rate this (?:article|story|post)|registrieren sie sich|regístrate|"
    r"switch to (?:the )?(?:dark|light) mode|prześlij nam|"
    # a pitch for donations, the magazine, the site's other pages ("Helfen Sie mit! Jede kleine Spende
    # hilft …", "Gefällt dir unser Magazin?", "Die aktuelle Ausgabe jetzt an jedem Kiosk")
    r"helfen sie mit|jede (?:kleine )?spende|jetzt spenden|donate now|gefällt (?:dir|ihnen|euch) unser|"
    r"entdecken sie jetzt|jetzt entdecken|an jedem (?:bahnhofs)?kiosk|zapraszamy (?:też )?do subskrypcji|"
    # a rating widget's prompt, count or thanks ("Oceń jakość naszego artykułu:", "Rating: 5.0/5 (1 vote cast)")
    r"oceń (?:jakość )?(?:naszego )?artykułu?|sterne anklicken|rating:\s*\d+(?:[.,]\d+)?\s*/\s*\d+|votes? cast\b|"
    r"war (?:der|dieser) (?:artikel|beitrag) (?:hilfreich|nützlich)|\(\s*\d+ stimmen\b|"
    r"(?:vielen )?dank f(?:ü|ue)r (?:ihre|deine) bewertung|thank you for (?:your )?rating|"
    # how to comment, where the form is ("Kommentieren Sie hier", "Para comentar debes registrarte")
    r"kommentieren sie hier|para comentar debes|"
    r"verpasse keine|nichts (?:mehr )?(?:verpassen|versäumen)|(?:don't|never) miss|no te pierdas|ne manquez|"
    r"cancel(?:a)? (?:at )?any ?time|cancela cuando quieras|jederzeit kündbar|résiliable à tout moment|"
    r"become a member|werden sie mitglied|mitglied werden|hazte socio|devenez membre|"
    r"(?:visit|besuchen sie) (?:our|unseren) (?:\w+-)?(?:shop|store)|"
    r"(?:to|in|into) your inbox|straight to your phone|in (?:deinen|ihren) posteingang|"
    r"enter your e-?mail|(?:deine|ihre) (?:beste )?e-?mail(?:-adresse)? (?:ein|an)\b|"
    r"dans votre boîte (?:mail|de réception)|en tu (?:bandeja|correo)|"
    r"we rely on your support|support (?:our|independent|local) journalism|unterstützen sie (?:uns|unseren)|"
    r"apoya (?:nuestro|el) periodismo|ap[oó]yanos|support us\b|unterstütze uns|soutenez-nous|sostienici|"
    r"(?:benachrichtigungen?|notifications?|notificaciones) (?:aktivieren|activer|activar)|enable notifications|"
    r"(?:loading|cargando|chargement)(?=\.\.\.|…)|wird geladen|"
    r"creative commons|cc[- ]by|licensed under|lizenziert unter|suggested citation|zitiervorschlag|"
    r"(?:is|are) not responsible for (?:the )?(?:opinions|views|content)|(?:alle )?angaben ohne gewähr|"
    r"übernimmt keine haftung|no se hace responsable|n'est pas responsable des|"
    r"(?:vorschau auf den )?nächsten artikel|next article|article suivant|siguiente artículo|"
    r"externer inhalt|external content|contenido externo|contenu externe|"
    r"^(?:inhaltsverzeichnis|table of contents|sommaire)$|^\W*anzeige\b|"
    r"help us (?:continue|keep|grow)|hilf uns|helfen sie uns|ayúdanos|aidez-nous|"
    r"zurück zu(?:r)? (?:übersicht|startseite|liste)|back to (?:top|overview|the list)|retour (?:à la liste|en haut)|"
    r"volver (?:arriba|al listado)|"
    r"read more|read also|see also|related (?:articles?|stories|news)|"
    r"advertisement|sponsored|recommended|most (?:read|popular)|your browser|update your browser|"
    r"(?:playback|video|audio) (?:is )?(?:unsupported|not supported)|does not support (?:the )?(?:video|audio)|"
    r"escucha(?:r)? (?:la |el |esta |este )?(?:noticia|nota|artículo)|\d+\s*minutos? de lectura|social share|"
    r"^(?:zum )?hauptinhalt$|^main content$|"
    r"(?:hide|show|expand|collapse) (?:the )?(?:caption|image|photo|gallery)|click to enlarge|zum vergrößern|"
    r"(?:bild|foto) vergrößern|agrandir l'image|ampliar (?:la )?(?:imagen|foto)|"
    r"text size|^comments?\b|leave a (?:reply|comment)|"
    r"skip to (?:main )?content|springe? zum inhalt|zum inhalt springen|wechseln zu|^suche nach|^search for|"
    r"aller au contenu|ir al contenido|schreibe eine antwort|"
    r"teilen|teile (?:diesen|den|unseren) (?:beitrag|artikel)|letters? to the editor|"
    r"abonnieren|einloggen|connectez-vous|iniciar sesión|udostępnij|"
    r"jump to (?:recipe|comments|content)|(?:older|newer) posts?\b|folge mir|"
    r"(?:download|télécharger|descargar|herunterladen|scarica)\b.{0,20}\b(?:pdf|epub)|"
    r"\d+\s*(?:minutes?|min\.?)\s*[-–·|]\s*\d[\d,.]*\s*(?:words|wörter|mots|palabras)|przeczytasz w|czas czytania|"
    r"(?:join|dołącz do|rejoignez|únete a) (?:the |la )?(?:discussion|conversation|dyskusji|conversación)|"
    r"diskutieren sie mit|(?:jetzt|hier) spenden|donate (?:now|today)|(?:je fais|faire) un don|dona ahora|"
    r"auf einer seite lesen|read (?:on|as) (?:one|a single) page|"
    r"anmelden|weiterlesen|mehr zum thema|werbung|impressum|datenschutz|"
    r"partager|abonnez|s'abonner|lire aussi|lire la suite|publicité|"
    r"compartir|suscríbete|leer más|publicidad|condividi|iscriviti|leggi anche|pubblicità|"
    r"you (?:may|might) also like|more from|filed under|posted in|related posts|tags?:|"
    r"ähnliche beiträge|auch interessant|(?:könnte|dürfte) (?:dich|sie|euch) auch interessieren|"
    r"weitere artikel|weiterführende links?|kommentare?|dieser eintrag wurde|schlagw(?:o|ö)rter?|"
    r"vous aimerez aussi|à lire aussi|articles similaires|commentaires?|"
    r"te puede interesar|artículos relacionados|comentarios?|lea (?:más|también)|leia (?:mais|também)|"
    r"lesen sie (?:auch|mehr)|auch lesen|czytaj (?:też|także|więcej)|"
    r"(?:dieser|der) (?:artikel|beitrag) gefällt (?:ihnen|dir))\b",
    re.I,
)
#: phrases that send the reader to another text: a date beside them is that text's ("5 July 2018
#: read more"). Narrower than the calls to action: "comments", "filed under", "share" and "tags"
#: belong to a post's own meta line, which carries the post's own date.
_POINTER_TO_ANOTHER_TEXT = re.compile(
    r"\b(?:read more|read also|see also|related (?:articles?|stories|news|posts)|more from|"
    r"you (?:may|might) also like|most (?:read|popular)|recommended|"
    r"weiterlesen|mehr zum thema|lesen sie (?:auch|mehr)|auch lesen|auch interessant|ähnliche beiträge|"
    r"weitere artikel|(?:könnte|dürfte) (?:dich|sie|euch) auch interessieren|"
    r"lire aussi|lire la suite|à lire aussi|vous aimerez aussi|articles similaires|"
    r"leer más|te puede interesar|artículos relacionados|lea (?:más|también)|leia (?:mais|também)|"
    r"leggi anche|czytaj (?:też|także|więcej))\b",
    re.I,
)
#: headings of what follows a story: its comments, sharing, tags, related posts, its author's
#: bio. Unlike "read also", an advertisement or a newsletter box, which interrupt a story,
#: nothing of the story comes after them.
_STORY_END = re.compile(
    r"^\W*(?:leave a (?:reply|comment)|\d*\s*(?:comments?|kommentare?|commentaires?|comentarios?|commenti)\b|"
    r"(?:leser|reader|readers'?|user|nutzer)[\s-]?(?:comments?|kommentare?)\b|so können sie kommentieren|"
    r"share (?:this|on|via)|partager|compartir|condividi|tags?\s*:|tagged\s*:|schlagw(?:o|ö)rter|filed under|"
    r"(?:etiquetas|palabras clave|mots[- ]cl[ée]s|étiquettes|parole chiave|etichette|palavras[- ]chave|"
    r"trefwoorden|tagi|słowa kluczowe)\s*:|"
    r"(?:topics|themen|thèmes|sujets|temas|argomenti) (?:in|of|zu|de|dans|en|di|del|dell')\s?"
    r"(?:this|diesem|cet|este|questo|l')\s?(?:article|story|artikel|beitrag|artículo|articolo)|"
    r"die meistgelesenen|posted in|related posts|ähnliche beiträge|you (?:may|might) also like|more from|"
    r"mehr von\b.*(?<![.!?])$|"
    r"about the author|über (?:den|die) autor(?:in)?|à propos de l'auteur|sobre el autor|"
    r"(?:das|dies) könnte (?:dich|sie|euch) auch interessieren|vous aimerez aussi|"
    r"articles similaires|te puede interesar|artículos relacionados|weitere (?:artikel|beiträge)\b|"
    r"mehr (?:kolumnen|nachrichten)\b|más (?:sobre|noticias)\b|plus d'articles|"
    r"hinterlasse (?:einen kommentar|eine antwort)|kommentar verfassen|schreibe einen kommentar|dein kommentar|"
    r"laisser un commentaire|laisser une réponse|deja (?:un comentario|una respuesta)|lascia un commento|"
    r"deixe (?:um comentário|uma resposta)|"
    r"(?:deine|ihre) e-mail-adresse wird nicht veröffentlicht|your email address will not be published|"
    # the heading of a list of the site's latest posts, alone on its line ("Recent posts", "Neueste
    # Beiträge"), or of a comment section's rules; a box of the most read stories is left out, as
    # dumps often put it amid the story
    r"(?:(?:the\s+)?(?:latest|more|recent)\s+(?:news|stories|posts|articles|headlines)|house rules|"
    r"(?:trending on|around|from) the web|(?:sponsored|promoted) (?:stories|content|links)|"
    r"(?:alle|weitere) (?:artikel|beiträge|texte) (?:zu|zum|zur|über|aus)\b.{0,40}|"
    r"(?:all|more) (?:articles|stories|posts) (?:on|about|in)\b.{0,40}|"
    r"neueste (?:nachrichten|artikel|beiträge)|dernières (?:actualités|infos|nouvelles)|últimas noticias|"
    r"ultime notizie)\W*$|"
    # the label of a press release's contacts below it (alone, without its colon, a menu's link)
    r"(?:(?:presse|medien)?kontakte?|(?:press|media)\s+contacts?|contacts?|contacto|contatto|"
    r"ansprechpartner(?:in)?)\s*:\s*$)",
    re.I,
)
_COOKIE_NOTICE = re.compile(
    r"\b(?:website|webseite|web site|site|seite|sitio|sito|site web|strona|we|wir|nous|utilizamos|usamos|"
    r"utilizziamo)\b[^.]{0,60}\b(?:uses?|verwendet|verwenden|nutzt|nutzen|setzt|setzen|utilise|utilisons|"
    r"utiliza|usa|utilizza|gebruikt|używa)\b[^.]{0,40}\bcookies?\b"
    # the site telling of its own cookies in the passive: "Auf unserer Website werden Cookies … verwendet"
    r"|\b(?:unserer|unseren|our|notre|nuestro|nuestra|nostro)\s+(?:website|webseite|web site|seite|site|sitio|sito)\b"
    r"[^.]{0,40}\bcookies?\b[^.]{0,80}\b(?:verwendet|eingesetzt|genutzt|gesetzt|used|utilisés|utilizadas|utilizzati)\b",
    re.I)
_COPYRIGHT = re.compile(r"(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*([A-Z][\w&.' -]{2,40})", re.I)
_HOLDER_END = re.compile(r"\s+\d{4}|\.\s|\s[-–|·]\s")
_SERVER_ERROR = re.compile(r"(?:Warning|Notice|Deprecated|Strict Standards|Fatal error|Parse error): .* on line \d+")
#: An agency's and editor's codes in lower case, as a story's sign-off writes them ("ats/nxp")
_AGENCY_CODES = r"(?-i:[a-zäöüß]{2,5}(?:/[a-zäöüß]{2,5})+)"
#: A caption's or credit's opening: "Photo: …", "Titelbild: …" (a German compound), "Crédits
#: photos : …", a numbered figure ("Abbildung 4: …", "Fig. 2: …"), a copyright sign, a short
#: "Quelle: …" credit, an agency's sign-off alone ("aja/PAP", "(dr/spot)"). Matched at the start
#: only, apart from the closing credits searched for below: one pass over a line, not one per
#: alternative.
_CREDIT_OPENING = re.compile(
    r"(?:photo|photograph|foto|image|picture|credit|bild|file photo|bildrechte|bildquelle|fot\.|caption|"
    r"bildunterschrift|légende)\s*[:/|]|photo(?:graph)? by\b|(?:photo |image )?courtesy of\b|"
    r"(?:photo|foto|bild|image|picture)\s*-?\s*credits?\s*:|"
    r"(?:image|media|photo|video) caption\b|"
    # an "enlarge" button's text glued before the caption ("Vergrößern Eine kleine runde Aussparung …")
    r"(?:vergrößern|enlarge)\s+(?!Sie\b)(?-i:[A-ZÄÖÜ])|"
    r"fot\.\s|\w+(?:bild|foto)\s*:|"
    r"(?:crédits?|credits?)\s+(?:photos?|images?)\s*:|"
    r"(?:abbildung|abb\.|figure|fig\.|grafik|gráfico|illustration)\s*\d*\s*:|screenshot\s*[:,]|"
    r"©|\(c\)\s|(?:quelle|source|fuente|fonte)\s*:[^.!?]{1,60}$|[a-zäöüß]{2,4}(?:/[a-zäöüß]{2,4})*/[A-Z]{2,5}$|"
    rf"\({_AGENCY_CODES}\)$",
    re.I,
)
#: A caption's closing credit: "(Reuters/Manaure Quintero)", "… Getty Images", "… Foto: Timur |
#: flickr | CC BY 2.0", "… © Rike/pixelio.de". Not the agency's and editor's codes in lower case
#: that sign off a story's last paragraph ("… les animaux aquatiques. (ats/nxp)").
_CREDIT_CLOSING = re.compile(
    rf"\((?!{_AGENCY_CODES}\))"
    r"(?:[^()]*?/[^()]*?|(?:photo|foto|image|picture|file|credit|bild|getty|reuters|ap|afp|epa)[^()]*)\)\s*$|"
    r"\b(?:getty ?images|shutterstock|istock|unsplash|pixabay)(?:\.com)?\s*\)?\s*$|"
    # a photographer's agency or the platform a picture is from, after a slash or a bar, closing
    # the line without a stop: "Noah Berger / AP", "Kyle Ross/USA TODAY Sports", "… / picture alliance"
    r"[/|]\s*(?:ap|afp|reuters|dpa|epa(?:-efe)?|efe|ansa|anp|xinhua|keystone|picture[- ]alliance|imago(?: images)?|"
    r"usa today sports|instagram|twitter|facebook|public domain|domena publiczna|gemeinfrei|dominio público)\s*$|"
    r"(?:\b(?:photo|photograph|foto|fotos|bild|bildrechte|bildquelle|image|picture|credit|crédit|imagen)\s*:"
    r"|©|\(c\)\s)(?:[^.!?:]|\.(?=\S)){1,60}\.?$",
    re.I,
)
#: The word for "by" before an author's name, in the languages of news pages. Italian "di" only
#: opens a byline: inside a line it is "of" (Italian) or "in" (Indonesian, "di Jakarta").
BY_WORDS = "by|von|par|por|door|av"
#: The word for "author" that labels a byline ("Autor: Ann Lee")
AUTHOR_WORDS = "author|autor|autorin|auteur|autore"
#: The words that label a picture, a video or its credit ("Photo", "Video", "Bild: …", "(Image: …)")
MEDIA_WORDS = "image|images|photo|photos|picture|pictures|bild|bilder|foto|fotos|video|videos|audio|credit|credits"
#: "By Ann Lee", and with a label before it: "Post author By Ann Lee", "Artikel von Ann Lee",
#: "Posted by Ann", "Von: Ann Lee", "Autor: Ann Lee", "Author Ann Lee". The words in any case, the
#: name capitalised, or a handle alone after a colon ("Autor: gnaddrig").
_BYLINE_PREFIX = re.compile(
    r"^(?:(?i:(?:post\s+author|(?:ein\s+)?artikel|beitrag|(?:eine\s+)?kolumne|kommentar|article|story|written|posted|"
    r"geschrieben|verfasst|veröffentlicht|erstellt|eingestellt|publiziert|published|publié|écrit|escrito|"
    r"scritto)\s+)?"
    r"(?i:" + BY_WORDS + "|di)"
    r"(?:\s+|\s*:\s+(?=\S+\s+[" + LATIN_CAPITALS + "]))"
    r"|(?i:(?:post\s+)?(?:" + AUTHOR_WORDS + r"))\s*:?\s*)(?=[" + LATIN_CAPITALS + "])"
    r"|^(?i:(?:post\s+)?(?:" + AUTHOR_WORDS + r"))\s*:\s+(?=[^\W\d_][\w.-]*$)")


#: The reader addressed: "you", "dich", "vous", "tu" and kin, and the German formal "Sie"/"Ihr"
#: where its capital is not a sentence's.
_READER = re.compile(r"(?i:\b(?:you|your|yours|du|dich|dir|dein\w*|euch|euer|eure\w*|vous|votre|vos|"
                     r"tu|te|ton|ta|tes|usted|ustedes|tus|vuestr\w+)\b)|(?<![.!?]\s)(?<!^)\b(?:Sie|Ihr\w*)\b")


def addresses_reader(text: str) -> bool:
    """Whether the text speaks to its reader ("you", "dich", "vous", a formal "Sie")."""
    return bool(_READER.search(text))


#: The publisher speaking of itself to the reader: "send us", "schreiben Sie uns", "écrivez-nous",
#: "escríbenos".
_PUBLISHER = re.compile(r"\b(?:us|uns|nous|(?:escr[ií]b|cont[aá]ct|s[ií]gu|l[lí]am|escuch)\w*nos)\b", re.I)
#: A pitch is at most a short paragraph.
MAX_PITCH_CHARS = 400


def is_closing_pitch(text: str) -> bool:
    """A call to action that speaks to the reader or as the publisher ("Follow us on …, send us your
    news …", "Enter your email below …"): at a story's end, a pitch of any length under a long
    paragraph's, not its last sentence."""
    return len(text) < MAX_PITCH_CHARS and bool(_CALL_TO_ACTION.search(text)) \
        and (addresses_reader(text) or bool(_PUBLISHER.search(text)))


#: An author's bio: a name, then what the author is or does at the publication ("Will Knight is a
#: senior writer for WIRED, covering …", "Moritz Gathmann leitet das Ressort …", "Ana Pérez es
#: periodista …").
_AUTHOR_BIO = re.compile(
    rf"^(?:[{LATIN_CAPITALS}][\w'’.-]*\s+){{1,3}}"
    r"(?:(?:is|was|ist|war|est|es|è)\s+(?:\w+\s+){0,5}?"
    r"(?i:(?:senior\s+|staff\s+|chief\s+|contributing\s+)?(?:writer|reporter|correspondent|editor|journalist|"
    r"columnist|professor|author|contributor|co-?founder|founder|producer|analyst|fellow|photographer|"
    r"head of|(?:chef)?redakteur(?:in)?|autor(?:in)?|journalist(?:in)?|korrespondent(?:in)?|reporter(?:in)?|"
    r"kolumnist(?:in)?|periodista|redactora?|corresponsal|columnista|journaliste|rédact(?:eur|rice)|"
    r"chroniqueur|giornalista|scrittrice|scrittore))|(?:leitet|writes for|schreibt für|covers)\s)")
#: A bio is a few sentences; a longer paragraph that opens with a name is the story's.
MAX_BIO_CHARS = 500


def is_author_bio(text: str) -> bool:
    """A paragraph on who wrote the story, as pages set it below the story's last one."""
    return len(text) < MAX_BIO_CHARS and bool(_AUTHOR_BIO.search(text))


def closes_below_the_story(text: str) -> bool:
    """What pages set after a story's last paragraph at a paragraph's length: a pitch to the
    reader, the author's bio. The HTML cleaner drops such paragraphs from the story's end; a
    dump's cleaner, with no markup to tell where the story ends, drops both wherever they stand."""
    return is_closing_pitch(text) or is_author_bio(text)


def is_call_to_action(text: str) -> bool:
    """Short text that asks the reader to do something other than read the story."""
    return len(text) < 250 and bool(_CALL_TO_ACTION.search(text))


#: A "read also" line: a label that sends the reader to another story, a colon, that story's
#: headline ("VEA TAMBIÉN: …", "Lesen Sie hier: …", "Le puede interesar: …", "MIRA: …").
_READ_ALSO_LABEL = re.compile(
    r"^\W*(?i:(?:vea|ver|lea|lee|mira|mire|puedes ver|lesen sie(?: hier| auch| mehr)?|lies|siehe|read|see|watch|"
    r"also read|lire|voir|à voir|leia|veja|czytaj|zobacz|leggi|guarda)(?:\s+(?:también|además|aussi|auch|also|"
    r"more|más|mehr|anche|também|też|hier))?|(?:también )?(?:te|le|les) pueden? interesar|te recomendamos|"
    r"nächster artikel|next story|related|relacionad[oa]s?|you (?:may|might) also (?:like|enjoy)|"
    r"(?:das|dies) könnte (?:dich|sie|euch) auch interessieren|vous aimerez aussi|mehr lesen)\s*:\s*\S")
#: A link set between arrows pointing at it (">> Ex-Chef verlässt den Hafen <<"); not between
#: guillemets, which quote in German and French ("»Wie bringe ich …?«")
_FRAMED_POINTER = re.compile(r"\s*>>\s*\S.*?\s*<<\s*")


def is_read_also_line(text: str) -> bool:
    """A line that labels another story's headline as more to read, or frames it between arrows.
    The headline carries no full stop: "Lea: Ja, das stimmt." is an interview's answer."""
    return len(text) < 300 and (bool(_READ_ALSO_LABEL.search(text)) and not text.rstrip().endswith(".")
                                or bool(_FRAMED_POINTER.fullmatch(text)))


#: The whole line a box of other stories is labelled with: "Related", "Keep reading", "Zum Thema",
#: "Lee también…", "Lue myös:".
_BOX_LABEL = re.compile(
    r"^\W*(?:related(?: coverage| content| reading)?|keep reading|more on this|trending(?: now)?|zum thema|passend zum thema|"
    r"top (?:news )?stories(?: today)?|"
    r"lee también|lea también|lire aussi|à lire|leggi anche|lue myös|läs också|les også|læs også|lees ook|"
    r"czytaj też|veja também|leia também)\W*$", re.I)


def labels_other_stories(text: str) -> bool:
    """A label alone on its line over a box of other stories: the lines under it are their headlines."""
    return bool(_BOX_LABEL.match(text))


def points_to_another_text(text: str) -> bool:
    """Short text that leads to another story ("read more", "related stories"), as a teaser does."""
    return len(text) < 250 and bool(_POINTER_TO_ANOTHER_TEXT.search(text))


def ends_the_story(text: str) -> bool:
    """A heading of what follows a story ("Leave a reply", "Related posts", "About the author"),
    not a line inside it that labels one other story ("YOU MAY ALSO LIKE: <its headline>")."""
    return len(text) < 100 and bool(_STORY_END.search(text)) and not is_read_also_line(text)


#: An affiliate disclosure: links named with the commission they earn the publisher ("Für Links
#: auf dieser Seite erhält … eine Provision", "We may receive compensation when you click on links").
#: What the commission is paid for: links, or the partners they lead to ("if you visit partners we
#: recommend").
_LINKS = re.compile(r"\b(?:links?|liens?|enlaces?|collegamenti|partners?|partenaires?|socios)\b", re.I)
_COMMISSION = re.compile(r"\b(?:affiliate|affiliés?|afiliados?|affiliati|"
                         r"(?:we|i)\s+(?:\w+\s+){0,2}(?:earn|receive|get|make)s?\s+(?:\w+\s+){0,3}"
                         r"(?:commissions?|compensation)|"
                         r"eine\s+(?:kleine\s+)?provision|(?:una|pequeña)\s+comisión|una\s+commissione)\b", re.I)


#: A blog post's closing meta line: "This entry was posted on … and filed under …", "Der Beitrag
#: wurde am … veröffentlicht und unter … abgelegt", "Erstellt am … und abgelegt unter …".
_POST_FOOTER = re.compile(
    r"^\W*(?:this (?:entry|post|article) was (?:posted|published|written|filed)|"
    r"(?:dieser|der) (?:beitrag|eintrag|artikel) wurde|cet (?:article|billet) a été (?:publié|écrit)|"
    r"(?:esta|la) entrada (?:fue|se) (?:publicada|publicó|escrita)|"
    r"questo (?:articolo|post) è stato (?:pubblicato|scritto)|"
    r"(?:erstellt|veröffentlicht|geschrieben|posted|published|written) (?:am|on)\b.{0,80}"
    r"\b(?:abgelegt unter|filed under|posted in|veröffentlicht in))\b", re.I)


#: A newspaper story's closing line on where it appeared in print: "A version of this article
#: appears in print on …", "Dieser Artikel erschien in der Printausgabe …", "Cet article est paru
#: dans l'édition du …".
_PRINT_EDITION = re.compile(
    r"^\W*(?:(?:a version of )?(?:this|the) (?:article|story|report|interview|piece|column|review) (?:also )?"
    r"(?:appears|appeared|ran|was published) in (?:\S+ ){0,8}?(?:print|edition)|"
    r"(?:dieser|der) (?:artikel|beitrag|text|bericht) (?:ist )?erschien(?:en)? .{0,60}?(?:print)?ausgabe|"
    r"cet article (?:est paru|a été publié) dans .{0,40}?édition|"
    r"(?:este|el) (?:artículo|reportaje) (?:apareció|se publicó|fue publicado) en .{0,40}?edición|"
    r"(?:questo|l') ?articolo è (?:uscito|stato pubblicato) .{0,40}?edizione)", re.I)


def is_post_footer(text: str) -> bool:
    """A post's closing line on when and where it was filed, or where it appeared in print, at
    any length under a paragraph's."""
    return len(text) < 400 and bool(_POST_FOOTER.search(text) or _PRINT_EDITION.search(text))


def is_affiliate_disclosure(text: str) -> bool:
    """A short notice that the page's links earn its publisher a commission: a legal notice, not
    the story (a story's sentence on compensation or affiliate deals names no links of its own)."""
    return len(text) < 400 and bool(_LINKS.search(text)) and bool(_COMMISSION.search(text))


#: A sign-up form's consent, in the first person, to mail or to the use of one's data: "Ich bin damit
#: einverstanden, … E-Mails …", "Mit Absenden meiner E-Mail-Adresse willige ich … ein", "I agree to
#: receive …", "J'accepte de recevoir …". A quote's "Dem stimme ich zu" names neither.
_CONSENT = re.compile(r"\b(?:(?:ich bin (?:damit )?einverstanden|willige ich|stimme ich)\b.{0,160}"
                      r"\b(?:e-?mails?|newsletter|daten|datenschutz\w*)\b|"
                      r"i (?:agree|consent) to (?:receive|receiving|the processing)|j'accepte de recevoir|"
                      r"acepto recibir|accetto di ricevere|"
                      # the box to tick for a mailing list, and its terms ("please tick the box if you
                      # would like to be contacted", "Read our full mailing list consent terms here")
                      r"tick the box if you\b|mailing list consent)", re.I)
_CONSENT_WORDS = ("einverstanden", "willige", "stimme", "agree", "consent", "accepte", "acepto", "accetto",
                  "tick the box")
#: The placeholder of a post or a video embedded from another site, asking leave to load it: "Wir
#: respektieren deine Privatsphäre und stellen deshalb ohne dein Einverständnis keine Verbindung zu
#: Twitter her", "Externe Inhalte … aktivieren", "By enabling this embedded content you consent …",
#: "… haben wir das automatische Laden der Inhalte von twitter.com blockiert".
_EMBED_CONSENT = re.compile(
    r"\b(?:ohne (?:dein|ihr|euer)\w* (?:einverständnis|zustimmung|einwilligung)\b.{0,80}"
    r"\b(?:verbindung|inhalte?|daten)|"
    r"(?:externe[nr]?|eingebettete[nr]?) inhalte?\b.{0,120}"
    r"\b(?:zustimm\w*|einverstanden|einwillig\w*|freigeben|aktivieren)|"
    r"\b(?:laden|anzeigen) (?:der|von) (?:externen )?inhalten?\b.{0,120}\b(?:blockiert|zustimm\w*|einverstanden)|"
    r"(?:external|embedded|third[- ]party) content\b.{0,120}\b(?:consent|accept|agree|enable)|"
    r"\bblocked (?:the )?(?:automatic )?loading of (?:external )?content|"
    r"contenus? (?:externes?|tiers)\b.{0,120}\b(?:consentement|accepte[rz]?)|"
    r"contenidos? externos?\b.{0,120}\b(?:consentimiento|acepta[rs]?))", re.I)
_EMBED_CONSENT_WORDS = ("ohne", "inhalt", "content", "contenu", "contenido")


def _found(pattern: re.Pattern[str], words: tuple[str, ...], text: str, lowered: str) -> bool:
    """Whether ``pattern`` is found in ``text``, asked only when ``lowered`` (the text in lower
    case) holds one of the ``words`` every match of it holds: most lines hold none, and looking for
    a word costs far less than trying the pattern at every position."""
    return any(word in lowered for word in words) and bool(pattern.search(text))


def is_consent_request(text: str) -> bool:
    """The consent a form asks for, at any length under a notice's: a newsletter's or an account's
    (``_CONSENT``), or an embedded post's placeholder asking leave to load it (``_EMBED_CONSENT``)."""
    if len(text) >= 400:
        return False
    lowered = text.lower()
    return _found(_CONSENT, _CONSENT_WORDS, text, lowered) or _found(_EMBED_CONSENT, _EMBED_CONSENT_WORDS, text, lowered)


#: A rights notice: "All rights reserved", "Alle Rechte vorbehalten", "urheberrechtlich geschützt", a
#: copyright sign and year opening the line ("© 2019 Harbour Times"; a photo's credit, "© dpa", names
#: no year).
_RIGHTS_NOTICE = re.compile(
    r"\b(?:all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|"
    r"tutti i diritti riservati|todos os direitos reservados|wszelkie prawa zastrzeżone|alle rechten voorbehouden|"
    r"(?:protected|protégé|protegido|protetto) (?:by|par|por|da)(?: (?:the|le|los|il))? (?:copyright|droit d'auteur|"
    r"derechos de autor|diritto d'autore)|urheberrechtlich geschützt|chroniony prawem autorskim)\b|"
    r"^\W*(?:©|\(c\)|copyright)\s*\d{4}", re.I)
#: A rights notice is a line of the page's footer, not a paragraph.
MAX_RIGHTS_NOTICE_CHARS = 200


def is_rights_notice(text: str) -> bool:
    """A copyright line: the page's footer, or the end of the story it closes."""
    return len(text) < MAX_RIGHTS_NOTICE_CHARS and bool(_RIGHTS_NOTICE.search(text))


#: A disclaimer labelled as one ("Disclaimer: The responses below are not provided by …", "NOTE: The
#: advertising disclaimer below does not apply …") or declining responsibility for what others post
#: ("… is not responsible for the opinions … presented by contributors"), at a notice's length.
_NOT_RESPONSIBLE = re.compile(r"\b(?:is|are) not responsible for (?:the )?(?:opinions|views|content)", re.I)
_DISCLAIMER = re.compile(r"\W*(?:(?:disclaimer|haftungsausschluss|aviso legal)\s*:|"
                         r"(?:editor['’]?s\s+)?note\s*:.{0,40}\bdisclaimer\b)|"
                         # a paragraph opening by disowning the views around it: a blog's footer, a
                         # comment section's ("The views expressed … are personal", "الآراء الواردة أدناه لا تعبر …")
                         r"\W*(?:the )?(?:views|opinions) expressed\b.{0,80}\b(?:do not|don't|does not|are (?:personal|"
                         r"(?:solely )?(?:those|the author's)))|\W*(?:die )?(?:hier )?(?:geäußerten |veröffentlichten )?"
                         r"(?:meinungen|kommentare)\b.{0,80}\b(?:spiegeln nicht|entsprechen nicht|geben nicht)|"
                         r"\W*les opinions\b.{0,80}\bne (?:reflètent|représentent|engagent) pas|"
                         r"\W*las opiniones\b.{0,80}\bno (?:reflejan|representan)|\W*الآراء الواردة.{0,80}لا تعبر", re.I)
MAX_DISCLAIMER_CHARS = 800


def is_disclaimer(text: str) -> bool:
    """A notice about the page's liability or advertising, labelled as a disclaimer, or one that
    opens by disowning the views around it."""
    # the labelled and the disowning forms open the paragraph: matched at its start only
    return len(text) < MAX_DISCLAIMER_CHARS and bool(_DISCLAIMER.match(text)
                                                     or "responsib" in text.lower() and _NOT_RESPONSIBLE.search(text))


#: A paywall's notice: the story goes on for subscribers ("To view the full story, please subscribe
#: …", "Um den vollständigen Artikel zu lesen …", "Pour lire la suite de cet article …").
_PAYWALL_OPENING = re.compile(
    r"\W*(?:to (?:view|read|continue reading|access) (?:the |this )?(?:full |entire |whole |rest of (?:the |this )?)?"
    r"(?:story|article)|um (?:den|diesen) (?:ganzen |vollständigen |kompletten )?(?:artikel|beitrag|text) "
    r"(?:\w+ )?(?:zu )?lesen|pour lire (?:la suite|l'intégralité)|para (?:seguir leyendo|leer (?:la nota|el artículo|"
    r"la noticia) completa?)|per (?:continuare a )?leggere (?:l'articolo|tutto))", re.I)
_PAYWALL = re.compile(
    r"\b(?:this (?:article|story) is (?:only )?(?:available|reserved) (?:only )?(?:to|for) (?:subscribers|members)|"
    r"dieser (?:artikel|beitrag) ist (?:nur )?(?:für )?(?:abonnenten|abonnentinnen)|"
    r"cet article est réservé aux abonnés|contenido exclusivo para suscriptores)", re.I)
_PAYWALL_WORDS = ("article", "story", "artikel", "beitrag", "contenido")


def is_subscription_notice(text: str) -> bool:
    """A notice about subscribing, in place of the story's text: a paywall's, that the rest of
    the story is for subscribers (``_PAYWALL``), or what a sign-up form says once sent ("Vielen
    Dank für Ihre Registrierung. Sie haben jetzt den Aktivierungslink … erhalten", "Thanks for
    signing up!"), which the page holds, hidden, until then (``_ACCOUNT_NOTICE``), as it holds a
    login form's messages ("Passwort vergessen?", "Bitte gib eine gültige E-Mail-Adresse ein.")."""
    if len(text) >= MAX_PITCH_CHARS:
        return False
    lowered = text.lower()
    return bool(_PAYWALL_OPENING.match(text)) or _found(_PAYWALL, _PAYWALL_WORDS, text, lowered) \
        or _found(_ACCOUNT_NOTICE, _ACCOUNT_WORDS, text, lowered)


_ACCOUNT_NOTICE = re.compile(
    r"\b(?:(?:vielen )?dank für (?:ihre|deine) (?:registrierung|anmeldung)|thank(?:s| you) for (?:registering|"
    r"signing up|subscribing)|merci (?:pour|de) votre inscription|gracias por (?:registrarte|suscribirte|tu registro)|"
    r"grazie per (?:la tua )?(?:registrazione|iscrizione)|aktivierungslink|activation link|"
    # a sign-up form's other messages once sent: the mail to confirm, an error to try again after
    r"(?:link|klick\w*|click)\b.{0,40}\b(?:bestätigungs-?(?:e-?)?mail|confirmation e-?mail)|"
    r"(?:problem|fehler) beim (?:ab)?senden des formulars|error (?:submitting|sending) (?:the|your) form|"
    # a login form's messages: a password forgotten, to reset, wrong or too short; an address to correct
    r"passwor[dt] vergessen|forgot (?:your )?password|mot de passe oublié|olvidaste tu contraseña|"
    r"(?:dein|ihr|your|votre|tu)\s+(?:neues\s+|new\s+|nouveau\s+)?(?:passwor[dt]|mot de passe|contraseña)\b.{0,60}"
    r"\b(?:zurücksetzen|zurückzusetzen|festlegen|vergeben|anfordern|reset|réinitialiser|restablecer)|"
    r"passwor[dt] (?:ist|is) (?:falsch|incorrect|wrong|ungültig|invalid)|"
    r"(?:das )?passwor[dt] muss mindestens|password must (?:be|contain|have) at least|"
    r"(?:bitte|please) (?:gib|geben sie|enter|provide) (?:eine|a) (?:gültige|valid) e-?mail)", re.I)
_ACCOUNT_WORDS = ("dank", "thank", "merci", "gracias", "grazie", "aktivierungslink", "activation", "passw",
                  "mot de passe", "contraseña", "gültige", "valid", "bestätigung", "confirmation", "formular", "error")


def is_page_notice(text: str) -> bool:
    """Text about the page, not the story, whatever its length as a paragraph: a PHP warning
    printed into it, a consent banner, a sign-up form's consent or thanks, an embedded post's
    consent, an affiliate disclosure, a blog post's closing meta line, a paywall's notice, a
    theme's dummy text, a count of the page's readers."""
    return is_server_error(text) or is_cookie_notice(text) or is_consent_request(text) \
        or is_affiliate_disclosure(text) or is_post_footer(text) or is_rights_notice(text) or is_disclaimer(text) \
        or is_subscription_notice(text) or is_placeholder(text) or is_browser_notice(text) or is_view_count(text)


def is_view_count(text: str) -> bool:
    """How often the page was read: "37 views", "Post Views: 22", "Aufrufe: 1120 | Hinzugefügt von: …"
    (the counter opening a post's meta line)."""
    return len(text) < MAX_RIGHTS_NOTICE_CHARS and bool(_VIEW_COUNT.match(text))


_VIEWS = r"(?:views?|aufrufe|zugriffe|vues|visitas|visualizaciones|visualizzazioni)"
_VIEW_COUNT = re.compile(rf"\W*(?:(?:(?:post|page)\s+)?{_VIEWS}\s*:\s*\d[\d.,]*(?:\s*$|\s+[|·•]\s)|"
                         rf"\d[\d.,]*\s*{_VIEWS}\W*$)", re.I)


def is_placeholder(text: str) -> bool:
    """A theme's dummy text ("Lorem ipsum dolor sit amet, consectetuer …"), left in a box the
    site never filled: no story is written in it."""
    return "orem" in text and bool(_PLACEHOLDER.search(text))   # the word first: cheap


_PLACEHOLDER = re.compile(r"\blorem ipsum\b", re.I)


def is_cookie_notice(text: str) -> bool:
    """"This website uses cookies …", at any length: a consent banner, not a story's text."""
    return ("ookie" in text or "OOKIE" in text) and bool(_COOKIE_NOTICE.search(text))   # the word first: cheap


def copyright_holder(text: str) -> str:
    """"© 2019 Harbour Times. All rights reserved." -> "Harbour Times"; "" if no such notice."""
    match = _COPYRIGHT.search(text)
    if not match:
        return ""
    # the name ends where years, a sentence ("All rights reserved") or a separator begin
    return _HOLDER_END.split(match.group(1), maxsplit=1)[0].strip(" .")


def is_browser_notice(text: str) -> bool:
    """A notice about the reader's browser, not the story: JavaScript to turn on ("Please enable
    JavaScript to view the comments"), a browser too old ("Dein Browser ist leider veraltet"),
    notifications to allow ("Benachrichtigungen aktivieren"). Short: an article about browsers
    tells of these at more length."""
    if len(text) >= BROWSER_NOTICE_CHARS:
        return False
    return _found(_BROWSER_NOTICE, _BROWSER_WORDS, text, text.lower())


BROWSER_NOTICE_CHARS = 400
_BROWSER_WORDS = ("java", "browser", "navigat", "navegad", "benachrichtig", "push", "notification")
_BROWSER_NOTICE = re.compile(
    r"\bjava\s?script\b[^.!?]{0,80}\b(?:enable|enabled|activate|activated|turn(?:ed)?\s+on|needs?|required?|"
    r"aktivier\w*|benötigt|erforderlich|deaktiviert|eingeschaltet|activer|activé|activez|habilit\w+|attiva\w*)\b"
    r"|\b(?:enable|activate|aktivieren\s+sie|activez|habilite|attiva|włącz\w*|uruchomienia)\b[^.!?]{0,40}"
    r"\bjava\s?script\b"
    r"|\b(?:browser|navigateur|navegador|webbrowser)\b[^.!?]{0,60}\b(?:veraltet|outdated|out\s+of\s+date|"
    r"(?:nicht|no\s+longer|not)\s+(?:mehr\s+)?(?:unterstützt|supported)|obsol\w+|desactualizado|non\s+supportato)"
    r"|\b(?:update|upgrade|download|lade|aktualisiere|mettez\s+à\s+jour)\b[^.!?]{0,50}"
    r"\b(?:browser|navigateur|navegador)\b"
    r"|\b(?:benachrichtigung(?:en)?|push-?nachrichten|push\s+notifications?|notifications?)\b[^.!?]{0,80}"
    r"\b(?:aktivier\w*|erlauben|zulassen|allow|enable|activer|activez)\b"
    # a site's address may stand between: "Erlauben Sie example.com Ihnen Benachrichtigungen zu schicken"
    r"|\b(?:erlauben|allow|aktivieren)\b(?:[^.!?]|\.(?=\w)){0,60}\b(?:benachrichtigungen|notifications)\b", re.I)


def is_server_error(text: str) -> bool:
    """What PHP prints into a page when it fails: "Warning: … in /www/…/file.php on line 12"."""
    return bool(_SERVER_ERROR.match(text))


def is_photo_credit(text: str) -> bool:
    """A caption: ends with a credit "(Reuters/Manaure Quintero)" or opens with "Photo:"."""
    text = text.strip()
    return bool(_CREDIT_OPENING.match(text) or _CREDIT_CLOSING.search(text))


#: A share bar's buttons, one word each: the networks and the actions ("Facebook", "Tweet", "Mail",
#: "Drucken")
_SHARE_BUTTON = re.compile(
    r"(?i:facebook|twitter\w*|x|whatsapp|telegram|linkedin|xing|pinterest|reddit|flipboard|threads|bluesky|"
    r"tweet\w*|e-?mail|mail|send|versenden|enviar|envoyer|invia|print|drucken|imprimir|imprimer|stampa|share|"
    r"teilen|compartir|partager|condividi|udostępnij|delen|copy link|link kopieren|copiar enlace|copier le lien)")


def is_share_button(text: str) -> bool:
    return bool(_SHARE_BUTTON.fullmatch(text.strip(" ›»>•·|")))


#: An arrow that opens or closes a line: a link to the previous or next post ("← Older post")
_NAVIGATION_ARROW = re.compile(r"^\s*[←→↑<>]|[←→]\s*$")
#: What separates a breadcrumb's or a tag list's entries: "Home » News » …", "Home / Buch / …",
#: "Artikel , Forschung , …" (a space before the comma: items, not a sentence's clauses)
_TRAIL_SEPARATOR = re.compile(r"\s[»›>|/]\s|\s,\s")


def is_navigation_line(text: str) -> bool:
    """A breadcrumb trail, a tag list or a previous/next link: the site's way around, as a dump
    gives it in one line."""
    return bool(_NAVIGATION_ARROW.search(text)) or len(_TRAIL_SEPARATOR.findall(text)) >= 2


def is_byline(text: str) -> bool:
    text = text.strip()
    return len(text) < 80 and bool(_BYLINE_PREFIX.match(text))


def is_byline_label(text: str) -> bool:
    """A byline's label on a line of its own, the name on the next ("Published by", "Geschrieben
    von:", "Autor"): the label that a name after it would make a byline of."""
    label = text.strip()
    opened = _BYLINE_PREFIX.match(f"{label} Ann Lee")
    return bool(label) and opened is not None and opened.end() == len(label) + 1


def strip_byline_prefix(text: str) -> str:
    """"Post author By Ann Lee" -> "Ann Lee"."""
    return _BYLINE_PREFIX.sub("", text.strip(), count=1)


def is_relative_time(text: str) -> bool:
    """A time told from now, alone on its line ("6 hours ago", "vor 5 Stunden", "hace 2 días"): a
    post's age beside it, which the page printed the day it was saved; not the story's."""
    return len(text) < 40 and bool(RELATIVE_TIME.fullmatch(text.strip()))


_TIME_UNITS = (r"(?:sec(?:ond)?s?|min(?:ute)?s?|minuten?|minutos?|hours?|hrs?|stunden?|std\.?|horas?|heures?|ore|"
               r"days?|tagen?|días?|dias?|jours?|giorni|weeks?|wochen?|semanas?|semaines?|months?|monaten?|"
               r"meses|mois)")
_AMOUNT = r"(?:\d{1,3}|an?|one|einer?|un[ae]?)\s+"
#: a word for "ago" before ("vor", "hace", "il y a") or after ("ago", "atrás", "fa") the amount
RELATIVE_TIME = re.compile(
    r"(?i:(?:updated\s+|aktualisiert\s+)?(?:(?:vor|hace|il y a|há)\s+" + _AMOUNT + _TIME_UNITS
    + r"|" + _AMOUNT + _TIME_UNITS + r"\s+(?:ago|atrás|fa)))")


def is_bare_mark(text: str) -> bool:
    """A line of marks alone ("?", "...", "———", an invisible byte-order mark): nothing a reader
    reads or a search finds. A line of figures may be a score or a price, and stays."""
    return len(text) < 40 and not _WORD_CHARACTER.search(text)


_WORD_CHARACTER = re.compile(r"\w")


def is_never_the_story(text: str) -> bool:
    """Text that is never the story's, wherever it stands and whatever the page: a pointer to
    another story, a notice about the page, a line of marks, a post's age, a layout's names. The
    HTML and the dump cleaners both ask it, each with the checks of its own beside it."""
    return is_read_also_line(text) or is_page_notice(text) or is_bare_mark(text) or is_relative_time(text) \
        or is_layout_token(text)


def is_layout_token(text: str) -> bool:
    """One long run of letters, hyphens and underscores with no space: names a layout prints as
    text ("for-phone-onlyfor-tablet-portrait-up…", a script's breakpoints), no word a reader reads.
    An address keeps its dots and slashes and stays; scripts written without spaces are not ASCII."""
    return len(text) >= MIN_LAYOUT_TOKEN_CHARS and bool(_LAYOUT_TOKEN.fullmatch(text))


MIN_LAYOUT_TOKEN_CHARS = 30
_LAYOUT_TOKEN = re.compile(r"[A-Za-z][A-Za-z0-9_-]*")
