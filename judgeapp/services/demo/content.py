"""What the demo workspace holds: regions, events, submissions and their texts.

Facts and figures come from five news reports about these regions (restated
here in the project's own words). Everything else — judges, scores, notes,
and any figure or passage the reports do not give — is sample data and is
marked ``sample`` so that screens and PDFs can say "data contoh".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

DEMO_VERSION = "2"  # 2: the berita acara fields of the PPD event


@dataclass(frozen=True)
class Region:
    key: str
    name: str
    kind: str
    province: str
    code: str
    profile: tuple[str, ...]  # paragraphs of the shared region profile (facts only)


@dataclass(frozen=True)
class Figure:
    id: str
    label: str
    value: str
    unit: str = ""
    year: int | None = None
    source: str = ""
    sample: bool = False


@dataclass(frozen=True)
class Innovation:
    title: str
    summary: str
    started: int | None = None
    sample: bool = False


@dataclass(frozen=True)
class Submission:
    event: str  # event key
    region: str  # region key
    title: str
    sections: tuple[tuple[str, str, bool], ...]  # (heading, paragraph, sample?)
    innovations: tuple[Innovation, ...] = ()
    figures: tuple[Figure, ...] = ()
    quality: float = 0.7  # where the sample scores centre (0..1 of the scale)

    @property
    def sample(self) -> bool:
        return (
            any(s for _h, _p, s in self.sections)
            or any(f.sample for f in self.figures)
            or any(i.sample for i in self.innovations)
        )


@dataclass(frozen=True)
class Event:
    key: str
    id: str
    name: str
    forms: tuple[str, ...]
    weights: tuple[Decimal, ...] | None
    edition: str
    place: str
    competition: str
    interview_day: str  # first schedule day (YYYY-MM-DD)
    room: str
    plan: dict = field(default_factory=dict)  # stage index -> sheet plan (see demo.scores)
    # the berita acara's fields, set through the event set-up service: the
    # event's last day (the first is interview_day), its chair and members
    # (name, position) — invented people, marked "contoh"
    last_day: str = ""
    chair: tuple[str, str] | None = None
    members: tuple[tuple[str, str], ...] = ()


MEDIA = "pemberitaan media daerah"
SAMPLE_SRC = "data contoh"

REGIONS: dict[str, Region] = {
    "kota-sukabumi": Region(
        "kota-sukabumi",
        "Kota Sukabumi",
        "kota",
        "Jawa Barat",
        "32.72",
        (
            "Kota Sukabumi menyusun rencana pembangunannya secara berjenjang dari bawah: "
            "dimulai dari rembug warga, lalu musrenbang di tingkat kelurahan, kecamatan, "
            "hingga kota. Arah kebijakannya dijaga agar sejalan dengan isu strategis nasional "
            "dan provinsi.",
            "Selain jalur musrenbang biasa, pemerintah kota mengundang pelajar SMA dan "
            "mahasiswa melalui forum youth planner, dan menggelar diskusi kelompok terarah "
            "bersama penyandang disabilitas agar kebutuhan mereka ikut tercatat.",
            "Pada masa pandemi tiga inovasi diperkuat: pusat kewirausahaan kelurahan (Kece), "
            "layanan homecare beserta ambulans siaga 24 jam, dan penggalangan donasi warga "
            "secara daring (Udunan Online).",
        ),
    ),
    "kota-bogor": Region(
        "kota-bogor",
        "Kota Bogor",
        "kota",
        "Jawa Barat",
        "32.71",
        (
            "Kota Bogor menjalankan masterplan kota cerdas yang dievaluasi dua kali setahun; "
            "sekitar 75 persen program di dalamnya telah terealisasi, sebagian dikukuhkan "
            "dalam peraturan daerah. Sekitar 30 persen APBD dialokasikan untuk mendukungnya, "
            "dengan arahan dari Dewan Smart City.",
            "Tata kelola keuangan memperoleh opini WTP dari BPK tujuh kali berturut-turut; "
            "indeks SPBE 2021 bernilai 3,11 dan nilai akuntabilitas kinerja (LAKIP) 75,2 "
            "dengan predikat BB.",
            "Nilai investasi naik dari sekitar Rp 618 miliar pada 2021 menjadi sekitar "
            "Rp 1,7 triliun pada 2022. Layanan warga didukung aplikasi seperti Asinan Bogor, "
            "Pakuan Prima untuk administrasi kependudukan, dan Si Badra untuk aduan warga.",
        ),
    ),
    "kab-sukabumi": Region(
        "kab-sukabumi",
        "Kabupaten Sukabumi",
        "kabupaten",
        "Jawa Barat",
        "32.02",
        (
            "Kabupaten Sukabumi mengembangkan produk unggulan desa dengan empat pilar "
            "kemitraan: kelompok usaha ekonomi masyarakat desa (KUEMD), BUMDesa, pendampingan "
            "ahli melalui inkubator, dan offtaker dari dunia usaha, BUMN maupun perorangan.",
            "Status desa membaik antara 2018 dan 2019: desa tertinggal turun dari 82 menjadi "
            "39, desa maju bertambah dari 58 menjadi 78, desa mandiri dari 4 menjadi 6, dan "
            "pada 2019 tidak ada lagi desa berstatus sangat tertinggal.",
            "Dua inovasi pelayanan menonjol: Smart Village di Desa Cijengkol, Kecamatan "
            "Caringin, dan Kartu Sehat Desa untuk warga prasejahtera.",
        ),
    ),
    "kab-pekalongan": Region(
        "kab-pekalongan",
        "Kabupaten Pekalongan",
        "kabupaten",
        "Jawa Tengah",
        "33.26",
        (
            "Kabupaten Pekalongan membangun laboratorium kemiskinan: tim yang memetakan dan "
            "mendata warga miskin satu per satu, lengkap dengan pekerjaan dan penyebab "
            "kemiskinannya, lalu memverifikasinya langsung di lapangan.",
            "Sasaran pemetaan mencakup warga miskin perkotaan, nelayan dan buruh di pesisir, "
            "serta masyarakat sekitar hutan.",
        ),
    ),
}

PPD = Event(
    "ppd",
    "ppd-jabar-2022",
    "PPD Jawa Barat 2022",
    ("ppd-tahap1", "ppd-tahap2", "ppd-tahap3"),
    (Decimal(30), Decimal(25), Decimal(45)),
    "2022",
    "Bandung",
    "ppd",
    "2022-03-14",
    "Ruang rapat Bappeda (contoh)",
    plan={0: "all-final", 1: "last-judge-started", 2: "last-judge-empty"},
    last_day="2022-04-11",  # the three stages, two weeks apart (demo.scores)
    chair=("Dr. Hendra Kusuma, M.Si. (contoh)", "Kepala Bappeda Provinsi Jawa Barat"),
    members=(
        ("Rina Marlina, S.E., M.M. (contoh)", "Sekretaris Tim Penilai"),
        ("Agus Firmansyah, S.T. (contoh)", "Anggota Sekretariat"),
    ),
)
SINOVIK = Event(
    "sinovik",
    "sinovik-2020-top99",
    "Sinovik 2020 — Top 99 presentasi & wawancara",
    ("sinovik-presentasi",),
    None,
    "2020",
    "daring",
    "sinovik",
    "2020-07-08",
    "Ruang virtual (contoh)",
    plan={0: "mixed"},
)
SMARTCITY = Event(
    "smartcity",
    "smartcity-2023-tahap2",
    "Smart City 2023 — Evaluasi tahap II",
    ("smartcity-tahap2",),
    None,
    "2023",
    "daring",
    "smartcity",
    "2023-11-14",
    "Zoom (contoh)",
    plan={0: "partial"},
)
EVENTS = (PPD, SINOVIK, SMARTCITY)

_S = True  # sample marker, for readability below

SUBMISSIONS: tuple[Submission, ...] = (
    # ---- PPD Jawa Barat 2022 --------------------------------------------------------
    Submission(
        "ppd",
        "kota-sukabumi",
        "Perencanaan Partisipatif dan Inovasi Pemulihan Kota Sukabumi",
        (
            (
                "Proses perencanaan",
                "Usulan pembangunan dihimpun berjenjang dari rembug warga hingga musrenbang "
                "kota, ditambah forum youth planner untuk pelajar dan mahasiswa serta diskusi "
                "terarah dengan kelompok disabilitas.",
                False,
            ),
            (
                "Inovasi pemulihan ekonomi",
                "Kelurahan Entrepreneur Center (Kece) melatih dan mendampingi calon wirausaha, "
                "terutama warga yang kehilangan pekerjaan saat pandemi; pada 2021 tercatat 355 "
                "peserta.",
                False,
            ),
            (
                "Inovasi layanan kesehatan dan sosial",
                "Ambulans siaga 24 jam menggandakan cakupan layanan gawat darurat dibanding "
                "sebelumnya, sementara perawat homecare mengunjungi warga sakit di kelurahan. "
                "Udunan Online mengumpulkan donasi warga untuk bantuan cepat, misalnya rumah "
                "rusak atau warga yang sakit.",
                False,
            ),
            (
                "Posisi dalam penilaian",
                "Dalam penilaian tingkat provinsi, kota ini disebut masuk lima besar pada tahap "
                "presentasi dan wawancara.",
                False,
            ),
        ),
        (
            Innovation(
                "Kelurahan Entrepreneur Center (Kece)",
                "Pelatihan dan pendampingan wirausaha bagi warga terdampak pandemi.",
                2021,
            ),
            Innovation(
                "Homecare dan Ambulans Sigap 24 jam",
                "Perawat mendatangi warga sakit; ambulans siaga sepanjang hari.",
            ),
            Innovation("Udunan Online", "Donasi warga secara daring untuk bantuan cepat."),
        ),
        (
            Figure("kece_peserta", "Warga dilatih Kece", "355", "orang", 2021, MEDIA),
            Figure(
                "ambulans_cakupan",
                "Kenaikan cakupan layanan gawat darurat",
                "100",
                "%",
                None,
                MEDIA,
            ),
        ),
        quality=0.8,
    ),
    Submission(
        "ppd",
        "kota-bogor",
        "Capaian Pembangunan Kota Bogor (data contoh)",
        (
            (
                "Catatan",
                "Pemberitaan yang menjadi sumber demo tidak meliput Kota Bogor pada PPD 2022. "
                "Uraian dan nilai di dokumen ini adalah DATA CONTOH untuk peragaan aplikasi.",
                _S,
            ),
            (
                "Investasi",
                "Nilai investasi tercatat sekitar Rp 618 miliar pada 2021.",
                False,
            ),
            (
                "Ringkasan capaian (contoh)",
                "Dokumen contoh ini memuat ringkasan capaian makro, keterkaitan program "
                "dengan prioritas provinsi, dan inovasi layanan publik.",
                _S,
            ),
        ),
        (Innovation("Si Badra", "Kanal aduan warga yang ditindaklanjuti perangkat daerah."),),
        (
            Figure("investasi", "Nilai investasi", "618", "Rp miliar", 2021, MEDIA),
            Figure("pertumbuhan", "Pertumbuhan ekonomi (contoh)", "4.8", "%", 2021, SAMPLE_SRC, _S),
        ),
        quality=0.62,
    ),
    Submission(
        "ppd",
        "kab-sukabumi",
        "Kemajuan Desa dan Kemitraan Kabupaten Sukabumi",
        (
            (
                "Kemajuan desa",
                "Antara 2018 dan 2019 jumlah desa tertinggal turun dari 82 ke 39, desa maju "
                "naik dari 58 ke 78, dan desa mandiri dari 4 ke 6; desa sangat tertinggal tidak "
                "ada lagi pada 2019.",
                False,
            ),
            (
                "Kemitraan produk unggulan desa",
                "Produk unggulan desa dikembangkan bersama KUEMD, BUMDesa, inkubator pendamping "
                "dan offtaker dari kalangan usaha.",
                False,
            ),
        ),
        (
            Innovation("Empat pilar produk unggulan desa", "KUEMD, BUMDesa, inkubator, offtaker."),
            Innovation("Smart Village Desa Cijengkol", "Layanan desa berbasis aplikasi.", 2019),
            Innovation("Kartu Sehat Desa", "Perlindungan kesehatan warga prasejahtera."),
        ),
        (
            Figure("desa_tertinggal", "Desa tertinggal", "82", "desa", 2018, MEDIA),
            Figure("desa_tertinggal", "Desa tertinggal", "39", "desa", 2019, MEDIA),
            Figure("desa_maju", "Desa maju", "58", "desa", 2018, MEDIA),
            Figure("desa_maju", "Desa maju", "78", "desa", 2019, MEDIA),
            Figure("desa_mandiri", "Desa mandiri", "4", "desa", 2018, MEDIA),
            Figure("desa_mandiri", "Desa mandiri", "6", "desa", 2019, MEDIA),
            Figure("desa_sangat_tertinggal", "Desa sangat tertinggal", "0", "desa", 2019, MEDIA),
        ),
        quality=0.7,
    ),
    # ---- Sinovik 2020 -------------------------------------------------------------------
    Submission(
        "sinovik",
        "kab-pekalongan",
        "Laboratorium Kemiskinan",
        (
            (
                "Masalah",
                "Data kemiskinan sering tidak cocok dengan keadaan di lapangan sehingga bantuan "
                "tidak tepat sasaran.",
                False,
            ),
            (
                "Cara kerja",
                "Laboratorium memotret, mendata dan memverifikasi warga miskin nama demi nama "
                "beserta pekerjaan dan penyebab kemiskinannya, di kota, pesisir dan sekitar "
                "hutan. Penanganannya melibatkan banyak pemangku kepentingan dan mengajak warga "
                "yang mampu membantu tetangganya.",
                False,
            ),
            (
                "Hasil",
                "Dalam kurun sekitar dua setengah tahun, kira-kira 70 persen warga sasaran di "
                "lokasi pemetaan terentaskan. Rumah tidak layak huni ditangani, pemakaian jamban "
                "meningkat, warga berpenyakit kronis dan penyandang disabilitas tertangani, dan "
                "lebih banyak anak bersekolah lewat program Kudu Sekolah.",
                False,
            ),
        ),
        (
            Innovation(
                "Laboratorium Kemiskinan",
                "Pemetaan, pendataan dan penanganan warga miskin berbasis verifikasi lapangan.",
            ),
            Innovation("Kudu Sekolah", "Mendorong anak dari keluarga sasaran kembali bersekolah."),
        ),
        (
            Figure("entas", "Warga sasaran terentaskan", "70", "%", 2020, MEDIA),
            Figure("durasi", "Lama pelaksanaan", "2.5", "tahun", 2020, MEDIA),
        ),
        quality=0.82,
    ),
    Submission(
        "sinovik",
        "kota-sukabumi",
        "Puskesos Melaju",
        (
            (
                "Inovasi",
                "Pusat Kesejahteraan Sosial di kelurahan memberi layanan dan rujukan bagi warga "
                "rentan, bekerja sama dengan dinas kearsipan lewat aplikasi Srikandi.",
                False,
            ),
            (
                "Catatan demo",
                "Puskesos Melaju diluncurkan pada 2023; penempatannya di acara Sinovik 2020 "
                "ini hanya untuk peragaan (DATA CONTOH).",
                _S,
            ),
            (
                "Isu yang dijawab",
                "Kesenjangan warga miskin dan kelompok marginal, perlindungan sosial yang belum "
                "menyeluruh, dan terbatasnya akses warga rentan untuk membangun penghidupan.",
                False,
            ),
        ),
        (
            Innovation(
                "Puskesos Melaju",
                "Layanan dan rujukan kesejahteraan sosial di kelurahan.",
                2023,
                _S,
            ),
        ),
        (),
        quality=0.66,
    ),
    Submission(
        "sinovik",
        "kab-sukabumi",
        "Smart Village Desa Cijengkol dan Kartu Sehat Desa",
        (
            (
                "Smart Village",
                "Desa Cijengkol di Kecamatan Caringin melayani warganya lewat aplikasi berisi "
                "informasi terbaru, pos layanan di tiap dusun, layanan langsung berbasis situs, "
                "dan surat-menyurat yang diverifikasi dengan kode QR.",
                False,
            ),
            (
                "Kartu Sehat Desa",
                "Kartu ini menjangkau keluarga prasejahtera yang tidak masuk PKH maupun tidak "
                "memegang KIS, ibu hamil dan menyusui dari keluarga kurang mampu, warga lanjut "
                "usia mulai 55 tahun, serta keluarga miskin dengan penyakit berat.",
                False,
            ),
        ),
        (
            Innovation("Smart Village Desa Cijengkol", "Layanan desa berbasis aplikasi dan QR."),
            Innovation("Kartu Sehat Desa", "Perlindungan kesehatan warga prasejahtera."),
        ),
        (Figure("usia_min", "Usia minimal lansia penerima", "55", "tahun", 2020, MEDIA),),
        quality=0.72,
    ),
    Submission(
        "sinovik",
        "kota-bogor",
        "Layanan Pajak Daerah Daring (data contoh)",
        (
            (
                "Inovasi",
                "Kota Bogor tercatat masuk Top 45 inovasi pelayanan publik untuk layanan "
                "pembayaran pajak.",
                False,
            ),
            (
                "Uraian (contoh)",
                "Rincian inovasi, tahun mulai dan capaian di dokumen ini adalah DATA CONTOH.",
                _S,
            ),
        ),
        (Innovation("Pembayaran pajak daerah daring", "Contoh uraian inovasi.", 2019, _S),),
        (
            Figure(
                "wajib_pajak",
                "Wajib pajak terlayani daring (contoh)",
                "12000",
                "WP",
                2019,
                SAMPLE_SRC,
                _S,
            ),
        ),  # fmt: skip
        quality=0.6,
    ),
    # ---- Smart City 2023 ----------------------------------------------------------------
    Submission(
        "smartcity",
        "kota-bogor",
        "Evaluasi Implementasi Smart City Kota Bogor 2023",
        (
            (
                "Masterplan",
                "Sekitar 75 persen program masterplan sudah terealisasi, dengan rencana aksi "
                "berjalan dan sebagian aturan dikukuhkan dalam perda; 30 persen APBD "
                "dialokasikan.",
                False,
            ),
            (
                "Smart governance dan branding",
                "Opini WTP tujuh kali berturut-turut, indeks SPBE 3,11, LAKIP 75,2 (BB), dan "
                "layanan branding yang sepenuhnya daring. Investasi naik dari Rp 618 miliar "
                "(2021) menjadi Rp 1,7 triliun (2022).",
                False,
            ),
            (
                "Smart economy, living, society",
                "Kemiskinan 7,21 persen (2022) dan IPM 77,17 (2023). Persalinan oleh tenaga "
                "kesehatan 96,1 persen, 282 sarana air minum aman, sanitasi layak 76,3 persen "
                "(138.463 KK), dan jalan 92,62 persen. APM SD 99,95, SMP 74,75, SMA 80,82 "
                "persen.",
                False,
            ),
            (
                "Smart environment",
                "Pembatasan sampah plastik sejak 2017 di ritel modern dan pasar tradisional, "
                "serta daur ulang bersama komunitas.",
                False,
            ),
        ),
        (
            Innovation("Asinan Bogor", "Aplikasi layanan warga."),
            Innovation("Pakuan Prima", "Layanan administrasi kependudukan bersama mitra."),
            Innovation("Si Badra", "Layanan dan respon aduan warga yang dievaluasi terus."),
        ),
        (
            Figure("ipm", "Indeks Pembangunan Manusia", "77.17", "", 2023, MEDIA),
            Figure("kemiskinan", "Persentase penduduk miskin", "7.21", "%", 2022, MEDIA),
            Figure("investasi", "Nilai investasi", "618", "Rp miliar", 2021, MEDIA),
            Figure("investasi", "Nilai investasi", "1700", "Rp miliar", 2022, MEDIA),
            Figure("spbe", "Indeks SPBE", "3.11", "", 2021, MEDIA),
            Figure("lakip", "Nilai LAKIP", "75.2", "", None, MEDIA),
            Figure("stunting", "Baduta naik berat badan (stunting)", "83.08", "%", 2023, MEDIA),
            Figure("persalinan_nakes", "Persalinan ditangani nakes", "96.1", "%", 2022, MEDIA),
            Figure("air_minum", "Sarana air minum aman", "282", "unit", None, MEDIA),
            Figure("sanitasi", "Akses sanitasi layak", "76.3", "%", None, MEDIA),
            Figure("jalan", "Jalan kondisi baik", "92.62", "%", None, MEDIA),
            Figure("apm_sd", "APM SD/MI", "99.95", "%", None, MEDIA),
            Figure("apm_smp", "APM SMP", "74.75", "%", None, MEDIA),
            Figure("apm_sma", "APM SMA", "80.82", "%", None, MEDIA),
            Figure("masterplan", "Realisasi masterplan", "75", "%", 2023, MEDIA),
        ),
        quality=0.8,
    ),
    Submission(
        "smartcity",
        "kota-sukabumi",
        "Implementasi Smart City Kota Sukabumi (data contoh)",
        (
            (
                "Catatan",
                "Pemberitaan sumber demo tidak meliput Kota Sukabumi pada evaluasi Smart City "
                "2023; isi dokumen ini DATA CONTOH, kecuali inovasi yang disebut di profil.",
                _S,
            ),
            (
                "Layanan digital",
                "Udunan Online dan layanan Puskesos dengan aplikasi Srikandi menjadi contoh "
                "layanan berbasis digital.",
                False,
            ),
        ),
        (Innovation("Udunan Online", "Donasi warga secara daring."),),
        (Figure("masterplan", "Realisasi masterplan (contoh)", "60", "%", 2023, SAMPLE_SRC, _S),),
        quality=0.64,
    ),
    Submission(
        "smartcity",
        "kab-sukabumi",
        "Smart Village dan Smart City Kabupaten Sukabumi (data contoh)",
        (
            (
                "Smart Village",
                "Desa Cijengkol menjadi percontohan desa cerdas dengan aplikasi, pos layanan "
                "dusun dan surat ber-kode QR.",
                False,
            ),
            (
                "Rencana (contoh)",
                "Perluasan ke desa lain dan integrasi data desa adalah DATA CONTOH.",
                _S,
            ),
        ),
        (Innovation("Smart Village Desa Cijengkol", "Layanan desa berbasis aplikasi.", 2019),),
        (Figure("desa_smart", "Desa cerdas (contoh)", "12", "desa", 2023, SAMPLE_SRC, _S),),
        quality=0.58,
    ),
)

JUDGES = (
    ("juri-1", "Dr. Ayu Pramesti (contoh)", "TPI"),
    ("juri-2", "Ir. Bayu Nugraha, M.T. (contoh)", "TPI"),
    ("juri-3", "Citra Lestari, M.Si. (contoh)", "TPU"),
)

NOTE_STRENGTH = "[data contoh] Program unggulan terlihat konsisten dengan dokumen perencanaan."
NOTE_ADVICE = "[data contoh] Lengkapi data capaian per tahun dan sumbernya."
