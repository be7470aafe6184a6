# The checker's messages (sopan-check): what is wrong or missing in an SOP.
# Every id here is also in ../id/periksa.ftl, and the other way round (a test checks it).
#
# The sheet's own words stay Indonesian where the author types them (`pelaksana`, `ya`,
# `tidak`, `lanjut`); names the author wrote are in backticks, their free text in quotes.

## Parts of sentences used by several messages

# "Did you mean …?" for a misspelt name.
periksa-maksud = did you mean `{$nama}`?

# The name of a step, or of one symbol of a row that holds several.
periksa-nama-simbol = { $bentuk ->
    [simbol] the {periksa-jenis} of {$pelaksana} in step {$nomor} "{$uraian}"
    [simbol-saja] the {periksa-jenis} in step {$nomor} "{$uraian}"
   *[langkah] step {$nomor} "{$uraian}"
}
periksa-jenis = { $jenis ->
    [mulai] start
    [keputusan] decision
    [selesai] end
   *[proses] process
}
# The second name in one sentence: where an arrow goes.
periksa-nama-tujuan = { $ke-bentuk ->
    [simbol] the {periksa-jenis-tujuan} of {$ke-pelaksana} in step {$ke-nomor} "{$ke-uraian}"
    [simbol-saja] the {periksa-jenis-tujuan} in step {$ke-nomor} "{$ke-uraian}"
    [langkah] step {$ke-nomor} "{$ke-uraian}"
   *[nomor] step {$ke-nomor}
}
periksa-jenis-tujuan = { $ke-jenis ->
    [mulai] start
    [keputusan] decision
    [selesai] end
   *[proses] process
}

## The identity page (SOP1xx)

periksa-isian-ganda = `{$kunci}` is given twice
    .label = given again here
    .label-pertama = first given here
    .help = keep one `{$kunci}`: the second is ignored

periksa-tanggal-wajib = `{$kunci}` needs a date: `-` is only for `revisi`
    .label = a date is required here
    .help = write the date as year-month-day, e.g. `{$kunci} 2024-01-31`

periksa-tanggal-tidak-ada = date {$tanggal} does not exist
    .label = no such day
    .help = write an existing date as year-month-day with a four-digit year, e.g. 2024-01-31
    .help-urutan = dates are written year-month-day: write `{$kunci} {$benar}`
    .help-bulan = there is no month {$bulan}: months are 01 to 12, e.g. 2024-01-31
    .help-hari = month {$bulan} of {$tahun} has only {$hari} days: check the date on the signed SOP

periksa-nama-kosong = the SOP's name is empty
    .label = no name
    .help = write the SOP's name (Nama SOP) between the quotes after `sop`

periksa-isian-wajib = required field `{$kunci}` is missing
    .kosong = required field `{$kunci}` is empty
    .label = in this SOP
    .label-kosong = empty
    .help-nomor = add `nomor "…"` with the SOP number as printed
    .help-dibuat = add `dibuat 2024-01-31` with the date the SOP was made
    .help-efektif = add `efektif 2024-01-31` with the date the SOP takes effect
    .help-disahkan = add `disahkan "Jabatan"` with the post that signs the SOP

periksa-efektif-sebelum-dibuat = effective date {$efektif} is before the creation date {$dibuat}
    .label = effective here
    .label-dibuat = created here
    .help = an SOP takes effect on or after the day it is made: check both dates

periksa-revisi-sebelum-dibuat = revision date {$revisi} is before the creation date {$dibuat}
    .label = revised here
    .label-dibuat = created here
    .help = a revision comes after the SOP was made: check both dates, or write `revisi -`

periksa-nip-panjang = NIP "{$nip}" has {$jumlah} digits, but a NIP is 18 digits
    .bukan-angka = NIP "{$nip}" has characters that are not digits, but a NIP is 18 digits
    .label = not an 18-digit NIP
    .label-kurang = {$selisih ->
        [one] 1 digit short
       *[other] {$selisih} digits short
    }
    .label-lebih = {$selisih ->
        [one] 1 digit too many
       *[other] {$selisih} digits too many
    }
    .help = copy the NIP from the signer's SK; spaces between the groups are allowed

periksa-nip-mustahil = NIP "{$nip}" cannot be real
    .label = impossible NIP
    .help = check the NIP against the signer's SK: digits 1-8 are the birth date, 9-14 the appointment year and month, 15 the sex (1 or 2)
    .lahir = birth date {$angka} is not a date
    .bulan = appointment month {$angka} does not exist
    .umur = appointed in {$tmt} but born in {$lahir}
    .jenis-kelamin = the sex digit is {$angka}, not 1 or 2

periksa-nip-dari-yaml = the NIP comes from `identitas.disahkan` in sopan.yaml

periksa-nomor-ganda-repo = nomor "{$nilai}" is also used by {$berkas}
    .label = used twice
    .help = give each SOP of the repository its own nomor

periksa-id-ganda-repo = id `{$nilai}` is also used by {$berkas}
    .help = give each SOP of the repository its own id

periksa-keterkaitan-ganda = keterkaitan id `{$id}` is given to two entries
    .label = used again here
    .label-pertama = first used here
    .help = give each related SOP its own id, or remove the entry listed twice

periksa-keterkaitan-diri = keterkaitan names this SOP itself: "{$nama}"
    .label = this SOP
    .help = Keterkaitan lists the other SOPs this procedure depends on; remove this entry

## Actors and steps (SOP2xx)

periksa-pelaksana-tidak-dikenal = actor `{$id}` is not declared in `pelaksana`
    .label = unknown actor
    .help = declare its column in `pelaksana`, e.g. `{$id} "Nama Jabatan"`

periksa-pelaksana-ganda = actor `{$id}` is declared twice
    .label = declared again here
    .label-pertama = first declared here
    .help = give each actor column its own id

periksa-pelaksana-tanpa-langkah = actor `{$id}` ("{$nama}") has no step
    .label = no step names this actor
    .help = remove the actor, or name it in the step it performs; an empty column wastes the sheet's width

periksa-prosedur-kosong = the SOP has no actors and no steps
    .label = here
    .help = add the actor columns in `pelaksana` and the steps in `prosedur`
    .tanpa-daftar = the `pelaksana` list is missing, but {$jumlah ->
        [one] 1 step names an actor
       *[other] {$jumlah} steps name actors
    }
    .daftar-kosong = the `pelaksana` list is empty, but {$jumlah ->
        [one] 1 step names an actor
       *[other] {$jumlah} steps name actors
    }
    .label-daftar = no actor column is declared
    .help-daftar = add `{$daftar}` and correct each column's post
    .help-daftar-contoh = add the actor columns, e.g. `pelaksana {"{"} pemohon "Pemohon" staf "Staf" {"}"}`
    .tanpa-langkah = the procedure has no steps
    .help-langkah = write the steps inside `prosedur`, from `mulai` to `selesai`

periksa-mutu-baku = { $kurang ->
    [waktu] {periksa-nama-simbol} has no waktu
    [output] {periksa-nama-simbol} has no output
   *[keduanya] {periksa-nama-simbol} has no waktu and no output
}
    .label = { $kurang ->
        [waktu] no waktu
        [output] no output
       *[keduanya] no waktu and no output
    }
    .help = { $kurang ->
        [waktu] fill the mutu baku cells, or write `waktu -` to leave them empty on purpose
        [output] fill the mutu baku cells, or write `output -` to leave them empty on purpose
       *[keduanya] fill the mutu baku cells, or write `waktu -` and `output -` to leave them empty on purpose
    }

periksa-label-ganda = step label `{$label}` is used twice
    .label = used again here
    .label-pertama = first used here
    .help = give each step its own label, so every branch and jump has one target
    .note = the branches and jumps that name `{$label}` now go to the first step that has it

periksa-nomor-langkah-ganda = row number {$nomor} is printed twice
    .label-ditulis = given here
    .label-dihitung = counted on to this number here
    .label-pertama = first printed here
    .help = give each row its own number: write `nomor …` on the row, or remove the `nomor` that repeats one
    .note = a row without `nomor` prints one more than the row above it

periksa-satuan-tidak-dikenal = `{$satuan}` is not a duration unit
    .label = unknown unit
    .help = use detik, menit, jam, hari, hari kerja, minggu or bulan, or quote free text: `waktu "Segera"`
    .help-inggris = units are written in Indonesian: write `{$benar}`
    .help-singkatan = units are written in full: write `{$benar}`
    .help-jam-kerja = working hours are counted as `jam` (only days have `hari kerja`): write `jam`

periksa-waktu-nol = duration `{$waktu}` is zero
    .label = no time at all
    .help = write the real time the step takes, or `waktu -` if the sheet leaves it empty

periksa-waktu-terlalu-lama = duration `{$waktu}` is unusually long for that unit
    .label = a larger unit reads better
    .help = write `{$lebih-baik}` (the same time), or check the number
    .help-periksa = check the number and the unit

periksa-rentang-terbalik = duration range `{$dari}-{$sampai}` runs backwards
    .label = the first number should be the smaller
    .help = write `{$sampai}-{$dari} {$satuan}`

periksa-waktu-berkutip = waktu "{$teks}" is in quotes, so it is free text and left out of the totals
    .label = reads as a duration
    .help = write it without quotes, `waktu {$teks}`, so it is counted

periksa-isian-tidak-boleh =
    .label = not allowed here

periksa-lompat-dari-keputusan = a decision leaves through `ya` and `tidak`, not `->`
    .help = write `ya -> …` and `tidak -> …` instead of `->`

periksa-lompat-dari-selesai = an end step (`selesai`) has no next step
    .help = remove the `->`, or make the step a process by removing `selesai`

periksa-teks-keputusan = a decision's text is its question: `tanya`, not `teks`
    .help = write `tanya "…?"`

periksa-cabang-bukan-keputusan = `{$kunci}` is an exit of a decision, but this step is not a decision
    .help = write `keputusan` after the actor to make the step a decision, or use `-> label` to jump
    .label-juga = also only for a decision

periksa-tanya-bukan-keputusan = `tanya` is the question inside a decision diamond, but this step is not a decision
    .help = write `keputusan` after the actor to make the step a decision, or `teks "…"` for a text inside this symbol

periksa-milik-simbol = in a row that lists its symbols, `{$kunci}` belongs to one of them
    .help = write exits in the braces of the symbol they leave (`keputusan kasi "Lengkap?" {"{"} ya -> lanjut  tidak -> serah {"}"}`) and a symbol's text after its actor (`mulai pemohon "Mulai"`)

periksa-langkah-campuran = this row names its actor before the Uraian and also lists symbols in its braces
    .label = a second symbol
    .label-simbol = the row's own symbol
    .help = for a row of several symbols, list every symbol in the braces: remove `{$pelaksana}` (and its `mulai`/`selesai`/`keputusan`) before the Uraian and write it as the first symbol, e.g. `proses {$pelaksana}`

periksa-langkah-tanpa-simbol = this row has no symbol: it names no actor and lists no symbols
    .label = which column?
    .help = name the actor before the Uraian (`staf "Mengetik surat"`), or list the row's symbols in its braces (`proses staf`)

periksa-pertama-bukan-mulai = the first step is not a start: {periksa-nama-simbol} is { $jenis ->
        [keputusan] a decision
        [selesai] an end
       *[proses] a process
    }
    .label = first row
    .help = begin the procedure with `mulai`, e.g. `mulai pemohon "Mengajukan permohonan"`

periksa-terakhir-bukan-selesai = the last step is not an end: {periksa-nama-simbol} is { $jenis ->
        [keputusan] a decision
        [mulai] a start
       *[proses] a process
    }
    .label = last row
    .help = end the procedure with `selesai`, e.g. `selesai pemohon "Menerima surat"`

## The flow of the flowchart (SOP3xx)

periksa-lanjut-terakhir = `lanjut` on the last step has no next step to go to
    .label = no next step
    .help = name the step to go to, or end the procedure with a `selesai` step

periksa-tujuan-tidak-dikenal = no step is labelled `{$label}`
    .label = unknown step label
    .help = put `{$label}:` before the step to go to
    .note = steps are named by labels (`periksa: kasi "…"`), not by their numbers, which change when rows move

periksa-cabang-hilang = {periksa-nama-simbol} has neither a "Ya" nor a "Tidak" branch
    .label = no exits
    .help = add `ya -> label` and `tidak -> label` inside the step's braces (`lanjut` for the next row)
    .satu = { $cabang ->
        [ya] {periksa-nama-simbol} has no "Ya" branch
       *[tidak] {periksa-nama-simbol} has no "Tidak" branch
    }
    .label-satu = no `{$cabang}` exit
    .help-satu = add `{$cabang} -> label` inside the step's braces (`lanjut` for the next row)

periksa-belum-tercapai = {$jumlah ->
    [one] step {$daftar} cannot be reached from the start yet; this exit is probably the one meant to lead there
   *[other] steps {$daftar} cannot be reached from the start yet; this exit is probably the one meant to lead there
}

periksa-cabang-sama = both exits of {periksa-nama-simbol} go to {periksa-nama-tujuan}
    .label = same target
    .label-sama = as this one
    .help = a decision whose exits meet is no decision: send one exit elsewhere, or make the step a process

periksa-tak-tercapai = {periksa-nama-simbol} can never be reached from the start
    .label = no arrow leads here
    .help = send a branch or jump here (`-> label`), or remove the step; an earlier step may jump past it

periksa-buntu = {periksa-nama-simbol} leads nowhere: it has no next step and is not an end
    .label = the flow stops here
    .help = make it an end with `selesai`, or say where the flow goes with `-> label`

periksa-putaran-diri = {periksa-nama-simbol} goes back to itself and nowhere else
    .label = the flow is stuck here
    .help = send it on to another step, or make it a decision whose other exit leaves

periksa-putaran = { $banyak ->
    [1] the symbols of step {$langkah} form a loop with no way out
   *[other] steps {$langkah} form a loop with no way out
}
    .label = the loop starts here
    .label-di-dalam = in the loop
    .help = make one step of the loop a decision (`keputusan`) whose other exit leaves it
    .help-keputusan = give a decision in the loop an exit that leaves it, towards an end

periksa-mulai-kedua = {periksa-nama-simbol} is a second start, but is not declared as an alternative
    .label = second `mulai`
    .label-pertama = first start
    .help = write `mulai alternatif` when a procedure can begin in more than one way

## Related SOPs (SOP4xx)

periksa-keterangan-tidak-dikenal = `{$id}` is not an entry of `keterkaitan`
    .label = unknown keterkaitan id
    .help = add `{$id} "Nama SOP"` to `keterkaitan`, or quote the text: `keterangan "{$id}"`

periksa-sop-tak-terdaftar = keterangan names "{$teks}", which `keterkaitan` does not list
    .label = not in keterkaitan
    .help = add it to `keterkaitan` with an id, e.g. `{$id} "{$teks}"`, and write the id here: `keterangan {$id}`

periksa-id-sop-tidak-dikenal = no SOP of this repository has the id `{$id}`
    .label = unknown SOP id
    .help = give the related SOP this id (`id …` in its file), or drop the id and keep only the name

## Suppression comments (SOP010, SOP011)

periksa-kode-kesalahan = {$kode} is an error and cannot be silenced: the SOP would be built wrong
    .label = names an error
    .help = fix what the error says instead; only warnings, and the repository codes SOP108, SOP109 and SOP403, can be silenced

periksa-bukan-kode = `{$kata}` is not a diagnostic code
    .label = here
    .help = a code is SOP and three digits, e.g. `SOP207`; docs/diagnostics.md lists them

periksa-tanpa-kode = the suppression comment names no code
    .label = here
    .help = write the codes to silence after `abaikan`, e.g. `// sopan: abaikan SOP207 karena …` (see docs/diagnostics.md)

periksa-bukan-perintah = `{$kata}` is not a Sopan instruction
    .label = here
    .help = write `{$benar}`: `// sopan: abaikan SOP207 karena …` silences one step, `// sopan: abaikan-berkas SOP206 karena …` the whole file

periksa-pengabaian-sia-sia = suppression of {$kode} suppresses nothing
    .label = no such diagnostic here
    .help = remove the comment (or the code from it): the problem it silenced is gone

## Limits of a report

periksa-dipotong = {$jumlah} more {$kode} in this file are not shown: a file reports the first {$batas} of each code
