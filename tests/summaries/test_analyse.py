"""analyse(): the one entry point; never raises, always within the contract."""

from hypothesis import given, settings
from hypothesis import strategies as st

from summaries.analyse import ANALYSED_CHARS, analyse
from summaries.models import Analysis

TEXT = "\n\n".join(
    [
        "Russia's space chief said on Saturday that cooperation on the International Space "
        "Station could end unless Western sanctions were lifted.",
        '"Normal relations are possible only when the sanctions are lifted," Petrov wrote on '
        "Telegram.",
        "NASA said operations on the station continued normally.",
    ]
)


def test_analysis_carries_decision_summary_tags_and_verbatim_quotes():
    a = analyse("Roscosmos ties ISS future to sanctions", TEXT)
    assert isinstance(a, Analysis) and a.iss_geopolitical
    assert a.summary and len(a.summary) <= 480
    assert a.quotes and a.quotes[0].speaker == "Petrov"
    assert all(TEXT[q.start : q.end] == q.text for q in a.quotes)
    assert "sanctions" in a.tags and a.reasons


def test_a_text_over_the_cap_is_analysed_on_its_start():
    """A story stored before the ingest cap (a 2 MB article page) is reclassified on its
    first ANALYSED_CHARS: its opening still decides, and every quote offset is the stored
    text's."""
    filler = "\n\n".join(["The committee met again to discuss routine budget lines."] * 4000)
    long_text = (
        TEXT
        + "\n\n"
        + filler
        + '\n\n"Sanctions will end our partnership on the station for good," Orlov said.'
    )
    assert len(long_text) > 2 * ANALYSED_CHARS
    a = analyse("Roscosmos ties ISS future to sanctions", long_text)
    assert a.quotes and a.quotes[0].speaker == "Petrov", a.quotes
    assert all(long_text[q.start : q.end] == q.text for q in a.quotes)
    assert all(q.end <= ANALYSED_CHARS for q in a.quotes)


def test_threshold_is_passed_through():
    assert not analyse(
        "Roscosmos ties ISS future to sanctions", TEXT, threshold=1.01
    ).iss_geopolitical


def test_non_string_input_does_not_raise():
    a = analyse(None, None)  # type: ignore[arg-type]
    assert not a.iss_geopolitical and a.summary == ""


@settings(max_examples=150, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list("ab .,\"“”\n!?ISS'’:—")), max_size=400),
    st.text(max_size=40),
)
def test_never_raises_and_quotes_are_verbatim(text, title):
    a = analyse(title, text)
    assert 0.0 <= a.score <= 1.0
    assert len(a.quotes) <= 3
    assert all(text[q.start : q.end] == q.text for q in a.quotes)
    assert len(a.summary) <= 480
