<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>AutoAssignPage</name>
    <message>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>Judges per submission</source>
        <translation>Juri per peserta</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>tanpa batas</translation>
    </message>
    <message>
        <source>Maximum load per judge</source>
        <translation>Beban maksimum per juri</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Benih acak</translation>
    </message>
    <message>
        <source>Among equally good answers the seed decides; the same seed, the same answer.</source>
        <translation>Di antara jawaban yang sama baiknya, benih acak yang menentukan; benih sama, hasil sama.</translation>
    </message>
    <message>
        <source>Not their own pro&amp;vince</source>
        <translation>Bukan pro&amp;vinsi sendiri</translation>
    </message>
    <message>
        <source>Not their own i&amp;nstitution</source>
        <translation>Bukan i&amp;nstansi sendiri</translation>
    </message>
    <message>
        <source>Prefer their &amp;categories</source>
        <translation>Utamakan &amp;kategori pilihan</translation>
    </message>
    <message>
        <source>&amp;Keep current assignments where possible</source>
        <translation>Pertahankan penugasan yang a&amp;da bila bisa</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Pratinjau</translation>
    </message>
    <message>
        <source>Solve the assignment; nothing is written yet</source>
        <translation>Hitung penugasan; belum ada yang ditulis</translation>
    </message>
    <message>
        <source>Cance&amp;l</source>
        <translation>&amp;Batalkan</translation>
    </message>
    <message>
        <source>&amp;Accept assignment</source>
        <translation>&amp;Terima penugasan</translation>
    </message>
    <message>
        <source>Write the previewed assignment (one record in the history)</source>
        <translation>Tulis penugasan yang dipratinjau (satu catatan riwayat)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>B&amp;uang</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Beban</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapasitas</translation>
    </message>
    <message>
        <source>Preferred</source>
        <translation>Kategori pilihan</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Dimulai</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>konflik</translation>
    </message>
    <message>
        <source>newly assigned</source>
        <translation>ditugaskan baru</translation>
    </message>
    <message>
        <source>assigned before, kept</source>
        <translation>sudah ditugaskan, tetap</translation>
    </message>
    <message>
        <source>a started sheet: kept</source>
        <translation>lembar sudah dimulai: tetap</translation>
    </message>
    <message>
        <source>assigned now, dropped by this assignment</source>
        <translation>kini ditugaskan, dilepas oleh penugasan ini</translation>
    </message>
    <message>
        <source>declared conflict: never assigned</source>
        <translation>konflik kepentingan: tidak pernah ditugaskan</translation>
    </message>
    <message>
        <source>a preferred category</source>
        <translation>kategori pilihan juri</translation>
    </message>
    <message>
        <source>Assignment preview</source>
        <translation>Pratinjau penugasan</translation>
    </message>
    <message>
        <source>● started sheet (kept)   ✓ kept   + new   − dropped   grey: declared conflict</source>
        <translation>● lembar sudah dimulai (tetap)   ✓ tetap   + baru   − dilepas   abu-abu: konflik kepentingan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Provinsi</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>Preferred categories</source>
        <translation>Kategori pilihan</translation>
    </message>
    <message>
        <source>Judges&apos; profiles</source>
        <translation>Profil juri</translation>
    </message>
    <message>
        <source>&amp;Judges per submission:</source>
        <translation>&amp;Juri per peserta:</translation>
    </message>
    <message>
        <source>&amp;Max load:</source>
        <translation>Beban &amp;maks.:</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>B&amp;enih acak:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Pratinjau</translation>
    </message>
    <message>
        <source>Double-click a cell (or start typing) to change it. Capacity: the most submissions per stage, empty for no limit. Preferred categories, separated by commas: %1.</source>
        <translation>Klik dua kali sebuah sel (atau langsung ketik) untuk mengubahnya. Kapasitas: peserta terbanyak per tahap, kosong berarti tanpa batas. Kategori pilihan, dipisah koma: %1.</translation>
    </message>
    <message>
        <source>Solving the assignment…</source>
        <translation>Menghitung penugasan…</translation>
    </message>
    <message>
        <source>Preview cancelled; nothing was written.</source>
        <translation>Pratinjau dibatalkan; tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>No assignment satisfies every rule; nothing was assigned.</source>
        <translation>Tidak ada penugasan yang memenuhi semua aturan; tidak ada yang ditugaskan.</translation>
    </message>
    <message>
        <source>Choose the number of judges per submission and the rules, then Preview. Every submission gets exactly that many judges, loads stay within one of each other (or within a judge&apos;s capacity), declared conflicts are never assigned and started sheets keep their judges.</source>
        <translation>Pilih jumlah juri per peserta dan aturannya, lalu Pratinjau. Setiap peserta mendapat tepat sebanyak itu juri, beban antarjuri berselisih paling banyak satu (atau dalam kapasitas juri), konflik kepentingan tidak pernah ditugaskan, dan lembar yang sudah dimulai tetap pada jurinya.</translation>
    </message>
    <message>
        <source>%1 submissions × %2 judges = %3 assignments</source>
        <translation>%1 peserta × %2 juri = %3 penugasan</translation>
    </message>
    <message>
        <source>loads %1–%2</source>
        <translation>beban %1–%2</translation>
    </message>
    <message>
        <source>started sheets kept: %1</source>
        <translation>lembar yang sudah dimulai tetap: %1</translation>
    </message>
    <message>
        <source>earlier assignments kept %1 of %2 (+%3 / −%4)</source>
        <translation>penugasan lama tetap %1 dari %2 (+%3 / −%4)</translation>
    </message>
    <message>
        <source>%1 of %2 submissions have a judge preferring their category</source>
        <translation>%1 dari %2 peserta punya juri yang memilih kategorinya</translation>
    </message>
    <message>
        <source>Writing the assignment…</source>
        <translation>Menulis penugasan…</translation>
    </message>
    <message>
        <source>Assignment written: %1 assignments (+%2 / −%3), one record in the history.</source>
        <translation>Penugasan ditulis: %1 penugasan (+%2 / −%3), satu catatan riwayat.</translation>
    </message>
    <message>
        <source>Preview discarded; nothing was written.</source>
        <translation>Pratinjau dibuang; tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>Profile saved: %1</source>
        <translation>Profil tersimpan: %1</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>T&amp;ahap:</translation>
    </message>
</context>
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
        <source>A folder or a USB stick</source>
        <translation>Folder atau flashdisk</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Telusuri…</translation>
    </message>
    <message>
        <source>Select a&amp;ll</source>
        <translation>Pilih se&amp;mua</translation>
    </message>
    <message>
        <source>Issued bundles</source>
        <translation>Bundel juri yang diterbitkan</translation>
    </message>
    <message>
        <source>Each bundle holds the event, its forms, the schedule and only the judge&apos;s assigned regions without conflicts. Re-issuing later updates the judge&apos;s workspace without touching scores already entered.</source>
        <translation>Setiap bundel juri berisi acara, formulirnya, jadwal, dan hanya daerah yang ditugaskan kepada juri tanpa konflik. Penerbitan ulang kelak memperbarui workspace juri tanpa menyentuh nilai yang sudah diisi.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source>&amp;Issue bundles…</source>
        <translation>&amp;Terbitkan bundel…</translation>
    </message>
    <message>
        <source>%1 (%2) — %3 regions</source>
        <translation>%1 (%2) — %3 daerah</translation>
    </message>
    <message>
        <source>Folder for the bundles</source>
        <translation>Folder untuk bundel juri</translation>
    </message>
    <message>
        <source>Choose a folder and at least one judge.</source>
        <translation>Pilih folder dan sedikitnya satu juri.</translation>
    </message>
    <message numerus="yes">
        <source>Write %n bundle(s) into %1?</source>
        <translation>
            <numerusform>Tulis %n bundel ke %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>… and %1 more (see the details)</source>
        <translation>… dan %1 lagi (lihat rinciannya)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) already there will be replaced.</source>
        <translation>
            <numerusform>%n berkas yang sudah ada di sana akan diganti.</numerusform>
        </translation>
    </message>
    <message>
        <source>No region assigned yet: %1.</source>
        <translation>Belum ada daerah yang ditugaskan: %1.</translation>
    </message>
    <message>
        <source>Issue judge bundles</source>
        <translation>Terbitkan bundel juri</translation>
    </message>
    <message>
        <source>Write bundles</source>
        <translation>Tulis bundel</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Nothing written.</source>
        <translation>Tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>%1 — %2, %3 regions</source>
        <translation>%1 — %2, %3 daerah</translation>
    </message>
    <message>
        <source> (replaces the file there)</source>
        <translation> (mengganti berkas yang ada)</translation>
    </message>
    <message>
        <source>Writing bundles…</source>
        <translation>Menulis bundel juri…</translation>
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
        <source>%1 — %2, %3 regions, %4 documents</source>
        <translation>%1 — %2, %3 daerah, %4 dokumen</translation>
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
        <translation>%1 bundel juri ditulis, %2 ditolak.</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) written into %1:</source>
        <translation>
            <numerusform>%n bundel ditulis ke %1:</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused:</source>
        <translation>Ditolak:</translation>
    </message>
    <message>
        <source>Give each judge their own file; it opens with File ▸ Open judge bundle.</source>
        <translation>Serahkan kepada setiap juri berkasnya sendiri; dibuka dengan Berkas ▸ Buka bundel juri.</translation>
    </message>
    <message>
        <source>Judge bundles</source>
        <translation>Bundel juri</translation>
    </message>
</context>
<context>
    <name>CalibrationView</name>
    <message>
        <source>Judge calibration</source>
        <translation>Kalibrasi juri</translation>
    </message>
    <message>
        <source>lenient</source>
        <translation>longgar</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>ketat</translation>
    </message>
    <message>
        <source>order differs</source>
        <translation>urutan berbeda</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>Juri</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>Dinilai</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Bersama</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Rata-rata</translation>
    </message>
    <message>
        <source>Panel mean</source>
        <translation>Rata-rata panel</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Selisih</translation>
    </message>
    <message>
        <source>SD</source>
        <translation>SD</translation>
    </message>
    <message>
        <source>Panel SD</source>
        <translation>SD panel</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Tanda</translation>
    </message>
    <message>
        <source>above zero: more lenient than the panel; below zero: more severe</source>
        <translation>di atas nol: lebih longgar dari panel; di bawah nol: lebih ketat</translation>
    </message>
    <message numerus="yes">
        <source>%n judge(s) flagged.</source>
        <translation>
            <numerusform>%n juri ditandai.</numerusform>
        </translation>
    </message>
    <message>
        <source>No judge flagged.</source>
        <translation>Tidak ada juri yang ditandai.</translation>
    </message>
    <message>
        <source>%1: flagged when the difference from the panel is above %2, or when Kendall τ is below %3 over at least %4 shared submissions.</source>
        <translation>%1: ditandai bila selisih dari panel di atas %2, atau bila Kendall τ di bawah %3 pada sedikitnya %4 berkas bersama.</translation>
    </message>
    <message>
        <source>The panel&apos;s value of a submission is the mean of the other judges&apos; totals on it. A lenient or severe judge is what the z-score rule of the Sensitivity tab corrects.</source>
        <translation>Nilai panel sebuah berkas adalah rata-rata nilai total juri lain pada berkas itu. Juri yang longgar atau ketat inilah yang dikoreksi aturan z-score di tab Kepekaan.</translation>
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
    <name>EventDialog</name>
    <message>
        <source>Weights: from the forms</source>
        <translation>Bobot: dari formulir</translation>
    </message>
    <message>
        <source>Weights sum to %1%</source>
        <translation>Jumlah bobot %1%</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Acara baru</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>Ubah acara</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Acara</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>&amp;Competition:</source>
        <translation>&amp;Lomba:</translation>
    </message>
    <message>
        <source>&amp;Edition:</source>
        <translation>&amp;Edisi:</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;Tanggal mulai:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>Tanggal &amp;selesai:</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>Tem&amp;pat:</translation>
    </message>
    <message>
        <source>Ca&amp;tegories:</source>
        <translation>&amp;Kategori:</translation>
    </message>
    <message>
        <source>e.g. PPD 2024 Provinsi</source>
        <translation>mis. PPD 2024 Provinsi</translation>
    </message>
    <message>
        <source>e.g. 2024 (the edition the packages carry)</source>
        <translation>mis. 2024 (edisi yang tertulis di paket)</translation>
    </message>
    <message>
        <source>e.g. 2024-06-12 or 12-06-2024</source>
        <translation>mis. 12-06-2024 atau 2024-06-12</translation>
    </message>
    <message>
        <source>empty: the first day</source>
        <translation>kosong: sama dengan tanggal mulai</translation>
    </message>
    <message>
        <source>e.g. Hotel Bidakara, Jakarta</source>
        <translation>mis. Hotel Bidakara, Jakarta</translation>
    </message>
    <message>
        <source>comma-separated; empty: any category</source>
        <translation>dipisah koma; kosong: kategori apa saja</translation>
    </message>
    <message>
        <source>The categories ranked separately (provinsi, kabupaten, kota or the competition&apos;s own). A package of another category is refused.</source>
        <translation>Kategori yang diperingkat terpisah (provinsi, kabupaten, kota, atau kategori lomba itu sendiri). Paket berkategori lain ditolak.</translation>
    </message>
    <message>
        <source>Stages (one form each, in order)</source>
        <translation>Tahap (satu formulir per tahap, berurutan)</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulir</translation>
    </message>
    <message>
        <source>Weight %</source>
        <translation>Bobot %</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>&amp;Add stage</source>
        <translation>&amp;Tambah tahap</translation>
    </message>
    <message>
        <source>Empty weights take the forms&apos; own (PPD: 30/25/45). A stage that already has score sheets keeps its form.</source>
        <translation>Bobot kosong memakai bobot dari formulir (PPD: 30/25/45). Tahap yang sudah punya lembar nilai tetap memakai formulirnya.</translation>
    </message>
    <message>
        <source>Signing the berita acara</source>
        <translation>Penanda tangan berita acara</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Position (optional)</source>
        <translation>Jabatan (boleh kosong)</translation>
    </message>
    <message>
        <source>C&amp;hair:</source>
        <translation>K&amp;etua:</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>Anggota:</translation>
    </message>
    <message>
        <source>Add &amp;member</source>
        <translation>Tambah &amp;anggota</translation>
    </message>
    <message>
        <source>&amp;Save event</source>
        <translation>&amp;Simpan acara</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Form of stage %1</source>
        <translation>Formulir tahap %1</translation>
    </message>
    <message>
        <source>Weight of stage %1</source>
        <translation>Bobot tahap %1</translation>
    </message>
    <message>
        <source>from form</source>
        <translation>dari formulir</translation>
    </message>
    <message>
        <source>Date of stage %1</source>
        <translation>Tanggal tahap %1</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>boleh kosong</translation>
    </message>
    <message>
        <source>Chair&apos;s name</source>
        <translation>Nama ketua</translation>
    </message>
    <message>
        <source>Chair&apos;s position</source>
        <translation>Jabatan ketua</translation>
    </message>
    <message>
        <source>Member %1&apos;s name</source>
        <translation>Nama anggota %1</translation>
    </message>
    <message>
        <source>Member %1&apos;s position</source>
        <translation>Jabatan anggota %1</translation>
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
        <source>Import a folder of score files…</source>
        <translation>Impor folder berkas nilai…</translation>
    </message>
    <message>
        <source>Every signed score file in a folder, e.g. the USB stick from the judges</source>
        <translation>Semua berkas nilai bertanda tangan dalam satu folder, misalnya flashdisk dari para juri</translation>
    </message>
    <message>
        <source>Confirm a judge&apos;s &amp;key…</source>
        <translation>Konfirmasi &amp;kunci juri…</translation>
    </message>
    <message>
        <source>A judge&apos;s first file whose key the bundle does not vouch for: compare the fingerprint with the one the judge reads out, then import it</source>
        <translation>Berkas pertama juri yang kuncinya tidak dijamin oleh bundelnya: bandingkan sidik jarinya dengan yang dibacakan juri, lalu impor</translation>
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
        <source>Folder of the judges&apos; score files (e.g. a USB stick)</source>
        <translation>Folder berkas nilai para juri (misalnya flashdisk)</translation>
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
        <source>Importing…</source>
        <translation>Mengimpor…</translation>
    </message>
    <message>
        <source>Confirm the judge&apos;s key</source>
        <translation>Konfirmasi kunci juri</translation>
    </message>
    <message>
        <source>%1 (%2) sends a first score file signed with a key the bundle does not vouch for. Ask %1 to open Help ▸ My signing key and read the fingerprint out. Is it exactly this one?</source>
        <translation>%1 (%2) mengirim berkas nilai pertama yang ditandatangani kunci yang tidak dijamin oleh bundelnya. Minta %1 membuka Bantuan ▸ Kunci tanda tangan saya dan membacakan sidik jarinya. Apakah persis sama dengan ini?</translation>
    </message>
    <message>
        <source>Yes, the same — import</source>
        <translation>Ya, sama — impor</translation>
    </message>
    <message>
        <source>No, do not import</source>
        <translation>Tidak, jangan impor</translation>
    </message>
    <message>
        <source>Not imported: %1&apos;s key was not confirmed.</source>
        <translation>Tidak diimpor: kunci %1 tidak dikonfirmasi.</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>versi %1</translation>
    </message>
    <message numerus="yes">
        <source>revision %1, %n change(s)</source>
        <translation>
            <numerusform>revisi %1, %n perubahan</numerusform>
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
        <source>waits: confirm the judge&apos;s key</source>
        <translation>menunggu: konfirmasi kunci juri</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>dilewati</translation>
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
        <source>First file of this judge and its key is not bound to their bundle: press Confirm a judge&apos;s key and compare the fingerprint.</source>
        <translation>Berkas pertama juri ini dan kuncinya tidak terikat pada bundelnya: tekan Konfirmasi kunci juri dan bandingkan sidik jarinya.</translation>
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
        <source>Judge</source>
        <translation>Juri</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Sidik jari kunci</translation>
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
    <message>
        <source>%1 file(s): %2 imported, %3 refused.</source>
        <translation>%1 berkas: %2 diimpor, %3 ditolak.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) wait until you confirm the judge&apos;s key.</source>
        <translation>
            <numerusform>%n berkas menunggu Anda mengonfirmasi kunci juri.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) skipped: not signed score files.</source>
        <translation>
            <numerusform>%n berkas dilewati: bukan berkas nilai bertanda tangan.</numerusform>
        </translation>
    </message>
    <message>
        <source>No file in this folder.</source>
        <translation>Tidak ada berkas di folder ini.</translation>
    </message>
    <message>
        <source>%1 · new judge, key registered</source>
        <translation>%1 · juri baru, kunci didaftarkan</translation>
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
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>&amp;Add judge</source>
        <translation>&amp;Tambah juri</translation>
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
        <source>Full name, with title</source>
        <translation>Nama lengkap, dengan gelar</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Provinsi</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Simpan perubahan</translation>
    </message>
    <message>
        <source>Save the form into the selected judge</source>
        <translation>Simpan isian formulir ke juri yang dipilih</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Hapus…</translation>
    </message>
    <message>
        <source>Remove the selected judge; one who has scored is retired, not deleted</source>
        <translation>Hapus juri yang dipilih; juri yang sudah menilai dinonaktifkan, tidak dihapus</translation>
    </message>
    <message>
        <source>&amp;Import list (CSV/XLSX)…</source>
        <translation>&amp;Impor daftar (CSV/XLSX)…</translation>
    </message>
    <message>
        <source>Columns: nama, peran, provinsi, instansi (first row: the headers)</source>
        <translation>Kolom: nama, peran, provinsi, instansi (baris pertama: judul kolom)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Baru</translation>
    </message>
    <message>
        <source>Empty the form to add a judge</source>
        <translation>Kosongkan formulir untuk menambah juri</translation>
    </message>
    <message>
        <source>&amp;Province:</source>
        <translation>&amp;Provinsi:</translation>
    </message>
    <message>
        <source>Ins&amp;titution:</source>
        <translation>Ins&amp;tansi:</translation>
    </message>
    <message>
        <source>Select a judge to edit them. Two judges never share a name. A judge who has scored is retired instead of deleted: their sheets and history stay.</source>
        <translation>Pilih juri untuk mengubah datanya. Dua juri tidak boleh bernama sama. Juri yang sudah menilai dinonaktifkan, bukan dihapus: lembar dan riwayatnya tetap ada.</translation>
    </message>
    <message>
        <source>retired %1: %2</source>
        <translation>dinonaktifkan %1: %2</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktif</translation>
    </message>
    <message>
        <source>not registered</source>
        <translation>belum terdaftar</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>Lembar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
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
        <source>Saved: %1.</source>
        <translation>Tersimpan: %1.</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Tidak ada yang berubah.</translation>
    </message>
    <message>
        <source>Retire judge</source>
        <translation>Nonaktifkan juri</translation>
    </message>
    <message>
        <source>%1 has already scored (%2 sheets, %3 score files), so they cannot be deleted. They will be retired: their sheets and the history stay, they get no new assignment or bundle. Why is %1 retired?</source>
        <translation>%1 sudah menilai (%2 lembar, %3 berkas nilai), jadi tidak dapat dihapus. %1 akan dinonaktifkan: lembar dan riwayatnya tetap ada, tanpa penugasan atau bundel baru. Mengapa %1 dinonaktifkan?</translation>
    </message>
    <message>
        <source>Remove judge</source>
        <translation>Hapus juri</translation>
    </message>
    <message>
        <source>Remove %1 from the event? They have no sheet yet; their assignments go with them. The history keeps a record of the removal.</source>
        <translation>Hapus %1 dari acara? Belum ada lembar penilaiannya; penugasannya ikut dihapus. Riwayat mencatat penghapusan ini.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Biarkan</translation>
    </message>
    <message>
        <source>%1 retired: %2 sheets kept, %3 open assignments dropped. The history records it.</source>
        <translation>%1 dinonaktifkan: %2 lembar disimpan, %3 penugasan terbuka dilepas. Riwayat mencatatnya.</translation>
    </message>
    <message>
        <source>%1 removed from the event.</source>
        <translation>%1 dihapus dari acara.</translation>
    </message>
    <message>
        <source>Judge list</source>
        <translation>Daftar juri</translation>
    </message>
    <message>
        <source>Judge list (*.csv *.xlsx);;All files (*)</source>
        <translation>Daftar juri (*.csv *.xlsx);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Reading %1 …</source>
        <translation>Membaca %1 …</translation>
    </message>
    <message numerus="yes">
        <source>%n judge(s) added from %1.</source>
        <translation>
            <numerusform>%n juri ditambahkan dari %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Nothing was added: correct the file and import it again.</source>
        <translation>%1
Tidak ada yang ditambahkan: perbaiki berkasnya lalu impor lagi.</translation>
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
        <source>total</source>
        <translation>nilai total</translation>
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
    <message>
        <source>Judge calibration</source>
        <translation>Kalibrasi juri</translation>
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
        <source>Rendering %1…</source>
        <translation>Membuat %1…</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Ditulis: %1</translation>
    </message>
    <message>
        <source>Not rendered: %1</source>
        <translation>Tidak dibuat: %1</translation>
    </message>
    <message>
        <source>Sto&amp;p rendering</source>
        <translation>&amp;Hentikan penyusunan</translation>
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
        <source>sections</source>
        <translation>bagian</translation>
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
        <source>Rendering stopped; no file was written.</source>
        <translation>Penyusunan dihentikan; tidak ada berkas yang ditulis.</translation>
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
    <message>
        <source>Submissions</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>chair: %1</source>
        <translation>ketua: %1</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Acara:</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>Acara &amp;baru…</translation>
    </message>
    <message>
        <source>E&amp;dit event…</source>
        <translation>U&amp;bah acara…</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Acara</translation>
    </message>
    <message>
        <source>This workspace holds no event yet. Create one with “New event…”: its name, edition, dates, venue, stages and who signs the berita acara.</source>
        <translation>Ruang kerja ini belum berisi acara. Buat acara dengan “Acara baru…”: nama, edisi, tanggal, tempat, tahap, dan penanda tangan berita acara.</translation>
    </message>
    <message>
        <source>Create the first event…</source>
        <translation>Buat acara pertama…</translation>
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
        <translation>Bundel juri</translation>
    </message>
    <message>
        <source>Judges&apos; keys</source>
        <translation>Kunci juri</translation>
    </message>
    <message>
        <source>Set-up</source>
        <translation>Persiapan</translation>
    </message>
    <message>
        <source>Automatic assignment</source>
        <translation>Penugasan otomatis</translation>
    </message>
</context>
<context>
    <name>SubmissionsTab</name>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Saring:</translation>
    </message>
    <message>
        <source>region, province, category or title</source>
        <translation>daerah, provinsi, kategori, atau judul</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 halaman</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 halaman</translation>
    </message>
    <message>
        <source>pages unknown</source>
        <translation>jumlah halaman tidak diketahui</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Daerah</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Provinsi</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versi</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>%1 submissions</source>
        <translation>%1 peserta</translation>
    </message>
    <message>
        <source>%1 of %2 submissions</source>
        <translation>%1 dari %2 peserta</translation>
    </message>
    <message>
        <source>No submission yet: import the regions&apos; packages in the Import tab.</source>
        <translation>Belum ada peserta: impor paket daerah di tab Impor.</translation>
    </message>
    <message>
        <source>Documents of %1 (version %2):</source>
        <translation>Dokumen %1 (versi %2):</translation>
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
