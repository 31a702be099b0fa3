#!/usr/bin/env python3
"""Checks Rotta's calendar exports with independent parsers.

Usage: check_exports.py CALENDAR.csv CALENDAR.ics EXPECTED.json

EXPECTED.json holds what the Rust side meant to write:
  {"rows": [[cell, ...], ...],            # header first, as Python's csv must read them back
   "events": [{"uid": ..., "summary": ..., "dtstart": "YYYY-MM-DDTHH:MM:SS",
               "dtend": ..., "categories": ..., "description": ...}, ...],
   "pillars": {"column": "pillar", "label": "Pillar", "other_label": "Tema",  # optional
               "names": [...], "ids": [...]}}

With "pillars", every CSV cell of the pillar column and every ICS description line
"<label>: ..." must be one of the pillar names in the file's language (at least one of
each), never an id, and no description line may use the other language's label.

The CSV is read with Python's csv module (UTF-8 with BOM), the ICS with the icalendar
package (pinned in requirements.txt). Exit status 0 when everything matches, 1 with one line
per problem otherwise, 3 when icalendar is not installed.
"""

import csv
import datetime
import io
import json
import sys

try:
    import icalendar
except ImportError:
    print("icalendar is not installed: run `pip install -r requirements.txt`", file=sys.stderr)
    sys.exit(3)

BOM = b"\xef\xbb\xbf"


def check_csv(path, expected_rows, problems):
    raw = open(path, "rb").read()
    if not raw.startswith(BOM):
        problems.append("CSV: no UTF-8 byte-order mark")
    text = raw.decode("utf-8-sig")
    if text and not text.endswith("\r\n"):
        problems.append("CSV: last line does not end with CRLF")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    if rows != expected_rows:
        for i, (got, want) in enumerate(zip(rows, expected_rows)):
            if got != want:
                problems.append(f"CSV row {i}: got {got!r}, expected {want!r}")
                break
        if len(rows) != len(expected_rows):
            problems.append(f"CSV: {len(rows)} rows, expected {len(expected_rows)}")
    return len(rows)


def check_ics(path, expected_events, problems):
    raw = open(path, "rb").read()
    if not raw.endswith(b"\r\n"):
        problems.append("ICS: does not end with CRLF")
    for number, line in enumerate(raw.split(b"\r\n")[:-1], start=1):
        if b"\n" in line or b"\r" in line:
            problems.append(f"ICS line {number}: bare LF or CR")
        if len(line) > 75:
            problems.append(f"ICS line {number}: {len(line)} octets (more than 75)")
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            problems.append(f"ICS line {number}: folding split a UTF-8 character")
    calendar = icalendar.Calendar.from_ical(raw.decode("utf-8"))
    if str(calendar.get("VERSION")) != "2.0":
        problems.append("ICS: VERSION is not 2.0")
    if not str(calendar.get("PRODID", "")):
        problems.append("ICS: no PRODID")
    events = list(calendar.walk("VEVENT"))
    if len(events) != len(expected_events):
        problems.append(f"ICS: {len(events)} events, expected {len(expected_events)}")
    uids = [str(e.get("UID")) for e in events]
    if len(set(uids)) != len(uids):
        problems.append("ICS: duplicate UIDs")
    for event, want in zip(events, expected_events):
        uid = str(event.get("UID"))
        if uid != want["uid"]:
            problems.append(f"ICS: UID {uid!r}, expected {want['uid']!r}")
        for field in ("summary", "description", "categories"):
            value = event.get(field.upper())
            if field == "categories" and value is not None:
                value = ",".join(str(c) for c in value.cats)
            if str(value) != want[field]:
                problems.append(f"ICS {uid}: {field.upper()} {str(value)!r}, expected {want[field]!r}")
        for field in ("dtstart", "dtend"):
            prop = event.get(field.upper())
            value = prop.dt if prop is not None else None
            if not isinstance(value, datetime.datetime) or value.tzinfo is not None:
                problems.append(f"ICS {uid}: {field.upper()} {value!r} is not a floating date-time")
            elif value.isoformat() != want[field]:
                problems.append(f"ICS {uid}: {field.upper()} {value.isoformat()}, expected {want[field]}")
        stamp = event.get("DTSTAMP")
        if stamp is None or stamp.dt.tzinfo is None:
            problems.append(f"ICS {uid}: DTSTAMP missing or not UTC")
    return len(events)


def check_pillars(csv_path, ics_path, want, problems):
    names, ids = set(want["names"]), set(want["ids"])
    rows = list(csv.reader(io.StringIO(open(csv_path, "rb").read().decode("utf-8-sig"), newline="")))
    if want["column"] not in rows[0]:
        problems.append(f"CSV: no {want['column']!r} column in {rows[0]!r}")
        return
    column = rows[0].index(want["column"])
    cells = [row[column] for row in rows[1:] if row[column]]
    if not cells:
        problems.append("CSV: no row names a pillar")
    for cell in cells:
        if cell in ids or cell not in names:
            problems.append(f"CSV: pillar {cell!r} is not one of the names {sorted(names)!r}")
            break
    calendar = icalendar.Calendar.from_ical(open(ics_path, "rb").read().decode("utf-8"))
    lines = [line for event in calendar.walk("VEVENT")
             for line in str(event.get("DESCRIPTION", "")).split("\n")]
    prefix, other = want["label"] + ": ", want["other_label"] + ": "
    shown = [line[len(prefix):] for line in lines if line.startswith(prefix)]
    if not shown:
        problems.append(f"ICS: no description line starts with {prefix!r}")
    for value in shown:
        if value in ids or value not in names:
            problems.append(f"ICS: {prefix}{value!r} is not one of the names {sorted(names)!r}")
            break
    if any(line.startswith(other) for line in lines):
        problems.append(f"ICS: a description line uses the other language's label {other!r}")


def main(argv):
    if len(argv) != 4:
        print(__doc__, file=sys.stderr)
        return 2
    csv_path, ics_path, expected_path = argv[1:]
    expected = json.load(open(expected_path, encoding="utf-8"))
    problems = []
    rows = check_csv(csv_path, expected["rows"], problems)
    events = check_ics(ics_path, expected["events"], problems)
    if "pillars" in expected:
        check_pillars(csv_path, ics_path, expected["pillars"], problems)
    if problems:
        for problem in problems[:50]:
            print(problem, file=sys.stderr)
        return 1
    print(f"ok: {rows} CSV rows, {events} ICS events")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
