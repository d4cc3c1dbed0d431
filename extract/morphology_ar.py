"""Surface forms of Arabic trigger and cue words, generated from the lexicon's dictionary forms.

The lexicon writes a verb as ``PERFECT/IMPERFECT`` (3rd person masculine singular, e.g.
``اتهم/يتهم``) and a noun as its singular (e.g. ``زيارة``). News text uses them conjugated,
with proclitics (و ف ب ل ك ال, future س) and pronoun suffixes. Generating the forms once and
looking tokens up in a dict is much faster than stemming every token, and never mangles names
(stemmers turn بوتين into وتين).

All output is normalised with ``normalize_token`` so it can be compared with ``token.norm_``.
"""

from __future__ import annotations

from dataclasses import dataclass

from .normalize import normalize_token

PRONOUN_SUFFIXES = ("ه", "ها", "هم", "هما", "هن", "كم", "نا", "ك")
PERFECT_SUFFIXES = ("", "ت", "ا", "تا", "وا", "ن", "نا", "تم")
IMPERFECT_PREFIXES = ("ي", "ت", "ن", "ا")
IMPERFECT_SUFFIXES = ("", "ان", "ون", "ين", "ن")
PLURAL_PERFECT_SUFFIXES = ("ا", "تا", "وا", "ن")
PLURAL_IMPERFECT_SUFFIXES = ("ان", "ون", "ن")
PARTICIPLE_ENDINGS = ("", "ا", "ه", "ين", "ون", "تين", "تان", "ات")
CONJUNCTIONS = ("", "و", "ف")
# Grammar, not lexicon: the letters Arabic writes on the front of a word that the tokenizer
# leaves joined to it. They carry no meaning the ontology would look up (a cue is the word after
# them), so they are spelled here once and the other modules strip or test them by these names.
ARTICLE = "ال"  # the definite article ("الرئيس")
CONJUNCTION_LETTERS = "وف"  # و and ف joined to a word ("وقال", "فقد"): for lstrip and `in`
# How a definite word starts: the article, after و or ب, or fused with ل ("للرئيس"): for startswith
DEFINITE_STARTS = (ARTICLE, "و" + ARTICLE, "ب" + ARTICLE, "لل")
# Participle spellings that news writes as other words: غاز/غازي (of غزا "invaded") are "gas" and
# "gaseous" in every business story ("لتطوير حقل غاز في إيران" was an attack on Iran).
# مقاتل (of قاتل "fought") and محارب (of حارب) are "fighter" and "warrior": they name actors
# ("هجمات من فعل مقاتلين"), not the act.
NOT_PARTICIPLES = frozenset({"غاز", "غازي", "مقاتل", "محارب"})
# Particles inside trigger phrases, matched as written (normalised).
PARTICLES = frozenset(
    normalize_token(w)
    for w in (
        "عن",
        "على",
        "إلى",
        "مع",
        "من",
        "في",
        "ضد",
        "بين",
        "لدى",
        "حول",
        "إزاء",
        "بشأن",
        "أن",
        "إن",
        "لا",
        "لم",
        "لن",
        "قد",
    )
)


@dataclass(frozen=True)
class Form:
    """One surface form of a dictionary word, with what its affixes say."""

    text: str
    pos: str  # "verb", "participle" or "noun"
    future: bool = False  # carried the future prefix س
    pronoun_object: bool = False  # carried an object pronoun suffix (verbs)
    preposition: str | None = None  # a proclitic preposition (ب ل ك) on a noun
    # The verb agrees in number with a subject already named: in Arabic a verb before its
    # subject stays singular, so "يتهمون X" makes X the object, not the subject.
    plural: bool = False
    # Third person feminine agreement (perfect -ت, imperfect ت-): states are feminine in Arabic,
    # so a dropped subject of "وانضمت" is the state named before, not its (male) president.
    feminine: bool = False


# a nationality in the indefinite accusative, singular or plural ("جنديا فرنسيا"، "جنودا أمريكيين")
ACCUSATIVE_NATIONALITY_ENDINGS = ("يا", "يين")


def tanwin_alif(word: str) -> bool:
    """Whether a word longer than three letters ends in the alif of the indefinite accusative
    (ـًا: "قائدا", "مسلحا"), not in a doubled alif or a hamza's (ـاء written ءا)."""
    return len(word) > 3 and word.endswith("ا") and not word.endswith(("اا", "ءا"))


def tanwin_accusative(word: str) -> bool:
    """Whether a noun is in the indefinite accusative (``tanwin_alif``: "جنديا", "حارسا"), not a
    broken plural ending in alif ("ضحايا")."""
    return tanwin_alif(word) and not word.endswith("ايا")


def _perfect_forms(perfect: str) -> dict[str, tuple[bool, bool]]:
    """Perfect forms, each with (agrees with a plural or dual subject, is 3rd feminine)."""
    forms = {perfect + s: (s in PLURAL_PERFECT_SUFFIXES, s == "ت") for s in PERFECT_SUFFIXES}
    if perfect.endswith(("ا", "ى", "ي")):  # defective verbs: دعا → دعت، دعوا
        stem = perfect[:-1]
        forms[perfect] = (False, False)
        forms.update(
            {
                stem + "ت": (False, True),
                stem + "وا": (True, False),
                stem + "تا": (True, True),
                perfect + "ت": (False, True),
            }
        )
    return forms


def _imperfect_forms(imperfect: str) -> dict[str, tuple[bool, bool]]:
    if not imperfect.startswith("ي"):
        return {imperfect: (False, False)}
    stem = imperfect[1:]
    forms = {
        p + stem + s: (s in PLURAL_IMPERFECT_SUFFIXES, p == "ت" and s in ("", "ان"))
        for p in IMPERFECT_PREFIXES
        for s in IMPERFECT_SUFFIXES
    }
    # The subjunctive and jussive of the dual and plural drop their ن ("على روسيا وأوكرانيا أن
    # تتفاوضا", "لم ينسحبوا"); third persons only: ن/ا + stem + ا is "we ..."/a noun's accusative.
    forms.update({p + stem + s: (s == "وا", p == "ت" and s == "ا") for p in ("ي", "ت") for s in ("ا", "وا")})
    if stem.endswith(("و", "ي", "ى")):  # يدعو → يدعون، تدعين
        base = stem[:-1]
        forms.update({p + base + s: (s != "ين", False) for p in IMPERFECT_PREFIXES for s in ("ون", "ين", "ان", "وا")})
        # The jussive after لم drops the weak letter: لم يلتق، لم يدع.
        forms.update({p + base: (False, p == "ت") for p in IMPERFECT_PREFIXES})
    elif len(stem) == 3 and stem[1] == "ي":
        # A hollow verb's jussive after لم: يدين → لم يدن، لم تدن. Third persons only: أشد، نشر
        # are other words ("most", "published").
        forms.update({p + stem[0] + stem[2]: (False, p == "ت") for p in ("ي", "ت")})
    return forms


def _hollow_jussives(perfect: str, imperfect: str) -> dict[str, tuple[bool, bool]]:
    """The jussive of a hollow verb with و after لم (زار/يزور → لم يزر، لم تزر), third persons
    only. Asked for the trigger lexicon's verbs alone: the jussives of other hollow verbs are
    common words of their own (يقل "decreases", يكن), and so are most of these with a prefix
    (ليزر is "laser"), hence none."""
    stem = imperfect[1:]
    if not (
        imperfect.startswith("ي") and len(stem) == 3 and stem[1] == "و" and len(perfect) == 3 and perfect[1] == "ا"
    ):
        return {}
    return {p + stem[0] + stem[2]: (False, p == "ت") for p in ("ي", "ت")}


def participle_stems(perfect: str, imperfect: str) -> set[str]:
    """Active participles, used in news as circumstantial clauses ("داعيا إلى", "مشيرا إلى").

    Derived verbs take م + the imperfect stem (يطالب → مطالب، يؤكد → مؤكد، يتهم → متهم);
    a three-letter perfect takes the فاعل pattern (حذر → حاذر، دعا → داعي، زار → زائر).
    """
    out: set[str] = set()
    stem = imperfect[1:] if imperfect.startswith("ي") else ""
    # Without diacritics a three-letter perfect may be Form I or Form II (حذر/حذّر): make both,
    # except م + a defective Form I stem (مدعو is "invited", not "calling").
    if stem and (len(perfect) >= 4 or perfect[:1] == "ا" or not stem.endswith(("و", "ي", "ى"))):
        out.add("م" + stem)
    if len(perfect) == 3 and perfect[:1] != "ا":
        a, b, c = perfect
        if c in "اى":
            out.add(a + "ا" + b + "ي")
            out.add(a + "ا" + b)
        elif b == "ا":
            out.add(a + "ائ" + c)
        else:
            out.add(a + "ا" + b + c)
    return out


def verb_forms(spec: str, jussive: bool = False) -> list[Form]:
    """Conjugated forms of ``PERFECT/IMPERFECT`` with conjunctions, future prefix and object pronouns.
    ``jussive``: also the short jussive of a hollow verb with و (for the trigger lexicon's verbs)."""
    perfect, _, imperfect = spec.partition("/")
    perfect, imperfect = normalize_token(perfect), normalize_token(imperfect)
    out: dict[str, Form] = {}
    past = _perfect_forms(perfect) if perfect else {}
    present = _imperfect_forms(imperfect) if imperfect else {}
    short = _hollow_jussives(perfect, imperfect) if jussive and imperfect else {}
    for base, (plural, feminine) in {**past, **present, **short}.items():
        is_present = base in present
        with_obj = {base: False}
        stem = base[:-1] if base.endswith("وا") else base  # اتهموا + ه → اتهموه
        # A defective perfect's final ى is written ا before a pronoun (أجرى → أجراها، التقى →
        # التقاه); normalised, the ى is ي, which stays only in the imperfect (يجريها).
        stems = (stem, perfect[:-1] + "ا") if base == perfect and perfect.endswith("ي") else (stem,)
        for p in PRONOUN_SUFFIXES:
            for st in stems:
                with_obj.setdefault(st + p, True)
        for word, obj in with_obj.items():
            for conj in CONJUNCTIONS:
                out.setdefault(conj + word, Form(conj + word, "verb", False, obj, plural=plural, feminine=feminine))
                if is_present:
                    # Future: سيزور، وسيزور؛ purpose: ليزور (treated as intent, like the future).
                    for prefix in ("س", "ل"):
                        w = conj + prefix + word
                        out.setdefault(w, Form(w, "verb", True, obj, plural=plural, feminine=feminine))
    for stem in participle_stems(perfect, imperfect) - NOT_PARTICIPLES:
        for ending in PARTICIPLE_ENDINGS:
            word = stem + ending
            for conj in CONJUNCTIONS:
                out.setdefault(conj + word, Form(conj + word, "participle"))
    return list(out.values())


def noun_stems(noun: str) -> set[str]:
    """The noun with number/possessive endings: زيارة → زيارته، زيارات، زيارتين؛ قلق → قلقين."""
    n = normalize_token(noun)
    forms = {n}
    if n.endswith("ه"):  # ta marbuta (normalised ة→ه)
        stem = n[:-1]
        forms |= {stem + "ت" + p for p in PRONOUN_SUFFIXES}
        forms |= {stem + "ات", stem + "تان", stem + "تين", stem + "تي"}
    else:
        forms |= {n + p for p in PRONOUN_SUFFIXES}
        if n.endswith("اء"):
            # A final hamza takes a seat before a suffix: لقاء → لقائه (genitive), لقاؤه
            # (nominative), beside لقاءه (accusative).
            forms |= {n[:-1] + seat + p for seat in "ئؤ" for p in PRONOUN_SUFFIXES}
        # No ـي: it makes nisba adjectives (اجتماع "meeting" → اجتماعي "social").
        forms |= {n + "ين", n + "ون", n + "ه", n + "ات", n + "ان", n + "ا"}
    return forms


def noun_forms(noun: str) -> list[Form]:
    """A noun with the article and proclitics: زيارة → الزيارة، بزيارة، للزيارة، وبزيارته ..."""
    out: dict[str, Form] = {}
    for stem in noun_stems(noun):
        bare = stem
        defs = [bare]
        if not bare.startswith(ARTICLE):
            defs.append(ARTICLE + bare)
        for d in defs:
            for conj in CONJUNCTIONS:
                out.setdefault(conj + d, Form(conj + d, "noun"))
                for prep in ("ب", "ك", "ل"):
                    if prep == "ل" and d.startswith(ARTICLE):
                        w = conj + "لل" + d[2:]  # ل + ال → لل
                    else:
                        w = conj + prep + d
                    out.setdefault(w, Form(w, "noun", preposition=prep))
    return list(out.values())


def word_variants(word: str) -> set[str]:
    """Forms a non-initial word of a phrase may take: with or without the article and endings."""
    if "/" in word:
        return {f.text for f in verb_forms(word)}
    n = normalize_token(word)
    if n in PARTICLES:
        return {n}  # prepositions and particles (عن، على، مع) are matched exactly
    forms = set()
    for stem in noun_stems(word):
        forms.add(stem)
        if not stem.startswith(ARTICLE):
            forms.add(ARTICLE + stem)
    return forms


def function_word_forms(word: str) -> list[Form]:
    """A particle (لا، لم، إن، ما) takes only a conjunction: كما is not ك + ما."""
    n = normalize_token(word)
    return [Form(conj + n, "noun") for conj in CONJUNCTIONS]


def forms_of(spec: str, function_word: bool = False, jussive: bool = False) -> list[Form]:
    """Forms of a lexicon entry's first word: a verb if written with a slash (``jussive``: see
    ``verb_forms``), else a noun."""
    if "/" in spec:
        return verb_forms(spec, jussive)
    if function_word:
        return function_word_forms(spec)
    return noun_forms(spec)
