"""'Halvorsen pushed back. “…,” a company spokesman said': the spokesman speaks for the
body that just answered, not for the proxy adviser the story is about (the demo's own
shareholder story gave the company's reply to ISS)."""

from summaries.quotes import extract_quotes

PROXY = (
    "Institutional Shareholder Services, the influential proxy adviser, has recommended "
    "that investors vote against the re-election of Halvorsen Industrial chairman Erik "
    "Sandvold at the company's annual meeting.\n\n"
    "In a report sent to clients on Tuesday, ISS said the board had failed to oversee a "
    "failed merger. “Shareholders bore the cost,” the report states.\n\n"
    "Halvorsen pushed back. “The board acted on the best information available,” a "
    "company spokesman said. “We are confident that investors will see the full "
    "picture,” he added."
)


def test_a_spokesman_speaks_for_the_body_that_pushed_back():
    assert [q.speaker for q in extract_quotes(PROXY)] == ["ISS", "Halvorsen", "Halvorsen"]
