# Pesan pengurai (sopan-syntax): kesalahan penulisan berkas .sop.
# Setiap id di sini juga ada di ../en/sintaks.ftl, dan sebaliknya (sebuah tes memeriksanya).

## Apa yang seharusnya ada di tempat pengurai berhenti. $harap memilih salah satunya.

sintaks-harapan = { $harap ->
    [akhir-berkas] akhir berkas
    [tanggal] tanggal seperti 2024-01-31, atau `-`
    [panah] panah `->`
    [kurung-tutup] `{"}"}`
    [sop] `sop "Nama SOP" {"{"}`
    [bagian] bagian SOP (`nomor`, `dibuat`, `pelaksana`, `prosedur`, …)
    [penanda-tangan] `nama`, `pangkat` atau `nip`
    [keterkaitan] SOP terkait (id bila ada, lalu namanya dalam tanda petik)
    [pelaksana] pelaksana (id, lalu namanya dalam tanda petik)
    [langkah] langkah
    [alternatif] `alternatif`
    [nama] nama (huruf, angka dan `-`)
    [keputusan] `keputusan` atau uraian dalam tanda petik
    [kurung-buka] `{"{"}`
    [bidang-langkah] isi langkah (`waktu`, `output`, `ya ->`, …) atau `{"}"}`
    [tujuan] label langkah atau `lanjut`
    [teks] teks dalam tanda petik
    [escape] kode garis miring terbalik seperti `\n`
    [waktu] waktu seperti `10 menit`
    [kali] `x`
    [angka] angka
    [satuan] satuan waktu (detik, menit, jam, hari, hari kerja, minggu, bulan)
    [strip] `-`
   *[lain] sesuatu yang lain
}

sintaks-tak-terduga = di sini seharusnya { sintaks-harapan }, bukan `{ $ditemukan }`
    .label = seharusnya { sintaks-harapan }
sintaks-akhir-berkas = berkas berakhir, padahal di sini seharusnya { sintaks-harapan }
sintaks-tidak-diharapkan = `{ $ditemukan }` tidak bisa berada di sini
    .label = tidak pada tempatnya
sintaks-di-sini = di sini
sintaks-berhenti = pemeriksaan berhenti setelah { $jumlah } kesalahan penulisan; perbaiki dulu yang ini

## Bantuan yang dipilih dari keadaan pengurai.

sintaks-huruf-besar =
    .help = kata kunci Sopan ditulis dengan huruf kecil: tulis `{ $kata }`, bukan `{ $ditemukan }`
sintaks-kata-inggris =
    .help = kata kunci Sopan berbahasa Indonesia: tulis `{ $kata }`, bukan `{ $ditemukan }`
sintaks-padanan =
    .help = yang di lembar SOP disebut "{ $ditemukan }" ditulis `{ $kata }` di Sopan
sintaks-mungkin =
    .help = mungkin maksud Anda `{ $kata }`?
sintaks-bukan-pelaksana = `{ $kata }` terbaca sebagai pelaksana, padahal sepertinya dimaksudkan sebagai kata kunci
sintaks-pelaksana-tanpa-plus =
    .help = langkah yang dikerjakan bersama menyambung pelaksananya dengan `+`: `{ $pertama } + { $kedua }`; uraiannya ditulis dalam tanda petik
sintaks-beri-petik =
    .help = tulis teks di antara tanda petik: { $saran }
sintaks-keputusan-terminal =
    .help = langkah `mulai` atau `selesai` tidak bisa sekaligus keputusan: hapus `mulai`/`selesai`, atau jadikan keputusan itu langkah tersendiri
sintaks-nomor-sebagai-tujuan =
    .help = cabang menuju label langkah, bukan nomor baris {$nomor} (nomor berubah bila baris dipindah): beri langkah itu label di depannya, misalnya `periksa: staf "Memeriksa berkas"`, lalu tulis { $cabang ->
        [ya] `ya -> periksa`
        [tidak] `tidak -> periksa`
       *[lain] `-> periksa`
    } di sini
sintaks-bukan-bidang-langkah =
    .help = `{ $ditemukan }` bukan isi langkah: sebuah langkah berisi kelengkapan, waktu, output, keterangan, nomor dan teks, dan keputusan juga tanya, ya dan tidak; `-> label` melompat ke langkah lain
sintaks-bukan-bagian =
    .help = `{ $ditemukan }` bukan bagian SOP: bagiannya nomor, instansi, dibuat, revisi, efektif, disahkan, dasar-hukum, kualifikasi, keterkaitan, peralatan, peringatan, pencatatan, bagian, pelaksana dan prosedur (lihat docs/language.md)
sintaks-tulis-panah =
    .help = tulis panah sebelum langkah yang dituju: `-> { $ditemukan }`
sintaks-waktu-tanpa-angka =
    .help = tulis angkanya sebelum satuan, misalnya `waktu 10 menit`, atau teks bebas dalam tanda petik: `waktu "Segera"`
sintaks-tanpa-satuan =
    .help = tulis satuan waktu setelah angka, misalnya `waktu {$angka} hari`; satuan yang dikenal: detik, menit, jam, hari, hari kerja, minggu, bulan
sintaks-format-tanggal =
    .help = tulis tanggal sebagai tahun-bulan-tanggal, misalnya `2024-01-31`, atau `-` bila tidak ada

## Tanda yang bukan milik Sopan.

sintaks-petik-miring = tanda petik miring `{ $tanda }` (seperti buatan Word) tidak dibaca Sopan
    .help = tulis teks di antara tanda petik lurus: { $saran }
sintaks-komentar-pagar = `#` tidak memulai komentar di Sopan
    .help = komentar di Sopan diawali `//` dan berlaku sampai akhir baris
sintaks-komentar-blok = `/*` tidak memulai komentar di Sopan
    .help = komentar di Sopan diawali `//` dan berlaku sampai akhir baris: tulis `//` di awal setiap baris komentar dan hapus `*/`
sintaks-panah-unicode = panah `{ $tanda }` tidak dibaca Sopan
    .help = ketik panah sebagai `->` (tanda minus lalu tanda lebih besar)
sintaks-titik-koma =
    .help = Sopan tidak memakai `;`: hapus saja, isi langkah cukup dipisah spasi atau baris baru
sintaks-koma =
    .help = beberapa teks dipisah spasi, tanpa koma: `output "Berkas" "Surat"`; koma hanya dipakai di antara beberapa tujuan panah (`-> cek, kirim`)
sintaks-dan =
    .help = pelaksana yang bekerja bersama disambung dengan `+`, bukan `&`: `kasi + staf`
sintaks-karakter-tak-terlihat = ada karakter tak terlihat { $kode } ({ $nama }) di sini
    .help = { $jenis ->
        [spasi] ganti dengan spasi biasa: karakter ini tampak seperti spasi, tetapi bukan spasi bagi Sopan
       *[lebar-nol] hapus karakter ini: tidak tampak di layar, tetapi memutus kata kunci atau angka
    }
sintaks-titik-dua-yaml = titik dua setelah `{ $kata }` tidak dipakai di Sopan
    .help = Sopan bukan YAML: tulis `{ $kata }` lalu nilainya, tanpa `:`
sintaks-isi-hilang = `{ $kata }` belum diberi isi
    .help-teks = tulis isinya dalam tanda petik di baris yang sama, misalnya `{ $kata } "…"`
    .help-tanggal = tulis tanggalnya di baris yang sama, misalnya `{ $kata } 2024-01-31`, atau `{ $kata } -` bila tidak ada
    .help-waktu = tulis lamanya di baris yang sama, misalnya `{ $kata } 10 menit`
sintaks-label-berspasi = label `{ $label }` terpisah dari titik duanya
    .help = label langkah ditulis menempel pada titik dua, tanpa spasi: `{ $label }:`

## Tanggal (SOP013).

sintaks-tanggal-garis-miring = tanggal `{ $tanggal }` ditulis dengan garis miring atau titik
sintaks-tanggal-terbalik = tanggal `{ $tanggal }` ditulis tanggal-bulan-tahun
sintaks-tanggal =
    .help = Sopan menulis tanggal sebagai tahun-bulan-tanggal dengan `-`: tulis { $saran }

## Kurung kurawal.

sintaks-kurung-tidak-ditutup = `{"{"}` ini tidak pernah ditutup
    .label = dibuka di sini, tanpa `{"}"}` penutup
    .help = tambahkan `{"}"}` penutupnya sebelum baris { $baris }
    .help-akhir = tambahkan `{"}"}` di akhir berkas
sintaks-kurung-ganda = `{"{"}` ini satu terlalu banyak
    .label = `{"{"}` kedua
    .help = hapus `{"{"}` yang kedua: satu `{"{"}` cukup untuk membuka isi langkah atau bagian

## Tujuan `lanjut`.

sintaks-lanjut-huruf-besar = `{ $ditemukan }` tidak dikenal sebagai tujuan: kata kunci ditulis dengan huruf kecil
sintaks-lanjut-salah-eja = tidak ada langkah berlabel `{ $ditemukan }`
sintaks-lanjut =
    .label = tujuan tidak dikenal
    .help = untuk ke langkah berikutnya, tulis `lanjut`

## Berkas dan teks.

sintaks-sop-kedua = satu berkas berisi satu SOP, tetapi di sini mulai blok `sop` kedua
    .label = SOP kedua
    .help = pindahkan SOP ini ke berkasnya sendiri
sintaks-teks-tak-tertutup = teks ini tidak ditutup dengan tanda petik pada barisnya
    .label = teks tanpa tanda petik penutup
    .help = tambahkan `"` di akhir teks, sebelum akhir baris; tulis `\n` untuk pindah baris di dalam teks
sintaks-berkas-terlalu-besar = berkas berukuran { $ukuran } bita, lebih dari { $batas } bita yang dibaca Sopan
    .label = awal berkas
    .help = pecah berkas ini: satu SOP per berkas
sintaks-berkas-kosong = berkas ini kosong
    .label = di sini seharusnya `sop "Nama SOP" {"{"} … {"}"}`
    .help = awali berkas dengan `sop "Nama SOP" {"{"}`, lalu isi SOP-nya, dan tutup dengan `{"}"}`
sintaks-utf16 = berkas disimpan sebagai teks UTF-16, bukan UTF-8
sintaks-latin1 = berkas bukan teks UTF-8: bita { $bita } ({ $hex }) tampaknya huruf "{ $huruf }" yang disimpan sebagai Windows-1252 (Latin-1)
sintaks-bukan-utf8 = berkas bukan teks UTF-8: bita { $bita } memulai urutan yang tidak sah
    .label = bukan UTF-8
    .help = simpan ulang berkas sebagai UTF-8 (kebanyakan penyunting menyediakannya di "Simpan dengan pengodean" atau "Save with encoding")
sintaks-escape-tak-dikenal = kode garis miring terbalik `{ $escape }` dalam teks tidak dikenal
    .label = bukan kode yang dikenal Sopan
    .help = tulis `\n` untuk pindah baris, `\"` untuk tanda petik, `\\` untuk garis miring terbalik
sintaks-escape-lainnya = dan { $jumlah } kode garis miring terbalik lain yang tidak dikenal dalam berkas ini, tidak ditampilkan
sintaks-teks-pembalik-arah = teks memuat { $kode } ({ $nama }), karakter tak terlihat yang membalik arah teks sesudahnya
    .help = hapus karakter ini: di lembar SOP ia mengubah urutan tulisan sesudahnya (nomor tercetak terbalik), dan kebanyakan penyunting tidak menampakkannya
sintaks-teks-tak-terlihat = teks memuat { $kode } ({ $nama }), karakter tak terlihat
    .label = { $kode } ada di sini
    .help = hapus karakter ini: lembar SOP tidak mencetak apa pun untuknya, sehingga dua teks yang tampak sama menjadi berbeda
sintaks-tak-terlihat-lainnya = dan { $jumlah } karakter tak terlihat lainnya dalam berkas ini, tidak ditampilkan

## Batas.

sintaks-batas = { $apa ->
    [langkah] { $jumlah } langkah
    [pelaksana] { $jumlah } pelaksana
    [simbol] { $jumlah } simbol dalam satu baris
   *[huruf] teks sepanjang { $jumlah } huruf
} melebihi yang dibaca Sopan ({ $batas })
    .label = melewati batas
    .help = pecah SOP atau teksnya; docs/limits.md memuat semua batas
sintaks-batas-token = berkas memuat lebih dari { $batas } kata, teks, komentar dan tanda, lebih dari yang dibaca Sopan
    .label = batas tercapai di sini
    .help = pecah berkas ini: satu SOP per berkas; docs/limits.md memuat semua batas
    .note = berkas tidak dibaca lebih lanjut, jadi mungkin masih ada masalah lain

## Kesalahan Sopan sendiri (SOP900).

sintaks-galat-internal = kesalahan internal: pembaca berkas Sopan menghasilkan { $apa }
    .label = saat membaca bagian ini
    .help = ini kesalahan Sopan, bukan kesalahan berkas Anda: mohon laporkan bersama berkas ini
