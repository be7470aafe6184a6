# Kalimat umum Sopan: yang tidak milik satu tahap saja.
# Setiap id di sini juga ada di ../en/umum.ftl (sebuah tes memeriksanya).

bahasa-tidak-dikenal = bahasa "{$nilai}" tidak dikenal
    .help = pakai "id" (Bahasa Indonesia) atau "en" (English)

berkas-diperiksa = {$jumlah} berkas diperiksa

# Kata yang mengawali catatan di bawah sebuah diagnostik.
catatan = catatan
baris-terlalu-panjang = di {$berkas}:{$baris}:{$kolom}, pada baris yang terlalu panjang untuk ditampilkan

# Kata yang mengawali saran di bawah sebuah diagnostik.
saran = saran

# Kata yang mengawali baris perbaikan di bawah sebuah diagnostik: teks pengganti yang pasti,
# yang juga dapat diterapkan editor dengan satu klik.
perbaikan = perbaikan
    .ganti = ganti `{$lama}` dengan `{$baru}`
    .hapus = hapus `{$lama}`
    .sisipkan = tulis `{$baru}` di tempat yang ditunjuk

## Judul setiap kode diagnostik (SARIF, `sopan aturan`).

kode-SOP001 = berkas bukan teks UTF-8
kode-SOP002 = kesalahan penulisan
kode-SOP003 = teks tanpa tanda petik penutup
kode-SOP004 = berkas tidak berisi SOP
kode-SOP005 = berkas terlalu besar
kode-SOP006 = kode garis miring terbalik yang tidak dikenal dalam teks
kode-SOP007 = lebih dari satu SOP dalam satu berkas
kode-SOP008 = berkas melampaui batas
kode-SOP010 = komentar pengabaian tidak menyebut kode yang dikenal
kode-SOP011 = komentar pengabaian tidak mengabaikan apa pun
kode-SOP012 = karakter tak terlihat atau pengubah arah dalam teks
kode-SOP013 = tanggal tidak ditulis tahun-bulan-tanggal
kode-SOP101 = isian identitas wajib tidak ada
kode-SOP102 = tanggal tidak ada di kalender
kode-SOP103 = tanggal efektif sebelum tanggal pembuatan
kode-SOP104 = tanggal revisi sebelum tanggal pembuatan
kode-SOP105 = isian ditulis dua kali
kode-SOP106 = NIP bukan 18 angka
kode-SOP107 = NIP berisi tanggal atau kode jenis kelamin yang mustahil
kode-SOP108 = nomor dipakai SOP lain
kode-SOP109 = id dipakai SOP lain
kode-SOP110 = logo tidak dapat dipakai
kode-SOP111 = logo di luar repositori
kode-SOP112 = id keterkaitan dipakai dua kali
kode-SOP113 = keterkaitan menyebut SOP ini sendiri
kode-SOP201 = pelaksana tidak dikenal
kode-SOP202 = pelaksana dinyatakan dua kali
kode-SOP203 = label langkah dipakai dua kali
kode-SOP204 = satuan waktu tidak dikenal
kode-SOP205 = pelaksana tanpa langkah
kode-SOP206 = langkah tanpa waktu atau output
kode-SOP207 = waktu yang tidak wajar
kode-SOP208 = langkah pertama bukan mulai
kode-SOP209 = langkah terakhir bukan selesai
kode-SOP211 = isian tidak boleh pada langkah ini
kode-SOP213 = rentang waktu terbalik
kode-SOP214 = prosedur tanpa langkah
kode-SOP215 = langkah terlalu tinggi untuk satu halaman
kode-SOP216 = nomor baris tercetak dua kali
kode-SOP217 = waktu bertanda petik terbaca sebagai lama waktu
kode-SOP218 = baris berisi simbol kepala dan daftar simbol sekaligus
kode-SOP219 = baris tanpa simbol
kode-SOP301 = label langkah tidak dikenal
kode-SOP302 = keputusan tanpa kedua cabang
kode-SOP303 = kedua cabang menuju langkah yang sama
kode-SOP304 = langkah tidak dapat dicapai
kode-SOP305 = langkah tidak menuju ke mana pun
kode-SOP306 = putaran tanpa jalan keluar
kode-SOP307 = beberapa mulai yang tidak dinyatakan sebagai pilihan
kode-SOP401 = entri keterkaitan tidak dikenal
kode-SOP402 = SOP disebut di keterangan tetapi tidak di keterkaitan
kode-SOP403 = keterkaitan menyebut id SOP yang tidak ada di repositori
kode-SOP501 = sopan.yaml tidak sah
kode-SOP502 = sopan.yaml tidak dapat dibaca
kode-SOP503 = templat tidak ada di sopan.yaml
kode-SOP601 = dua masukan menulis satu keluaran
kode-SOP900 = kesalahan internal
