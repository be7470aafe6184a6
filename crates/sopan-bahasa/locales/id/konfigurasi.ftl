# Pesan tentang sopan.yaml (sopan-config).
# Setiap id di sini juga ada di ../en/konfigurasi.ftl, dan sebaliknya (sebuah tes memeriksanya).

konfigurasi-kunci-tidak-dikenal = isian `{$kunci}` tidak dikenal di `{$induk}`
    .label = isian tidak dikenal
    .help-mirip = mungkin maksud Anda `{$saran}`?
    .help-daftar = isian yang dikenal di `{$induk}`: {$daftar}

konfigurasi-kunci-wajib = `{$induk}` tidak berisi `{$kunci}`, yang wajib ada
    .label = `{$kunci}` tidak ada di sini
    .help = tambahkan `{$kunci}:` di bawah isian ini

konfigurasi-harus-teks = `{$kunci}` harus berisi teks
    .label = bukan teks
    .help = tulis teks di belakang `{$kunci}:` pada baris yang sama

konfigurasi-harus-kunci = `{$kunci}` harus berisi isian-isian di bawahnya
    .label = bukan kumpulan isian
    .help = tulis setiap isian di baris sendiri, menjorok di bawah `{$kunci}:`; docs/config.md menunjukkan contohnya

konfigurasi-harus-daftar = `{$kunci}` harus berupa daftar
    .label = bukan daftar
    .help = tulis setiap isi di baris sendiri, diawali `- `, atau dalam kurung siku: `[a, b]`

konfigurasi-harus-daftar-teks = `{$kunci}` harus berupa daftar teks
    .label = bukan daftar teks
    .help = tulis setiap teks di baris sendiri, diawali `- `, atau dalam kurung siku: `[A, B]`

konfigurasi-harus-ya-tidak = `{$kunci}` harus `true` (ya) atau `false` (tidak)
    .label = bukan `true` atau `false`
    .help = tulis `{$kunci}: true` atau `{$kunci}: false`

konfigurasi-nilai-tidak-dikenal = `{$nilai}` bukan nilai `{$kunci}` yang dikenal
    .label = nilai tidak dikenal
    .help-mirip = mungkin maksud Anda `{$saran}`?
    .help-daftar = nilai yang dikenal: {$daftar}

konfigurasi-kode-tidak-dikenal = `{$kode}` di `aturan` bukan kode diagnostik
    .label = kode tidak dikenal
    .help-mirip = mungkin maksud Anda `{$saran}`?
    .help = tulis kode seperti yang tampil di diagnostik, misalnya `SOP206: off`; `sopan aturan` mendaftar semuanya

konfigurasi-tingkat-tidak-dikenal = `{$nilai}` bukan tingkat aturan untuk {$kode}
    .label = tingkat tidak dikenal
    .help-mirip = mungkin maksud Anda `{$saran}` (atau `{$padanan}`)?
    .help = tingkat aturan adalah `off`/`mati`, `warn`/`peringatan`, atau `error`/`galat`

konfigurasi-galat-diturunkan = {$kode} adalah kesalahan dan tidak dapat diturunkan
    .label = selalu kesalahan
    .help = hanya peringatan yang dapat dimatikan atau tetap peringatan; kesalahan berarti SOP tidak dapat diterbitkan

konfigurasi-templat-bertingkat = templat `{$nama}` menyebut templat lain
    .label = di dalam templat ini
    .help = templat diterapkan di atas `tata-letak` folder; tulis isian yang diubahnya langsung di templat, bukan `templat:`

konfigurasi-nip-panjang = NIP "{$nip}" terdiri dari {$jumlah} angka; NIP terdiri dari 18 angka
    .label = {$jumlah} angka
    .help = salin NIP dari SK pengangkatan, 18 angka tanpa titik; tulis di antara tanda petik, misalnya `nip: '198409122003121002'`

konfigurasi-nip-bukan-angka = NIP "{$nip}" berisi selain angka; NIP terdiri dari 18 angka

konfigurasi-daftar-terlalu-panjang = `{$kunci}` berisi {$jumlah} baris; Sopan membaca paling banyak {$batas}
    .label = terlalu banyak baris

konfigurasi-templat-terlalu-banyak = `templat` berisi {$jumlah} templat; Sopan membaca paling banyak {$batas}
    .label = terlalu banyak templat

konfigurasi-teks-terlalu-panjang = sebuah teks di `{$kunci}` terdiri dari {$jumlah} karakter; Sopan membaca paling banyak {$batas}
    .label = teks terlalu panjang
    .help = pendekkan teksnya; docs/limits.md mendaftar batas yang berlaku untuk setiap SOP

konfigurasi-batas =
    .help = docs/limits.md mendaftar batas yang berlaku untuk setiap SOP

konfigurasi-yaml = sopan.yaml tidak dapat dibaca sebagai YAML: {$alasan}
    .label = di sini
    .help = docs/config.md mendaftar setiap isian sopan.yaml dan nilai yang diterimanya
