# Pesan fitur CI perintah sopan: kecualikan, stdin, format laporan, init.
# Setiap id di sini juga ada di ../en/ci.ftl, dan sebaliknya (sebuah tes memeriksanya).

ci-tidak-ada-berkas = tidak ada berkas .sop yang ditemukan di {$jalur}
    .help = periksa jalurnya, atau apakah berkasnya dikecualikan oleh --exclude, `kecualikan:` di sopan.yaml, atau .gitignore
ci-stdin-tak-terbaca = masukan standar (stdin) tidak dapat dibaca: {$sebab}
ci-glob-salah = pola "{$pola}" tidak dapat dipakai: {$sebab}
ci-pola-gagal = pola --exclude atau `kecualikan:` tidak dapat dipakai: {$sebab}
ci-junit-gagal = {$jumlah} kesalahan

## Bantuan baris perintah untuk fitur CI.
ci-arg-exclude = Lewati berkas dan folder yang cocok dengan POLA di bawah folder yang diberikan (boleh diulang); POLA tanpa `/` cocok dengan nama di kedalaman mana pun, seperti `.gitignore`.
ci-arg-quiet = Tampilkan diagnostik saja, tanpa baris ringkasan.
ci-arg-nama-berkas = Nama SOP yang dibaca dari masukan standar (`-`): nama yang ditampilkan diagnostik, dan folder yang sopan.yaml-nya berlaku.
ci-cmd-init = Buat berkas .sop contoh yang berkomentar dan sopan.yaml di FOLDER (tidak menimpa berkas yang sudah ada).
ci-arg-folder = Folder tempat berkas contoh ditulis; dibuat bila belum ada.
ci-init-sudah-ada = {$berkas} sudah ada; sopan init tidak menimpa berkas, jadi tidak ada yang ditulis
ci-init-selesai = {$sop} dan {$yaml} sudah ditulis; periksa dengan: sopan check {$sop}
