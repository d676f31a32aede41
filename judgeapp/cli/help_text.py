"""The command line's help, usage and error texts in the chosen language.

Help strings are written in English where the commands are registered; in
Indonesian (the default) they are shown from ``HELP_ID`` below, translated when
the help is formatted (``Formatter``), so a command module needs no change to
be translated — only an entry here (a test checks every help string has one).
argparse's own words ("usage:", "options", "the following arguments are
required", "invalid choice" …) go through its gettext hooks, which ``install``
points at ``ARGPARSE_ID``. The language is chosen before parsing: ``--lang``,
else ``JUDGEAPP_LANG``, else the user's setting (``early_language``).
"""

from __future__ import annotations

import argparse
import gettext
import os
from collections.abc import Sequence
from typing import Any

from judgeapp import i18n

ARGPARSE_ID: dict[str, str] = {
    "usage: ": "penggunaan: ",
    "positional arguments": "argumen posisi",
    "options": "opsi",
    "optional arguments": "opsi",
    "show this help message and exit": "tampilkan bantuan ini lalu keluar",
    "show program's version number and exit": "tampilkan versi program lalu keluar",
    "%(prog)s: error: %(message)s\n": "%(prog)s: galat: %(message)s\n",
    "the following arguments are required: %s": "argumen berikut wajib diisi: %s",
    "unrecognized arguments: %s": "argumen tidak dikenal: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "pilihan tidak sah: %(value)r (pilih dari %(choices)s)"
    ),
    "argument %(argument_name)s: %(message)s": "argumen %(argument_name)s: %(message)s",
    "invalid %(type)s value: %(value)r": "nilai %(type)s tidak sah: %(value)r",
    "expected one argument": "perlu satu nilai",
    "expected at most one argument": "paling banyak satu nilai",
    "expected at least one argument": "perlu paling sedikit satu nilai",
    "not allowed with argument %s": "tidak boleh bersama argumen %s",
    "ignored explicit argument %r": "argumen eksplisit %r diabaikan",
    "ambiguous option: %(option)s could match %(matches)s": (
        "opsi ambigu: %(option)s bisa berarti %(matches)s"
    ),
    "one of the arguments %s is required": "salah satu argumen %s wajib diisi",
    "unknown parser %(parser_name)r (choices: %(choices)s)": (
        "perintah tidak dikenal %(parser_name)r (pilihan: %(choices)s)"
    ),
    "can't open '%(filename)s': %(error)s": "tidak dapat membuka '%(filename)s': %(error)s",
}
ARGPARSE_PLURAL_ID: dict[str, str] = {
    "expected %s argument": "perlu %s nilai",
}

HELP_ID: dict[str, str] = {
    "Excel workbook for the secretariat": "buku kerja Excel untuk sekretariat",
    "TPI | TPU | asesor | TPT": "TPI | TPU | asesor | TPT",
    "a category ranked (repeat; default: any category)": (
        "kategori yang dinilai (boleh diulang; bawaan: semua kategori)"
    ),
    "a judge's first key, confirmed with the judge (Help > My signing key), for a first file"
    " that does not prove its bundle's enrolment secret": (
        "kunci pertama juri, sudah dikonfirmasi dengan juri (Bantuan > Kunci tanda tangan saya),"
        " untuk berkas pertama yang tidak membuktikan rahasia pendaftaran bundelnya"
    ),
    "a new event (one --form per stage); prints its id": (
        "acara baru (satu --form per tahap); mencetak id-nya"
    ),
    "accept a judge's new signing key": "terima kunci tanda tangan baru seorang juri",
    "add a judge (prints the id)": "tambah juri (mencetak id-nya)",
    "add a list of judges from CSV or XLSX": "tambah daftar juri dari CSV atau XLSX",
    "also check against this event's judges and keys": (
        "periksa juga terhadap juri dan kunci acara ini"
    ),
    "assign the whole stage automatically; started sheets keep their judges": (
        "tugaskan seluruh tahap otomatis; lembar yang sudah dimulai tetap pada jurinya"
    ),
    "assignment matrix: a cell, a row (--judge), a column (--submission), --all, or --auto"
    " (every submission gets K judges under the hard rules)": (
        "matriks penugasan: satu sel, satu baris (--judge), satu kolom (--submission), --all,"
        " atau --auto (setiap usulan mendapat K juri menurut aturan wajib)"
    ),
    "back to the default": "kembali ke bawaan",
    "build afresh even when the folder already holds the demo": (
        "bangun ulang walaupun folder sudah berisi demo"
    ),
    "build the demo workspace (sample data) and open it": (
        "bangun workspace demo (data contoh) lalu buka"
    ),
    "chair signing the berita acara": "ketua yang menandatangani berita acara",
    "change a judge's name, role or profile": "ubah nama, peran atau profil juri",
    "change a setting": "ubah satu pengaturan",
    "check a score file (signature, integrity), a bundle or a workspace": (
        "periksa berkas nilai (tanda tangan, keutuhan), bundel atau workspace"
    ),
    "check this installation end to end (demo, a scored sheet, a PDF, the window); exit 0 when"
    " everything works": (
        "periksa instalasi ini dari awal sampai akhir (demo, satu lembar dinilai, PDF, jendela);"
        " keluar dengan 0 bila semuanya berjalan"
    ),
    "count open (not final) sheets too; results are marked provisional": (
        "hitung juga lembar yang belum final; hasil ditandai sementara"
    ),
    "create an event": "buat acara",
    "create or update this judge workspace from a bundle": (
        "buat atau perbarui workspace juri ini dari bundel"
    ),
    "declare (or --withdraw) a conflict of interest": (
        "nyatakan (atau --withdraw: cabut) konflik kepentingan"
    ),
    "do not try to keep the stage's current assignments": (
        "jangan berusaha mempertahankan penugasan tahap saat ini"
    ),
    "every setting with its value and description": "semua pengaturan dengan nilai dan uraiannya",
    "export an event's data": "ekspor data acara",
    "first day (2024-06-12)": "hari pertama (2024-06-12)",
    "form id (repeat for each stage, in order)": "id formulir (ulang untuk setiap tahap, berurutan)",
    "ignore the judges' preferred categories": "abaikan kategori pilihan juri",
    "import packages into an event (all or nothing each)": (
        "impor paket ke acara (setiap paket utuh atau tidak sama sekali)"
    ),
    "import signed files, paper CSV/XLSX or official worksheets": (
        "impor berkas bertanda tangan, kertas CSV/XLSX atau lembar kerja resmi"
    ),
    "interface language": "bahasa antarmuka",
    "judge bundles: issue (secretariat), open (judge)": (
        "bundel juri: terbitkan (sekretariat), buka (juri)"
    ),
    "judge rule (default: each form's)": "aturan gabungan juri (bawaan: aturan tiap formulir)",
    "judges of an event": "juri sebuah acara",
    "judges per submission": "juri per usulan",
    "last day (default: the first)": "hari terakhir (bawaan: hari pertama)",
    "list the event's judges": "daftar juri acara",
    "list the shipped forms": "daftar formulir bawaan",
    "list the workspace's events": "daftar acara di workspace",
    "member signing the berita acara (repeat, in order)": (
        "anggota yang menandatangani berita acara (ulang, berurutan)"
    ),
    "most submissions per judge": "usulan terbanyak per juri",
    "most submissions per stage for automatic assignment ('' for no limit)": (
        "usulan terbanyak per tahap untuk penugasan otomatis ('' tanpa batas)"
    ),
    "preferred categories, comma-separated ('' for none)": (
        "kategori pilihan, dipisah koma ('' bila tidak ada)"
    ),
    "no judge on a region of their own province": "tidak ada juri menilai daerah provinsinya sendiri",
    "no judge on their own institution": "tidak ada juri menilai instansinya sendiri",
    "one judge only (default: all)": "satu juri saja (bawaan: semua)",
    "one stage only (default: every stage)": "satu tahap saja (bawaan: semua tahap)",
    "one submission only (default: all)": "satu usulan saja (bawaan: semua)",
    "only build; do not open the app": "hanya bangun; jangan buka aplikasi",
    "print a report as PDF (or HTML with --html)": "cetak laporan sebagai PDF (atau HTML dengan --html)",
    "processes laying out a report of many parts (default: every core; 1: one process)": (
        "jumlah proses yang menata laporan berbagian banyak (bawaan: semua inti; 1: satu proses)"
    ),
    "progress board: judges × submissions": "papan kemajuan: juri × usulan",
    "rank an event's submissions per category": "peringkat usulan acara per kategori",
    "rank one stage only (default: all, weighted)": (
        "peringkat satu tahap saja (bawaan: semua tahap, berbobot)"
    ),
    "re-keying template for paper sheets (.csv or .xlsx)": (
        "templat pengetikan ulang lembar kertas (.csv atau .xlsx)"
    ),
    "record a judge's public key before the first file": (
        "catat kunci publik juri sebelum berkas pertamanya"
    ),
    "remove a judge (one who has scored is retired, not deleted)": (
        "hapus juri (juri yang sudah menilai dinonaktifkan, tidak dihapus)"
    ),
    "repeat; default: every judge": "boleh diulang; bawaan: semua juri",
    "report language": "bahasa laporan",
    "rubric forms: list the shipped ones, check files": (
        "formulir rubrik: daftar formulir bawaan, periksa berkas"
    ),
    "score files: export, import, paper template": "berkas nilai: ekspor, impor, templat kertas",
    "set an interview slot, or list the schedule": "atur jadwal wawancara, atau tampilkan jadwal",
    "sheet: lembar penilaian: a judge's score sheets; recap: rekap per daerah: one region across"
    " all judges, with a chart; ranking: peringkat: ranking per category, sensitivity, agreement;"
    " minutes: berita acara: minutes with the panel's signature blocks; feedback: umpan balik:"
    " anonymised feedback letter per region; blank: lembar kosong: blank paper sheets with"
    " re-keying QR codes": (
        "sheet: lembar penilaian juri; recap: rekap per daerah dari semua juri, dengan grafik;"
        " ranking: peringkat per kategori, kepekaan, kesepakatan; minutes: berita acara dengan"
        " blok tanda tangan panel; feedback: surat umpan balik per daerah tanpa nama juri;"
        " blank: lembar kertas kosong dengan kode QR untuk pengetikan ulang"
    ),
    "show or change the user's settings": "tampilkan atau ubah pengaturan pengguna",
    "show progress on stderr": "tampilkan kemajuan di stderr",
    "show the assignment, write nothing": "tampilkan penugasan, tanpa menulis apa pun",
    "show this help message and exit": "tampilkan bantuan ini lalu keluar",
    "signing keys": "kunci tanda tangan",
    "stage weight in percent (repeat per stage; default from the form)": (
        "bobot tahap dalam persen (ulang per tahap; bawaan dari formulir)"
    ),
    "submission packages: check, import, build": "paket usulan: periksa, impor, bangun",
    "the event's submissions: id, region, category, version, documents": (
        "usulan acara: id, daerah, kategori, versi, dokumen"
    ),
    "the ranking under median, mean, trimmed mean and z-scores side by side": (
        "peringkat menurut median, rata-rata, rata-rata terpangkas dan skor-z berdampingan"
    ),
    "this workspace's key fingerprint": "sidik kunci workspace ini",
    "tie-break seed (same seed, same answer)": ("benih pemecah seri (benih sama, hasil sama)"),
    "two operators' paper files of the same sheets": (
        "berkas kertas dua operator untuk lembar yang sama"
    ),
    "unassign instead": "batalkan penugasan",
    "validate form files; one line per problem": "periksa berkas formulir; satu baris per masalah",
    "validate packages (zip or folder); writes nothing": (
        "periksa paket (zip atau folder); tidak menulis apa pun"
    ),
    "venue": "tempat",
    "whose official worksheet this is": "milik siapa lembar kerja resmi ini",
    "worksheet regions not yet in the event become submissions": (
        "daerah di lembar kerja yang belum ada di acara menjadi usulan"
    ),
    "workspace folder (default: per-user data folder)": (
        "folder workspace (bawaan: folder data pengguna)"
    ),
    "workspace folder (default: per-user)": "folder workspace (bawaan: folder data pengguna)",
    "write one bundle per judge": "tulis satu bundel per juri",
    "write the HTML instead (for debugging)": "tulis HTML-nya saja (untuk memeriksa templat)",
    "write this judge's signed score file": "tulis berkas nilai bertanda tangan milik juri ini",
    "zip a region's folder into a package (fills sha256)": (
        "kemas folder daerah menjadi paket zip (mengisi sha256)"
    ),
    "JudgeApp — judging regional-government competitions (PPD, Sinovik, Smart City).": (
        "JudgeApp — penilaian lomba pemerintah daerah (PPD, Sinovik, Smart City)."
    ),
    "--selftest takes no command": "--selftest tidak disertai perintah",
}


def translate(text: str) -> str:
    """A help text in the current language (English is the source)."""
    if i18n.language() == "en":
        return text
    return HELP_ID.get(text, text)


def _gettext(message: str) -> str:
    if i18n.language() == "en":
        return message
    return ARGPARSE_ID.get(message, message)


def _ngettext(singular: str, plural: str, n: int) -> str:
    if i18n.language() == "en":
        return singular if n == 1 else plural
    return ARGPARSE_PLURAL_ID.get(singular, singular if n == 1 else plural)


def install() -> None:
    """Point argparse's own words at the current language."""
    argparse._ = _gettext  # type: ignore[attr-defined]
    argparse.ngettext = _ngettext  # type: ignore[attr-defined]


def uninstall() -> None:
    argparse._ = gettext.gettext  # type: ignore[attr-defined]
    argparse.ngettext = gettext.ngettext  # type: ignore[attr-defined]


class Formatter(argparse.HelpFormatter):
    """Help texts in the current language."""

    def _get_help_string(self, action: argparse.Action) -> str | None:
        return translate(action.help) if action.help else action.help

    def add_text(self, text: str | None) -> None:
        super().add_text(translate(text) if text else text)


class Parser(argparse.ArgumentParser):
    """The parser of ``judgeapp`` and of every sub-command (sub-parsers are made
    of the same class): help through ``Formatter``."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", Formatter)
        super().__init__(*args, **kwargs)


def early_language(argv: Sequence[str]) -> str | None:
    """The language asked for before parsing (so help and usage errors use it):
    ``--lang X`` / ``--lang=X``, else ``JUDGEAPP_LANG``, else the user's setting;
    None: the default."""
    args = list(argv)
    for i, arg in enumerate(args):
        if arg == "--":
            break
        if arg == "--lang" and i + 1 < len(args) and args[i + 1] in i18n.LANGUAGES:
            return args[i + 1]
        if arg.startswith("--lang=") and arg[7:] in i18n.LANGUAGES:
            return arg[7:]
    env = os.environ.get("JUDGEAPP_LANG")
    if env in i18n.LANGUAGES:
        return env
    from judgeapp.errors import Refused
    from judgeapp.settings import load

    try:
        value = str(load().get("ui.language") or "")
    except Refused:  # an unreadable settings file never blocks --help
        return None
    return value if value in i18n.LANGUAGES else None
