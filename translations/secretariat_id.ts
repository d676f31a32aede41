<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>BundlesPage</name>
    <message>
        <source>Judges to issue bundles for</source>
        <translation>Juri yang diberi paket</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Telusuri…</translation>
    </message>
    <message>
        <source>&amp;Issue bundles</source>
        <translation>&amp;Terbitkan paket juri</translation>
    </message>
    <message>
        <source>Select a&amp;ll</source>
        <translation>Pilih se&amp;mua</translation>
    </message>
    <message>
        <source>Issued bundles</source>
        <translation>Paket juri yang diterbitkan</translation>
    </message>
    <message>
        <source>Each bundle holds the event, its forms, the schedule and only the judge&apos;s assigned regions without conflicts. Re-issuing later updates the judge&apos;s workspace without touching scores already entered.</source>
        <translation>Setiap paket juri berisi acara, formulirnya, jadwal, dan hanya daerah yang ditugaskan kepada juri tanpa konflik. Penerbitan ulang kelak memperbarui workspace juri tanpa menyentuh nilai yang sudah diisi.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source>%1 (%2) — %3 assigned</source>
        <translation>%1 (%2) — %3 ditugaskan</translation>
    </message>
    <message>
        <source>Folder for the bundles</source>
        <translation>Folder untuk paket juri</translation>
    </message>
    <message>
        <source>Choose a folder and at least one judge.</source>
        <translation>Pilih folder dan sedikitnya satu juri.</translation>
    </message>
    <message>
        <source>Writing bundles…</source>
        <translation>Menulis paket juri…</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>ditolak</translation>
    </message>
    <message>
        <source>written</source>
        <translation>ditulis</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>Juri</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Daerah</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <source>File / reason</source>
        <translation>Berkas / alasan</translation>
    </message>
    <message>
        <source>%1 bundle(s) written, %2 refused.</source>
        <translation>%1 paket juri ditulis, %2 ditolak.</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <source>Conflicts of interest</source>
        <translation>Konflik kepentingan</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>Juri</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Daerah</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>&amp;Declare conflict</source>
        <translation>&amp;Nyatakan konflik</translation>
    </message>
    <message>
        <source>Reason for withdrawing</source>
        <translation>Alasan pencabutan</translation>
    </message>
    <message>
        <source>Why the conflict no longer holds</source>
        <translation>Mengapa konflik itu tidak berlaku lagi</translation>
    </message>
    <message>
        <source>&amp;Withdraw selected</source>
        <translation>&amp;Cabut yang dipilih</translation>
    </message>
    <message>
        <source>Withdraw the conflict selected in the list (the judge may be assigned)</source>
        <translation>Cabut konflik yang dipilih di daftar (juri boleh ditugaskan lagi)</translation>
    </message>
    <message>
        <source>&amp;Judge:</source>
        <translation>&amp;Juri:</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>&amp;Daerah:</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>A&amp;lasan:</translation>
    </message>
    <message>
        <source>Withdraw the selected conflict, rea&amp;son:</source>
        <translation>Cabut konflik yang dipilih, ala&amp;san:</translation>
    </message>
    <message>
        <source>Declared by</source>
        <translation>Dinyatakan oleh</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Choose a judge and a region.</source>
        <translation>Pilih juri dan daerah.</translation>
    </message>
    <message>
        <source>Conflict recorded; the judge is no longer assigned there.</source>
        <translation>Konflik dicatat; juri tidak lagi ditugaskan di sana.</translation>
    </message>
    <message>
        <source>Select a conflict in the list first.</source>
        <translation>Pilih dulu satu konflik di daftar.</translation>
    </message>
    <message>
        <source>Give the reason for withdrawing it.</source>
        <translation>Tuliskan alasan pencabutannya.</translation>
    </message>
    <message>
        <source>This region has no current submission in the event.</source>
        <translation>Daerah ini tidak punya berkas peserta yang berlaku di acara ini.</translation>
    </message>
    <message>
        <source>Conflict withdrawn: %1 — %2. The judge can now be assigned there.</source>
        <translation>Konflik dicabut: %1 — %2. Juri kini boleh ditugaskan di sana.</translation>
    </message>
</context>
<context>
    <name>DisagreementTab</name>
    <message>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>Show &amp;all indicators, not only flagged</source>
        <translation>Tampilkan &amp;semua indikator, tidak hanya yang ditandai</translation>
    </message>
    <message>
        <source>Count open sheets too (&amp;provisional)</source>
        <translation>Hitung juga lembar terbuka (&amp;sementara)</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>Perbedaan nilai</translation>
    </message>
    <message>
        <source>&amp;Moderate…</source>
        <translation>&amp;Moderasi…</translation>
    </message>
    <message>
        <source>Recap of this &amp;region…</source>
        <translation>Rekap &amp;daerah ini…</translation>
    </message>
    <message>
        <source>Reason for withdrawing</source>
        <translation>Alasan pencabutan</translation>
    </message>
    <message>
        <source>&amp;Withdraw moderation</source>
        <translation>&amp;Cabut moderasi</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Tahap:</translation>
    </message>
    <message>
        <source>Comparing the judges&apos; scores…</source>
        <translation>Membandingkan nilai para juri…</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Daerah</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Selisih</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Ambang</translation>
    </message>
    <message>
        <source>Combined</source>
        <translation>Gabungan</translation>
    </message>
    <message>
        <source>Moderated</source>
        <translation>Dimoderasi</translation>
    </message>
    <message>
        <source>Judges&apos; values</source>
        <translation>Nilai para juri</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <source>%1 flagged · %2 moderated</source>
        <translation>%1 ditandai · %2 dimoderasi</translation>
    </message>
    <message>
        <source>Select a row first.</source>
        <translation>Pilih dulu satu baris.</translation>
    </message>
    <message>
        <source>Moderated value recorded: %1 = %2</source>
        <translation>Nilai moderasi dicatat: %1 = %2</translation>
    </message>
    <message>
        <source>Moderation withdrawn.</source>
        <translation>Moderasi dicabut.</translation>
    </message>
</context>
<context>
    <name>ImportTab</name>
    <message>
        <source>Import &amp;packages (.zip)…</source>
        <translation>Impor &amp;paket (.zip)…</translation>
    </message>
    <message>
        <source>Import a package &amp;folder…</source>
        <translation>Impor &amp;folder paket…</translation>
    </message>
    <message>
        <source>Import &amp;score files…</source>
        <translation>Impor &amp;berkas nilai…</translation>
    </message>
    <message>
        <source>Accept a &amp;changed judge key, reason:</source>
        <translation>Terima &amp;kunci juri yang berganti, alasan:</translation>
    </message>
    <message>
        <source>Reason for accepting a changed key</source>
        <translation>Alasan menerima kunci yang berganti</translation>
    </message>
    <message>
        <source>Import results</source>
        <translation>Hasil impor</translation>
    </message>
    <message>
        <source>Each file is checked first and imported whole or not at all. A refused file changes nothing; the list says which file, where in it and why.</source>
        <translation>Setiap berkas diperiksa dulu lalu diimpor utuh atau tidak sama sekali. Berkas yang ditolak tidak mengubah apa pun; daftar menyebut berkasnya, letaknya, dan alasannya.</translation>
    </message>
    <message>
        <source>Packages and score files</source>
        <translation>Paket dan berkas nilai</translation>
    </message>
    <message>
        <source>Paper re-keying</source>
        <translation>Ketik ulang lembar kertas</translation>
    </message>
    <message>
        <source>Official PPD worksheet</source>
        <translation>Lembar kerja resmi PPD</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>Submission packages</source>
        <translation>Paket peserta</translation>
    </message>
    <message>
        <source>Packages (*.zip);;All files (*)</source>
        <translation>Paket (*.zip);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Package folder</source>
        <translation>Folder paket</translation>
    </message>
    <message>
        <source>Judges&apos; score files</source>
        <translation>Berkas nilai juri</translation>
    </message>
    <message>
        <source>Score files (*.scores.json *.json);;All files (*)</source>
        <translation>Berkas nilai (*.scores.json *.json);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Give the reason for accepting a changed key.</source>
        <translation>Tuliskan alasan menerima kunci yang berganti.</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>Mengimpor %n berkas…</numerusform>
        </translation>
    </message>
    <message>
        <source>imported</source>
        <translation>diimpor</translation>
    </message>
    <message>
        <source>new version</source>
        <translation>versi baru</translation>
    </message>
    <message>
        <source>unchanged (already held)</source>
        <translation>tidak berubah (sudah ada)</translation>
    </message>
    <message>
        <source>REFUSED</source>
        <translation>DITOLAK</translation>
    </message>
    <message>
        <source>package</source>
        <translation>paket</translation>
    </message>
    <message>
        <source>score file</source>
        <translation>berkas nilai</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Letak</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <source>Reason / warnings</source>
        <translation>Alasan / peringatan</translation>
    </message>
    <message>
        <source>%1 file(s): %2 imported, %3 refused (nothing changed for those).</source>
        <translation>%1 berkas: %2 diimpor, %3 ditolak (tidak ada yang berubah untuk berkas itu).</translation>
    </message>
</context>
<context>
    <name>JudgesPage</name>
    <message>
        <source>Judges</source>
        <translation>Juri</translation>
    </message>
    <message>
        <source>Judge&apos;s name</source>
        <translation>Nama juri</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>&amp;Add judge</source>
        <translation>&amp;Tambah juri</translation>
    </message>
    <message>
        <source>Set role of &amp;selected</source>
        <translation>Ubah peran juri &amp;terpilih</translation>
    </message>
    <message>
        <source>Give the selected judge this role</source>
        <translation>Beri juri terpilih peran ini</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>P&amp;eran:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Sidik kunci</translation>
    </message>
    <message>
        <source>not registered</source>
        <translation>belum terdaftar</translation>
    </message>
    <message>
        <source>Type the judge&apos;s name first.</source>
        <translation>Ketik dulu nama juri.</translation>
    </message>
    <message>
        <source>Judge added: %1 (%2)</source>
        <translation>Juri ditambahkan: %1 (%2)</translation>
    </message>
    <message>
        <source>Select a judge in the list first.</source>
        <translation>Pilih dulu seorang juri di daftar.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 sekarang %2.</translation>
    </message>
</context>
<context>
    <name>KeysPage</name>
    <message>
        <source>Judges&apos; keys</source>
        <translation>Kunci juri</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>Juri</translation>
    </message>
    <message>
        <source>Judge&apos;s public key</source>
        <translation>Kunci publik juri</translation>
    </message>
    <message>
        <source>44 characters, as shown on the judge&apos;s laptop</source>
        <translation>44 karakter, seperti tampil di laptop juri</translation>
    </message>
    <message>
        <source>Fingerprint of the pasted key</source>
        <translation>Sidik kunci yang ditempel</translation>
    </message>
    <message>
        <source>Accept a &amp;changed key</source>
        <translation>Terima kunci yang be&amp;rganti</translation>
    </message>
    <message>
        <source>Reason for the key change</source>
        <translation>Alasan penggantian kunci</translation>
    </message>
    <message>
        <source>Why the judge&apos;s key changed (required)</source>
        <translation>Mengapa kunci juri berganti (wajib)</translation>
    </message>
    <message>
        <source>&amp;Register key</source>
        <translation>&amp;Daftarkan kunci</translation>
    </message>
    <message>
        <source>A judge&apos;s key is recorded with their first score file, or here beforehand. Paste the public key from the judge&apos;s laptop and check that the fingerprint below is the one the judge reads out. A file signed with another key is refused unless the change is accepted here or at import, with a reason.</source>
        <translation>Kunci juri dicatat bersama berkas nilai pertamanya, atau di sini sebelumnya. Tempel kunci publik dari laptop juri dan periksa bahwa sidik kunci di bawah sama dengan yang dibacakan juri. Berkas yang ditandatangani dengan kunci lain ditolak, kecuali penggantiannya diterima di sini atau saat impor, dengan alasan.</translation>
    </message>
    <message>
        <source>&amp;Judge:</source>
        <translation>&amp;Juri:</translation>
    </message>
    <message>
        <source>&amp;Public key:</source>
        <translation>Kunci &amp;publik:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Sidik kunci:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Registered fingerprint</source>
        <translation>Sidik kunci terdaftar</translation>
    </message>
    <message>
        <source>not registered</source>
        <translation>belum terdaftar</translation>
    </message>
    <message>
        <source>(paste a key)</source>
        <translation>(tempel kunci)</translation>
    </message>
    <message>
        <source>not a valid key: %1</source>
        <translation>bukan kunci yang sah: %1</translation>
    </message>
    <message>
        <source>Choose a judge and paste the key.</source>
        <translation>Pilih juri dan tempel kuncinya.</translation>
    </message>
    <message>
        <source>Give the reason for the key change.</source>
        <translation>Tuliskan alasan penggantian kunci.</translation>
    </message>
    <message>
        <source>Key registered for %1: %2</source>
        <translation>Kunci didaftarkan untuk %1: %2</translation>
    </message>
</context>
<context>
    <name>MatrixPage</name>
    <message>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>konflik</translation>
    </message>
    <message>
        <source>A judge with a declared conflict cannot be assigned.</source>
        <translation>Juri yang menyatakan konflik kepentingan tidak dapat ditugaskan.</translation>
    </message>
    <message>
        <source>Assignment matrix</source>
        <translation>Matriks penugasan</translation>
    </message>
    <message>
        <source>Assign &amp;row</source>
        <translation>Tugaskan &amp;baris</translation>
    </message>
    <message>
        <source>Every submission to the selected judge</source>
        <translation>Semua peserta untuk juri terpilih</translation>
    </message>
    <message>
        <source>Assign &amp;column</source>
        <translation>Tugaskan &amp;kolom</translation>
    </message>
    <message>
        <source>Every judge to the selected submission</source>
        <translation>Semua juri untuk peserta terpilih</translation>
    </message>
    <message>
        <source>Assign a&amp;ll</source>
        <translation>Tugaskan se&amp;mua</translation>
    </message>
    <message>
        <source>Clear row</source>
        <translation>Kosongkan baris</translation>
    </message>
    <message>
        <source>Clear column</source>
        <translation>Kosongkan kolom</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Kosongkan semua</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Tahap:</translation>
    </message>
    <message>
        <source>Space ticks the selected cell. Grey cells are declared conflicts and stay empty.</source>
        <translation>Spasi mencentang sel terpilih. Sel abu-abu adalah konflik yang dinyatakan dan tetap kosong.</translation>
    </message>
    <message>
        <source>Select a cell of the matrix first.</source>
        <translation>Pilih dulu satu sel matriks.</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) changed.</source>
        <translation>
            <numerusform>%n sel berubah.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 judges × %2 submissions · %3 assigned · %4 conflicts</source>
        <translation>%1 juri × %2 peserta · %3 penugasan · %4 konflik</translation>
    </message>
</context>
<context>
    <name>ModerationDialog</name>
    <message>
        <source>Moderate: %1 — %2</source>
        <translation>Moderasi: %1 — %2</translation>
    </message>
    <message>
        <source>%1 · %2 · spread %3 (threshold %4) · combined %5</source>
        <translation>%1 · %2 · selisih %3 (ambang %4) · gabungan %5</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>Juri</translation>
    </message>
    <message>
        <source>Original value</source>
        <translation>Nilai asli</translation>
    </message>
    <message>
        <source>Judges&apos; original values</source>
        <translation>Nilai asli para juri</translation>
    </message>
    <message>
        <source>Judges&apos; original values (kept unchanged):</source>
        <translation>Nilai asli para juri (tetap tidak berubah):</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Agreed by</source>
        <translation>Disetujui oleh</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>dicabut</translation>
    </message>
    <message>
        <source>Earlier moderations</source>
        <translation>Moderasi sebelumnya</translation>
    </message>
    <message>
        <source>Earlier moderations:</source>
        <translation>Moderasi sebelumnya:</translation>
    </message>
    <message>
        <source>Moderated value</source>
        <translation>Nilai moderasi</translation>
    </message>
    <message>
        <source>Who agreed</source>
        <translation>Yang menyetujui</translation>
    </message>
    <message>
        <source>Others who agreed</source>
        <translation>Pihak lain yang menyetujui</translation>
    </message>
    <message>
        <source>e.g. chair of the panel (comma separated)</source>
        <translation>mis. ketua panel (pisahkan dengan koma)</translation>
    </message>
    <message>
        <source>Moderated &amp;value:</source>
        <translation>&amp;Nilai moderasi:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Alasan:</translation>
    </message>
    <message>
        <source>&amp;Agreed by:</source>
        <translation>&amp;Disetujui oleh:</translation>
    </message>
    <message>
        <source>&amp;Others:</source>
        <translation>&amp;Lainnya:</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Catat</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>PaperPage</name>
    <message>
        <source>Judge of the template</source>
        <translation>Juri untuk templat</translation>
    </message>
    <message>
        <source>Stage of the template</source>
        <translation>Tahap untuk templat</translation>
    </message>
    <message>
        <source>E&amp;xport template…</source>
        <translation>E&amp;kspor templat…</translation>
    </message>
    <message>
        <source>A CSV or XLSX file with one row per score of the judge&apos;s sheets</source>
        <translation>Berkas CSV atau XLSX dengan satu baris per nilai di lembar juri</translation>
    </message>
    <message>
        <source>Import re-&amp;keyed files…</source>
        <translation>&amp;Impor berkas ketikan ulang…</translation>
    </message>
    <message>
        <source>One operator&apos;s files (single entry), accepted when every row is valid</source>
        <translation>Berkas dari satu operator (entri tunggal), diterima bila setiap baris sah</translation>
    </message>
    <message>
        <source>Operator A&apos;s file</source>
        <translation>Berkas operator A</translation>
    </message>
    <message>
        <source>Operator B&apos;s file</source>
        <translation>Berkas operator B</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Telusuri…</translation>
    </message>
    <message>
        <source>Choose operator A&apos;s file</source>
        <translation>Pilih berkas operator A</translation>
    </message>
    <message>
        <source>Choose operator B&apos;s file</source>
        <translation>Pilih berkas operator B</translation>
    </message>
    <message>
        <source>&amp;Compare and import</source>
        <translation>Ban&amp;dingkan dan impor</translation>
    </message>
    <message>
        <source>Nothing is accepted while the two files differ</source>
        <translation>Tidak ada yang diterima selama kedua berkas berbeda</translation>
    </message>
    <message>
        <source>Paper import results</source>
        <translation>Hasil impor lembar kertas</translation>
    </message>
    <message>
        <source>For a judge who scored on paper: export the template, have the scores keyed into its value column, then import it. With double entry two operators key the same sheets and every difference is listed before anything is accepted.</source>
        <translation>Untuk juri yang menilai di kertas: ekspor templat, ketik nilainya di kolom value, lalu impor. Dengan entri ganda, dua operator mengetik lembar yang sama dan setiap perbedaan didaftar sebelum apa pun diterima.</translation>
    </message>
    <message>
        <source>Template and single entry</source>
        <translation>Templat dan entri tunggal</translation>
    </message>
    <message>
        <source>&amp;Judge:</source>
        <translation>&amp;Juri:</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>Taha&amp;p:</translation>
    </message>
    <message>
        <source>Double entry (two operators)</source>
        <translation>Entri ganda (dua operator)</translation>
    </message>
    <message>
        <source>Operator &amp;A:</source>
        <translation>Operator &amp;A:</translation>
    </message>
    <message>
        <source>Operator &amp;B:</source>
        <translation>Operato&amp;r B:</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Semua tahap</translation>
    </message>
    <message>
        <source>Re-keyed scores (*.csv *.xlsx);;All files (*)</source>
        <translation>Nilai ketikan ulang (*.csv *.xlsx);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Choose a judge first.</source>
        <translation>Pilih dulu seorang juri.</translation>
    </message>
    <message>
        <source>Save the re-keying template</source>
        <translation>Simpan templat ketik ulang</translation>
    </message>
    <message>
        <source>CSV (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV (*.csv);;Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Re-keyed files</source>
        <translation>Berkas ketikan ulang</translation>
    </message>
    <message>
        <source>Re-keyed file</source>
        <translation>Berkas ketikan ulang</translation>
    </message>
    <message>
        <source>Writing the template…</source>
        <translation>Menulis templat…</translation>
    </message>
    <message>
        <source>Choose operator A&apos;s file and operator B&apos;s file.</source>
        <translation>Pilih berkas operator A dan berkas operator B.</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n file(s)…</source>
        <translation>
            <numerusform>Memeriksa %n berkas…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Template written: %1 (%n sheet(s) to key).</source>
        <translation>
            <numerusform>Templat ditulis: %1 (%n lembar untuk diketik).</numerusform>
        </translation>
    </message>
    <message>
        <source>Template written: %1 — but the judge has no assigned sheets yet.</source>
        <translation>Templat ditulis: %1 — tetapi juri belum punya lembar yang ditugaskan.</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>Juri</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Daerah</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Butir</translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation>A: %1</translation>
    </message>
    <message>
        <source>B: %1</source>
        <translation>B: %1</translation>
    </message>
    <message numerus="yes">
        <source>The two entries differ in %n place(s); nothing was accepted. Correct the wrong file and compare again.</source>
        <translation>
            <numerusform>Kedua entri berbeda di %n tempat; tidak ada yang diterima. Perbaiki berkas yang salah lalu bandingkan lagi.</numerusform>
        </translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message numerus="yes">
        <source>Refused (%n problem(s)); nothing was changed: %1</source>
        <translation>
            <numerusform>Ditolak (%n masalah); tidak ada yang berubah: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>diterima</translation>
    </message>
    <message>
        <source>%1 sheet(s) accepted: %2 written (%3 final), %4 unchanged.</source>
        <translation>%1 lembar diterima: %2 ditulis (%3 final), %4 tidak berubah.</translation>
    </message>
</context>
<context>
    <name>ProgressTab</name>
    <message>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <source>&amp;Score sheet of the selected cell…</source>
        <translation>&amp;Lembar penilaian sel terpilih…</translation>
    </message>
    <message>
        <source>&amp;Blank sheets…</source>
        <translation>Lembar &amp;kosong…</translation>
    </message>
    <message>
        <source>Progress board</source>
        <translation>Papan kemajuan</translation>
    </message>
    <message>
        <source>Missing from whom</source>
        <translation>Kekurangan per juri</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Tahap:</translation>
    </message>
    <message>
        <source>Still missing, by judge:</source>
        <translation>Yang masih kurang, per juri:</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>belum diterima</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>belum mulai</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>sedang dinilai</translation>
    </message>
    <message>
        <source>final</source>
        <translation>final</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>konflik</translation>
    </message>
    <message>
        <source>Reading the sheets…</source>
        <translation>Membaca lembar penilaian…</translation>
    </message>
    <message>
        <source>source: %1, revision %2</source>
        <translation>sumber: %1, revisi %2</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>Juri</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Daerah</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Yang masih kurang</translation>
    </message>
    <message numerus="yes">
        <source>%n sheet(s) with warnings ⚠</source>
        <translation>
            <numerusform>%n lembar dengan peringatan ⚠</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RankingTab</name>
    <message>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Count open sheets too (&amp;provisional)</source>
        <translation>Hitung juga lembar terbuka (&amp;sementara)</translation>
    </message>
    <message>
        <source>Re&amp;calculate</source>
        <translation>&amp;Hitung ulang</translation>
    </message>
    <message>
        <source>Ranking &amp;report…</source>
        <translation>&amp;Laporan peringkat…</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Peringkat</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Kepekaan</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Kesepakatan</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Tahap:</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>Ka&amp;tegori:</translation>
    </message>
    <message>
        <source>All stages (weighted)</source>
        <translation>Semua tahap (berbobot)</translation>
    </message>
    <message>
        <source>Calculating the ranking…</source>
        <translation>Menghitung peringkat…</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Semua kategori</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Peringkat</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Daerah</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Judges</source>
        <translation>Juri</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Tanda</translation>
    </message>
    <message>
        <source>Tie-break / notes</source>
        <translation>Penentu seri / catatan</translation>
    </message>
    <message numerus="yes">
        <source>shown with %n decimal(s): equal to the neighbouring row at fewer</source>
        <translation>
            <numerusform>ditampilkan dengan %n desimal: dengan lebih sedikit desimal sama dengan baris di sebelahnya</numerusform>
        </translation>
    </message>
    <message>
        <source>Provisional: open sheets are counted.</source>
        <translation>Sementara: lembar yang masih terbuka ikut dihitung.</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n row(s) count a worksheet with blank or 0 cells (see notes).</source>
        <translation>
            <numerusform>⚠ %n baris menghitung lembar kerja dengan sel kosong atau 0 (lihat catatan).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in an unresolved tie (marked).</source>
        <translation>
            <numerusform>%n baris dalam nilai seri yang belum terpecahkan (ditandai).</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>Tie-break ladder: %1</source>
        <translation>Urutan penentu seri: %1</translation>
    </message>
    <message>
        <source>UNRESOLVED TIE</source>
        <translation>SERI BELUM TERPECAHKAN</translation>
    </message>
    <message>
        <source>moderated %1: %2 (was %3)</source>
        <translation>dimoderasi %1: %2 (semula %3)</translation>
    </message>
    <message>
        <source>tied with %1</source>
        <translation>seri dengan %1</translation>
    </message>
    <message>
        <source>ahead of %1 on %2 (%3 vs %4)</source>
        <translation>di atas %1 menurut %2 (%3 lawan %4)</translation>
    </message>
    <message>
        <source>behind %1 on %2 (%3 vs %4)</source>
        <translation>di bawah %1 menurut %2 (%3 lawan %4)</translation>
    </message>
    <message>
        <source>median</source>
        <translation>median (nilai tengah)</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>rata-rata</translation>
    </message>
    <message>
        <source>trimmed mean</source>
        <translation>rata-rata terpangkas</translation>
    </message>
    <message>
        <source>z-score per judge</source>
        <translation>skor-z per juri</translation>
    </message>
    <message>
        <source>Official rank</source>
        <translation>Peringkat resmi</translation>
    </message>
    <message>
        <source>position changed</source>
        <translation>posisi berubah</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>Statistic</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>all judges</source>
        <translation>semua juri</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <source>Report</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Daerah</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>Juri</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Render and &amp;open</source>
        <translation>Buat dan &amp;buka</translation>
    </message>
    <message>
        <source>Render and &amp;save as…</source>
        <translation>Buat dan &amp;simpan sebagai…</translation>
    </message>
    <message>
        <source>Sto&amp;p rendering</source>
        <translation>&amp;Hentikan penyusunan</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation>&amp;Tahap:</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>&amp;Daerah:</translation>
    </message>
    <message>
        <source>&amp;Judge:</source>
        <translation>&amp;Juri:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Laporan:</translation>
    </message>
    <message>
        <source>Report rendering is not available in this window.</source>
        <translation>Pembuatan laporan tidak tersedia di jendela ini.</translation>
    </message>
    <message>
        <source>Score sheet</source>
        <translation>Lembar penilaian</translation>
    </message>
    <message>
        <source>one judge&apos;s sheet for a region (or all)</source>
        <translation>lembar satu juri untuk satu daerah (atau semua)</translation>
    </message>
    <message>
        <source>Recap per region</source>
        <translation>Rekap per daerah</translation>
    </message>
    <message>
        <source>every judge&apos;s scores, spread, chart</source>
        <translation>nilai setiap juri, selisih, grafik</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Peringkat</translation>
    </message>
    <message>
        <source>per category, sensitivity, agreement</source>
        <translation>per kategori, kepekaan, kesepakatan</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Berita acara</translation>
    </message>
    <message>
        <source>minutes of the judging with signatures</source>
        <translation>berita acara penilaian dengan tanda tangan</translation>
    </message>
    <message>
        <source>Feedback letter</source>
        <translation>Surat umpan balik</translation>
    </message>
    <message>
        <source>strengths and recommendations</source>
        <translation>keunggulan dan rekomendasi</translation>
    </message>
    <message>
        <source>Blank sheets</source>
        <translation>Lembar kosong</translation>
    </message>
    <message>
        <source>paper sheets for re-keying</source>
        <translation>lembar kertas untuk diketik ulang</translation>
    </message>
    <message>
        <source>Export Excel</source>
        <translation>Ekspor Excel</translation>
    </message>
    <message>
        <source>scores, totals, ranking and notes</source>
        <translation>nilai, total, peringkat, dan catatan</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Semua tahap</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Semua daerah</translation>
    </message>
    <message>
        <source>All judges</source>
        <translation>Semua juri</translation>
    </message>
    <message>
        <source>Export and &amp;open</source>
        <translation>Ekspor dan &amp;buka</translation>
    </message>
    <message>
        <source>Export and &amp;save as…</source>
        <translation>Ekspor dan &amp;simpan sebagai…</translation>
    </message>
    <message>
        <source>Save report as</source>
        <translation>Simpan laporan sebagai</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <source>sheets</source>
        <translation>lembar</translation>
    </message>
    <message>
        <source>letters</source>
        <translation>surat</translation>
    </message>
    <message>
        <source>regions</source>
        <translation>daerah</translation>
    </message>
    <message>
        <source>parts</source>
        <translation>bagian</translation>
    </message>
    <message>
        <source>%1 of %2 %3 laid out</source>
        <translation>%1 dari %2 %3 tersusun</translation>
    </message>
    <message>
        <source>page %1 laid out</source>
        <translation>halaman %1 tersusun</translation>
    </message>
    <message>
        <source>Rendering %1…</source>
        <translation>Membuat %1…</translation>
    </message>
    <message>
        <source>Rendering stopped; no file was written.</source>
        <translation>Penyusunan dihentikan; tidak ada berkas yang ditulis.</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Ditulis: %1</translation>
    </message>
    <message>
        <source>Not rendered: %1</source>
        <translation>Tidak dibuat: %1</translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>Interview schedule</source>
        <translation>Jadwal wawancara</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Daerah</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Tanggal dan jam</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Ruang</translation>
    </message>
    <message>
        <source>&amp;Save slot</source>
        <translation>&amp;Simpan jadwal</translation>
    </message>
    <message>
        <source>Remo&amp;ve slot</source>
        <translation>&amp;Hapus jadwal</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation>&amp;Tahap:</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>&amp;Daerah:</translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation>&amp;Tanggal dan jam:</translation>
    </message>
    <message>
        <source>R&amp;oom:</source>
        <translation>R&amp;uang:</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Jam</translation>
    </message>
    <message>
        <source>Choose a region.</source>
        <translation>Pilih daerah.</translation>
    </message>
    <message>
        <source>Slot removed.</source>
        <translation>Jadwal dihapus.</translation>
    </message>
    <message>
        <source>Slot saved: %1</source>
        <translation>Jadwal disimpan: %1</translation>
    </message>
</context>
<context>
    <name>SecretariatPanel</name>
    <message>
        <source> — sample data</source>
        <translation> — data contoh</translation>
    </message>
    <message>
        <source>Set-up</source>
        <translation>Persiapan</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Kemajuan</translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation>Perbedaan nilai</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Peringkat</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>Secretariat</source>
        <translation>Sekretariat</translation>
    </message>
</context>
<context>
    <name>SetupTab</name>
    <message>
        <source>Judges</source>
        <translation>Juri</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Penugasan</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflik</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Jadwal</translation>
    </message>
    <message>
        <source>Judge bundles</source>
        <translation>Paket juri</translation>
    </message>
    <message>
        <source>Judges&apos; keys</source>
        <translation>Kunci juri</translation>
    </message>
    <message>
        <source>Set-up</source>
        <translation>Persiapan</translation>
    </message>
</context>
<context>
    <name>WorksheetPage</name>
    <message>
        <source>Worksheet file</source>
        <translation>Berkas lembar kerja</translation>
    </message>
    <message>
        <source>The judge&apos;s .xlsx worksheet</source>
        <translation>Lembar kerja .xlsx milik juri</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Tel&amp;usuri…</translation>
    </message>
    <message>
        <source>Choose the worksheet</source>
        <translation>Pilih lembar kerja</translation>
    </message>
    <message>
        <source>Judge whose worksheet it is</source>
        <translation>Juri pemilik lembar kerja</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>&amp;Create regions not yet in the event</source>
        <translation>Buat &amp;daerah yang belum ada di acara</translation>
    </message>
    <message>
        <source>&amp;Import worksheet</source>
        <translation>&amp;Impor lembar kerja</translation>
    </message>
    <message>
        <source>Worksheet import results</source>
        <translation>Hasil impor lembar kerja</translation>
    </message>
    <message>
        <source>The official PPD Tahap II worksheet (LEMBAR PENILAIAN) of one judge: item scores per region column, Keunggulan and Rekomendasi. Regions are matched by name; every total must equal the worksheet&apos;s own result, or nothing is imported.</source>
        <translation>Lembar kerja resmi PPD Tahap II (LEMBAR PENILAIAN) milik satu juri: nilai butir per kolom daerah, Keunggulan dan Rekomendasi. Daerah dicocokkan menurut nama; setiap total harus sama dengan hasil lembar kerja itu sendiri, atau tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>&amp;Worksheet:</source>
        <translation>&amp;Lembar kerja:</translation>
    </message>
    <message>
        <source>&amp;Judge:</source>
        <translation>&amp;Juri:</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>Taha&amp;p:</translation>
    </message>
    <message>
        <source>The one whose form matches</source>
        <translation>Yang formulirnya cocok</translation>
    </message>
    <message>
        <source>Official worksheet</source>
        <translation>Lembar kerja resmi</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Buku kerja Excel (*.xlsx);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Choose the worksheet file and the judge.</source>
        <translation>Pilih berkas lembar kerja dan jurinya.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Membaca %1…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>REFUSED</source>
        <translation>DITOLAK</translation>
    </message>
    <message>
        <source>Refused; nothing was changed. %1</source>
        <translation>Ditolak; tidak ada yang berubah. %1</translation>
    </message>
    <message>
        <source>final</source>
        <translation>final</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>belum lengkap</translation>
    </message>
    <message>
        <source>not stored in the file</source>
        <translation>tidak tersimpan di berkas</translation>
    </message>
    <message>
        <source>created</source>
        <translation>dibuat</translation>
    </message>
    <message>
        <source>matched</source>
        <translation>cocok</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Sel</translation>
    </message>
    <message>
        <source>Name in the worksheet</source>
        <translation>Nama di lembar kerja</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Daerah</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Pencocokan</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Worksheet&apos;s total</source>
        <translation>Total lembar kerja</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Lembar</translation>
    </message>
    <message>
        <source>Scores changed</source>
        <translation>Nilai berubah</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <source>%1: %2 region(s), %3 matched, %4 created; %5 sheet(s) changed.</source>
        <translation>%1: %2 daerah, %3 cocok, %4 dibuat; %5 lembar berubah.</translation>
    </message>
</context>
</TS>
