<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>ClassReportDialog</name>
    <message>
        <location filename="../../quizapp/ui/classreport.py" line="40"/>
        <source>Class report</source>
        <translation>Laporan kelas</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/classreport.py" line="45"/>
        <source>Learners save their progress with Reports → Export my progress… and bring the file (USB stick or shared folder). Put the files in one folder and choose it.</source>
        <translation>Pelajar menyimpan kemajuannya lewat Laporan → Ekspor kemajuan saya… lalu membawa berkasnya (flashdisk USB atau folder bersama). Kumpulkan berkas-berkas itu dalam satu folder, lalu pilih folder tersebut.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/classreport.py" line="50"/>
        <source>Choose &amp;folder…</source>
        <translation>Pilih &amp;folder…</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/classreport.py" line="55"/>
        <source>Progress per learner, set and topic</source>
        <translation>Kemajuan per pelajar, set, dan topik</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/classreport.py" line="58"/>
        <source>Learner / set and topic</source>
        <translation>Pelajar / set dan topik</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/classreport.py" line="59"/>
        <source>Questions</source>
        <translation>Soal</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/classreport.py" line="60"/>
        <source>Seen</source>
        <translation>Sudah dilihat</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/classreport.py" line="61"/>
        <source>Mastered</source>
        <translation>Dikuasai</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/classreport.py" line="62"/>
        <source>Retention (30 days)</source>
        <translation>Daya ingat (30 hari)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/classreport.py" line="63"/>
        <source>Time (min)</source>
        <translation>Waktu (menit)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/classreport.py" line="70"/>
        <source>Files left out</source>
        <translation>Berkas yang dilewati</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/classreport.py" line="73"/>
        <source>&amp;Save as CSV…</source>
        <translation>&amp;Simpan sebagai CSV…</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/classreport.py" line="77"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/classreport.py" line="91"/>
        <source>Files left out:</source>
        <translation>Berkas yang dilewati:</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/classreport.py" line="97"/>
        <source>Folder of progress files</source>
        <translation>Folder berkas kemajuan</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/classreport.py" line="129"/>
        <source>%1 (exported %2)</source>
        <translation>%1 (diekspor %2)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/classreport.py" line="140"/>
        <source>(no topic)</source>
        <translation>(tanpa topik)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/classreport.py" line="143"/>
        <source>None.</source>
        <translation>Tidak ada.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/classreport.py" line="144"/>
        <source>Learners: %1</source>
        <translation>Pelajar: %1</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/classreport.py" line="168"/>
        <source>Save the class report</source>
        <translation>Simpan laporan kelas</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/classreport.py" line="168"/>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/classreport.py" line="180"/>
        <source>Cannot write %1: %2</source>
        <translation>Tidak dapat menulis %1: %2</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/classreport.py" line="185"/>
        <source>Saved to %1.</source>
        <translation>Tersimpan di %1.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/classreport.py" line="111"/>
        <source>Reading the progress files…</source>
        <translation>Membaca berkas-berkas kemajuan…</translation>
    </message>
</context>
<context>
    <name>ClozeInput</name>
    <message>
        <location filename="../../quizapp/ui/answer_inputs.py" line="254"/>
        <source>Gap %1</source>
        <translation>Rumpang %1</translation>
    </message>
</context>
<context>
    <name>ExamResultPage</name>
    <message>
        <location filename="../../quizapp/ui/exam_result.py" line="36"/>
        <source>Score per topic</source>
        <translation>Nilai per topik</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/exam_result.py" line="36"/>
        <source>Topic</source>
        <translation>Topik</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/exam_result.py" line="36"/>
        <source>Right</source>
        <translation>Benar</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/exam_result.py" line="36"/>
        <source>Questions</source>
        <translation>Soal</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/exam_result.py" line="39"/>
        <source>Your mistakes</source>
        <translation>Kesalahan Anda</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/exam_result.py" line="42"/>
        <source>Back to sets (Esc)</source>
        <translation>Kembali ke set soal (Esc)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/exam_result.py" line="50"/>
        <source>Your mistakes, with the right answers:</source>
        <translation>Kesalahan Anda, beserta jawaban yang benar:</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/exam_result.py" line="58"/>
        <source>Exam score: %1%</source>
        <translation>Nilai ujian: %1%</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/exam_result.py" line="61"/>
        <source>%1 of %2 questions answered.</source>
        <translation>%1 dari %2 soal dijawab.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/exam_result.py" line="66"/>
        <source>Time ran out.</source>
        <translation>Waktu habis.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/exam_result.py" line="75"/>
        <source>Your answer: %1</source>
        <translation>Jawaban Anda: %1</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/exam_result.py" line="76"/>
        <source>Right answer: %1</source>
        <translation>Jawaban yang benar: %1</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../quizapp/ui/home.py" line="42"/>
        <source>ASEAN Quiz</source>
        <translation>Kuis ASEAN</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/home.py" line="45"/>
        <source>Learn how ASEAN is built: the Charter, the Secretariat in Jakarta, and Indonesia&apos;s National Secretariat.</source>
        <translation>Pelajari bagaimana ASEAN dibangun: Piagam ASEAN, Sekretariat ASEAN di Jakarta, dan Sekretariat Nasional ASEAN-Indonesia.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/home.py" line="52"/>
        <source>Learner profile</source>
        <translation>Profil pelajar</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/home.py" line="54"/>
        <source>&amp;New profile…</source>
        <translation>Profil &amp;baru…</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/home.py" line="62"/>
        <source>&amp;Learner:</source>
        <translation>&amp;Pelajar:</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/home.py" line="72"/>
        <source>Question sets</source>
        <translation>Set soal</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/home.py" line="71"/>
        <source>Question set</source>
        <translation>Set soal</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/home.py" line="56"/>
        <source>Rena&amp;me…</source>
        <translation>Ganti na&amp;ma…</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/home.py" line="58"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Hapus…</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/home.py" line="59"/>
        <source>Delete this learner and their progress</source>
        <translation>Hapus pelajar ini beserta kemajuannya</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/home.py" line="71"/>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/home.py" line="71"/>
        <source>Due today</source>
        <translation>Diulang hari ini</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/home.py" line="71"/>
        <source>Questions</source>
        <translation>Soal</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/home.py" line="82"/>
        <source>Review &amp;selected set</source>
        <translation>Ulang set &amp;terpilih</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/home.py" line="84"/>
        <source>&amp;Review all sets</source>
        <translation>Ulang &amp;semua set</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/home.py" line="87"/>
        <source>&amp;Progress</source>
        <translation>&amp;Kemajuan</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/home.py" line="89"/>
        <source>Se&amp;ttings…</source>
        <translation>Pe&amp;ngaturan…</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/home.py" line="91"/>
        <source>Pr&amp;actice…</source>
        <translation>&amp;Latihan…</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/home.py" line="93"/>
        <source>Study any sets or topics without changing your schedule</source>
        <translation>Belajar set atau topik apa pun tanpa mengubah jadwal Anda</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/home.py" line="96"/>
        <source>&amp;Exam…</source>
        <translation>U&amp;jian…</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/home.py" line="97"/>
        <source>A timed test with a score at the end</source>
        <translation>Tes berwaktu dengan nilai di akhir</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/home.py" line="135"/>
        <source>Due today: %1 · Reviews done today: %2 · Days in a row: %3 · Up to %4 new questions a day</source>
        <translation>Diulang hari ini: %1 · Ulangan selesai hari ini: %2 · Hari berturut-turut: %3 · Paling banyak %4 soal baru sehari</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/home.py" line="159"/>
        <source>New profile</source>
        <translation>Profil baru</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/home.py" line="160"/>
        <source>Name of the new learner:</source>
        <translation>Nama pelajar baru:</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/home.py" line="161"/>
        <source>Create</source>
        <translation>Buat</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/home.py" line="162"/>
        <location filename="../../quizapp/ui/home.py" line="173"/>
        <location filename="../../quizapp/ui/home.py" line="187"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/home.py" line="169"/>
        <source>Rename profile</source>
        <translation>Ganti nama profil</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/home.py" line="170"/>
        <source>New name of the learner:</source>
        <translation>Nama baru pelajar:</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/home.py" line="172"/>
        <source>Rename</source>
        <translation>Ganti nama</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/home.py" line="181"/>
        <source>Delete profile</source>
        <translation>Hapus profil</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/home.py" line="183"/>
        <source>Delete the learner &apos;%1&apos; and all of their progress? Other learners keep theirs. This cannot be undone.</source>
        <translation>Hapus pelajar &apos;%1&apos; beserta seluruh kemajuannya? Kemajuan pelajar lain tetap tersimpan. Tindakan ini tidak dapat dibatalkan.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/home.py" line="186"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="62"/>
        <source>Import questions</source>
        <translation>Impor soal</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="67"/>
        <source>Files to import</source>
        <translation>Berkas yang akan diimpor</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="69"/>
        <source>Add files…</source>
        <translation>Tambah berkas…</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="71"/>
        <source>Clear</source>
        <translation>Kosongkan</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="79"/>
        <source>one set per file, named after it</source>
        <translation>satu set per berkas, dinamai sesuai berkasnya</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="81"/>
        <source>Tell from each file</source>
        <translation>Kenali dari tiap berkas</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="86"/>
        <source>Import nothing until every question is right</source>
        <translation>Jangan impor apa pun sampai semua soal benar</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="87"/>
        <source>Import the valid questions and list the others</source>
        <translation>Impor soal yang valid dan daftar sisanya</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="88"/>
        <source>Import as a copy (a new set with new ids)</source>
        <translation>Impor sebagai salinan (set baru dengan id baru)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="90"/>
        <source>Into the set:</source>
        <translation>Ke dalam set:</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="91"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="92"/>
        <source>If a question has a problem:</source>
        <translation>Jika sebuah soal bermasalah:</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="95"/>
        <source>Columns</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="96"/>
        <source>The first row names the columns</source>
        <translation>Baris pertama berisi nama kolom</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="98"/>
        <source>Columns of the first file</source>
        <translation>Kolom berkas pertama</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="103"/>
        <source>Choose what each column holds; the choice is kept for such files.</source>
        <translation>Pilih isi setiap kolom; pilihan ini diingat untuk berkas seperti ini.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="109"/>
        <source>Preview</source>
        <translation>Pratinjau</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="117"/>
        <source>Preview of the import</source>
        <translation>Pratinjau impor</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="120"/>
        <source>Line</source>
        <translation>Baris</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="121"/>
        <location filename="../../quizapp/ui/importer.py" line="237"/>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="122"/>
        <location filename="../../quizapp/ui/importer.py" line="232"/>
        <source>Question</source>
        <translation>Soal</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="123"/>
        <location filename="../../quizapp/ui/importer.py" line="233"/>
        <source>Answer</source>
        <translation>Jawaban</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="139"/>
        <source>Import report</source>
        <translation>Laporan impor</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="124"/>
        <location filename="../../quizapp/ui/importer.py" line="151"/>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="143"/>
        <source>CSV, TSV and spreadsheets, Moodle XML and GIFT, Aiken, Anki packages and text exports, and quizapp&apos;s own YAML files. Preview shows what would change before anything is written; importing a file again keeps learners&apos; progress.</source>
        <translation>CSV, TSV dan lembar kerja, Moodle XML dan GIFT, Aiken, paket Anki dan ekspor teksnya, serta berkas YAML milik quizapp. Pratinjau menunjukkan apa yang akan berubah sebelum apa pun ditulis; mengimpor berkas lagi mempertahankan kemajuan pelajar.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="158"/>
        <source>Files:</source>
        <translation>Berkas:</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="185"/>
        <source>Choose question files</source>
        <translation>Pilih berkas soal</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="209"/>
        <source>Columns of %1</source>
        <translation>Kolom %1</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="228"/>
        <source>What this column holds</source>
        <translation>Isi kolom ini</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="230"/>
        <source>(choose)</source>
        <translation>(pilih)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="231"/>
        <source>(skip)</source>
        <translation>(lewati)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="234"/>
        <source>One option</source>
        <translation>Satu pilihan</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="235"/>
        <source>Options (a|b|c)</source>
        <translation>Pilihan (a|b|c)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="236"/>
        <source>Explanation</source>
        <translation>Penjelasan</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="238"/>
        <source>Topic</source>
        <translation>Topik</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="239"/>
        <source>Difficulty</source>
        <translation>Tingkat kesulitan</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="240"/>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="241"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="242"/>
        <source>Other accepted answers</source>
        <translation>Jawaban lain yang diterima</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="243"/>
        <source>Tolerance</source>
        <translation>Toleransi</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="308"/>
        <location filename="../../quizapp/ui/importer.py" line="384"/>
        <source>Add the files to import first.</source>
        <translation>Tambahkan dulu berkas yang akan diimpor.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="290"/>
        <location filename="../../quizapp/ui/importer.py" line="430"/>
        <source>Nothing was imported.</source>
        <translation>Tidak ada yang diimpor.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="296"/>
        <source>Nothing was imported: problems to fix first: %1</source>
        <translation>Tidak ada yang diimpor: masalah yang harus diperbaiki dulu: %1</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="333"/>
        <source>new</source>
        <translation>baru</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="334"/>
        <source>replaces</source>
        <translation>mengganti</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="335"/>
        <source>unchanged</source>
        <translation>tidak berubah</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="352"/>
        <source>skipped</source>
        <translation>dilewati</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="361"/>
        <source>%1 new, %2 replaced, %3 unchanged, %4 skipped; nothing is written yet.</source>
        <translation>%1 baru, %2 diganti, %3 tidak berubah, %4 dilewati; belum ada yang ditulis.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="369"/>
        <source>Read as %1.</source>
        <translation>Dibaca sebagai %1.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="371"/>
        <source>Preview ready.</source>
        <translation>Pratinjau siap.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="419"/>
        <source>Replace questions?</source>
        <translation>Ganti soal?</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="421"/>
        <source>Another file put questions into this set, and this file would replace some of them (%1). Replace them? Choose No and tick &apos;Import as a copy&apos; to keep both.</source>
        <translation>Berkas lain sudah memasukkan soal ke set ini, dan berkas ini akan mengganti sebagian (%1). Ganti? Pilih Tidak lalu centang &apos;Impor sebagai salinan&apos; untuk menyimpan keduanya.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="407"/>
        <source>Done.</source>
        <translation>Selesai.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/importer.py" line="293"/>
        <source>Cannot import</source>
        <translation>Tidak dapat mengimpor</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Your own memory model now schedules your reviews: see Settings.</source>
        <translation>Model ingatan Anda sendiri kini mengatur ulangan Anda: lihat Pengaturan.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/main_window.py" line="309"/>
        <source>No backup was taken</source>
        <translation>Cadangan tidak dibuat</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/main_window.py" line="87"/>
        <source>ASEAN Quiz</source>
        <translation>Kuis ASEAN</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/main_window.py" line="144"/>
        <source>&amp;Questions</source>
        <translation>&amp;Soal</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/main_window.py" line="145"/>
        <source>&amp;Import…</source>
        <translation>&amp;Impor…</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/main_window.py" line="146"/>
        <source>&amp;Sets…</source>
        <translation>S&amp;et…</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/main_window.py" line="147"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Jelajahi…</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/main_window.py" line="148"/>
        <source>&amp;Reports</source>
        <translation>&amp;Laporan</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/main_window.py" line="149"/>
        <source>&amp;Export my progress…</source>
        <translation>&amp;Ekspor kemajuan saya…</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/main_window.py" line="150"/>
        <source>&amp;Class report…</source>
        <translation>Laporan &amp;kelas…</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/main_window.py" line="181"/>
        <source>Export my progress</source>
        <translation>Ekspor kemajuan saya</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/main_window.py" line="183"/>
        <source>Progress files (*.json)</source>
        <translation>Berkas kemajuan (*.json)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/main_window.py" line="197"/>
        <source>Cannot export the progress</source>
        <translation>Kemajuan tidak dapat diekspor</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/main_window.py" line="203"/>
        <source>Saved your progress to %1; give this file to your teacher.</source>
        <translation>Kemajuan Anda tersimpan di %1; serahkan berkas ini kepada guru Anda.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/main_window.py" line="278"/>
        <source>Cannot rename the profile</source>
        <translation>Nama profil tidak dapat diganti</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/main_window.py" line="196"/>
        <source>Exporting your progress…</source>
        <translation>Mengekspor kemajuan Anda…</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/main_window.py" line="269"/>
        <location filename="../../quizapp/ui/main_window.py" line="300"/>
        <source>Cannot open the profile</source>
        <translation>Tidak dapat membuka profil</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/main_window.py" line="287"/>
        <source>Cannot delete the profile</source>
        <translation>Tidak dapat menghapus profil</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/main_window.py" line="293"/>
        <source>This learner no longer exists</source>
        <translation>Pelajar ini sudah tidak ada</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/main_window.py" line="318"/>
        <source>Your settings were not saved</source>
        <translation>Pengaturan Anda tidak tersimpan</translation>
    </message>
</context>
<context>
    <name>ModeDialog</name>
    <message>
        <location filename="../../quizapp/ui/mode_dialog.py" line="44"/>
        <source>Practice</source>
        <translation>Latihan</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/mode_dialog.py" line="44"/>
        <source>Exam</source>
        <translation>Ujian</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/mode_dialog.py" line="47"/>
        <source>Practise any sets or topics, in any order. Your schedule and statistics stay as they are.</source>
        <translation>Berlatih dengan set atau topik apa pun, dalam urutan apa pun. Jadwal dan statistik Anda tidak berubah.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/mode_dialog.py" line="52"/>
        <source>Questions drawn at random from the sets you choose. You see your score, per topic, and your mistakes at the end.</source>
        <translation>Soal diambil secara acak dari set yang Anda pilih. Di akhir Anda melihat nilai, nilai per topik, dan kesalahan Anda.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/mode_dialog.py" line="59"/>
        <source>Question sets</source>
        <translation>Set soal</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/mode_dialog.py" line="68"/>
        <source>Topics</source>
        <translation>Topik</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/mode_dialog.py" line="69"/>
        <source>Shuffle the questions</source>
        <translation>Acak urutan soal</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/mode_dialog.py" line="76"/>
        <source>no limit</source>
        <translation>tanpa batas</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/mode_dialog.py" line="77"/>
        <source> min</source>
        <translation> menit</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/mode_dialog.py" line="88"/>
        <source>Topics:</source>
        <translation>Topik:</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/mode_dialog.py" line="91"/>
        <source>Questions:</source>
        <translation>Jumlah soal:</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/mode_dialog.py" line="92"/>
        <source>Time limit:</source>
        <translation>Batas waktu:</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/mode_dialog.py" line="94"/>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/mode_dialog.py" line="94"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/mode_dialog.py" line="97"/>
        <source>Sets:</source>
        <translation>Set:</translation>
    </message>
</context>
<context>
    <name>OrderingInput</name>
    <message>
        <location filename="../../quizapp/ui/answer_inputs.py" line="342"/>
        <source>Items to put in order</source>
        <translation>Butir yang harus diurutkan</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/answer_inputs.py" line="351"/>
        <source>Move up (Alt+Up)</source>
        <translation>Naikkan (Alt+Up)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/answer_inputs.py" line="353"/>
        <source>Move down (Alt+Down)</source>
        <translation>Turunkan (Alt+Down)</translation>
    </message>
</context>
<context>
    <name>ProgressCharts</name>
    <message>
        <location filename="../../quizapp/ui/progress.py" line="206"/>
        <location filename="../../quizapp/ui/progress.py" line="336"/>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/progress.py" line="207"/>
        <location filename="../../quizapp/ui/progress.py" line="335"/>
        <source>Learning</source>
        <translation>Sedang dipelajari</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/progress.py" line="208"/>
        <source>Review</source>
        <translation>Ulangan</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/progress.py" line="209"/>
        <source>Relearned</source>
        <translation>Dipelajari ulang</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/progress.py" line="212"/>
        <source>%1: %2 answers (new %3, learning %4, review %5, relearned %6), %7 min</source>
        <translation>%1: %2 jawaban (baru %3, sedang dipelajari %4, ulangan %5, dipelajari ulang %6), %7 menit</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/progress.py" line="222"/>
        <source>Questions answered per day</source>
        <translation>Soal yang dijawab per hari</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/progress.py" line="232"/>
        <source>Each column is a study day: new questions, questions you are learning, reviews, and questions you forgot and relearned. In this period: %1 answers in %2 minutes.</source>
        <translation>Setiap kolom adalah satu hari belajar: soal baru, soal yang sedang kamu pelajari, ulangan, dan soal yang terlupa lalu dipelajari ulang. Dalam periode ini: %1 jawaban dalam %2 menit.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/progress.py" line="246"/>
        <source>%1: %2 due</source>
        <translation>%1: %2 jatuh tempo</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/progress.py" line="249"/>
        <source>Coming due in the next 30 days</source>
        <translation>Jatuh tempo dalam 30 hari ke depan</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/progress.py" line="253"/>
        <source>Due</source>
        <translation>Jatuh tempo</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/progress.py" line="259"/>
        <source>How many questions come back each day if you keep studying; today&apos;s column includes any you have not caught up on.</source>
        <translation>Berapa soal yang kembali setiap hari jika kamu terus belajar; kolom hari ini termasuk soal yang belum kamu kejar.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/progress.py" line="270"/>
        <source>%1: %2 answers</source>
        <translation>%1: %2 jawaban</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/progress.py" line="276"/>
        <source>Study days in the last year</source>
        <translation>Hari belajar dalam setahun terakhir</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/progress.py" line="279"/>
        <source>Each square is a day; the darker, the more you answered. Days in a row: %1.</source>
        <translation>Setiap kotak adalah satu hari; makin gelap, makin banyak yang kamu jawab. Hari berturut-turut: %1.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/progress.py" line="288"/>
        <source>Week of %1: %2 of %3 recalled (%4)</source>
        <translation>Minggu %1: %2 dari %3 diingat (%4)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/progress.py" line="294"/>
        <source>Week of %1: no reviews were due</source>
        <translation>Minggu %1: tidak ada ulangan yang jatuh tempo</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/progress.py" line="301"/>
        <source>Recalled per week</source>
        <translation>Diingat per minggu</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/progress.py" line="305"/>
        <source>Recalled</source>
        <translation>Diingat</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/progress.py" line="308"/>
        <source>Your goal (%1)</source>
        <translation>Targetmu (%1)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/progress.py" line="311"/>
        <source>Of the questions due for review each week, the share you remembered, beside the goal set in Settings. Far below the goal: review more often; far above: you may study fewer reviews.</source>
        <translation>Dari soal yang jatuh tempo untuk diulang setiap minggu, bagian yang kamu ingat, di samping target di Pengaturan. Jauh di bawah target: ulangi lebih sering; jauh di atas: ulanganmu boleh lebih sedikit.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/progress.py" line="324"/>
        <source>(no topic)</source>
        <translation>(tanpa topik)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/progress.py" line="326"/>
        <source>%1: %2 mastered, %3 learning, %4 new</source>
        <translation>%1: %2 dikuasai, %3 sedang dipelajari, %4 baru</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/progress.py" line="334"/>
        <source>Mastered</source>
        <translation>Dikuasai</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/progress.py" line="340"/>
        <source>Mastery per set</source>
        <translation>Penguasaan per set</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/progress.py" line="342"/>
        <source>Mastered means you will very likely remember it for three weeks or more.</source>
        <translation>Dikuasai berarti kamu sangat mungkin masih mengingatnya tiga minggu atau lebih.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/progress.py" line="345"/>
        <source>Weakest topics</source>
        <translation>Topik terlemah</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/progress.py" line="347"/>
        <source>Topics with the smallest share mastered come first: practise these next.</source>
        <translation>Topik dengan bagian dikuasai paling kecil ada di atas: latih topik ini berikutnya.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/progress.py" line="358"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/progress.py" line="361"/>
        <source>Exam scores</source>
        <translation>Nilai ujian</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/progress.py" line="365"/>
        <source>Score</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/progress.py" line="369"/>
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
        <location filename="../../quizapp/ui/progress.py" line="111"/>
        <source>Progress of %1</source>
        <translation>Kemajuan %1</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/progress.py" line="114"/>
        <source>All sets</source>
        <translation>Semua set</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/progress.py" line="129"/>
        <source>Reviews today: %1 · Days in a row: %2 · Reviews in the last 30 days: %3 · Recalled in the last 30 days: %4</source>
        <translation>Ulangan hari ini: %1 · Hari berturut-turut: %2 · Ulangan 30 hari terakhir: %3 · Diingat dalam 30 hari terakhir: %4</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/progress.py" line="140"/>
        <source>Latest exams: %1</source>
        <translation>Ujian terakhir: %1</translation>
    </message>
</context>
<context>
    <name>QuestionBrowser</name>
    <message>
        <location filename="../../quizapp/ui/browser.py" line="42"/>
        <source>Browse questions</source>
        <translation>Jelajahi soal</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/browser.py" line="45"/>
        <source>Search the text of every question…</source>
        <translation>Cari di teks semua soal…</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/browser.py" line="57"/>
        <source>Questions found</source>
        <translation>Soal yang ditemukan</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/browser.py" line="60"/>
        <source>Prompt</source>
        <translation>Pertanyaan</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/browser.py" line="60"/>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/browser.py" line="60"/>
        <source>Set</source>
        <translation>Set</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/browser.py" line="60"/>
        <source>Topic</source>
        <translation>Topik</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/browser.py" line="68"/>
        <source>The chosen question</source>
        <translation>Soal yang dipilih</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/browser.py" line="70"/>
        <source>&amp;Add…</source>
        <translation>&amp;Tambah…</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/browser.py" line="71"/>
        <source>Write a new question in an imported set</source>
        <translation>Tulis soal baru di set yang diimpor</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/browser.py" line="73"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/browser.py" line="75"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Hapus…</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/browser.py" line="84"/>
        <source>Set:</source>
        <translation>Set:</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/browser.py" line="85"/>
        <source>Type:</source>
        <translation>Jenis:</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/browser.py" line="86"/>
        <source>Topic:</source>
        <translation>Topik:</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/browser.py" line="87"/>
        <source>Tag:</source>
        <translation>Tag:</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/browser.py" line="106"/>
        <source>All</source>
        <translation>Semua</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/browser.py" line="148"/>
        <source>Questions found: %1</source>
        <translation>Soal ditemukan: %1</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/browser.py" line="167"/>
        <source>Built-in questions cannot be edited</source>
        <translation>Soal bawaan tidak dapat diubah</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/browser.py" line="209"/>
        <source>Delete question</source>
        <translation>Hapus soal</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/browser.py" line="211"/>
        <source>Delete this question? It leaves study and this list; learners&apos; history of it is kept.</source>
        <translation>Hapus soal ini? Soal ini tidak lagi dipelajari dan hilang dari daftar ini; riwayat pelajar untuk soal ini tetap disimpan.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/browser.py" line="215"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/browser.py" line="216"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>QuestionEditor</name>
    <message>
        <location filename="../../quizapp/ui/editor.py" line="59"/>
        <source>Edit question</source>
        <translation>Ubah soal</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/editor.py" line="59"/>
        <source>New question</source>
        <translation>Soal baru</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/editor.py" line="75"/>
        <source>True</source>
        <translation>Benar</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/editor.py" line="76"/>
        <source>False</source>
        <translation>Salah</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/editor.py" line="89"/>
        <source>separated by commas</source>
        <translation>dipisahkan dengan koma</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/editor.py" line="92"/>
        <source>Set:</source>
        <translation>Set:</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/editor.py" line="93"/>
        <source>Type:</source>
        <translation>Jenis:</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/editor.py" line="94"/>
        <source>Prompt:</source>
        <translation>Pertanyaan:</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/editor.py" line="98"/>
        <location filename="../../quizapp/ui/editor.py" line="192"/>
        <location filename="../../quizapp/ui/editor.py" line="193"/>
        <source>Answer:</source>
        <translation>Jawaban:</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/editor.py" line="95"/>
        <source>Options (one per line):</source>
        <translation>Pilihan (satu per baris):</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/editor.py" line="100"/>
        <source>Other accepted answers (one per line):</source>
        <translation>Jawaban lain yang diterima (satu per baris):</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/editor.py" line="101"/>
        <source>Tolerance (±):</source>
        <translation>Toleransi (±):</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/editor.py" line="102"/>
        <source>Pairs (one per line: left = right):</source>
        <translation>Pasangan (satu per baris: kiri = kanan):</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/editor.py" line="103"/>
        <source>Items in the right order (one per line):</source>
        <translation>Butir dalam urutan yang benar (satu per baris):</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/editor.py" line="106"/>
        <source>Topic:</source>
        <translation>Topik:</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/editor.py" line="107"/>
        <source>Difficulty (1-3):</source>
        <translation>Tingkat kesulitan (1-3):</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/editor.py" line="108"/>
        <source>Explanation:</source>
        <translation>Penjelasan:</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/editor.py" line="109"/>
        <source>Tags:</source>
        <translation>Tag:</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/editor.py" line="114"/>
        <source>Problem with the question</source>
        <translation>Masalah pada soal</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/editor.py" line="118"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/editor.py" line="120"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/editor.py" line="194"/>
        <source>Right option:</source>
        <translation>Pilihan yang benar:</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/editor.py" line="195"/>
        <source>Right options (one per line):</source>
        <translation>Pilihan yang benar (satu per baris):</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/editor.py" line="196"/>
        <source>Number:</source>
        <translation>Angka:</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/editor.py" line="209"/>
        <source>There is no imported set to add questions to.</source>
        <translation>Belum ada set impor untuk ditambahi soal.</translation>
    </message>
</context>
<context>
    <name>SetManagerDialog</name>
    <message>
        <location filename="../../quizapp/ui/sets.py" line="42"/>
        <location filename="../../quizapp/ui/sets.py" line="45"/>
        <source>Question sets</source>
        <translation>Set soal</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/sets.py" line="50"/>
        <source>Set (tick to study it)</source>
        <translation>Set (centang untuk mempelajarinya)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/sets.py" line="51"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/sets.py" line="52"/>
        <source>Origin</source>
        <translation>Asal</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/sets.py" line="53"/>
        <source>Questions</source>
        <translation>Soal</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/sets.py" line="61"/>
        <source>Rename…</source>
        <translation>Ganti nama…</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/sets.py" line="63"/>
        <location filename="../../quizapp/ui/sets.py" line="120"/>
        <source>Delete…</source>
        <translation>Hapus…</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/sets.py" line="86"/>
        <source>deleted, history kept</source>
        <translation>dihapus, riwayat disimpan</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/sets.py" line="106"/>
        <source>built in</source>
        <translation>bawaan</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/sets.py" line="106"/>
        <source>imported</source>
        <translation>diimpor</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/sets.py" line="120"/>
        <source>Delete history…</source>
        <translation>Hapus riwayat…</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/sets.py" line="139"/>
        <source>Rename set</source>
        <translation>Ganti nama set</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/sets.py" line="139"/>
        <source>Title:</source>
        <translation>Judul:</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/sets.py" line="154"/>
        <location filename="../../quizapp/ui/sets.py" line="159"/>
        <source>Delete history</source>
        <translation>Hapus riwayat</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/sets.py" line="156"/>
        <source>Delete every learner&apos;s history of the deleted set &apos;%1&apos; for good? This cannot be undone.</source>
        <translation>Hapus untuk selamanya riwayat semua pelajar untuk set terhapus &apos;%1&apos;? Tindakan ini tidak dapat dibatalkan.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/sets.py" line="160"/>
        <location filename="../../quizapp/ui/sets.py" line="173"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/sets.py" line="164"/>
        <source>Also delete every learner&apos;s history of it (cannot be undone)</source>
        <translation>Hapus juga riwayat semua pelajar untuk set ini (tidak dapat dibatalkan)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/sets.py" line="167"/>
        <source>Delete set</source>
        <translation>Hapus set</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/sets.py" line="169"/>
        <source>Delete the set &apos;%1&apos;? Its questions leave study and the lists. Learners&apos; history of it is kept, and importing it again brings it back.</source>
        <translation>Hapus set &apos;%1&apos;? Soal-soalnya tidak lagi dipelajari dan hilang dari daftar. Riwayat pelajar untuk set ini tetap disimpan, dan mengimpornya lagi akan memulihkannya.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/sets.py" line="172"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/sets.py" line="189"/>
        <source>Deleting the set…</source>
        <translation>Menghapus set…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>&amp;Fit now</source>
        <translation>&amp;Hitung sekarang</translation>
    </message>
    <message>
        <source>Fit your memory model to your answers; it is kept only if it predicts better.</source>
        <translation>Hitung model ingatan dari jawaban Anda; hanya dipakai jika menebak lebih baik.</translation>
    </message>
    <message>
        <source>Fitting your memory model…</source>
        <translation>Menghitung model ingatan Anda…</translation>
    </message>
    <message>
        <source>After a year of %1 new questions a day (your memory, simulated):</source>
        <translation>Setelah setahun dengan %1 soal baru per hari (ingatan Anda, disimulasikan):</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/settings_dialog.py" line="94"/>
        <source>Retention</source>
        <translation>Daya ingat</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/settings_dialog.py" line="95"/>
        <source>Answers a day</source>
        <translation>Jawaban per hari</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/settings_dialog.py" line="96"/>
        <source>Remembered</source>
        <translation>Diingat</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/settings_dialog.py" line="76"/>
        <source>Memory model:</source>
        <translation>Model ingatan:</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/settings_dialog.py" line="111"/>
        <source>Average (the default). Yours is fitted once you have %1 answers given a day or more apart; you have %2.</source>
        <translation>Rata-rata (bawaan). Model Anda sendiri dihitung setelah ada %1 jawaban yang berjarak sehari atau lebih; Anda punya %2.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/settings_dialog.py" line="121"/>
        <source>Average (the default): the fit of %1 did not predict your newest answers better, so it was not used.</source>
        <translation>Rata-rata (bawaan): perhitungan tanggal %1 tidak lebih baik menebak jawaban terbaru Anda, jadi tidak dipakai.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/settings_dialog.py" line="126"/>
        <source>Your own, fitted %1: your memory is steadier than average, so fewer reviews: a question needs about %2 answers in its first year instead of %3.</source>
        <translation>Milik Anda, dihitung %1: ingatan Anda lebih kuat dari rata-rata, jadi ulangan lebih sedikit: satu soal perlu sekitar %2 jawaban di tahun pertamanya, bukan %3.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/settings_dialog.py" line="131"/>
        <source>Your own, fitted %1: your memory fades faster than average, so more reviews: a question needs about %2 answers in its first year instead of %3.</source>
        <translation>Milik Anda, dihitung %1: ingatan Anda lebih cepat pudar dari rata-rata, jadi ulangan lebih banyak: satu soal perlu sekitar %2 jawaban di tahun pertamanya, bukan %3.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/settings_dialog.py" line="136"/>
        <source>Your own, fitted %1: close to average; a question needs about %2 answers in its first year (average %3).</source>
        <translation>Milik Anda, dihitung %1: mendekati rata-rata; satu soal perlu sekitar %2 jawaban di tahun pertamanya (rata-rata %3).</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/settings_dialog.py" line="77"/>
        <source>Next &amp;day starts at:</source>
        <translation>Hari &amp;baru mulai pukul:</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/settings_dialog.py" line="54"/>
        <source>Answers before this hour count to the day before, as in a late session.</source>
        <translation>Jawaban sebelum jam ini dihitung ke hari sebelumnya, seperti sesi larut malam.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/settings_dialog.py" line="33"/>
        <source>Settings of %1</source>
        <translation>Pengaturan %1</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/settings_dialog.py" line="35"/>
        <source>Same as the system</source>
        <translation>Sama dengan sistem</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/settings_dialog.py" line="57"/>
        <source>Again / Hard / Good / Easy</source>
        <translation>Lagi / Sulit / Baik / Mudah</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/settings_dialog.py" line="58"/>
        <source>Fail / Pass</source>
        <translation>Gagal / Lulus</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/settings_dialog.py" line="67"/>
        <source>&amp;Language:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/settings_dialog.py" line="68"/>
        <source>&amp;New questions a day:</source>
        <translation>Soal ba&amp;ru per hari:</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/settings_dialog.py" line="69"/>
        <source>&amp;Most reviews a day:</source>
        <translation>Ulangan &amp;maksimum per hari:</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/settings_dialog.py" line="70"/>
        <source>&amp;Desired retention:</source>
        <translation>&amp;Target daya ingat:</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/settings_dialog.py" line="78"/>
        <source>&amp;Flashcard grades:</source>
        <translation>Penilaian &amp;kartu:</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/settings_dialog.py" line="79"/>
        <source>&amp;Text size:</source>
        <translation>&amp;Ukuran teks:</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/settings_dialog.py" line="80"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/settings_dialog.py" line="80"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>StudyPage</name>
    <message>
        <location filename="../../quizapp/ui/study.py" line="105"/>
        <source>I guessed (G)</source>
        <translation>Saya menebak (G)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/study.py" line="107"/>
        <source>Right by luck: the question comes back soon, as if missed.</source>
        <translation>Benar karena untung: soal ini segera muncul lagi, seperti terlewat.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/study.py" line="371"/>
        <source>✓ Right, by a guess: it comes back soon</source>
        <translation>✓ Benar, tapi menebak: soal ini segera muncul lagi</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/study.py" line="70"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>Batalkan (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/study.py" line="72"/>
        <source>End session</source>
        <translation>Akhiri sesi</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/study.py" line="81"/>
        <source>Question</source>
        <translation>Soal</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/study.py" line="87"/>
        <source>Answer</source>
        <translation>Jawaban</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/study.py" line="97"/>
        <source>Show answer (Space)</source>
        <translation>Tampilkan jawaban (Spasi)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/study.py" line="99"/>
        <source>Hint (Ctrl+H)</source>
        <translation>Petunjuk (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/study.py" line="101"/>
        <source>Check (Enter)</source>
        <translation>Periksa (Enter)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/study.py" line="103"/>
        <source>I was right (Ctrl+R)</source>
        <translation>Jawaban saya benar (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/study.py" line="110"/>
        <source>Continue (Space)</source>
        <translation>Lanjut (Spasi)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/study.py" line="113"/>
        <source>Again</source>
        <translation>Lagi</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/study.py" line="114"/>
        <source>Hard</source>
        <translation>Sulit</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/study.py" line="115"/>
        <source>Good</source>
        <translation>Baik</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/study.py" line="116"/>
        <source>Easy</source>
        <translation>Mudah</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/study.py" line="283"/>
        <source>Hint: %1</source>
        <translation>Petunjuk: %1</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/study.py" line="361"/>
        <source>✓ Counted as right (your call)</source>
        <translation>✓ Dihitung benar (keputusan Anda)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/study.py" line="429"/>
        <source>✓ Right</source>
        <translation>✓ Benar</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/study.py" line="432"/>
        <source>✗ Partly right: %1%</source>
        <translation>✗ Sebagian benar: %1%</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/study.py" line="435"/>
        <source>✗ Not quite</source>
        <translation>✗ Belum tepat</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/study.py" line="438"/>
        <source>Answer: %1</source>
        <translation>Jawaban: %1</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/study.py" line="447"/>
        <source>Accepted with a typo: %1</source>
        <translation>Diterima dengan salah ketik: %1</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/study.py" line="452"/>
        <source>Source: %1</source>
        <translation>Sumber: %1</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/study.py" line="508"/>
        <source>Fail</source>
        <translation>Gagal</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/study.py" line="508"/>
        <source>Pass</source>
        <translation>Lulus</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/study.py" line="521"/>
        <source>%1 min</source>
        <translation>%1 mnt</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/study.py" line="522"/>
        <source>%1 h</source>
        <translation>%1 j</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/study.py" line="523"/>
        <source>%1 d</source>
        <translation>%1 hr</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/study.py" line="524"/>
        <source>%1 mo</source>
        <translation>%1 bln</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/study.py" line="525"/>
        <source>%1 y</source>
        <translation>%1 th</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/study.py" line="532"/>
        <source>Answered in this session: %1</source>
        <translation>Dijawab dalam sesi ini: %1</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/study.py" line="535"/>
        <source>Exam: question %1 of %2</source>
        <translation>Ujian: soal %1 dari %2</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/study.py" line="542"/>
        <source>Time left: %1</source>
        <translation>Sisa waktu: %1</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/study.py" line="397"/>
        <source>Your answer was not taken back</source>
        <translation>Jawaban Anda tidak dibatalkan</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/study.py" line="411"/>
        <source>Your answer was not saved</source>
        <translation>Jawaban Anda tidak tersimpan</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../quizapp/ui/summary.py" line="30"/>
        <source>Questions answered</source>
        <translation>Soal dijawab</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/summary.py" line="31"/>
        <source>New questions seen</source>
        <translation>Soal baru dilihat</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/summary.py" line="32"/>
        <source>Quiz answers right / wrong</source>
        <translation>Jawaban kuis benar / salah</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/summary.py" line="33"/>
        <source>Again / Hard / Good / Easy</source>
        <translation>Lagi / Sulit / Baik / Mudah</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/summary.py" line="38"/>
        <source>Back to sets (Space)</source>
        <translation>Kembali ke set soal (Spasi)</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/summary.py" line="52"/>
        <source>Session complete</source>
        <translation>Sesi selesai</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/summary.py" line="52"/>
        <source>Nothing to study now</source>
        <translation>Tidak ada yang perlu dipelajari sekarang</translation>
    </message>
</context>
<context>
    <name>TypedInput</name>
    <message>
        <location filename="../../quizapp/ui/answer_inputs.py" line="211"/>
        <source>Your answer</source>
        <translation>Jawaban Anda</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/answer_inputs.py" line="213"/>
        <source>Type a number</source>
        <translation>Ketik angka</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/answer_inputs.py" line="215"/>
        <source>Type your answer</source>
        <translation>Ketik jawaban Anda</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../quizapp/ui/app.py" line="60"/>
        <source>Cannot open quizapp</source>
        <translation>quizapp tidak dapat dibuka</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../quizapp/ui/errors.py" line="52"/>
        <source>Cannot do that</source>
        <translation>Tidak dapat melakukannya</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/errors.py" line="89"/>
        <source>Nothing you did is lost: it stays on screen. Retry once the problem is fixed.</source>
        <translation>Tidak ada yang hilang: semuanya tetap di layar. Coba lagi setelah masalahnya diatasi.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/errors.py" line="95"/>
        <source>Retry</source>
        <translation>Coba lagi</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/errors.py" line="98"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/errors.py" line="126"/>
        <source>quizapp hit a bug</source>
        <translation>quizapp mengalami galat</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/errors.py" line="127"/>
        <source>Something went wrong inside quizapp, and what you asked for was not finished. Every answer saved so far is safe, and you can go on using the app.</source>
        <translation>Terjadi kesalahan di dalam quizapp, dan permintaan Anda tidak diselesaikan. Semua jawaban yang sudah tersimpan aman, dan Anda dapat terus memakai aplikasi.</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/errors.py" line="134"/>
        <source>Please give the details and the log file to whoever looks after quizapp: %1</source>
        <translation>Berikan rinciannya beserta berkas log kepada pengelola quizapp: %1</translation>
    </message>
    <message>
        <location filename="../../quizapp/ui/errors.py" line="136"/>
        <source>(no log file)</source>
        <translation>(tidak ada berkas log)</translation>
    </message>
</context>
</TS>
