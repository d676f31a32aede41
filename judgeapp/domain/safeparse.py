"""Bounded JSON and YAML: parse text from anyone, or refuse it with file, place, reason.

``load_json`` and ``load_yaml`` are the only ways the app turns received text
into data. Both check the size first, then the nesting (before the recursive
parts of the parsers run), and while building the value: integers must fit a
64-bit SQLite integer (and are never converted from thousands of digits),
numbers must be finite, texts are bounded and hold no lone surrogates (which
could never be written back as UTF-8), a key appears once per mapping, and the
document holds a bounded number of values (YAML aliases counted at every use).
YAML is reduced to plain data: scalar keys only, no explicit tags other than
the plain ones, no merge keys, dates left as text. The bounds live in
``judgeapp.domain.bounds``.

Every problem raises ``InputRefused`` (a ``Refused``): ``place`` is a line and
column when the parser knows it, otherwise the path of the value
(``sheets[3].scores.i01``).
"""

from __future__ import annotations

import json
import math
import re
from decimal import Decimal
from typing import Any, Generic, TypeVar

import yaml

from judgeapp.domain import bounds
from judgeapp.errors import Refused
from judgeapp.i18n import t


class InputRefused(Refused):
    """Text refused before or while it was parsed (``line``/``column`` when known)."""

    def __init__(
        self,
        reason: str,
        *,
        file: str | None = None,
        place: str | None = None,
        line: int | None = None,
        column: int | None = None,
    ):
        self.line, self.column = line, column
        super().__init__(reason, file=file, place=place)


_P = TypeVar("_P")


class ProblemsRefused(Refused, Generic[_P]):
    """Input refused for every problem found in it: ``problems``, shown one a
    line; the first one gives the reason, file and place."""

    def __init__(self, problems: list[_P], reason: str, *, file: str, place: str):
        self.problems = problems
        super().__init__(reason, file=file or None, place=place or None)

    def message(self) -> str:
        return "\n".join(str(p) for p in self.problems)


def line_place(line: int, column: int) -> str:
    return t(f"baris {line}, kolom {column}", f"line {line}, column {column}")


def _at(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column


# ---- reasons (one wording everywhere) ---------------------------------------------------
def too_large_reason(size: int, limit: int) -> str:
    return t(
        f"berkas terlalu besar: {size} bita (paling banyak {limit})",
        f"file too large: {size} bytes (at most {limit})",
    )


def _too_deep() -> str:
    return t(
        f"bersarang terlalu dalam (paling dalam {bounds.MAX_DEPTH} tingkat)",
        f"nested too deeply (at most {bounds.MAX_DEPTH} levels)",
    )


def _too_many_nodes() -> str:
    return t(
        f"terlalu banyak nilai (paling banyak {bounds.MAX_NODES})",
        f"too many values (at most {bounds.MAX_NODES})",
    )


def _int_reason() -> str:
    return t(
        "bilangan bulat terlalu besar (harus muat 64 bit, ±9223372036854775807)",
        "integer too large (must fit 64 bits, ±9223372036854775807)",
    )


def _number_reason(text: str) -> str:
    shown = text if len(text) <= 20 else text[:20] + "…"
    return t(
        f"bilangan tidak sah atau terlalu panjang: {shown}",
        f"invalid or overlong number: {shown}",
    )


def _string_reason(length: int) -> str:
    return t(
        f"teks terlalu panjang: {length} karakter (paling banyak {bounds.MAX_STRING_CHARS})",
        f"text too long: {length} characters (at most {bounds.MAX_STRING_CHARS})",
    )


def _surrogate_reason() -> str:
    return t(
        "teks memuat karakter pengganti (surrogate) tunggal yang bukan Unicode sah",
        "text holds a lone surrogate, which is not valid Unicode",
    )


def _duplicate_reason(key: Any) -> str:
    return t(f"kunci {key!r} ditulis dua kali", f"key {key!r} written twice")


_SURROGATE = re.compile("[\ud800-\udfff]")


# ---- decimals ---------------------------------------------------------------------------------
def decimal_problem(value: Decimal) -> str | None:
    """Why a decimal is outside the bounds every computation can take (None when fine)."""
    if not value.is_finite():
        return t("bukan bilangan terhingga", "not a finite number")
    if value and not (
        -bounds.MAX_DECIMAL_EXPONENT <= value.adjusted() < bounds.MAX_DECIMAL_EXPONENT
        and -value.as_tuple().exponent <= bounds.MAX_DECIMAL_EXPONENT  # type: ignore[operator]
    ):
        return t(
            f"bilangan di luar batas (di bawah 10^{bounds.MAX_DECIMAL_EXPONENT},"
            f" paling banyak {bounds.MAX_DECIMAL_EXPONENT} angka di belakang koma)",
            f"number out of bounds (below 10^{bounds.MAX_DECIMAL_EXPONENT},"
            f" at most {bounds.MAX_DECIMAL_EXPONENT} decimal places)",
        )
    return None


# ---- validation messages in the user's language ----------------------------------------
def field_reason(err: Any) -> str:
    """One pydantic error (a dict of ``ValidationError.errors()``) in the user's language."""
    kind = err.get("type", "")
    ctx = err.get("ctx") or {}
    got = err.get("input")
    if kind == "missing":
        return t("wajib diisi", "required field missing")
    if kind == "extra_forbidden":
        return t("isian tidak dikenal", "unknown field")
    if kind == "string_too_long":
        n = len(got) if isinstance(got, str) else "?"
        limit = ctx.get("max_length")
        return t(
            f"terlalu panjang: {n} karakter (paling banyak {limit})",
            f"too long: {n} characters (at most {limit})",
        )
    if kind == "string_too_short":
        return t("tidak boleh kosong", "must not be empty")
    if kind in ("too_short", "too_long"):
        return t(
            f"jumlah isian tidak sah ({kind.replace('_', ' ')})",
            f"wrong number of entries ({kind.replace('_', ' ')})",
        )
    if kind.startswith("int_") or kind == "int_type":
        return t("harus bilangan bulat", "must be a whole number")
    if kind.startswith("bool_"):
        return t("harus true atau false", "must be true or false")
    if kind.startswith("string_type") or kind == "string_type":
        return t("harus teks", "must be text")
    if kind.startswith("decimal_") or kind.startswith("float_"):
        return t("harus angka", "must be a number")
    if kind in ("greater_than_equal", "greater_than"):
        return t(
            f"paling kecil {ctx.get('ge', ctx.get('gt'))}",
            f"must be at least {ctx.get('ge', ctx.get('gt'))}",
        )
    if kind in ("less_than_equal", "less_than"):
        return t(
            f"paling besar {ctx.get('le', ctx.get('lt'))}",
            f"must be at most {ctx.get('le', ctx.get('lt'))}",
        )
    if kind == "literal_error":
        return t(
            f"harus salah satu dari: {ctx.get('expected')}",
            f"must be one of: {ctx.get('expected')}",
        )
    if kind == "string_pattern_mismatch":
        return t("bentuk tidak sah", "invalid form of value")
    if kind in ("dict_type", "model_type", "model_attributes_type"):
        return t("harus pemetaan (key: value)", "must be a mapping (key: value)")
    if kind in ("tuple_type", "list_type"):
        return t("harus daftar", "must be a list")
    return str(err.get("msg", "")).removeprefix("Value error, ")


# ---- the value walk (shared by JSON and YAML) -----------------------------------------------
class _Marker:
    """A value the JSON hooks could not accept; the walk reports it with its path."""

    def __init__(self, reason: str):
        self.reason = reason


class _DupDict(dict):
    duplicate: Any = None


def _path(chain: tuple | None) -> str:
    parts: list[str] = []
    while chain is not None:
        chain, key = chain
        parts.append(f"[{key}]" if isinstance(key, int) else f".{key}")
    text = "".join(reversed(parts)).lstrip(".")
    return text or "<root>"


def check_value(value: Any, source: str, *, max_depth: int = bounds.MAX_DEPTH) -> None:
    """Walk a parsed value (iteratively): depth, count, texts, keys, markers."""
    stack: list[tuple[Any, int, tuple | None]] = [(value, 1, None)]
    nodes = 0
    while stack:
        v, depth, chain = stack.pop()
        nodes += 1
        if nodes > bounds.MAX_NODES:
            raise InputRefused(_too_many_nodes(), file=source, place=_path(chain))
        if isinstance(v, str):
            if len(v) > bounds.MAX_STRING_CHARS:
                raise InputRefused(_string_reason(len(v)), file=source, place=_path(chain))
            if _SURROGATE.search(v):
                raise InputRefused(_surrogate_reason(), file=source, place=_path(chain))
        elif isinstance(v, dict | list):
            if depth > max_depth:
                raise InputRefused(_too_deep(), file=source, place=_path(chain))
            if isinstance(v, dict):
                if isinstance(v, _DupDict) and v.duplicate is not None:
                    raise InputRefused(
                        _duplicate_reason(v.duplicate), file=source, place=_path(chain)
                    )
                for k, item in v.items():
                    if isinstance(k, str):
                        key_chain = (chain, k[:80])
                        if len(k) > bounds.MAX_STRING_CHARS:
                            raise InputRefused(
                                _string_reason(len(k)), file=source, place=_path(key_chain)
                            )
                        if _SURROGATE.search(k):
                            raise InputRefused(
                                _surrogate_reason(), file=source, place=_path(key_chain)
                            )
                    stack.append((item, depth + 1, (chain, k if isinstance(k, str) else str(k))))
            else:
                for i, item in enumerate(v):
                    stack.append((item, depth + 1, (chain, i)))
        elif isinstance(v, _Marker):
            raise InputRefused(v.reason, file=source, place=_path(chain))
        elif isinstance(v, int) and not isinstance(v, bool):
            if not bounds.MIN_INT <= v <= bounds.MAX_INT:
                raise InputRefused(_int_reason(), file=source, place=_path(chain))
        elif isinstance(v, float) and not math.isfinite(v):
            raise InputRefused(_number_reason(repr(v)), file=source, place=_path(chain))


# ---- JSON -------------------------------------------------------------------------------------
# A string token never fails to match (it ends at its closing quote or at the
# end of the text, and its loop is possessive), so the scan is linear in the
# text whatever it holds: an unterminated string never makes it rescan.
_JSON_TOKENS = re.compile(r'"(?:[^"\\]++|\\.)*+(?:"|\\?\Z)|[\[\]{}]', re.S)


def _json_depth_check(text: str, source: str) -> None:
    """Nesting depth before the recursive parser runs."""
    depth = 0
    for m in _JSON_TOKENS.finditer(text):
        ch = m.group()[0]
        if ch in "[{":
            depth += 1
            if depth > bounds.MAX_DEPTH:
                line, col = _at(text, m.start())
                raise InputRefused(
                    _too_deep(),
                    file=source,
                    place=line_place(line, col),
                    line=line,
                    column=col,
                )
        elif ch in "]}":
            depth -= 1


def _json_int(text: str) -> Any:
    digits = text.lstrip("-")
    if len(digits) > 19:
        return _Marker(_int_reason())
    value = int(text)
    if not bounds.MIN_INT <= value <= bounds.MAX_INT:
        return _Marker(_int_reason())
    return value


def _json_float(text: str) -> Any:
    if len(text) > bounds.MAX_NUMBER_CHARS:
        return _Marker(_number_reason(text))
    value = float(text)
    if not math.isfinite(value):
        return _Marker(_number_reason(text))
    return value


def _json_constant(text: str) -> Any:
    return _Marker(_number_reason(text))


def _json_object(pairs: list[tuple[str, Any]]) -> dict:
    out = _DupDict()
    for k, v in pairs:
        if k in out and out.duplicate is None:
            out.duplicate = k
        out[k] = v
    if out.duplicate is None:
        return dict(out)
    return out


def decode_utf8(raw: bytes, source: str) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputRefused(
            t("bukan teks UTF-8", "not UTF-8 text"),
            file=source,
            place=t(f"bita {exc.start}", f"byte {exc.start}"),
        ) from None


def load_json(raw: bytes | str, source: str, *, max_bytes: int) -> Any:
    """Parse bounded JSON; ``InputRefused`` naming the place of the first problem."""
    size = len(raw)
    if size > max_bytes:
        raise InputRefused(too_large_reason(size, max_bytes), file=source, place="<file>")
    text = decode_utf8(raw, source) if isinstance(raw, bytes) else raw
    _json_depth_check(text, source)
    try:
        value = json.loads(
            text,
            parse_int=_json_int,
            parse_float=_json_float,
            parse_constant=_json_constant,
            object_pairs_hook=_json_object,
        )
    except json.JSONDecodeError as exc:
        raise InputRefused(
            t(f"JSON tidak sah: {exc.msg}", f"invalid JSON: {exc.msg}"),
            file=source,
            place=line_place(exc.lineno, exc.colno),
            line=exc.lineno,
            column=exc.colno,
        ) from None
    check_value(value, source)
    return value


# ---- YAML -------------------------------------------------------------------------------------
_PLAIN_TAGS = frozenset(
    "tag:yaml.org,2002:" + name for name in ("str", "int", "float", "bool", "null", "seq", "map")
)


class _Loader(yaml.SafeLoader):
    """SafeLoader reduced to plain data, with nesting, keys, numbers and tags bounded."""

    def __init__(self, stream: str, source: str):
        super().__init__(stream)
        self.source = source
        self._depth = 0

    def _refuse(self, mark: Any, reason: str) -> InputRefused:
        line, col = (mark.line + 1, mark.column + 1) if mark is not None else (None, None)
        place = line_place(line, col) if line is not None and col is not None else "<yaml>"
        return InputRefused(reason, file=self.source, place=place, line=line, column=col)

    def compose_node(self, parent: Any, index: Any) -> Any:
        self._depth += 1
        try:
            if self._depth > bounds.MAX_DEPTH:
                raise self._refuse(self.peek_event().start_mark, _too_deep())
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1

    def construct_object(self, node: Any, deep: bool = False) -> Any:
        if node.tag not in _PLAIN_TAGS:
            tag = str(node.tag).removeprefix("tag:yaml.org,2002:")
            raise self._refuse(
                node.start_mark,
                t(
                    f"tanda tipe YAML {tag!r} tidak diizinkan (hanya data biasa)",
                    f"YAML type tag {tag!r} not allowed (plain data only)",
                ),
            )
        return super().construct_object(node, deep=deep)

    def construct_mapping(self, node: Any, deep: bool = False) -> Any:
        if not isinstance(node, yaml.MappingNode):
            return super().construct_mapping(node, deep=deep)
        seen: set[Any] = set()
        out: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise self._refuse(
                    key_node.start_mark,
                    t(
                        "kunci majemuk (daftar atau pemetaan sebagai kunci) tidak diizinkan",
                        "complex key (a list or mapping used as a key) not allowed",
                    ),
                )
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise self._refuse(key_node.start_mark, _duplicate_reason(key))
            seen.add(key)
            out[key] = self.construct_object(value_node, deep=deep)
        return out

    def construct_yaml_map(self, node: Any) -> Any:
        data: dict[Any, Any] = {}
        yield data
        data.update(self.construct_mapping(node))

    def construct_yaml_int(self, node: Any) -> Any:
        text = str(node.value).replace("_", "").lstrip("+-")
        if len(text) > 70:  # 64 binary digits and a prefix; never convert thousands
            raise self._refuse(node.start_mark, _int_reason())
        value = super().construct_yaml_int(node)
        if not bounds.MIN_INT <= value <= bounds.MAX_INT:
            raise self._refuse(node.start_mark, _int_reason())
        return value

    def construct_yaml_float(self, node: Any) -> Any:
        text = str(node.value)
        if len(text) > bounds.MAX_NUMBER_CHARS:
            raise self._refuse(node.start_mark, _number_reason(text))
        value = super().construct_yaml_float(node)
        if not math.isfinite(value):
            raise self._refuse(node.start_mark, _number_reason(text))
        return value


_Loader.add_constructor("tag:yaml.org,2002:map", _Loader.construct_yaml_map)
_Loader.add_constructor("tag:yaml.org,2002:int", _Loader.construct_yaml_int)
_Loader.add_constructor("tag:yaml.org,2002:float", _Loader.construct_yaml_float)
# Dates stay text (no implicit timestamps): ``edition: 2022-05-01`` is "2022-05-01".
_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def load_yaml(raw: bytes | str, source: str, *, max_bytes: int) -> Any:
    """Parse bounded YAML to plain data; ``InputRefused`` naming line and column."""
    size = len(raw)
    if size > max_bytes:
        raise InputRefused(too_large_reason(size, max_bytes), file=source, place="<file>")
    text = decode_utf8(raw, source) if isinstance(raw, bytes) else raw
    text = text.removeprefix("\ufeff")
    loader: _Loader | None = None
    try:
        loader = _Loader(text, source)
        value = loader.get_single_data()
    except yaml.reader.ReaderError as exc:
        line, col = _at(text, exc.position)
        raise InputRefused(
            t(
                f"YAML tidak sah: karakter #x{exc.character:04x} tidak diizinkan",
                f"invalid YAML: character #x{exc.character:04x} not allowed",
            ),
            file=source,
            place=line_place(line, col),
            line=line,
            column=col,
        ) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        problem = getattr(exc, "problem", None) or getattr(exc, "context", None) or str(exc)
        reason = t(f"YAML tidak sah: {problem}", f"invalid YAML: {problem}")
        if mark is None:
            raise InputRefused(reason, file=source, place="<yaml>") from None
        line, col = mark.line + 1, mark.column + 1
        raise InputRefused(
            reason, file=source, place=line_place(line, col), line=line, column=col
        ) from None
    finally:
        if loader is not None:
            loader.dispose()
    check_value(value, source)
    return value
