"""Times people type, validated with one-line errors."""

from __future__ import annotations

from datetime import UTC, datetime, time

import pytest

from summaries.timespec import TimeSpecError, parse_clock, parse_since, parse_timezone

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("24h", "2026-11-24T12:00:00Z"),
        ("7d", "2026-11-18T12:00:00Z"),
        ("2 weeks", "2026-11-11T12:00:00Z"),
        ("90m", "2026-11-25T10:30:00Z"),
        ("2024-03-01", "2024-03-01T00:00:00Z"),
        ("2024-03-01T12:00+02:00", "2024-03-01T10:00:00Z"),
        ("2024-03-01T12:00Z", "2024-03-01T12:00:00Z"),
    ],
)
def test_since_accepts_spans_and_dates(text, expected):
    assert parse_since(text, now=NOW) == expected


def test_a_huge_span_reaches_back_ten_years_at_most():
    assert parse_since("100000h", now=NOW) == parse_since("999999999d", now=NOW)
    assert parse_since("100000h", now=NOW).startswith("2016-11")


@pytest.mark.parametrize("text", ["", "   ", "yesterday", "24x", "x" * 65, "24h\x00", "-3d"])
def test_since_refuses_what_is_not_a_time(text):
    with pytest.raises(TimeSpecError) as err:
        parse_since(text, now=NOW)
    assert "\n" not in str(err.value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("08:30", time(8, 30)),
        ("8", time(8)),
        ("9am", time(9)),
        ("9:15 pm", time(21, 15)),
        ("12am", time(0)),
        ("23:59", time(23, 59)),
    ],
)
def test_clock_times(text, expected):
    assert parse_clock(text) == expected


@pytest.mark.parametrize("text", ["24:00", "12:60", "13pm", "0am", "noonish", "7:5"])
def test_bad_clock_times_are_refused(text):
    with pytest.raises(TimeSpecError, match="not a time of day"):
        parse_clock(text)


def test_time_zones_are_iana_names():
    assert parse_timezone("Europe/Paris").key == "Europe/Paris"
    assert parse_timezone("UTC").key == "UTC"


@pytest.mark.parametrize(
    ("typed", "zone"),
    [("utc", "UTC"), ("europe/paris", "Europe/Paris"), ("AMERICA/NEW_YORK", "America/New_York")],
)
def test_time_zones_are_found_in_any_case_and_kept_in_their_own(typed, zone):
    assert parse_timezone(typed).key == zone


@pytest.mark.parametrize("text", ["localtime", "Factory", "posixrules", "posix/Europe/Paris"])
def test_zone_files_that_are_not_zones_are_refused(text):
    """ZoneInfo loads them ("localtime" is the host's own zone), but no member lives there."""
    with pytest.raises(TimeSpecError, match="unknown time zone"):
        parse_timezone(text)


@pytest.mark.parametrize("text", ["Mars/Olympus", "../etc/passwd", "Europe/Paris\n", "x" * 80, ""])
def test_unknown_time_zones_are_refused(text):
    with pytest.raises(TimeSpecError):
        parse_timezone(text)


def test_timezone_picker_offers_matching_zones_sorted_and_bounded():
    from summaries.timespec import timezones_matching

    assert timezones_matching("kolk") == ["Asia/Kolkata"]
    assert timezones_matching("PARIS") == ["Europe/Paris"]
    europe = timezones_matching("europe/")
    assert europe[0] == "Europe/Amsterdam" and europe == sorted(europe) and len(europe) == 25


def test_a_fixed_offset_zone_is_said_as_its_utc_offset():
    from summaries.timespec import fixed_offset_note

    now = datetime(2026, 11, 27, tzinfo=UTC)
    # POSIX turns the sign round: a moderator typing Etc/GMT+2 for UTC+2 is told
    assert "Etc/GMT+2 is UTC−2" in fixed_offset_note("Etc/GMT+2", now)
    assert "EST is UTC−5" in fixed_offset_note("EST", now)
    assert fixed_offset_note("UTC", now) == "" and fixed_offset_note("Europe/Paris", now) == ""
