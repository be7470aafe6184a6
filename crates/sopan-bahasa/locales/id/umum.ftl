# Kalimat umum Sopan: yang tidak milik satu tahap saja.
# Setiap id di sini juga ada di ../en/umum.ftl (sebuah tes memeriksanya).

bahasa-tidak-dikenal = bahasa "{$nilai}" tidak dikenal
    .help = pakai "id" (Bahasa Indonesia) atau "en" (English)

berkas-diperiksa = {$jumlah} berkas diperiksa

# Kata yang mengawali catatan di bawah sebuah diagnostik.
catatan = catatan
baris-terlalu-panjang = di {$berkas}:{$baris}:{$kolom}, pada baris yang terlalu panjang untuk ditampilkan
