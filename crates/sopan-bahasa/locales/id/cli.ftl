# Pesan perintah sopan: kesalahan alat, ringkasan, dan --help.
# Setiap id di sini juga ada di ../en/cli.ftl, dan sebaliknya (sebuah tes memeriksanya).

## Kesalahan alat sendiri: Sopan tidak dapat menjalankan tugasnya (keluar dengan 2).

# Kata di depan kesalahan alat.
cli-kesalahan = kesalahan
cli-bahasa-tidak-dikenal = bahasa "{$nilai}" dari {$asal} tidak dikenal
cli-tidak-terbaca = {$berkas} tidak dapat dibaca: {$alasan}
cli-folder-tidak-dapat-dibuat = folder {$folder} tidak dapat dibuat: {$alasan}
cli-tidak-dapat-menulis-di = tidak dapat menulis di folder {$folder}: {$alasan}
cli-tidak-dapat-menulis = {$berkas} tidak dapat ditulis: {$alasan}
cli-penulisan-dihentikan = {$berkas} tidak ditulis: Sopan dihentikan
cli-laporan-tidak-tertulis = laporan tidak dapat ditulis: {$alasan}
cli-pdf-gagal = {$berkas} tidak dapat dibuat: {$alasan}

## Penolakan baris perintah: argumen yang tidak dapat dipakai (keluar dengan 2).

cli-tolak-bantuan = untuk penjelasan lengkap, tambahkan --help
cli-tolak-argumen = argumen `{$argumen}` tidak dikenal
    .help-mirip = mungkin maksud Anda `{$saran}`?
    .help-perintah = mungkin maksud Anda perintah `{$saran}`?
    .help-nilai = bila `{$argumen}` memang nama berkas, tulis `-- {$argumen}`
cli-tolak-tanpa-nilai = `{$argumen}` perlu nilai, tetapi tidak ada nilai yang ditulis
cli-tolak-nilai = `{$nilai}` bukan nilai yang dikenal untuk `{$argumen}`
    .help-mirip = mungkin maksud Anda `{$saran}`?
    .help-daftar = nilai yang dikenal: {$daftar}
cli-tolak-nilai-sebab = `{$nilai}` tidak dapat dipakai untuk `{$argumen}`: {$sebab}
cli-tolak-wajib = argumen wajib belum ditulis: {$daftar}
cli-tolak-perintah = perintah `{$perintah}` tidak dikenal
    .help = perintah yang ada: {$daftar}
    .help-mirip = mungkin maksud Anda `{$saran}`?
cli-tolak-tanpa-perintah = `{$perintah}` perlu perintah, misalnya `sopan check`
cli-tolak-dua-kali = `{$argumen}` hanya boleh ditulis sekali
cli-tolak-bentrok = `{$argumen}` tidak dapat dipakai bersama {$lain}
cli-tolak-nilai-lebih = nilai `{$nilai}` untuk `{$argumen}` berlebih; tidak ada nilai lain yang diharapkan
cli-tolak-sama-dengan = nilai `{$argumen}` harus ditulis dengan tanda sama dengan, misalnya `{$argumen}=nilai`
cli-tolak-utf8 = sebuah argumen bukan teks UTF-8
cli-tolak-lain = baris perintah tidak dapat dipakai: {$sebab}


## sopan fmt.

cli-fmt-stdin-bersama = `-` (masukan standar) tidak dapat ditulis bersama berkas atau folder lain
cli-fmt-bukan-utf8 = tidak dirapikan: {$berkas} bukan teks UTF-8
cli-fmt-salah-tulis = tidak dirapikan: {$berkas} berisi kesalahan penulisan; perbaiki dulu, lalu jalankan sopan fmt lagi
cli-fmt-galat-internal = {$berkas} tidak dirapikan karena kesalahan Sopan sendiri ({$sebab}); mohon laporkan bersama berkas ini
cli-fmt-izin = izin berkas {$berkas} tidak dapat dipertahankan: {$alasan}
cli-fmt-sesudah = {$berkas} (dirapikan)
cli-fmt-ringkasan = {$berubah} berkas dirapikan, {$tetap} sudah rapi
    .coba = {$berubah} berkas akan dirapikan, {$tetap} sudah rapi
    .ditolak = , {$ditolak} tidak dirapikan

## Ringkasan di akhir setiap perintah.

cli-ringkasan-periksa = {$berkas} berkas diperiksa: {$galat} kesalahan, {$peringatan} peringatan
cli-ringkasan-tulis = {$jumlah} keluaran ditulis
cli-ringkasan-lembar = {$lembar} lembar SOP untuk dicetak pada {$halaman} halaman

## SOP601: dua masukan menulis satu keluaran.

cli-tabrakan = {$ini} dan {$itu} sama-sama menulis {$nama} di folder keluaran
    .label = tidak dibuatkan keluaran
    .help = ganti nama salah satu berkas, atau buat keluaran folder-folder itu ke folder keluaran yang berbeda dengan -o
    .note = nama yang hanya berbeda huruf besar-kecilnya dihitung sama: di Windows dan macOS keduanya satu berkas
cli-tabrakan-indeks = {$ini} akan menulis index.html, daftar isi folder keluaran

## SOP215: langkah yang terlalu tinggi untuk satu halaman.

cli-langkah-terlalu-tinggi = langkah {$nomor} lebih tinggi {$lebih} mm dari satu halaman lembar SOP, sehingga tercetak terpotong
    .label = teks ini membuat baris {$nomor} terlalu tinggi
    .label-langkah = langkah ini membuat baris {$nomor} terlalu tinggi
    .help = pendekkan kolom {$kolom} langkah ini (atau pecah menjadi beberapa langkah) sedikitnya {$lebih} mm baris cetak, atau cetak pada kertas yang lebih besar (`tata-letak.kertas`)
    .note = baris ini perlu {$perlu} mm; satu halaman memuat {$muat} mm baris

## sopan.yaml yang ada tetapi tidak dapat dipakai (SOP502), dan akibatnya bagi SOP (SOP501, SOP502).

cli-konfigurasi-tidak-terbaca =
    .label = berkas ini
    .help = simpan sopan.yaml sebagai berkas teks UTF-8 yang boleh dibaca Sopan, atau hapus; SOP di bawahnya tidak dibuatkan keluaran sampai saat itu
cli-konfigurasi-tautan-putus = {$berkas} tidak dapat dibaca: berkas ini tautan ke berkas yang tidak ada
cli-konfigurasi-folder = {$berkas} tidak dapat dibaca: ini folder, bukan berkas
cli-konfigurasi-bukan-berkas = {$berkas} tidak dapat dibaca: ini bukan berkas biasa
cli-konfigurasi-terlalu-besar = {$berkas} tidak dapat dibaca: ukurannya lebih dari {$batas} KiB
cli-konfigurasi-utf16 = {$berkas} tidak dapat dibaca: isinya teks UTF-16; simpan sebagai UTF-8
cli-konfigurasi-bukan-utf8 = {$berkas} tidak dapat dibaca: isinya bukan teks UTF-8 (mulai bita ke-{$bita}); simpan sebagai UTF-8
cli-konfigurasi-alasan-sistem = {$berkas} tidak dapat dibaca: {$alasan}
cli-konfigurasi-tidak-dipakai = tidak dibuatkan keluaran: {$berkas} berlaku untuk SOP ini dan tidak dapat dipakai
    .label = SOP ini
    .help = perbaiki {$berkas} (masalahnya dilaporkan bersamanya); SOP tidak pernah dibuat tanpa pengaturan sopan.yaml-nya

## SOP503: templat yang tidak ada.

cli-templat-tidak-ada = templat `{$nama}` tidak ada di sopan.yaml
    .label = templat tidak dikenal
    .help-mirip = mungkin maksud Anda `{$saran}`?
    .help-tentukan = tentukan templat itu di bawah `templat:` dalam sopan.yaml di folder ini atau di atasnya
    .help-daftar = templat yang ada: {$daftar}
cli-templat-folder-tidak-ada = templat `{$nama}` (disebut `tata-letak: templat` di sopan.yaml) tidak ada di sopan.yaml
    .label = SOP ini memakainya

## SOP110 dan SOP111: logo.

cli-logo-tidak-ada = logo "{$logo}" tidak dapat dipakai: berkasnya tidak ada
cli-logo-tidak-terbaca = logo "{$logo}" tidak dapat dipakai: berkasnya tidak dapat dibaca
cli-logo-folder = logo "{$logo}" tidak dapat dipakai: ini folder, bukan berkas gambar
cli-logo-bukan-berkas = logo "{$logo}" tidak dapat dipakai: ini bukan berkas biasa (perangkat, pipa, atau soket tidak dapat menjadi logo)
cli-logo-terlalu-besar = logo "{$logo}" tidak dapat dipakai: ukuran berkasnya {$ukuran} MiB; logo paling besar 2 MiB
    .help = simpan logo lebih kecil: sekitar 600 piksel lebarnya, atau SVG, sudah tajam dicetak seukuran logo
cli-logo-kepala-rusak = logo "{$logo}" tidak dapat dipakai: berkasnya berawal seperti gambar {$jenis}, tetapi bagian awalnya rusak atau terpotong
    .help = ekspor ulang logo dari program gambarnya, atau pakai berkas lain
cli-logo-kosong = logo "{$logo}" tidak dapat dipakai: gambar {$jenis} ini berukuran {$lebar} × {$tinggi} piksel, tidak ada yang bisa ditampilkan
cli-logo-terlalu-banyak-piksel = logo "{$logo}" tidak dapat dipakai: gambar {$jenis} ini berukuran {$lebar} × {$tinggi} piksel; logo paling banyak 16.777.216 piksel (4096 × 4096)
    .help = kecilkan logo: sekitar 600 piksel lebarnya sudah tajam dicetak seukuran logo
cli-logo-bukan-gambar = logo "{$logo}" tidak dapat dipakai: berkasnya bukan gambar PNG, JPEG, GIF, WebP, atau SVG
cli-logo-svg-rusak = logo "{$logo}" tidak dapat dipakai: berkasnya menyebut <svg tetapi bukan dokumen SVG yang utuh ({$alasan})
    .help = logo SVG harus berkas XML dengan elemen akar <svg>
cli-logo-akar-bukan-svg = logo "{$logo}" tidak dapat dipakai: berkasnya XML, tetapi elemen akarnya <{$akar}>, bukan <svg>
cli-logo-tanpa-xmlns = logo "{$logo}" tidak dapat dipakai: elemen <svg> tidak menyatakan xmlns="http://www.w3.org/2000/svg", sehingga peramban tidak menampilkan apa pun
    .help = tambahkan xmlns="http://www.w3.org/2000/svg" pada elemen <svg>
cli-logo-entitas = logo "{$logo}" tidak dapat dipakai: DOCTYPE SVG-nya menyatakan entitas yang menjadi lebih dari 2 MiB teks
    .help = simpan ulang logo sebagai SVG biasa, tanpa entitas
cli-logo-tidak-dapat-dipakai =
    .label = logo
    .help = tulis jalur berkas PNG, JPEG, GIF, WebP, atau SVG, relatif terhadap berkas .sop
    .help-konfigurasi = tulis jalur berkas PNG, JPEG, GIF, WebP, atau SVG, relatif terhadap sopan.yaml yang menyebutnya
cli-logo-di-luar = logo "{$logo}" berada di luar repositori
    .label = di luar repositori
    .help = salin logo ke dalam repositori (di samping berkas .sop atau di folder bersama) dan tulis jalurnya relatif terhadap berkas .sop
    .help-konfigurasi = salin logo ke dalam repositori (di samping berkas .sop atau di folder bersama) dan tulis jalurnya relatif terhadap sopan.yaml yang menyebutnya
cli-logo-dari-konfigurasi = jalur ini berasal dari `identitas.logo` di sopan.yaml

## sopan aturan

cli-tingkat-galat = kesalahan
cli-tingkat-peringatan = peringatan
cli-aturan-petunjuk = penjelasan satu aturan: sopan aturan SOP201
cli-aturan-selengkapnya = selengkapnya
cli-aturan-kode-tidak-dikenal = "{$kode}" bukan kode diagnostik
    .help = mungkin maksud Anda {$saran}?
    .daftar = `sopan aturan` tanpa kode mendaftar semua kode

## --help: judul bagian, lalu setiap perintah, argumen, dan nilainya.

cli-judul-pemakaian = Cara pakai:
cli-judul-perintah = Perintah
cli-judul-perintah-satu = PERINTAH
cli-judul-argumen = Argumen
cli-judul-pilihan = Pilihan
cli-judul-pilihan-satu = PILIHAN
cli-judul-bawaan = bawaan
cli-judul-nilai = Nilai

cli-arg-help = Tampilkan bantuan ini
cli-arg-version = Tampilkan versi Sopan

cli-perintah-sopan = Sopan: tulis Standar Operasional Prosedur sebagai teks, periksa, dan buat lembar SOP Permenpan-RB 35/2012.
    .sesudah =
        Contoh:
          sopan check examples/sktm-belimbing.sop     periksa satu berkas
          sopan check .                               periksa setiap berkas .sop di bawah folder ini
          sopan build examples -o out                 buat keluaran setiap contoh ke folder out/
          sopan aturan SOP201                         jelaskan satu aturan
cli-arg-sopan-bahasa = Bahasa semua pesan: id (Bahasa Indonesia, bawaan) atau en (English); mengalahkan SOPAN_BAHASA dan `bahasa:` di sopan.yaml

cli-perintah-check = Periksa berkas .sop dan laporkan setiap masalah yang ditemukan.
    .sesudah =
        Status keluar: 0 bila tidak ada kesalahan, 1 bila ada kesalahan (atau peringatan dengan
        --deny-warnings), 2 bila Sopan sendiri tidak dapat berjalan (argumen salah, berkas tidak terbaca).

        Contoh:
          sopan check permohonan.sop
          sopan check sop/ --deny-warnings
          sopan check . --format github          anotasi dalam job GitHub Actions
          sopan check . --format sarif > sopan.sarif
cli-arg-check-paths = Berkas yang diperiksa, atau folder tempat mencari berkas .sop.
cli-arg-check-deny_warnings = Keluar dengan 1 bila ada peringatan, bukan hanya bila ada kesalahan.
cli-arg-check-exit_zero = Keluar dengan 0 walaupun ada kesalahan (kegagalan alat tetap keluar dengan 2).
cli-arg-check-format = Cara melapor: untuk orang, atau untuk mesin dan CI.
cli-nilai-check-format-human = diagnostik dengan kutipan sumber, dan satu baris ringkasan
cli-nilai-check-format-json = satu dokumen JSON (skema: docs/check.schema.json)
cli-nilai-check-format-github = anotasi GitHub Actions (`::error file=…::pesan`)
cli-nilai-check-format-sarif = SARIF 2.1.0, untuk layanan pemindaian kode
cli-arg-check-color = Kapan diagnostik diberi warna.
cli-nilai-check-color-auto = berwarna bila menulis ke terminal dan NO_COLOR tidak diatur
cli-nilai-check-color-always = selalu berwarna
cli-nilai-check-color-never = tidak pernah berwarna

cli-perintah-build = Periksa berkas .sop dan tulis keluarannya.
    .sesudah =
        Setiap keluaran ditulis ke berkas sementara lalu diganti namanya, sehingga keluaran selalu
        berkas lama atau berkas baru yang utuh. Berkas yang berisi kesalahan tidak dibuatkan keluaran.

        Contoh:
          sopan build permohonan.sop -o out
          sopan build sop/ --format json -o build/sop
cli-arg-build-paths = Berkas yang dibuat keluarannya, atau folder tempat mencari berkas .sop.
cli-arg-build-out = Folder tempat keluaran ditulis; dibuat bila belum ada. Folder yang diberikan sebagai PATH tetap mempunyai sub-foldernya di bawahnya.
cli-arg-build-format = Keluaran yang ditulis, dipisahkan koma.
cli-nilai-build-format-json = model yang sudah diperiksa sebagai JSON (`<nama>.json`), dijelaskan docs/sopan.schema.json
cli-nilai-build-format-svg = diagram alir sebagai satu gambar SVG (`<nama>.svg`)
cli-nilai-build-format-html = lembar SOP Permenpan siap cetak sebagai satu berkas HTML (`<nama>.html`)
cli-nilai-build-format-pdf = lembar yang sama sebagai dokumen PDF/A (`<nama>.pdf`), halaman demi halaman
cli-arg-build-kertas = Kertas lembar HTML dan PDF serta SVG berhalaman; mengalahkan `tata-letak.kertas`.
cli-nilai-build-kertas-a4 = A4, 210 × 297 mm
cli-nilai-build-kertas-f4 = F4 (folio), 210 × 330 mm
cli-nilai-build-kertas-letter = US Letter
cli-nilai-build-kertas-legal = US Legal
cli-arg-build-orientasi = Arah kertas; mengalahkan `tata-letak.orientasi`.
cli-nilai-build-orientasi-lanskap = lanskap (bawaan)
cli-nilai-build-orientasi-potret = potret
cli-arg-build-paginate = Pecah setiap SVG diagram alir menjadi halaman-halaman kertas, disambung penghubung antarhalaman: `<nama>-1.svg`, `<nama>-2.svg`, … sebagai ganti `<nama>.svg`.
cli-arg-build-pdf_standar = Bagian PDF/A untuk `--format pdf`: `a-2u`, atau `a-3u` untuk menyematkan sumber `.sop` dan model JSON di dalam PDF.
cli-nilai-build-pdf_standar-a-2u = PDF/A-2u: layak arsip, teksnya dapat dicari dan disalin
cli-nilai-build-pdf_standar-a-3u = PDF/A-3u: seperti a-2u, dengan sumber `.sop` dan model JSON tersemat
cli-arg-build-color = Kapan diagnostik diberi warna.
cli-nilai-build-color-auto = berwarna bila menulis ke terminal dan NO_COLOR tidak diatur
cli-nilai-build-color-always = selalu berwarna
cli-nilai-build-color-never = tidak pernah berwarna

cli-perintah-aturan = Jelaskan satu aturan: arti sebuah kode diagnostik dan cara memperbaikinya.
    .sesudah =
        Contoh:
          sopan aturan                 daftar semua kode dengan judulnya
          sopan aturan SOP201          penjelasan SOP201
cli-arg-aturan-kode = Kode yang dijelaskan, misalnya SOP201; tanpa kode, semua kode dengan judulnya.

# Perintah dan argumen yang ditambahkan kemudian: fmt, init, dan fitur CI.
cli-perintah-fmt = Tulis ulang berkas .sop dalam satu tata letak baku (docs/fmt.md).
cli-arg-fmt-paths = Berkas yang dirapikan, atau folder tempat mencari berkas .sop; `-` untuk masukan standar.
cli-arg-fmt-check = Jangan menulis apa pun; sebutkan berkas yang akan berubah dan keluar dengan 1 bila ada.
cli-arg-fmt-diff = Jangan menulis apa pun; tampilkan perubahannya sebagai diff, dan keluar dengan 1 bila ada yang berubah.
cli-arg-fmt-color = Kapan diagnostik diberi warna.
cli-nilai-fmt-color-auto = berwarna bila menulis ke terminal dan NO_COLOR tidak diatur
cli-nilai-fmt-color-always = selalu berwarna
cli-nilai-fmt-color-never = tidak pernah berwarna
cli-perintah-init = Tulis berkas .sop awal dan sopan.yaml, lengkap dengan penjelasan, ke FOLDER (tidak pernah menimpa berkas yang ada).
cli-arg-init-folder = Folder tempat menulis berkas awal; dibuat bila belum ada.
cli-arg-check-exclude = Lewati berkas dan folder yang cocok dengan pola ini (boleh diulang), seperti .gitignore.
cli-arg-check-quiet = Cetak diagnostik saja, tanpa ringkasan.
cli-arg-check-nama_berkas = Nama masukan standar (`-`) dalam laporan; sopan.yaml dari foldernya yang berlaku.
cli-arg-build-exclude = Lewati berkas dan folder yang cocok dengan pola ini (boleh diulang), seperti .gitignore.
cli-arg-build-quiet = Cetak diagnostik saja, tanpa ringkasan.
cli-arg-build-nama_berkas = Nama masukan standar (`-`) dalam laporan; sopan.yaml dari foldernya yang berlaku.
cli-nilai-check-format-concise = satu baris per diagnostik: berkas:baris:kolom: kode pesan
cli-nilai-check-format-gitlab = JSON Code Quality GitLab
cli-nilai-check-format-junit = XML JUnit: satu kasus uji per berkas

# `sopan pratinjau`, pratinjau langsung.
cli-perintah-pratinjau = Sajikan lembar sebuah berkas .sop (atau daftar berkas .sop sebuah folder) hanya untuk komputer ini, dibangun ulang dan dimuat ulang di peramban setiap kali berkas disimpan (docs/pratinjau.md).
    .sesudah =
        Baris pertama yang dicetak adalah alamat yang dibuka, http://127.0.0.1:PORT/. Hanya komputer
        ini yang dapat membukanya. Tidak ada yang ditulis ke disk; Ctrl-C menghentikan pratinjau.
        `sopan serve` adalah perintah yang sama.

        Contoh:
          sopan pratinjau permohonan.sop           lembarnya, di alamat yang dicetak
          sopan pratinjau sop/ --port 8080         daftar SOP folder itu di port 8080
cli-arg-pratinjau-path = Berkas .sop yang dipratinjau, atau sebuah folder: maka daftar berkas .sop-nya.
cli-arg-pratinjau-port = Port di 127.0.0.1 tempat pratinjau disajikan; 0 membiarkan komputer memilih port yang bebas.
cli-arg-pratinjau-kertas = Kertas lembar; mengalahkan `tata-letak.kertas`.
cli-nilai-pratinjau-kertas-a4 = A4, 210 × 297 mm
cli-nilai-pratinjau-kertas-f4 = F4 (folio), 210 × 330 mm
cli-nilai-pratinjau-kertas-letter = US Letter
cli-nilai-pratinjau-kertas-legal = US Legal
cli-arg-pratinjau-orientasi = Arah kertas; mengalahkan `tata-letak.orientasi`.
cli-nilai-pratinjau-orientasi-lanskap = lanskap (bawaan)
cli-nilai-pratinjau-orientasi-potret = potret

# `sopan lsp`, server bahasa.
cli-perintah-lsp = Jalankan server bahasa untuk editor di masukan dan keluaran standar (docs/editors.md).
    .sesudah =
        Dijalankan oleh editor, bukan oleh orang: berbicara dengan Language Server Protocol di
        masukan dan keluaran standar sampai editor memintanya berhenti.
