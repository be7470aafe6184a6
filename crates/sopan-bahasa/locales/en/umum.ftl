# Sopan's general sentences: those that belong to no single stage.
# Every id here is also in ../id/umum.ftl (a test checks it).

bahasa-tidak-dikenal = unknown language "{$nilai}"
    .help = use "id" (Bahasa Indonesia) or "en" (English)

berkas-diperiksa = {$jumlah ->
    [one] 1 file checked
   *[other] {$jumlah} files checked
}

# The word that starts a note under a diagnostic.
catatan = note
baris-terlalu-panjang = at {$berkas}:{$baris}:{$kolom}, on a line too long to show
