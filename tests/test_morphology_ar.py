"""Arabic verb forms generated from a dictionary entry (geokg.extract.morphology_ar)."""

from __future__ import annotations

from geokg.extract.morphology_ar import verb_forms


def _forms(spec: str) -> dict[str, object]:
    return {f.text: f for f in verb_forms(spec)}


def test_defective_perfect_writes_alif_before_a_pronoun() -> None:
    # أجرى → أجراها، التقى → التقاه: the final ى is written ا before an object pronoun
    forms = _forms("أجرى/يجري")
    for word in ("اجراها", "اجراه", "واجراها"):
        assert word in forms and forms[word].pronoun_object, word
    assert "التقاه" in _forms("التقى/يلتقي")
    # the imperfect keeps its ي, and the plural and feminine forms are unchanged
    assert {"يجريها", "اجرتها", "اجروها"} <= forms.keys()


def test_sound_perfect_has_no_alif_form() -> None:
    # only a final ى turns into ا: قصف keeps its last letter before the pronoun
    forms = _forms("قصف/يقصف")
    assert "قصفه" in forms and "قصاه" not in forms


def test_dual_and_plural_drop_their_nun_in_the_subjunctive() -> None:
    # "أن تتفاوضا" (two of them), "لم ينسحبوا" (they): third persons, the dual feminine with ت
    forms = _forms("تفاوض/يتفاوض")
    assert {"تتفاوضا", "يتفاوضا", "يتفاوضوا", "وتتفاوضا"} <= forms.keys()
    assert forms["يتفاوضوا"].plural and forms["تتفاوضا"].feminine and not forms["يتفاوضا"].feminine
    # not the first person plural nor the ا-prefixed form: نقصفا، اقصفا are not made
    assert not {"نقصفا", "اقصفا"} & _forms("قصف/يقصف").keys()
