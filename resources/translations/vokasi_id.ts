<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Vokasi Desktop</source>
        <translation>Tentang Vokasi Desktop</translation>
    </message>
    <message>
        <source>&lt;b&gt;Vokasi Desktop %1&lt;/b&gt;&lt;br&gt;Branch office application for the Vokasi Indonesia Pekerja training programme of BPJS Ketenagakerjaan.</source>
        <translation>&lt;b&gt;Vokasi Desktop %1&lt;/b&gt;&lt;br&gt;Aplikasi kantor cabang untuk Program Vokasi Indonesia Pekerja BPJS Ketenagakerjaan.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versi</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Basis data</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Folder data</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>Folder log</translation>
    </message>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>Qt / PySide6</source>
        <translation>Qt / PySide6</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Sistem operasi</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>Instalasi</translation>
    </message>
    <message>
        <source>bundle (%1)</source>
        <translation>paket (%1)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Salin</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Buka folder log</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The database cannot be opened or used (%1). The technical details were written to the log.</source>
        <translation>Basis data tidak dapat dibuka atau dipakai (%1). Rincian teknis dicatat di log.</translation>
    </message>
    <message>
        <source>Updating the database…</source>
        <translation>Memperbarui basis data…</translation>
    </message>
    <message>
        <source>This database has no users yet.

Run `vokasi-desktop init` to create the branch profile and the first administrator, or `vokasi-desktop demo` to fill an empty database with demo data, then start the application again.</source>
        <translation>Basis data ini belum memiliki pengguna.

Jalankan `vokasi-desktop init` untuk membuat profil kantor dan administrator pertama, atau `vokasi-desktop demo` untuk mengisi basis data kosong dengan data contoh, lalu buka aplikasi lagi.</translation>
    </message>
    <message>
        <source>Login ended</source>
        <translation>Sesi login berakhir</translation>
    </message>
    <message>
        <source>Your login session is no longer valid (unused for more than 12 hours, ended elsewhere, or your account or role was changed by an administrator). The last action was not carried out. Please log in again.</source>
        <translation>Sesi login Anda tidak berlaku lagi (tidak dipakai lebih dari 12 jam, diakhiri di tempat lain, atau akun atau peran Anda diubah administrator). Tindakan terakhir tidak dijalankan. Silakan login lagi.</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Audit log</source>
        <translation>Log Audit</translation>
    </message>
    <message>
        <source>username</source>
        <translation>nama pengguna</translation>
    </message>
    <message>
        <source>e.g. user. or member.register</source>
        <translation>mis. user. atau member.register</translation>
    </message>
    <message>
        <source>NIK of the person (16 digits)</source>
        <translation>NIK orang tersebut (16 digit)</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>Rentang tanggal</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Orang</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Ekspor ke Excel…</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objek</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Sebelumnya</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Berikutnya</translation>
    </message>
    <message>
        <source>Audit chain intact: %1 entries checked.</source>
        <translation>Rantai audit utuh: %1 entri diperiksa.</translation>
    </message>
    <message>
        <source>AUDIT CHAIN BROKEN: </source>
        <translation>RANTAI AUDIT RUSAK: </translation>
    </message>
    <message>
        <source>%1–%2 of %3 entries</source>
        <translation>%1–%2 dari %3 entri</translation>
    </message>
    <message>
        <source>Export audit log</source>
        <translation>Ekspor log audit</translation>
    </message>
    <message>
        <source>Saved %1 rows to %2.</source>
        <translation>%1 baris disimpan ke %2.</translation>
    </message>
</context>
<context>
    <name>AuditWarning</name>
    <message>
        <source>Audit log</source>
        <translation>Log audit</translation>
    </message>
    <message>
        <source>The audit log failed its integrity check. Someone may have changed the database behind the application&apos;s back.</source>
        <translation>Log audit gagal dalam pemeriksaan keutuhan. Seseorang mungkin telah mengubah basis data di luar aplikasi.</translation>
    </message>
    <message>
        <source>Details: vokasi-desktop audit verify</source>
        <translation>Rincian: vokasi-desktop audit verify</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>The database file %1 is damaged or missing and no good backup was found in %2.

Nothing was changed. Restore a backup file with `vokasi-desktop restore FILE`.</source>
        <translation>Berkas basis data %1 rusak atau hilang dan tidak ada cadangan yang baik di %2.

Tidak ada yang diubah. Pulihkan berkas cadangan dengan `vokasi-desktop restore BERKAS`.</translation>
    </message>
    <message>
        <source>The database file %1 is damaged or missing. Nothing was written to it.

Restore the newest good backup, made %2 (%3)? The damaged file is kept beside it.</source>
        <translation>Berkas basis data %1 rusak atau hilang. Tidak ada yang ditulis ke berkas itu.

Pulihkan cadangan baik terbaru, dibuat %2 (%3)? Berkas yang rusak disimpan di sampingnya.</translation>
    </message>
    <message>
        <source>The backup could not be restored.</source>
        <translation>Cadangan tidak dapat dipulihkan.</translation>
    </message>
</context>
<context>
    <name>BackupSection</name>
    <message>
        <source>Backups</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Cadangkan sekarang</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Pilih folder…</translation>
    </message>
    <message>
        <source>Check a backup file…</source>
        <translation>Periksa berkas cadangan…</translation>
    </message>
    <message>
        <source>A backup is made automatically at the first start of the day and when the application closes. To restore, close the application and run `vokasi-desktop restore FILE`.</source>
        <translation>Cadangan dibuat otomatis saat aplikasi pertama kali dibuka setiap hari dan saat aplikasi ditutup. Untuk memulihkan, tutup aplikasi lalu jalankan `vokasi-desktop restore BERKAS`.</translation>
    </message>
    <message>
        <source>Making the backup…</source>
        <translation>Membuat cadangan…</translation>
    </message>
    <message>
        <source>Backup saved and verified: %1</source>
        <translation>Cadangan tersimpan dan terverifikasi: %1</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Folder cadangan</translation>
    </message>
    <message>
        <source>Check a backup file</source>
        <translation>Periksa berkas cadangan</translation>
    </message>
    <message>
        <source>Backups (*.vkbak)</source>
        <translation>Cadangan (*.vkbak)</translation>
    </message>
    <message>
        <source>Good backup: made %1, branch %2, %3 audit entries.</source>
        <translation>Cadangan baik: dibuat %1, kantor %2, %3 entri log audit.</translation>
    </message>
</context>
<context>
    <name>BranchProfileSection</name>
    <message>
        <source>Branch profile and letterhead</source>
        <translation>Profil kantor dan kop surat</translation>
    </message>
    <message>
        <source>Choose &amp;logo...</source>
        <translation>Pilih &amp;logo...</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Hapus logo</translation>
    </message>
    <message>
        <source>Save &amp;branch profile</source>
        <translation>Simpan &amp;profil kantor</translation>
    </message>
    <message>
        <source>Branch code</source>
        <translation>Kode kantor</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Alamat</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Kota</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Head of branch</source>
        <translation>Kepala Kantor Cabang</translation>
    </message>
    <message>
        <source>Head&apos;s position</source>
        <translation>Jabatan kepala</translation>
    </message>
    <message>
        <source>Head&apos;s NPP</source>
        <translation>NPP kepala</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>PNG or JPEG, at most 2 MB and 32 to 4000 pixels a side.</source>
        <translation>PNG atau JPEG, paling besar 2 MB dan 32 sampai 4000 piksel per sisi.</translation>
    </message>
    <message>
        <source>Letterhead preview</source>
        <translation>Pratinjau kop surat</translation>
    </message>
    <message>
        <source>Only the head of branch or an administrator changes the branch profile.</source>
        <translation>Hanya kepala cabang atau administrator yang mengubah profil kantor.</translation>
    </message>
    <message>
        <source>Stored logo (%1 KB)</source>
        <translation>Logo tersimpan (%1 KB)</translation>
    </message>
    <message>
        <source>No logo: a neutral emblem is printed.</source>
        <translation>Belum ada logo: lambang netral yang dicetak.</translation>
    </message>
    <message>
        <source>Choose the letterhead logo</source>
        <translation>Pilih logo kop surat</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Gambar (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Logo saved; documents print it from now on.</source>
        <translation>Logo tersimpan; dokumen berikutnya mencetaknya.</translation>
    </message>
    <message>
        <source>Logo removed.</source>
        <translation>Logo dihapus.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Tersimpan.</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <source>Enter or double click: open the list</source>
        <translation>Enter atau klik ganda: buka daftarnya</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Ganti kata sandi</translation>
    </message>
    <message>
        <source>An administrator reset your password. Choose a new password before you continue (at least 8 characters, not your user name).</source>
        <translation>Administrator telah mengatur ulang kata sandi Anda. Pilih kata sandi baru sebelum melanjutkan (minimal 8 karakter, bukan nama pengguna Anda).</translation>
    </message>
    <message>
        <source>Choose a new password (at least 8 characters, not your user name).</source>
        <translation>Pilih kata sandi baru (minimal 8 karakter, bukan nama pengguna Anda).</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Kata sandi saat ini</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Kata sandi baru</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Ulangi kata sandi baru</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>Kedua kata sandi baru tidak sama.</translation>
    </message>
</context>
<context>
    <name>ClassDialog</name>
    <message>
        <source>New class</source>
        <translation>Kelas baru</translation>
    </message>
    <message>
        <source>Class: %1</source>
        <translation>Kelas: %1</translation>
    </message>
    <message>
        <source>%1 of %2 seats taken.</source>
        <translation>%1 dari %2 kursi terisi.</translation>
    </message>
    <message>
        <source>The class has been changed. Save the changes?</source>
        <translation>Data kelas telah diubah. Simpan perubahan?</translation>
    </message>
    <message>
        <source>The institution is %1.</source>
        <translation>Status lembaga: %1.</translation>
    </message>
    <message>
        <source>The institution has no licence on record.</source>
        <translation>Lembaga ini belum memiliki izin yang tercatat.</translation>
    </message>
    <message>
        <source>Its licence is issued on %1, after the class starts.</source>
        <translation>Izinnya baru terbit %1, setelah kelas dimulai.</translation>
    </message>
    <message>
        <source>Its licence ends on %1, before the class starts.</source>
        <translation>Izinnya berakhir %1, sebelum kelas dimulai.</translation>
    </message>
    <message>
        <source>It has less than one year of experience at the class start.</source>
        <translation>Pengalamannya kurang dari satu tahun saat kelas dimulai.</translation>
    </message>
    <message>
        <source>Fill in the class title.</source>
        <translation>Isi judul pelatihan.</translation>
    </message>
    <message>
        <source>Fill in the start and end dates (dd/mm/yyyy).</source>
        <translation>Isi tanggal mulai dan selesai (hh/bb/tttt).</translation>
    </message>
    <message>
        <source>The class ends before it starts.</source>
        <translation>Tanggal selesai kelas sebelum tanggal mulai.</translation>
    </message>
    <message>
        <source>Fill in the cost per participant (0 if free).</source>
        <translation>Isi biaya per peserta (0 bila gratis).</translation>
    </message>
    <message>
        <source>Choose the institution that holds the class.</source>
        <translation>Pilih lembaga penyelenggara kelas.</translation>
    </message>
    <message>
        <source>Fill in the regency/city where the class takes place.</source>
        <translation>Isi kabupaten/kota tempat kelas diadakan.</translation>
    </message>
    <message>
        <source>Some fields need attention: see the messages in red.</source>
        <translation>Beberapa isian perlu diperbaiki: lihat pesan berwarna merah.</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Kelas</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Kode</translation>
    </message>
    <message>
        <source>&amp;Institution</source>
        <translation>&amp;Lembaga</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Judul</translation>
    </message>
    <message>
        <source>&amp;Field</source>
        <translation>&amp;Bidang</translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation>&amp;Jam pelajaran</translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation>&amp;Mode</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Wilayah</translation>
    </message>
    <message>
        <source>Regency/city code or name, e.g. 3578</source>
        <translation>Kode atau nama kabupaten/kota, mis. 3578</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>L&amp;okasi</translation>
    </message>
    <message>
        <source>Schedule, seats and cost</source>
        <translation>Jadwal, kursi, dan biaya</translation>
    </message>
    <message>
        <source>&amp;Start date</source>
        <translation>Tanggal &amp;mulai</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>hh/bb/tttt</translation>
    </message>
    <message>
        <source>&amp;End date</source>
        <translation>Tanggal &amp;selesai</translation>
    </message>
    <message>
        <source>Ca&amp;pacity (seats)</source>
        <translation>Ka&amp;pasitas (kursi)</translation>
    </message>
    <message>
        <source>Cost per partici&amp;pant</source>
        <translation>Biaya per &amp;peserta</translation>
    </message>
    <message>
        <source>e.g. 2.400.000</source>
        <translation>mis. 2.400.000</translation>
    </message>
    <message>
        <source>St&amp;atus</source>
        <translation>St&amp;atus</translation>
    </message>
</context>
<context>
    <name>ClassOfferModel</name>
    <message>
        <source>Class</source>
        <translation>Kelas</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Lembaga</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Jadwal</translation>
    </message>
    <message>
        <source>Seats left</source>
        <translation>Sisa kursi</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Hasil pemeriksaan</translation>
    </message>
    <message>
        <source>With notes</source>
        <translation>Dengan catatan</translation>
    </message>
    <message>
        <source>Needs supervisor</source>
        <translation>Perlu supervisor</translation>
    </message>
</context>
<context>
    <name>ClassesPage</name>
    <message>
        <source>All modes</source>
        <translation>Semua mode</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>All institutions</source>
        <translation>Semua lembaga</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Lembaga</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Seats left</source>
        <translation>Sisa kursi</translation>
    </message>
    <message>
        <source>Cost per participant</source>
        <translation>Biaya per peserta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 classes</source>
        <translation>%1 kelas</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Kelas</translation>
    </message>
    <message>
        <source>&amp;New class…</source>
        <translation>Kelas &amp;baru…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Buka…</translation>
    </message>
    <message>
        <source>Search title, code, field or institution…</source>
        <translation>Cari judul, kode, bidang, atau lembaga…</translation>
    </message>
    <message>
        <source>Seats left only</source>
        <translation>Hanya yang masih ada kursi</translation>
    </message>
    <message>
        <source>Enter: open · Ctrl+F: search · Ctrl+N: new</source>
        <translation>Enter: buka · Ctrl+F: cari · Ctrl+N: baru</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <source>Conflicts from exchange packages</source>
        <translation>Konflik dari paket pertukaran</translation>
    </message>
    <message>
        <source>A field changed both here and at the sending office since the last exchange. Choose which value is right; the choice is recorded and travels with the next package.</source>
        <translation>Data yang diubah di kantor ini dan di kantor pengirim sejak pertukaran terakhir. Pilih nilai yang benar; pilihan dicatat dan ikut terkirim dalam paket berikutnya.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Catatan data</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Value here</source>
        <translation>Nilai di sini</translation>
    </message>
    <message>
        <source>Value from sender</source>
        <translation>Nilai dari pengirim</translation>
    </message>
    <message>
        <source>This office</source>
        <translation>Kantor ini</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Pengirim</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Keep the value &amp;here</source>
        <translation>Pertahankan nilai di &amp;sini</translation>
    </message>
    <message>
        <source>Use the &amp;sender&apos;s value</source>
        <translation>Pakai nilai &amp;pengirim</translation>
    </message>
    <message>
        <source>Same NIK registered at two offices</source>
        <translation>NIK sama terdaftar di dua kantor</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Member A</source>
        <translation>Peserta A</translation>
    </message>
    <message>
        <source>Office A</source>
        <translation>Kantor A</translation>
    </message>
    <message>
        <source>Member B</source>
        <translation>Peserta B</translation>
    </message>
    <message>
        <source>Office B</source>
        <translation>Kantor B</translation>
    </message>
    <message>
        <source>Keep member &amp;A</source>
        <translation>Pertahankan peserta &amp;A</translation>
    </message>
    <message>
        <source>Keep member &amp;B</source>
        <translation>Pertahankan peserta &amp;B</translation>
    </message>
    <message>
        <source>%1 (%2 enrolments)</source>
        <translation>%1 (%2 pendaftaran)</translation>
    </message>
    <message>
        <source>Conflict not resolved</source>
        <translation>Konflik tidak diselesaikan</translation>
    </message>
    <message>
        <source>%1: %2 is now “%3”.</source>
        <translation>%1: %2 sekarang “%3”.</translation>
    </message>
    <message>
        <source>Merge members</source>
        <translation>Gabungkan peserta</translation>
    </message>
    <message>
        <source>Keep %1 (%2) and move the other member&apos;s enrolments and contributions to them? The other member record is removed.</source>
        <translation>Pertahankan %1 (%2) dan pindahkan pendaftaran serta iuran peserta yang lain kepadanya? Data peserta yang lain dihapus.</translation>
    </message>
    <message>
        <source>Members not merged</source>
        <translation>Peserta tidak digabungkan</translation>
    </message>
    <message>
        <source>Merged: %1 kept.</source>
        <translation>Digabungkan: %1 dipertahankan.</translation>
    </message>
</context>
<context>
    <name>CounterDocuments</name>
    <message>
        <source>Enrolment letter %1</source>
        <translation>Surat pengantar %1</translation>
    </message>
    <message>
        <source>Issuing the letter…</source>
        <translation>Menerbitkan surat pengantar…</translation>
    </message>
    <message>
        <source>Enrolment letter %1 issued and saved as %2.</source>
        <translation>Surat pengantar %1 diterbitkan dan disimpan sebagai %2.</translation>
    </message>
    <message>
        <source>Eligibility slip %1</source>
        <translation>Slip kelayakan %1</translation>
    </message>
    <message>
        <source>Issuing the eligibility slip…</source>
        <translation>Menerbitkan slip kelayakan…</translation>
    </message>
    <message>
        <source>Eligibility slip %1 issued and saved as %2.</source>
        <translation>Slip kelayakan %1 diterbitkan dan disimpan sebagai %2.</translation>
    </message>
</context>
<context>
    <name>CounterEnrol</name>
    <message>
        <source>A supervisor cannot approve this: %1</source>
        <translation>Supervisor tidak dapat menyetujui ini: %1</translation>
    </message>
    <message>
        <source>Waiting for the supervisor&apos;s approval…</source>
        <translation>Menunggu persetujuan supervisor…</translation>
    </message>
    <message>
        <source>Not enrolled: the supervisor&apos;s approval was cancelled.</source>
        <translation>Belum didaftarkan: persetujuan supervisor dibatalkan.</translation>
    </message>
    <message>
        <source>Enrolling…</source>
        <translation>Mendaftarkan…</translation>
    </message>
    <message>
        <source>Enrolled in %1 · %2 at %3, %4 – %5 (enrolment no. %6).</source>
        <translation>Terdaftar di %1 · %2 di %3, %4 – %5 (pendaftaran no. %6).</translation>
    </message>
    <message>
        <source>Approved by supervisor %1: %2</source>
        <translation>Disetujui supervisor %1: %2</translation>
    </message>
    <message>
        <source>Next: print the letter (Ctrl+L).</source>
        <translation>Berikutnya: cetak surat pengantar (Ctrl+L).</translation>
    </message>
</context>
<context>
    <name>CounterKeys</name>
    <message>
        <source>NIK or KPJ, then Enter</source>
        <translation>NIK atau KPJ, lalu Enter</translation>
    </message>
    <message>
        <source>Type or scan a NIK/KPJ, Enter</source>
        <translation>Ketik atau pindai NIK/KPJ, Enter</translation>
    </message>
    <message>
        <source>Look the worker up (digits typed anywhere on this page go to the NIK field)</source>
        <translation>Cari pekerja (angka yang diketik di mana pun pada halaman ini masuk ke kolom NIK)</translation>
    </message>
    <message>
        <source>Up / Down</source>
        <translation>Panah atas / bawah</translation>
    </message>
    <message>
        <source>Choose a class</source>
        <translation>Pilih kelas</translation>
    </message>
    <message>
        <source>Enrol in the chosen class (or Enter on the enrol button)</source>
        <translation>Daftarkan ke kelas yang dipilih (atau Enter pada tombol Daftarkan)</translation>
    </message>
    <message>
        <source>Print the enrolment letter</source>
        <translation>Cetak surat pengantar</translation>
    </message>
    <message>
        <source>Print the eligibility slip</source>
        <translation>Cetak slip kelayakan</translation>
    </message>
    <message>
        <source>Record the membership verification</source>
        <translation>Catat verifikasi kepesertaan</translation>
    </message>
    <message>
        <source>Register a new member</source>
        <translation>Daftarkan peserta baru</translation>
    </message>
    <message>
        <source>Today: the workers served today; Enter continues with one</source>
        <translation>Hari ini: pekerja yang dilayani hari ini; Enter melanjutkan layanan salah satunya</translation>
    </message>
    <message>
        <source>Back to the NIK field</source>
        <translation>Kembali ke kolom NIK</translation>
    </message>
    <message>
        <source>Next customer: clear everything</source>
        <translation>Pelanggan berikutnya: kosongkan layar</translation>
    </message>
    <message>
        <source>This help</source>
        <translation>Bantuan ini</translation>
    </message>
    <message>
        <source>Counter keys</source>
        <translation>Tombol pintas Layanan Loket</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Panduan</translation>
    </message>
    <message>
        <source>Press Enter again on &quot;%1&quot; to enrol, or Ctrl+Enter.</source>
        <translation>Tekan Enter sekali lagi pada &quot;%1&quot; untuk mendaftarkan, atau Ctrl+Enter.</translation>
    </message>
</context>
<context>
    <name>CounterPage</name>
    <message>
        <source>Counter service</source>
        <translation>Layanan Loket</translation>
    </message>
    <message>
        <source>Clear the screen for the next worker and put the cursor in the search field.</source>
        <translation>Kosongkan layar untuk pekerja berikutnya dan letakkan kursor di kolom pencarian.</translation>
    </message>
    <message>
        <source>&amp;Next customer (Esc)</source>
        <translation>Pelanggan berik&amp;utnya (Esc)</translation>
    </message>
    <message>
        <source>NIK or &amp;KPJ</source>
        <translation>NIK atau &amp;KPJ</translation>
    </message>
    <message>
        <source>Type or scan a NIK (16 digits) or KPJ (11 characters), then Enter</source>
        <translation>Ketik/pindai NIK (16 digit) atau KPJ, lalu Enter</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Cari</translation>
    </message>
    <message>
        <source>Register a worker who is not in the database yet, starting from the NIK typed.</source>
        <translation>Daftarkan pekerja yang belum ada di basis data, mulai dari NIK yang diketik.</translation>
    </message>
    <message>
        <source>&amp;Register new member (Ctrl+N)</source>
        <translation>&amp;Daftarkan peserta baru (Ctrl+N)</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>Type or scan the worker&apos;s NIK or KPJ number. A worker who is not registered yet can be registered from here.</source>
        <translation>Ketik atau pindai NIK atau nomor KPJ pekerja. Pekerja yang belum terdaftar dapat didaftarkan dari sini.</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>KPJ</source>
        <translation>KPJ</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmen</translation>
    </message>
    <message>
        <source>Work status</source>
        <translation>Status pekerjaan</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Kepesertaan</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Iuran</translation>
    </message>
    <message>
        <source>Enrolments</source>
        <translation>Pendaftaran</translation>
    </message>
    <message>
        <source>Membership not verified yet. C&amp;hecked with:</source>
        <translation>Kepesertaan belum diverifikasi. Diperiksa &amp;melalui:</translation>
    </message>
    <message>
        <source>Record that the membership was checked (membership card, JMO app or head-office data).</source>
        <translation>Catat bahwa kepesertaan sudah diperiksa (kartu peserta, aplikasi JMO atau data kantor pusat).</translation>
    </message>
    <message>
        <source>Record &amp;verification (Ctrl+R)</source>
        <translation>Catat &amp;verifikasi (Ctrl+R)</translation>
    </message>
    <message>
        <source>Show rules &amp;that do not apply</source>
        <translation>Tampilkan aturan yang &amp;tidak berlaku</translation>
    </message>
    <message>
        <source>Classes the member can join now</source>
        <translation>Kelas yang dapat diikuti sekarang</translation>
    </message>
    <message>
        <source>Issue the eligibility slip of the check shown (for eligible and not eligible workers alike).</source>
        <translation>Terbitkan slip hasil pemeriksaan kelayakan yang ditampilkan (untuk pekerja yang memenuhi maupun yang tidak memenuhi syarat).</translation>
    </message>
    <message>
        <source>Print eligibility sli&amp;p (Ctrl+P)</source>
        <translation>Cetak &amp;slip kelayakan (Ctrl+P)</translation>
    </message>
    <message>
        <source>Enrol the member in the selected class.</source>
        <translation>Daftarkan peserta ke kelas yang dipilih.</translation>
    </message>
    <message>
        <source>Issue the enrolment letter to the training institution and open it.</source>
        <translation>Terbitkan surat pengantar ke lembaga pelatihan lalu buka.</translation>
    </message>
    <message>
        <source>Print &amp;letter (Ctrl+L)</source>
        <translation>Cetak surat &amp;pengantar (Ctrl+L)</translation>
    </message>
    <message>
        <source>Wait a moment: the last action is still being saved.</source>
        <translation>Tunggu sebentar: tindakan terakhir masih disimpan.</translation>
    </message>
    <message>
        <source>Type or scan the NIK (16 digits) or the KPJ number (11 characters).</source>
        <translation>Ketik atau pindai NIK (16 digit) atau nomor KPJ (11 karakter).</translation>
    </message>
    <message>
        <source>%1 Type a 16-digit NIK or an 11-character KPJ.</source>
        <translation>%1 Ketik NIK 16 digit atau KPJ 11 karakter.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Mencari…</translation>
    </message>
    <message>
        <source>No member is registered with NIK %1. Press Enter again or Ctrl+N to register the worker.</source>
        <translation>Belum ada peserta terdaftar dengan NIK %1. Tekan Enter sekali lagi atau Ctrl+N untuk mendaftarkan pekerja ini.</translation>
    </message>
    <message>
        <source>No member is registered with KPJ %1. Check the number, or search by NIK; Ctrl+N registers a new member.</source>
        <translation>Belum ada peserta terdaftar dengan KPJ %1. Periksa nomornya atau cari dengan NIK; Ctrl+N mendaftarkan peserta baru.</translation>
    </message>
    <message>
        <source>Enrolled. Print the letter (Ctrl+L), then press Esc for the next customer.</source>
        <translation>Sudah terdaftar. Cetak surat pengantar (Ctrl+L), lalu tekan Esc untuk pelanggan berikutnya.</translation>
    </message>
    <message>
        <source>Classes open for this member: %1. Up/Down choose a class; Ctrl+Enter enrols.</source>
        <translation>Kelas yang terbuka untuk peserta ini: %1. Atas/Bawah memilih kelas; Ctrl+Enter mendaftarkan.</translation>
    </message>
    <message>
        <source>Classes marked &quot;! Needs supervisor&quot; need a supervisor&apos;s approval when enrolling.</source>
        <translation>Kelas bertanda &quot;! Perlu supervisor&quot; memerlukan persetujuan supervisor saat mendaftar.</translation>
    </message>
    <message>
        <source>No class can be offered to this member now (no open class with seats that the member meets the rules for).</source>
        <translation>Belum ada kelas yang dapat ditawarkan kepada peserta ini (tidak ada kelas terbuka dengan kursi tersisa yang syaratnya dipenuhi peserta).</translation>
    </message>
    <message>
        <source>Eligibility check</source>
        <translation>Pemeriksaan kelayakan</translation>
    </message>
    <message>
        <source>&amp;Enrol %1 in %2 with supervisor approval (Ctrl+Enter)</source>
        <translation>Daftarkan %1 di %2 dengan persetujuan supervisor (Ctrl+&amp;Enter)</translation>
    </message>
    <message>
        <source>&amp;Enrol %1 in %2 (Ctrl+Enter)</source>
        <translation>Daftarkan %1 di %2 (Ctrl+&amp;Enter)</translation>
    </message>
    <message>
        <source>Membership verification</source>
        <translation>Verifikasi kepesertaan</translation>
    </message>
    <message>
        <source>What did you check (card number, JMO screen, head-office answer)?</source>
        <translation>Apa yang Anda periksa (nomor kartu, layar JMO, jawaban kantor pusat)?</translation>
    </message>
    <message>
        <source>&amp;Enrol in class (Ctrl+Enter)</source>
        <translation>Daftarkan ke ke&amp;las (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Memuat %1…</translation>
    </message>
    <message>
        <source>Continuing with %1 (served today at %2).</source>
        <translation>Melanjutkan layanan untuk %1 (dilayani hari ini pukul %2).</translation>
    </message>
    <message>
        <source>%1 is registered. Checking eligibility…</source>
        <translation>%1 sudah terdaftar. Memeriksa kelayakan…</translation>
    </message>
    <message>
        <source>%1 is registered as a new member.</source>
        <translation>%1 terdaftar sebagai peserta baru.</translation>
    </message>
    <message>
        <source>There is no membership verification to record for this member.</source>
        <translation>Tidak ada verifikasi kepesertaan yang perlu dicatat untuk peserta ini.</translation>
    </message>
    <message>
        <source>Membership verification recorded (%1).</source>
        <translation>Verifikasi kepesertaan dicatat (%1).</translation>
    </message>
    <message>
        <source>This member has just been enrolled. Print the letter (Ctrl+L), or press Esc for the next customer.</source>
        <translation>Peserta ini baru saja didaftarkan. Cetak surat pengantar (Ctrl+L), atau tekan Esc untuk pelanggan berikutnya.</translation>
    </message>
    <message>
        <source>Choose a class first.</source>
        <translation>Pilih kelas terlebih dahulu.</translation>
    </message>
    <message>
        <source>The letter is issued after enrolling (Ctrl+Enter).</source>
        <translation>Surat pengantar diterbitkan setelah peserta didaftarkan (Ctrl+Enter).</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>An unexpected error occurred. The application keeps running; if something looks wrong, close it and start it again.</source>
        <translation>Terjadi kesalahan yang tidak terduga. Aplikasi tetap berjalan; bila ada yang tampak tidak beres, tutup aplikasi lalu buka kembali.</translation>
    </message>
    <message>
        <source>The details were written to the log file:
%1</source>
        <translation>Rinciannya telah dicatat di berkas log:
%1</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Kesalahan tak terduga</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>This month</source>
        <translation>Bulan ini</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 hari terakhir</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Tahun ini</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Tahun lalu</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Show &amp;numbers</source>
        <translation>Tampilkan &amp;angka</translation>
    </message>
    <message>
        <source>Show every chart as a table (Ctrl+T)</source>
        <translation>Tampilkan setiap grafik sebagai tabel (Ctrl+T)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Porsi</translation>
    </message>
    <message>
        <source>Quota and budget used</source>
        <translation>Kuota dan anggaran terpakai</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Uraian</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Terpakai</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Dialokasikan</translation>
    </message>
    <message>
        <source>Used %</source>
        <translation>% terpakai</translation>
    </message>
    <message>
        <source>Enrolments per month</source>
        <translation>Pendaftaran per bulan</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>Status of enrolments</source>
        <translation>Status pendaftaran</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Completion rate per institution</source>
        <translation>Tingkat kelulusan per lembaga</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Lembaga</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Terdaftar</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Lulus</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>Tidak lulus</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>Tingkat kelulusan</translation>
    </message>
    <message>
        <source>Participants by segment, employment status and mode</source>
        <translation>Peserta menurut segmen, status pekerjaan dan moda</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <source>Licences expiring within 60 days</source>
        <translation>Izin yang berakhir dalam 60 hari</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Berakhir</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Sisa hari</translation>
    </message>
    <message>
        <source>Classes starting this week with seats left</source>
        <translation>Kelas mulai minggu ini yang masih ada kursi</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Kelas</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>Seats left</source>
        <translation>Sisa kursi</translation>
    </message>
    <message>
        <source>Today&apos;s counter activity</source>
        <translation>Kegiatan loket hari ini</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <source>The figures could not be read.</source>
        <translation>Angka tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>Period %1 – %2</source>
        <translation>Periode %1 – %2</translation>
    </message>
    <message>
        <source>%1 enrolments in the period, training cost %2.</source>
        <translation>%1 pendaftaran dalam periode ini, biaya pelatihan %2.</translation>
    </message>
    <message>
        <source>No quota set for %1</source>
        <translation>Kuota %1 belum ditetapkan</translation>
    </message>
    <message>
        <source>Seats %1</source>
        <translation>Kursi %1</translation>
    </message>
    <message>
        <source>Budget %1</source>
        <translation>Anggaran %1</translation>
    </message>
    <message>
        <source>National target (participants)</source>
        <translation>Target nasional (peserta)</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Kursi</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Anggaran</translation>
    </message>
    <message>
        <source>Enrolments</source>
        <translation>Pendaftaran</translation>
    </message>
    <message>
        <source>Workers served</source>
        <translation>Pekerja dilayani</translation>
    </message>
    <message>
        <source>Enrolled with supervisor override</source>
        <translation>Terdaftar dengan persetujuan supervisor</translation>
    </message>
    <message>
        <source>Members registered</source>
        <translation>Peserta baru dicatat</translation>
    </message>
    <message>
        <source>Documents issued</source>
        <translation>Dokumen diterbitkan</translation>
    </message>
    <message>
        <source>Enrolments cancelled</source>
        <translation>Pendaftaran dibatalkan</translation>
    </message>
    <message>
        <source>  cancelled: %1</source>
        <translation>  batal: %1</translation>
    </message>
    <message>
        <source>Refused eligibility checks are not stored, so they cannot be counted here.</source>
        <translation>Pemeriksaan kelayakan yang ditolak tidak disimpan, jadi tidak dapat dihitung di sini.</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <source>Documents</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <source>The signing key is unlocked. Please repeat the action.</source>
        <translation>Kunci tanda tangan sudah dibuka. Silakan ulangi perintah tadi.</translation>
    </message>
    <message>
        <source>(copy)</source>
        <translation>(salinan)</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Sertifikat</translation>
    </message>
    <message>
        <source>A certificate is issued only for a completed enrolment. Record the result first (Change status → Completed).</source>
        <translation>Sertifikat hanya diterbitkan untuk pendaftaran yang sudah selesai. Catat hasilnya terlebih dahulu (Ubah status → Lulus).</translation>
    </message>
    <message>
        <source>This enrolment was cancelled: no certificate is issued for it.</source>
        <translation>Pendaftaran ini sudah dibatalkan: tidak ada sertifikat untuknya.</translation>
    </message>
    <message>
        <source>The participant did not pass this class: a certificate is issued only to those who completed and passed.</source>
        <translation>Peserta tidak lulus kelas ini: sertifikat hanya diterbitkan untuk peserta yang menyelesaikan pelatihan dan lulus.</translation>
    </message>
    <message>
        <source>Already issued</source>
        <translation>Sudah diterbitkan</translation>
    </message>
    <message>
        <source>Print a copy marked SALINAN?</source>
        <translation>Cetak salinan bertanda SALINAN?</translation>
    </message>
    <message>
        <source>No valid document has been issued for this enrolment yet.</source>
        <translation>Belum ada dokumen yang berlaku untuk pendaftaran ini.</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>Dokumen:</translation>
    </message>
    <message>
        <source>A reason is required.</source>
        <translation>Alasan wajib diisi.</translation>
    </message>
    <message>
        <source>Print a copy</source>
        <translation>Cetak salinan</translation>
    </message>
    <message>
        <source>Why is a copy of %1 needed? (recorded)</source>
        <translation>Mengapa salinan %1 diperlukan? (dicatat)</translation>
    </message>
    <message>
        <source>Void a document</source>
        <translation>Batalkan dokumen</translation>
    </message>
    <message>
        <source>Only a supervisor or an administrator may void a document.</source>
        <translation>Hanya supervisor atau administrator yang boleh membatalkan dokumen.</translation>
    </message>
    <message>
        <source>Why is %1 voided? (recorded)</source>
        <translation>Mengapa %1 dibatalkan? (dicatat)</translation>
    </message>
    <message>
        <source>Void %1? It keeps its number, which is never used again, and verifies as VOIDED from now on.</source>
        <translation>Batalkan %1? Nomornya tetap tercatat dan tidak akan dipakai lagi; mulai sekarang dokumen ini terverifikasi sebagai DIBATALKAN.</translation>
    </message>
    <message>
        <source>%1 has been voided.</source>
        <translation>%1 telah dibatalkan.</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Ubah status</translation>
    </message>
    <message>
        <source>Result printed on the certificate:</source>
        <translation>Hasil yang dicetak pada sertifikat:</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Hasil:</translation>
    </message>
    <message>
        <source>Why is the enrolment of %1 cancelled? The seat and the budget are given back.</source>
        <translation>Mengapa pendaftaran %1 dibatalkan? Kursi dan anggarannya dikembalikan.</translation>
    </message>
    <message>
        <source>Certificates for a class</source>
        <translation>Sertifikat satu kelas</translation>
    </message>
    <message>
        <source>Issue the certificates of every participant of %1 who completed the class and has none yet?

They are issued all together; Cancel leaves none.</source>
        <translation>Terbitkan sertifikat untuk semua peserta %1 yang telah menyelesaikan kelas dan belum memiliki sertifikat?

Semua diterbitkan sekaligus; jika dibatalkan, tidak ada yang terbit.</translation>
    </message>
    <message>
        <source>Issuing the certificates of %1…</source>
        <translation>Menerbitkan sertifikat %1…</translation>
    </message>
    <message>
        <source>Every participant who completed %1 already has a certificate.</source>
        <translation>Semua peserta yang menyelesaikan %1 sudah memiliki sertifikat.</translation>
    </message>
    <message>
        <source>%1 certificates issued (%2 to %3) in the folder
%4

Print them all now?</source>
        <translation>%1 sertifikat diterbitkan (%2 s.d. %3) di folder
%4

Cetak semuanya sekarang?</translation>
    </message>
    <message>
        <source>Cancelled: no certificate was issued.</source>
        <translation>Dibatalkan: tidak ada sertifikat yang diterbitkan.</translation>
    </message>
</context>
<context>
    <name>DomainText</name>
    <message>
        <source>Membership card (KPJ)</source>
        <translation>Kartu peserta (KPJ)</translation>
    </message>
    <message>
        <source>Active membership</source>
        <translation>Kepesertaan aktif</translation>
    </message>
    <message>
        <source>Membership no longer active</source>
        <translation>Kepesertaan sudah tidak aktif</translation>
    </message>
    <message>
        <source>Membership verification</source>
        <translation>Verifikasi kepesertaan</translation>
    </message>
    <message>
        <source>Contribution months</source>
        <translation>Jumlah bulan iuran</translation>
    </message>
    <message>
        <source>Contributions within the period</source>
        <translation>Iuran dalam periode</translation>
    </message>
    <message>
        <source>Consecutive contributions</source>
        <translation>Iuran berturut-turut</translation>
    </message>
    <message>
        <source>Member segment</source>
        <translation>Segmen peserta</translation>
    </message>
    <message>
        <source>Employment status</source>
        <translation>Status pekerjaan</translation>
    </message>
    <message>
        <source>Time since the layoff</source>
        <translation>Jangka waktu sejak PHK</translation>
    </message>
    <message>
        <source>Age limit</source>
        <translation>Batas usia</translation>
    </message>
    <message>
        <source>Once per person</source>
        <translation>Sekali per orang</translation>
    </message>
    <message>
        <source>Length of membership</source>
        <translation>Lama kepesertaan</translation>
    </message>
    <message>
        <source>No schedule clash</source>
        <translation>Jadwal tidak bentrok</translation>
    </message>
    <message>
        <source>Branch seat quota</source>
        <translation>Kuota kursi cabang</translation>
    </message>
    <message>
        <source>Branch budget</source>
        <translation>Anggaran cabang</translation>
    </message>
    <message>
        <source>Class status</source>
        <translation>Status kelas</translation>
    </message>
    <message>
        <source>Class capacity</source>
        <translation>Kapasitas kelas</translation>
    </message>
    <message>
        <source>Class mode and PSBB</source>
        <translation>Mode kelas dan PSBB</translation>
    </message>
    <message>
        <source>Training cost cap</source>
        <translation>Batas biaya pelatihan</translation>
    </message>
    <message>
        <source>Institution status</source>
        <translation>Status lembaga</translation>
    </message>
    <message>
        <source>Institution type</source>
        <translation>Jenis lembaga</translation>
    </message>
    <message>
        <source>Institution licence</source>
        <translation>Izin lembaga</translation>
    </message>
    <message>
        <source>Institution experience</source>
        <translation>Pengalaman lembaga</translation>
    </message>
    <message>
        <source>Partnership agreement (PKS)</source>
        <translation>Perjanjian kerja sama (PKS)</translation>
    </message>
    <message>
        <source>NIK is empty.</source>
        <translation>NIK belum diisi.</translation>
    </message>
    <message>
        <source>NIK may contain digits only; there is a &apos;%2&apos;.</source>
        <translation>NIK hanya boleh berisi angka; ada karakter &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>NIK must be 16 digits; %1 digits were typed.</source>
        <translation>NIK harus 16 digit angka; yang dimasukkan %1 digit.</translation>
    </message>
    <message>
        <source>Province code %3 in the NIK (first 2 digits) is unknown.</source>
        <translation>Kode provinsi %3 pada NIK (2 digit pertama) tidak dikenal.</translation>
    </message>
    <message>
        <source>The regency/city code in the NIK (digits 3 and 4) cannot be 00.</source>
        <translation>Kode kabupaten/kota pada NIK (digit ke-3 dan ke-4) tidak boleh 00.</translation>
    </message>
    <message>
        <source>The district code in the NIK (digits 5 and 6) cannot be 00.</source>
        <translation>Kode kecamatan pada NIK (digit ke-5 dan ke-6) tidak boleh 00.</translation>
    </message>
    <message>
        <source>The birth day in the NIK (digits 7 and 8) must be 01-31 for men or 41-71 for women; it is %3.</source>
        <translation>Tanggal lahir pada NIK (digit ke-7 dan ke-8) harus 01-31 untuk laki-laki atau 41-71 untuk perempuan; tertulis %3.</translation>
    </message>
    <message>
        <source>The birth month in the NIK (digits 9 and 10) must be 01-12; it is %3.</source>
        <translation>Bulan lahir pada NIK (digit ke-9 dan ke-10) harus 01-12; tertulis %3.</translation>
    </message>
    <message>
        <source>The birth date in the NIK does not exist in the calendar.</source>
        <translation>Tanggal lahir pada NIK tidak ada di kalender.</translation>
    </message>
    <message>
        <source>The serial number in the NIK (last 4 digits) cannot be 0000.</source>
        <translation>Nomor urut pada NIK (4 digit terakhir) tidak boleh 0000.</translation>
    </message>
    <message>
        <source>The KPJ number is empty.</source>
        <translation>Nomor KPJ belum diisi.</translation>
    </message>
    <message>
        <source>The KPJ number may contain digits and letters A-Z only; there is a &apos;%2&apos;.</source>
        <translation>Nomor KPJ hanya boleh berisi angka dan huruf A-Z; ada karakter &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>The KPJ number must be 11 characters (digits, or letters on old Jamsostek cards); %1 characters were typed.</source>
        <translation>Nomor KPJ harus 11 karakter (angka, atau huruf pada kartu Jamsostek lama); yang dimasukkan %1 karakter.</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <source>The data has been changed. Save the changes?</source>
        <translation>Data telah diubah. Simpan perubahan?</translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation>Diubah di tempat lain</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Perubahan belum disimpan</translation>
    </message>
</context>
<context>
    <name>EnrollmentsPage</name>
    <message>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Semua tanggal</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Bulan ini</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 hari terakhir</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Tahun ini</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Tahun lalu</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Tanggal daftar</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Kelas</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Lembaga</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Kelayakan</translation>
    </message>
    <message>
        <source>Print a &amp;copy (SALINAN)…</source>
        <translation>Cetak &amp;salinan…</translation>
    </message>
    <message>
        <source>&amp;Void a document…</source>
        <translation>&amp;Batalkan dokumen…</translation>
    </message>
    <message>
        <source>Supervisor or administrator only</source>
        <translation>Khusus supervisor atau administrator</translation>
    </message>
    <message>
        <source>&amp;In training</source>
        <translation>Sedang &amp;pelatihan</translation>
    </message>
    <message>
        <source>&amp;Completed…</source>
        <translation>Se&amp;lesai (lulus)…</translation>
    </message>
    <message>
        <source>&amp;Not passed…</source>
        <translation>&amp;Tidak lulus…</translation>
    </message>
    <message>
        <source>C&amp;ancel the enrolment…</source>
        <translation>Batalkan &amp;pendaftaran…</translation>
    </message>
    <message>
        <source> (override)</source>
        <translation> (persetujuan supervisor)</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>%1 enrolments</source>
        <translation>%1 pendaftaran</translation>
    </message>
    <message>
        <source>Enrolments</source>
        <translation>Pendaftaran</translation>
    </message>
    <message>
        <source>&amp;Open participant…</source>
        <translation>&amp;Buka peserta…</translation>
    </message>
    <message>
        <source>Search participant, NIK, KPJ or class code…</source>
        <translation>Cari peserta, NIK, KPJ, atau kode kelas…</translation>
    </message>
    <message>
        <source>Enrolment date</source>
        <translation>Tanggal pendaftaran</translation>
    </message>
    <message>
        <source>Issue the enrolment letter (Surat Pengantar) to the institution and preview it (Ctrl+L)</source>
        <translation>Terbitkan surat pengantar ke lembaga pelatihan dan tampilkan pratinjaunya (Ctrl+L)</translation>
    </message>
    <message>
        <source>Print &amp;letter</source>
        <translation>Cetak &amp;surat</translation>
    </message>
    <message>
        <source>Issue the eligibility slip with the check stored at enrolment and preview it</source>
        <translation>Terbitkan hasil pemeriksaan kelayakan yang tersimpan saat pendaftaran dan tampilkan pratinjaunya</translation>
    </message>
    <message>
        <source>Print eligibility &amp;slip</source>
        <translation>Cetak hasil &amp;kelayakan</translation>
    </message>
    <message>
        <source>Issue the certificate (completed enrolments only) and preview it</source>
        <translation>Terbitkan sertifikat (hanya pendaftaran yang selesai) dan tampilkan pratinjaunya</translation>
    </message>
    <message>
        <source>Print &amp;certificate</source>
        <translation>Cetak ser&amp;tifikat</translation>
    </message>
    <message>
        <source>Copies and voiding of the documents issued for this enrolment</source>
        <translation>Salinan dan pembatalan dokumen yang telah terbit untuk pendaftaran ini</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Dokumen</translation>
    </message>
    <message>
        <source>In training, completed, not passed or cancelled</source>
        <translation>Sedang pelatihan, selesai, tidak lulus, atau dibatalkan</translation>
    </message>
    <message>
        <source>Change s&amp;tatus</source>
        <translation>&amp;Ubah status</translation>
    </message>
    <message>
        <source>Issue the certificates of every participant of the selected enrolment&apos;s class who completed it (in the background; all or none)</source>
        <translation>Terbitkan sertifikat semua peserta yang telah menyelesaikan kelas dari pendaftaran terpilih (di latar belakang; semua atau tidak sama sekali)</translation>
    </message>
    <message>
        <source>Certificates for the whole cl&amp;ass…</source>
        <translation>Sertifikat satu &amp;kelas…</translation>
    </message>
    <message>
        <source>Enter: open the participant · Ctrl+F: search · Ctrl+L: letter · right click: more · New enrolments are made at the counter</source>
        <translation>Enter: buka peserta · Ctrl+F: cari · Ctrl+L: surat · klik kanan: lainnya · Pendaftaran baru dilakukan di loket</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <source>Data exchange between offices</source>
        <translation>Pertukaran data antarkantor</translation>
    </message>
    <message>
        <source>Signed packages carry this office&apos;s changes to a partner office and bring theirs back (USB stick, e-mail or a shared folder).</source>
        <translation>Paket bertanda tangan membawa perubahan kantor ini ke kantor mitra dan membawa perubahan mereka kembali (flashdisk, surel atau folder bersama).</translation>
    </message>
    <message>
        <source>Partner offices</source>
        <translation>Kantor mitra</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Last sent</source>
        <translation>Terakhir dikirim</translation>
    </message>
    <message>
        <source>Confirmed by partner</source>
        <translation>Dikonfirmasi mitra</translation>
    </message>
    <message>
        <source>Last received</source>
        <translation>Terakhir diterima</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Send to:</source>
        <translation>Kirim ke:</translation>
    </message>
    <message>
        <source>Export package…</source>
        <translation>Ekspor paket…</translation>
    </message>
    <message>
        <source>Import package…</source>
        <translation>Impor paket…</translation>
    </message>
    <message>
        <source>No package exported or imported in this session.</source>
        <translation>Belum ada paket yang diekspor atau diimpor pada sesi ini.</translation>
    </message>
    <message>
        <source>Only a supervisor, the head of branch or the administrator may exchange packages.</source>
        <translation>Hanya supervisor, kepala cabang atau administrator yang boleh bertukar paket.</translation>
    </message>
    <message>
        <source>Regional office</source>
        <translation>Kantor wilayah</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Kantor cabang</translation>
    </message>
    <message>
        <source>Open conflicts waiting for a supervisor: %1</source>
        <translation>Konflik terbuka menunggu supervisor: %1</translation>
    </message>
    <message>
        <source>Save exchange package</source>
        <translation>Simpan paket pertukaran</translation>
    </message>
    <message>
        <source>Exchange package (*.zip)</source>
        <translation>Paket pertukaran (*.zip)</translation>
    </message>
    <message>
        <source>Package number %1 for %2 written to %3 (%4 records).</source>
        <translation>Paket nomor %1 untuk %2 ditulis ke %3 (%4 rekaman).</translation>
    </message>
    <message>
        <source>Import exchange package</source>
        <translation>Impor paket pertukaran</translation>
    </message>
    <message>
        <source>Package refused: %1</source>
        <translation>Paket ditolak: %1</translation>
    </message>
    <message>
        <source>Data exchange</source>
        <translation>Pertukaran Data</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Sedang diproses…</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>User guide</source>
        <translation>Panduan pengguna</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Daftar isi</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Kembali</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <source>Locked</source>
        <translation>Terkunci</translation>
    </message>
</context>
<context>
    <name>ImportIssuesModel</name>
    <message>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Judul kolom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Isi</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Peringatan: %1</translation>
    </message>
</context>
<context>
    <name>InstitutionDialog</name>
    <message>
        <source>New training institution</source>
        <translation>Lembaga pelatihan baru</translation>
    </message>
    <message>
        <source>Training institution: %1</source>
        <translation>Lembaga pelatihan: %1</translation>
    </message>
    <message>
        <source>The institution&apos;s data has been changed. Save the changes?</source>
        <translation>Data lembaga telah diubah. Simpan perubahan?</translation>
    </message>
    <message>
        <source>Fill in the institution&apos;s name.</source>
        <translation>Isi nama lembaga.</translation>
    </message>
    <message>
        <source>Licence valid, without an expiry date.</source>
        <translation>Izin berlaku tanpa batas waktu.</translation>
    </message>
    <message>
        <source>Licence valid until %1.</source>
        <translation>Izin berlaku sampai %1.</translation>
    </message>
    <message>
        <source>Licence expires in %1 days (%2): ask the institution for the renewed licence.</source>
        <translation>Izin berakhir dalam %1 hari (%2): minta izin yang sudah diperpanjang kepada lembaga.</translation>
    </message>
    <message>
        <source>Licence expired on %1: its classes cannot take participants until it is renewed.</source>
        <translation>Izin kedaluwarsa sejak %1: kelasnya tidak dapat menerima peserta sampai izin diperpanjang.</translation>
    </message>
    <message>
        <source>Licence issued on %1: it is not in force yet.</source>
        <translation>Izin terbit %1: belum berlaku.</translation>
    </message>
    <message>
        <source>No licence number recorded: an institution needs a licence from the Dinas before it can train participants.</source>
        <translation>Nomor izin belum dicatat: lembaga memerlukan izin dari Dinas sebelum dapat melatih peserta.</translation>
    </message>
    <message>
        <source>Founding or first-activity date unknown: the one-year experience rule cannot be checked.</source>
        <translation>Tanggal berdiri atau mulai beroperasi belum diisi: syarat pengalaman satu tahun tidak dapat diperiksa.</translation>
    </message>
    <message>
        <source>Less than 1 year of experience (%1 months): the programme requires at least one year.</source>
        <translation>Pengalaman kurang dari 1 tahun (%1 bulan): program mensyaratkan paling sedikit satu tahun.</translation>
    </message>
    <message>
        <source>%1 years %2 months of experience.</source>
        <translation>Pengalaman %1 tahun %2 bulan.</translation>
    </message>
    <message>
        <source>Fill in the regency/city of the institution.</source>
        <translation>Isi kabupaten/kota lembaga.</translation>
    </message>
    <message>
        <source>Some fields need attention: see the messages in red.</source>
        <translation>Beberapa isian perlu diperbaiki: lihat pesan berwarna merah.</translation>
    </message>
    <message>
        <source>Training institution</source>
        <translation>Lembaga pelatihan</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Lembaga</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Kode</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Jenis</translation>
    </message>
    <message>
        <source>&amp;Ownership</source>
        <translation>&amp;Kepemilikan</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Ca&amp;pacity (people)</source>
        <translation>Ka&amp;pasitas (orang)</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>A&amp;lamat</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Wilayah</translation>
    </message>
    <message>
        <source>Regency/city code or name, e.g. 3578</source>
        <translation>Kode atau nama kabupaten/kota, mis. 3578</translation>
    </message>
    <message>
        <source>Contact p&amp;erson</source>
        <translation>Na&amp;ma kontak</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Telepon</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>&amp;Surel</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Izin</translation>
    </message>
    <message>
        <source>&amp;Licence number</source>
        <translation>Nomor &amp;izin</translation>
    </message>
    <message>
        <source>&amp;Issued by</source>
        <translation>&amp;Penerbit</translation>
    </message>
    <message>
        <source>Issued o&amp;n</source>
        <translation>Tanggal ter&amp;bit</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>hh/bb/tttt</translation>
    </message>
    <message>
        <source>E&amp;xpires on</source>
        <translation>Berlaku s&amp;ampai</translation>
    </message>
    <message>
        <source>Experience and accreditation</source>
        <translation>Pengalaman dan akreditasi</translation>
    </message>
    <message>
        <source>&amp;Founded / first activity</source>
        <translation>Berdiri / &amp;mulai beroperasi</translation>
    </message>
    <message>
        <source>Acc&amp;reditation</source>
        <translation>Akre&amp;ditasi</translation>
    </message>
    <message>
        <source>Accreditation &amp;valid until</source>
        <translation>Akreditasi berlaku &amp;sampai</translation>
    </message>
    <message>
        <source>Partnership agreement (PKS)</source>
        <translation>Perjanjian kerja sama (PKS)</translation>
    </message>
    <message>
        <source>PKS n&amp;umber</source>
        <translation>Nom&amp;or PKS</translation>
    </message>
    <message>
        <source>Valid fro&amp;m</source>
        <translation>Berlaku &amp;dari</translation>
    </message>
    <message>
        <source>Valid un&amp;til</source>
        <translation>Berlaku s&amp;ampai</translation>
    </message>
</context>
<context>
    <name>InstitutionsPage</name>
    <message>
        <source>All types</source>
        <translation>Semua jenis</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>Any licence state</source>
        <translation>Semua status izin</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Tidak diketahui</translation>
    </message>
    <message>
        <source>&lt; 1 year</source>
        <translation>&lt; 1 tahun</translation>
    </message>
    <message>
        <source>≥ 1 year</source>
        <translation>≥ 1 tahun</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Izin</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>Pengalaman</translation>
    </message>
    <message>
        <source>Founded / first activity: %1</source>
        <translation>Berdiri / mulai beroperasi: %1</translation>
    </message>
    <message>
        <source>Accreditation</source>
        <translation>Akreditasi</translation>
    </message>
    <message>
        <source>PKS</source>
        <translation>PKS</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Tidak ada</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 institutions</source>
        <translation>%1 lembaga</translation>
    </message>
    <message>
        <source>Training institutions</source>
        <translation>Lembaga pelatihan</translation>
    </message>
    <message>
        <source>&amp;New institution…</source>
        <translation>Lembaga &amp;baru…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Buka…</translation>
    </message>
    <message>
        <source>Search name, code or licence number…</source>
        <translation>Cari nama, kode, atau nomor izin…</translation>
    </message>
    <message>
        <source>Institution type</source>
        <translation>Jenis lembaga</translation>
    </message>
    <message>
        <source>Less than 1 year of experience</source>
        <translation>Pengalaman kurang dari 1 tahun</translation>
    </message>
    <message>
        <source>Enter: open · Ctrl+F: search · Ctrl+N: new</source>
        <translation>Enter: buka · Ctrl+F: cari · Ctrl+N: baru</translation>
    </message>
</context>
<context>
    <name>KeyPassphraseDialog</name>
    <message>
        <source>Unlock signing key</source>
        <translation>Buka kunci tanda tangan</translation>
    </message>
    <message>
        <source>The branch signing key is protected with a passphrase. Enter it once; the key stays unlocked until the application is closed.</source>
        <translation>Kunci tanda tangan kantor dilindungi frasa sandi. Masukkan sekali; kunci tetap terbuka sampai aplikasi ditutup.</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>Frasa sandi kunci</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Wage earner (PU)</source>
        <translation>Penerima Upah (PU)</translation>
    </message>
    <message>
        <source>Non-wage earner (BPU)</source>
        <translation>Bukan Penerima Upah (BPU)</translation>
    </message>
    <message>
        <source>Migrant worker (PMI)</source>
        <translation>Pekerja Migran Indonesia (PMI)</translation>
    </message>
    <message>
        <source>Construction (Jakon)</source>
        <translation>Jasa Konstruksi (Jakon)</translation>
    </message>
    <message>
        <source>Employed</source>
        <translation>Bekerja</translation>
    </message>
    <message>
        <source>Laid off (PHK)</source>
        <translation>Terkena PHK</translation>
    </message>
    <message>
        <source>Contract ended</source>
        <translation>Kontrak berakhir</translation>
    </message>
    <message>
        <source>Informal worker</source>
        <translation>Pekerja informal</translation>
    </message>
    <message>
        <source>Migrant worker</source>
        <translation>Pekerja migran</translation>
    </message>
    <message>
        <source>Active member</source>
        <translation>Peserta aktif</translation>
    </message>
    <message>
        <source>Inactive member</source>
        <translation>Peserta nonaktif</translation>
    </message>
    <message>
        <source>Not a member</source>
        <translation>Belum menjadi peserta</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <source>Head-office data</source>
        <translation>Data kantor pusat</translation>
    </message>
    <message>
        <source>Payment receipt</source>
        <translation>Bukti bayar</translation>
    </message>
    <message>
        <source>Entered by staff</source>
        <translation>Dicatat petugas</translation>
    </message>
    <message>
        <source>At the counter</source>
        <translation>Di loket</translation>
    </message>
    <message>
        <source>Data import</source>
        <translation>Impor data</translation>
    </message>
    <message>
        <source>LPK (job training institution)</source>
        <translation>LPK (Lembaga Pelatihan Kerja)</translation>
    </message>
    <message>
        <source>LKP (course institution)</source>
        <translation>LKP (Lembaga Kursus dan Pelatihan)</translation>
    </message>
    <message>
        <source>LSP (certification body)</source>
        <translation>LSP (Lembaga Sertifikasi Profesi)</translation>
    </message>
    <message>
        <source>BLK (public training centre)</source>
        <translation>BLK (Balai Latihan Kerja)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Dibekukan</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Tidak aktif</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>Pemerintah</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Swasta</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Perusahaan</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Tidak dicatat</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Not accredited</source>
        <translation>Belum terakreditasi</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Berlaku</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Segera kedaluwarsa</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Kedaluwarsa</translation>
    </message>
    <message>
        <source>Not yet in force</source>
        <translation>Belum berlaku</translation>
    </message>
    <message>
        <source>No licence on record</source>
        <translation>Izin belum tercatat</translation>
    </message>
    <message>
        <source>Online (daring)</source>
        <translation>Daring</translation>
    </message>
    <message>
        <source>Face to face (luring)</source>
        <translation>Luring (tatap muka)</translation>
    </message>
    <message>
        <source>Blended</source>
        <translation>Campuran</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Dibuka</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ditutup</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Berjalan</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Terdaftar</translation>
    </message>
    <message>
        <source>In training</source>
        <translation>Sedang pelatihan</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Lulus</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>Tidak lulus</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Memenuhi syarat</translation>
    </message>
    <message>
        <source>Eligible with warnings</source>
        <translation>Memenuhi syarat dengan catatan</translation>
    </message>
    <message>
        <source>Needs supervisor approval</source>
        <translation>Perlu persetujuan supervisor</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Tidak memenuhi syarat</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Memenuhi</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Tidak memenuhi</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Tidak berlaku</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Branch office</source>
        <translation>Kantor Cabang</translation>
    </message>
    <message>
        <source>Regional office</source>
        <translation>Kantor Wilayah</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Counter clerk</source>
        <translation>Petugas Loket</translation>
    </message>
    <message>
        <source>Head of branch</source>
        <translation>Kepala Kantor Cabang</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <source>membership card</source>
        <translation>kartu peserta</translation>
    </message>
    <message>
        <source>JMO app</source>
        <translation>aplikasi JMO</translation>
    </message>
    <message>
        <source>head-office data</source>
        <translation>data kantor pusat</translation>
    </message>
    <message>
        <source>other evidence</source>
        <translation>bukti lain</translation>
    </message>
    <message>
        <source>Enrolment letter</source>
        <translation>Surat pengantar</translation>
    </message>
    <message>
        <source>Eligibility slip</source>
        <translation>Hasil pemeriksaan kelayakan</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Sertifikat</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Bahasa Indonesia</source>
        <translation>Bahasa Indonesia</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English (Inggris)</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Screen locked</source>
        <translation>Layar terkunci</translation>
    </message>
    <message>
        <source>Signed in as %1. Enter your password to continue.</source>
        <translation>Masuk sebagai %1. Masukkan kata sandi Anda untuk melanjutkan.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Buka kunci</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Fill in your user name.</source>
        <translation>Isi nama pengguna Anda.</translation>
    </message>
    <message>
        <source>Fill in your password.</source>
        <translation>Isi kata sandi Anda.</translation>
    </message>
    <message>
        <source>Sign in with your user name and password.</source>
        <translation>Masuk dengan nama pengguna dan kata sandi Anda.</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Nama &amp;pengguna</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Kata sandi</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Counter service</source>
        <translation>Layanan Loket</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Lembaga</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Kelas</translation>
    </message>
    <message>
        <source>Enrolments</source>
        <translation>Pendaftaran</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Data exchange</source>
        <translation>Pertukaran Data</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflik</translation>
    </message>
    <message>
        <source>Regional recap</source>
        <translation>Rekap Wilayah</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Log Audit</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>Ganti kata &amp;sandi saya…</translation>
    </message>
    <message>
        <source>No branch profile</source>
        <translation>Profil kantor belum diisi</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No quota set for %1</source>
        <translation>Kuota %1 belum ditetapkan</translation>
    </message>
    <message>
        <source>Quota %1: %2 of %3 seats left · budget left %4</source>
        <translation>Kuota %1: sisa %2 dari %3 kursi · sisa anggaran %4</translation>
    </message>
    <message>
        <source>%1: %2 of %3 seats left</source>
        <translation>%1: sisa %2 dari %3 kursi</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Kesalahan</translation>
    </message>
    <message>
        <source>&amp;Application</source>
        <translation>&amp;Aplikasi</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Bantuan</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Panduan pengguna</translation>
    </message>
    <message>
        <source>&amp;About Vokasi Desktop</source>
        <translation>&amp;Tentang Vokasi Desktop</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dasbor</translation>
    </message>
</context>
<context>
    <name>MemberCard</name>
    <message>
        <source>Show NIK</source>
        <translation>Tampilkan NIK</translation>
    </message>
    <message>
        <source>Show this member&apos;s full NIK for a short time (reason recorded in the audit log)</source>
        <translation>Tampilkan NIK lengkap peserta ini sebentar (alasan dicatat di log audit)</translation>
    </message>
    <message>
        <source>Born %1 · %2 · %3</source>
        <translation>Lahir %1 · %2 · %3</translation>
    </message>
    <message>
        <source>none (not a member yet)</source>
        <translation>tidak ada (belum menjadi peserta)</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 sejak %2</translation>
    </message>
    <message>
        <source>verified with %1 on %2 by %3</source>
        <translation>diverifikasi melalui %1 pada %2 oleh %3</translation>
    </message>
    <message>
        <source>not verified yet</source>
        <translation>belum diverifikasi</translation>
    </message>
    <message>
        <source>%1 months on record</source>
        <translation>%1 bulan tercatat</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>belum ada</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Show N&amp;IK</source>
        <translation>Tampilkan N&amp;IK</translation>
    </message>
    <message>
        <source>Show the full NIK (reason recorded in the audit log); needed to correct it</source>
        <translation>Tampilkan NIK lengkap (alasan dicatat di log audit); diperlukan untuk mengoreksinya</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>Peserta baru</translation>
    </message>
    <message>
        <source>Recorded after registration.</source>
        <translation>Dicatat setelah pendaftaran.</translation>
    </message>
    <message>
        <source>The worker has &amp;agreed to this consent text</source>
        <translation>Peserta &amp;menyetujui teks persetujuan ini</translation>
    </message>
    <message>
        <source>Member: %1</source>
        <translation>Peserta: %1</translation>
    </message>
    <message>
        <source>The NIK is masked. A supervisor can show it with a reason (recorded in the audit log) and then correct it.</source>
        <translation>NIK disamarkan. Supervisor dapat menampilkannya dengan alasan (dicatat di log audit), lalu mengoreksinya.</translation>
    </message>
    <message>
        <source>Membership checked by %1 on %2 (%3); %4 contribution months on record.</source>
        <translation>Kepesertaan diperiksa oleh %1 pada %2 (%3); tercatat %4 bulan iuran.</translation>
    </message>
    <message>
        <source>Membership not checked yet; %1 contribution months on record.</source>
        <translation>Kepesertaan belum diperiksa; tercatat %1 bulan iuran.</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Riwayat iuran</translation>
    </message>
    <message>
        <source>No contribution period on record.</source>
        <translation>Belum ada periode iuran yang tercatat.</translation>
    </message>
    <message>
        <source>membership card</source>
        <translation>kartu peserta</translation>
    </message>
    <message>
        <source>JMO app</source>
        <translation>aplikasi JMO</translation>
    </message>
    <message>
        <source>head-office data</source>
        <translation>data kantor pusat</translation>
    </message>
    <message>
        <source>import</source>
        <translation>impor</translation>
    </message>
    <message>
        <source>typed in</source>
        <translation>diketik petugas</translation>
    </message>
    <message>
        <source>%1 – %2: %3 months (%4)</source>
        <translation>%1 – %2: %3 bulan (%4)</translation>
    </message>
    <message>
        <source>NIK: born %1 · %2 · issued in %3</source>
        <translation>NIK: lahir %1 · %2 · terbit di %3</translation>
    </message>
    <message>
        <source>This NIK is already registered to %1 (KPJ %2). Open that member instead of registering the person again.</source>
        <translation>NIK ini sudah terdaftar atas nama %1 (KPJ %2). Buka data peserta itu; jangan mendaftarkan orang yang sama dua kali.</translation>
    </message>
    <message>
        <source>This KPJ is already registered to %1 (NIK %2).</source>
        <translation>KPJ ini sudah terdaftar atas nama %1 (NIK %2).</translation>
    </message>
    <message>
        <source>Fill in the name as written on the KTP.</source>
        <translation>Isi nama sesuai KTP.</translation>
    </message>
    <message>
        <source>Fill in the birth date (dd/mm/yyyy).</source>
        <translation>Isi tanggal lahir (hh/bb/tttt).</translation>
    </message>
    <message>
        <source>The birth date is in the future.</source>
        <translation>Tanggal lahir berada di masa depan.</translation>
    </message>
    <message>
        <source>Fill in the date of the layoff or of the end of the contract.</source>
        <translation>Isi tanggal PHK atau tanggal berakhirnya kontrak.</translation>
    </message>
    <message>
        <source>The layoff date cannot be in the future.</source>
        <translation>Tanggal PHK tidak boleh di masa depan.</translation>
    </message>
    <message>
        <source>KP&amp;J number</source>
        <translation>Nomor KP&amp;J</translation>
    </message>
    <message>
        <source>Fill in the 16-digit NIK from the KTP.</source>
        <translation>Isi NIK 16 digit dari KTP.</translation>
    </message>
    <message>
        <source>An active or inactive member has a KPJ number: fill it in, or choose &quot;Not a member&quot;.</source>
        <translation>Peserta aktif atau nonaktif memiliki nomor KPJ: isi nomornya, atau pilih &quot;Belum menjadi peserta&quot;.</translation>
    </message>
    <message>
        <source>The NIK does not match the birth date or sex typed: check the KTP and write the reason in &quot;NIK warning reason&quot;.</source>
        <translation>NIK tidak cocok dengan tanggal lahir atau jenis kelamin yang diisi: periksa KTP dan tulis alasannya di &quot;Alasan peringatan NIK&quot;.</translation>
    </message>
    <message>
        <source>Ask the worker to agree to the consent text, then tick the consent box: a member is registered only with consent.</source>
        <translation>Mintalah persetujuan peserta atas teks persetujuan, lalu centang kotak persetujuan: peserta hanya didaftarkan dengan persetujuannya.</translation>
    </message>
    <message>
        <source>Some fields need attention: see the messages in red.</source>
        <translation>Beberapa isian perlu diperbaiki: lihat pesan berwarna merah.</translation>
    </message>
    <message>
        <source>Member %1 saved (NIK %2).</source>
        <translation>Peserta %1 disimpan (NIK %2).</translation>
    </message>
    <message>
        <source>Members with a similar name and the same birth date are already registered:

%1

Is this a different person? Choose Yes only after checking the KTP.</source>
        <translation>Sudah terdaftar peserta dengan nama mirip dan tanggal lahir sama:

%1

Apakah ini orang yang berbeda? Pilih Ya hanya setelah memeriksa KTP.</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Kemungkinan data ganda</translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation>Diubah di tempat lain</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Perubahan belum disimpan</translation>
    </message>
    <message>
        <source>The member&apos;s data has been changed. Save the changes?</source>
        <translation>Data peserta telah diubah. Simpan perubahan?</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identitas</translation>
    </message>
    <message>
        <source>NI&amp;K</source>
        <translation>NI&amp;K</translation>
    </message>
    <message>
        <source>16 digits; spaces and dots are allowed</source>
        <translation>16 digit; boleh dengan spasi atau titik</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <source>Birth &amp;place</source>
        <translation>&amp;Tempat lahir</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>Tanggal &amp;lahir</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>hh/bb/tttt</translation>
    </message>
    <message>
        <source>Se&amp;x</source>
        <translation>&amp;Jenis kelamin</translation>
    </message>
    <message>
        <source>&amp;Family card (KK)</source>
        <translation>Nomor &amp;KK</translation>
    </message>
    <message>
        <source>16 digits (optional)</source>
        <translation>16 digit (tidak wajib)</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>A&amp;lamat</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Wilayah</translation>
    </message>
    <message>
        <source>Regency/city code or name, e.g. 3578</source>
        <translation>Kode atau nama kabupaten/kota, mis. 3578</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Telepon</translation>
    </message>
    <message>
        <source>Membership and work</source>
        <translation>Kepesertaan dan pekerjaan</translation>
    </message>
    <message>
        <source>11 characters (optional)</source>
        <translation>11 karakter (tidak wajib)</translation>
    </message>
    <message>
        <source>Se&amp;gment</source>
        <translation>Se&amp;gmen</translation>
    </message>
    <message>
        <source>&amp;Employment status</source>
        <translation>Status peker&amp;jaan</translation>
    </message>
    <message>
        <source>La&amp;yoff / contract end</source>
        <translation>Tanggal P&amp;HK / akhir kontrak</translation>
    </message>
    <message>
        <source>Membership s&amp;tatus</source>
        <translation>Status kepesertaa&amp;n</translation>
    </message>
    <message>
        <source>Member s&amp;ince</source>
        <translation>Peserta s&amp;ejak</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verifikasi</translation>
    </message>
    <message>
        <source>Consent and notes</source>
        <translation>Persetujuan dan catatan</translation>
    </message>
    <message>
        <source>Consent p&amp;urpose</source>
        <translation>Tujuan per&amp;setujuan</translation>
    </message>
    <message>
        <source>NIK &amp;warning reason</source>
        <translation>Alasan peringatan NI&amp;K</translation>
    </message>
    <message>
        <source>Needed when the NIK does not match the birth date or sex</source>
        <translation>Wajib bila NIK tidak cocok dengan tanggal lahir atau jenis kelamin</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>All segments</source>
        <translation>Semua segmen</translation>
    </message>
    <message>
        <source>All employment statuses</source>
        <translation>Semua status pekerjaan</translation>
    </message>
    <message>
        <source>All membership statuses</source>
        <translation>Semua status kepesertaan</translation>
    </message>
    <message>
        <source>All provinces</source>
        <translation>Semua provinsi</translation>
    </message>
    <message>
        <source>A name (beginnings of words, e.g. &quot;siti rah&quot;), a 16-digit NIK or an 11-character KPJ. Spaces and dots in numbers are ignored.</source>
        <translation>Nama (awal kata, mis. &quot;siti rah&quot;), NIK 16 digit, atau KPJ 11 karakter. Spasi dan titik dalam nomor diabaikan.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>The NIK is masked; open the member to see it.</source>
        <translation>NIK disamarkan; buka data peserta untuk melihatnya.</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Belum diverifikasi</translation>
    </message>
    <message>
        <source>Only members with a KPJ whose membership verification is not recorded yet</source>
        <translation>Hanya peserta ber-KPJ yang verifikasi kepesertaannya belum dicatat</translation>
    </message>
    <message>
        <source>Show N&amp;IK</source>
        <translation>Tampilkan N&amp;IK</translation>
    </message>
    <message>
        <source>Show the selected member&apos;s full NIK for a short time (reason recorded)</source>
        <translation>Tampilkan NIK lengkap peserta terpilih sebentar (alasan dicatat)</translation>
    </message>
    <message>
        <source>KPJ</source>
        <translation>KPJ</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmen</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Pekerjaan</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Kepesertaan</translation>
    </message>
    <message>
        <source>NIK region</source>
        <translation>Wilayah NIK</translation>
    </message>
    <message>
        <source>%1 members</source>
        <translation>%1 peserta</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>&amp;New member…</source>
        <translation>Peserta &amp;baru…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Buka…</translation>
    </message>
    <message>
        <source>Search name, NIK or KPJ…</source>
        <translation>Cari nama, NIK, atau KPJ…</translation>
    </message>
    <message>
        <source>Employment status</source>
        <translation>Status pekerjaan</translation>
    </message>
    <message>
        <source>Membership status</source>
        <translation>Status kepesertaan</translation>
    </message>
    <message>
        <source>Province of the NIK region</source>
        <translation>Provinsi wilayah NIK</translation>
    </message>
    <message>
        <source>Enter: open · Ctrl+F: search · Ctrl+N: new</source>
        <translation>Enter: buka · Ctrl+F: cari · Ctrl+N: baru</translation>
    </message>
</context>
<context>
    <name>MonthlyReportPanel</name>
    <message>
        <source>The monthly report to the regional office: quota and budget, enrolments, status of participants, institutions and licences. The workbook has a summary sheet with charts and detail sheets; the PDF is one page for signing.</source>
        <translation>Laporan bulanan ke kantor wilayah: kuota dan anggaran, pendaftaran, status peserta, lembaga dan izin. Buku kerja berisi lembar ringkasan dengan grafik dan lembar rincian; PDF satu halaman untuk ditandatangani.</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Bulan:</translation>
    </message>
    <message>
        <source>Save &amp;workbook (xlsx)…</source>
        <translation>Simpan &amp;buku kerja (xlsx)…</translation>
    </message>
    <message>
        <source>Save &amp;PDF for signing…</source>
        <translation>Simpan &amp;PDF untuk ditandatangani…</translation>
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
        <source>Save monthly report</source>
        <translation>Simpan laporan bulanan</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Menulis laporan…</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Tersimpan: %1</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <source>New user</source>
        <translation>Pengguna baru</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Nama &amp;pengguna</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>Nama &amp;lengkap</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Peran</translation>
    </message>
    <message>
        <source>&amp;Temporary password</source>
        <translation>Kata sandi &amp;sementara</translation>
    </message>
    <message>
        <source>Re&amp;peat the password</source>
        <translation>&amp;Ulangi kata sandi</translation>
    </message>
    <message>
        <source>The user must choose a new password at the first login.</source>
        <translation>Pengguna wajib memilih kata sandi baru saat login pertama.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message>
</context>
<context>
    <name>NumberingSection</name>
    <message>
        <source>Document numbers</source>
        <translation>Nomor dokumen</translation>
    </message>
    <message>
        <source>last number used in %1</source>
        <translation>nomor terakhir terpakai tahun %1</translation>
    </message>
    <message>
        <source>Fields: {seq} (e.g. {seq:04d}), {branch}, {year}, {month}, {month_roman}, {day}, {type_code}; {seq}, {branch} and {year} are required. The last number used can only go up: a number is never issued twice.</source>
        <translation>Kolom: {seq} (mis. {seq:04d}), {branch}, {year}, {month}, {month_roman}, {day}, {type_code}; {seq}, {branch} dan {year} wajib. Nomor terakhir terpakai hanya dapat dinaikkan: satu nomor tidak pernah terbit dua kali.</translation>
    </message>
    <message>
        <source>Save &amp;numbering</source>
        <translation>Simpan &amp;penomoran</translation>
    </message>
    <message>
        <source>Only the head of branch or an administrator changes document numbers.</source>
        <translation>Hanya kepala cabang atau administrator yang mengubah nomor dokumen.</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Berikutnya: %1</translation>
    </message>
    <message>
        <source>The template is not valid yet.</source>
        <translation>Templat belum valid.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Tersimpan.</translation>
    </message>
</context>
<context>
    <name>OfficeSettingsSection</name>
    <message>
        <source>Office</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <source> min</source>
        <translation> menit</translation>
    </message>
    <message>
        <source> years</source>
        <translation> tahun</translation>
    </message>
    <message>
        <source>&amp;Save office settings</source>
        <translation>&amp;Simpan pengaturan kantor</translation>
    </message>
    <message>
        <source>&amp;Lock the screen after idle</source>
        <translation>&amp;Kunci layar bila tidak dipakai</translation>
    </message>
    <message>
        <source>&amp;Keep personal data for</source>
        <translation>&amp;Masa simpan data pribadi</translation>
    </message>
    <message>
        <source>Only an administrator changes these.</source>
        <translation>Hanya administrator yang dapat mengubahnya.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Tersimpan.</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Approve</source>
        <translation>Setujui</translation>
    </message>
    <message>
        <source>Nothing here can be approved by a supervisor.</source>
        <translation>Tidak ada yang dapat disetujui supervisor di sini.</translation>
    </message>
    <message>
        <source>Fill in the supervisor&apos;s user name.</source>
        <translation>Isi nama pengguna supervisor.</translation>
    </message>
    <message>
        <source>The supervisor types the password.</source>
        <translation>Supervisor mengetik kata sandinya.</translation>
    </message>
    <message>
        <source>Write the reason for the approval (at least %1 characters).</source>
        <translation>Tulis alasan persetujuan (minimal %1 karakter).</translation>
    </message>
    <message>
        <source>Supervisor approval</source>
        <translation>Persetujuan supervisor</translation>
    </message>
    <message>
        <source>This enrolment needs a supervisor&apos;s approval. The supervisor signs in here and writes the reason; both are recorded with the enrolment.</source>
        <translation>Pendaftaran ini memerlukan persetujuan supervisor. Supervisor masuk di sini dan menulis alasannya; keduanya dicatat bersama pendaftaran.</translation>
    </message>
    <message>
        <source>Supervisor &amp;user name</source>
        <translation>&amp;Nama pengguna supervisor</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Kata sandi</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Alasan</translation>
    </message>
    <message>
        <source>e.g. membership card seen; head-office data not reachable today</source>
        <translation>mis. kartu peserta sudah dilihat; data kantor pusat tidak dapat diakses hari ini</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Print</source>
        <translation>Cetak</translation>
    </message>
    <message>
        <source>Page %1 could not be rendered.</source>
        <translation>Halaman %1 tidak dapat digambar.</translation>
    </message>
    <message>
        <source>The printer could not be started. Check that it is connected and switched on.</source>
        <translation>Printer tidak dapat dimulai. Periksa apakah printer tersambung dan menyala.</translation>
    </message>
    <message>
        <source>The printer refused a new page.</source>
        <translation>Printer menolak halaman baru.</translation>
    </message>
    <message>
        <source>The PDF file %1 cannot be opened.</source>
        <translation>Berkas PDF %1 tidak dapat dibuka.</translation>
    </message>
    <message>
        <source>%1 — preview</source>
        <translation>%1 — pratinjau</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Selebar jendela</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Satu halaman penuh</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>dari %1</translation>
    </message>
    <message>
        <source>%1 page(s) sent to %2.</source>
        <translation>%1 halaman dikirim ke %2.</translation>
    </message>
    <message>
        <source>Save PDF as</source>
        <translation>Simpan PDF sebagai</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>Berkas tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Tersimpan: %1</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Buka folder</translation>
    </message>
    <message>
        <source>The folder %1 could not be opened.</source>
        <translation>Folder %1 tidak dapat dibuka.</translation>
    </message>
    <message>
        <source>Document preview</source>
        <translation>Pratinjau dokumen</translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>Halaman sebelumnya (Page Up)</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Halaman</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>Halaman berikutnya (Page Down)</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Perkecil (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Perbesaran</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Perbesar (Ctrl++)</translation>
    </message>
    <message>
        <source>Print (Ctrl+P)</source>
        <translation>Cetak (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <source>Save a copy of the PDF (Ctrl+S)</source>
        <translation>Simpan salinan berkas PDF (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Simpan sebagai…</translation>
    </message>
    <message>
        <source>Show the folder holding this file</source>
        <translation>Tampilkan folder tempat berkas ini</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Buka &amp;folder</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
</context>
<context>
    <name>PersonalDataSection</name>
    <message>
        <source>Personal data</source>
        <translation>Data pribadi</translation>
    </message>
    <message>
        <source>16-digit NIK</source>
        <translation>NIK 16 digit</translation>
    </message>
    <message>
        <source>Data held on this &amp;person…</source>
        <translation>Data yang disimpan tentang &amp;peserta…</translation>
    </message>
    <message>
        <source>Remove data past &amp;retention…</source>
        <translation>Hapus data yang melewati masa &amp;simpan…</translation>
    </message>
    <message>
        <source>&amp;NIK</source>
        <translation>&amp;NIK</translation>
    </message>
    <message>
        <source>Type the member&apos;s 16-digit NIK.</source>
        <translation>Ketik NIK peserta (16 digit).</translation>
    </message>
    <message>
        <source>Save the personal data report</source>
        <translation>Simpan laporan data pribadi</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Excel workbook (*.xlsx)</source>
        <translation>PDF (*.pdf);;Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Menulis laporan…</translation>
    </message>
    <message>
        <source>Saved to %1. It holds the full NIK: hand it only to the person concerned.</source>
        <translation>Tersimpan di %1. Berkas ini berisi NIK lengkap: serahkan hanya kepada peserta yang bersangkutan.</translation>
    </message>
    <message>
        <source>No member is past the retention period (%1 years).</source>
        <translation>Tidak ada peserta yang melewati masa simpan (%1 tahun).</translation>
    </message>
    <message>
        <source>%1 members have had no activity since before %2 (retention %3 years). Remove their personal data now? This cannot be undone; an audit entry records the count.</source>
        <translation>%1 peserta tidak memiliki kegiatan sejak sebelum %2 (masa simpan %3 tahun). Hapus data pribadi mereka sekarang? Tindakan ini tidak dapat dibatalkan; log audit mencatat jumlahnya.</translation>
    </message>
    <message>
        <source>Remove personal data</source>
        <translation>Hapus data pribadi</translation>
    </message>
    <message>
        <source>Personal data of %1 members removed.</source>
        <translation>Data pribadi %1 peserta telah dihapus.</translation>
    </message>
</context>
<context>
    <name>ProgrammeSection</name>
    <message>
        <source>Programme year and quota</source>
        <translation>Tahun program dan kuota</translation>
    </message>
    <message>
        <source> seats</source>
        <translation> kursi</translation>
    </message>
    <message>
        <source>Save &amp;programme year</source>
        <translation>Simpan &amp;tahun program</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Tahun</translation>
    </message>
    <message>
        <source>National target</source>
        <translation>Target nasional</translation>
    </message>
    <message>
        <source>National budget (Rp)</source>
        <translation>Anggaran nasional (Rp)</translation>
    </message>
    <message>
        <source>This branch&apos;s seats</source>
        <translation>Kuota kursi kantor ini</translation>
    </message>
    <message>
        <source>This branch&apos;s budget (Rp)</source>
        <translation>Anggaran kantor ini (Rp)</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Terpakai</translation>
    </message>
    <message>
        <source>Only the head of branch changes the programme year and quota.</source>
        <translation>Hanya kepala cabang yang mengubah tahun program dan kuota.</translation>
    </message>
    <message>
        <source>%1 seats, %2</source>
        <translation>%1 kursi, %2</translation>
    </message>
    <message>
        <source>The regional office has sent the allocation for this year: it applies and is changed only there.</source>
        <translation>Kantor Wilayah sudah mengirim alokasi tahun ini: alokasi itu yang berlaku dan hanya diubah di Kantor Wilayah.</translation>
    </message>
    <message>
        <source>Until the regional office sends the allocation, the head of branch enters it here.</source>
        <translation>Selama Kantor Wilayah belum mengirim alokasi, kepala cabang mengisinya di sini.</translation>
    </message>
    <message>
        <source>Write the amount in rupiah, for example 2.400.000.</source>
        <translation>Tulis jumlah dalam rupiah, misalnya 2.400.000.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Tersimpan.</translation>
    </message>
</context>
<context>
    <name>ProgressRunner</name>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Pilih Semua</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Naik</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>&amp;Turun</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Folder tidak ditemukan.
Periksa apakah nama folder sudah benar.</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Berkas tidak ditemukan.
Periksa apakah nama berkas sudah benar.</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 sudah ada.
Ganti berkas itu?</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Pilih</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Cari di:</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Folder Baru</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Ganti Nama</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>&apos;%1&apos; dilindungi dari penulisan.
Tetap hapus?</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Semua Berkas (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Semua berkas (*)</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Yakin ingin menghapus &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Ganti ke tampilan rinci</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Ganti ke tampilan daftar</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Folder tidak dapat dihapus.</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Buat Folder Baru</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Buat Folder Baru</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Tampilan Rinci</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Nama berkas:</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Jenis berkas:</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Cari Folder</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Maju</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Maju</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Ke folder induk</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Tampilan Daftar</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Daftar lokasi dan penanda</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Folder Baru</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Folder Induk</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Lokasi Terakhir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Simpan Sebagai</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Tampilkan </translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Tampilkan berkas &amp;tersembunyi</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Bilah Samping</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Computer</source>
        <translation>Komputer</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Tanggal Diubah</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Komputer Saya</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipe</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Batal</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Tutup tanpa Menyimpan</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <source>Enter a value:</source>
        <translation>Masukkan nilai:</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Tempel</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ulangi</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Po&amp;tong</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Pilih Semua</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>About Qt</source>
        <translation>Tentang Qt</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Sembunyikan Rincian...</translation>
    </message>
    <message>
        <source>Show Details...</source>
        <translation>Tampilkan Rincian...</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>Custom</source>
        <translation>Ukuran lain</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Tinggi:</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Lanskap</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>Margin</translation>
    </message>
    <message>
        <source>Millimeters (mm)</source>
        <translation>Milimeter (mm)</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientasi</translation>
    </message>
    <message>
        <source>Page &amp;order:</source>
        <translation>&amp;Urutan halaman:</translation>
    </message>
    <message>
        <source>Page Layout</source>
        <translation>Tata letak halaman</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Ukuran kertas:</translation>
    </message>
    <message>
        <source>Pages &amp;per sheet:</source>
        <translation>Halaman &amp;per lembar:</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Kertas</translation>
    </message>
    <message>
        <source>Paper source:</source>
        <translation>Sumber kertas:</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Tegak</translation>
    </message>
    <message>
        <source>Reverse landscape</source>
        <translation>Lanskap terbalik</translation>
    </message>
    <message>
        <source>Reverse portrait</source>
        <translation>Tegak terbalik</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Lebar:</translation>
    </message>
    <message>
        <source>top margin</source>
        <translation>margin atas</translation>
    </message>
    <message>
        <source>bottom margin</source>
        <translation>margin bawah</translation>
    </message>
    <message>
        <source>left margin</source>
        <translation>margin kiri</translation>
    </message>
    <message>
        <source>right margin</source>
        <translation>margin kanan</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Tidak</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ya</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Batalkan</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Terapkan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Jangan simpan</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Bantuan</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Abaikan</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>T&amp;idak untuk Semua</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Setel Ulang</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Kembalikan Bawaan</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Coba Lagi</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Simpan Semua</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ya untuk &amp;Semua</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation>%1 sudah ada.
Timpa berkas itu?</translation>
    </message>
    <message>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation>%1 adalah folder.
Pilih nama berkas lain.</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>&amp;Opsi &lt;&lt;</translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>&amp;Opsi &gt;&gt;</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Cetak</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation>Semua halaman</translation>
    </message>
    <message>
        <source>Even Pages</source>
        <translation>Halaman genap</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation>Halaman ganjil</translation>
    </message>
    <message>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation>Berkas %1 tidak dapat ditulis.
Pilih nama berkas lain.</translation>
    </message>
    <message>
        <source>Invalid Pages Definition</source>
        <translation>Rentang halaman tidak valid</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Berkas lokal</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Cetak</translation>
    </message>
    <message>
        <source>Print To File ...</source>
        <translation>Cetak ke berkas ...</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation>Cetak ke berkas (PDF)</translation>
    </message>
    <message>
        <source>The &apos;From&apos; value cannot be greater than the &apos;To&apos; value.</source>
        <translation>Nilai &apos;Dari&apos; tidak boleh lebih besar daripada nilai &apos;Sampai&apos;.</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation>Tulis berkas PDF</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesDialog</name>
    <message>
        <source>Printer Properties</source>
        <translation>Properti printer</translation>
    </message>
    <message>
        <source>Job Options</source>
        <translation>Opsi pencetakan</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message>
        <source>Advanced</source>
        <translation>Lanjutan</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Halaman</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Collate</source>
        <translation>Susun per salinan</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Berwarna</translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation>Mode warna</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Salinan</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Jumlah salinan:</translation>
    </message>
    <message>
        <source>Current Page</source>
        <translation>Halaman ini</translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translation>Cetak bolak-balik</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>Hitam putih</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>Jilid sisi panjang</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Mati</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opsi</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation>Pengaturan keluaran</translation>
    </message>
    <message>
        <source>Page &amp;Set:</source>
        <translation>&amp;Kumpulan halaman:</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Halaman</translation>
    </message>
    <message>
        <source>Pages from</source>
        <translation>Halaman dari</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>Cetak semua</translation>
    </message>
    <message>
        <source>Print range</source>
        <translation>Rentang cetak</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Urutan terbalik</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Pilihan</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>Jilid sisi pendek</translation>
    </message>
    <message>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>Tulis halaman atau rentang dipisah koma; rentang ditulis dua angka dengan tanda hubung. Mis.: 3,5-7,9 mencetak halaman 3, 5, 6, 7, dan 9.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>sampai</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Lokasi:</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation>&amp;Berkas keluaran:</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>P&amp;roperti</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Pratinjau</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Jenis:</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <source>Bottom</source>
        <translation>Bawah</translation>
    </message>
    <message>
        <source>Left edge</source>
        <translation>Tepi kiri</translation>
    </message>
    <message>
        <source>Page down</source>
        <translation>Satu halaman ke bawah</translation>
    </message>
    <message>
        <source>Page left</source>
        <translation>Satu halaman ke kiri</translation>
    </message>
    <message>
        <source>Page right</source>
        <translation>Satu halaman ke kanan</translation>
    </message>
    <message>
        <source>Page up</source>
        <translation>Satu halaman ke atas</translation>
    </message>
    <message>
        <source>Right edge</source>
        <translation>Tepi kanan</translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translation>Gulir ke bawah</translation>
    </message>
    <message>
        <source>Scroll here</source>
        <translation>Gulir ke sini</translation>
    </message>
    <message>
        <source>Scroll left</source>
        <translation>Gulir ke kiri</translation>
    </message>
    <message>
        <source>Scroll right</source>
        <translation>Gulir ke kanan</translation>
    </message>
    <message>
        <source>Scroll up</source>
        <translation>Gulir ke atas</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Atas</translation>
    </message>
</context>
<context>
    <name>QUnicodeControlCharacterMenu</name>
    <message>
        <source>Insert Unicode control character</source>
        <translation>Sisipkan karakter kontrol Unicode</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Tempel</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ulangi</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Salin &amp;Alamat Tautan</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Po&amp;tong</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Pilih Semua</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Selesai</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Bantuan</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Berikutnya</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Berikutnya &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Kembali</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Terapkan</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Lanjutkan</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Bantuan</translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <source>%1 rows</source>
        <translation>%1 baris</translation>
    </message>
    <message>
        <source>Search failed</source>
        <translation>Pencarian gagal</translation>
    </message>
    <message>
        <source>The list could not be loaded: %1</source>
        <translation>Daftar tidak dapat dimuat: %1</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Mencari…</translation>
    </message>
    <message>
        <source>%1 · loading…</source>
        <translation>%1 · memuat…</translation>
    </message>
</context>
<context>
    <name>RegionField</name>
    <message>
        <source>Type the 4-digit regency/city code or pick a name from the list.</source>
        <translation>Ketik kode kabupaten/kota 4 digit atau pilih nama dari daftar.</translation>
    </message>
    <message>
        <source>Regency/city code %1 is not in the Kemendagri list.</source>
        <translation>Kode kabupaten/kota %1 tidak ada dalam daftar Kemendagri.</translation>
    </message>
</context>
<context>
    <name>RegionalPage</name>
    <message>
        <source>Regional recap</source>
        <translation>Rekap Wilayah</translation>
    </message>
    <message>
        <source>Programme &amp;year:</source>
        <translation>&amp;Tahun program:</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Terdaftar</translation>
    </message>
    <message>
        <source>In training</source>
        <translation>Sedang pelatihan</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Seats used / quota</source>
        <translation>Kursi terpakai / kuota</translation>
    </message>
    <message>
        <source>Budget used / allocation</source>
        <translation>Anggaran terpakai / alokasi</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Surat</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Sertifikat</translation>
    </message>
    <message>
        <source>&amp;Allocate</source>
        <translation>&amp;Alokasikan</translation>
    </message>
    <message>
        <source>Office code:</source>
        <translation>Kode kantor:</translation>
    </message>
    <message>
        <source>Seats:</source>
        <translation>Kursi:</translation>
    </message>
    <message>
        <source>Budget:</source>
        <translation>Anggaran:</translation>
    </message>
    <message>
        <source>Allocate a branch quota</source>
        <translation>Alokasi kuota cabang</translation>
    </message>
    <message>
        <source>Allocate a branch quota (head of office only)</source>
        <translation>Alokasi kuota cabang (hanya kepala kantor)</translation>
    </message>
    <message>
        <source>%1 enrolments of the national target %2, %3 completed. Seats allocated: %4. Budget used %5 of %6 (allocated %7).</source>
        <translation>%1 pendaftaran dari target nasional %2, %3 selesai. Kursi dialokasikan: %4. Anggaran terpakai %5 dari %6 (dialokasikan %7).</translation>
    </message>
    <message>
        <source>Quota not allocated</source>
        <translation>Kuota tidak dialokasikan</translation>
    </message>
    <message>
        <source>%1: %2 seats, %3. Not yet allocated: %4 seats.</source>
        <translation>%1: %2 kursi, %3. Belum dialokasikan: %4 kursi.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>Check the QR code or the PDF of a letter, slip or certificate (F8)</source>
        <translation>Periksa kode QR atau PDF surat, hasil pemeriksaan kelayakan, atau sertifikat (F8)</translation>
    </message>
    <message>
        <source>&amp;Verify a document…</source>
        <translation>&amp;Verifikasi dokumen…</translation>
    </message>
    <message>
        <source>Excel &amp;exports</source>
        <translation>&amp;Ekspor Excel</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Jenis laporan</translation>
    </message>
    <message>
        <source>C&amp;lass</source>
        <translation>&amp;Kelas</translation>
    </message>
    <message>
        <source>Pick a class or type its code</source>
        <translation>Pilih kelas atau ketik kodenya</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Dari</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Sampai</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Tahun</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Bulan</translation>
    </message>
    <message>
        <source>NIKs are masked unless a reason is given; the reason is recorded in the audit log.</source>
        <translation>NIK disamarkan kecuali ada alasan; alasannya dicatat di log audit.</translation>
    </message>
    <message>
        <source>Show the &amp;full NIK (the reason is recorded)</source>
        <translation>Tampilkan NIK le&amp;ngkap (alasan dicatat)</translation>
    </message>
    <message>
        <source>Rea&amp;son</source>
        <translation>&amp;Alasan</translation>
    </message>
    <message>
        <source>e.g. certification by the institution (BNSP)</source>
        <translation>mis. sertifikasi oleh lembaga (BNSP)</translation>
    </message>
    <message>
        <source>Choose where to save, then write the workbook in the background</source>
        <translation>Pilih lokasi penyimpanan, lalu buku kerja ditulis di latar belakang</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>Ekspor ke E&amp;xcel…</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Buka &amp;folder</translation>
    </message>
    <message>
        <source>&amp;Import data</source>
        <translation>&amp;Impor data</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <source>An empty workbook with the right headers, notes and drop-down lists</source>
        <translation>Buku kerja kosong dengan judul kolom, catatan, dan daftar pilihan yang benar</translation>
    </message>
    <message>
        <source>Save &amp;template…</source>
        <translation>Simpan &amp;templat…</translation>
    </message>
    <message>
        <source>Reads the whole file and checks every row against the database without saving anything (dry run)</source>
        <translation>Membaca seluruh berkas dan memeriksa setiap baris terhadap basis data tanpa menyimpan apa pun (uji coba)</translation>
    </message>
    <message>
        <source>Choose a file and &amp;check…</source>
        <translation>Pilih berkas dan &amp;periksa…</translation>
    </message>
    <message>
        <source>The same list as an Excel workbook, saved beside the imported file</source>
        <translation>Daftar yang sama dalam buku kerja Excel, disimpan di samping berkas impor</translation>
    </message>
    <message>
        <source>Open the error &amp;report</source>
        <translation>Buka laporan &amp;kesalahan</translation>
    </message>
    <message>
        <source>Save every row in one go; possible only after a check without errors</source>
        <translation>Simpan semua baris sekaligus; hanya bisa setelah pemeriksaan tanpa kesalahan</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>I&amp;mpor</translation>
    </message>
    <message>
        <source>Document &amp;numbering</source>
        <translation>Pe&amp;nomoran dokumen</translation>
    </message>
    <message>
        <source>Document &amp;type</source>
        <translation>&amp;Jenis dokumen</translation>
    </message>
    <message>
        <source>Number &amp;template</source>
        <translation>&amp;Templat nomor</translation>
    </message>
    <message>
        <source>Save the te&amp;mplate</source>
        <translation>Si&amp;mpan templat</translation>
    </message>
    <message>
        <source>Starting number (a branch that already issued documents this year)</source>
        <translation>Nomor awal (untuk kantor yang tahun ini sudah menerbitkan dokumen)</translation>
    </message>
    <message>
        <source>Y&amp;ear</source>
        <translation>T&amp;ahun</translation>
    </message>
    <message>
        <source>&amp;Last number used</source>
        <translation>Nomor &amp;terakhir terpakai</translation>
    </message>
    <message>
        <source>Set the &amp;starting number</source>
        <translation>Tetapkan nomor &amp;awal</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Participant list of a class</source>
        <translation>Daftar peserta per kelas</translation>
    </message>
    <message>
        <source>Enrolments in a period</source>
        <translation>Pendaftaran per periode</translation>
    </message>
    <message>
        <source>Monthly branch recap</source>
        <translation>Rekap bulanan kantor cabang</translation>
    </message>
    <message>
        <source>Quota and budget use</source>
        <translation>Penggunaan kuota dan anggaran</translation>
    </message>
    <message>
        <source>Training institutions and licences</source>
        <translation>Lembaga pelatihan dan status izin</translation>
    </message>
    <message>
        <source>For the institution: every participant of the class (not cancelled).</source>
        <translation>Untuk lembaga pelatihan: semua peserta kelas (kecuali yang dibatalkan).</translation>
    </message>
    <message>
        <source>Every enrolment made between the two dates, with class and cost.</source>
        <translation>Semua pendaftaran di antara dua tanggal, dengan kelas dan biayanya.</translation>
    </message>
    <message>
        <source>Enrolments of one month by segment, status, institution and mode.</source>
        <translation>Pendaftaran satu bulan menurut segmen, status, lembaga, dan metode.</translation>
    </message>
    <message>
        <source>Seats and budget of the programme year: given, used and left.</source>
        <translation>Kursi dan anggaran tahun program: jatah, terpakai, dan sisa.</translation>
    </message>
    <message>
        <source>Every institution with its licence, accreditation and PKS status.</source>
        <translation>Semua lembaga dengan status izin, akreditasi, dan PKS.</translation>
    </message>
    <message>
        <source>Members (participants)</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>Contribution periods (iuran)</source>
        <translation>Periode iuran</translation>
    </message>
    <message>
        <source>Training institutions</source>
        <translation>Lembaga pelatihan</translation>
    </message>
    <message>
        <source>Training classes</source>
        <translation>Kelas pelatihan</translation>
    </message>
    <message>
        <source>Class code, e.g. KLS-2026-0001</source>
        <translation>Kode kelas, mis. KLS-2026-0001</translation>
    </message>
    <message>
        <source>Reports are written as Excel workbooks. NIKs are masked unless you ask for the full number with a reason, which is recorded in the audit log.</source>
        <translation>Laporan disimpan sebagai buku kerja Excel. NIK disamarkan, kecuali Anda meminta NIK lengkap dengan alasan yang dicatat di log audit.</translation>
    </message>
    <message>
        <source>Identity check against the original document</source>
        <translation>Verifikasi identitas dengan dokumen asli</translation>
    </message>
    <message>
        <source>Data correction at the worker&apos;s request</source>
        <translation>Koreksi data atas permintaan peserta</translation>
    </message>
    <message>
        <source>Law enforcement request</source>
        <translation>Permintaan penegak hukum</translation>
    </message>
    <message>
        <source>LSP certification</source>
        <translation>Sertifikasi LSP</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>another supervisor or head of branch</source>
        <translation>supervisor atau kepala cabang lain</translation>
    </message>
    <message>
        <source>Reason &amp;code</source>
        <translation>&amp;Kode alasan</translation>
    </message>
    <message>
        <source>&amp;Approved by</source>
        <translation>&amp;Disetujui oleh</translation>
    </message>
    <message>
        <source>Approver&apos;s pass&amp;word</source>
        <translation>Kata &amp;sandi penyetuju</translation>
    </message>
    <message>
        <source>Choose a class or type its code.</source>
        <translation>Pilih kelas atau ketik kodenya.</translation>
    </message>
    <message>
        <source>Type the first day (dd/mm/yyyy).</source>
        <translation>Ketik tanggal awal (hh/bb/tttt).</translation>
    </message>
    <message>
        <source>Type the last day (dd/mm/yyyy).</source>
        <translation>Ketik tanggal akhir (hh/bb/tttt).</translation>
    </message>
    <message>
        <source>The last day is before the first day.</source>
        <translation>Tanggal akhir sebelum tanggal awal.</translation>
    </message>
    <message>
        <source>Full NIKs need a reason (recorded in the audit log), or untick the box.</source>
        <translation>NIK lengkap memerlukan alasan (dicatat di log audit), atau hapus centangnya.</translation>
    </message>
    <message>
        <source>Full NIKs need the approval of another supervisor or head of branch: their user name and password.</source>
        <translation>NIK lengkap memerlukan persetujuan supervisor atau kepala cabang lain: nama pengguna dan kata sandinya.</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>Simpan laporan sebagai</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Mengekspor…</translation>
    </message>
    <message>
        <source>%1 rows written…</source>
        <translation>%1 baris ditulis…</translation>
    </message>
    <message>
        <source>Saved %1 rows to %2</source>
        <translation>%1 baris tersimpan di %2</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Ekspor dibatalkan; tidak ada berkas yang ditulis.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <source>Fill in the template in Excel, then choose the file: every row is checked first and nothing is saved until the check finds no error. All rows are imported together, or none.</source>
        <translation>Isi templat di Excel, lalu pilih berkasnya: setiap baris diperiksa terlebih dahulu dan tidak ada yang disimpan sebelum pemeriksaan bebas kesalahan. Semua baris diimpor sekaligus, atau tidak sama sekali.</translation>
    </message>
    <message>
        <source>Save the import template as</source>
        <translation>Simpan templat impor sebagai</translation>
    </message>
    <message>
        <source>Template saved: %1</source>
        <translation>Templat tersimpan: %1</translation>
    </message>
    <message>
        <source>Import template</source>
        <translation>Templat impor</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Pilih berkas yang akan diimpor</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>The file has changed since it was checked; it is checked again now.</source>
        <translation>Berkas berubah sejak diperiksa; berkas diperiksa ulang sekarang.</translation>
    </message>
    <message>
        <source>Save %1 new rows from %2?</source>
        <translation>Simpan %1 baris baru dari %2?</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Memeriksa %1…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Mengimpor %1…</translation>
    </message>
    <message>
        <source>%1 rows read…</source>
        <translation>%1 baris dibaca…</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 kesalahan</translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation>%1 kesalahan</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 peringatan</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 peringatan</translation>
    </message>
    <message>
        <source>No errors: press Import to save.</source>
        <translation>Tidak ada kesalahan: tekan Impor untuk menyimpan.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was saved.</source>
        <translation>Dibatalkan; tidak ada data yang disimpan.</translation>
    </message>
    <message>
        <source>Every letter, slip and certificate gets the next number of its type for the year; numbers are never reused, a voided document keeps its number.</source>
        <translation>Setiap surat, hasil pemeriksaan kelayakan, dan sertifikat mendapat nomor berikutnya menurut jenis dan tahunnya; nomor tidak pernah dipakai ulang, dokumen yang dibatalkan tetap memegang nomornya.</translation>
    </message>
    <message>
        <source>Fields: {seq} number in the year (e.g. {seq:04d} = 0007), {branch}, {year}, {month}, {month_roman}, {day}, {type_code}. {seq}, {year} and {branch} are required.</source>
        <translation>Kolom: {seq} nomor urut dalam tahun (mis. {seq:04d} = 0007), {branch}, {year}, {month}, {month_roman}, {day}, {type_code}. {seq}, {year}, dan {branch} wajib ada.</translation>
    </message>
    <message>
        <source>Only a supervisor or an administrator may change the numbering.</source>
        <translation>Hanya supervisor atau administrator yang boleh mengubah penomoran.</translation>
    </message>
    <message>
        <source>Numbers used so far in %1: %2</source>
        <translation>Nomor yang sudah terpakai pada %1: %2</translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation>Contoh: %1</translation>
    </message>
    <message>
        <source>The next number will be %1</source>
        <translation>Nomor berikutnya adalah %1</translation>
    </message>
    <message>
        <source>After setting it, the next number will be %1</source>
        <translation>Setelah disimpan, nomor berikutnya adalah %1</translation>
    </message>
    <message>
        <source>Number template</source>
        <translation>Templat nomor</translation>
    </message>
    <message>
        <source>This is the default template. Save it anyway?</source>
        <translation>Ini templat bawaan. Tetap simpan?</translation>
    </message>
    <message>
        <source>Template saved.</source>
        <translation>Templat tersimpan.</translation>
    </message>
    <message>
        <source>%1 is already the last number used; raise it to skip numbers.</source>
        <translation>%1 sudah merupakan nomor terakhir yang terpakai; naikkan jika ingin melompati nomor.</translation>
    </message>
    <message>
        <source>Starting number</source>
        <translation>Nomor awal</translation>
    </message>
    <message>
        <source>Set the last %1 number used in %2 to %3? The next one will be %4; numbers can never go back.</source>
        <translation>Tetapkan nomor %1 terakhir yang terpakai pada %2 menjadi %3? Nomor berikutnya %4; nomor tidak dapat dimundurkan.</translation>
    </message>
    <message>
        <source>Starting number saved.</source>
        <translation>Nomor awal tersimpan.</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>Laporan bulanan</translation>
    </message>
</context>
<context>
    <name>RevealNikDialog</name>
    <message>
        <source>Show full NIK</source>
        <translation>Tampilkan NIK lengkap</translation>
    </message>
    <message>
        <source>The full NIK %1 is personal data (UU 27/2022). Choose why you need it and describe it; the reveal is recorded in the audit log.</source>
        <translation>NIK lengkap %1 adalah data pribadi (UU 27/2022). Pilih alasan Anda memerlukannya dan jelaskan; penampilan NIK dicatat di log audit.</translation>
    </message>
    <message>
        <source>e.g. KTP shown at the counter</source>
        <translation>mis. KTP asli diperlihatkan di loket</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Alasan</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Keterangan</translation>
    </message>
    <message>
        <source>&amp;Show NIK</source>
        <translation>&amp;Tampilkan NIK</translation>
    </message>
    <message>
        <source>Identity check against the original document</source>
        <translation>Verifikasi identitas dengan dokumen asli</translation>
    </message>
    <message>
        <source>Data correction at the worker&apos;s request</source>
        <translation>Koreksi data atas permintaan peserta</translation>
    </message>
    <message>
        <source>Law enforcement request</source>
        <translation>Permintaan penegak hukum</translation>
    </message>
    <message>
        <source>LSP certification</source>
        <translation>Sertifikasi LSP</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>Shown for %1 seconds; recorded in the audit log.</source>
        <translation>Ditampilkan selama %1 detik; dicatat di log audit.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>SQLite FTS5 (word prefix)</source>
        <translation>SQLite FTS5 (awal kata)</translation>
    </message>
    <message>
        <source>PostgreSQL pg_trgm (word prefix)</source>
        <translation>PostgreSQL pg_trgm (awal kata)</translation>
    </message>
    <message>
        <source>PostgreSQL name prefix (pg_trgm not installed)</source>
        <translation>PostgreSQL awal nama (pg_trgm tidak terpasang)</translation>
    </message>
    <message>
        <source>No branch profile yet: run `vokasi-desktop init`.</source>
        <translation>Profil kantor belum diisi: jalankan `vokasi-desktop init`.</translation>
    </message>
    <message>
        <source>Saved. The new language is used the next time the application starts.</source>
        <translation>Tersimpan. Bahasa baru dipakai saat aplikasi dibuka kembali.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>&amp;Interface language</source>
        <translation>&amp;Bahasa tampilan</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Pengguna masuk</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Basis data</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Versi skema</translation>
    </message>
    <message>
        <source>Name search</source>
        <translation>Pencarian nama</translation>
    </message>
    <message>
        <source>Branch office</source>
        <translation>Kantor cabang</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Kota</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Surel</translation>
    </message>
    <message>
        <source>Head of branch</source>
        <translation>Kepala kantor</translation>
    </message>
    <message>
        <source>The branch profile is read-only here; an administrator changes it with the command `vokasi-desktop init`.</source>
        <translation>Profil kantor hanya dapat dibaca di sini; administrator mengubahnya dengan perintah `vokasi-desktop init`.</translation>
    </message>
</context>
<context>
    <name>TodayModel</name>
    <message>
        <source>Time</source>
        <translation>Pukul</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Yang dikerjakan</translation>
    </message>
    <message>
        <source>Enrolled in %1</source>
        <translation>Terdaftar di %1</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Didaftarkan sebagai peserta</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>didaftarkan</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>diverifikasi</translation>
    </message>
    <message>
        <source>slip %1</source>
        <translation>slip %1</translation>
    </message>
    <message>
        <source>letter %1</source>
        <translation>surat %1</translation>
    </message>
</context>
<context>
    <name>TodayTab</name>
    <message>
        <source>Enter or double-click: continue with this worker (reprint, enrol, letter).</source>
        <translation>Enter atau klik ganda: lanjutkan dengan pekerja ini (cetak ulang, daftarkan, surat pengantar).</translation>
    </message>
    <message>
        <source>Classes the member can join now (%1)</source>
        <translation>Kelas yang dapat diikuti sekarang (%1)</translation>
    </message>
    <message>
        <source>Today (%1) · Ctrl+T</source>
        <translation>Hari ini (%1) · Ctrl+T</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Users</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Staff accounts of this office. Every change is recorded in the audit log. A reset password must be changed by the user at the next login.</source>
        <translation>Akun petugas kantor ini. Setiap perubahan dicatat di log audit. Kata sandi yang diatur ulang wajib diganti pengguna saat login berikutnya.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nama pengguna</translation>
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
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Terkunci</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Login terakhir</translation>
    </message>
    <message>
        <source>&amp;New user…</source>
        <translation>Pengguna &amp;baru…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Nonaktifkan</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Buka &amp;kunci</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>&amp;Atur ulang kata sandi…</translation>
    </message>
    <message>
        <source>Change r&amp;ole…</source>
        <translation>Ubah &amp;peran…</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>Akti&amp;fkan</translation>
    </message>
    <message>
        <source>User not changed</source>
        <translation>Pengguna tidak diubah</translation>
    </message>
    <message>
        <source>User %1 created; the password must be changed at the first login.</source>
        <translation>Pengguna %1 dibuat; kata sandi wajib diganti saat login pertama.</translation>
    </message>
    <message>
        <source>User %1 disabled.</source>
        <translation>Pengguna %1 dinonaktifkan.</translation>
    </message>
    <message>
        <source>User %1 enabled.</source>
        <translation>Pengguna %1 diaktifkan kembali.</translation>
    </message>
    <message>
        <source>User %1 unlocked.</source>
        <translation>Kunci akun %1 dibuka.</translation>
    </message>
    <message>
        <source>Password of %1 reset; it must be changed at the next login.</source>
        <translation>Kata sandi %1 diatur ulang; wajib diganti saat login berikutnya.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 sekarang %2.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Atur ulang kata sandi</translation>
    </message>
    <message>
        <source>Temporary password for %1 (at least 8 characters):</source>
        <translation>Kata sandi sementara untuk %1 (minimal 8 karakter):</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Ubah peran</translation>
    </message>
    <message>
        <source>New role of %1:</source>
        <translation>Peran baru %1:</translation>
    </message>
</context>
<context>
    <name>VerdictPanel</name>
    <message>
        <source>Eligibility check</source>
        <translation>Pemeriksaan kelayakan</translation>
    </message>
    <message>
        <source>The check appears here when a member is found.</source>
        <translation>Hasil pemeriksaan tampil di sini setelah peserta ditemukan.</translation>
    </message>
    <message>
        <source>For class %1 · %2 at %3, %4 – %5.</source>
        <translation>Untuk kelas %1 · %2 di %3, %4 – %5.</translation>
    </message>
    <message>
        <source>Membership only (no class to check).</source>
        <translation>Pemeriksaan kepesertaan saja (tanpa kelas).</translation>
    </message>
    <message>
        <source>Rules %1 version %2, checked on %3.</source>
        <translation>Aturan %1 versi %2, diperiksa pada %3.</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Terdaftar</translation>
    </message>
    <message>
        <source>Enrolled in %1 · %2 at %3, %4 – %5.</source>
        <translation>Terdaftar di %1 · %2 pada %3, %4 – %5.</translation>
    </message>
    <message>
        <source>Print the enrolment letter (Ctrl+L) and give it to the worker; then press Esc for the next customer.</source>
        <translation>Cetak surat pengantar (Ctrl+L) dan serahkan kepada pekerja; lalu tekan Esc untuk pelanggan berikutnya.</translation>
    </message>
    <message>
        <source>The letter is issued. Press Esc for the next customer.</source>
        <translation>Surat pengantar sudah diterbitkan. Tekan Esc untuk pelanggan berikutnya.</translation>
    </message>
    <message>
        <source>The worker cannot be enrolled now. Tell the worker what to do, and print the eligibility slip (Ctrl+P):</source>
        <translation>Pekerja belum dapat didaftarkan. Jelaskan kepada pekerja apa yang perlu dilakukan, lalu cetak slip kelayakan (Ctrl+P):</translation>
    </message>
    <message>
        <source>Only a supervisor&apos;s approval is missing (%1). Record the membership verification (Ctrl+R) if the worker shows the evidence, or enrol with Ctrl+Enter and let a supervisor approve:</source>
        <translation>Hanya kurang persetujuan supervisor (%1). Catat verifikasi kepesertaan (Ctrl+R) bila pekerja menunjukkan buktinya, atau daftarkan dengan Ctrl+Enter dan minta supervisor menyetujui:</translation>
    </message>
    <message>
        <source>The membership meets the rules, but no class can be offered now. Print the slip (Ctrl+P) and ask the worker to come back when new classes open.</source>
        <translation>Kepesertaan memenuhi syarat, tetapi belum ada kelas yang dapat ditawarkan. Cetak slip (Ctrl+P) dan minta pekerja kembali saat kelas baru dibuka.</translation>
    </message>
    <message>
        <source>The worker can be enrolled (Ctrl+Enter); mind the notes:</source>
        <translation>Pekerja dapat didaftarkan (Ctrl+Enter); perhatikan catatan berikut:</translation>
    </message>
    <message>
        <source>The worker can be enrolled in this class: press Ctrl+Enter, then print the letter (Ctrl+L).</source>
        <translation>Pekerja dapat didaftarkan di kelas ini: tekan Ctrl+Enter, lalu cetak surat pengantar (Ctrl+L).</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Langkah berikutnya</translation>
    </message>
    <message>
        <source>approved by a supervisor</source>
        <translation>disetujui supervisor</translation>
    </message>
    <message>
        <source>not met · a supervisor may approve</source>
        <translation>tidak memenuhi · dapat disetujui supervisor</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>tidak memenuhi</translation>
    </message>
    <message>
        <source>note</source>
        <translation>catatan</translation>
    </message>
    <message>
        <source>met</source>
        <translation>memenuhi</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation>tidak berlaku</translation>
    </message>
    <message>
        <source>Show the %1 rules &amp;that do not apply</source>
        <translation>Tampilkan %1 aturan yang &amp;tidak berlaku</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>VALID</source>
        <translation>SAH</translation>
    </message>
    <message>
        <source>ALTERED</source>
        <translation>DIUBAH</translation>
    </message>
    <message>
        <source>UNKNOWN KEY</source>
        <translation>KUNCI TIDAK DIKENAL</translation>
    </message>
    <message>
        <source>KEY REVOKED</source>
        <translation>KUNCI DICABUT</translation>
    </message>
    <message>
        <source>VOIDED</source>
        <translation>DIBATALKAN</translation>
    </message>
    <message>
        <source>NOT REGISTERED</source>
        <translation>TIDAK TERDAFTAR</translation>
    </message>
    <message>
        <source>NOT A CODE</source>
        <translation>BUKAN KODE</translation>
    </message>
    <message>
        <source>CANNOT CHECK</source>
        <translation>TIDAK DAPAT DIPERIKSA</translation>
    </message>
    <message>
        <source>REGISTERED, HOLDER DATA ERASED</source>
        <translation>TERDAFTAR, DATA PEMEGANG DIHAPUS</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Memeriksa…</translation>
    </message>
    <message>
        <source>Choose a PDF document</source>
        <translation>Pilih dokumen PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Verify a document</source>
        <translation>Verifikasi dokumen</translation>
    </message>
    <message>
        <source>Waiting for a code</source>
        <translation>Menunggu kode</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <source>Data written in the code (NOT confirmed)</source>
        <translation>Data yang tertulis di kode (TIDAK terkonfirmasi)</translation>
    </message>
    <message>
        <source>Issued %1 by %2</source>
        <translation>Diterbitkan %1 oleh %2</translation>
    </message>
    <message>
        <source>%1 copies printed</source>
        <translation>%1 salinan dicetak</translation>
    </message>
    <message>
        <source>VOIDED: %1</source>
        <translation>DIBATALKAN: %1</translation>
    </message>
    <message>
        <source>Not in this office&apos;s registry</source>
        <translation>Tidak ada dalam register kantor ini</translation>
    </message>
    <message>
        <source>&amp;Verify document…</source>
        <translation>&amp;Verifikasi dokumen…</translation>
    </message>
    <message>
        <source>Scan the QR code on the letter, slip or certificate (the scanner types the code and presses Enter), paste the code, or choose the PDF file. Checking works offline.</source>
        <translation>Pindai kode QR pada surat, hasil pemeriksaan kelayakan, atau sertifikat (pemindai mengetik kode lalu menekan Enter), tempel kodenya, atau pilih berkas PDF. Pemeriksaan berjalan tanpa internet.</translation>
    </message>
    <message>
        <source>QR code text or path of a PDF file…</source>
        <translation>Teks kode QR atau lokasi berkas PDF…</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Periksa</translation>
    </message>
    <message>
        <source>Choose &amp;PDF…</source>
        <translation>Pilih P&amp;DF…</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Issued by branch</source>
        <translation>Kantor penerbit</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIK (last four digits)</source>
        <translation>NIK (empat digit terakhir)</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Kelas</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>DOES NOT MATCH REGISTER</source>
        <translation>TIDAK COCOK DENGAN REGISTER</translation>
    </message>
    <message>
        <source>REGISTER ALTERED</source>
        <translation>REGISTER DIUBAH</translation>
    </message>
    <message>
        <source>NOT THE ORIGINAL FILE</source>
        <translation>BUKAN BERKAS ASLI</translation>
    </message>
    <message>
        <source>Verifier page for others…</source>
        <translation>Halaman verifikasi untuk pihak lain…</translation>
    </message>
    <message>
        <source>Save one HTML file that checks these codes without the app or the internet</source>
        <translation>Simpan satu berkas HTML yang memeriksa kode ini tanpa aplikasi dan tanpa internet</translation>
    </message>
    <message>
        <source>Save the offline verifier page</source>
        <translation>Simpan halaman verifikasi luring</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Halaman web (*.html)</translation>
    </message>
    <message>
        <source>Verifier page</source>
        <translation>Halaman verifikasi</translation>
    </message>
    <message>
        <source>Saved %1 with %2 keys. Give this file to institutions and employers: it checks letters and certificates in any modern browser, offline. Make a new one after a key changes or a document is voided.</source>
        <translation>Tersimpan %1 dengan %2 kunci. Berikan berkas ini kepada lembaga pelatihan dan pemberi kerja: berkas ini memeriksa surat dan sertifikat di peramban modern mana pun, tanpa internet. Buat yang baru setelah kunci berganti atau dokumen dibatalkan.</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <source>institutions</source>
        <translation>lembaga</translation>
    </message>
    <message>
        <source>workers</source>
        <translation>peserta</translation>
    </message>
    <message>
        <source>search index</source>
        <translation>indeks</translation>
    </message>
    <message>
        <source>enrolments</source>
        <translation>pendaftaran</translation>
    </message>
    <message>
        <source>The file or folder could not be written (%1).</source>
        <translation>Berkas atau folder tidak dapat ditulisi (%1).</translation>
    </message>
    <message>
        <source>The database could not be prepared (%1). The technical details were written to the log.</source>
        <translation>Basis data tidak dapat disiapkan (%1). Rincian teknis ditulis ke log.</translation>
    </message>
    <message>
        <source>Welcome to Vokasi Desktop</source>
        <translation>Selamat datang di Vokasi Desktop</translation>
    </message>
    <message>
        <source>This computer has no database yet. A few questions and the application is ready; no command line is needed.</source>
        <translation>Komputer ini belum memiliki basis data. Jawab beberapa pertanyaan dan aplikasi siap dipakai; tidak perlu baris perintah.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <source>How will this computer be used?</source>
        <translation>Bagaimana komputer ini akan dipakai?</translation>
    </message>
    <message>
        <source>&amp;New branch (a database on this computer)</source>
        <translation>&amp;Cabang baru (basis data di komputer ini)</translation>
    </message>
    <message>
        <source>&amp;Connect to the branch server (several counters)</source>
        <translation>&amp;Sambungkan ke server cabang (beberapa loket)</translation>
    </message>
    <message>
        <source>Open the &amp;demo (practice data, not for real work)</source>
        <translation>Buka &amp;demo (data latihan, bukan untuk pekerjaan nyata)</translation>
    </message>
    <message>
        <source>Enter the branch profile, the first administrator and the backup folder. The data stays in a file on this computer.</source>
        <translation>Isi profil kantor, administrator pertama dan folder cadangan. Data tersimpan dalam berkas di komputer ini.</translation>
    </message>
    <message>
        <source>Several counters share one PostgreSQL database on the branch network. The connection is tested before it is saved.</source>
        <translation>Beberapa loket memakai satu basis data PostgreSQL di jaringan kantor. Sambungan diuji sebelum disimpan.</translation>
    </message>
    <message>
        <source>Made-up workers, institutions and classes, in a separate file. The wizard appears again at the next start.</source>
        <translation>Peserta, lembaga dan kelas rekaan, dalam berkas terpisah. Panduan awal ini muncul lagi pada saat mulai berikutnya.</translation>
    </message>
    <message>
        <source>Branch office</source>
        <translation>Kantor cabang</translation>
    </message>
    <message>
        <source>As printed on the letterhead of every letter and certificate.</source>
        <translation>Seperti tercetak pada kop setiap surat dan sertifikat.</translation>
    </message>
    <message>
        <source>Branch &amp;code</source>
        <translation>&amp;Kode kantor</translation>
    </message>
    <message>
        <source>Branch &amp;name</source>
        <translation>&amp;Nama kantor</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Alamat</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>Ko&amp;ta</translation>
    </message>
    <message>
        <source>&amp;Head of branch</source>
        <translation>Ke&amp;pala kantor cabang</translation>
    </message>
    <message>
        <source>Head&apos;s &amp;NPP</source>
        <translation>N&amp;PP kepala kantor</translation>
    </message>
    <message>
        <source>&amp;Logo (PNG/JPEG)</source>
        <translation>&amp;Logo (PNG/JPEG)</translation>
    </message>
    <message>
        <source>e.g. KRJ</source>
        <translation>mis. KRJ</translation>
    </message>
    <message>
        <source>e.g. Kantor Cabang Surabaya Karimunjawa</source>
        <translation>mis. Kantor Cabang Surabaya Karimunjawa</translation>
    </message>
    <message>
        <source>optional: without a logo a neutral emblem is printed</source>
        <translation>opsional: tanpa logo dicetak lambang netral</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Gambar (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Administrator, signing key and backups</source>
        <translation>Administrator, kunci tanda tangan dan cadangan</translation>
    </message>
    <message>
        <source>Administrator &amp;username</source>
        <translation>&amp;Nama pengguna administrator</translation>
    </message>
    <message>
        <source>Administrator full na&amp;me</source>
        <translation>Nama &amp;lengkap administrator</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Kata sandi</translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation>&amp;Ulangi kata sandi</translation>
    </message>
    <message>
        <source>Signing key pass&amp;phrase</source>
        <translation>&amp;Frasa sandi kunci</translation>
    </message>
    <message>
        <source>Repeat pass&amp;phrase</source>
        <translation>Ulangi frasa sa&amp;ndi</translation>
    </message>
    <message>
        <source>&amp;Backup folder</source>
        <translation>Folder &amp;cadangan</translation>
    </message>
    <message>
        <source>Letter number template</source>
        <translation>Templat nomor surat pengantar</translation>
    </message>
    <message>
        <source>Slip number template</source>
        <translation>Templat nomor slip kelayakan</translation>
    </message>
    <message>
        <source>Certificate number template</source>
        <translation>Templat nomor sertifikat</translation>
    </message>
    <message>
        <source>No passphrase for the signing key</source>
        <translation>Kunci tanda tangan tanpa frasa sandi</translation>
    </message>
    <message>
        <source>empty: the default folder in the user data folder</source>
        <translation>kosong: folder bawaan di folder data pengguna</translation>
    </message>
    <message>
        <source>Warning: without a passphrase anyone who copies the key file from this computer can sign documents in the branch&apos;s name.</source>
        <translation>Peringatan: tanpa frasa sandi, siapa pun yang menyalin berkas kunci dari komputer ini dapat menandatangani dokumen atas nama kantor cabang.</translation>
    </message>
    <message>
        <source>The passphrase protects the key that signs every document&apos;s QR code. It is asked when documents are signed; keep it safe, it cannot be recovered.</source>
        <translation>Frasa sandi melindungi kunci yang menandatangani kode QR setiap dokumen. Frasa sandi diminta saat kunci dipakai; simpan baik-baik, frasa sandi tidak dapat dipulihkan.</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Folder cadangan</translation>
    </message>
    <message>
        <source>Connect to the branch server</source>
        <translation>Sambungkan ke server cabang</translation>
    </message>
    <message>
        <source>Ask the branch&apos;s IT person for the server address. Example: postgresql://vokasi@192.168.1.10:5432/vokasi</source>
        <translation>Tanyakan alamat server kepada petugas TI kantor. Contoh: postgresql://vokasi@192.168.1.10:5432/vokasi</translation>
    </message>
    <message>
        <source>Server &amp;address</source>
        <translation>&amp;Alamat server</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Uji sambungan</translation>
    </message>
    <message>
        <source>Prepare or update the server database if needed</source>
        <translation>Siapkan atau perbarui basis data server bila perlu</translation>
    </message>
    <message>
        <source>Connected to %1. The database is empty: it will be prepared and the branch profile entered next.</source>
        <translation>Tersambung ke %1. Basis data masih kosong: basis data disiapkan, lalu profil kantor diisi.</translation>
    </message>
    <message>
        <source>Connected to %1. The database is ready.</source>
        <translation>Tersambung ke %1. Basis data siap dipakai.</translation>
    </message>
    <message>
        <source>Connected to %1. The database needs an update to this version.</source>
        <translation>Tersambung ke %1. Basis data perlu diperbarui ke versi ini.</translation>
    </message>
    <message>
        <source>Connected to %1, but the database was written by a newer version of the application. Update this computer&apos;s application first.</source>
        <translation>Tersambung ke %1, tetapi basis data ditulis oleh versi aplikasi yang lebih baru. Perbarui dulu aplikasi di komputer ini.</translation>
    </message>
    <message>
        <source>Connected to %1, but the database holds tables of another application. Choose another database name.</source>
        <translation>Tersambung ke %1, tetapi basis data berisi tabel aplikasi lain. Pilih nama basis data lain.</translation>
    </message>
    <message>
        <source>The server database must be prepared first: tick the box above or ask the administrator.</source>
        <translation>Basis data server harus disiapkan dulu: centang kotak di atas atau hubungi administrator.</translation>
    </message>
    <message>
        <source>Demo database</source>
        <translation>Basis data demo</translation>
    </message>
    <message>
        <source>Logins: petugas / vokasi-petugas, supervisor / vokasi-supervisor, admin / vokasi-admin.</source>
        <translation>Login: petugas / vokasi-petugas, supervisor / vokasi-supervisor, admin / vokasi-admin.</translation>
    </message>
    <message>
        <source>Number of &amp;workers</source>
        <translation>Jumlah &amp;peserta</translation>
    </message>
    <message>
        <source>&amp;Create the demo</source>
        <translation>&amp;Buat demo</translation>
    </message>
    <message>
        <source>The demo database exists already; it opens as it is.</source>
        <translation>Basis data demo sudah ada; dibuka apa adanya.</translation>
    </message>
    <message>
        <source>Creating the demo data…</source>
        <translation>Membuat data demo…</translation>
    </message>
    <message>
        <source>Creating the demo data: %1…</source>
        <translation>Membuat data demo: %1…</translation>
    </message>
    <message>
        <source>The demo data is ready.</source>
        <translation>Data demo siap.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>The demo database is ready (%1). Sign in as petugas / vokasi-petugas.</source>
        <translation>Basis data demo siap (%1). Masuk sebagai petugas / vokasi-petugas.</translation>
    </message>
    <message>
        <source>The database is ready (%1). Sign in with the administrator you created, then add the users in Pengaturan and check the branch profile.</source>
        <translation>Basis data siap (%1). Masuk dengan administrator yang baru dibuat, lalu tambahkan pengguna dan periksa profil kantor di Pengaturan.</translation>
    </message>
    <message>
        <source>The database is ready (%1). Sign in with your user name.</source>
        <translation>Basis data siap (%1). Masuk dengan nama pengguna Anda.</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Lanjut &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Kembali</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Selesai</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
</TS>
