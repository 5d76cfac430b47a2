<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>The database cannot be opened or used: %1</source>
        <translation>Basis data tidak dapat dibuka atau dipakai: %1</translation>
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
    <name>CounterPage</name>
    <message>
        <source>Counter service</source>
        <translation>Layanan Loket</translation>
    </message>
    <message>
        <source>The counter screen (search by NIK or KPJ, eligibility check, enrolment) is being built. Use the Members page to find and register participants meanwhile.</source>
        <translation>Layar layanan loket (cari NIK atau KPJ, periksa kelayakan, daftarkan) sedang disiapkan. Sementara itu, gunakan halaman Peserta untuk mencari dan mendaftarkan peserta.</translation>
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
        <source>Saving failed: %1</source>
        <translation>Gagal menyimpan: %1</translation>
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
        <source>Enter: open the participant · Ctrl+F: search · New enrolments are made at the counter</source>
        <translation>Enter: buka peserta · Ctrl+F: cari · Pendaftaran baru dilakukan di Layanan Loket</translation>
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
        <source>No licence number and expiry date recorded: an institution needs a licence from the Dinas before it can train participants.</source>
        <translation>Nomor dan masa berlaku izin belum dicatat: lembaga memerlukan izin dari Dinas sebelum dapat melatih peserta.</translation>
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
        <source>Administrator</source>
        <translation>Administrator</translation>
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
        <source>Sign-in failed because of a database error: %1</source>
        <translation>Gagal masuk karena kesalahan basis data: %1</translation>
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
        <source>Error</source>
        <translation>Kesalahan</translation>
    </message>
    <message>
        <source>About Vokasi Desktop</source>
        <translation>Tentang Vokasi Desktop</translation>
    </message>
    <message>
        <source>Vokasi Desktop %1
Branch office application for the Vokasi Indonesia Pekerja training programme of BPJS Ketenagakerjaan.</source>
        <translation>Vokasi Desktop %1
Aplikasi kantor cabang untuk program pelatihan Vokasi Indonesia Pekerja BPJS Ketenagakerjaan.</translation>
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
        <source>&amp;About Vokasi Desktop</source>
        <translation>&amp;Tentang Vokasi Desktop</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>New member</source>
        <translation>Peserta baru</translation>
    </message>
    <message>
        <source>Recorded after registration.</source>
        <translation>Dicatat setelah pendaftaran.</translation>
    </message>
    <message>
        <source>Member: %1</source>
        <translation>Peserta: %1</translation>
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
        <source>Some fields need attention: see the messages in red.</source>
        <translation>Beberapa isian perlu diperbaiki: lihat pesan berwarna merah.</translation>
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
        <source>Saving failed: %1</source>
        <translation>Gagal menyimpan: %1</translation>
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
        <translation>Jangan Simpan</translation>
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
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>Reports will appear here: participant lists, monthly recaps, quota use and the institution register, exported to Excel or printed.</source>
        <translation>Laporan akan tersedia di sini: daftar peserta, rekap bulanan, pemakaian kuota, dan daftar lembaga, untuk diekspor ke Excel atau dicetak.</translation>
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
</TS>
