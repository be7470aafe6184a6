# `sopan pratinjau`: the live preview, its pages and what it prints.
# Every id here is also in ../en/pratinjau.ftl, and the other way round (a test checks it).

pratinjau-berjalan = Pratinjau "{$jalur}" berjalan di alamat di atas, hanya untuk komputer ini; lembarnya dibangun ulang setiap kali berkas disimpan. Tekan Ctrl-C untuk berhenti.
pratinjau-tidak-dapat-mulai = pratinjau tidak dapat dimulai di 127.0.0.1, port {$port}: {$alasan}
    .help = pilih port lain dengan --port, atau --port 0 agar komputer memilih port yang bebas
pratinjau-galat-judul = Lembar "{$berkas}" belum dapat dibuat
pratinjau-galat-saran = Perbaiki kesalahan di bawah ini, lalu simpan berkasnya: halaman ini dimuat ulang dengan sendirinya.
pratinjau-indeks-judul = Pratinjau SOP di "{$folder}"
pratinjau-indeks-jumlah = {$jumlah} berkas .sop. Pilih satu untuk melihat lembarnya; halaman ini dan setiap lembar dimuat ulang dengan sendirinya setiap kali berkas disimpan.
pratinjau-kolom-no = No
pratinjau-kolom-berkas = Berkas
pratinjau-kolom-nama = Nama SOP
pratinjau-kolom-keadaan = Keadaan
pratinjau-siap = lembar siap
pratinjau-kesalahan = {$jumlah} kesalahan
pratinjau-tolak-host = Ditolak: pratinjau ini hanya melayani alamat 127.0.0.1 dan localhost dengan port-nya sendiri.
pratinjau-tolak-tidak-ada = Tidak ada: alamat ini bukan lembar atau daftar pratinjau ini.
pratinjau-tolak-metode = Ditolak: pratinjau hanya menjawab permintaan GET dan HEAD.
pratinjau-tolak-sibuk = Terlalu banyak permintaan sekaligus; muat ulang halaman sebentar lagi.
