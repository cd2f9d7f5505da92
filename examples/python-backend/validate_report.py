#!/usr/bin/env python3
"""Kiểm tra báo cáo DVCQ bằng Python, chỉ từ tệp xuất của `dvcq schema`.

Validates a DVCQ report in Python from the export of `dvcq schema --out DIR` alone
(report.schema.json, rules.json and CONTRACT.md, whose sections are cited as §N),
with the standard library and `jsonschema` (Debian: python3-jsonschema).

    python3 validate_report.py EXPORT_DIR REPORT.json [--mode final] [--now ISO] [--lang vi]
    python3 validate_report.py EXPORT_DIR --vectors     # run every vector of EXPORT_DIR/vectors
"""
import json
import math
import os
import re
import sys
import unicodedata
from datetime import datetime, timedelta, timezone

import jsonschema

VN = timezone(timedelta(minutes=420))
DAY_MS = 86_400_000
LIMITS = {"json_bytes": 2_000_000, "values": 50_000, "string": 100_000, "depth": 12, "array": 2_000, "keys": 500, "key": 320}
DATE_FROM, DATE_TO = 1945, 2200


class Export:
    """The files of one export: the JSON Schema and rules.json."""

    def __init__(self, directory):
        with open(os.path.join(directory, "report.schema.json"), encoding="utf-8") as f:
            self.schema = json.load(f)
        with open(os.path.join(directory, "rules.json"), encoding="utf-8") as f:
            self.rules = json.load(f)
        self.validator = jsonschema.Draft202012Validator(self.schema)
        self.severity = {r["code"]: r["severity"] for r in self.rules["rules"]}
        self.severity.update({c["code"]: c["severity"] for c in self.rules["textChecks"]})


# --- §3 reading the JSON -----------------------------------------------------------

class SyntaxProblem(Exception):
    pass


def _no_constant(name):
    raise SyntaxProblem(f"{name} is not JSON")


def _number(text):
    value = int(text)
    return float(text) if abs(value) > 2 ** 53 else value  # numbers are doubles


def read_json(text):
    """Returns ("ok", value) or ("issue", code)."""
    if len(text.encode("utf-8", "surrogatepass")) > LIMITS["json_bytes"]:
        return "issue", "input.too-large"
    try:
        return "ok", json.loads(text, parse_constant=_no_constant, parse_int=_number)
    except (ValueError, SyntaxProblem, RecursionError):
        return "issue", "input.json-syntax"


# --- §4 input guard ----------------------------------------------------------------

def pointer(segments):
    return "".join("/" + str(s).replace("~", "~0").replace("/", "~1") for s in segments)


def utf16_len(s):
    return sum(2 if ord(c) > 0xFFFF else 1 for c in s)


def count_exceeds(root, limit):
    count, stack = 0, [root]
    while stack:
        v = stack.pop()
        count += 1
        if count > limit:
            return True
        if isinstance(v, list):
            stack.extend(v)
        elif isinstance(v, dict):
            stack.extend(v.values())
    return False


def guard(value):
    if count_exceeds(value, LIMITS["values"]):
        return [("input.too-many-values", "")]
    out = []

    def visit(v, path):
        if isinstance(v, float) and not math.isfinite(v):
            out.append(("input.json-syntax", pointer(path)))
        elif isinstance(v, str):
            if utf16_len(v) > LIMITS["string"]:
                out.append(("input.string-too-long", pointer(path)))
        elif isinstance(v, (list, dict)):
            if len(path) >= LIMITS["depth"]:
                out.append(("input.too-deep", pointer(path)))
            elif isinstance(v, list):
                if len(v) > LIMITS["array"]:
                    out.append(("input.array-too-long", pointer(path)))
                else:
                    for i, x in enumerate(v):
                        visit(x, path + [i])
            elif len(v) > LIMITS["keys"]:
                out.append(("input.too-many-keys", pointer(path)))
            elif any(utf16_len(k) > LIMITS["key"] for k in v):
                out.append(("input.string-too-long", pointer(path)))
            else:
                for k, x in v.items():
                    visit(x, path + [k])

    visit(value, [])
    return out


# --- §5 shape: JSON Schema with every error ---------------------------------------

def shape_issues(export, value):
    codes = export.rules["structuralCodes"]
    out = set()
    for e in export.validator.iter_errors(value):
        at = list(e.absolute_path)
        if e.validator == "required":
            for name in e.validator_value:
                if isinstance(e.instance, dict) and name not in e.instance:
                    out.add(("schema.required", pointer(at + [name])))
        elif e.validator == "additionalProperties":
            known = e.schema.get("properties", {})
            for name in e.instance:
                if name not in known:
                    out.add(("schema.unknown-field", pointer(at + [name])))
        else:
            out.add((codes.get(e.validator, "schema.invalid"), pointer(at)))
    return out


# --- §7 NFC view, §8 clock, §9 dates -------------------------------------------------

def nfc_view(v):
    if isinstance(v, str):
        return unicodedata.normalize("NFC", v)
    if isinstance(v, list):
        return [nfc_view(x) for x in v]
    if isinstance(v, dict):
        return {k: nfc_view(x) for k, x in v.items()}
    return v


INSTANT = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})(?:[T ]([0-9]{2}):([0-9]{2})(?::([0-9]{2})(?:\.([0-9]{1,9}))?)?)?(Z|z|[+-][0-9]{2}(?::?[0-9]{2})?)?")


def epoch_ms(now):
    m = INSTANT.fullmatch(now)
    if not m:
        raise ValueError(f"invalid now: {now}")
    y, mo, d, hh, mi, ss, frac, z = m.groups()
    tz = VN
    if z in ("Z", "z"):
        tz = timezone.utc
    elif z:
        digits = z[1:].replace(":", "")
        minutes = int(digits[:2]) * 60 + (int(digits[2:4]) if len(digits) > 2 else 0)
        tz = timezone(timedelta(minutes=-minutes if z[0] == "-" else minutes))
    ms = int(float("0." + frac) * 1000) if frac else 0
    t = datetime(int(y), int(mo), int(d), int(hh or 0), int(mi or 0), int(ss or 0), tzinfo=tz)
    return int(t.timestamp()) * 1000 + ms


def day_number(text):
    if not isinstance(text, str) or not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", text):
        return None
    y, m, d = int(text[:4]), int(text[5:7]), int(text[8:])
    if not DATE_FROM <= y <= DATE_TO:
        return None
    try:
        return (datetime(y, m, d) - datetime(1970, 1, 1)).days
    except ValueError:
        return None


# --- §10 context, §11 rules, §12 JSON Logic -----------------------------------------

MISSING = object()


def resolve(root, ptr):
    cur = root
    if ptr == "":
        return cur
    for raw in ptr[1:].split("/"):
        seg = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(cur, list):
            if not re.fullmatch(r"0|[1-9][0-9]*", seg) or int(seg) >= len(cur):
                return MISSING
            cur = cur[int(seg)]
        elif isinstance(cur, dict) and seg in cur:
            cur = cur[seg]
        else:
            return MISSING
    return cur


def is_number(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)


def prepare(v, kind):
    if v is MISSING or v is None:
        return None
    checks = {
        "string": lambda: isinstance(v, str),
        "number": lambda: is_number(v),
        "integer": lambda: is_number(v) and v == int(v),
        "boolean": lambda: isinstance(v, bool),
        "object": lambda: isinstance(v, dict),
        "array": lambda: isinstance(v, list),
        "string[]": lambda: isinstance(v, list) and all(isinstance(x, str) for x in v),
        "any": lambda: True,
    }
    if kind == "date":
        return day_number(v)
    return v if checks[kind]() else None


def truthy(v):
    if isinstance(v, list):
        return len(v) > 0
    return bool(v)


def strict_eq(a, b):
    if isinstance(a, bool) != isinstance(b, bool) or isinstance(a, str) != isinstance(b, str):
        return False
    return a == b


def var(data, path):
    if path in ("", None):
        return data
    cur = data
    for key in str(path).split("."):
        if isinstance(cur, dict) and key in cur:
            cur = cur[key]
        elif isinstance(cur, list) and key.isdigit() and int(key) < len(cur):
            cur = cur[int(key)]
        else:
            return None
    return cur


def logic(expr, data):
    if isinstance(expr, list):
        return [logic(x, data) for x in expr]
    if not isinstance(expr, dict):
        return expr
    (op, raw), = expr.items()
    args = raw if isinstance(raw, list) else [raw]
    if op in ("some", "none", "all", "filter", "map", "reduce"):
        items = logic(args[0], data)
        items = items if isinstance(items, list) else []
        if op == "reduce":
            acc = logic(args[2], data) if len(args) > 2 else None
            for x in items:
                acc = logic(args[1], {"current": x, "accumulator": acc})
            return acc
        results = [logic(args[1], x) for x in items]
        if op == "some":
            return any(truthy(r) for r in results)
        if op == "none":
            return not any(truthy(r) for r in results)
        if op == "all":
            return len(items) > 0 and all(truthy(r) for r in results)
        if op == "filter":
            return [x for x, r in zip(items, results) if truthy(r)]
        return results
    if op in ("or", "and"):
        v = None
        for a in args:
            v = logic(a, data)
            if truthy(v) == (op == "or"):
                return v
        return v
    if op == "if":
        for i in range(0, len(args) - 1, 2):
            if truthy(logic(args[i], data)):
                return logic(args[i + 1], data)
        return logic(args[-1], data) if len(args) % 2 else None
    a = [logic(x, data) for x in args]
    if op == "var":
        v = var(data, a[0] if a else "")
        return a[1] if v is None and len(a) > 1 else v
    if op == "===":
        return strict_eq(a[0], a[1])
    if op == "!==":
        return not strict_eq(a[0], a[1])
    if op == "!":
        return not truthy(a[0])
    if op == "!!":
        return truthy(a[0])
    if op == "in":
        hay = a[1]
        if isinstance(hay, list):
            return any(strict_eq(a[0], x) for x in hay)
        return isinstance(hay, str) and hay != "" and str(a[0]) in hay
    if op == "cat":
        return "".join("" if x is None else str(x) for x in a)
    if op == "+":
        return float(sum(a))
    if op in ("<", "<=", ">", ">="):
        cmp = {"<": lambda x, y: x < y, "<=": lambda x, y: x <= y, ">": lambda x, y: x > y, ">=": lambda x, y: x >= y}[op]
        return all(cmp(a[i], a[i + 1]) for i in range(len(a) - 1))
    raise ValueError(f"JSON Logic operator not implemented: {op}")


def context(tables, view, mode, now):
    obj = view if isinstance(view, dict) else {}
    text = lambda k: obj.get(k) if isinstance(obj.get(k), str) else None  # noqa: E731
    unit_id, period, obligation_id = text("unitId"), text("period"), text("obligationId")
    year = obj.get("year") if is_number(obj.get("year")) else None
    raw = obj.get("periodIndex")
    index = int(raw) if is_number(raw) and raw == int(raw) else None
    unit = next((u for u in tables["units"] if u["id"] == unit_id), None)
    in_period = [i for i in tables["instances"] if i["period"] == period and year is not None and i["year"] == year]
    of_obligation = in_period if obligation_id is None else [i for i in in_period if i["obligationId"] == obligation_id]
    matching = [i for i in of_obligation if i["index"] == index]
    inst = next((i for i in matching if unit_id in i["owedBy"]), matching[0] if matching else None)
    return {
        "mode": mode,
        "today": (epoch_ms(now) + tables["utcOffsetMinutes"] * 60_000) // DAY_MS,
        "unitKnown": unit is not None,
        "unitSymbol": unit["symbol"] if unit else None,
        "applicableTasks": unit["tasks"] if unit else [],
        "periodKnown": len(in_period) > 0,
        "obligationKnown": obligation_id is None or len(of_obligation) > 0,
        "indexRequired": index is None and any(i["index"] is not None for i in of_obligation),
        "indexKnown": index is None or len(matching) > 0,
        "obligationAmbiguous": obligation_id is None and len({i["obligationId"] for i in matching}) > 1,
        "instanceKey": inst["key"] if inst else None,
        "obligationId": inst["obligationId"] if inst else None,
        "unitOwes": inst is not None and unit_id in inst["owedBy"],
        "periodStart": inst["periodStartDay"] if inst else None,
        "lateFrom": inst["lateFromDay"] if inst else None,
    }


def rule_issues(export, view, mode, now, lang):
    ctx = context(export.rules["context"], view, mode, now)
    out = {}
    for rule in export.rules["rules"]:
        if mode not in rule["modes"]:
            continue
        read = [prepare(resolve(view, r["pointer"]), r["type"]) for r in rule["reads"]]
        if rule["missing"] == "skip" and any(x is None for x in read):
            continue
        if not truthy(logic(rule["logic"], {"read": read, "ctx": ctx})):
            out.setdefault((rule["code"], rule["blames"]), (rule["message"][lang], rule["severity"]))
    return out


# --- §13 text checks, §14 legacy encodings, §15 syllables ---------------------------

TONES = {0x300, 0x301, 0x303, 0x309, 0x323}


def syllable(word, t):
    if not 1 <= len(word) <= 16:
        return False
    d = unicodedata.normalize("NFD", word.lower())
    tone, tones, base = 0, 0, ""
    for i, ch in enumerate(d):
        if ord(ch) in TONES:
            j = i - 1
            while j >= 0 and ord(d[j]) in (0x302, 0x306, 0x31B):
                j -= 1
            if j < 0 or d[j] not in "aeiouy":
                return False
            tones, tone = tones + 1, ord(ch)
        else:
            base += ch
    base = unicodedata.normalize("NFC", base)
    if tones > 1 or any(ch not in t["letters"] for ch in base):
        return False
    for ini in t["initials"]:
        rest = base[len(ini):]
        if not base.startswith(ini) or rest == "":
            continue
        front = rest[0] in "ieêy"
        if (ini in ("k", "gh", "ngh") and not front) or (ini in ("c", "ng") and front) or (ini == "qu" and rest[0] in "uo"):
            continue
        for fin in t["finals"]:
            nuc = rest[: len(rest) - len(fin)]
            if not rest.endswith(fin) or nuc not in t["nuclei"]:
                continue
            kind = t["nuclei"][nuc]
            if (kind == 2 if fin == "" else kind == 0) or (fin in ("ch", "nh") and nuc not in t["palatalNuclei"]):
                continue
            if (nuc == "i" and fin in ("ng", "c")) or (nuc == "oo" and fin not in ("ng", "c")):
                continue
            if fin in ("c", "ch", "p", "t") and tone not in (0x301, 0x323):
                continue
            return True
    return False


def in_ranges(c, ranges):
    return any(a <= c <= b for a, b in ranges)


def decode(word, table, pairs):
    out, i = "", 0
    while i < len(word):
        if pairs and word[i:i + 2] in table and i + 1 < len(word):
            out, i = out + table[word[i:i + 2]], i + 2
        else:
            out, i = out + table.get(word[i], word[i]), i + 1
    return unicodedata.normalize("NFC", out)


def legacy_encoding(s, L, t):
    text = unicodedata.normalize("NFC", s)
    units = text.encode("utf-16-le", "surrogatepass")
    words, cur = [], ""
    for k in range(0, len(units), 2):  # word characters are single UTF-16 units (§14)
        c = int.from_bytes(units[k:k + 2], "little")
        if in_ranges(c, L["wordRanges"]):
            cur += chr(c)
        elif cur:
            words, cur = words + [cur], ""
    words += [cur] if cur else []
    counted = uni_only = 0
    votes, strong, also, valid = {"tcvn3": 0, "vni": 0}, {"tcvn3": 0, "vni": 0}, {"tcvn3": 0, "vni": 0}, []
    for w in words:
        if all(ord(c) < 0x80 for c in w):
            continue
        if any(ord(c) > 0xFF for c in w):
            counted, uni_only = counted + 1, uni_only + 1
            continue
        if syllable(w, t):
            counted += 1
            valid.append(w)
            continue
        a, b = 0, len(w)
        while a < b and in_ranges(ord(w[a]), L["symbolRanges"]):
            a += 1
        while b > a and in_ranges(ord(w[b - 1]), L["symbolRanges"]):
            b -= 1
        core = w[a:b]
        if all(ord(c) < 0x80 for c in core) or syllable(core, t) or re.search(r"[a-z][^A-Z]*[A-Z]", w):
            continue
        counted += 1
        is_strong = any(ord(c) > 0x7F and ord(c) not in L["ambiguous"] for c in w)
        for e in ("tcvn3", "vni"):
            if syllable(decode(w, L[e], e == "vni"), t):
                votes[e] += 1
                strong[e] += 1 if is_strong else 0
    lead = votes["tcvn3"] - votes["vni"]
    if lead == 0 and votes["tcvn3"] > 0:
        for w in valid:
            for e, sign in (("tcvn3", 1), ("vni", -1)):
                d = decode(w, L[e], e == "vni")
                lead += sign if d != w and syllable(d, t) else 0
    if lead == 0:
        return None
    e = "tcvn3" if lead > 0 else "vni"
    ok = (strong[e] > 0 or votes[e] >= 2) and votes[e] > uni_only and votes[e] / counted >= L["minConfidence"]
    return e if ok else None


def strings(v, path):
    if isinstance(v, str):
        yield path, v
    elif isinstance(v, list):
        for i, x in enumerate(v):
            yield from strings(x, path + [i])
    elif isinstance(v, dict):
        for k, x in v.items():
            yield from strings(x, path + [k])


def text_issues(export, value, view):
    out = set()
    L, t = export.rules["legacyEncoding"], export.rules["syllables"]
    for check in export.rules["textChecks"]:
        if check["kind"] == "pattern":
            s = resolve(view, check["pointer"])
            if isinstance(s, str) and not re.fullmatch(check["pattern"], s):
                out.add((check["code"], check["pointer"]))
            continue
        for path, s in strings(value, []):
            if check["kind"] == "nfc" and s != unicodedata.normalize("NFC", s):
                out.add((check["code"], pointer(path)))
            if check["kind"] == "legacy-encoding" and legacy_encoding(s, L, t):
                out.add((check["code"], pointer(path)))
    return out


# --- §2 and §16: the whole check ----------------------------------------------------

def validate(export, text, mode="draft", now=None, lang="vi"):
    """Returns {"ok": bool, "issues": [{"code", "path", "severity", "message"}]}."""
    now = now or datetime.now(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")
    status, value = read_json(text)
    found = {}
    if status == "issue":
        found[(value, "")] = None
    else:
        for issue in guard(value):
            found[issue] = None
        if not found:
            view = nfc_view(value)
            for issue in shape_issues(export, value) | text_issues(export, value, view):
                found[issue] = None
            found.update(rule_issues(export, view, mode, now, lang))
    issues = []
    for (code, path), said in sorted(found.items()):
        message, severity = said if said else (None, export.severity.get(code, "error"))
        if message is None:  # shape, guard and text issues: our own words (§16)
            where = path or "/"
            message = f"{code} — trường {where}" if lang == "vi" else f"{code} — field {where}"
        issues.append({"code": code, "path": path, "severity": severity, "message": message})
    return {"ok": not any(i["severity"] == "error" for i in issues), "issues": issues}


def run_vectors(export, directory):
    """§17: every vector must give the expected ok and set of (code, path, severity)."""
    names = sorted(f for f in os.listdir(os.path.join(directory, "vectors")) if f.endswith(".json"))
    failed = []
    for name in names:
        with open(os.path.join(directory, "vectors", name), encoding="utf-8") as f:
            v = json.load(f)
        text = v["inputText"] if "inputText" in v else json.dumps(v["input"], ensure_ascii=False)
        got = validate(export, text, v["mode"], v["now"])
        want = {(i["code"], i["path"], i["severity"]) for i in v["expected"]["issues"]}
        have = {(i["code"], i["path"], i["severity"]) for i in got["issues"]}
        if got["ok"] != v["expected"]["ok"] or have != want:
            failed.append(f"{name}: missing {sorted(want - have)}, unexpected {sorted(have - want)}")
    for line in failed:
        print("FAIL " + line)
    print(f"{len(names) - len(failed)} vectors passed, {len(failed)} failed")
    return 1 if failed or not names else 0


def main(argv):
    if len(argv) < 2:
        print(__doc__)
        return 2
    export = Export(argv[0])
    if argv[1] == "--vectors":
        return run_vectors(export, argv[0])
    options = {"mode": "draft", "now": None, "lang": "vi"}
    rest = argv[2:]
    for i in range(0, len(rest) - 1, 2):
        options[rest[i].lstrip("-")] = rest[i + 1]
    with open(argv[1], encoding="utf-8") as f:
        text = f.read()
    result = validate(export, text, options["mode"], options["now"], options["lang"])
    print(json.dumps(result, ensure_ascii=False, indent=2))
    return 0 if result["ok"] else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
