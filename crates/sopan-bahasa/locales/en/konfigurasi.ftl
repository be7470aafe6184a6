# The messages about sopan.yaml (sopan-config).
# Every id here is also in ../id/konfigurasi.ftl, and the other way round (a test checks it).

konfigurasi-kunci-tidak-dikenal = unknown key `{$kunci}` in `{$induk}`
    .label = unknown key
    .help-mirip = did you mean `{$saran}`?
    .help-daftar = the keys of `{$induk}` are: {$daftar}

konfigurasi-kunci-wajib = `{$induk}` has no `{$kunci}`, which it must have
    .label = no `{$kunci}` here
    .help = add `{$kunci}:` under this key

konfigurasi-harus-teks = `{$kunci}` must hold a text
    .label = not a text
    .help = write the text after `{$kunci}:` on the same line

konfigurasi-harus-kunci = `{$kunci}` must hold keys below it
    .label = not a set of keys
    .help = write each key on its own line, indented under `{$kunci}:`; docs/config.md shows examples

konfigurasi-harus-daftar = `{$kunci}` must be a list
    .label = not a list
    .help = write each entry on its own line starting with `- `, or in brackets: `[a, b]`

konfigurasi-harus-daftar-teks = `{$kunci}` must be a list of texts
    .label = not a list of texts
    .help = write each text on its own line starting with `- `, or in brackets: `[A, B]`

konfigurasi-harus-ya-tidak = `{$kunci}` must be `true` or `false`
    .label = not `true` or `false`
    .help = write `{$kunci}: true` or `{$kunci}: false`

konfigurasi-nilai-tidak-dikenal = `{$nilai}` is not a value `{$kunci}` takes
    .label = unknown value
    .help-mirip = did you mean `{$saran}`?
    .help-daftar = the values it takes: {$daftar}

konfigurasi-kode-tidak-dikenal = `{$kode}` in `aturan` is not a diagnostic code
    .label = unknown code
    .help-mirip = did you mean `{$saran}`?
    .help = name codes as they appear in diagnostics, e.g. `SOP206: off`; `sopan aturan` lists them

konfigurasi-tingkat-tidak-dikenal = `{$nilai}` is not a rule level for {$kode}
    .label = unknown level
    .help-mirip = did you mean `{$saran}` (or `{$padanan}`)?
    .help = the rule levels are `off`/`mati`, `warn`/`peringatan` and `error`/`galat`

konfigurasi-galat-diturunkan = {$kode} is an error and cannot be lowered
    .label = always an error
    .help = only warnings can be switched off or kept as warnings; an error means the SOP cannot be built

konfigurasi-templat-bertingkat = template `{$nama}` names another template
    .label = in this template
    .help = a template is applied over the folder's `tata-letak`; write the keys it changes in it instead of `templat:`

konfigurasi-nip-panjang = NIP "{$nip}" has {$jumlah} digits; a NIP has 18
    .label = {$jumlah ->
        [one] 1 digit
       *[other] {$jumlah} digits
    }
    .help = copy the NIP from the appointment decree, 18 digits without dots; write it in quotes, e.g. `nip: '198409122003121002'`

konfigurasi-nip-bukan-angka = NIP "{$nip}" holds more than digits; a NIP has 18 digits

konfigurasi-daftar-terlalu-panjang = `{$kunci}` has {$jumlah} entries; Sopan reads at most {$batas}
    .label = too many entries

konfigurasi-templat-terlalu-banyak = `templat` defines {$jumlah} templates; Sopan reads at most {$batas}
    .label = too many templates

konfigurasi-teks-terlalu-panjang = a text of `{$kunci}` is {$jumlah} characters; Sopan reads at most {$batas}
    .label = text too long
    .help = shorten the text; docs/limits.md lists the limits every SOP is held to

konfigurasi-batas =
    .help = docs/limits.md lists the limits every SOP is held to

konfigurasi-yaml = sopan.yaml cannot be read as YAML: {$alasan}
    .label = here
    .help = docs/config.md lists every key of sopan.yaml and the values it takes
