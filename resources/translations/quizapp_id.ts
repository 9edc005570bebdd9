<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../quizapp/ui/help.py" line="143"/>
        <source>About ASEAN Quiz</source>
        <translation>Tentang Kuis ASEAN</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/help.py" line="144"/>
        <source>ASEAN Quiz %1</source>
        <translation>Kuis ASEAN %1</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/help.py" line="148"/>
        <source>An offline quiz and flashcard app about how ASEAN is built. Free software under the MIT licence. Your answers stay on this computer.</source>
        <translation>Aplikasi kuis dan kartu hafalan luring tentang bagaimana ASEAN dibangun. Perangkat lunak bebas dengan lisensi MIT. Jawaban Anda tetap di komputer ini.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/help.py" line="153"/>
        <source>Software included and its licences</source>
        <translation>Perangkat lunak yang disertakan dan lisensinya</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/help.py" line="155"/>
        <source>Included software</source>
        <translation>Perangkat lunak yang disertakan</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/help.py" line="155"/>
        <source>Licence</source>
        <translation>Lisensi</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/help.py" line="164"/>
        <source>Included software:</source>
        <translation>Perangkat lunak yang disertakan:</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/help.py" line="166"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../quizapp/ui/backups.py" line="54"/>
        <location filename="../../quizapp/ui/backups.py" line="112"/>
        <source>Restore a backup</source>
        <translation>Pulihkan cadangan</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/backups.py" line="58"/>
        <source>quizapp backs up all the data (every learner&apos;s progress and every set) when it closes, every half hour of study, and before anything that deletes. Restoring a backup replaces the data now; the data now is backed up first, so a restore can be undone.</source>
        <translation>quizapp mencadangkan semua data (kemajuan setiap pelajar dan setiap set) saat aplikasi ditutup, setiap setengah jam belajar, dan sebelum apa pun yang menghapus. Memulihkan cadangan menggantikan data saat ini; data saat ini dicadangkan lebih dulu, sehingga pemulihan dapat dibatalkan.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/backups.py" line="67"/>
        <source>Taken</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/backups.py" line="67"/>
        <source>Why</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/backups.py" line="67"/>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/backups.py" line="68"/>
        <source>Backups</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/backups.py" line="71"/>
        <source>Restore…</source>
        <translation>Pulihkan…</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/backups.py" line="94"/>
        <source>No backups yet.</source>
        <translation>Belum ada cadangan.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/backups.py" line="114"/>
        <source>Replace all the data now with the backup taken %1? The data now is backed up first, so this can be undone.</source>
        <translation>Ganti semua data saat ini dengan cadangan yang dibuat %1? Data saat ini dicadangkan lebih dulu, sehingga langkah ini dapat dibatalkan.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/backups.py" line="119"/>
        <source>Restore</source>
        <translation>Pulihkan</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/backups.py" line="120"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/backups.py" line="74"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>ChoiceInput</name>
    <message>
        <location filename="../../quizapp/ui/answer_inputs.py" line="207"/>
        <source>Pick an option: click it or press its number.</source>
        <translation>Pilih satu jawaban: klik atau tekan nomornya.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/answer_inputs.py" line="239"/>
        <source>your answer so far</source>
        <translation>jawaban Anda sejauh ini</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/answer_inputs.py" line="248"/>
        <source>your pick, right</source>
        <translation>pilihan Anda, tepat</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/answer_inputs.py" line="250"/>
        <source>your pick, wrong</source>
        <translation>pilihan Anda, keliru</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/answer_inputs.py" line="252"/>
        <source>the right answer</source>
        <translation>jawaban yang tepat</translation>
    </message>
</context>
<context>
    <name>ClassReportDialog</name>
    <message>
        <location filename="../../quizapp/ui/classreport.py" line="46"/>
        <location filename="../../quizapp/ui/classreport.py" line="289"/>
        <source>Class report</source>
        <translation>Laporan kelas</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/classreport.py" line="51"/>
        <source>Learners save their progress with Reports → Export my progress… and bring the file (USB stick or shared folder). Put the files in one folder and choose it.</source>
        <translation>Pelajar menyimpan kemajuannya lewat Laporan → Ekspor kemajuan saya… lalu membawa berkasnya (flashdisk USB atau folder bersama). Kumpulkan berkas-berkas itu dalam satu folder, lalu pilih folder tersebut.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/classreport.py" line="56"/>
        <source>Choose &amp;folder…</source>
        <translation>Pilih &amp;folder…</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/classreport.py" line="61"/>
        <source>Progress per learner, set and topic</source>
        <translation>Kemajuan per pelajar, set, dan topik</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/classreport.py" line="64"/>
        <source>Learner / set and topic</source>
        <translation>Pelajar / set dan topik</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/classreport.py" line="65"/>
        <source>Questions</source>
        <translation>Soal</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/classreport.py" line="66"/>
        <source>Seen</source>
        <translation>Sudah dilihat</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/classreport.py" line="67"/>
        <location filename="../../quizapp/ui/classreport.py" line="190"/>
        <source>Mastered</source>
        <translation>Dikuasai</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/classreport.py" line="68"/>
        <source>Retention (30 days)</source>
        <translation>Daya ingat (30 hari)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/classreport.py" line="69"/>
        <source>Time (min)</source>
        <translation>Waktu (menit)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/classreport.py" line="76"/>
        <source>Files left out</source>
        <translation>Berkas yang dilewati</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/classreport.py" line="79"/>
        <source>&amp;Save as CSV…</source>
        <translation>&amp;Simpan sebagai CSV…</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/classreport.py" line="82"/>
        <source>Save as &amp;HTML…</source>
        <translation>Simpan sebagai &amp;HTML…</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/classreport.py" line="102"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/classreport.py" line="118"/>
        <source>Files left out:</source>
        <translation>Berkas yang dilewati:</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/classreport.py" line="125"/>
        <source>Folder of progress files</source>
        <translation>Folder berkas kemajuan</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/classreport.py" line="164"/>
        <source>%1 (exported %2)</source>
        <translation>%1 (diekspor %2)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/classreport.py" line="175"/>
        <location filename="../../quizapp/ui/classreport.py" line="193"/>
        <source>(no topic)</source>
        <translation>(tanpa topik)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/classreport.py" line="179"/>
        <source>None.</source>
        <translation>Tidak ada.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/classreport.py" line="181"/>
        <source>Learners: %1</source>
        <translation>Pelajar: %1</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/classreport.py" line="191"/>
        <source>Seen, not mastered</source>
        <translation>Sudah dilihat, belum dikuasai</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/classreport.py" line="192"/>
        <source>Not seen</source>
        <translation>Belum dilihat</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/classreport.py" line="194"/>
        <source>Mastery per topic across the class</source>
        <translation>Penguasaan per topik di seluruh kelas</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/classreport.py" line="196"/>
        <source>Each bar is a topic: the share of its questions the learners have mastered, added over all learners. The weakest topics come first.</source>
        <translation>Setiap batang adalah satu topik: bagian soalnya yang sudah dikuasai para pelajar, dijumlahkan untuk semua pelajar. Topik terlemah ada di atas.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/classreport.py" line="199"/>
        <source>Learners and topics</source>
        <translation>Pelajar dan topik</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/classreport.py" line="201"/>
        <source>Each cell is one learner&apos;s share mastered in one topic: the stronger its green, the more mastered; – means the learner has no questions there.</source>
        <translation>Setiap sel adalah bagian yang dikuasai satu pelajar dalam satu topik: makin pekat hijaunya, makin dikuasai; – berarti pelajar itu tidak punya soal di sana.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/classreport.py" line="204"/>
        <source>%1: %2 of %3 questions mastered by the class</source>
        <translation>%1: %2 dari %3 soal dikuasai kelas</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/classreport.py" line="205"/>
        <source>%1, %2: %3 of %4 mastered</source>
        <translation>%1, %2: %3 dari %4 dikuasai</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/classreport.py" line="256"/>
        <source>Save the class report</source>
        <translation>Simpan laporan kelas</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/classreport.py" line="258"/>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/classreport.py" line="267"/>
        <source>Save the class report as HTML</source>
        <translation>Simpan laporan kelas sebagai HTML</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/classreport.py" line="269"/>
        <source>HTML files (*.html)</source>
        <translation>Berkas HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/classreport.py" line="322"/>
        <source>Cannot write %1: %2</source>
        <translation>Tidak dapat menulis %1: %2</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/classreport.py" line="304"/>
        <location filename="../../quizapp/ui/classreport.py" line="327"/>
        <source>Saved to %1.</source>
        <translation>Tersimpan di %1.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/classreport.py" line="142"/>
        <source>Reading the progress files…</source>
        <translation>Membaca berkas-berkas kemajuan…</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/classreport.py" line="85"/>
        <source>Save as &amp;PDF…</source>
        <translation>Simpan sebagai &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/classreport.py" line="278"/>
        <source>Save the class report as PDF</source>
        <translation>Simpan laporan kelas sebagai PDF</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/classreport.py" line="280"/>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/classreport.py" line="298"/>
        <source>Writing the PDF…</source>
        <translation>Menulis PDF…</translation>
    </message>
</context>
<context>
    <name>ClozeInput</name>
    <message>
        <location filename="../../quizapp/ui/answer_inputs.py" line="427"/>
        <source>Gap %1</source>
        <translation>Rumpang %1</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/answer_inputs.py" line="453"/>
        <source>Fill in the gaps, then press Enter.</source>
        <translation>Isi bagian yang kosong, lalu tekan Enter.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/answer_inputs.py" line="486"/>
        <source>right</source>
        <translation>tepat</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/answer_inputs.py" line="488"/>
        <source>wrong: %1</source>
        <translation>keliru: %1</translation>
    </message>
</context>
<context>
    <name>ExamNavigator</name>
    <message>
        <location filename="../../quizapp/ui/exam_nav.py" line="26"/>
        <source>◀ Previous (PgUp)</source>
        <translation>◀ Sebelumnya (PgUp)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/exam_nav.py" line="27"/>
        <source>Previous question</source>
        <translation>Soal sebelumnya</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/exam_nav.py" line="28"/>
        <source>Next ▶ (PgDn)</source>
        <translation>Berikutnya ▶ (PgDn)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/exam_nav.py" line="29"/>
        <source>Next question</source>
        <translation>Soal berikutnya</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/exam_nav.py" line="66"/>
        <source>answered</source>
        <translation>sudah dijawab</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/exam_nav.py" line="66"/>
        <source>not answered</source>
        <translation>belum dijawab</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/exam_nav.py" line="68"/>
        <source>flagged</source>
        <translation>ditandai</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/exam_nav.py" line="70"/>
        <source>Question %1: %2</source>
        <translation>Soal %1: %2</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/exam_nav.py" line="79"/>
        <source>Unflag (Ctrl+F)</source>
        <translation>Hapus tanda (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/exam_nav.py" line="79"/>
        <source>⚑ Flag for later (Ctrl+F)</source>
        <translation>⚑ Tandai untuk nanti (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>ExamResultPage</name>
    <message>
        <location filename="../../quizapp/ui/exam_result.py" line="41"/>
        <source>Score per topic</source>
        <translation>Nilai per topik</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/exam_result.py" line="41"/>
        <source>Topic</source>
        <translation>Topik</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/exam_result.py" line="41"/>
        <location filename="../../quizapp/ui/exam_result.py" line="110"/>
        <source>Right</source>
        <translation>Benar</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/exam_result.py" line="41"/>
        <source>Questions</source>
        <translation>Soal</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/exam_result.py" line="80"/>
        <source>Exam score: %1%</source>
        <translation>Nilai ujian: %1%</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/exam_result.py" line="83"/>
        <source>%1 of %2 questions answered.</source>
        <translation>%1 dari %2 soal dijawab.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/exam_result.py" line="88"/>
        <source>Time ran out.</source>
        <translation>Waktu habis.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/exam_result.py" line="127"/>
        <source>Your answer: %1</source>
        <translation>Jawaban Anda: %1</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/exam_result.py" line="132"/>
        <source>Right answer: %1</source>
        <translation>Jawaban yang benar: %1</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/exam_result.py" line="46"/>
        <source>Every question, with your answer and the right one:</source>
        <translation>Setiap soal, dengan jawaban Anda dan kunci jawabannya:</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/exam_result.py" line="61"/>
        <source>&amp;Done (Esc)</source>
        <translation>Kem&amp;bali ke beranda (Esc)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/exam_result.py" line="108"/>
        <source>Not answered</source>
        <translation>Tidak dijawab</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/exam_result.py" line="112"/>
        <source>Wrong</source>
        <translation>Keliru</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../quizapp/ui/home.py" line="149"/>
        <source>ASEAN Quiz</source>
        <translation>Kuis ASEAN</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/home.py" line="155"/>
        <source>Learn how ASEAN is built: the Charter, the Secretariat in Jakarta, and Indonesia&apos;s National Secretariat.</source>
        <translation>Pelajari bagaimana ASEAN dibangun: Piagam ASEAN, Sekretariat ASEAN di Jakarta, dan Sekretariat Nasional ASEAN-Indonesia.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/home.py" line="161"/>
        <source>Learner profile</source>
        <translation>Profil pelajar</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/home.py" line="163"/>
        <source>&amp;New profile…</source>
        <translation>Profil bar&amp;u…</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/home.py" line="173"/>
        <source>&amp;Learner:</source>
        <translation>&amp;Pelajar:</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/home.py" line="165"/>
        <source>Rena&amp;me…</source>
        <translation>Ganti na&amp;ma…</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/home.py" line="167"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Hapus…</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/home.py" line="168"/>
        <source>Delete this learner and their progress</source>
        <translation>Hapus pelajar ini beserta kemajuannya</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/home.py" line="205"/>
        <source>&amp;Progress</source>
        <translation>&amp;Kemajuan</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/home.py" line="207"/>
        <source>Se&amp;ttings…</source>
        <translation>Pe&amp;ngaturan…</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/home.py" line="209"/>
        <source>Pr&amp;actice…</source>
        <translation>&amp;Latihan…</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/home.py" line="211"/>
        <source>Study any sets or topics without changing your schedule</source>
        <translation>Belajar set atau topik apa pun tanpa mengubah jadwal Anda</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/home.py" line="214"/>
        <source>&amp;Exam…</source>
        <translation>U&amp;jian…</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/home.py" line="215"/>
        <source>A timed test with a score at the end</source>
        <translation>Tes berwaktu dengan nilai di akhir</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/home.py" line="311"/>
        <source>New profile</source>
        <translation>Profil baru</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/home.py" line="312"/>
        <source>Name of the new learner:</source>
        <translation>Nama pelajar baru:</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/home.py" line="313"/>
        <source>Create</source>
        <translation>Buat</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/home.py" line="314"/>
        <location filename="../../quizapp/ui/home.py" line="325"/>
        <location filename="../../quizapp/ui/home.py" line="339"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/home.py" line="321"/>
        <source>Rename profile</source>
        <translation>Ganti nama profil</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/home.py" line="322"/>
        <source>New name of the learner:</source>
        <translation>Nama baru pelajar:</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/home.py" line="324"/>
        <source>Rename</source>
        <translation>Ganti nama</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/home.py" line="333"/>
        <source>Delete profile</source>
        <translation>Hapus profil</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/home.py" line="335"/>
        <source>Delete the learner &apos;%1&apos; and all of their progress? Other learners keep theirs. This cannot be undone.</source>
        <translation>Hapus pelajar &apos;%1&apos; beserta seluruh kemajuannya? Kemajuan pelajar lain tetap tersimpan. Tindakan ini tidak dapat dibatalkan.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/home.py" line="338"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/home.py" line="169"/>
        <source>Delete this learner</source>
        <translation>Hapus pelajar ini</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/home.py" line="187"/>
        <source>Today&apos;s goal</source>
        <translation>Target hari ini</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/home.py" line="262"/>
        <source>Today: %1 questions to study</source>
        <translation>Hari ini: %1 soal untuk dipelajari</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/home.py" line="264"/>
        <source>All done for today. Well done!</source>
        <translation>Semua selesai untuk hari ini. Bagus sekali!</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/home.py" line="270"/>
        <source>%1 of %2 answers done today</source>
        <translation>%1 dari %2 jawaban selesai hari ini</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/home.py" line="276"/>
        <source>%1 due · %2 new · %3 answers done today · Days in a row: %4 · Up to %5 new questions a day</source>
        <translation>%1 diulang · %2 baru · %3 jawaban hari ini · Hari berturut-turut: %4 · Paling banyak %5 soal baru per hari</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/home.py" line="286"/>
        <source>&amp;Study %1 questions</source>
        <translation>&amp;Belajar %1 soal</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/home.py" line="288"/>
        <source>&amp;Study: nothing due</source>
        <translation>&amp;Belajar: tidak ada yang perlu diulang</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="60"/>
        <source>Import questions</source>
        <translation>Impor soal</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="65"/>
        <source>Files to import</source>
        <translation>Berkas yang akan diimpor</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="67"/>
        <source>Add files…</source>
        <translation>Tambah berkas…</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="69"/>
        <source>Clear</source>
        <translation>Kosongkan</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="77"/>
        <source>one set per file, named after it</source>
        <translation>satu set per berkas, dinamai sesuai berkasnya</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="79"/>
        <source>Tell from each file</source>
        <translation>Kenali dari tiap berkas</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="84"/>
        <source>Import nothing until every question is right</source>
        <translation>Jangan impor apa pun sampai semua soal benar</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="85"/>
        <source>Import the valid questions and list the others</source>
        <translation>Impor soal yang valid dan daftar sisanya</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="86"/>
        <source>Import as a copy (a new set with new ids)</source>
        <translation>Impor sebagai salinan (set baru dengan id baru)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="88"/>
        <source>Into the set:</source>
        <translation>Ke dalam set:</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="89"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="90"/>
        <source>If a question has a problem:</source>
        <translation>Jika sebuah soal bermasalah:</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="94"/>
        <source>Columns</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="95"/>
        <source>The first row names the columns</source>
        <translation>Baris pertama berisi nama kolom</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="97"/>
        <source>Columns of the first file</source>
        <translation>Kolom berkas pertama</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="102"/>
        <source>Choose what each column holds; the choice is kept for such files.</source>
        <translation>Pilih isi setiap kolom; pilihan ini diingat untuk berkas seperti ini.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="108"/>
        <source>Preview</source>
        <translation>Pratinjau</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="116"/>
        <source>Preview of the import</source>
        <translation>Pratinjau impor</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="119"/>
        <source>Line</source>
        <translation>Baris</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="120"/>
        <location filename="../../quizapp/ui/importer.py" line="244"/>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="121"/>
        <location filename="../../quizapp/ui/importer.py" line="239"/>
        <source>Question</source>
        <translation>Soal</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="122"/>
        <location filename="../../quizapp/ui/importer.py" line="240"/>
        <source>Answer</source>
        <translation>Jawaban</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="138"/>
        <source>Import report</source>
        <translation>Laporan impor</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="443"/>
        <source>no set</source>
        <translation>tidak ada set</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="447"/>
        <source>Imported into %1: %2 added, %3 updated, %4 unchanged, %5 skipped, %6 image(s).</source>
        <translation>Diimpor ke %1: %2 ditambahkan, %3 diperbarui, %4 tidak berubah, %5 dilewati, %6 gambar.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="456"/>
        <source>%1: read as %2</source>
        <translation>%1: dibaca sebagai %2</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="461"/>
        <source>Skipped:</source>
        <translation>Dilewati:</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="463"/>
        <source>Imported with a loss:</source>
        <translation>Diimpor dengan yang hilang:</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="123"/>
        <location filename="../../quizapp/ui/importer.py" line="150"/>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="142"/>
        <source>CSV, TSV and spreadsheets, Moodle XML and GIFT, Aiken, Anki packages and text exports, and quizapp&apos;s own YAML files. Preview shows what would change before anything is written; importing a file again keeps learners&apos; progress.</source>
        <translation>CSV, TSV dan lembar kerja, Moodle XML dan GIFT, Aiken, paket Anki dan ekspor teksnya, serta berkas YAML milik quizapp. Pratinjau menunjukkan apa yang akan berubah sebelum apa pun ditulis; mengimpor berkas lagi mempertahankan kemajuan pelajar.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="157"/>
        <source>Files:</source>
        <translation>Berkas:</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="184"/>
        <source>Choose question files</source>
        <translation>Pilih berkas soal</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="191"/>
        <source>Question files (%1)</source>
        <translation>Berkas soal (%1)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="193"/>
        <source>All files (*)</source>
        <translation>Semua berkas (*)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="216"/>
        <source>Columns of %1</source>
        <translation>Kolom %1</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="235"/>
        <source>What this column holds</source>
        <translation>Isi kolom ini</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="237"/>
        <source>(choose)</source>
        <translation>(pilih)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="238"/>
        <source>(skip)</source>
        <translation>(lewati)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="241"/>
        <source>One option</source>
        <translation>Satu pilihan</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="242"/>
        <source>Options (a|b|c)</source>
        <translation>Pilihan (a|b|c)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="243"/>
        <source>Explanation</source>
        <translation>Penjelasan</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="245"/>
        <source>Topic</source>
        <translation>Topik</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="246"/>
        <source>Difficulty</source>
        <translation>Tingkat kesulitan</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="247"/>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="248"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="249"/>
        <source>Other accepted answers</source>
        <translation>Jawaban lain yang diterima</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="250"/>
        <source>Tolerance</source>
        <translation>Toleransi</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="315"/>
        <location filename="../../quizapp/ui/importer.py" line="391"/>
        <source>Add the files to import first.</source>
        <translation>Tambahkan dulu berkas yang akan diimpor.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="297"/>
        <location filename="../../quizapp/ui/importer.py" line="437"/>
        <source>Nothing was imported.</source>
        <translation>Tidak ada yang diimpor.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="303"/>
        <source>Nothing was imported: problems to fix first: %1</source>
        <translation>Tidak ada yang diimpor: masalah yang harus diperbaiki dulu: %1</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="340"/>
        <source>new</source>
        <translation>baru</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="341"/>
        <source>replaces</source>
        <translation>mengganti</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="342"/>
        <source>unchanged</source>
        <translation>tidak berubah</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="359"/>
        <source>skipped</source>
        <translation>dilewati</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="368"/>
        <source>%1 new, %2 replaced, %3 unchanged, %4 skipped; nothing is written yet.</source>
        <translation>%1 baru, %2 diganti, %3 tidak berubah, %4 dilewati; belum ada yang ditulis.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="376"/>
        <source>Read as %1.</source>
        <translation>Dibaca sebagai %1.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="378"/>
        <source>Preview ready.</source>
        <translation>Pratinjau siap.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="426"/>
        <source>Replace questions?</source>
        <translation>Ganti soal?</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="428"/>
        <source>Another file put questions into this set, and this file would replace some of them (%1). Replace them? Choose No and tick &apos;Import as a copy&apos; to keep both.</source>
        <translation>Berkas lain sudah memasukkan soal ke set ini, dan berkas ini akan mengganti sebagian (%1). Ganti? Pilih Tidak lalu centang &apos;Impor sebagai salinan&apos; untuk menyimpan keduanya.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="414"/>
        <source>Done.</source>
        <translation>Selesai.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="300"/>
        <source>Cannot import</source>
        <translation>Tidak dapat mengimpor</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../quizapp/ui/main_window.py" line="471"/>
        <source>Your own memory model now schedules your reviews: see Settings.</source>
        <translation>Model ingatan Anda sendiri kini mengatur ulangan Anda: lihat Pengaturan.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/main_window.py" line="237"/>
        <location filename="../../quizapp/ui/main_window.py" line="556"/>
        <location filename="../../quizapp/ui/main_window.py" line="573"/>
        <source>No backup was taken</source>
        <translation>Cadangan tidak dibuat</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/main_window.py" line="95"/>
        <source>ASEAN Quiz</source>
        <translation>Kuis ASEAN</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/main_window.py" line="158"/>
        <source>&amp;Questions</source>
        <translation>S&amp;oal</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/main_window.py" line="159"/>
        <source>&amp;Import…</source>
        <translation>&amp;Impor…</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/main_window.py" line="160"/>
        <source>&amp;Sets…</source>
        <translation>S&amp;et…</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/main_window.py" line="161"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Jelajahi…</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/main_window.py" line="163"/>
        <source>&amp;Reports</source>
        <translation>Lapo&amp;ran</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/main_window.py" line="164"/>
        <source>&amp;Export my progress…</source>
        <translation>&amp;Ekspor kemajuan saya…</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/main_window.py" line="165"/>
        <source>&amp;Class report…</source>
        <translation>Laporan &amp;kelas…</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/main_window.py" line="366"/>
        <source>Export my progress</source>
        <translation>Ekspor kemajuan saya</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/main_window.py" line="368"/>
        <source>Progress files (*.json)</source>
        <translation>Berkas kemajuan (*.json)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/main_window.py" line="382"/>
        <source>Cannot export the progress</source>
        <translation>Kemajuan tidak dapat diekspor</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/main_window.py" line="388"/>
        <source>Saved your progress to %1; give this file to your teacher.</source>
        <translation>Kemajuan Anda tersimpan di %1; serahkan berkas ini kepada guru Anda.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/main_window.py" line="203"/>
        <location filename="../../quizapp/ui/main_window.py" line="490"/>
        <source>Cannot rename the profile</source>
        <translation>Nama profil tidak dapat diganti</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/main_window.py" line="381"/>
        <source>Exporting your progress…</source>
        <translation>Mengekspor kemajuan Anda…</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/main_window.py" line="481"/>
        <location filename="../../quizapp/ui/main_window.py" line="512"/>
        <source>Cannot open the profile</source>
        <translation>Tidak dapat membuka profil</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/main_window.py" line="499"/>
        <source>Cannot delete the profile</source>
        <translation>Tidak dapat menghapus profil</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/main_window.py" line="505"/>
        <source>This learner no longer exists</source>
        <translation>Pelajar ini sudah tidak ada</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/main_window.py" line="531"/>
        <source>Your settings were not saved</source>
        <translation>Pengaturan Anda tidak tersimpan</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/main_window.py" line="170"/>
        <source>&amp;Help</source>
        <translation>Ban&amp;tuan</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/main_window.py" line="171"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Pintasan papan ketik</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/main_window.py" line="173"/>
        <source>&amp;Welcome and how it works…</source>
        <translation>&amp;Selamat datang dan cara kerjanya…</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/main_window.py" line="174"/>
        <source>&amp;About ASEAN Quiz</source>
        <translation>&amp;Tentang Kuis ASEAN</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/app.py" line="42"/>
        <location filename="../../quizapp/ui/main_window.py" line="513"/>
        <source>Learner</source>
        <translation>Pelajar</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/main_window.py" line="166"/>
        <source>Bac&amp;kups</source>
        <translation>Ca&amp;dangan</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/main_window.py" line="167"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Cadangkan sekarang</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/main_window.py" line="168"/>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Pulihkan cadangan…</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/main_window.py" line="169"/>
        <source>&amp;Check database</source>
        <translation>&amp;Periksa basis data</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/main_window.py" line="233"/>
        <source>Backed up to %1.</source>
        <translation>Dicadangkan ke %1.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/main_window.py" line="236"/>
        <source>Backing up…</source>
        <translation>Mencadangkan…</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/main_window.py" line="263"/>
        <source>Restoring the backup…</source>
        <translation>Memulihkan cadangan…</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/main_window.py" line="271"/>
        <source>Backup restored</source>
        <translation>Cadangan dipulihkan</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/main_window.py" line="272"/>
        <source>Restored the backup %1. The data it replaced is kept as the backup %2.</source>
        <translation>Cadangan %1 telah dipulihkan. Data yang digantikannya disimpan sebagai cadangan %2.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/main_window.py" line="282"/>
        <source>Cannot restore the backup</source>
        <translation>Tidak dapat memulihkan cadangan</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/main_window.py" line="292"/>
        <source>Cannot open quizapp</source>
        <translation>Tidak dapat membuka quizapp</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/main_window.py" line="313"/>
        <source>Checking the database…</source>
        <translation>Memeriksa basis data…</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/main_window.py" line="314"/>
        <source>Cannot check the database</source>
        <translation>Tidak dapat memeriksa basis data</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/main_window.py" line="321"/>
        <source>Check database</source>
        <translation>Periksa basis data</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/main_window.py" line="162"/>
        <source>&amp;Print a worksheet…</source>
        <translation>&amp;Cetak lembar soal…</translation>
    </message>
</context>
<context>
    <name>MatchingInput</name>
    <message>
        <location filename="../../quizapp/ui/answer_inputs.py" line="538"/>
        <source>Choose a match for every item, then press Enter.</source>
        <translation>Pilih pasangan untuk setiap butir, lalu tekan Enter.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/answer_inputs.py" line="563"/>
        <source>right: %1</source>
        <translation>yang tepat: %1</translation>
    </message>
</context>
<context>
    <name>ModeDialog</name>
    <message>
        <location filename="../../quizapp/ui/mode_dialog.py" line="47"/>
        <source>Practice</source>
        <translation>Latihan</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/mode_dialog.py" line="47"/>
        <source>Exam</source>
        <translation>Ujian</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/mode_dialog.py" line="50"/>
        <source>Practise any sets or topics, in any order. Your schedule and statistics stay as they are.</source>
        <translation>Berlatih dengan set atau topik apa pun, dalam urutan apa pun. Jadwal dan statistik Anda tidak berubah.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/mode_dialog.py" line="55"/>
        <source>Questions drawn at random from the sets you choose. You see your score, per topic, and your mistakes at the end.</source>
        <translation>Soal diambil secara acak dari set yang Anda pilih. Di akhir Anda melihat nilai, nilai per topik, dan kesalahan Anda.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/mode_dialog.py" line="61"/>
        <source>Question sets</source>
        <translation>Set soal</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/mode_dialog.py" line="70"/>
        <source>Topics</source>
        <translation>Topik</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/mode_dialog.py" line="82"/>
        <source>no limit</source>
        <translation>tanpa batas</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/mode_dialog.py" line="83"/>
        <source> min</source>
        <translation> menit</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/mode_dialog.py" line="106"/>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/mode_dialog.py" line="106"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/mode_dialog.py" line="74"/>
        <source>S&amp;huffle the questions</source>
        <translation>Acak &amp;urutan soal</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/mode_dialog.py" line="89"/>
        <source>&amp;Sets:</source>
        <translation>&amp;Set:</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/mode_dialog.py" line="89"/>
        <source>&amp;All sets</source>
        <translation>Semu&amp;a set</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/mode_dialog.py" line="89"/>
        <source>N&amp;o sets</source>
        <translation>&amp;Kosongkan set</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/mode_dialog.py" line="97"/>
        <source>&amp;Topics:</source>
        <translation>T&amp;opik:</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/mode_dialog.py" line="97"/>
        <source>A&amp;ll topics</source>
        <translation>Semua to&amp;pik</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/mode_dialog.py" line="97"/>
        <source>No to&amp;pics</source>
        <translation>Kosongkan top&amp;ik</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/mode_dialog.py" line="103"/>
        <source>&amp;Questions:</source>
        <translation>&amp;Jumlah soal:</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/mode_dialog.py" line="104"/>
        <source>Time &amp;limit:</source>
        <translation>&amp;Batas waktu:</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/mode_dialog.py" line="79"/>
        <source>Number of questions</source>
        <translation>Jumlah soal</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/mode_dialog.py" line="84"/>
        <source>Time limit in minutes</source>
        <translation>Batas waktu dalam menit</translation>
    </message>
</context>
<context>
    <name>MultipleInput</name>
    <message>
        <location filename="../../quizapp/ui/answer_inputs.py" line="312"/>
        <source>Tick every right option (press their numbers), then press Enter.</source>
        <translation>Centang setiap pilihan yang tepat (tekan nomornya), lalu tekan Enter.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/answer_inputs.py" line="337"/>
        <source>your pick, right</source>
        <translation>pilihan Anda, tepat</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/answer_inputs.py" line="339"/>
        <source>your pick, wrong</source>
        <translation>pilihan Anda, keliru</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/answer_inputs.py" line="341"/>
        <source>missed: this one is right too</source>
        <translation>terlewat: yang ini juga tepat</translation>
    </message>
</context>
<context>
    <name>NumberInput</name>
    <message>
        <location filename="../../quizapp/ui/answer_inputs.py" line="399"/>
        <source>Type a number</source>
        <translation>Ketik angka</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/answer_inputs.py" line="404"/>
        <source>Type a number in digits, like 1967 or 3.5.</source>
        <translation>Ketik sebuah bilangan dengan angka, misalnya 1967 atau 3,5.</translation>
    </message>
</context>
<context>
    <name>OrderingInput</name>
    <message>
        <location filename="../../quizapp/ui/answer_inputs.py" line="581"/>
        <source>Items to put in order</source>
        <translation>Butir yang harus diurutkan</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/answer_inputs.py" line="592"/>
        <source>Move up (Alt+Up)</source>
        <translation>Naikkan (Alt+Up)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/answer_inputs.py" line="594"/>
        <source>Move down (Alt+Down)</source>
        <translation>Turunkan (Alt+Down)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/answer_inputs.py" line="661"/>
        <source>belongs at %1</source>
        <translation>seharusnya di urutan %1</translation>
    </message>
</context>
<context>
    <name>PictureStrip</name>
    <message>
        <location filename="../../quizapp/ui/pictures.py" line="76"/>
        <source>Picture %1</source>
        <translation>Gambar %1</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/pictures.py" line="80"/>
        <source>[picture not available: %1]</source>
        <translation>[gambar tidak tersedia: %1]</translation>
    </message>
</context>
<context>
    <name>ProgressCharts</name>
    <message>
        <location filename="../../quizapp/ui/progress.py" line="203"/>
        <location filename="../../quizapp/ui/progress.py" line="343"/>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/progress.py" line="204"/>
        <location filename="../../quizapp/ui/progress.py" line="342"/>
        <source>Learning</source>
        <translation>Sedang dipelajari</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/progress.py" line="205"/>
        <source>Review</source>
        <translation>Ulangan</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/progress.py" line="206"/>
        <source>Relearned</source>
        <translation>Dipelajari ulang</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/progress.py" line="209"/>
        <source>%1: %2 answers (new %3, learning %4, review %5, relearned %6), %7 min</source>
        <translation>%1: %2 jawaban (baru %3, sedang dipelajari %4, ulangan %5, dipelajari ulang %6), %7 menit</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/progress.py" line="219"/>
        <source>Questions answered per day</source>
        <translation>Soal yang dijawab per hari</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/progress.py" line="229"/>
        <source>Each column is a study day: new questions, questions you are learning, reviews, and questions you forgot and relearned. In this period: %1 answers in %2 minutes.</source>
        <translation>Setiap kolom adalah satu hari belajar: soal baru, soal yang sedang kamu pelajari, ulangan, dan soal yang terlupa lalu dipelajari ulang. Dalam periode ini: %1 jawaban dalam %2 menit.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/progress.py" line="243"/>
        <source>%1: %2 due</source>
        <translation>%1: %2 jatuh tempo</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/progress.py" line="246"/>
        <source>Coming due in the next 30 days</source>
        <translation>Jatuh tempo dalam 30 hari ke depan</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/progress.py" line="250"/>
        <source>Due</source>
        <translation>Jatuh tempo</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/progress.py" line="256"/>
        <source>How many questions come back each day if you keep studying; today&apos;s column includes any you have not caught up on.</source>
        <translation>Berapa soal yang kembali setiap hari jika kamu terus belajar; kolom hari ini termasuk soal yang belum kamu kejar.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/progress.py" line="267"/>
        <source>%1: %2 answers</source>
        <translation>%1: %2 jawaban</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/progress.py" line="273"/>
        <source>Study days in the last year</source>
        <translation>Hari belajar dalam setahun terakhir</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/progress.py" line="276"/>
        <source>Each square is a day; the stronger its green, the more you answered. Days in a row: %1.</source>
        <translation>Setiap kotak adalah satu hari; makin pekat hijaunya, makin banyak yang kamu jawab. Hari berturut-turut: %1.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/progress.py" line="286"/>
        <source>Week of %1: %2 of %3 recalled (%4)</source>
        <translation>Minggu %1: %2 dari %3 diingat (%4)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/progress.py" line="292"/>
        <source>Week of %1: no reviews were due</source>
        <translation>Minggu %1: tidak ada ulangan yang jatuh tempo</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/progress.py" line="299"/>
        <source>Recalled per week</source>
        <translation>Diingat per minggu</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/progress.py" line="303"/>
        <source>Recalled</source>
        <translation>Diingat</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/progress.py" line="306"/>
        <source>Your goal (%1)</source>
        <translation>Targetmu (%1)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/progress.py" line="309"/>
        <source>Of the questions due for review each week, the share you remembered, beside the goal set in Settings. Far below the goal: review more often; far above: you may study fewer reviews.</source>
        <translation>Dari soal yang jatuh tempo untuk diulang setiap minggu, bagian yang kamu ingat, di samping target di Pengaturan. Jauh di bawah target: ulangi lebih sering; jauh di atas: ulanganmu boleh lebih sedikit.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/progress.py" line="322"/>
        <source>(no topic)</source>
        <translation>(tanpa topik)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/progress.py" line="327"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/progress.py" line="333"/>
        <source>%1: %2 mastered, %3 learning, %4 new</source>
        <translation>%1: %2 dikuasai, %3 sedang dipelajari, %4 baru</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/progress.py" line="341"/>
        <source>Mastered</source>
        <translation>Dikuasai</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/progress.py" line="347"/>
        <source>Mastery per set</source>
        <translation>Penguasaan per set</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/progress.py" line="349"/>
        <source>Mastered means you will very likely remember it for three weeks or more.</source>
        <translation>Dikuasai berarti kamu sangat mungkin masih mengingatnya tiga minggu atau lebih.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/progress.py" line="352"/>
        <source>Weakest topics</source>
        <translation>Topik terlemah</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/progress.py" line="354"/>
        <source>Topics with the smallest share mastered come first: practise these next.</source>
        <translation>Topik dengan bagian dikuasai paling kecil ada di atas: latih topik ini berikutnya.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/progress.py" line="365"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/progress.py" line="368"/>
        <source>Exam scores</source>
        <translation>Nilai ujian</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/progress.py" line="372"/>
        <source>Score</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/progress.py" line="376"/>
        <source>Your score in each exam of this period, oldest first.</source>
        <translation>Nilaimu di setiap ujian dalam periode ini, dari yang paling lama.</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <location filename="../../quizapp/ui/progress.py" line="60"/>
        <source>Progress per set</source>
        <translation>Kemajuan per set</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/progress.py" line="54"/>
        <source>Question set</source>
        <translation>Set soal</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/progress.py" line="43"/>
        <source>Sets shown</source>
        <translation>Set yang ditampilkan</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/progress.py" line="45"/>
        <source>Period shown</source>
        <translation>Periode yang ditampilkan</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/progress.py" line="47"/>
        <source>Last month</source>
        <translation>Sebulan terakhir</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/progress.py" line="48"/>
        <source>Last year</source>
        <translation>Setahun terakhir</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/progress.py" line="49"/>
        <source>All time</source>
        <translation>Sepanjang waktu</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/progress.py" line="55"/>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/progress.py" line="56"/>
        <source>Learning</source>
        <translation>Sedang dipelajari</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/progress.py" line="57"/>
        <source>Mastered</source>
        <translation>Dikuasai</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/progress.py" line="58"/>
        <source>Due today</source>
        <translation>Diulang hari ini</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/progress.py" line="67"/>
        <source>Back to sets (Esc)</source>
        <translation>Kembali ke set soal (Esc)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/progress.py" line="72"/>
        <source>&amp;Sets:</source>
        <translation>&amp;Set:</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/progress.py" line="73"/>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/progress.py" line="80"/>
        <source>Study a few questions to see your progress here: your study days, what you remember and what comes next.</source>
        <translation>Kerjakan beberapa soal untuk melihat kemajuanmu di sini: hari belajarmu, apa yang kamu ingat, dan apa yang datang berikutnya.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/progress.py" line="110"/>
        <source>Progress of %1</source>
        <translation>Kemajuan %1</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/progress.py" line="113"/>
        <source>All sets</source>
        <translation>Semua set</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/progress.py" line="123"/>
        <source>Reviews today: %1 · Days in a row: %2 · Reviews in the last 30 days: %3 · Recalled in the last 30 days: %4</source>
        <translation>Ulangan hari ini: %1 · Hari berturut-turut: %2 · Ulangan 30 hari terakhir: %3 · Diingat dalam 30 hari terakhir: %4</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/progress.py" line="134"/>
        <source>Latest exams: %1</source>
        <translation>Ujian terakhir: %1</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../quizapp/ui/i18n.py" line="14"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/i18n.py" line="15"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/i18n.py" line="16"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/i18n.py" line="17"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ya</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/i18n.py" line="18"/>
        <source>&amp;No</source>
        <translation>&amp;Tidak</translation>
    </message>
</context>
<context>
    <name>QuestionBrowser</name>
    <message>
        <location filename="../../quizapp/ui/browser.py" line="49"/>
        <source>Browse questions</source>
        <translation>Jelajahi soal</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/browser.py" line="52"/>
        <source>Search the text of every question…</source>
        <translation>Cari di teks semua soal…</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/browser.py" line="54"/>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/browser.py" line="65"/>
        <source>Questions found</source>
        <translation>Soal yang ditemukan</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/browser.py" line="68"/>
        <source>Prompt</source>
        <translation>Pertanyaan</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/browser.py" line="68"/>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/browser.py" line="68"/>
        <source>Set</source>
        <translation>Set</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/browser.py" line="68"/>
        <source>Topic</source>
        <translation>Topik</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/browser.py" line="77"/>
        <source>The chosen question</source>
        <translation>Soal yang dipilih</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/browser.py" line="80"/>
        <source>&amp;Add…</source>
        <translation>&amp;Tambah…</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/browser.py" line="81"/>
        <source>Write a new question in an imported set</source>
        <translation>Tulis soal baru di set yang diimpor</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/browser.py" line="83"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/browser.py" line="85"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Hapus…</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/browser.py" line="95"/>
        <source>Set:</source>
        <translation>Set:</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/browser.py" line="96"/>
        <source>Type:</source>
        <translation>Jenis:</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/browser.py" line="97"/>
        <source>Topic:</source>
        <translation>Topik:</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/browser.py" line="98"/>
        <source>Tag:</source>
        <translation>Tag:</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/browser.py" line="133"/>
        <source>All</source>
        <translation>Semua</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/browser.py" line="176"/>
        <source>Questions found: %1</source>
        <translation>Soal ditemukan: %1</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/browser.py" line="195"/>
        <source>Built-in questions cannot be edited</source>
        <translation>Soal bawaan tidak dapat diubah</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/browser.py" line="240"/>
        <source>Delete question</source>
        <translation>Hapus soal</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/browser.py" line="242"/>
        <source>Delete this question? It leaves study and this list; learners&apos; history of it is kept.</source>
        <translation>Hapus soal ini? Soal ini tidak lagi dipelajari dan hilang dari daftar ini; riwayat pelajar untuk soal ini tetap disimpan.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/browser.py" line="246"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/browser.py" line="247"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/browser.py" line="252"/>
        <source>Cannot delete the question</source>
        <translation>Tidak dapat menghapus soal</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/browser.py" line="265"/>
        <source>Answer: %1</source>
        <translation>Jawaban: %1</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/browser.py" line="267"/>
        <source>Why: %1</source>
        <translation>Alasan: %1</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/browser.py" line="269"/>
        <source>id %1</source>
        <translation>id %1</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/browser.py" line="270"/>
        <source>set %1</source>
        <translation>set %1</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/browser.py" line="271"/>
        <source>difficulty %1</source>
        <translation>tingkat kesulitan %1</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/browser.py" line="275"/>
        <source>tags %1</source>
        <translation>tag %1</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/browser.py" line="277"/>
        <source>source %1</source>
        <translation>sumber %1</translation>
    </message>
</context>
<context>
    <name>QuestionEditor</name>
    <message>
        <location filename="../../quizapp/ui/editor.py" line="55"/>
        <source>Edit question</source>
        <translation>Ubah soal</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/editor.py" line="55"/>
        <source>New question</source>
        <translation>Soal baru</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/editor.py" line="71"/>
        <source>True</source>
        <translation>Benar</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/editor.py" line="72"/>
        <source>False</source>
        <translation>Salah</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/editor.py" line="85"/>
        <source>separated by commas</source>
        <translation>dipisahkan dengan koma</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/editor.py" line="88"/>
        <source>Set:</source>
        <translation>Set:</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/editor.py" line="89"/>
        <source>Type:</source>
        <translation>Jenis:</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/editor.py" line="90"/>
        <source>Prompt:</source>
        <translation>Pertanyaan:</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/answer_inputs.py" line="676"/>
        <location filename="../../quizapp/ui/editor.py" line="94"/>
        <source>Answer:</source>
        <translation>Jawaban:</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/editor.py" line="91"/>
        <source>Options (one per line):</source>
        <translation>Pilihan (satu per baris):</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/editor.py" line="96"/>
        <source>Other accepted answers (one per line):</source>
        <translation>Jawaban lain yang diterima (satu per baris):</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/editor.py" line="97"/>
        <source>Tolerance (±):</source>
        <translation>Toleransi (±):</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/editor.py" line="98"/>
        <source>Pairs (one per line: left = right):</source>
        <translation>Pasangan (satu per baris: kiri = kanan):</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/editor.py" line="99"/>
        <source>Items in the right order (one per line):</source>
        <translation>Butir dalam urutan yang benar (satu per baris):</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/editor.py" line="102"/>
        <source>Topic:</source>
        <translation>Topik:</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/editor.py" line="103"/>
        <source>Difficulty (1-3):</source>
        <translation>Tingkat kesulitan (1-3):</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/editor.py" line="104"/>
        <source>Explanation:</source>
        <translation>Penjelasan:</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/editor.py" line="105"/>
        <source>Tags:</source>
        <translation>Tag:</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/editor.py" line="111"/>
        <source>Problem with the question</source>
        <translation>Masalah pada soal</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/editor.py" line="115"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/editor.py" line="117"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/answer_inputs.py" line="683"/>
        <source>Right option:</source>
        <translation>Pilihan yang benar:</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/answer_inputs.py" line="686"/>
        <source>Right options (one per line):</source>
        <translation>Pilihan yang benar (satu per baris):</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/answer_inputs.py" line="691"/>
        <source>Number:</source>
        <translation>Angka:</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/editor.py" line="200"/>
        <source>There is no imported set to add questions to.</source>
        <translation>Belum ada set impor untuk ditambahi soal.</translation>
    </message>
</context>
<context>
    <name>SetCard</name>
    <message>
        <location filename="../../quizapp/ui/home.py" line="114"/>
        <source>%1 mastered · %2 learning · %3 new · %4 due today</source>
        <translation>%1 dikuasai · %2 dipelajari · %3 baru · %4 diulang hari ini</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/home.py" line="123"/>
        <source>Study %1</source>
        <translation>Belajar %1</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/home.py" line="125"/>
        <source>Study %1: %2 questions</source>
        <translation>Belajar %1: %2 soal</translation>
    </message>
</context>
<context>
    <name>SetManagerDialog</name>
    <message>
        <location filename="../../quizapp/ui/sets.py" line="47"/>
        <location filename="../../quizapp/ui/sets.py" line="50"/>
        <source>Question sets</source>
        <translation>Set soal</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/sets.py" line="55"/>
        <source>Set (tick to study it)</source>
        <translation>Set (centang untuk mempelajarinya)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/sets.py" line="56"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/sets.py" line="57"/>
        <source>Origin</source>
        <translation>Asal</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/sets.py" line="58"/>
        <source>Questions</source>
        <translation>Soal</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/sets.py" line="66"/>
        <source>Rename…</source>
        <translation>Ganti nama…</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/sets.py" line="68"/>
        <location filename="../../quizapp/ui/sets.py" line="134"/>
        <source>Delete…</source>
        <translation>Hapus…</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/sets.py" line="97"/>
        <source>deleted, history kept</source>
        <translation>dihapus, riwayat disimpan</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/sets.py" line="117"/>
        <source>built in</source>
        <translation>bawaan</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/sets.py" line="117"/>
        <source>imported</source>
        <translation>diimpor</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/sets.py" line="134"/>
        <source>Delete history…</source>
        <translation>Hapus riwayat…</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/sets.py" line="155"/>
        <source>Rename set</source>
        <translation>Ganti nama set</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/sets.py" line="155"/>
        <source>Title:</source>
        <translation>Judul:</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/sets.py" line="202"/>
        <source>Changed to fit this format: %1</source>
        <translation>Diubah agar sesuai format ini: %1</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/sets.py" line="217"/>
        <location filename="../../quizapp/ui/sets.py" line="222"/>
        <source>Delete history</source>
        <translation>Hapus riwayat</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/sets.py" line="219"/>
        <source>Delete every learner&apos;s history of the deleted set &apos;%1&apos; for good? This cannot be undone.</source>
        <translation>Hapus untuk selamanya riwayat semua pelajar untuk set terhapus &apos;%1&apos;? Tindakan ini tidak dapat dibatalkan.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/sets.py" line="223"/>
        <location filename="../../quizapp/ui/sets.py" line="236"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/sets.py" line="227"/>
        <source>Also delete every learner&apos;s history of it (cannot be undone)</source>
        <translation>Hapus juga riwayat semua pelajar untuk set ini (tidak dapat dibatalkan)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/sets.py" line="230"/>
        <source>Delete set</source>
        <translation>Hapus set</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/sets.py" line="232"/>
        <source>Delete the set &apos;%1&apos;? Its questions leave study and the lists. Learners&apos; history of it is kept, and importing it again brings it back.</source>
        <translation>Hapus set &apos;%1&apos;? Soal-soalnya tidak lagi dipelajari dan hilang dari daftar. Riwayat pelajar untuk set ini tetap disimpan, dan mengimpornya lagi akan memulihkannya.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/sets.py" line="235"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/sets.py" line="252"/>
        <source>Deleting the set…</source>
        <translation>Menghapus set…</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/sets.py" line="70"/>
        <source>&amp;Export…</source>
        <translation>&amp;Ekspor…</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/sets.py" line="72"/>
        <source>Save the set as a file: our YAML, Moodle GIFT, CSV or Aiken</source>
        <translation>Simpan set sebagai berkas: YAML kami, Moodle GIFT, CSV atau Aiken</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/sets.py" line="172"/>
        <source>Export set</source>
        <translation>Ekspor set</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/sets.py" line="190"/>
        <source>Cannot write %1: %2</source>
        <translation>Tidak dapat menulis %1: %2</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/sets.py" line="195"/>
        <source>Saved %1 questions to %2.</source>
        <translation>%1 soal tersimpan di %2.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/sets.py" line="198"/>
        <source>Left out (this format cannot hold them): %1</source>
        <translation>Tidak disertakan (format ini tidak dapat memuatnya): %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../quizapp/ui/settings_dialog.py" line="86"/>
        <source>Fit your memory model to your answers; it is kept only if it predicts better.</source>
        <translation>Hitung model ingatan dari jawaban Anda; hanya dipakai jika menebak lebih baik.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/settings_dialog.py" line="179"/>
        <source>Fitting your memory model…</source>
        <translation>Menghitung model ingatan Anda…</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/settings_dialog.py" line="189"/>
        <source>After a year of %1 new questions a day (your memory, simulated):</source>
        <translation>Setelah setahun dengan %1 soal baru per hari (ingatan Anda, disimulasikan):</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/settings_dialog.py" line="191"/>
        <source>Retention</source>
        <translation>Daya ingat</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/settings_dialog.py" line="192"/>
        <source>Answers a day</source>
        <translation>Jawaban per hari</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/settings_dialog.py" line="193"/>
        <source>Remembered</source>
        <translation>Diingat</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/settings_dialog.py" line="120"/>
        <source>Memory model:</source>
        <translation>Model ingatan:</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/settings_dialog.py" line="208"/>
        <source>Average (the default). Yours is fitted once you have %1 answers given a day or more apart; you have %2.</source>
        <translation>Rata-rata (bawaan). Model Anda sendiri dihitung setelah ada %1 jawaban yang berjarak sehari atau lebih; Anda punya %2.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/settings_dialog.py" line="218"/>
        <source>Average (the default): the fit of %1 did not predict your newest answers better, so it was not used.</source>
        <translation>Rata-rata (bawaan): perhitungan tanggal %1 tidak lebih baik menebak jawaban terbaru Anda, jadi tidak dipakai.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/settings_dialog.py" line="223"/>
        <source>Your own, fitted %1: your memory is steadier than average, so fewer reviews: a question needs about %2 answers in its first year instead of %3.</source>
        <translation>Milik Anda, dihitung %1: ingatan Anda lebih kuat dari rata-rata, jadi ulangan lebih sedikit: satu soal perlu sekitar %2 jawaban di tahun pertamanya, bukan %3.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/settings_dialog.py" line="228"/>
        <source>Your own, fitted %1: your memory fades faster than average, so more reviews: a question needs about %2 answers in its first year instead of %3.</source>
        <translation>Milik Anda, dihitung %1: ingatan Anda lebih cepat pudar dari rata-rata, jadi ulangan lebih banyak: satu soal perlu sekitar %2 jawaban di tahun pertamanya, bukan %3.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/settings_dialog.py" line="233"/>
        <source>Your own, fitted %1: close to average; a question needs about %2 answers in its first year (average %3).</source>
        <translation>Milik Anda, dihitung %1: mendekati rata-rata; satu soal perlu sekitar %2 jawaban di tahun pertamanya (rata-rata %3).</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/settings_dialog.py" line="39"/>
        <source>Settings of %1</source>
        <translation>Pengaturan %1</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/settings_dialog.py" line="41"/>
        <location filename="../../quizapp/ui/settings_dialog.py" line="70"/>
        <source>Same as the system</source>
        <translation>Sama dengan sistem</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/settings_dialog.py" line="60"/>
        <source>Again / Hard / Good / Easy</source>
        <translation>Lagi / Sulit / Baik / Mudah</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/settings_dialog.py" line="61"/>
        <source>Fail / Pass</source>
        <translation>Gagal / Lulus</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/settings_dialog.py" line="97"/>
        <source>&amp;Language:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/settings_dialog.py" line="102"/>
        <source>&amp;New questions a day:</source>
        <translation>Soal ba&amp;ru per hari:</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/settings_dialog.py" line="107"/>
        <source>&amp;Most reviews a day:</source>
        <translation>Ulangan &amp;maksimum per hari:</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/settings_dialog.py" line="112"/>
        <source>&amp;Desired retention:</source>
        <translation>&amp;Target daya ingat:</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/settings_dialog.py" line="131"/>
        <source>&amp;Flashcard grades:</source>
        <translation>Penilaian &amp;kartu:</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/settings_dialog.py" line="136"/>
        <source>&amp;Text size:</source>
        <translation>&amp;Ukuran teks:</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/settings_dialog.py" line="145"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/settings_dialog.py" line="145"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/settings_dialog.py" line="71"/>
        <source>Light</source>
        <translation>Terang</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/settings_dialog.py" line="72"/>
        <source>Dark</source>
        <translation>Gelap</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/settings_dialog.py" line="99"/>
        <source>The language of the app and of the questions.</source>
        <translation>Bahasa aplikasi dan bahasa soal.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/settings_dialog.py" line="104"/>
        <source>How many questions you have not seen before are added each day.</source>
        <translation>Berapa soal yang belum pernah Anda lihat ditambahkan setiap hari.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/settings_dialog.py" line="109"/>
        <source>The most questions you are asked again in one day.</source>
        <translation>Paling banyak soal yang ditanyakan ulang dalam satu hari.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/settings_dialog.py" line="115"/>
        <source>How sure you want to be of remembering a question when it comes back: 0.90 means 9 times in 10. Higher asks more often.</source>
        <translation>Seberapa yakin Anda ingin masih ingat sebuah soal ketika soal itu muncul lagi: 0,90 berarti 9 dari 10 kali. Makin tinggi, makin sering ditanyakan.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/settings_dialog.py" line="126"/>
        <source>Next day &amp;starts at:</source>
        <translation>Hari baru mulai &amp;pukul:</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/settings_dialog.py" line="128"/>
        <source>The hour a new study day begins; answers late at night count for that day.</source>
        <translation>Jam dimulainya hari belajar yang baru; jawaban larut malam dihitung untuk hari itu.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/settings_dialog.py" line="133"/>
        <source>Grade flashcards with four buttons, or just Fail and Pass.</source>
        <translation>Nilai kartu hafalan dengan empat tombol, atau hanya Gagal dan Lulus.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/settings_dialog.py" line="138"/>
        <source>Make all text larger (up to 200%); screens scroll to fit.</source>
        <translation>Perbesar semua teks (sampai 200%); layar bergulir agar muat.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/settings_dialog.py" line="141"/>
        <source>L&amp;ook:</source>
        <translation>Tampi&amp;lan:</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/settings_dialog.py" line="143"/>
        <source>Light or dark colours, or follow the system.</source>
        <translation>Warna terang atau gelap, atau ikuti sistem.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/settings_dialog.py" line="84"/>
        <source>F&amp;it now</source>
        <translation>&amp;Hitung sekarang</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../quizapp/ui/help.py" line="111"/>
        <location filename="../../quizapp/ui/help.py" line="113"/>
        <source>Keyboard shortcuts</source>
        <translation>Pintasan papan ketik</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/help.py" line="115"/>
        <source>Key</source>
        <translation>Tombol</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/help.py" line="115"/>
        <source>What it does</source>
        <translation>Fungsinya</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/help.py" line="117"/>
        <source>Space</source>
        <translation>Spasi</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/help.py" line="117"/>
        <source>Show the answer; go on after feedback; press a button</source>
        <translation>Tampilkan jawaban; lanjut setelah umpan balik; tekan tombol yang terpilih</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/help.py" line="118"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/help.py" line="118"/>
        <source>Check a typed or arranged answer</source>
        <translation>Periksa jawaban yang diketik atau disusun</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/help.py" line="119"/>
        <source>Pick or tick an option</source>
        <translation>Pilih atau centang sebuah pilihan</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/help.py" line="120"/>
        <source>Rate: Again, Hard, Good, Easy</source>
        <translation>Nilai: Lagi, Sulit, Baik, Mudah</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/help.py" line="121"/>
        <source>Undo the last answer</source>
        <translation>Batalkan jawaban terakhir</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/help.py" line="122"/>
        <source>Hint</source>
        <translation>Petunjuk</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/help.py" line="123"/>
        <source>I was right (a typed answer marked wrong)</source>
        <translation>Saya benar (jawaban ketikan yang dinilai keliru)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/help.py" line="124"/>
        <source>Move an item when putting items in order</source>
        <translation>Pindahkan butir saat mengurutkan</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/help.py" line="125"/>
        <source>End the session (asks if an answer would be lost)</source>
        <translation>Akhiri sesi (bertanya dulu bila ada jawaban yang akan hilang)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/help.py" line="126"/>
        <source>This list</source>
        <translation>Daftar ini</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/help.py" line="127"/>
        <source>letter</source>
        <translation>huruf</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/help.py" line="127"/>
        <source>The button or menu with that letter underlined</source>
        <translation>Tombol atau menu yang huruf itu bergaris bawah</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/help.py" line="134"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>StudyPage</name>
    <message>
        <location filename="../../quizapp/ui/study.py" line="146"/>
        <source>I guessed (G)</source>
        <translation>Saya menebak (G)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/study.py" line="148"/>
        <source>Right by luck: the question comes back soon, as if missed.</source>
        <translation>Benar karena untung: soal ini segera muncul lagi, seperti terlewat.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/study.py" line="567"/>
        <source>✓ Right, by a guess: it comes back soon</source>
        <translation>✓ Benar, tapi menebak: soal ini segera muncul lagi</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/study.py" line="94"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>Batalkan (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/study.py" line="98"/>
        <location filename="../../quizapp/ui/study.py" line="271"/>
        <location filename="../../quizapp/ui/study.py" line="401"/>
        <source>End session</source>
        <translation>Akhiri sesi</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/study.py" line="110"/>
        <source>Question</source>
        <translation>Soal</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/study.py" line="122"/>
        <source>Answer</source>
        <translation>Jawaban</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/study.py" line="138"/>
        <source>Show answer (Space)</source>
        <translation>Tampilkan jawaban (Spasi)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/study.py" line="140"/>
        <source>Hint (Ctrl+H)</source>
        <translation>Petunjuk (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/study.py" line="142"/>
        <source>Check (Enter)</source>
        <translation>Periksa (Enter)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/study.py" line="144"/>
        <source>I was right (Ctrl+R)</source>
        <translation>Jawaban saya benar (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/study.py" line="151"/>
        <source>Continue (Space)</source>
        <translation>Lanjut (Spasi)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/study.py" line="154"/>
        <source>Again</source>
        <translation>Lagi</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/study.py" line="155"/>
        <source>Hard</source>
        <translation>Sulit</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/study.py" line="156"/>
        <source>Good</source>
        <translation>Baik</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/study.py" line="157"/>
        <source>Easy</source>
        <translation>Mudah</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/study.py" line="469"/>
        <source>Hint: %1</source>
        <translation>Petunjuk: %1</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/study.py" line="554"/>
        <source>✓ Counted as right (your call)</source>
        <translation>✓ Dihitung benar (keputusan Anda)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/study.py" line="650"/>
        <source>Source: %1</source>
        <translation>Sumber: %1</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/study.py" line="725"/>
        <source>Fail</source>
        <translation>Gagal</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/study.py" line="725"/>
        <source>Pass</source>
        <translation>Lulus</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/study.py" line="739"/>
        <source>%1 min</source>
        <translation>%1 mnt</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/study.py" line="740"/>
        <source>%1 h</source>
        <translation>%1 j</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/study.py" line="741"/>
        <source>%1 d</source>
        <translation>%1 hr</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/study.py" line="742"/>
        <source>%1 mo</source>
        <translation>%1 bln</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/study.py" line="743"/>
        <source>%1 y</source>
        <translation>%1 th</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/study.py" line="761"/>
        <source>Exam: question %1 of %2</source>
        <translation>Ujian: soal %1 dari %2</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/study.py" line="768"/>
        <source>Time left: %1</source>
        <translation>Sisa waktu: %1</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/study.py" line="593"/>
        <source>Your answer was not taken back</source>
        <translation>Jawaban Anda tidak dibatalkan</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/study.py" line="608"/>
        <source>Your answer was not saved</source>
        <translation>Jawaban Anda tidak tersimpan</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/study.py" line="93"/>
        <source>Session progress</source>
        <translation>Kemajuan sesi</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/study.py" line="95"/>
        <source>Undo the last answer</source>
        <translation>Batalkan jawaban terakhir</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/study.py" line="97"/>
        <location filename="../../quizapp/ui/study.py" line="270"/>
        <source>End session (Esc)</source>
        <translation>Akhiri sesi (Esc)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/study.py" line="116"/>
        <source>What your answer needs</source>
        <translation>Yang masih diperlukan jawaban Anda</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/study.py" line="270"/>
        <source>Hand in (Esc)</source>
        <translation>Serahkan (Esc)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/study.py" line="271"/>
        <location filename="../../quizapp/ui/study.py" line="284"/>
        <location filename="../../quizapp/ui/study.py" line="286"/>
        <source>Hand in</source>
        <translation>Serahkan</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/study.py" line="285"/>
        <source>Every question is answered. Hand in the exam now?</source>
        <translation>Semua soal sudah dijawab. Serahkan ujian sekarang?</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/study.py" line="287"/>
        <source>Check my answers</source>
        <translation>Periksa jawaban saya</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/study.py" line="339"/>
        <source>Your answer so far: %1. Answer again to change it.</source>
        <translation>Jawaban Anda sejauh ini: %1. Jawab lagi untuk mengubahnya.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/study.py" line="383"/>
        <source>One minute left: unanswered questions count as wrong.</source>
        <translation>Tinggal satu menit: soal yang belum dijawab dihitung keliru.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/study.py" line="399"/>
        <source>Leave the session? Your answer to this question has not been checked.</source>
        <translation>Tinggalkan sesi? Jawaban Anda untuk soal ini belum diperiksa.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/study.py" line="401"/>
        <source>End</source>
        <translation>Akhiri</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/study.py" line="401"/>
        <source>Keep going</source>
        <translation>Lanjutkan</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/study.py" line="626"/>
        <source>Right</source>
        <translation>Tepat</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/study.py" line="630"/>
        <source>Partly right: %1%</source>
        <translation>Sebagian tepat: %1%</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/study.py" line="633"/>
        <source>Wrong</source>
        <translation>Keliru</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/study.py" line="638"/>
        <source>Right answer: %1</source>
        <translation>Kunci jawaban: %1</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/study.py" line="757"/>
        <source>%1 done · %2 left</source>
        <translation>%1 selesai · %2 lagi</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/study.py" line="396"/>
        <source>Not answered yet: %1 (they count as wrong). Hand in the exam now?</source>
        <translation>Belum dijawab: %1 (dihitung keliru). Serahkan ujian sekarang?</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/study.py" line="663"/>
        <source>Accepted with a small typo. You typed %1; it is spelt %2.</source>
        <translation>Diterima dengan sedikit salah ketik. Anda mengetik %1; ejaannya %2.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../quizapp/ui/summary.py" line="92"/>
        <source>Session complete</source>
        <translation>Sesi selesai</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/summary.py" line="92"/>
        <source>Nothing to study now</source>
        <translation>Tidak ada yang perlu dipelajari sekarang</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/summary.py" line="66"/>
        <source>Study the &amp;missed ones again</source>
        <translation>Pelajari &amp;ulang yang terlewat</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/summary.py" line="67"/>
        <source>Practice: your schedule stays as it is</source>
        <translation>Latihan: jadwal Anda tidak berubah</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/summary.py" line="69"/>
        <source>&amp;Done (Space)</source>
        <translation>Kem&amp;bali ke beranda (Spasi)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/summary.py" line="95"/>
        <source>Questions answered: %1</source>
        <translation>Soal dijawab: %1</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/summary.py" line="98"/>
        <source>New questions seen: %1</source>
        <translation>Soal baru dilihat: %1</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/summary.py" line="101"/>
        <source>Quiz answers: %1 right, %2 wrong</source>
        <translation>Jawaban kuis: %1 tepat, %2 keliru</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/summary.py" line="105"/>
        <source>Again</source>
        <translation>Lagi</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/summary.py" line="105"/>
        <source>Hard</source>
        <translation>Sulit</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/summary.py" line="105"/>
        <source>Good</source>
        <translation>Baik</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/summary.py" line="105"/>
        <source>Easy</source>
        <translation>Mudah</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/summary.py" line="112"/>
        <source>Days in a row: %1</source>
        <translation>Hari berturut-turut: %1</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/summary.py" line="123"/>
        <source>Missed: %1</source>
        <translation>Terlewat: %1</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/summary.py" line="125"/>
        <source>Nothing missed. Well done!</source>
        <translation>Tidak ada yang terlewat. Bagus sekali!</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/summary.py" line="144"/>
        <source>Right answer: %1</source>
        <translation>Kunci jawaban: %1</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/summary.py" line="158"/>
        <source>in %1 %2</source>
        <translation>dalam %1 %2</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/summary.py" line="161"/>
        <source>Coming back: %1</source>
        <translation>Muncul lagi: %1</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/summary.py" line="165"/>
        <source>min</source>
        <translation>mnt</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/summary.py" line="166"/>
        <source>h</source>
        <translation>j</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/summary.py" line="167"/>
        <source>d</source>
        <translation>hr</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/summary.py" line="168"/>
        <source>mo</source>
        <translation>bln</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/summary.py" line="169"/>
        <source>y</source>
        <translation>th</translation>
    </message>
</context>
<context>
    <name>TypedInput</name>
    <message>
        <location filename="../../quizapp/ui/answer_inputs.py" line="355"/>
        <source>Your answer</source>
        <translation>Jawaban Anda</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/answer_inputs.py" line="364"/>
        <source>Type your answer</source>
        <translation>Ketik jawaban Anda</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/answer_inputs.py" line="368"/>
        <source>Type your answer, then press Enter.</source>
        <translation>Ketik jawaban Anda, lalu tekan Enter.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../quizapp/ui/help.py" line="56"/>
        <source>Welcome</source>
        <translation>Selamat datang</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/help.py" line="57"/>
        <source>Welcome to ASEAN Quiz</source>
        <translation>Selamat datang di Kuis ASEAN</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/help.py" line="64"/>
        <source>1. Answer a few questions each day. New ones are added a little at a time.</source>
        <translation>1. Jawab beberapa soal setiap hari. Soal baru ditambahkan sedikit demi sedikit.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/help.py" line="67"/>
        <source>2. The app remembers how well you knew each answer and asks it again just before you would forget it: soon if it was hard, after days or weeks if it was easy.</source>
        <translation>2. Aplikasi mencatat seberapa baik Anda mengetahui setiap jawaban dan menanyakannya lagi tepat sebelum Anda lupa: segera bila sulit, beberapa hari atau minggu kemudian bila mudah.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/help.py" line="72"/>
        <source>3. So a few minutes a day are enough: press Study on the home screen, and come back tomorrow.</source>
        <translation>3. Jadi beberapa menit sehari sudah cukup: tekan Belajar di layar utama, lalu kembali besok.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/help.py" line="79"/>
        <source>Your name</source>
        <translation>Nama Anda</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/help.py" line="81"/>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/help.py" line="87"/>
        <source>Your &amp;name:</source>
        <translation>&amp;Nama Anda:</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/help.py" line="88"/>
        <source>&amp;Language:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/help.py" line="91"/>
        <source>Start learning</source>
        <translation>Mulai belajar</translation>
    </message>
</context>
<context>
    <name>WorksheetDialog</name>
    <message>
        <location filename="../../quizapp/ui/worksheet_dialog.py" line="32"/>
        <source>Print a worksheet</source>
        <translation>Cetak lembar soal</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/worksheet_dialog.py" line="39"/>
        <source>every question</source>
        <translation>semua soal</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/worksheet_dialog.py" line="40"/>
        <source>Shuffle for a class, variant:</source>
        <translation>Acak untuk satu kelas, varian:</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/worksheet_dialog.py" line="50"/>
        <source>Set:</source>
        <translation>Set:</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/worksheet_dialog.py" line="51"/>
        <source>Questions:</source>
        <translation>Soal:</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/worksheet_dialog.py" line="53"/>
        <source>Paper:</source>
        <translation>Kertas:</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/worksheet_dialog.py" line="54"/>
        <source>Language:</source>
        <translation>Bahasa:</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/worksheet_dialog.py" line="55"/>
        <source>The answer key is printed on pages of its own, at the end.</source>
        <translation>Kunci jawaban dicetak di halaman tersendiri, di bagian akhir.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/worksheet_dialog.py" line="59"/>
        <source>Save PDF…</source>
        <translation>Simpan PDF…</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/worksheet_dialog.py" line="71"/>
        <source>Save the worksheet</source>
        <translation>Simpan lembar soal</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/worksheet_dialog.py" line="87"/>
        <source>Saved %1 page(s) to %2.</source>
        <translation>%1 halaman disimpan ke %2.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../quizapp/ui/app.py" line="73"/>
        <source>Cannot open quizapp</source>
        <translation>quizapp tidak dapat dibuka</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/app.py" line="90"/>
        <source>quizapp is already open on %1; its window was brought forward.</source>
        <translation>quizapp sudah terbuka pada %1; jendelanya telah dibawa ke depan.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/app.py" line="94"/>
        <source>quizapp is already open on %1, and cannot be asked to come forward (the folder is read-only). Switch to its window.</source>
        <translation>quizapp sudah terbuka pada %1, dan tidak dapat diminta tampil ke depan (foldernya hanya-baca). Beralihlah ke jendelanya.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/app.py" line="101"/>
        <source>Already open</source>
        <translation>Sudah terbuka</translation>
    </message>
</context>
<context>
    <name>backups</name>
    <message>
        <location filename="../../quizapp/ui/backups.py" line="30"/>
        <source>you asked for it</source>
        <translation>atas permintaan Anda</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/backups.py" line="31"/>
        <source>automatic, while studying</source>
        <translation>otomatis, saat belajar</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/backups.py" line="32"/>
        <source>when the app closed</source>
        <translation>saat aplikasi ditutup</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/backups.py" line="33"/>
        <source>before a restore</source>
        <translation>sebelum pemulihan</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/backups.py" line="34"/>
        <source>damaged data, before a restore</source>
        <translation>data rusak, sebelum pemulihan</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/backups.py" line="37"/>
        <source>before a repair</source>
        <translation>sebelum perbaikan</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/backups.py" line="38"/>
        <source>before deleting a learner</source>
        <translation>sebelum menghapus pelajar</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/backups.py" line="39"/>
        <source>before deleting a set</source>
        <translation>sebelum menghapus set</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/backups.py" line="44"/>
        <source>before an update of the app</source>
        <translation>sebelum pembaruan aplikasi</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../quizapp/core/errors.py" line="89"/>
        <source>The learner &apos;{name}&apos; was deleted, perhaps in another quizapp window, so this was not saved for them.</source>
        <translation>Pelajar &apos;{name}&apos; telah dihapus, mungkin di jendela quizapp lain, jadi ini tidak disimpan untuknya.</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/errors.py" line="131"/>
        <source>This would replace questions that another file put into the set ({replaced}). {remedy}</source>
        <translation>Ini akan mengganti soal yang dimasukkan berkas lain ke dalam set ({replaced}). {remedy}</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/ankitext.py" line="79"/>
        <source>the separator {separator} cannot be used; {remedy}</source>
        <translation>pemisah {separator} tidak dapat dipakai; {remedy}</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/ankitext.py" line="94"/>
        <source>the line cannot be read: {error}</source>
        <translation>baris ini tidak dapat dibaca: {error}</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/ankitext.py" line="116"/>
        <source>the {role} column {column} is not one of the {expected} columns of the notes</source>
        <translation>kolom {role} {column} bukan salah satu dari {expected} kolom catatan</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/catalog.py" line="189"/>
        <source>Our question file</source>
        <translation>Berkas soal kami</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/catalog.py" line="208"/>
        <source>CSV table</source>
        <translation>Tabel CSV</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/catalog.py" line="221"/>
        <source>TSV table (tab-separated)</source>
        <translation>Tabel TSV (dipisah tab)</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/catalog.py" line="233"/>
        <source>Moodle GIFT</source>
        <translation>Moodle GIFT</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/catalog.py" line="254"/>
        <source>Aiken</source>
        <translation>Aiken</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/catalog.py" line="281"/>
        <source>Anki package</source>
        <translation>Paket Anki</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/catalog.py" line="294"/>
        <source>Anki text export</source>
        <translation>Ekspor teks Anki</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/catalog.py" line="307"/>
        <source>Moodle XML</source>
        <translation>Moodle XML</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/catalog.py" line="323"/>
        <source>Spreadsheet</source>
        <translation>Lembar kerja</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/delimited.py" line="106"/>
        <source>the file holds no rows</source>
        <translation>berkas ini tidak berisi baris</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/delimited.py" line="149"/>
        <source>the first row is not a header we know and the rows have {count} columns; {remedy}</source>
        <translation>baris pertama bukan judul kolom yang kami kenal dan barisnya memiliki {count} kolom; {remedy}</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/delimited.py" line="274"/>
        <source>not valid CSV: {error}</source>
        <translation>bukan CSV yang valid: {error}</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/delimited.py" line="289"/>
        <source>unknown column &apos;{column}&apos; (known: {known}); {remedy}</source>
        <translation>kolom &apos;{column}&apos; tidak dikenal (yang dikenal: {known}); {remedy}</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/delimited.py" line="306"/>
        <source>unknown column role &apos;{role}&apos; (known: {known}, or empty to skip)</source>
        <translation>peran kolom &apos;{role}&apos; tidak dikenal (yang dikenal: {known}, atau kosong untuk dilewati)</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/delimited.py" line="322"/>
        <source>column &apos;{column}&apos; is named twice</source>
        <translation>kolom &apos;{column}&apos; disebut dua kali</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/delimited.py" line="328"/>
        <source>no column is the prompt (the question)</source>
        <translation>tidak ada kolom yang menjadi pertanyaan (soal)</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/delimited.py" line="334"/>
        <source>no &apos;answer&apos; column (the header names the columns; see the docs)</source>
        <translation>tidak ada kolom &apos;answer&apos; (baris judul menamai kolom; lihat dokumentasi)</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/delimited.py" line="346"/>
        <source>expected 2 columns (term and definition) as in the first row, found {count}</source>
        <translation>seharusnya 2 kolom (istilah dan definisi) seperti di baris pertama, ditemukan {count}</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/delimited.py" line="356"/>
        <source>the term is blank</source>
        <translation>istilahnya kosong</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/delimited.py" line="358"/>
        <source>the definition is blank</source>
        <translation>definisinya kosong</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/delimited.py" line="371"/>
        <source>expected {expected} columns as in the header, found {count}</source>
        <translation>seharusnya {expected} kolom seperti di baris judul, ditemukan {count}</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/delimited.py" line="394"/>
        <source>the prompt is blank</source>
        <translation>pertanyaannya kosong</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/delimited.py" line="401"/>
        <source>a question of type &apos;{type}&apos; has no right answer to check</source>
        <translation>soal jenis &apos;{type}&apos; tidak punya jawaban benar untuk diperiksa</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/delimited.py" line="447"/>
        <source>unknown type &apos;{type}&apos; (expected one of: {known})</source>
        <translation>jenis &apos;{type}&apos; tidak dikenal (seharusnya salah satu dari: {known})</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/registry.py" line="45"/>
        <source>cannot tell the format of this file; {remedy} ({known})</source>
        <translation>format berkas ini tidak dapat dikenali; {remedy} ({known})</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/registry.py" line="58"/>
        <source>unknown format &apos;{name}&apos;; {remedy} ({known})</source>
        <translation>format &apos;{name}&apos; tidak dikenal; {remedy} ({known})</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/messages.py" line="33"/>
        <source>choose the file&apos;s format</source>
        <translation>pilih format berkasnya</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/messages.py" line="34"/>
        <source>choose the separator</source>
        <translation>pilih pemisahnya</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/messages.py" line="35"/>
        <source>choose each column&apos;s role</source>
        <translation>pilih peran setiap kolom</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/messages.py" line="36"/>
        <source>import into another set</source>
        <translation>impor ke set lain</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/messages.py" line="37"/>
        <source>import it as a copy to have it in both sets</source>
        <translation>impor sebagai salinan agar ada di kedua set</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/messages.py" line="38"/>
        <source>a learner makes one by exporting their progress</source>
        <translation>pelajar membuatnya dengan mengekspor kemajuannya</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/messages.py" line="39"/>
        <source>Import again and agree to replace them, or import a copy to keep both.</source>
        <translation>Impor lagi dan setujui penggantiannya, atau impor salinannya agar keduanya tetap ada.</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/ops.py" line="159"/>
        <source>There is no profile called &apos;{name}&apos; (profiles: {known}).</source>
        <translation>Tidak ada profil bernama &apos;{name}&apos; (profil: {known}).</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/ops.py" line="430"/>
        <source>set &apos;{set_id}&apos; is a built-in set; {remedy}</source>
        <translation>set &apos;{set_id}&apos; adalah set bawaan; {remedy}</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/ops.py" line="472"/>
        <source>question id &apos;{id}&apos; already belongs to set &apos;{owner}&apos;; {remedy}</source>
        <translation>id soal &apos;{id}&apos; sudah menjadi milik set &apos;{owner}&apos;; {remedy}</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/ops.py" line="588"/>
        <source>Cannot write {path}: {reason}. Choose another folder or file.</source>
        <translation>Tidak dapat menulis {path}: {reason}. Pilih folder atau berkas lain.</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/ops.py" line="626"/>
        <source>A set needs a title.</source>
        <translation>Set memerlukan judul.</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/ops.py" line="630"/>
        <source>&apos;{title}&apos; is a built-in set; its title comes with the app.</source>
        <translation>&apos;{title}&apos; adalah set bawaan; judulnya bawaan aplikasi.</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/ops.py" line="661"/>
        <source>&apos;{title}&apos; is a built-in set; it comes with the app. Untick it to hide it.</source>
        <translation>&apos;{title}&apos; adalah set bawaan; set ini bawaan aplikasi. Hapus centangnya untuk menyembunyikannya.</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/ops.py" line="679"/>
        <source>There is no set &apos;{set_id}&apos; (sets: {known}).</source>
        <translation>Tidak ada set &apos;{set_id}&apos; (set: {known}).</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/ops.py" line="795"/>
        <source>&apos;{set_id}&apos; is a built-in set; its questions come with the app and cannot be edited here. Export it and import the copy to change it.</source>
        <translation>&apos;{set_id}&apos; adalah set bawaan; soalnya bawaan aplikasi dan tidak dapat diubah di sini. Ekspor set ini lalu impor salinannya untuk mengubahnya.</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/ops.py" line="448"/>
        <source>question id &apos;{id}&apos; is already used at {place}</source>
        <translation>id soal &apos;{id}&apos; sudah dipakai di {place}</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/storage/failures.py" line="45"/>
        <source>The disk holding {path} is full, so the last change was not saved; everything saved before is safe. Free some space on that disk, then try again.</source>
        <translation>Disk tempat {path} penuh, jadi perubahan terakhir tidak disimpan; semua yang disimpan sebelumnya aman. Kosongkan sebagian ruang di disk itu, lalu coba lagi.</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/storage/failures.py" line="59"/>
        <source>{path} cannot be written: the file or its folder is read-only, so the last change was not saved. Make the folder writable (or copy the data folder somewhere writable and use that), then try again.</source>
        <translation>{path} tidak dapat ditulisi: berkas atau foldernya hanya-baca, jadi perubahan terakhir tidak disimpan. Jadikan folder itu dapat ditulisi (atau salin folder data ke tempat yang dapat ditulisi dan pakai salinan itu), lalu coba lagi.</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/storage/failures.py" line="88"/>
        <source>What this change refers to (a learner or a question) was deleted meanwhile, in another window or by a command, so it was not saved. Go back to the home screen and choose again.</source>
        <translation>Yang dirujuk perubahan ini (seorang pelajar atau sebuah soal) telah dihapus sementara itu, di jendela lain atau oleh sebuah perintah, jadi perubahan ini tidak disimpan. Kembali ke beranda dan pilih lagi.</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/storage/failures.py" line="103"/>
        <source>{path} is busy: another quizapp window or command kept writing to it for more than {seconds} seconds, so the last change was not saved. Wait for it to finish (or close the other window), then try again.</source>
        <translation>{path} sedang sibuk: jendela atau perintah quizapp lain terus menulisinya lebih dari {seconds} detik, jadi perubahan terakhir tidak disimpan. Tunggu sampai selesai (atau tutup jendela lain itu), lalu coba lagi.</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/storage/failures.py" line="115"/>
        <source>{path} is damaged ({error}). {advice}</source>
        <translation>{path} rusak ({error}). {advice}</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/storage/failures.py" line="124"/>
        <source>{path} could not be read or written (the disk reported an error), so the last change was not saved. Check that the disk is still attached and working, then try again.</source>
        <translation>{path} tidak dapat dibaca atau ditulisi (disk melaporkan galat), jadi perubahan terakhir tidak disimpan. Pastikan disk masih terpasang dan berfungsi, lalu coba lagi.</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/storage/failures.py" line="138"/>
        <source>{path} cannot be opened: its folder is read-only. Make the folder writable (or copy the data folder somewhere writable and use that), then try again.</source>
        <translation>{path} tidak dapat dibuka: foldernya hanya-baca. Jadikan folder itu dapat ditulisi (atau salin folder data ke tempat yang dapat ditulisi dan pakai salinan itu), lalu coba lagi.</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/storage/failures.py" line="149"/>
        <source>{path} cannot be opened: its folder is missing, or not a folder, or not readable. Choose another data folder.</source>
        <translation>{path} tidak dapat dibuka: foldernya tidak ada, bukan folder, atau tidak dapat dibaca. Pilih folder data lain.</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/storage/failures.py" line="164"/>
        <source>{path} cannot be opened: permission denied. Give your user access to it, or choose another data folder.</source>
        <translation>{path} tidak dapat dibuka: izin ditolak. Beri pengguna Anda akses ke sana, atau pilih folder data lain.</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/storage/failures.py" line="178"/>
        <source>{path} cannot be opened ({reason}). Choose another data folder.</source>
        <translation>{path} tidak dapat dibuka ({reason}). Pilih folder data lain.</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/maintenance.py" line="119"/>
        <source>The backup {name} cannot be restored: {error}</source>
        <translation>Cadangan {name} tidak dapat dipulihkan: {error}</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/maintenance.py" line="253"/>
        <source>No backup was taken: {error} (The database itself is unchanged.)</source>
        <translation>Tidak ada cadangan yang dibuat: {error} (Basis datanya sendiri tidak berubah.)</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/storage/backups.py" line="146"/>
        <source>There is no backup called &apos;{name}&apos; (newest: {listed}).</source>
        <translation>Tidak ada cadangan bernama &apos;{name}&apos; (yang terbaru: {listed}).</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/storage/backups.py" line="213"/>
        <source>Restore a backup (the newest is {name}, of {taken} UTC), or run Check database to repair it.</source>
        <translation>Pulihkan cadangan (yang terbaru {name}, dari {taken} UTC), atau jalankan Periksa basis data untuk memperbaikinya.</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/storage/backups.py" line="221"/>
        <source>Run Check database to repair what it can; there are no backups of it yet.</source>
        <translation>Jalankan Periksa basis data untuk memperbaiki yang bisa diperbaiki; belum ada cadangannya.</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/storage/database.py" line="87"/>
        <source>{parent} is not a folder, so it cannot hold the app&apos;s data. Choose a folder for the app&apos;s data.</source>
        <translation>{parent} bukan folder, jadi tidak dapat menampung data aplikasi. Pilih folder untuk data aplikasi.</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/storage/database.py" line="99"/>
        <source>{path} is a folder, not a database file; it was left untouched. Choose another data folder.</source>
        <translation>{path} adalah folder, bukan berkas basis data; folder itu tidak diubah. Pilih folder data lain.</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/storage/database.py" line="110"/>
        <source>{path} is not a regular file; it was left untouched. Choose another data folder.</source>
        <translation>{path} bukan berkas biasa; berkas itu tidak diubah. Pilih folder data lain.</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/storage/database.py" line="202"/>
        <source>{path} is not an SQLite database; it was left untouched. Move it aside or choose another data folder.</source>
        <translation>{path} bukan basis data SQLite; berkas itu tidak diubah. Pindahkan berkas itu atau pilih folder data lain.</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/storage/database.py" line="236"/>
        <source>{path} cannot be read ({error}); it was left untouched. {advice}</source>
        <translation>{path} tidak dapat dibaca ({error}); berkas itu tidak diubah. {advice}</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/storage/database.py" line="248"/>
        <source>{path} is not a quizapp database (another program&apos;s, perhaps); it was left untouched. Move it aside or choose another data folder.</source>
        <translation>{path} bukan basis data quizapp (mungkin milik program lain); berkas itu tidak diubah. Pindahkan berkas itu atau pilih folder data lain.</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/storage/database.py" line="259"/>
        <source>{path} is damaged (integrity check: {problem}); it was left untouched. {advice}</source>
        <translation>{path} rusak (pemeriksaan integritas: {problem}); berkas itu tidak diubah. {advice}</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/storage/database.py" line="272"/>
        <source>{path} was written by a newer version of quizapp (it has schema changes {changes}); it was left untouched. Update quizapp to open it.</source>
        <translation>{path} ditulis oleh quizapp versi yang lebih baru (berisi perubahan skema {changes}); berkas itu tidak diubah. Perbarui quizapp untuk membukanya.</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/storage/database.py" line="291"/>
        <source>It cannot be used.</source>
        <translation>Berkas itu tidak dapat dipakai.</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/storage/database.py" line="300"/>
        <source>{path} is damaged (integrity check: {problem}).</source>
        <translation>{path} rusak (pemeriksaan integritas: {problem}).</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/anki.py" line="101"/>
        <source>not an Anki package: it holds no collection.anki2 or .anki21</source>
        <translation>bukan paket Anki: tidak berisi collection.anki2 atau .anki21</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/anki.py" line="134"/>
        <source>the package&apos;s version (its &apos;meta&apos; member) is not readable</source>
        <translation>versi paket (anggota &apos;meta&apos;-nya) tidak dapat dibaca</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/anki.py" line="159"/>
        <source>a member of the package unpacks to more than {most} bytes; the package was refused as unsafe</source>
        <translation>sebuah anggota paket membesar lebih dari {most} bita; paket ditolak karena tidak aman</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/anki.py" line="171"/>
        <source>a member of the package cannot be decompressed ({error})</source>
        <translation>sebuah anggota paket tidak dapat didekompresi ({error})</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/anki.py" line="241"/>
        <source>the package&apos;s media list is not readable</source>
        <translation>daftar media paket tidak dapat dibaca</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/anki.py" line="253"/>
        <source>not an Anki package (it is not a zip archive)</source>
        <translation>bukan paket Anki (bukan arsip zip)</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/anki.py" line="266"/>
        <source>&apos;{name}&apos; in the package cannot be read ({error})</source>
        <translation>&apos;{name}&apos; di dalam paket tidak dapat dibaca ({error})</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/anki.py" line="274"/>
        <source>&apos;{name}&apos; unpacks to more than {most} bytes</source>
        <translation>&apos;{name}&apos; membesar lebih dari {most} bita</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/anki.py" line="290"/>
        <source>the package&apos;s media list is not readable (not JSON)</source>
        <translation>daftar media paket tidak dapat dibaca (bukan JSON)</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/anki.py" line="297"/>
        <source>the package&apos;s media list is not a mapping of names</source>
        <translation>daftar media paket bukan pemetaan nama</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/anki.py" line="310"/>
        <source>the package names a media file outside its folder: &apos;{name}&apos;</source>
        <translation>paket menyebut berkas media di luar foldernya: &apos;{name}&apos;</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/anki.py" line="325"/>
        <source>the collection in the package is not an SQLite database</source>
        <translation>koleksi di dalam paket bukan basis data SQLite</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/anki.py" line="342"/>
        <source>the collection in the package cannot be read ({error})</source>
        <translation>koleksi di dalam paket tidak dapat dibaca ({error})</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/anki.py" line="350"/>
        <source>the collection in the package is not as Anki writes it ({error})</source>
        <translation>koleksi di dalam paket tidak seperti yang ditulis Anki ({error})</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/anki.py" line="478"/>
        <source>a cloze note without a {{c1::...}} deletion</source>
        <translation>catatan cloze tanpa penghapusan {{c1::...}}</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/imported.py" line="174"/>
        <source>not a text file (it holds NUL bytes)</source>
        <translation>bukan berkas teks (berisi bita NUL)</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/imported.py" line="195"/>
        <source>not UTF-8 text (byte {byte} cannot be read); save the file as UTF-8 and import it again</source>
        <translation>bukan teks UTF-8 (bita {byte} tidak dapat dibaca); simpan berkas itu sebagai UTF-8 lalu impor lagi</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/imported.py" line="229"/>
        <source>the file is larger than {size}; it was not read</source>
        <translation>berkas lebih besar dari {size}; berkas itu tidak dibaca</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/errors.py" line="153"/>
        <source>cannot read the file: {reason}</source>
        <translation>berkas tidak dapat dibaca: {reason}</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/imported.py" line="253"/>
        <source>the package holds a path that leaves its folder: &apos;{name}&apos;</source>
        <translation>paket berisi jalur yang keluar dari foldernya: &apos;{name}&apos;</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/imported.py" line="258"/>
        <source>the package holds an encrypted file: &apos;{name}&apos;</source>
        <translation>paket berisi berkas terenkripsi: &apos;{name}&apos;</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/imported.py" line="265"/>
        <source>&apos;{name}&apos; would unpack from {packed} to {unpacked} bytes; the package was refused as unsafe</source>
        <translation>&apos;{name}&apos; akan membesar dari {packed} menjadi {unpacked} bita; paket ditolak karena tidak aman</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/imported.py" line="277"/>
        <source>the package would unpack to {total} bytes, more than the {allowed} allowed; it was refused</source>
        <translation>paket akan membesar menjadi {total} bita, melebihi {allowed} yang diizinkan; paket ditolak</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/imported.py" line="378"/>
        <source>the question id &apos;{question_id}&apos; has no letter or digit</source>
        <translation>id soal &apos;{question_id}&apos; tidak berisi huruf atau angka</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/imported.py" line="389"/>
        <source>question id &apos;{question_id}&apos; is already used on line {line}</source>
        <translation>id soal &apos;{question_id}&apos; sudah dipakai di baris {line}</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/imported.py" line="405"/>
        <source>the same question as on line {line}</source>
        <translation>soal yang sama dengan di baris {line}</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/imported.py" line="458"/>
        <source>no questions found (read as {format})</source>
        <translation>tidak ada soal yang ditemukan (dibaca sebagai {format})</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/spreadsheet.py" line="49"/>
        <source>not a spreadsheet (it is not an .xlsx or .ods file)</source>
        <translation>bukan lembar kerja (bukan berkas .xlsx atau .ods)</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/spreadsheet.py" line="61"/>
        <source>the spreadsheet cannot be read ({error})</source>
        <translation>lembar kerja tidak dapat dibaca ({error})</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/spreadsheet.py" line="73"/>
        <source>the first sheet holds no rows</source>
        <translation>lembar pertama tidak berisi baris</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/limits.py" line="111"/>
        <source>A profile needs a name.</source>
        <translation>Profil memerlukan nama.</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/limits.py" line="115"/>
        <source>A profile name can have at most {most} characters (this one has {count}).</source>
        <translation>Nama profil paling banyak {most} karakter (yang ini {count}).</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/limits.py" line="125"/>
        <source>A profile name cannot hold control or text-direction characters; type it again with letters, digits and spaces.</source>
        <translation>Nama profil tidak boleh berisi karakter kendali atau pengarah teks; ketik lagi dengan huruf, angka, dan spasi.</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/personal.py" line="330"/>
        <source>{name} has {answers} answers given a day or more after the previous one; their own parameters are fitted from {needed}.</source>
        <translation>{name} punya {answers} jawaban yang diberikan sehari atau lebih setelah jawaban sebelumnya; parameter pribadinya dihitung mulai dari {needed}.</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/storage/learners.py" line="52"/>
        <location filename="../../quizapp/core/storage/learners.py" line="75"/>
        <source>There is already a profile called &apos;{name}&apos;.</source>
        <translation>Sudah ada profil bernama &apos;{name}&apos;.</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/aiken.py" line="56"/>
        <source>&apos;ANSWER:&apos; comes before the question&apos;s options</source>
        <translation>&apos;ANSWER:&apos; muncul sebelum pilihan jawaban soal</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/aiken.py" line="67"/>
        <source>option &apos;{line}&apos; comes before any question text</source>
        <translation>pilihan &apos;{line}&apos; muncul sebelum teks soal apa pun</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/aiken.py" line="77"/>
        <source>expected option {expected}, found &apos;{line}&apos;</source>
        <translation>seharusnya pilihan {expected}, ditemukan &apos;{line}&apos;</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/aiken.py" line="86"/>
        <source>question &apos;{question}&apos; has no &apos;ANSWER:&apos; line (it ends where line {number} starts another)</source>
        <translation>soal &apos;{question}&apos; tidak punya baris &apos;ANSWER:&apos; (soal berakhir di baris {number}, tempat soal lain dimulai)</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/aiken.py" line="101"/>
        <source>an option needs a space after &apos;{start}&apos;: &apos;{line}&apos;</source>
        <translation>pilihan perlu spasi setelah &apos;{start}&apos;: &apos;{line}&apos;</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/aiken.py" line="115"/>
        <source>question &apos;{question}&apos; has no &apos;ANSWER:&apos; line (the file ends)</source>
        <translation>soal &apos;{question}&apos; tidak punya baris &apos;ANSWER:&apos; (berkas berakhir)</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/aiken.py" line="135"/>
        <source>question &apos;{question}&apos; has {count} option; it needs at least 2</source>
        <translation>soal &apos;{question}&apos; punya {count} pilihan; perlu paling sedikit 2</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/aiken.py" line="146"/>
        <source>question &apos;{question}&apos; has {count} options; at most {most}</source>
        <translation>soal &apos;{question}&apos; punya {count} pilihan; paling banyak {most}</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/aiken.py" line="158"/>
        <source>&apos;ANSWER: {letter}&apos; must name one of the options A to {last}</source>
        <translation>&apos;ANSWER: {letter}&apos; harus menyebut salah satu pilihan A sampai {last}</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/aiken.py" line="171"/>
        <source>option {option} repeats option {first} (&apos;{text}&apos;); it is left out</source>
        <translation>pilihan {option} mengulang pilihan {first} (&apos;{text}&apos;); pilihan itu tidak disertakan</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/moodlexml.py" line="49"/>
        <source>a random question only names a category; import that category instead</source>
        <translation>soal acak hanya menyebut sebuah kategori; impor kategori itu saja</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/moodlexml.py" line="52"/>
        <source>a random matching question draws from other questions; it is not kept</source>
        <translation>soal menjodohkan acak mengambil dari soal lain; soal itu tidak disimpan</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/moodlexml.py" line="79"/>
        <source>not a Moodle XML file: it starts with &lt;{tag}&gt;, not &lt;quiz&gt;</source>
        <translation>bukan berkas Moodle XML: berkas dimulai dengan &lt;{tag}&gt;, bukan &lt;quiz&gt;</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/moodlexml.py" line="142"/>
        <source>not well-formed XML at column {column} ({reason})</source>
        <translation>XML tidak tersusun benar di kolom {column} ({reason})</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/moodlexml.py" line="157"/>
        <source>the XML declares a document type, which Moodle never writes</source>
        <translation>XML ini menyatakan jenis dokumen, yang tidak pernah ditulis Moodle</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/moodlexml.py" line="171"/>
        <source>the XML nests deeper than {depth} levels; refused as unsafe</source>
        <translation>XML ini bersarang lebih dari {depth} tingkat; ditolak karena tidak aman</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/moodlexml.py" line="231"/>
        <source>a Moodle &apos;{kind}&apos; question has no place in the app</source>
        <translation>soal Moodle &apos;{kind}&apos; tidak punya tempat di aplikasi</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/moodlexml.py" line="583"/>
        <source>the gap type {kind} is not known</source>
        <translation>jenis rumpang {kind} tidak dikenal</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/moodlexml.py" line="593"/>
        <source>a typed gap whose answers all need a wildcard</source>
        <translation>rumpang ketik yang semua jawabannya memerlukan karakter pengganti</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/gift.py" line="220"/>
        <source>the title starts with &apos;::&apos; but has no closing &apos;::&apos;</source>
        <translation>judul diawali &apos;::&apos; tetapi tidak ada &apos;::&apos; penutup</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/gift.py" line="238"/>
        <location filename="../../quizapp/core/formats/moodlexml.py" line="46"/>
        <source>a description (text with no answers) is not a question</source>
        <translation>deskripsi (teks tanpa jawaban) bukan soal</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/gift.py" line="248"/>
        <source>&apos;{&apos; opens the answers but no &apos;}&apos; closes them (write \{ for a brace)</source>
        <translation>&apos;{&apos; membuka jawaban tetapi tidak ada &apos;}&apos; yang menutupnya (tulis \{ untuk kurung kurawal)</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/gift.py" line="259"/>
        <source>more than one answer block in a question (write \{ or \} for a brace)</source>
        <translation>lebih dari satu blok jawaban dalam satu soal (tulis \{ atau \} untuk kurung kurawal)</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/gift.py" line="287"/>
        <location filename="../../quizapp/core/formats/moodlexml.py" line="45"/>
        <source>an essay question cannot be graded by the app</source>
        <translation>soal esai tidak dapat dinilai oleh aplikasi</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/gift.py" line="331"/>
        <source>answers must start with &apos;=&apos; or &apos;~&apos;, found &apos;{found}&apos;</source>
        <translation>jawaban harus diawali &apos;=&apos; atau &apos;~&apos;, ditemukan &apos;{found}&apos;</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/gift.py" line="378"/>
        <location filename="../../quizapp/core/formats/gift.py" line="426"/>
        <source>no answer gets full credit (mark the right one with &apos;=&apos;)</source>
        <translation>tidak ada jawaban yang mendapat nilai penuh (tandai yang benar dengan &apos;=&apos;)</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/gift.py" line="387"/>
        <location filename="../../quizapp/core/formats/moodlexml.py" line="340"/>
        <source>at most {most} options, found {count}</source>
        <translation>paling banyak {most} pilihan, ditemukan {count}</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/gift.py" line="464"/>
        <source>a matching answer must be &apos;=left -&gt; right&apos;, found &apos;{found}&apos;</source>
        <translation>jawaban menjodohkan harus berbentuk &apos;=kiri -&gt; kanan&apos;, ditemukan &apos;{found}&apos;</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/gift.py" line="526"/>
        <source>&apos;{text}&apos; is not a number, number:tolerance or min..max</source>
        <translation>&apos;{text}&apos; bukan angka, angka:toleransi, atau min..maks</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/moodlexml.py" line="357"/>
        <source>no answer gets full credit (fraction 100)</source>
        <translation>tidak ada jawaban yang mendapat nilai penuh (fraction 100)</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/moodlexml.py" line="366"/>
        <source>no answer gets any credit</source>
        <translation>tidak ada jawaban yang mendapat nilai</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/moodlexml.py" line="380"/>
        <source>a true/false question needs one right answer of two</source>
        <translation>soal benar/salah perlu satu jawaban benar dari dua</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/moodlexml.py" line="397"/>
        <source>no answer gets full credit and can be typed exactly</source>
        <translation>tidak ada jawaban yang mendapat nilai penuh dan dapat diketik persis</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/moodlexml.py" line="449"/>
        <source>&apos;{answer}&apos; is not a number</source>
        <translation>&apos;{answer}&apos; bukan angka</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/gift.py" line="502"/>
        <location filename="../../quizapp/core/formats/moodlexml.py" line="462"/>
        <source>no numeric answer gets full credit</source>
        <translation>tidak ada jawaban angka yang mendapat nilai penuh</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/moodlexml.py" line="506"/>
        <source>an embedded-answers question without any {1:...} gap</source>
        <translation>soal jawaban tersemat tanpa rumpang {1:...} satu pun</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/moodlexml.py" line="527"/>
        <source>a gap with several right choices cannot be a cloze gap</source>
        <translation>rumpang dengan beberapa pilihan benar tidak dapat menjadi rumpang isian</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/moodlexml.py" line="540"/>
        <source>the gap answer &apos;{word}&apos; holds {{, }}, | or ~</source>
        <translation>jawaban rumpang &apos;{word}&apos; memuat {{, }}, | atau ~</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/moodlexml.py" line="550"/>
        <source>a {kind} gap with no full-credit answer</source>
        <translation>rumpang {kind} tanpa jawaban bernilai penuh</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/moodlexml.py" line="570"/>
        <source>the gap answer &apos;{word}&apos; is not a number</source>
        <translation>jawaban rumpang &apos;{word}&apos; bukan angka</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/native.py" line="56"/>
        <location filename="../../quizapp/core/formats/native.py" line="100"/>
        <source>{what}: expected text, found {found}</source>
        <translation>{what}: seharusnya teks, ternyata {found}</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/native.py" line="69"/>
        <source>{what}: &apos;{lang}&apos; is not a language code like en or id</source>
        <translation>{what}: &apos;{lang}&apos; bukan kode bahasa seperti en atau id</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/native.py" line="79"/>
        <source>{what} ({lang}): expected text, found {found}</source>
        <translation>{what} ({lang}): seharusnya teks, ternyata {found}</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/native.py" line="90"/>
        <source>{what}: no text in the primary language &apos;{language}&apos;</source>
        <translation>{what}: tidak ada teks dalam bahasa utama &apos;{language}&apos;</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/native.py" line="111"/>
        <source>{what} ({lang}) is blank</source>
        <translation>{what} ({lang}) kosong</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/native.py" line="122"/>
        <source>{what}: expected a list, found {found}</source>
        <translation>{what}: seharusnya daftar, ternyata {found}</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/native.py" line="130"/>
        <source>{what}: expected at least {minimum} entries, found {count}</source>
        <translation>{what}: seharusnya paling sedikit {minimum} entri, ternyata {count}</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/native.py" line="143"/>
        <source>{what} {value} must be lowercase letters, digits and hyphens</source>
        <translation>{what} {value} harus berupa huruf kecil, angka, dan tanda hubung</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/native.py" line="156"/>
        <source>a question must be a mapping, found {found}</source>
        <translation>soal harus berupa pemetaan, ternyata {found}</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/native.py" line="165"/>
        <source>question is missing &apos;{key}&apos;</source>
        <translation>soal tidak memiliki &apos;{key}&apos;</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/native.py" line="175"/>
        <source>{where}: unknown type {type} (expected one of: {known})</source>
        <translation>{where}: jenis {type} tidak dikenal (seharusnya salah satu dari: {known})</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/native.py" line="187"/>
        <source>{where}: unknown key &apos;{key}&apos; for type {type}</source>
        <translation>{where}: kunci &apos;{key}&apos; tidak dikenal untuk jenis {type}</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/native.py" line="196"/>
        <source>{where}: type {type} needs &apos;{key}&apos;</source>
        <translation>{where}: jenis {type} memerlukan &apos;{key}&apos;</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/native.py" line="224"/>
        <source>{what} ({lang}) repeat {repeated}</source>
        <translation>{what} ({lang}) berulang: {repeated}</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/native.py" line="235"/>
        <source>{what}: expected a number, found {found}</source>
        <translation>{what}: seharusnya angka, ternyata {found}</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/native.py" line="245"/>
        <source>{what}: expected a finite number, found {found}</source>
        <translation>{what}: seharusnya angka berhingga, ternyata {found}</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/native.py" line="255"/>
        <source>{where}: difficulty must be 1, 2 or 3, found {value}</source>
        <translation>{where}: tingkat kesulitan harus 1, 2, atau 3, ternyata {value}</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/native.py" line="268"/>
        <source>{where}: tags must be a list of words</source>
        <translation>{where}: tag harus berupa daftar kata</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/native.py" line="283"/>
        <source>{where}: source must be {{text: KEY, part: ...}}</source>
        <translation>{where}: sumber harus berbentuk {{text: KEY, part: ...}}</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/native.py" line="292"/>
        <source>{where}: source part must be text</source>
        <translation>{where}: bagian sumber harus berupa teks</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/native.py" line="301"/>
        <source>{where}: source {key} is not declared under &apos;sources&apos; (declared: {declared})</source>
        <translation>{where}: sumber {key} tidak dinyatakan di bawah &apos;sources&apos; (yang dinyatakan: {declared})</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/native.py" line="314"/>
        <source>nothing</source>
        <translation>kosong</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/native.py" line="316"/>
        <source>a mapping</source>
        <translation>pemetaan</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/native.py" line="318"/>
        <source>true/false</source>
        <translation>benar/salah</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/native.py" line="319"/>
        <location filename="../../quizapp/core/formats/native.py" line="320"/>
        <source>a number</source>
        <translation>angka</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/native.py" line="321"/>
        <source>a list</source>
        <translation>daftar</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/native.py" line="322"/>
        <source>text</source>
        <translation>teks</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/native.py" line="378"/>
        <source>not UTF-8 text ({reason})</source>
        <translation>bukan teks UTF-8 ({reason})</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/native.py" line="405"/>
        <source>not valid YAML: {problem}</source>
        <translation>bukan YAML yang valid: {problem}</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/native.py" line="429"/>
        <source>&apos;media&apos; must map each picture&apos;s file name to its data in base64</source>
        <translation>&apos;media&apos; harus memetakan nama berkas tiap gambar ke datanya dalam base64</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/native.py" line="445"/>
        <source>media &apos;{name}&apos; is not a PNG, JPEG, GIF or WebP picture in base64</source>
        <translation>media &apos;{name}&apos; bukan gambar PNG, JPEG, GIF, atau WebP dalam base64</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/native.py" line="461"/>
        <source>expected a mapping with &apos;format&apos;, &apos;set&apos; and &apos;questions&apos;</source>
        <translation>seharusnya pemetaan dengan &apos;format&apos;, &apos;set&apos;, dan &apos;questions&apos;</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/native.py" line="469"/>
        <source>unknown top-level key &apos;{key}&apos;</source>
        <translation>kunci tingkat atas &apos;{key}&apos; tidak dikenal</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/native.py" line="474"/>
        <source>&apos;format&apos; must be {tag}</source>
        <translation>&apos;format&apos; harus {tag}</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/native.py" line="482"/>
        <source>language {language} is not a code like en</source>
        <translation>bahasa {language} bukan kode seperti en</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/native.py" line="492"/>
        <source>&apos;sources&apos; must map each key to a citation</source>
        <translation>&apos;sources&apos; harus memetakan tiap kunci ke sebuah kutipan</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/native.py" line="504"/>
        <source>&apos;questions&apos; must be a non-empty list</source>
        <translation>&apos;questions&apos; harus berupa daftar yang tidak kosong</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/native.py" line="521"/>
        <source>&apos;set&apos; must be a mapping with &apos;id&apos; and &apos;title&apos;</source>
        <translation>&apos;set&apos; harus berupa pemetaan dengan &apos;id&apos; dan &apos;title&apos;</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/native.py" line="527"/>
        <source>unknown key &apos;{key}&apos; in &apos;set&apos;</source>
        <translation>kunci &apos;{key}&apos; di &apos;set&apos; tidak dikenal</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/native.py" line="584"/>
        <source>set id &apos;{set_id}&apos; is also used by {other}</source>
        <translation>id set &apos;{set_id}&apos; juga dipakai oleh {other}</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/formats/native.py" line="598"/>
        <source>question id &apos;{question_id}&apos; is already used at {path}:{line}</source>
        <translation>id soal &apos;{question_id}&apos; sudah dipakai di {path}:{line}</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/classreport.py" line="95"/>
        <source>too large for a progress file (over {megabytes} MB)</source>
        <translation>terlalu besar untuk berkas kemajuan (lebih dari {megabytes} MB)</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/classreport.py" line="105"/>
        <source>cannot be read: {reason}</source>
        <translation>tidak dapat dibaca: {reason}</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/classreport.py" line="110"/>
        <source>not a progress file: it is not text</source>
        <translation>bukan berkas kemajuan: bukan teks</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/classreport.py" line="115"/>
        <source>not a progress file: not valid JSON (line {line}: {reason})</source>
        <translation>bukan berkas kemajuan: bukan JSON yang valid (baris {line}: {reason})</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/classreport.py" line="124"/>
        <source>not a progress file: {reason}</source>
        <translation>bukan berkas kemajuan: {reason}</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/classreport.py" line="131"/>
        <source>not a quizapp progress file ({remedy})</source>
        <translation>bukan berkas kemajuan quizapp ({remedy})</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/classreport.py" line="139"/>
        <source>&apos;version&apos; must be a whole number, found {version}</source>
        <translation>&apos;version&apos; harus bilangan bulat, ditemukan {version}</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/classreport.py" line="146"/>
        <source>written by a newer quizapp (progress format {version}; this one reads {readable}); update quizapp to read it</source>
        <translation>ditulis oleh quizapp yang lebih baru (format kemajuan {version}; versi ini membaca {readable}); perbarui quizapp untuk membacanya</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/classreport.py" line="157"/>
        <source>&apos;profile&apos; must be the learner&apos;s name</source>
        <translation>&apos;profile&apos; harus berisi nama pelajar</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/classreport.py" line="163"/>
        <source>&apos;profile&apos;: {reason}</source>
        <translation>&apos;profile&apos;: {reason}</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/classreport.py" line="172"/>
        <source>&apos;exported_at&apos; must be a date and time with its time zone, found {found}</source>
        <translation>&apos;exported_at&apos; harus berupa tanggal dan waktu beserta zona waktunya, ditemukan {found}</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/classreport.py" line="182"/>
        <source>&apos;exported_at&apos; is in the future ({day}): the file was changed or the learner&apos;s clock is wrong</source>
        <translation>&apos;exported_at&apos; ada di masa depan ({day}): berkas ini diubah atau jam pelajar salah</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/classreport.py" line="192"/>
        <source>&apos;rows&apos; must be a list</source>
        <translation>&apos;rows&apos; harus berupa daftar</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/classreport.py" line="196"/>
        <source>&apos;rows&apos; holds {count} rows; a progress file has at most {most}</source>
        <translation>&apos;rows&apos; berisi {count} baris; berkas kemajuan paling banyak berisi {most}</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/classreport.py" line="213"/>
        <source>row {number} must be a mapping</source>
        <translation>baris {number} harus berupa pemetaan</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/classreport.py" line="219"/>
        <source>row {number}: &apos;{key}&apos; must be text</source>
        <translation>baris {number}: &apos;{key}&apos; harus berupa teks</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/classreport.py" line="227"/>
        <source>row {number}: &apos;{key}&apos; is longer than 500 characters</source>
        <translation>baris {number}: &apos;{key}&apos; lebih panjang dari 500 karakter</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/classreport.py" line="238"/>
        <source>row {number}: &apos;{key}&apos; must be a whole number of 0 or more</source>
        <translation>baris {number}: &apos;{key}&apos; harus bilangan bulat 0 atau lebih</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/classreport.py" line="248"/>
        <source>row {number}: &apos;{key}&apos; is {value}, more than {most}</source>
        <translation>baris {number}: &apos;{key}&apos; bernilai {value}, lebih dari {most}</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/classreport.py" line="261"/>
        <source>row {number}: &apos;{part}&apos; ({part_count}) is more than &apos;{whole}&apos; ({whole_count})</source>
        <translation>baris {number}: &apos;{part}&apos; ({part_count}) lebih dari &apos;{whole}&apos; ({whole_count})</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/classreport.py" line="299"/>
        <source>{folder}: cannot be read: {reason}</source>
        <translation>{folder}: tidak dapat dibaca: {reason}</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/classreport.py" line="311"/>
        <source>{path}: {problem}</source>
        <translation>{path}: {problem}</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/classreport.py" line="324"/>
        <source>{path}: &apos;{name}&apos; has {count} files ({files}); all are shown: check which is right</source>
        <translation>{path}: &apos;{name}&apos; punya {count} berkas ({files}); semuanya ditampilkan: periksa mana yang benar</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/storage/questions.py" line="460"/>
        <source>The stored question &apos;{question_id}&apos; is damaged. Run Check database to repair it.</source>
        <translation>Soal tersimpan &apos;{question_id}&apos; rusak. Jalankan Periksa basis data untuk memperbaikinya.</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/qtypes/cloze.py" line="86"/>
        <source>Fill in the gaps</source>
        <translation>Isian rumpang</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/qtypes/cloze.py" line="96"/>
        <source>{where}: a cloze prompt needs at least one {{{{gap}}}}</source>
        <translation>{where}: soal isian rumpang memerlukan paling sedikit satu {{{{gap}}}}</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/qtypes/cloze.py" line="106"/>
        <source>{where}: languages differ in their number of gaps {counts}</source>
        <translation>{where}: jumlah rumpang berbeda antarbahasa {counts}</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/qtypes/cloze.py" line="119"/>
        <source>{where}: gap {number} ({lang}) has no right answer</source>
        <translation>{where}: rumpang {number} ({lang}) tidak punya jawaban benar</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/qtypes/cloze.py" line="129"/>
        <source>{where}: gap {number} ({lang}) lists a right answer as a distractor</source>
        <translation>{where}: rumpang {number} ({lang}) mencantumkan jawaban benar sebagai pengecoh</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/qtypes/matching.py" line="45"/>
        <source>Matching</source>
        <translation>Menjodohkan</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/qtypes/matching.py" line="59"/>
        <source>{where}: pairs must be a list of at least 2 {{left, right}} entries</source>
        <translation>{where}: pasangan harus berupa daftar berisi paling sedikit 2 entri {{left, right}}</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/qtypes/matching.py" line="73"/>
        <source>{where}: pair {number} must have exactly &apos;left&apos; and &apos;right&apos;</source>
        <translation>{where}: pasangan {number} harus memiliki tepat &apos;left&apos; dan &apos;right&apos;</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/qtypes/numeric.py" line="58"/>
        <source>Number</source>
        <translation>Isian angka</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/qtypes/numeric.py" line="72"/>
        <source>{where}: tolerance must not be negative</source>
        <translation>{where}: toleransi tidak boleh negatif</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/qtypes/single_choice.py" line="85"/>
        <source>{where}: at most {most} options, found {count}</source>
        <translation>{where}: paling banyak {most} pilihan, ternyata {count}</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/qtypes/single_choice.py" line="97"/>
        <source>{where}: &apos;{key}&apos; must list at least one option</source>
        <translation>{where}: &apos;{key}&apos; harus mencantumkan paling sedikit satu pilihan</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/qtypes/single_choice.py" line="107"/>
        <source>{where}: answer {answer} is not one of the options</source>
        <translation>{where}: jawaban {answer} bukan salah satu pilihan</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/qtypes/single_choice.py" line="118"/>
        <source>{where}: &apos;{key}&apos; names the same option twice</source>
        <translation>{where}: &apos;{key}&apos; menyebut pilihan yang sama dua kali</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/qtypes/single_choice.py" line="204"/>
        <source>Single choice</source>
        <translation>Pilihan ganda</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/qtypes/true_false.py" line="51"/>
        <source>True or false</source>
        <translation>Benar atau salah</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/qtypes/true_false.py" line="65"/>
        <source>{where}: answer must be true or false</source>
        <translation>{where}: jawaban harus true atau false</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/qtypes/flashcard.py" line="32"/>
        <source>Flashcard</source>
        <translation>Kartu hafalan</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/qtypes/multiple_answer.py" line="33"/>
        <source>Multiple answers</source>
        <translation>Pilihan ganda kompleks</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/qtypes/ordering.py" line="51"/>
        <source>Ordering</source>
        <translation>Mengurutkan</translation>
    </message>
    <message>
        <location filename="../../quizapp/core/qtypes/short_answer.py" line="134"/>
        <source>Short answer</source>
        <translation>Isian singkat</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../quizapp/ui/errors.py" line="53"/>
        <source>Cannot do that</source>
        <translation>Tidak dapat melakukannya</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/errors.py" line="93"/>
        <source>choose its format in the Format list</source>
        <translation>pilih formatnya di daftar Format</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/errors.py" line="94"/>
        <source>fix the file&apos;s #separator line (tab, comma, semicolon or bar)</source>
        <translation>perbaiki baris #separator di berkas itu (tab, koma, titik koma, atau garis tegak)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/errors.py" line="97"/>
        <source>choose what each column holds in the list above the preview</source>
        <translation>pilih isi setiap kolom di daftar di atas pratinjau</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/errors.py" line="100"/>
        <source>type another set in Into the set</source>
        <translation>ketik set lain di Ke dalam set</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/errors.py" line="101"/>
        <source>tick Import as a copy and import again to have it in both sets</source>
        <translation>centang Impor sebagai salinan lalu impor lagi agar ada di kedua set</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/errors.py" line="104"/>
        <source>make one with Reports, Export my progress</source>
        <translation>buat dengan Laporan, Ekspor kemajuan saya</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/errors.py" line="105"/>
        <source>Import again and answer Yes when asked to replace them, or tick Import as a copy to keep both.</source>
        <translation>Impor lagi dan jawab Ya saat ditanya apakah soal itu diganti, atau centang Impor sebagai salinan agar keduanya tetap ada.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/errors.py" line="143"/>
        <source>Nothing you did is lost: it stays on screen. Retry once the problem is fixed.</source>
        <translation>Tidak ada yang hilang: semuanya tetap di layar. Coba lagi setelah masalahnya diatasi.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/errors.py" line="149"/>
        <source>Retry</source>
        <translation>Coba lagi</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/errors.py" line="152"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/errors.py" line="180"/>
        <source>quizapp hit a bug</source>
        <translation>quizapp mengalami galat</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/errors.py" line="181"/>
        <source>Something went wrong inside quizapp, and what you asked for was not finished. Every answer saved so far is safe, and you can go on using the app.</source>
        <translation>Terjadi kesalahan di dalam quizapp, dan permintaan Anda tidak diselesaikan. Semua jawaban yang sudah tersimpan aman, dan Anda dapat terus memakai aplikasi.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/errors.py" line="188"/>
        <source>Please give the details and the log file to whoever looks after quizapp: %1</source>
        <translation>Berikan rinciannya beserta berkas log kepada pengelola quizapp: %1</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/errors.py" line="190"/>
        <source>(no log file)</source>
        <translation>(tidak ada berkas log)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/errors.py" line="211"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
</TS>
