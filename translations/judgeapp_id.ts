<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>CrashHandler</name>
    <message>
        <source>Unexpected error</source>
        <translation>Kesalahan tak terduga</translation>
    </message>
    <message>
        <source>Something went wrong inside JudgeApp — not in what you did. Every score shown as saved is kept; the app keeps running.</source>
        <translation>Terjadi kesalahan di dalam JudgeApp — bukan karena tindakan Anda. Setiap nilai yang tampil tersimpan tetap aman; aplikasi tetap berjalan.</translation>
    </message>
    <message>
        <source>The error was written to this file; please give it to whoever supports JudgeApp for you:</source>
        <translation>Kesalahan ini dicatat di berkas berikut; serahkan berkas itu kepada pihak yang mendukung JudgeApp untuk Anda:</translation>
    </message>
    <message>
        <source>The error could not be written to a log file.</source>
        <translation>Kesalahan ini tidak dapat dicatat ke berkas log.</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <source>This submission has no documents.</source>
        <translation>Usulan ini tidak memuat dokumen.</translation>
    </message>
    <message>
        <source>Document file not found: %1</source>
        <translation>Berkas dokumen tidak ditemukan: %1</translation>
    </message>
    <message>
        <source>Opening %1 …</source>
        <translation>Membuka %1 …</translation>
    </message>
    <message>
        <source>The document could not be opened: %1</source>
        <translation>Dokumen tidak dapat dibuka: %1</translation>
    </message>
    <message>
        <source>no match</source>
        <translation>tidak ditemukan</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Halaman</translation>
    </message>
    <message>
        <source>Go to page</source>
        <translation>Ke halaman</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Perbesar (Ctrl++)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Perbesar</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Perkecil (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Perkecil</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Sesuaikan lebar</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Cari (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search in document</source>
        <translation>Cari dalam dokumen</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Hasil sebelumnya</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Hasil berikutnya</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Halaman</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Daftar isi</translation>
    </message>
    <message>
        <source>Document page</source>
        <translation>Halaman dokumen</translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message>
        <source>Figure</source>
        <translation>Indikator kunci</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
</context>
<context>
    <name>FirstRunScreen</name>
    <message>
        <source>Welcome to JudgeApp</source>
        <translation>Selamat datang di JudgeApp</translation>
    </message>
    <message>
        <source>This workspace holds no event yet. How do you want to begin?</source>
        <translation>Ruang kerja ini belum berisi acara. Bagaimana Anda ingin memulai?</translation>
    </message>
    <message>
        <source>Open a judge bundle</source>
        <translation>Buka bundel juri</translation>
    </message>
    <message>
        <source>You are a judge: open the bundle file the secretariat gave you (.zip) and score your regions on this laptop.</source>
        <translation>Anda juri: buka berkas bundel dari sekretariat (.zip) dan nilai daerah-daerah Anda di laptop ini.</translation>
    </message>
    <message>
        <source>Start a new event (secretariat)</source>
        <translation>Mulai acara baru (sekretariat)</translation>
    </message>
    <message>
        <source>Set up the competition: name, stages and forms, venue and dates, then judges and the regions&apos; packages.</source>
        <translation>Siapkan lomba: nama, tahap dan formulir, tempat dan tanggal, lalu juri dan paket daerah.</translation>
    </message>
    <message>
        <source>Explore the demo</source>
        <translation>Jelajahi demo</translation>
    </message>
    <message>
        <source>Sample events of PPD, Sinovik and Smart City with judges and scores, in a workspace of its own — to try everything without touching real data.</source>
        <translation>Acara contoh PPD, Sinovik dan Smart City lengkap dengan juri dan nilai, di ruang kerja tersendiri — untuk mencoba semuanya tanpa menyentuh data sungguhan.</translation>
    </message>
    <message>
        <source>Or open another workspace folder: File ▸ Open workspace… (Ctrl+O).</source>
        <translation>Atau buka folder ruang kerja lain: Berkas ▸ Buka ruang kerja… (Ctrl+O).</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>No workspace is open. Use File ▸ Open workspace (Ctrl+O).</source>
        <translation>Belum ada ruang kerja yang dibuka. Gunakan Berkas ▸ Buka ruang kerja (Ctrl+O).</translation>
    </message>
    <message>
        <source>This workspace holds no event for you yet. Open your judge bundle (File ▸ Open judge bundle…, Ctrl+Shift+O) or another workspace (Ctrl+O).</source>
        <translation>Ruang kerja ini belum berisi acara untuk Anda. Buka bundel juri Anda (Berkas ▸ Buka bundel juri…, Ctrl+Shift+O) atau ruang kerja lain (Ctrl+O).</translation>
    </message>
    <message>
        <source>No region is assigned to this judge at this stage.</source>
        <translation>Tidak ada daerah yang ditugaskan kepada juri ini pada tahap ini.</translation>
    </message>
    <message>
        <source>%1 regions · %2 final · %3 in progress · %4 conflict</source>
        <translation>%1 daerah · %2 final · %3 berjalan · %4 konflik</translation>
    </message>
    <message>
        <source>Regions and schedule for %1</source>
        <translation>Daerah dan jadwal untuk %1</translation>
    </message>
    <message>
        <source>SAMPLE DATA — this event is demo material; its judges, scores and some figures are invented and are not real results.</source>
        <translation>DATA CONTOH — acara ini bahan peragaan; juri, nilai, dan sebagian angkanya rekaan, bukan hasil penilaian sebenarnya.</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Acara:</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation>Taha&amp;p:</translation>
    </message>
    <message>
        <source>I am &amp;judge:</source>
        <translation>Saya &amp;juri:</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Acara</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>Which judge am I</source>
        <translation>Saya juri yang mana</translation>
    </message>
    <message>
        <source>My regions</source>
        <translation>Daerah saya</translation>
    </message>
    <message>
        <source>Open documents (Enter)</source>
        <translation>Buka dokumen (Enter)</translation>
    </message>
    <message>
        <source>Start the interview (Ctrl+I)</source>
        <translation>Mulai wawancara (Ctrl+I)</translation>
    </message>
    <message>
        <source>Declare a conflict of interest…</source>
        <translation>Nyatakan konflik kepentingan…</translation>
    </message>
</context>
<context>
    <name>IndicatorPanel</name>
    <message>
        <source>Aspect: %1</source>
        <translation>Aspek: %1</translation>
    </message>
    <message>
        <source>Questions to ask</source>
        <translation>Pertanyaan untuk diajukan</translation>
    </message>
    <message>
        <source>Note (only for you)</source>
        <translation>Catatan (hanya untuk Anda)</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bukti dukung</translation>
    </message>
    <message>
        <source>Link evidence: page shown (Ctrl+E)</source>
        <translation>Tautkan bukti: halaman yang tampil (Ctrl+E)</translation>
    </message>
    <message>
        <source>Linked evidence</source>
        <translation>Bukti tertaut</translation>
    </message>
</context>
<context>
    <name>InterviewScreen</name>
    <message>
        <source>Typing…</source>
        <translation>Mengetik…</translation>
    </message>
    <message>
        <source>Not saved yet — kept here and retried automatically.</source>
        <translation>Belum tersimpan — tetap di sini dan dicoba lagi otomatis.</translation>
    </message>
    <message>
        <source>NOT saved (%1)</source>
        <translation>TIDAK tersimpan (%1)</translation>
    </message>
    <message>
        <source>NOT saved</source>
        <translation>TIDAK tersimpan</translation>
    </message>
    <message>
        <source>What you just did is NOT saved: %1</source>
        <translation>Yang baru Anda lakukan TIDAK tersimpan: %1</translation>
    </message>
    <message>
        <source>It stays on screen, marked, and JudgeApp tries again every few seconds. Everything marked saved before is safe.</source>
        <translation>Isian itu tetap di layar, ditandai, dan JudgeApp mencoba lagi setiap beberapa detik. Semua yang sudah bertanda tersimpan sebelumnya tetap aman.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Belum tersimpan</translation>
    </message>
    <message>
        <source>%1 value(s) you typed could not be saved yet: %2

Stay on this screen and JudgeApp keeps trying; leave and they are lost.</source>
        <translation>%1 isian yang Anda ketik belum dapat disimpan: %2

Tetap di layar ini dan JudgeApp terus mencoba; jika keluar, isian itu hilang.</translation>
    </message>
    <message>
        <source>Stay and keep trying</source>
        <translation>Tetap di sini dan terus mencoba</translation>
    </message>
    <message>
        <source>Leave without saving them</source>
        <translation>Keluar tanpa menyimpannya</translation>
    </message>
    <message>
        <source>Open a document first: the page shown is what gets linked.</source>
        <translation>Buka dokumen dahulu: halaman yang tampil itulah yang ditautkan.</translation>
    </message>
    <message>
        <source>Finalise and sign</source>
        <translation>Finalkan dan tanda tangani</translation>
    </message>
    <message>
        <source>Finalise the sheet for %1? It becomes read-only.</source>
        <translation>Finalkan lembar penilaian %1? Lembar menjadi hanya baca.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Re-open the sheet</source>
        <translation>Buka kembali lembar</translation>
    </message>
    <message>
        <source>Why must this final sheet change? The reason is kept in the history.</source>
        <translation>Mengapa lembar final ini harus diubah? Alasannya disimpan dalam riwayat.</translation>
    </message>
    <message>
        <source>Final: signed %1. Read-only; re-open with a reason to change it.</source>
        <translation>Final: ditandatangani %1. Hanya-baca; buka kembali dengan alasan untuk mengubahnya.</translation>
    </message>
    <message>
        <source>%1, page %2</source>
        <translation>%1, hlm. %2</translation>
    </message>
    <message>
        <source>Indicator %1 · Aspect %2 · Total so far %3 (%6 of %7 indicators) · Scored %4/%5</source>
        <translation>Indikator %1 · Aspek %2 · Total sementara %3 (%6 dari %7 indikator) · Dinilai %4/%5</translation>
    </message>
    <message>
        <source>Indicator %1 · Aspect %2 · Total %3 · Scored %4/%5</source>
        <translation>Indikator %1 · Aspek %2 · Total %3 · Dinilai %4/%5</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Tersimpan %1</translation>
    </message>
    <message>
        <source>◀ Regions (Alt+Left)</source>
        <translation>◀ Daerah (Alt+Kiri)</translation>
    </message>
    <message>
        <source>Back to the region list</source>
        <translation>Kembali ke daftar daerah</translation>
    </message>
    <message>
        <source>Finalise and sign (Ctrl+Shift+F)</source>
        <translation>Finalkan dan tanda tangani (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Re-open…</source>
        <translation>Buka kembali…</translation>
    </message>
    <message>
        <source>Rubric: aspects and indicators (F7)</source>
        <translation>Rubrik: aspek dan indikator (F7)</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Status simpan</translation>
    </message>
    <message>
        <source>Score the rubric (F6)</source>
        <translation>Isi penilaian (F6)</translation>
    </message>
    <message>
        <source>Reading layout: the document has the room. F6 gives it to the rubric.</source>
        <translation>Tata letak membaca: dokumen mendapat ruang. F6 memberikannya ke rubrik.</translation>
    </message>
    <message>
        <source>Read the document (F6)</source>
        <translation>Baca dokumen (F6)</translation>
    </message>
    <message>
        <source>Scoring layout: the rubric has the room. F6 gives it to the document.</source>
        <translation>Tata letak menilai: rubrik mendapat ruang. F6 memberikannya ke dokumen.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Workspace</source>
        <translation>Ruang kerja</translation>
    </message>
    <message>
        <source>JudgeApp stopped unexpectedly last time. Nothing saved was lost. The error log is at: %1</source>
        <translation>JudgeApp berhenti tak terduga pada sesi sebelumnya. Tidak ada yang tersimpan yang hilang. Log kesalahan ada di: %1</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Buka ruang kerja</translation>
    </message>
    <message>
        <source>Judge bundle</source>
        <translation>Bundel juri</translation>
    </message>
    <message>
        <source>Open a judge bundle</source>
        <translation>Buka bundel juri</translation>
    </message>
    <message>
        <source>Judge bundle (*.zip *.judge);;All files (*)</source>
        <translation>Bundel juri (*.zip *.judge);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Choose an empty folder for your judge workspace</source>
        <translation>Pilih folder kosong untuk ruang kerja juri Anda</translation>
    </message>
    <message>
        <source>Signed score file</source>
        <translation>Berkas nilai bertanda tangan</translation>
    </message>
    <message>
        <source>Only a judge&apos;s workspace (opened from a judge bundle) exports a signed score file.</source>
        <translation>Hanya ruang kerja juri (dibuka dari bundel juri) yang dapat mengekspor berkas nilai bertanda tangan.</translation>
    </message>
    <message>
        <source>Folder for the signed score file (e.g. a USB stick)</source>
        <translation>Folder untuk berkas nilai bertanda tangan (mis. diska USB)</translation>
    </message>
    <message>
        <source>Signed score file written: %1</source>
        <translation>Berkas nilai bertanda tangan ditulis: %1</translation>
    </message>
    <message>
        <source>The signed score file was written:
%1

%2 sheets, signed with the key %3. Hand this file to the secretariat.</source>
        <translation>Berkas nilai bertanda tangan sudah ditulis:
%1

%2 lembar, ditandatangani dengan kunci %3. Serahkan berkas ini kepada sekretariat.</translation>
    </message>
    <message>
        <source>My signing key</source>
        <translation>Kunci tanda tangan saya</translation>
    </message>
    <message>
        <source>This is not a judge&apos;s workspace: it has no signing key.</source>
        <translation>Ini bukan ruang kerja juri: tidak ada kunci tanda tangan.</translation>
    </message>
    <message>
        <source>Fingerprint of the key that signs your score files — read it out to the secretariat when they register you:</source>
        <translation>Sidik kunci yang menandatangani berkas nilai Anda — bacakan kepada sekretariat saat mereka mendaftarkan Anda:</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Wawancara</translation>
    </message>
    <message>
        <source>Conflict of interest</source>
        <translation>Konflik kepentingan</translation>
    </message>
    <message>
        <source>State why you cannot judge this region. It is then locked for you and the secretariat is told.</source>
        <translation>Sebutkan alasan Anda tidak dapat menilai daerah ini. Daerah ini lalu dikunci untuk Anda dan sekretariat diberi tahu.</translation>
    </message>
    <message>
        <source>This workspace holds no event yet.</source>
        <translation>Ruang kerja ini belum berisi acara.</translation>
    </message>
    <message>
        <source>New event… (Ctrl+N)</source>
        <translation>Acara baru… (Ctrl+N)</translation>
    </message>
    <message>
        <source>Preparing the demo workspace in %1 … (about ten seconds)</source>
        <translation>Menyiapkan ruang kerja demo di %1 … (sekitar sepuluh detik)</translation>
    </message>
    <message>
        <source>Demo workspace %1 — sample data, not real results.</source>
        <translation>Ruang kerja demo %1 — data contoh, bukan hasil sungguhan.</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Opening the workspace…</source>
        <translation>Membuka ruang kerja…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Buka ruang kerja…</translation>
    </message>
    <message>
        <source>Open judge &amp;bundle…</source>
        <translation>Buka &amp;bundel juri…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <source>&amp;Judge</source>
        <translation>&amp;Juri</translation>
    </message>
    <message>
        <source>&amp;Secretariat</source>
        <translation>&amp;Sekretariat</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Ba&amp;hasa</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ba&amp;ntuan</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Pintasan papan ketik</translation>
    </message>
    <message>
        <source>&amp;Export signed score file…</source>
        <translation>&amp;Ekspor berkas nilai bertanda tangan…</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>&amp;Acara baru…</translation>
    </message>
    <message>
        <source>E&amp;dit event…</source>
        <translation>U&amp;bah acara…</translation>
    </message>
    <message>
        <source>My &amp;signing key…</source>
        <translation>&amp;Kunci tanda tangan saya…</translation>
    </message>
</context>
<context>
    <name>MissingDialog</name>
    <message>
        <source>Cannot finalise yet</source>
        <translation>Belum bisa difinalkan</translation>
    </message>
    <message>
        <source>%1 entries are still missing. Press Enter on one to go to it.</source>
        <translation>%1 isian masih kosong. Tekan Enter pada salah satunya untuk menujunya.</translation>
    </message>
    <message>
        <source>Missing entries</source>
        <translation>Isian yang kosong</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>PhaseTimer</name>
    <message>
        <source>No timer in this form</source>
        <translation>Formulir ini tanpa pengatur waktu</translation>
    </message>
    <message>
        <source>Time left in %1: %2</source>
        <translation>Sisa waktu %1: %2</translation>
    </message>
    <message>
        <source>Pause (F5)</source>
        <translation>Jeda (F5)</translation>
    </message>
    <message>
        <source>Start (F5)</source>
        <translation>Mulai (F5)</translation>
    </message>
    <message>
        <source>Next phase (Shift+F5)</source>
        <translation>Fase berikutnya (Shift+F5)</translation>
    </message>
    <message>
        <source>Start or pause the timer</source>
        <translation>Mulai atau jeda pengatur waktu</translation>
    </message>
    <message>
        <source>Next phase</source>
        <translation>Fase berikutnya</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>RegionView</name>
    <message>
        <source>◀ Regions (Alt+Left)</source>
        <translation>◀ Daerah (Alt+Kiri)</translation>
    </message>
    <message>
        <source>Start the interview (Ctrl+I)</source>
        <translation>Mulai wawancara (Ctrl+I)</translation>
    </message>
    <message>
        <source>Declare a conflict of interest…</source>
        <translation>Nyatakan konflik kepentingan…</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Angka kunci</translation>
    </message>
    <message>
        <source>Innovations</source>
        <translation>Inovasi</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>Catatan saya</translation>
    </message>
    <message>
        <source>The package lists no key figures.</source>
        <translation>Paket ini tidak memuat angka kunci.</translation>
    </message>
    <message>
        <source>My earlier notes</source>
        <translation>Catatan saya sebelumnya</translation>
    </message>
</context>
<context>
    <name>RegionsModel</name>
    <message>
        <source>Schedule</source>
        <translation>Jadwal</translation>
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
        <source>Progress</source>
        <translation>Kemajuan</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Belum dimulai</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Berjalan</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>Conflict of interest</source>
        <translation>Konflik kepentingan</translation>
    </message>
</context>
<context>
    <name>RubricModel</name>
    <message>
        <source>Aspect / indicator</source>
        <translation>Aspek / indikator</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Nilai</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Pintasan papan ketik</translation>
    </message>
    <message>
        <source>type a score</source>
        <translation>ketik nilai</translation>
    </message>
    <message>
        <source>save the score and go to the next item</source>
        <translation>simpan nilai dan lanjut ke butir berikutnya</translation>
    </message>
    <message>
        <source>save and go back one item</source>
        <translation>simpan dan mundur satu butir</translation>
    </message>
    <message>
        <source>undo what was typed in the box</source>
        <translation>batalkan ketikan di kotak</translation>
    </message>
    <message>
        <source>next indicator</source>
        <translation>indikator berikutnya</translation>
    </message>
    <message>
        <source>previous indicator</source>
        <translation>indikator sebelumnya</translation>
    </message>
    <message>
        <source>go to the next missing entry</source>
        <translation>ke isian kosong berikutnya</translation>
    </message>
    <message>
        <source>go to the rubric tree</source>
        <translation>ke pohon rubrik</translation>
    </message>
    <message>
        <source>search in the document</source>
        <translation>cari dalam dokumen</translation>
    </message>
    <message>
        <source>link the page shown as evidence</source>
        <translation>tautkan halaman yang tampil sebagai bukti</translation>
    </message>
    <message>
        <source>start or pause the timer / next phase</source>
        <translation>mulai atau jeda pengatur waktu / fase berikutnya</translation>
    </message>
    <message>
        <source>finalise and sign</source>
        <translation>finalkan dan tanda tangani</translation>
    </message>
    <message>
        <source>start the interview of the selected region</source>
        <translation>mulai wawancara daerah yang dipilih</translation>
    </message>
    <message>
        <source>back to the region list</source>
        <translation>kembali ke daftar daerah</translation>
    </message>
    <message>
        <source>judge view / secretariat view</source>
        <translation>tampilan juri / tampilan sekretariat</translation>
    </message>
    <message>
        <source>open a workspace</source>
        <translation>buka ruang kerja</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>reading layout (the document has the room) ⇄ scoring layout</source>
        <translation>tata letak membaca (dokumen mendapat ruang) ⇄ tata letak menilai</translation>
    </message>
</context>
</TS>
