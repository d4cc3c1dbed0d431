"""Generate ``groups_peers.ttl``: the group nouns of generic actors (police, rebels, refugees ...)
in English and Arabic, checked against the peer coders' agent dictionaries.

Run from the repository root: ``python ontology/data/build_groups.py [PEERS_DIR]``. It reads
``en_Phoenix.agents.txt`` (PETRARCH-2, openeventdata/petrarch2 @676801c) and
``ar_agents.all.ar_v3.txt`` (UniversalPetrarch, openeventdata/UniversalPetrarch @a0af422, branch
``arabic``) from the peers folder (default ``../shared/reference/peers`` or
``$GEOKG_SHARED_DIR/reference/peers``) and writes ``ontology/data/groups_peers.ttl``, which adds
labels to the institutions of ``offices.ttl`` and ``groups_en.ttl``. The output is committed; the
product reads only the Turtle.

English: the nouns of ``EN_NOUNS`` are kept when the peer dictionary lists them with a sector that
fits the institution (``SECTORS``); their plurals are generated. The dictionary's other 2,300
entries are left out: ranks and weapons under MIL, villages and airliners under CVL, and the
WordNet padding of every sector would turn "an Iraqi village" or "the Egyptian captain" into a
state's actor. ``EN_OWN`` are geokg's own additions (the newswire words the dictionary lacks).

Arabic: the peer file is machine-translated, in lemma form and noisy (``ميليشا``, ``متظهر``,
``شرطي_سري`` as SPY, no police entries at all). Only the lemmas of ``AR_NOUNS`` are kept, each
checked for spelling and sense, and written as the forms news uses: sound plurals with and
without the article (``المتمردون``, ``المتمردين``, ``متمردون``), broken plurals (``الطلاب``,
``الجنود``) and construct forms before a country name (``متمردو``, ``قوات``). ``AR_OWN`` adds the
common forms the file lacks (``الشرطة``, ``قوات الأمن``, ``المتظاهرون``).

Both peer files are MIT licensed: Copyright (c) 2014 Open Event Data Alliance (PETRARCH-2's
agents file) and Copyright (c) 2016 Open Event Data Alliance (UniversalPetrarch); see
``ontology/README.md``.
"""

from __future__ import annotations

import os
import re
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
OUTPUT = REPO / "ontology" / "data" / "groups_peers.ttl"
EN_SOURCE = "openeventdata/petrarch2 @676801c petrarch2/data/dictionaries/en_Phoenix.agents.txt"
AR_SOURCE = "openeventdata/UniversalPetrarch @a0af422 (arabic) UniversalPetrarch/data/dictionaries/arabic/ar_agents.all.ar_v3.txt"

# The peer sector codes each institution accepts (CAMEO agent codes; UAF "unidentified armed
# forces" are rebels to geokg, as in groups_en.ttl).
SECTORS = {
    "Police": {"COP"},
    "Rebels": {"REB", "UAF"},
    "Opposition": {"OPP"},
    "Protesters": {"OPP", "CVL"},
    "Civilians": {"CVL"},
    "Refugees": {"REF"},
    "Students": {"EDU"},
    "Workers": {"LAB"},
    "Press": {"MED"},
    "Judiciary": {"JUD"},
    "Business": {"BUS"},
    "Clergy": {"REL", "MUS", "CHR", "JEW"},
    "ArmedForces": {"MIL"},
    "Intelligence": {"SPY"},
    "Government": {"GOV"},
    "Parliament": {"LEG"},
}

# English nouns (singular) kept from the peer dictionary, by institution.
EN_NOUNS = {
    "Police": ["constable", "detective", "gendarmerie", "law enforcement", "law enforcement officer",
               "police force", "police chief", "police commissioner", "national police", "federal police",
               "border patrol", "armed police"],
    "Rebels": ["mercenary", "assailant", "combatant", "death squad", "armed men", "terrorist group",
               "terrorist organization", "armed gang", "freedom fighter", "rebel leader",
               "rebel commander", "rebel force", "rebel army", "insurgent group", "separatist group",
               "separatist rebel", "communist rebel", "guerrilla force", "guerrilla leader", "hitman",
               "insurgent leader", "militant movement", "armed opposition group"],
    "Opposition": ["opposition activist", "opposition party", "opposition leader", "opposition supporter",
                   "reformer", "reformist", "mutineer", "defector", "deserter", "exile", "democracy activist",
                   "main opposition", "opposition coalition"],
    "Protesters": ["rioter", "demonstrator", "protester"],
    "Civilians": ["citizen", "civilian", "villager", "resident", "passenger", "immigrant", "settler", "tourist",
                  "ethnic minority", "noncombatant", "non-combatant", "townspeople", "voter"],
    "Refugees": ["refugee", "asylum seeker", "displaced person", "displaced people", "returnee", "boat people"],
    "Students": ["pupil", "professor", "lecturer", "scholar", "academic"],
    "Workers": ["laborer", "labour activist", "striking worker", "trade union", "labor union", "worker"],
    "Press": ["correspondent", "blogger"],
    "Judiciary": ["lawyer", "attorney", "magistrate", "supreme court", "high court", "constitutional court",
                  "appeals court", "defense lawyer", "public prosecutor"],
    "Business": ["investor", "trader", "merchant"],
    "Clergy": ["monk", "priest", "mullah", "rabbi", "pilgrim", "worshiper", "worshipper", "islamist cleric"],
    "ArmedForces": ["national guard", "commando", "special force", "infantry", "ground forces", "coast guard",
                    "air force", "army officer", "government troops", "government forces", "government soldier",
                    "combat troops", "border guard", "marines"],
    "Intelligence": ["spy", "spy agency", "secret police", "intelligence agent", "intelligence officer",
                     "intelligence service"],
}  # fmt: skip
# geokg's own English additions (newswire words the peer dictionary lacks), by institution.
EN_OWN = {
    "Rebels": ["rebel fighter", "warlord", "kidnapper", "captor", "hostage taker", "gunman", "tribal militia"],
    "Civilians": ["tribesman", "tribesmen", "worshipper"],
    "ArmedForces": ["national guardsman", "national guardsmen", "guardsman", "guardsmen", "soldier",
                    "ground troops", "security personnel"],
    "Clergy": ["nun", "cleric"],
    "Students": ["university student"],
    "Press": ["broadcaster"],
    "Parliament": ["mp", "member of parliament", "congressman", "congressmen"],
}  # fmt: skip
# Mass nouns and plurals that take no further plural.
EN_NO_PLURAL = {"gendarmerie", "law enforcement", "national police", "federal police", "anti-riot police",
                "armed police", "armed men", "infantry", "ground forces", "national guard",
                "coast guard", "air force", "government troops", "government forces", "combat troops",
                "marines", "displaced people", "boat people", "townspeople", "secret police",
                "main opposition", "tribesmen", "guardsmen", "national guardsmen", "congressmen",
                "ground troops", "security personnel", "border patrol", "police force",
                "high court", "supreme court", "constitutional court", "appeals court"}  # fmt: skip

# Arabic: lemma as the peer file writes it -> (institution, the forms news uses). A lemma not in
# the file is an error of this script, not of the data.
AR_NOUNS = {
    "مسلح": ("Rebels", ["المسلحون", "المسلحين", "مسلحون", "مسلحين", "مسلحو", "مسلحي"]),
    "مسلح_مجهول": (
        "UnidentifiedAttackers",
        ["مسلحون مجهولون", "مسلحين مجهولين", "المسلحون المجهولون", "المسلحين المجهولين"],
    ),
    "متمرد": ("Rebels", ["المتمردون", "المتمردين", "متمردون", "متمردين", "متمردو", "متمردي"]),
    "مقاتل": ("Rebels", ["المقاتلون", "المقاتلين", "مقاتلون", "مقاتلين", "مقاتلو", "مقاتلي"]),
    "انفصالي": ("Rebels", ["الانفصاليون", "الانفصاليين", "انفصاليون", "انفصاليين"]),
    "إرهابي": ("Rebels", ["الإرهابيون", "الإرهابيين", "إرهابيون", "إرهابيين"]),
    "مرتزق": ("Rebels", ["المرتزقة", "مرتزقة"]),
    "ميليشا": ("Rebels", ["الميليشيات", "ميليشيات", "الميليشيا", "ميليشيا", "المليشيات", "مليشيات"]),
    "حرب_عصابة": ("Rebels", ["رجال العصابات", "مقاتلي حرب العصابات"]),
    "لاجئ": ("Refugees", ["اللاجئون", "اللاجئين", "لاجئون", "لاجئين", "لاجئو", "لاجئي"]),
    "النازحين": ("Refugees", ["النازحون", "النازحين", "نازحون", "نازحين"]),
    "مهجر": ("Refugees", ["المهجرون", "المهجرين"]),
    "طالب_لجوء": ("Refugees", ["طالبو اللجوء", "طالبي اللجوء"]),
    "ناشط": ("Opposition", ["الناشطون", "الناشطين", "ناشطون", "ناشطين"]),
    "منشق": ("Opposition", ["المنشقون", "المنشقين", "منشقون", "منشقين"]),
    "متظهر": ("Protesters", ["المتظاهرون", "المتظاهرين", "متظاهرون", "متظاهرين"]),
    "محتج": ("Protesters", ["المحتجون", "المحتجين", "محتجون", "محتجين"]),
    "مدني": ("Civilians", ["المدنيون", "المدنيين", "مدنيون", "مدنيين"]),
    "مواطن": ("Civilians", ["المواطنون", "المواطنين", "مواطنون", "مواطنين"]),
    "قروي": ("Civilians", ["القرويون", "القرويين"]),
    "تلميذ": ("Students", ["التلاميذ", "تلاميذ"]),
    "طالب_كلية": ("Students", ["طلاب الجامعات", "طلبة الجامعات"]),
    "اكاديمي": ("Students", ["الأكاديميون", "الأكاديميين"]),
    "صحافي": ("Press", ["الصحافيون", "الصحافيين", "صحافيون", "صحافيين"]),
    "مراسل": ("Press", ["المراسلون", "المراسلين"]),
    "صحيفة": ("Press", ["الصحف", "صحف"]),
    "قاضي": ("Judiciary", ["القضاة", "قضاة"]),
    "محكمة": ("Judiciary", ["المحكمة", "المحاكم"]),
    "محامي": ("Judiciary", ["المحامون", "المحامين"]),
    "شركة": ("Business", ["الشركات", "شركات"]),
    "مخابرات": ("Intelligence", ["جهاز المخابرات", "أجهزة الأمن والمخابرات"]),
    "برلمان": ("Parliament", ["البرلمانيون", "البرلمانيين"]),
    "مشرع": ("Parliament", ["المشرعون", "المشرعين"]),
    "نائب": ("Parliament", ["النواب"]),
    # (round 25) the counted forms too: the accusative singular after 11-99 and the dual ("قتل 12
    # دبلوماسيا روسيا", "دبلوماسيان روسيان"), so that the nationality after them names the victims' state
    "دبلوماسي": ("Government", ["الدبلوماسيون", "الدبلوماسيين", "دبلوماسيون", "دبلوماسيين", "دبلوماسيا", "دبلوماسيان"]),
}
# Arabic forms the peer file lacks, by institution: prefLabel first for the institutions that have
# none in Arabic yet.
AR_OWN = {
    "Police": ["الشرطة", "رجال الشرطة", "عناصر الشرطة", "أفراد الشرطة", "قوات الشرطة", "شرطة مكافحة الشغب"],
    "Rebels": ["المتمردون", "الجماعات المسلحة", "جماعات مسلحة", "عناصر مسلحة", "المتشددون", "المتشددين",
               "متشددون", "متشددين", "الثوار", "ثوار", "المهاجمون", "المهاجمين", "الخاطفون", "الخاطفين"],
    "Opposition": ["المعارضة", "قوى المعارضة", "أحزاب المعارضة", "فصائل المعارضة", "المعارضون", "المعارضين",
                   "معارضون", "معارضين"],
    "Protesters": ["المتظاهرون", "المعتصمون", "المعتصمين"],
    "Civilians": ["المدنيون", "الأهالي", "السكان", "الرهائن", "رهائن", "المستوطنون", "المستوطنين", "مستوطنون",
                  "مستوطنين", "مستوطنو", "مستوطني"],
    "Refugees": ["اللاجئون", "المهاجرون", "المهاجرين"],
    "Students": ["الطلاب", "الطلبة", "طلاب", "طلبة", "المعلمون", "المعلمين"],
    "Workers": ["العمال", "عمال", "النقابات", "نقابات العمال", "الموظفون", "الموظفين", "المضربون", "المضربين"],
    "Press": ["الصحافة", "وسائل الإعلام", "الإعلام", "الصحفيون", "الصحفيين"],
    "Judiciary": ["القضاء", "السلطة القضائية", "النيابة العامة", "النيابة", "الادعاء العام"],
    "Business": ["الشركات", "رجال الأعمال", "المصارف", "البنوك", "المستثمرون", "المستثمرين"],
    "Clergy": ["رجال الدين", "علماء الدين", "الأئمة", "الكنيسة"],
    "ArmedForces": ["الجنود", "جنود", "القوات العسكرية", "قوات الأمن", "القوى الأمنية", "العسكريون",
                    "العسكريين", "حرس الحدود", "قوات حرس الحدود", "قوات حفظ السلام", "الطائرات الحربية",
                    "المروحيات", "الدبابات"],
    "Government": ["المسؤولون", "المسؤولين", "مسؤولون", "مسؤولين", "مسؤولا", "مسؤولان", "النظام", "الإدارة"],
}  # fmt: skip
# Construct forms (before a country name: "متمردو دارفور", "شرطة دبي" are places; "قوات" is in
# offices.ttl): the construct plurals above that end in و/ي.
AR_CONSTRUCT = {"مسلحو", "مسلحي", "متمردو", "متمردي", "مقاتلو", "مقاتلي", "لاجئو", "لاجئي", "مستوطنو", "مستوطني"}
# Institutions without an Arabic preferred label yet (groups_en.ttl): the first form becomes it.
AR_PREFERRED = {"Police", "Rebels", "Opposition", "Protesters", "Civilians", "Refugees", "Students", "Workers",
                "Press", "Judiciary", "Business", "Clergy"}  # fmt: skip


def peers_dir(argv: list[str]) -> Path:
    shared = os.environ.get("GEOKG_SHARED_DIR")
    default = Path(shared) / "reference" / "peers" if shared else REPO.parent / "shared" / "reference" / "peers"
    return Path(argv[1]) if len(argv) > 1 else default


def read_agents(path: Path) -> dict[str, set[str]]:
    """Agent entries -> sector codes (three letters each: ``[~GOVMIL]`` -> {"GOV", "MIL"})."""
    out: dict[str, set[str]] = {}
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#")[0]
        m = re.match(r"^\s*([^\[{]+?)\s*(?:\{([^}]*)\})?\s*\[~([A-Z]+)\]", line)
        if not m:
            continue
        codes = m.group(3)
        # the entry and the irregular forms in braces ("GENDARMERY {GENDARMERIE}")
        for key in [m.group(1), *(m.group(2) or "").split()]:
            key = key.strip().strip("+").rstrip("_").replace("_", " ").lower()
            out.setdefault(key, set()).update(codes[i : i + 3] for i in range(0, len(codes), 3))
    return out


def english_plural(noun: str) -> str:
    *head, last = noun.split(" ")
    if last.endswith("man"):
        last = last[:-3] + "men"
    elif last.endswith("y") and last[-2:-1] not in "aeiou":
        last = last[:-1] + "ies"
    elif last.endswith(("s", "x", "ch", "sh")):
        last += "es"
    else:
        last += "s"
    return " ".join([*head, last])


def english_labels(agents: dict[str, set[str]], report: Counter) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for inst, nouns in EN_NOUNS.items():
        labels: list[str] = []
        for noun in nouns:
            sectors = agents.get(noun)
            if sectors is None:
                raise SystemExit(f"build_groups: {noun!r} is not in the English agents file")
            if not sectors & SECTORS[inst]:
                raise SystemExit(f"build_groups: {noun!r} has sectors {sorted(sectors)}, not those of {inst}")
            labels.append(noun)
            report["en: kept from the peer file"] += 1
        for noun in EN_OWN.get(inst, ()):
            labels.append(noun)
            report["en: geokg's own"] += 1
        forms = []
        for noun in labels:
            forms.append(noun)
            if noun not in EN_NO_PLURAL:
                forms.append(english_plural(noun))
        out[inst] = sorted(set(forms))
    for inst, nouns in EN_OWN.items():
        if inst not in out:
            out[inst] = sorted({f for n in nouns for f in ([n] if n in EN_NO_PLURAL else [n, english_plural(n)])})
    report["en: entries in the peer file"] = len(agents)
    return out


def arabic_labels(agents: dict[str, set[str]], report: Counter) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for lemma, (inst, forms) in AR_NOUNS.items():
        if lemma.replace("_", " ") not in agents:
            raise SystemExit(f"build_groups: {lemma!r} is not in the Arabic agents file")
        out.setdefault(inst, []).extend(forms)
        report["ar: lemmas kept from the peer file"] += 1
    for inst, forms in AR_OWN.items():
        out.setdefault(inst, [])
        for form in forms:
            if form not in out[inst]:
                out[inst].append(form)
                report["ar: geokg's own forms"] += 1
    report["ar: entries in the peer file"] = len(agents)
    return out


def _lit(text: str, lang: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + f'"@{lang}'


def write_turtle(path: Path, en: dict[str, list[str]], ar: dict[str, list[str]]) -> None:
    out = [HEADER.format(en_source=EN_SOURCE, ar_source=AR_SOURCE)]
    for inst in sorted(set(en) | set(ar)):
        lines = [f"gk:{inst}"]
        forms = ar.get(inst, [])
        alts = forms
        if inst in AR_PREFERRED and forms:
            preferred = AR_OWN[inst][0]
            lines.append(f"    skos:prefLabel {_lit(preferred, 'ar')}")
            alts = [f for f in forms if f != preferred]
        labels = [*(_lit(f, "en") for f in en.get(inst, ())), *(_lit(f, "ar") for f in alts if f not in AR_CONSTRUCT)]
        if labels:
            lines.append("    skos:altLabel " + " ,\n        ".join(labels))
        constructs = [f for f in forms if f in AR_CONSTRUCT]
        if constructs:
            lines.append("    gk:constructLabel " + " , ".join(_lit(f, "ar") for f in constructs))
        out.append(lines[0] + "\n" + " ;\n".join(lines[1:]) + " .\n\n")
    path.write_text("".join(out), encoding="utf-8")


HEADER = """\
# GENERATED by ontology/data/build_groups.py; edit that script, not this file.
#
# Group nouns of generic actors in English and Arabic: labels of the institutions of offices.ttl
# and groups_en.ttl ("Iraqi rebels", "المتمردون العراقيون" -> gkid:irq-rebels, one actor per
# country and sector). English nouns kept from PETRARCH-2's agents dictionary ({en_source})
# where it gives a fitting sector, with their plurals; Arabic forms for the lemmas of
# UniversalPetrarch's Arabic agents dictionary ({ar_source}) that are correct Arabic with that
# sense, plus the common newswire forms the file lacks. Both dictionaries are MIT licensed:
# Copyright (c) 2014 Open Event Data Alliance (PETRARCH-2's agents file) and Copyright (c) 2016
# Open Event Data Alliance (UniversalPetrarch); ontology/README.md carries the licence notice.
@prefix gk: <https://w3id.org/geokg/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .

"""


def main(argv: list[str]) -> int:
    peers = peers_dir(argv)
    en_file, ar_file = peers / "en_Phoenix.agents.txt", peers / "ar_agents.all.ar_v3.txt"
    for f in (en_file, ar_file):
        if not f.is_file():
            print(f"build_groups: {f} not found (pass the peers folder)", file=sys.stderr)
            return 1
    report: Counter = Counter()
    en = english_labels(read_agents(en_file), report)
    ar = arabic_labels(read_agents(ar_file), report)
    write_turtle(OUTPUT, en, ar)
    print(f"{OUTPUT.relative_to(REPO)} written")
    for what, n in sorted(report.items()):
        print(f"  {n:6d}  {what}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
