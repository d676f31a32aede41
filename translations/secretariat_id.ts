<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>BundlesPage</name>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_more.py" line="164"/>
        <source>Judges to issue bundles for</source>
        <translation>Juri yang diberi paket</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_more.py" line="166"/>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_more.py" line="167"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Telusuri…</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_more.py" line="168"/>
        <source>&amp;Issue bundles</source>
        <translation>&amp;Terbitkan paket juri</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_more.py" line="169"/>
        <source>Select a&amp;ll</source>
        <translation>Pilih se&amp;mua</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_more.py" line="171"/>
        <source>Issued bundles</source>
        <translation>Paket juri yang diterbitkan</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_more.py" line="176"/>
        <source>Each bundle holds the event, its forms, the schedule and only the judge&apos;s assigned regions without conflicts. Re-issuing later updates the judge&apos;s workspace without touching scores already entered.</source>
        <translation>Setiap paket juri berisi acara, formulirnya, jadwal, dan hanya daerah yang ditugaskan kepada juri tanpa konflik. Penerbitan ulang kelak memperbarui workspace juri tanpa menyentuh nilai yang sudah diisi.</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_more.py" line="184"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_more.py" line="213"/>
        <source>%1 (%2) — %3 assigned</source>
        <translation>%1 (%2) — %3 ditugaskan</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_more.py" line="229"/>
        <source>Folder for the bundles</source>
        <translation>Folder untuk paket juri</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_more.py" line="245"/>
        <source>Choose a folder and at least one judge.</source>
        <translation>Pilih folder dan sedikitnya satu juri.</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_more.py" line="270"/>
        <source>Writing bundles…</source>
        <translation>Menulis paket juri…</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_more.py" line="296"/>
        <source>refused</source>
        <translation>ditolak</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_more.py" line="302"/>
        <source>written</source>
        <translation>ditulis</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_more.py" line="310"/>
        <source>Judge</source>
        <translation>Juri</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_more.py" line="311"/>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_more.py" line="312"/>
        <source>Regions</source>
        <translation>Daerah</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_more.py" line="313"/>
        <source>Documents</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_more.py" line="314"/>
        <source>File / reason</source>
        <translation>Berkas / alasan</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_more.py" line="321"/>
        <source>%1 bundle(s) written, %2 refused.</source>
        <translation>%1 paket juri ditulis, %2 ditolak.</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_tab.py" line="250"/>
        <source>Conflicts of interest</source>
        <translation>Konflik kepentingan</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_tab.py" line="252"/>
        <location filename="../judgeapp/ui/secretariat/setup_tab.py" line="298"/>
        <source>Judge</source>
        <translation>Juri</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_tab.py" line="254"/>
        <location filename="../judgeapp/ui/secretariat/setup_tab.py" line="299"/>
        <source>Region</source>
        <translation>Daerah</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_tab.py" line="256"/>
        <location filename="../judgeapp/ui/secretariat/setup_tab.py" line="300"/>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_tab.py" line="257"/>
        <source>&amp;Declare conflict</source>
        <translation>&amp;Nyatakan konflik</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_tab.py" line="259"/>
        <source>Reason for withdrawing</source>
        <translation>Alasan pencabutan</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_tab.py" line="260"/>
        <source>Why the conflict no longer holds</source>
        <translation>Mengapa konflik itu tidak berlaku lagi</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_tab.py" line="262"/>
        <source>&amp;Withdraw selected</source>
        <translation>&amp;Cabut yang dipilih</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_tab.py" line="264"/>
        <source>Withdraw the conflict selected in the list (the judge may be assigned)</source>
        <translation>Cabut konflik yang dipilih di daftar (juri boleh ditugaskan lagi)</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_tab.py" line="268"/>
        <source>&amp;Judge:</source>
        <translation>&amp;Juri:</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_tab.py" line="269"/>
        <source>Re&amp;gion:</source>
        <translation>&amp;Daerah:</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_tab.py" line="270"/>
        <source>R&amp;eason:</source>
        <translation>A&amp;lasan:</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_tab.py" line="272"/>
        <source>Withdraw the selected conflict, rea&amp;son:</source>
        <translation>Cabut konflik yang dipilih, ala&amp;san:</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_tab.py" line="301"/>
        <source>Declared by</source>
        <translation>Dinyatakan oleh</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_tab.py" line="302"/>
        <source>At</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_tab.py" line="324"/>
        <source>Choose a judge and a region.</source>
        <translation>Pilih juri dan daerah.</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_tab.py" line="336"/>
        <source>Conflict recorded; the judge is no longer assigned there.</source>
        <translation>Konflik dicatat; juri tidak lagi ditugaskan di sana.</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_tab.py" line="342"/>
        <source>Select a conflict in the list first.</source>
        <translation>Pilih dulu satu konflik di daftar.</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_tab.py" line="347"/>
        <source>Give the reason for withdrawing it.</source>
        <translation>Tuliskan alasan pencabutannya.</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_tab.py" line="353"/>
        <source>This region has no current submission in the event.</source>
        <translation>Daerah ini tidak punya berkas peserta yang berlaku di acara ini.</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_tab.py" line="367"/>
        <source>Conflict withdrawn: %1 — %2. The judge can now be assigned there.</source>
        <translation>Konflik dicabut: %1 — %2. Juri kini boleh ditugaskan di sana.</translation>
    </message>
</context>
<context>
    <name>DisagreementTab</name>
    <message>
        <location filename="../judgeapp/ui/secretariat/moderation.py" line="186"/>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/moderation.py" line="187"/>
        <source>Show &amp;all indicators, not only flagged</source>
        <translation>Tampilkan &amp;semua indikator, tidak hanya yang ditandai</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/moderation.py" line="188"/>
        <source>Count open sheets too (&amp;provisional)</source>
        <translation>Hitung juga lembar terbuka (&amp;sementara)</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/moderation.py" line="190"/>
        <source>Disagreements</source>
        <translation>Perbedaan nilai</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/moderation.py" line="191"/>
        <source>&amp;Moderate…</source>
        <translation>&amp;Moderasi…</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/moderation.py" line="192"/>
        <source>Recap of this &amp;region…</source>
        <translation>Rekap &amp;daerah ini…</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/moderation.py" line="194"/>
        <location filename="../judgeapp/ui/secretariat/moderation.py" line="195"/>
        <source>Reason for withdrawing</source>
        <translation>Alasan pencabutan</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/moderation.py" line="196"/>
        <source>&amp;Withdraw moderation</source>
        <translation>&amp;Cabut moderasi</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/moderation.py" line="201"/>
        <source>&amp;Stage:</source>
        <translation>&amp;Tahap:</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/moderation.py" line="240"/>
        <source>Comparing the judges&apos; scores…</source>
        <translation>Membandingkan nilai para juri…</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/moderation.py" line="291"/>
        <source>Region</source>
        <translation>Daerah</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/moderation.py" line="292"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/moderation.py" line="293"/>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/moderation.py" line="294"/>
        <source>Spread</source>
        <translation>Selisih</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/moderation.py" line="295"/>
        <source>Threshold</source>
        <translation>Ambang</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/moderation.py" line="296"/>
        <source>Combined</source>
        <translation>Gabungan</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/moderation.py" line="297"/>
        <source>Moderated</source>
        <translation>Dimoderasi</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/moderation.py" line="298"/>
        <source>Judges&apos; values</source>
        <translation>Nilai para juri</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/moderation.py" line="299"/>
        <source>Warning</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/moderation.py" line="311"/>
        <source>%1 flagged · %2 moderated</source>
        <translation>%1 ditandai · %2 dimoderasi</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/moderation.py" line="365"/>
        <location filename="../judgeapp/ui/secretariat/moderation.py" line="393"/>
        <source>Select a row first.</source>
        <translation>Pilih dulu satu baris.</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/moderation.py" line="375"/>
        <source>Moderated value recorded: %1 = %2</source>
        <translation>Nilai moderasi dicatat: %1 = %2</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/moderation.py" line="409"/>
        <source>Moderation withdrawn.</source>
        <translation>Moderasi dicabut.</translation>
    </message>
</context>
<context>
    <name>ImportTab</name>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_tab.py" line="125"/>
        <source>Import &amp;packages (.zip)…</source>
        <translation>Impor &amp;paket (.zip)…</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_tab.py" line="126"/>
        <source>Import a package &amp;folder…</source>
        <translation>Impor &amp;folder paket…</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_tab.py" line="127"/>
        <source>Import &amp;score files…</source>
        <translation>Impor &amp;berkas nilai…</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_tab.py" line="128"/>
        <source>Accept a &amp;changed judge key, reason:</source>
        <translation>Terima &amp;kunci juri yang berganti, alasan:</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_tab.py" line="130"/>
        <source>Reason for accepting a changed key</source>
        <translation>Alasan menerima kunci yang berganti</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_tab.py" line="132"/>
        <source>Import results</source>
        <translation>Hasil impor</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_tab.py" line="138"/>
        <source>Each file is checked first and imported whole or not at all. A refused file changes nothing; the list says which file, where in it and why.</source>
        <translation>Setiap berkas diperiksa dulu lalu diimpor utuh atau tidak sama sekali. Berkas yang ditolak tidak mengubah apa pun; daftar menyebut berkasnya, letaknya, dan alasannya.</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_tab.py" line="163"/>
        <source>Packages and score files</source>
        <translation>Paket dan berkas nilai</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_tab.py" line="164"/>
        <source>Paper re-keying</source>
        <translation>Ketik ulang lembar kertas</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_tab.py" line="165"/>
        <source>Official PPD worksheet</source>
        <translation>Lembar kerja resmi PPD</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_tab.py" line="166"/>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_tab.py" line="186"/>
        <source>Submission packages</source>
        <translation>Paket peserta</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_tab.py" line="186"/>
        <source>Packages (*.zip);;All files (*)</source>
        <translation>Paket (*.zip);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_tab.py" line="192"/>
        <source>Package folder</source>
        <translation>Folder paket</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_tab.py" line="199"/>
        <source>Judges&apos; score files</source>
        <translation>Berkas nilai juri</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_tab.py" line="201"/>
        <source>Score files (*.scores.json *.json);;All files (*)</source>
        <translation>Berkas nilai (*.scores.json *.json);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_tab.py" line="217"/>
        <source>Give the reason for accepting a changed key.</source>
        <translation>Tuliskan alasan menerima kunci yang berganti.</translation>
    </message>
    <message numerus="yes">
        <location filename="../judgeapp/ui/secretariat/import_tab.py" line="231"/>
        <source>Importing %n file(s)…</source>
        <translation>
            <numerusform>Mengimpor %n berkas…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_tab.py" line="252"/>
        <source>imported</source>
        <translation>diimpor</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_tab.py" line="253"/>
        <source>new version</source>
        <translation>versi baru</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_tab.py" line="254"/>
        <source>unchanged (already held)</source>
        <translation>tidak berubah (sudah ada)</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_tab.py" line="255"/>
        <source>REFUSED</source>
        <translation>DITOLAK</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_tab.py" line="257"/>
        <source>package</source>
        <translation>paket</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_tab.py" line="257"/>
        <source>score file</source>
        <translation>berkas nilai</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_tab.py" line="273"/>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_tab.py" line="274"/>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_tab.py" line="275"/>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_tab.py" line="276"/>
        <source>Place</source>
        <translation>Letak</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_tab.py" line="277"/>
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_tab.py" line="278"/>
        <source>Reason / warnings</source>
        <translation>Alasan / peringatan</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_tab.py" line="287"/>
        <source>%1 file(s): %2 imported, %3 refused (nothing changed for those).</source>
        <translation>%1 berkas: %2 diimpor, %3 ditolak (tidak ada yang berubah untuk berkas itu).</translation>
    </message>
</context>
<context>
    <name>JudgesPage</name>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_tab.py" line="38"/>
        <source>Judges</source>
        <translation>Juri</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_tab.py" line="40"/>
        <source>Judge&apos;s name</source>
        <translation>Nama juri</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_tab.py" line="41"/>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_tab.py" line="43"/>
        <location filename="../judgeapp/ui/secretariat/setup_tab.py" line="72"/>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_tab.py" line="45"/>
        <source>&amp;Add judge</source>
        <translation>&amp;Tambah juri</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_tab.py" line="47"/>
        <source>Set role of &amp;selected</source>
        <translation>Ubah peran juri &amp;terpilih</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_tab.py" line="47"/>
        <source>Give the selected judge this role</source>
        <translation>Beri juri terpilih peran ini</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_tab.py" line="51"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_tab.py" line="55"/>
        <source>R&amp;ole:</source>
        <translation>P&amp;eran:</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_tab.py" line="72"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_tab.py" line="72"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_tab.py" line="72"/>
        <source>Key fingerprint</source>
        <translation>Sidik kunci</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_tab.py" line="74"/>
        <source>not registered</source>
        <translation>belum terdaftar</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_tab.py" line="83"/>
        <source>Type the judge&apos;s name first.</source>
        <translation>Ketik dulu nama juri.</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_tab.py" line="94"/>
        <source>Judge added: %1 (%2)</source>
        <translation>Juri ditambahkan: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_tab.py" line="100"/>
        <source>Select a judge in the list first.</source>
        <translation>Pilih dulu seorang juri di daftar.</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_tab.py" line="112"/>
        <source>%1 is now %2.</source>
        <translation>%1 sekarang %2.</translation>
    </message>
</context>
<context>
    <name>KeysPage</name>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_keys.py" line="38"/>
        <source>Judges&apos; keys</source>
        <translation>Kunci juri</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_keys.py" line="40"/>
        <location filename="../judgeapp/ui/secretariat/setup_keys.py" line="91"/>
        <source>Judge</source>
        <translation>Juri</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_keys.py" line="42"/>
        <source>Judge&apos;s public key</source>
        <translation>Kunci publik juri</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_keys.py" line="43"/>
        <source>44 characters, as shown on the judge&apos;s laptop</source>
        <translation>44 karakter, seperti tampil di laptop juri</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_keys.py" line="46"/>
        <source>Fingerprint of the pasted key</source>
        <translation>Sidik kunci yang ditempel</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_keys.py" line="47"/>
        <source>Accept a &amp;changed key</source>
        <translation>Terima kunci yang be&amp;rganti</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_keys.py" line="49"/>
        <source>Reason for the key change</source>
        <translation>Alasan penggantian kunci</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_keys.py" line="50"/>
        <source>Why the judge&apos;s key changed (required)</source>
        <translation>Mengapa kunci juri berganti (wajib)</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_keys.py" line="51"/>
        <source>&amp;Register key</source>
        <translation>&amp;Daftarkan kunci</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_keys.py" line="55"/>
        <source>A judge&apos;s key is recorded with their first score file, or here beforehand. Paste the public key from the judge&apos;s laptop and check that the fingerprint below is the one the judge reads out. A file signed with another key is refused unless the change is accepted here or at import, with a reason.</source>
        <translation>Kunci juri dicatat bersama berkas nilai pertamanya, atau di sini sebelumnya. Tempel kunci publik dari laptop juri dan periksa bahwa sidik kunci di bawah sama dengan yang dibacakan juri. Berkas yang ditandatangani dengan kunci lain ditolak, kecuali penggantiannya diterima di sini atau saat impor, dengan alasan.</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_keys.py" line="67"/>
        <source>&amp;Judge:</source>
        <translation>&amp;Juri:</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_keys.py" line="68"/>
        <source>&amp;Public key:</source>
        <translation>Kunci &amp;publik:</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_keys.py" line="69"/>
        <source>Fingerprint:</source>
        <translation>Sidik kunci:</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_keys.py" line="91"/>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_keys.py" line="91"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_keys.py" line="91"/>
        <source>Registered fingerprint</source>
        <translation>Sidik kunci terdaftar</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_keys.py" line="93"/>
        <source>not registered</source>
        <translation>belum terdaftar</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_keys.py" line="108"/>
        <source>(paste a key)</source>
        <translation>(tempel kunci)</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_keys.py" line="113"/>
        <source>not a valid key: %1</source>
        <translation>bukan kunci yang sah: %1</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_keys.py" line="119"/>
        <source>Choose a judge and paste the key.</source>
        <translation>Pilih juri dan tempel kuncinya.</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_keys.py" line="124"/>
        <source>Give the reason for the key change.</source>
        <translation>Tuliskan alasan penggantian kunci.</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_keys.py" line="145"/>
        <source>Key registered for %1: %2</source>
        <translation>Kunci didaftarkan untuk %1: %2</translation>
    </message>
</context>
<context>
    <name>MatrixPage</name>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_tab.py" line="126"/>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_tab.py" line="130"/>
        <source>conflict</source>
        <translation>konflik</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_tab.py" line="131"/>
        <source>A judge with a declared conflict cannot be assigned.</source>
        <translation>Juri yang menyatakan konflik kepentingan tidak dapat ditugaskan.</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_tab.py" line="135"/>
        <source>Assignment matrix</source>
        <translation>Matriks penugasan</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_tab.py" line="143"/>
        <source>Assign &amp;row</source>
        <translation>Tugaskan &amp;baris</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_tab.py" line="143"/>
        <source>Every submission to the selected judge</source>
        <translation>Semua peserta untuk juri terpilih</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_tab.py" line="146"/>
        <source>Assign &amp;column</source>
        <translation>Tugaskan &amp;kolom</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_tab.py" line="146"/>
        <source>Every judge to the selected submission</source>
        <translation>Semua juri untuk peserta terpilih</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_tab.py" line="148"/>
        <source>Assign a&amp;ll</source>
        <translation>Tugaskan se&amp;mua</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_tab.py" line="149"/>
        <source>Clear row</source>
        <translation>Kosongkan baris</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_tab.py" line="150"/>
        <source>Clear column</source>
        <translation>Kosongkan kolom</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_tab.py" line="151"/>
        <source>Clear all</source>
        <translation>Kosongkan semua</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_tab.py" line="155"/>
        <source>&amp;Stage:</source>
        <translation>&amp;Tahap:</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_tab.py" line="170"/>
        <source>Space ticks the selected cell. Grey cells are declared conflicts and stay empty.</source>
        <translation>Spasi mencentang sel terpilih. Sel abu-abu adalah konflik yang dinyatakan dan tetap kosong.</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_tab.py" line="214"/>
        <source>Select a cell of the matrix first.</source>
        <translation>Pilih dulu satu sel matriks.</translation>
    </message>
    <message numerus="yes">
        <location filename="../judgeapp/ui/secretariat/setup_tab.py" line="225"/>
        <source>%n cell(s) changed.</source>
        <translation>
            <numerusform>%n sel berubah.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_tab.py" line="235"/>
        <source>%1 judges × %2 submissions · %3 assigned · %4 conflicts</source>
        <translation>%1 juri × %2 peserta · %3 penugasan · %4 konflik</translation>
    </message>
</context>
<context>
    <name>ModerationDialog</name>
    <message>
        <location filename="../judgeapp/ui/secretariat/moderation.py" line="65"/>
        <source>Moderate: %1 — %2</source>
        <translation>Moderasi: %1 — %2</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/moderation.py" line="71"/>
        <source>%1 · %2 · spread %3 (threshold %4) · combined %5</source>
        <translation>%1 · %2 · selisih %3 (ambang %4) · gabungan %5</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/moderation.py" line="86"/>
        <source>Judge</source>
        <translation>Juri</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/moderation.py" line="86"/>
        <source>Original value</source>
        <translation>Nilai asli</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/moderation.py" line="93"/>
        <source>Judges&apos; original values</source>
        <translation>Nilai asli para juri</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/moderation.py" line="95"/>
        <source>Judges&apos; original values (kept unchanged):</source>
        <translation>Nilai asli para juri (tetap tidak berubah):</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/moderation.py" line="99"/>
        <source>At</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/moderation.py" line="99"/>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/moderation.py" line="99"/>
        <location filename="../judgeapp/ui/secretariat/moderation.py" line="121"/>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/moderation.py" line="99"/>
        <source>Agreed by</source>
        <translation>Disetujui oleh</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/moderation.py" line="103"/>
        <source>withdrawn</source>
        <translation>dicabut</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/moderation.py" line="111"/>
        <source>Earlier moderations</source>
        <translation>Moderasi sebelumnya</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/moderation.py" line="113"/>
        <source>Earlier moderations:</source>
        <translation>Moderasi sebelumnya:</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/moderation.py" line="117"/>
        <source>Moderated value</source>
        <translation>Nilai moderasi</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/moderation.py" line="125"/>
        <source>Who agreed</source>
        <translation>Yang menyetujui</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/moderation.py" line="135"/>
        <source>Others who agreed</source>
        <translation>Pihak lain yang menyetujui</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/moderation.py" line="136"/>
        <source>e.g. chair of the panel (comma separated)</source>
        <translation>mis. ketua panel (pisahkan dengan koma)</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/moderation.py" line="137"/>
        <source>Moderated &amp;value:</source>
        <translation>&amp;Nilai moderasi:</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/moderation.py" line="138"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Alasan:</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/moderation.py" line="139"/>
        <source>&amp;Agreed by:</source>
        <translation>&amp;Disetujui oleh:</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/moderation.py" line="140"/>
        <source>&amp;Others:</source>
        <translation>&amp;Lainnya:</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/moderation.py" line="147"/>
        <source>&amp;Record</source>
        <translation>&amp;Catat</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/moderation.py" line="148"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>PaperPage</name>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_paper.py" line="140"/>
        <source>Judge of the template</source>
        <translation>Juri untuk templat</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_paper.py" line="142"/>
        <source>Stage of the template</source>
        <translation>Tahap untuk templat</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_paper.py" line="144"/>
        <source>E&amp;xport template…</source>
        <translation>E&amp;kspor templat…</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_paper.py" line="146"/>
        <source>A CSV or XLSX file with one row per score of the judge&apos;s sheets</source>
        <translation>Berkas CSV atau XLSX dengan satu baris per nilai di lembar juri</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_paper.py" line="149"/>
        <source>Import re-&amp;keyed files…</source>
        <translation>&amp;Impor berkas ketikan ulang…</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_paper.py" line="151"/>
        <source>One operator&apos;s files (single entry), accepted when every row is valid</source>
        <translation>Berkas dari satu operator (entri tunggal), diterima bila setiap baris sah</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_paper.py" line="154"/>
        <source>Operator A&apos;s file</source>
        <translation>Berkas operator A</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_paper.py" line="156"/>
        <source>Operator B&apos;s file</source>
        <translation>Berkas operator B</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_paper.py" line="157"/>
        <location filename="../judgeapp/ui/secretariat/import_paper.py" line="159"/>
        <source>Browse…</source>
        <translation>Telusuri…</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_paper.py" line="158"/>
        <source>Choose operator A&apos;s file</source>
        <translation>Pilih berkas operator A</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_paper.py" line="160"/>
        <source>Choose operator B&apos;s file</source>
        <translation>Pilih berkas operator B</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_paper.py" line="162"/>
        <source>&amp;Compare and import</source>
        <translation>Ban&amp;dingkan dan impor</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_paper.py" line="164"/>
        <source>Nothing is accepted while the two files differ</source>
        <translation>Tidak ada yang diterima selama kedua berkas berbeda</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_paper.py" line="167"/>
        <source>Paper import results</source>
        <translation>Hasil impor lembar kertas</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_paper.py" line="173"/>
        <source>For a judge who scored on paper: export the template, have the scores keyed into its value column, then import it. With double entry two operators key the same sheets and every difference is listed before anything is accepted.</source>
        <translation>Untuk juri yang menilai di kertas: ekspor templat, ketik nilainya di kolom value, lalu impor. Dengan entri ganda, dua operator mengetik lembar yang sama dan setiap perbedaan didaftar sebelum apa pun diterima.</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_paper.py" line="181"/>
        <source>Template and single entry</source>
        <translation>Templat dan entri tunggal</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_paper.py" line="183"/>
        <source>&amp;Judge:</source>
        <translation>&amp;Juri:</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_paper.py" line="184"/>
        <source>&amp;Stage:</source>
        <translation>Taha&amp;p:</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_paper.py" line="191"/>
        <source>Double entry (two operators)</source>
        <translation>Entri ganda (dua operator)</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_paper.py" line="199"/>
        <source>Operator &amp;A:</source>
        <translation>Operator &amp;A:</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_paper.py" line="201"/>
        <source>Operator &amp;B:</source>
        <translation>Operato&amp;r B:</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_paper.py" line="232"/>
        <source>All stages</source>
        <translation>Semua tahap</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_paper.py" line="237"/>
        <source>Re-keyed scores (*.csv *.xlsx);;All files (*)</source>
        <translation>Nilai ketikan ulang (*.csv *.xlsx);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_paper.py" line="242"/>
        <location filename="../judgeapp/ui/secretariat/import_paper.py" line="271"/>
        <source>Choose a judge first.</source>
        <translation>Pilih dulu seorang juri.</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_paper.py" line="246"/>
        <source>Save the re-keying template</source>
        <translation>Simpan templat ketik ulang</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_paper.py" line="248"/>
        <source>CSV (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV (*.csv);;Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_paper.py" line="255"/>
        <source>Re-keyed files</source>
        <translation>Berkas ketikan ulang</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_paper.py" line="262"/>
        <source>Re-keyed file</source>
        <translation>Berkas ketikan ulang</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_paper.py" line="278"/>
        <source>Writing the template…</source>
        <translation>Menulis templat…</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_paper.py" line="289"/>
        <source>Choose operator A&apos;s file and operator B&apos;s file.</source>
        <translation>Pilih berkas operator A dan berkas operator B.</translation>
    </message>
    <message numerus="yes">
        <location filename="../judgeapp/ui/secretariat/import_paper.py" line="298"/>
        <source>Checking %n file(s)…</source>
        <translation>
            <numerusform>Memeriksa %n berkas…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../judgeapp/ui/secretariat/import_paper.py" line="328"/>
        <source>Template written: %1 (%n sheet(s) to key).</source>
        <translation>
            <numerusform>Templat ditulis: %1 (%n lembar untuk diketik).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_paper.py" line="331"/>
        <source>Template written: %1 — but the judge has no assigned sheets yet.</source>
        <translation>Templat ditulis: %1 — tetapi juri belum punya lembar yang ditugaskan.</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_paper.py" line="345"/>
        <source>Judge</source>
        <translation>Juri</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_paper.py" line="346"/>
        <source>Region</source>
        <translation>Daerah</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_paper.py" line="347"/>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_paper.py" line="348"/>
        <source>Item</source>
        <translation>Butir</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_paper.py" line="349"/>
        <source>A: %1</source>
        <translation>A: %1</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_paper.py" line="350"/>
        <source>B: %1</source>
        <translation>B: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../judgeapp/ui/secretariat/import_paper.py" line="367"/>
        <source>The two entries differ in %n place(s); nothing was accepted. Correct the wrong file and compare again.</source>
        <translation>
            <numerusform>Kedua entri berbeda di %n tempat; tidak ada yang diterima. Perbaiki berkas yang salah lalu bandingkan lagi.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_paper.py" line="376"/>
        <location filename="../judgeapp/ui/secretariat/import_paper.py" line="398"/>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_paper.py" line="376"/>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_paper.py" line="376"/>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_paper.py" line="376"/>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message numerus="yes">
        <location filename="../judgeapp/ui/secretariat/import_paper.py" line="390"/>
        <source>Refused (%n problem(s)); nothing was changed: %1</source>
        <translation>
            <numerusform>Ditolak (%n masalah); tidak ada yang berubah: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_paper.py" line="398"/>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_paper.py" line="399"/>
        <source>accepted</source>
        <translation>diterima</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_paper.py" line="402"/>
        <source>%1 sheet(s) accepted: %2 written (%3 final), %4 unchanged.</source>
        <translation>%1 lembar diterima: %2 ditulis (%3 final), %4 tidak berubah.</translation>
    </message>
</context>
<context>
    <name>ProgressTab</name>
    <message>
        <location filename="../judgeapp/ui/secretariat/progress_tab.py" line="45"/>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/progress_tab.py" line="49"/>
        <source>Re&amp;fresh</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/progress_tab.py" line="50"/>
        <source>&amp;Score sheet of the selected cell…</source>
        <translation>&amp;Lembar penilaian sel terpilih…</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/progress_tab.py" line="51"/>
        <source>&amp;Blank sheets…</source>
        <translation>Lembar &amp;kosong…</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/progress_tab.py" line="55"/>
        <source>Progress board</source>
        <translation>Papan kemajuan</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/progress_tab.py" line="60"/>
        <source>Missing from whom</source>
        <translation>Kekurangan per juri</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/progress_tab.py" line="65"/>
        <source>&amp;Stage:</source>
        <translation>&amp;Tahap:</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/progress_tab.py" line="78"/>
        <source>Still missing, by judge:</source>
        <translation>Yang masih kurang, per juri:</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/progress_tab.py" line="103"/>
        <source>missing</source>
        <translation>belum diterima</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/progress_tab.py" line="104"/>
        <source>not started</source>
        <translation>belum mulai</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/progress_tab.py" line="105"/>
        <source>in progress</source>
        <translation>sedang dinilai</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/progress_tab.py" line="106"/>
        <source>final</source>
        <translation>final</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/progress_tab.py" line="107"/>
        <source>conflict</source>
        <translation>konflik</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/progress_tab.py" line="113"/>
        <source>Reading the sheets…</source>
        <translation>Membaca lembar penilaian…</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/progress_tab.py" line="146"/>
        <source>source: %1, revision %2</source>
        <translation>sumber: %1, revisi %2</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/progress_tab.py" line="166"/>
        <source>Judge</source>
        <translation>Juri</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/progress_tab.py" line="166"/>
        <source>Region</source>
        <translation>Daerah</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/progress_tab.py" line="166"/>
        <source>What is missing</source>
        <translation>Yang masih kurang</translation>
    </message>
    <message numerus="yes">
        <location filename="../judgeapp/ui/secretariat/progress_tab.py" line="174"/>
        <source>%n sheet(s) with warnings ⚠</source>
        <translation>
            <numerusform>%n lembar dengan peringatan ⚠</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RankingTab</name>
    <message>
        <location filename="../judgeapp/ui/secretariat/ranking_tab.py" line="74"/>
        <location filename="../judgeapp/ui/secretariat/ranking_tab.py" line="341"/>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/ranking_tab.py" line="76"/>
        <location filename="../judgeapp/ui/secretariat/ranking_tab.py" line="177"/>
        <location filename="../judgeapp/ui/secretariat/ranking_tab.py" line="301"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/ranking_tab.py" line="78"/>
        <source>Count open sheets too (&amp;provisional)</source>
        <translation>Hitung juga lembar terbuka (&amp;sementara)</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/ranking_tab.py" line="79"/>
        <source>Re&amp;calculate</source>
        <translation>&amp;Hitung ulang</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/ranking_tab.py" line="80"/>
        <source>Ranking &amp;report…</source>
        <translation>&amp;Laporan peringkat…</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/ranking_tab.py" line="84"/>
        <location filename="../judgeapp/ui/secretariat/ranking_tab.py" line="90"/>
        <source>Ranking</source>
        <translation>Peringkat</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/ranking_tab.py" line="85"/>
        <location filename="../judgeapp/ui/secretariat/ranking_tab.py" line="91"/>
        <source>Sensitivity</source>
        <translation>Kepekaan</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/ranking_tab.py" line="86"/>
        <location filename="../judgeapp/ui/secretariat/ranking_tab.py" line="92"/>
        <source>Agreement</source>
        <translation>Kesepakatan</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/ranking_tab.py" line="98"/>
        <source>&amp;Stage:</source>
        <translation>&amp;Tahap:</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/ranking_tab.py" line="98"/>
        <source>Ca&amp;tegory:</source>
        <translation>Ka&amp;tegori:</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/ranking_tab.py" line="115"/>
        <source>All stages (weighted)</source>
        <translation>Semua tahap (berbobot)</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/ranking_tab.py" line="133"/>
        <source>Calculating the ranking…</source>
        <translation>Menghitung peringkat…</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/ranking_tab.py" line="152"/>
        <source>All categories</source>
        <translation>Semua kategori</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/ranking_tab.py" line="177"/>
        <source>Rank</source>
        <translation>Peringkat</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/ranking_tab.py" line="177"/>
        <location filename="../judgeapp/ui/secretariat/ranking_tab.py" line="302"/>
        <source>Region</source>
        <translation>Daerah</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/ranking_tab.py" line="177"/>
        <location filename="../judgeapp/ui/secretariat/ranking_tab.py" line="304"/>
        <source>Score</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/ranking_tab.py" line="180"/>
        <location filename="../judgeapp/ui/secretariat/ranking_tab.py" line="343"/>
        <source>Judges</source>
        <translation>Juri</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/ranking_tab.py" line="180"/>
        <source>Flags</source>
        <translation>Tanda</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/ranking_tab.py" line="180"/>
        <source>Tie-break / notes</source>
        <translation>Penentu seri / catatan</translation>
    </message>
    <message numerus="yes">
        <location filename="../judgeapp/ui/secretariat/ranking_tab.py" line="204"/>
        <source>shown with %n decimal(s): equal to the neighbouring row at fewer</source>
        <translation>
            <numerusform>ditampilkan dengan %n desimal: dengan lebih sedikit desimal sama dengan baris di sebelahnya</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/ranking_tab.py" line="240"/>
        <source>Provisional: open sheets are counted.</source>
        <translation>Sementara: lembar yang masih terbuka ikut dihitung.</translation>
    </message>
    <message numerus="yes">
        <location filename="../judgeapp/ui/secretariat/ranking_tab.py" line="246"/>
        <source>⚠ %n row(s) count a worksheet with blank or 0 cells (see notes).</source>
        <translation>
            <numerusform>⚠ %n baris menghitung lembar kerja dengan sel kosong atau 0 (lihat catatan).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../judgeapp/ui/secretariat/ranking_tab.py" line="251"/>
        <source>%n row(s) in an unresolved tie (marked).</source>
        <translation>
            <numerusform>%n baris dalam nilai seri yang belum terpecahkan (ditandai).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/ranking_tab.py" line="252"/>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/ranking_tab.py" line="253"/>
        <source>Tie-break ladder: %1</source>
        <translation>Urutan penentu seri: %1</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/ranking_tab.py" line="259"/>
        <source>UNRESOLVED TIE</source>
        <translation>SERI BELUM TERPECAHKAN</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/ranking_tab.py" line="262"/>
        <source>moderated %1: %2 (was %3)</source>
        <translation>dimoderasi %1: %2 (semula %3)</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/ranking_tab.py" line="274"/>
        <source>tied with %1</source>
        <translation>seri dengan %1</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/ranking_tab.py" line="276"/>
        <source>ahead of %1 on %2 (%3 vs %4)</source>
        <translation>di atas %1 menurut %2 (%3 lawan %4)</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/ranking_tab.py" line="278"/>
        <source>behind %1 on %2 (%3 vs %4)</source>
        <translation>di bawah %1 menurut %2 (%3 lawan %4)</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/ranking_tab.py" line="289"/>
        <source>median</source>
        <translation>median (nilai tengah)</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/ranking_tab.py" line="290"/>
        <source>mean</source>
        <translation>rata-rata</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/ranking_tab.py" line="291"/>
        <source>trimmed mean</source>
        <translation>rata-rata terpangkas</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/ranking_tab.py" line="292"/>
        <source>z-score per judge</source>
        <translation>skor-z per juri</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/ranking_tab.py" line="303"/>
        <source>Official rank</source>
        <translation>Peringkat resmi</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/ranking_tab.py" line="333"/>
        <source>position changed</source>
        <translation>posisi berubah</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/ranking_tab.py" line="342"/>
        <source>Panel</source>
        <translation>Panel</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/ranking_tab.py" line="344"/>
        <source>Submissions</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/ranking_tab.py" line="345"/>
        <source>Statistic</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/ranking_tab.py" line="346"/>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/ranking_tab.py" line="347"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/ranking_tab.py" line="351"/>
        <source>all judges</source>
        <translation>semua juri</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <location filename="../judgeapp/ui/secretariat/reports_tab.py" line="81"/>
        <source>Report</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/reports_tab.py" line="93"/>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/reports_tab.py" line="95"/>
        <source>Region</source>
        <translation>Daerah</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/reports_tab.py" line="97"/>
        <source>Judge</source>
        <translation>Juri</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/reports_tab.py" line="99"/>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/reports_tab.py" line="103"/>
        <location filename="../judgeapp/ui/secretariat/reports_tab.py" line="222"/>
        <source>Render and &amp;open</source>
        <translation>Buat dan &amp;buka</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/reports_tab.py" line="104"/>
        <location filename="../judgeapp/ui/secretariat/reports_tab.py" line="225"/>
        <source>Render and &amp;save as…</source>
        <translation>Buat dan &amp;simpan sebagai…</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/reports_tab.py" line="109"/>
        <source>S&amp;tage:</source>
        <translation>&amp;Tahap:</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/reports_tab.py" line="110"/>
        <source>Re&amp;gion:</source>
        <translation>&amp;Daerah:</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/reports_tab.py" line="111"/>
        <source>&amp;Judge:</source>
        <translation>&amp;Juri:</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/reports_tab.py" line="112"/>
        <source>&amp;Language:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/reports_tab.py" line="123"/>
        <source>&amp;Report:</source>
        <translation>&amp;Laporan:</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/reports_tab.py" line="142"/>
        <source>Report rendering is not available in this window.</source>
        <translation>Pembuatan laporan tidak tersedia di jendela ini.</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/reports_tab.py" line="147"/>
        <source>Score sheet</source>
        <translation>Lembar penilaian</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/reports_tab.py" line="147"/>
        <source>one judge&apos;s sheet for a region (or all)</source>
        <translation>lembar satu juri untuk satu daerah (atau semua)</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/reports_tab.py" line="148"/>
        <source>Recap per region</source>
        <translation>Rekap per daerah</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/reports_tab.py" line="148"/>
        <source>every judge&apos;s scores, spread, chart</source>
        <translation>nilai setiap juri, selisih, grafik</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/reports_tab.py" line="149"/>
        <source>Ranking</source>
        <translation>Peringkat</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/reports_tab.py" line="149"/>
        <source>per category, sensitivity, agreement</source>
        <translation>per kategori, kepekaan, kesepakatan</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/reports_tab.py" line="150"/>
        <source>Minutes</source>
        <translation>Berita acara</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/reports_tab.py" line="150"/>
        <source>minutes of the judging with signatures</source>
        <translation>berita acara penilaian dengan tanda tangan</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/reports_tab.py" line="151"/>
        <source>Feedback letter</source>
        <translation>Surat umpan balik</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/reports_tab.py" line="151"/>
        <source>strengths and recommendations</source>
        <translation>keunggulan dan rekomendasi</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/reports_tab.py" line="152"/>
        <source>Blank sheets</source>
        <translation>Lembar kosong</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/reports_tab.py" line="152"/>
        <source>paper sheets for re-keying</source>
        <translation>lembar kertas untuk diketik ulang</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/reports_tab.py" line="153"/>
        <source>Export Excel</source>
        <translation>Ekspor Excel</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/reports_tab.py" line="153"/>
        <source>scores, totals, ranking and notes</source>
        <translation>nilai, total, peringkat, dan catatan</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/reports_tab.py" line="164"/>
        <source>All stages</source>
        <translation>Semua tahap</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/reports_tab.py" line="167"/>
        <source>All regions</source>
        <translation>Semua daerah</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/reports_tab.py" line="170"/>
        <source>All judges</source>
        <translation>Semua juri</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/reports_tab.py" line="222"/>
        <source>Export and &amp;open</source>
        <translation>Ekspor dan &amp;buka</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/reports_tab.py" line="225"/>
        <source>Export and &amp;save as…</source>
        <translation>Ekspor dan &amp;simpan sebagai…</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/reports_tab.py" line="249"/>
        <source>Save report as</source>
        <translation>Simpan laporan sebagai</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/reports_tab.py" line="251"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/reports_tab.py" line="251"/>
        <source>PDF document (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/reports_tab.py" line="290"/>
        <source>Rendering %1…</source>
        <translation>Membuat %1…</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/reports_tab.py" line="307"/>
        <source>Written: %1</source>
        <translation>Ditulis: %1</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/reports_tab.py" line="314"/>
        <source>Not rendered: %1</source>
        <translation>Tidak dibuat: %1</translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_more.py" line="37"/>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_more.py" line="42"/>
        <source>Interview schedule</source>
        <translation>Jadwal wawancara</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_more.py" line="44"/>
        <location filename="../judgeapp/ui/secretariat/setup_more.py" line="103"/>
        <source>Region</source>
        <translation>Daerah</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_more.py" line="46"/>
        <source>Date and time</source>
        <translation>Tanggal dan jam</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_more.py" line="51"/>
        <location filename="../judgeapp/ui/secretariat/setup_more.py" line="107"/>
        <source>Room</source>
        <translation>Ruang</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_more.py" line="52"/>
        <source>&amp;Save slot</source>
        <translation>&amp;Simpan jadwal</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_more.py" line="53"/>
        <source>Remo&amp;ve slot</source>
        <translation>&amp;Hapus jadwal</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_more.py" line="56"/>
        <source>S&amp;tage:</source>
        <translation>&amp;Tahap:</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_more.py" line="57"/>
        <source>Re&amp;gion:</source>
        <translation>&amp;Daerah:</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_more.py" line="58"/>
        <source>&amp;Date and time:</source>
        <translation>&amp;Tanggal dan jam:</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_more.py" line="59"/>
        <source>R&amp;oom:</source>
        <translation>R&amp;uang:</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_more.py" line="104"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_more.py" line="105"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_more.py" line="106"/>
        <source>Time</source>
        <translation>Jam</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_more.py" line="131"/>
        <source>Choose a region.</source>
        <translation>Pilih daerah.</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_more.py" line="149"/>
        <source>Slot removed.</source>
        <translation>Jadwal dihapus.</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_more.py" line="149"/>
        <source>Slot saved: %1</source>
        <translation>Jadwal disimpan: %1</translation>
    </message>
</context>
<context>
    <name>SecretariatPanel</name>
    <message>
        <location filename="../judgeapp/ui/secretariat/panel.py" line="63"/>
        <source> — sample data</source>
        <translation> — data contoh</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/panel.py" line="77"/>
        <source>Set-up</source>
        <translation>Persiapan</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/panel.py" line="78"/>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/panel.py" line="79"/>
        <source>Progress</source>
        <translation>Kemajuan</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/panel.py" line="80"/>
        <source>Disagreement</source>
        <translation>Perbedaan nilai</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/panel.py" line="81"/>
        <source>Ranking</source>
        <translation>Peringkat</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/panel.py" line="82"/>
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/panel.py" line="83"/>
        <source>Secretariat</source>
        <translation>Sekretariat</translation>
    </message>
</context>
<context>
    <name>SetupTab</name>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_tab.py" line="402"/>
        <source>Judges</source>
        <translation>Juri</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_tab.py" line="403"/>
        <source>Assignments</source>
        <translation>Penugasan</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_tab.py" line="404"/>
        <source>Conflicts</source>
        <translation>Konflik</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_tab.py" line="405"/>
        <source>Schedule</source>
        <translation>Jadwal</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_tab.py" line="406"/>
        <source>Judge bundles</source>
        <translation>Paket juri</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_tab.py" line="407"/>
        <source>Judges&apos; keys</source>
        <translation>Kunci juri</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/setup_tab.py" line="408"/>
        <source>Set-up</source>
        <translation>Persiapan</translation>
    </message>
</context>
<context>
    <name>WorksheetPage</name>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_worksheet.py" line="93"/>
        <source>Worksheet file</source>
        <translation>Berkas lembar kerja</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_worksheet.py" line="94"/>
        <source>The judge&apos;s .xlsx worksheet</source>
        <translation>Lembar kerja .xlsx milik juri</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_worksheet.py" line="95"/>
        <source>&amp;Browse…</source>
        <translation>Tel&amp;usuri…</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_worksheet.py" line="96"/>
        <source>Choose the worksheet</source>
        <translation>Pilih lembar kerja</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_worksheet.py" line="98"/>
        <source>Judge whose worksheet it is</source>
        <translation>Juri pemilik lembar kerja</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_worksheet.py" line="100"/>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_worksheet.py" line="101"/>
        <source>&amp;Create regions not yet in the event</source>
        <translation>Buat &amp;daerah yang belum ada di acara</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_worksheet.py" line="102"/>
        <source>&amp;Import worksheet</source>
        <translation>&amp;Impor lembar kerja</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_worksheet.py" line="104"/>
        <source>Worksheet import results</source>
        <translation>Hasil impor lembar kerja</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_worksheet.py" line="110"/>
        <source>The official PPD Tahap II worksheet (LEMBAR PENILAIAN) of one judge: item scores per region column, Keunggulan and Rekomendasi. Regions are matched by name; every total must equal the worksheet&apos;s own result, or nothing is imported.</source>
        <translation>Lembar kerja resmi PPD Tahap II (LEMBAR PENILAIAN) milik satu juri: nilai butir per kolom daerah, Keunggulan dan Rekomendasi. Daerah dicocokkan menurut nama; setiap total harus sama dengan hasil lembar kerja itu sendiri, atau tidak ada yang diimpor.</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_worksheet.py" line="121"/>
        <source>&amp;Worksheet:</source>
        <translation>&amp;Lembar kerja:</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_worksheet.py" line="124"/>
        <source>&amp;Judge:</source>
        <translation>&amp;Juri:</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_worksheet.py" line="125"/>
        <source>&amp;Stage:</source>
        <translation>Taha&amp;p:</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_worksheet.py" line="149"/>
        <source>The one whose form matches</source>
        <translation>Yang formulirnya cocok</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_worksheet.py" line="156"/>
        <source>Official worksheet</source>
        <translation>Lembar kerja resmi</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_worksheet.py" line="158"/>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Buku kerja Excel (*.xlsx);;Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_worksheet.py" line="167"/>
        <source>Choose the worksheet file and the judge.</source>
        <translation>Pilih berkas lembar kerja dan jurinya.</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_worksheet.py" line="175"/>
        <source>Reading %1…</source>
        <translation>Membaca %1…</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_worksheet.py" line="198"/>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_worksheet.py" line="198"/>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_worksheet.py" line="198"/>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_worksheet.py" line="202"/>
        <source>REFUSED</source>
        <translation>DITOLAK</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_worksheet.py" line="208"/>
        <source>Refused; nothing was changed. %1</source>
        <translation>Ditolak; tidak ada yang berubah. %1</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_worksheet.py" line="214"/>
        <source>final</source>
        <translation>final</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_worksheet.py" line="214"/>
        <source>incomplete</source>
        <translation>belum lengkap</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_worksheet.py" line="218"/>
        <source>not stored in the file</source>
        <translation>tidak tersimpan di berkas</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_worksheet.py" line="227"/>
        <source>created</source>
        <translation>dibuat</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_worksheet.py" line="227"/>
        <source>matched</source>
        <translation>cocok</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_worksheet.py" line="241"/>
        <source>Cell</source>
        <translation>Sel</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_worksheet.py" line="242"/>
        <source>Name in the worksheet</source>
        <translation>Nama di lembar kerja</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_worksheet.py" line="243"/>
        <source>Region</source>
        <translation>Daerah</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_worksheet.py" line="244"/>
        <source>Match</source>
        <translation>Pencocokan</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_worksheet.py" line="245"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_worksheet.py" line="246"/>
        <source>Worksheet&apos;s total</source>
        <translation>Total lembar kerja</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_worksheet.py" line="247"/>
        <source>Sheet</source>
        <translation>Lembar</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_worksheet.py" line="248"/>
        <source>Scores changed</source>
        <translation>Nilai berubah</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_worksheet.py" line="249"/>
        <source>Warning</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <location filename="../judgeapp/ui/secretariat/import_worksheet.py" line="257"/>
        <source>%1: %2 region(s), %3 matched, %4 created; %5 sheet(s) changed.</source>
        <translation>%1: %2 daerah, %3 cocok, %4 dibuat; %5 lembar berubah.</translation>
    </message>
</context>
</TS>
