# The parser's messages (sopan-syntax): mistakes in how a .sop file is written.
# Every id here is also in ../id/sintaks.ftl, and the other way round (a test checks it).

## What should stand where the parser stopped. $harap picks one.

sintaks-harapan = { $harap ->
    [akhir-berkas] the end of the file
    [tanggal] a date such as 2024-01-31, or `-`
    [panah] an arrow `->`
    [kurung-tutup] `{"}"}`
    [sop] `sop "Nama SOP" {"{"}`
    [bagian] a section of the SOP (`nomor`, `dibuat`, `pelaksana`, `prosedur`, …)
    [penanda-tangan] `nama`, `pangkat` or `nip`
    [keterkaitan] a related SOP (an id if any, then its name in quotes)
    [pelaksana] a pelaksana (an id, then its name in quotes)
    [langkah] a step
    [alternatif] `alternatif`
    [nama] a name (letters, digits and `-`)
    [keputusan] `keputusan` or the uraian in quotes
    [kurung-buka] `{"{"}`
    [bidang-langkah] a step field (`waktu`, `output`, `ya ->`, …) or `{"}"}`
    [tujuan] a step label or `lanjut`
    [teks] a text in double quotes
    [escape] an escape such as `\n`
    [waktu] a duration such as `10 menit`
    [kali] `x`
    [angka] a number
    [satuan] a unit of time (detik, menit, jam, hari, hari kerja, minggu, bulan)
    [strip] `-`
   *[lain] something else
}

sintaks-tak-terduga = expected { sintaks-harapan } here, not `{ $ditemukan }`
    .label = expected { sintaks-harapan }
sintaks-akhir-berkas = the file ends where { sintaks-harapan } should be
sintaks-tidak-diharapkan = `{ $ditemukan }` cannot stand here
    .label = out of place
sintaks-di-sini = here
sintaks-berhenti = stopped after { $jumlah } syntax errors; fix these first

## Help chosen from the parser's state.

sintaks-huruf-besar =
    .help = Sopan's keywords are lowercase: write `{ $kata }`, not `{ $ditemukan }`
sintaks-kata-inggris =
    .help = Sopan's keywords are Indonesian: write `{ $kata }`, not `{ $ditemukan }`
sintaks-padanan =
    .help = what SOP sheets call "{ $ditemukan }" is written `{ $kata }` in Sopan
sintaks-mungkin =
    .help = did you mean `{ $kata }`?
sintaks-bukan-pelaksana = `{ $kata }` reads as a pelaksana, but looks meant as a keyword
sintaks-pelaksana-tanpa-plus =
    .help = a step done jointly joins its pelaksana with `+`: `{ $pertama } + { $kedua }`; its uraian goes in double quotes
sintaks-beri-petik =
    .help = put texts in double quotes: { $saran }
sintaks-keputusan-terminal =
    .help = a `mulai` or `selesai` step cannot also be a decision: drop `mulai`/`selesai`, or put the decision in a step of its own
sintaks-nomor-sebagai-tujuan =
    .help = a branch goes to a step's label, not to row number {$nomor} (numbers change when rows move): give that step a label in front of it, e.g. `periksa: staf "Memeriksa berkas"`, then write { $cabang ->
        [ya] `ya -> periksa`
        [tidak] `tidak -> periksa`
       *[other] `-> periksa`
    } here
sintaks-bukan-bidang-langkah =
    .help = `{ $ditemukan }` is not a step field: a step holds kelengkapan, waktu, output, keterangan, nomor and teks, and a decision also tanya, ya and tidak; `-> label` jumps to another step
sintaks-bukan-bagian =
    .help = `{ $ditemukan }` is not a section of an SOP: the sections are nomor, instansi, dibuat, revisi, efektif, disahkan, dasar-hukum, kualifikasi, keterkaitan, peralatan, peringatan, pencatatan, bagian, pelaksana and prosedur (see docs/language.md)
sintaks-tulis-panah =
    .help = write an arrow before the step to go to: `-> { $ditemukan }`
sintaks-waktu-tanpa-angka =
    .help = write the amount before the unit, e.g. `waktu 10 menit`, or free text in quotes: `waktu "Segera"`
sintaks-tanpa-satuan =
    .help = write a unit of time after the number, e.g. `waktu {$angka} hari`; the units are detik, menit, jam, hari, hari kerja, minggu and bulan
sintaks-format-tanggal =
    .help = write dates as year-month-day, e.g. `2024-01-31`, or `-` for none

## Marks that are not Sopan's.

sintaks-petik-miring = the curly quote `{ $tanda }` (as Word types it) is not a quote Sopan reads
    .help = put texts between straight double quotes: { $saran }
sintaks-komentar-pagar = `#` does not start a comment in Sopan
    .help = Sopan comments start with `//` and run to the end of the line
sintaks-komentar-blok = `/*` does not start a comment in Sopan
    .help = Sopan comments start with `//` and run to the end of the line: put `//` at the start of each comment line and delete `*/`
sintaks-panah-unicode = the arrow `{ $tanda }` is not one Sopan reads
    .help = type the arrow as `->` (a minus sign, then a greater-than sign)
sintaks-titik-koma =
    .help = Sopan does not use `;`: delete it; fields are separated by spaces or line breaks
sintaks-koma =
    .help = several texts are separated by spaces, without commas: `output "Berkas" "Surat"`; commas only separate several arrow targets (`-> cek, kirim`)
sintaks-dan =
    .help = pelaksana working jointly are joined with `+`, not `&`: `kasi + staf`
sintaks-karakter-tak-terlihat = there is an invisible character { $kode } ({ $nama }) here
    .help = { $jenis ->
        [spasi] replace it with a plain space: it looks like a space, but is not one to Sopan
       *[lebar-nol] delete it: it does not show on screen, but it breaks a keyword or number apart
    }
sintaks-titik-dua-yaml = a colon after `{ $kata }` is not used in Sopan
    .help = Sopan is not YAML: write `{ $kata }` and then its value, without `:`
sintaks-isi-hilang = `{ $kata }` has nothing written after it
    .help-teks = write its text in double quotes on the same line, for example `{ $kata } "…"`
    .help-tanggal = write the date on the same line, for example `{ $kata } 2024-01-31`, or `{ $kata } -` when there is none
    .help-waktu = write how long it takes on the same line, for example `{ $kata } 10 menit`
sintaks-label-berspasi = the label `{ $label }` is parted from its colon
    .help = a step label is written against its colon, without a space: `{ $label }:`

## Dates (SOP013).

sintaks-tanggal-garis-miring = the date `{ $tanggal }` is written with slashes or dots
sintaks-tanggal-terbalik = the date `{ $tanggal }` is written day-month-year
sintaks-tanggal =
    .help = Sopan writes dates as year-month-day with `-`: { $saran }

## Braces.

sintaks-kurung-tidak-ditutup = this `{"{"}` is never closed
    .label = opened here, with no `{"}"}` to close it
    .help = add its closing `{"}"}` before line { $baris }
    .help-akhir = add `{"}"}` at the end of the file
sintaks-kurung-ganda = this `{"{"}` is one too many
    .label = second `{"{"}`
    .help = delete the second `{"{"}`: one `{"{"}` opens the content of a step or section

## The `lanjut` target.

sintaks-lanjut-huruf-besar = `{ $ditemukan }` is not known as a target: keywords are lowercase
sintaks-lanjut-salah-eja = no step has the label `{ $ditemukan }`
sintaks-lanjut =
    .label = unknown target
    .help = to go on to the next step, write `lanjut`

## Files and texts.

sintaks-sop-kedua = a file holds one SOP, but a second `sop` block starts here
    .label = second SOP
    .help = move this SOP to a file of its own
sintaks-teks-tak-tertutup = this text has no closing quote on its line
    .label = text without a closing quote
    .help = add a closing `"` at the end of the text, before the end of the line; write `\n` for a line break inside a text
sintaks-berkas-terlalu-besar = file is { $ukuran } bytes, more than the { $batas } bytes Sopan reads
    .label = file starts here
    .help = split the file: one SOP per file
sintaks-berkas-kosong = file is empty
    .label = expected `sop "Nama SOP" {"{"} … {"}"}`
    .help = start the file with `sop "Nama SOP" {"{"}`, the SOP's content, and `{"}"}`
sintaks-utf16 = file is UTF-16 text, not UTF-8
sintaks-latin1 = file is not UTF-8 text: byte { $bita } ({ $hex }) looks like the letter "{ $huruf }" saved as Windows-1252 (Latin-1)
sintaks-bukan-utf8 = file is not UTF-8 text: byte { $bita } starts an invalid sequence
    .label = not UTF-8
    .help = save the file as UTF-8 (most editors offer it under "Save with encoding")
sintaks-escape-tak-dikenal = unknown escape `{ $escape }` in text
    .label = not an escape Sopan knows
    .help = write `\n` for a line break, `\"` for a quote, `\\` for a backslash
sintaks-escape-lainnya = and { $jumlah } more unknown escapes in this file, not shown
sintaks-teks-pembalik-arah = text holds { $kode } ({ $nama }), an invisible character that changes the direction of the text after it
    .help = delete it: on the sheet it reorders what follows (a nomor prints reversed), and most editors do not show it
sintaks-teks-tak-terlihat = text holds { $kode } ({ $nama }), an invisible character
    .label = { $kode } is here
    .help = delete it: the sheet prints nothing for it, and two texts that look the same then differ
sintaks-tak-terlihat-lainnya = and { $jumlah } more invisible characters in this file, not shown

## Limits.

sintaks-batas = { $apa ->
    [langkah] { $jumlah } steps
    [pelaksana] { $jumlah } pelaksana
    [simbol] { $jumlah } symbols in one row
   *[huruf] a text of { $jumlah } characters
} is more than Sopan reads ({ $batas })
    .label = over the limit
    .help = split the SOP or the text; docs/limits.md lists the limits
sintaks-batas-token = file has more than { $batas } words, texts, comments and symbols, more than Sopan reads
    .label = the limit is reached here
    .help = split the file: one SOP per file; docs/limits.md lists the limits
    .note = the file was not read further, so it may hold other problems

## Sopan's own errors (SOP900).

sintaks-galat-internal = internal error: the parser produced { $apa }
    .label = while reading this
    .help = this is a bug in Sopan, not in your file: please report it with this file
