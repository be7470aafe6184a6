# What `sopan lsp`, the language server for editors, says: on hovering a name, in the
# file's outline, in completions, and when a request is refused.
# Every id here is also in ../id/lsp.ftl (a test checks it).

## On hovering a name (Markdown; author text is escaped already).

lsp-hover-pelaksana = **{$nama}**: actor column `{$id}`
lsp-hover-langkah = Label `{$label}`: step number **{$nomor}**, "{$uraian}"
lsp-hover-keterkaitan = Related SOP `{$id}`: "{$nama}"
lsp-hover-satuan = { $kunci ->
    [detik] **detik** (seconds): a unit of time; 60 detik make 1 menit in the totals.
    [menit] **menit** (minutes): a unit of time; added up with detik and jam.
    [jam] **jam** (hours): a unit of time; 1 jam = 60 menit.
    [hari] **hari** (days): calendar days, Saturdays, Sundays and holidays included; added up apart from hours.
    [hari-kerja] **hari kerja** (working days): days the office is open, without Saturdays, Sundays and holidays; added up apart from calendar days.
    [minggu] **minggu** (weeks): seven calendar days; added up on their own.
    [bulan] **bulan** (months): calendar months; added up on their own, as months differ in length.
   *[other] **{$satuan}**: a unit Sopan does not know; use detik, menit, jam, hari, hari kerja, minggu or bulan.
}
lsp-hover-kode = **{$kode}**: {$judul}

    What it means and how to fix it: [{$kode}]({$alamat}), or `sopan aturan {$kode}` in a terminal.

## The outline, the number hints, and completion.

lsp-simbol-identitas = identity
lsp-simbol-langkah = {$nomor}. {$uraian}
lsp-petunjuk-nomor = Number {$nomor}: this row's number in the No column of the SOP sheet
lsp-lengkapi-langkah = step {$nomor}: {$uraian}
lsp-lengkapi-kolom = { $kolom ->
    [kelengkapan] Kelengkapan column: the papers or requirements this step needs
    [waktu] Waktu column: how long this step takes, e.g. 10 menit
    [output] Output column: what this step produces
    [keterangan] Keterangan column: notes, or the id of a related SOP
    [tanya] the short question inside the decision diamond
    [ya] the Ya (yes) exit of a decision: where the flow goes
    [tidak] the Tidak (no) exit of a decision: where the flow goes
    [teks] the text inside the symbol, when it differs from the description
    [nomor] the number the No column prints, when the office numbers its own rows
   *[other] a field of a step
}

## Refusals.

lsp-ganti-nama-bukan-nama = only step labels and actor ids can be renamed; put the cursor on one of them
lsp-ganti-nama-sintaks = names cannot be renamed while the file has syntax errors; fix them first
lsp-ganti-nama-tidak-sah = "{$nama}" cannot be a {$jenis} name: a name starts with a letter, then only letters, digits, "-" or "_", no spaces
lsp-ganti-nama-kata-kunci = "{$nama}" is a Sopan keyword and cannot be a name; choose another word
lsp-ganti-nama-sudah-dipakai = the name "{$nama}" is already used by another {$jenis} in this file; choose another name
lsp-perbaiki-ganti = Replace with "{$teks}"
lsp-perbaiki-sisipkan = Insert "{$teks}"
lsp-perbaiki-hapus = Delete "{$teks}"
lsp-permintaan-rusak = the {$metode} request cannot be read: {$alasan}
lsp-metode-tidak-dikenal = Sopan does not know the request {$metode}
lsp-sudah-berhenti = the server was asked to shut down; only exit is accepted
lsp-berhenti-mendadak = the language server stopped on a fault in Sopan itself, not in your files; please report it
lsp-gagal-menjawab = this request failed on a fault in Sopan itself, not in your files; please report it
lsp-sambungan-putus = the connection to the editor broke: {$alasan}
