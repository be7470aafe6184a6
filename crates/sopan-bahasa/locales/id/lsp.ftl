# Kalimat `sopan lsp`, server bahasa untuk editor: yang tampil saat penunjuk diarahkan ke
# sebuah nama, di daftar isi berkas, di saran pelengkapan, dan saat permintaan ditolak.
# Setiap id di sini juga ada di ../en/lsp.ftl (sebuah tes memeriksanya).

## Saat penunjuk diarahkan ke sebuah nama (Markdown; teks penulis sudah di-escape).

lsp-hover-pelaksana = **{$nama}**: kolom pelaksana `{$id}`
lsp-hover-langkah = Label `{$label}`: langkah nomor **{$nomor}**, "{$uraian}"
lsp-hover-keterkaitan = SOP terkait `{$id}`: "{$nama}"
lsp-hover-satuan = { $kunci ->
    [detik] **detik**: satuan waktu; 60 detik menjadi 1 menit dalam jumlah waktu.
    [menit] **menit**: satuan waktu; dijumlahkan bersama detik dan jam.
    [jam] **jam**: satuan waktu; 1 jam = 60 menit.
    [hari] **hari**: hari kalender, termasuk Sabtu, Minggu, dan hari libur; dijumlahkan terpisah dari jam.
    [hari-kerja] **hari kerja**: hari kantor buka, tanpa Sabtu, Minggu, dan hari libur; dijumlahkan terpisah dari hari kalender.
    [minggu] **minggu**: tujuh hari kalender; dijumlahkan tersendiri.
    [bulan] **bulan**: bulan kalender; dijumlahkan tersendiri, karena panjang bulan berbeda-beda.
   *[other] **{$satuan}**: satuan yang tidak dikenal Sopan; pakai detik, menit, jam, hari, hari kerja, minggu, atau bulan.
}
lsp-hover-kode = **{$kode}**: {$judul}

    Penjelasan dan cara memperbaikinya: [{$kode}]({$alamat}), atau `sopan aturan {$kode}` di terminal.

## Daftar isi berkas, petunjuk nomor, dan pelengkapan.

lsp-simbol-identitas = identitas
lsp-simbol-langkah = {$nomor}. {$uraian}
lsp-petunjuk-nomor = Nomor {$nomor}: nomor baris ini di kolom No lembar SOP
lsp-lengkapi-langkah = langkah {$nomor}: {$uraian}
lsp-lengkapi-kolom = { $kolom ->
    [kelengkapan] kolom Kelengkapan: berkas atau syarat yang dibutuhkan langkah ini
    [waktu] kolom Waktu: lamanya langkah ini, misalnya 10 menit
    [output] kolom Output: hasil langkah ini
    [keterangan] kolom Keterangan: catatan, atau id SOP terkait
    [tanya] pertanyaan singkat di dalam belah ketupat keputusan
    [ya] cabang Ya sebuah keputusan: ke mana alurnya
    [tidak] cabang Tidak sebuah keputusan: ke mana alurnya
    [teks] teks di dalam simbol, bila berbeda dari uraian
    [nomor] nomor yang dicetak di kolom No, bila kantor memakai nomornya sendiri
   *[other] kolom langkah
}

## Penolakan.

lsp-ganti-nama-bukan-nama = hanya label langkah dan id pelaksana yang dapat diganti namanya; arahkan penunjuk ke salah satunya
lsp-ganti-nama-sintaks = nama belum dapat diganti selama berkas masih punya kesalahan penulisan; perbaiki dulu kesalahannya
lsp-ganti-nama-tidak-sah = "{$nama}" tidak dapat menjadi nama {$jenis}: nama diawali huruf, lalu hanya huruf, angka, "-" atau "_", tanpa spasi
lsp-ganti-nama-kata-kunci = "{$nama}" adalah kata kunci Sopan dan tidak dapat menjadi nama; pilih kata lain
lsp-ganti-nama-sudah-dipakai = nama "{$nama}" sudah dipakai oleh {$jenis} lain di berkas ini; pilih nama lain
lsp-perbaiki-ganti = Ganti dengan "{$teks}"
lsp-perbaiki-sisipkan = Sisipkan "{$teks}"
lsp-perbaiki-hapus = Hapus "{$teks}"
lsp-permintaan-rusak = permintaan {$metode} tidak dapat dibaca: {$alasan}
lsp-metode-tidak-dikenal = Sopan tidak mengenal permintaan {$metode}
lsp-sudah-berhenti = server sudah diminta berhenti (shutdown); hanya exit yang diterima
lsp-berhenti-mendadak = server bahasa berhenti karena kesalahan di dalam Sopan sendiri, bukan di berkas Anda; mohon laporkan
lsp-gagal-menjawab = permintaan ini gagal karena kesalahan di dalam Sopan sendiri, bukan di berkas Anda; mohon laporkan
lsp-sambungan-putus = sambungan dengan editor terputus: {$alasan}
