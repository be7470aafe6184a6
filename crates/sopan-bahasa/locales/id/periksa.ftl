# Pesan pemeriksa (sopan-check): isi SOP yang salah atau kurang.
# Setiap id di sini juga ada di ../en/periksa.ftl, dan sebaliknya (sebuah tes memeriksanya).
#
# Kata-katanya kata lembar SOP: langkah, pelaksana, cabang Ya/Tidak, label langkah, kolom,
# satuan waktu, keterkaitan. Pembacanya tidak pernah memprogram. Nama yang ditulis penulis
# diapit tanda petik terbalik (`staf`), teks bebasnya diapit tanda petik ("Memeriksa berkas").

## Bagian kalimat yang dipakai bersama

# "Mungkin maksud Anda …?" untuk nama yang salah ketik.
periksa-maksud = mungkin maksud Anda `{$nama}`?

# Nama sebuah langkah, atau sebuah simbol pada langkah yang memuat beberapa simbol.
periksa-nama-simbol = { $bentuk ->
    [simbol] simbol {periksa-jenis} {$pelaksana} pada langkah {$nomor} "{$uraian}"
    [simbol-saja] simbol {periksa-jenis} pada langkah {$nomor} "{$uraian}"
   *[langkah] langkah {$nomor} "{$uraian}"
}
periksa-jenis = { $jenis ->
    [mulai] mulai
    [keputusan] keputusan
    [selesai] selesai
   *[proses] proses
}
# Nama kedua dalam satu kalimat: ke mana sebuah panah menuju.
periksa-nama-tujuan = { $ke-bentuk ->
    [simbol] simbol {periksa-jenis-tujuan} {$ke-pelaksana} pada langkah {$ke-nomor} "{$ke-uraian}"
    [simbol-saja] simbol {periksa-jenis-tujuan} pada langkah {$ke-nomor} "{$ke-uraian}"
    [langkah] langkah {$ke-nomor} "{$ke-uraian}"
   *[nomor] langkah {$ke-nomor}
}
periksa-jenis-tujuan = { $ke-jenis ->
    [mulai] mulai
    [keputusan] keputusan
    [selesai] selesai
   *[proses] proses
}

## Identitas SOP (SOP1xx)

periksa-isian-ganda = `{$kunci}` ditulis dua kali
    .label = ditulis lagi di sini
    .label-pertama = pertama ditulis di sini
    .help = cukup tulis satu `{$kunci}`: yang kedua tidak dipakai

periksa-tanggal-wajib = `{$kunci}` harus berisi tanggal: tanda `-` hanya untuk `revisi`
    .label = di sini harus ada tanggal
    .help = tulis tanggalnya sebagai tahun-bulan-tanggal, misalnya `{$kunci} 2024-01-31`

periksa-tanggal-tidak-ada = tanggal {$tanggal} tidak ada
    .label = tanggal ini tidak ada di kalender
    .help = tulis tanggal yang ada sebagai tahun-bulan-tanggal dengan tahun empat angka, misalnya 2024-01-31
    .help-urutan = tanggal ditulis tahun-bulan-tanggal: tulis `{$kunci} {$benar}`
    .help-bulan = bulan {$bulan} tidak ada: bulan ditulis 01 sampai 12, misalnya 2024-01-31
    .help-hari = bulan {$bulan} tahun {$tahun} hanya sampai tanggal {$hari}: periksa tanggalnya pada naskah SOP

periksa-nama-kosong = nama SOP kosong
    .label = tanpa nama
    .help = tulis Nama SOP di antara tanda petik sesudah `sop`

periksa-isian-wajib = isian wajib `{$kunci}` tidak ada
    .kosong = isian wajib `{$kunci}` kosong
    .label = pada SOP ini
    .label-kosong = kosong
    .help-nomor = tambahkan `nomor "…"` berisi nomor SOP seperti yang tercetak
    .help-dibuat = tambahkan `dibuat 2024-01-31` berisi tanggal SOP dibuat
    .help-efektif = tambahkan `efektif 2024-01-31` berisi tanggal SOP mulai berlaku
    .help-disahkan = tambahkan `disahkan "Jabatan"` berisi jabatan yang mengesahkan SOP

periksa-efektif-sebelum-dibuat = tanggal efektif {$efektif} lebih awal daripada tanggal dibuat {$dibuat}
    .label = tanggal efektif
    .label-dibuat = tanggal dibuat
    .help = SOP berlaku pada hari dibuat atau sesudahnya: periksa kedua tanggal

periksa-revisi-sebelum-dibuat = tanggal revisi {$revisi} lebih awal daripada tanggal dibuat {$dibuat}
    .label = tanggal revisi
    .label-dibuat = tanggal dibuat
    .help = revisi dibuat sesudah SOP dibuat: periksa kedua tanggal, atau tulis `revisi -`

periksa-nip-panjang = NIP "{$nip}" berisi {$jumlah} angka, padahal NIP terdiri atas 18 angka
    .bukan-angka = NIP "{$nip}" memuat tanda yang bukan angka, padahal NIP terdiri atas 18 angka
    .label = bukan NIP 18 angka
    .label-kurang = kurang {$selisih} angka
    .label-lebih = kelebihan {$selisih} angka
    .help = salin NIP dari SK penandatangan; spasi di antara kelompok angka boleh

periksa-nip-mustahil = NIP "{$nip}" tidak mungkin benar
    .label = NIP yang tidak mungkin
    .help = cocokkan NIP dengan SK penandatangan: angka ke-1 sampai ke-8 tanggal lahir, ke-9 sampai ke-14 tahun dan bulan pengangkatan, ke-15 jenis kelamin (1 atau 2)
    .lahir = tanggal lahir {$angka} bukan tanggal yang ada
    .bulan = bulan pengangkatan {$angka} tidak ada
    .umur = diangkat tahun {$tmt}, padahal lahir tahun {$lahir}
    .jenis-kelamin = angka jenis kelamin {$angka}, padahal harus 1 atau 2

periksa-nip-dari-yaml = NIP ini berasal dari `identitas.disahkan` di sopan.yaml

periksa-nomor-ganda-repo = nomor "{$nilai}" juga dipakai oleh {$berkas}
    .label = dipakai dua kali
    .help = beri setiap SOP di repositori ini nomornya sendiri

periksa-id-ganda-repo = id `{$nilai}` juga dipakai oleh {$berkas}
    .help = beri setiap SOP di repositori ini id-nya sendiri

periksa-keterkaitan-ganda = id keterkaitan `{$id}` dipakai untuk dua entri
    .label = dipakai lagi di sini
    .label-pertama = pertama dipakai di sini
    .help = beri setiap SOP terkait id-nya sendiri, atau hapus entri yang tertulis dua kali

periksa-keterkaitan-diri = Keterkaitan menyebut SOP ini sendiri: "{$nama}"
    .label = SOP ini
    .help = Keterkaitan memuat SOP lain yang berhubungan dengan prosedur ini; hapus entri ini

## Pelaksana dan langkah (SOP2xx)

periksa-pelaksana-tidak-dikenal = pelaksana `{$id}` tidak terdaftar di `pelaksana`
    .label = pelaksana tidak dikenal
    .help = daftarkan kolomnya di `pelaksana`, misalnya `{$id} "Nama Jabatan"`

periksa-pelaksana-ganda = pelaksana `{$id}` didaftarkan dua kali
    .label = didaftarkan lagi di sini
    .label-pertama = pertama didaftarkan di sini
    .help = beri setiap kolom pelaksana id-nya sendiri

periksa-pelaksana-tanpa-langkah = pelaksana `{$id}` ("{$nama}") tidak punya langkah
    .label = tidak ada langkah yang menyebut pelaksana ini
    .help = hapus pelaksana ini, atau sebut di langkah yang dikerjakannya; kolom kosong menyita lebar lembar

periksa-prosedur-kosong = SOP ini tidak punya pelaksana dan tidak punya langkah
    .label = di sini
    .help = tambahkan daftar kolom pelaksana di `pelaksana` dan langkah-langkahnya di `prosedur`
    .tanpa-daftar = daftar `pelaksana` tidak ada, padahal {$jumlah} langkah menyebut pelaksana
    .daftar-kosong = daftar `pelaksana` kosong, padahal {$jumlah} langkah menyebut pelaksana
    .label-daftar = kolom pelaksana belum didaftarkan
    .help-daftar = tambahkan `{$daftar}` dan betulkan nama jabatan setiap kolom
    .help-daftar-contoh = tambahkan daftar kolom pelaksana, misalnya `pelaksana {"{"} pemohon "Pemohon" staf "Staf" {"}"}`
    .tanpa-langkah = prosedur tidak punya langkah
    .help-langkah = tulis langkah-langkahnya di dalam `prosedur`, dari `mulai` sampai `selesai`

periksa-mutu-baku = { $kurang ->
    [waktu] {periksa-nama-simbol} tidak punya waktu
    [output] {periksa-nama-simbol} tidak punya output
   *[keduanya] {periksa-nama-simbol} tidak punya waktu dan output
}
    .label = { $kurang ->
        [waktu] tanpa waktu
        [output] tanpa output
       *[keduanya] tanpa waktu dan output
    }
    .help = { $kurang ->
        [waktu] isi kolom mutu baku, atau tulis `waktu -` bila kolom itu memang dikosongkan
        [output] isi kolom mutu baku, atau tulis `output -` bila kolom itu memang dikosongkan
       *[keduanya] isi kolom mutu baku, atau tulis `waktu -` dan `output -` bila kolom itu memang dikosongkan
    }

periksa-label-ganda = label langkah `{$label}` dipakai dua kali
    .label = dipakai lagi di sini
    .label-pertama = pertama dipakai di sini
    .help = beri setiap langkah labelnya sendiri, agar setiap cabang dan panah punya satu tujuan
    .note = cabang dan panah yang menyebut `{$label}` kini menuju langkah pertama yang memakainya

periksa-nomor-langkah-ganda = nomor langkah {$nomor} tercetak dua kali
    .label-ditulis = ditulis di sini
    .label-dihitung = dihitung sampai nomor ini di sini
    .label-pertama = pertama tercetak di sini
    .help = beri setiap langkah nomornya sendiri: tulis `nomor …` pada langkah itu, atau hapus `nomor` yang mengulang nomor lain
    .note = langkah tanpa `nomor` tercetak satu lebih besar daripada langkah di atasnya

periksa-satuan-tidak-dikenal = `{$satuan}` bukan satuan waktu
    .label = satuan tidak dikenal
    .help = pakai detik, menit, jam, hari, hari kerja, minggu, atau bulan, atau tulis teks bebas di antara tanda petik: `waktu "Segera"`
    .help-inggris = satuan waktu ditulis dalam bahasa Indonesia: tulis `{$benar}`
    .help-singkatan = satuan waktu ditulis lengkap: tulis `{$benar}`
    .help-jam-kerja = jam kerja dihitung sebagai `jam` (hanya hari yang punya `hari kerja`): tulis `jam`

periksa-waktu-nol = lama waktu `{$waktu}` sama dengan nol
    .label = tidak ada waktu sama sekali
    .help = tulis waktu yang sebenarnya dibutuhkan langkah ini, atau `waktu -` bila kolom itu dikosongkan di lembar

periksa-waktu-terlalu-lama = lama waktu `{$waktu}` terlalu besar untuk satuannya
    .label = lebih mudah dibaca dengan satuan yang lebih besar
    .help = tulis `{$lebih-baik}` (waktunya sama), atau periksa angkanya
    .help-periksa = periksa angka dan satuannya

periksa-rentang-terbalik = rentang waktu `{$dari}-{$sampai}` terbalik
    .label = angka pertama seharusnya yang lebih kecil
    .help = tulis `{$sampai}-{$dari} {$satuan}`

periksa-waktu-berkutip = waktu "{$teks}" diapit tanda petik, jadi dianggap teks bebas dan tidak ikut dijumlahkan
    .label = terbaca sebagai lama waktu
    .help = tulis tanpa tanda petik, `waktu {$teks}`, agar ikut dihitung

periksa-isian-tidak-boleh =
    .label = tidak boleh di sini

periksa-lompat-dari-keputusan = simbol keputusan keluar lewat cabang `ya` dan `tidak`, bukan lewat `->`
    .help = tulis `ya -> …` dan `tidak -> …` sebagai ganti `->`

periksa-lompat-dari-selesai = langkah selesai (`selesai`) tidak punya langkah berikutnya
    .help = hapus `->`, atau jadikan langkah ini proses dengan menghapus `selesai`

periksa-teks-keputusan = teks simbol keputusan adalah pertanyaannya: `tanya`, bukan `teks`
    .help = tulis `tanya "…?"`

periksa-cabang-bukan-keputusan = `{$kunci}` adalah cabang simbol keputusan, padahal langkah ini bukan keputusan
    .help = tulis `keputusan` sesudah pelaksana agar langkah ini menjadi keputusan, atau pakai `-> label` untuk melompat
    .label-juga = juga hanya untuk keputusan

periksa-tanya-bukan-keputusan = `tanya` adalah pertanyaan di dalam belah ketupat keputusan, padahal langkah ini bukan keputusan
    .help = tulis `keputusan` sesudah pelaksana agar langkah ini menjadi keputusan, atau `teks "…"` untuk teks di dalam simbol ini

periksa-milik-simbol = pada langkah yang mencantumkan simbol-simbolnya, `{$kunci}` milik salah satu simbol itu
    .help = tulis cabang dan panah di dalam kurung kurawal simbol yang ditinggalkannya (`keputusan kasi "Lengkap?" {"{"} ya -> lanjut  tidak -> serah {"}"}`), dan teks simbol sesudah pelaksananya (`mulai pemohon "Mulai"`)

periksa-langkah-campuran = langkah ini menulis pelaksananya sebelum Uraian dan juga mencantumkan simbol di dalam kurung kurawalnya
    .label = simbol kedua
    .label-simbol = simbol langkah ini sendiri
    .help = untuk langkah dengan beberapa simbol, cantumkan semua simbol di dalam kurung kurawal: hapus `{$pelaksana}` (beserta `mulai`/`selesai`/`keputusan`-nya) sebelum Uraian dan tulis sebagai simbol pertama, misalnya `proses {$pelaksana}`

periksa-langkah-tanpa-simbol = langkah ini tidak punya simbol: tidak menyebut pelaksana dan tidak mencantumkan simbol
    .label = di kolom mana?
    .help = tulis pelaksana sebelum Uraian (`staf "Mengetik surat"`), atau cantumkan simbol langkah ini di dalam kurung kurawalnya (`proses staf`)

periksa-pertama-bukan-mulai = langkah pertama bukan langkah mulai: {periksa-nama-simbol} adalah { $jenis ->
        [keputusan] keputusan
        [selesai] langkah selesai
       *[proses] proses
    }
    .label = langkah pertama
    .help = awali prosedur dengan `mulai`, misalnya `mulai pemohon "Mengajukan permohonan"`

periksa-terakhir-bukan-selesai = langkah terakhir bukan langkah selesai: {periksa-nama-simbol} adalah { $jenis ->
        [keputusan] keputusan
        [mulai] langkah mulai
       *[proses] proses
    }
    .label = langkah terakhir
    .help = akhiri prosedur dengan `selesai`, misalnya `selesai pemohon "Menerima surat"`

## Alur bagan (SOP3xx)

periksa-lanjut-terakhir = `lanjut` pada langkah terakhir tidak punya langkah berikutnya
    .label = tidak ada langkah berikutnya
    .help = sebut label langkah yang dituju, atau akhiri prosedur dengan langkah `selesai`

periksa-tujuan-tidak-dikenal = tidak ada langkah berlabel `{$label}`
    .label = label langkah tidak dikenal
    .help = tulis `{$label}:` di depan langkah yang dituju
    .note = langkah disebut dengan labelnya (`periksa: kasi "…"`), bukan dengan nomornya, karena nomor berubah bila langkah dipindah

periksa-cabang-hilang = {periksa-nama-simbol} tidak punya cabang Ya maupun Tidak
    .label = tanpa cabang
    .help = tambahkan `ya -> label` dan `tidak -> label` di dalam kurung kurawal langkah ini (`lanjut` untuk langkah berikutnya)
    .satu = { $cabang ->
        [ya] {periksa-nama-simbol} tidak punya cabang Ya
       *[tidak] {periksa-nama-simbol} tidak punya cabang Tidak
    }
    .label-satu = tidak ada cabang `{$cabang}`
    .help-satu = tambahkan `{$cabang} -> label` di dalam kurung kurawal langkah ini (`lanjut` untuk langkah berikutnya)

periksa-belum-tercapai = langkah {$daftar} belum dapat dicapai dari langkah mulai; mungkin panah inilah yang seharusnya menuju ke sana

periksa-cabang-sama = cabang Ya dan Tidak dari {periksa-nama-simbol} sama-sama menuju {periksa-nama-tujuan}
    .label = tujuannya sama
    .label-sama = dengan cabang ini
    .help = keputusan yang kedua cabangnya bertemu tidak memutuskan apa pun: arahkan salah satu cabang ke langkah lain, atau jadikan langkah ini proses

periksa-tak-tercapai = {periksa-nama-simbol} tidak dapat dicapai dari langkah mulai
    .label = tidak ada panah yang menuju ke sini
    .help = arahkan cabang atau panah ke sini (`-> label`), atau hapus langkah ini; mungkin ada langkah sebelumnya yang melompatinya

periksa-buntu = {periksa-nama-simbol} buntu: tidak punya langkah berikutnya dan bukan langkah selesai
    .label = alur berhenti di sini
    .help = jadikan langkah selesai dengan `selesai`, atau tulis ke mana alurnya berlanjut dengan `-> label`

periksa-putaran-diri = {periksa-nama-simbol} kembali ke dirinya sendiri dan tidak menuju ke mana pun
    .label = alur terjebak di sini
    .help = teruskan ke langkah lain, atau jadikan keputusan yang cabang lainnya keluar dari putaran

periksa-putaran = { $banyak ->
    [1] simbol-simbol langkah {$langkah} membentuk putaran tanpa jalan keluar
   *[other] langkah {$langkah} membentuk putaran tanpa jalan keluar
}
    .label = putaran dimulai di sini
    .label-di-dalam = di dalam putaran
    .help = jadikan salah satu langkah dalam putaran ini keputusan (`keputusan`) yang cabang lainnya keluar dari putaran
    .help-keputusan = beri salah satu keputusan dalam putaran ini cabang yang keluar dari putaran, menuju langkah selesai

periksa-mulai-kedua = {periksa-nama-simbol} adalah langkah mulai kedua, tetapi tidak ditandai sebagai mulai alternatif
    .label = `mulai` kedua
    .label-pertama = mulai yang pertama
    .help = tulis `mulai alternatif` bila prosedur dapat dimulai dengan lebih dari satu cara

## Keterkaitan (SOP4xx)

periksa-keterangan-tidak-dikenal = `{$id}` bukan entri `keterkaitan`
    .label = id keterkaitan tidak dikenal
    .help = tambahkan `{$id} "Nama SOP"` ke `keterkaitan`, atau apit teksnya dengan tanda petik: `keterangan "{$id}"`

periksa-sop-tak-terdaftar = keterangan menyebut "{$teks}", yang tidak tercantum di `keterkaitan`
    .label = tidak ada di keterkaitan
    .help = tambahkan ke `keterkaitan` dengan sebuah id, misalnya `{$id} "{$teks}"`, lalu tulis id itu di sini: `keterangan {$id}`

periksa-id-sop-tidak-dikenal = tidak ada SOP di repositori ini yang ber-id `{$id}`
    .label = id SOP tidak dikenal
    .help = beri SOP terkait id ini (`id …` di berkasnya), atau hapus id-nya dan biarkan namanya saja

## Komentar pengabaian (SOP010, SOP011)

periksa-kode-kesalahan = {$kode} adalah kesalahan, bukan peringatan, jadi tidak dapat diabaikan: SOP-nya akan tercetak salah
    .label = menyebut kesalahan
    .help = perbaiki kesalahannya; yang dapat diabaikan hanya peringatan, serta kode repositori SOP108, SOP109, dan SOP403

periksa-bukan-kode = `{$kata}` bukan kode diagnostik
    .label = di sini
    .help = kode diagnostik ditulis SOP dan tiga angka, misalnya `SOP207`; daftarnya ada di docs/diagnostics.md

periksa-tanpa-kode = komentar pengabaian tidak menyebut kode
    .label = di sini
    .help = tulis kode yang diabaikan sesudah `abaikan`, misalnya `// sopan: abaikan SOP207 karena …` (lihat docs/diagnostics.md)

periksa-bukan-perintah = `{$kata}` bukan perintah Sopan
    .label = di sini
    .help = tulis `{$benar}`: `// sopan: abaikan SOP207 karena …` mengabaikan satu langkah, `// sopan: abaikan-berkas SOP206 karena …` seluruh berkas

periksa-pengabaian-sia-sia = pengabaian {$kode} tidak mengabaikan apa pun
    .label = tidak ada diagnostik ini di sini
    .help = hapus komentar ini (atau kodenya): masalah yang diabaikannya sudah tidak ada

## Batas laporan

periksa-dipotong = {$jumlah} {$kode} lain di berkas ini tidak ditampilkan: setiap berkas melaporkan {$batas} yang pertama dari tiap kode
