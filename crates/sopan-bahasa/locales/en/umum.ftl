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

# The word that starts the help under a diagnostic.
saran = help

# The word that starts the fix line under a diagnostic: the one certain replacement, which
# an editor can also apply in one click.
perbaikan = fix
    .ganti = replace `{$lama}` with `{$baru}`
    .hapus = delete `{$lama}`
    .sisipkan = insert `{$baru}` where marked

## The title of every diagnostic code (SARIF, `sopan aturan`).

kode-SOP001 = file is not UTF-8 text
kode-SOP002 = syntax error
kode-SOP003 = text without closing quote
kode-SOP004 = file has no SOP
kode-SOP005 = file too large
kode-SOP006 = unknown escape in text
kode-SOP007 = more than one SOP in a file
kode-SOP008 = file exceeds a limit
kode-SOP010 = suppression comment names no known code
kode-SOP011 = suppression comment suppresses nothing
kode-SOP012 = invisible or direction-changing character in text
kode-SOP013 = date not written year-month-day
kode-SOP101 = required identity field missing
kode-SOP102 = date does not exist
kode-SOP103 = effective date before creation date
kode-SOP104 = revision date before creation date
kode-SOP105 = field given twice
kode-SOP106 = NIP is not 18 digits
kode-SOP107 = NIP holds an impossible date or sex digit
kode-SOP108 = nomor used by another SOP
kode-SOP109 = id used by another SOP
kode-SOP110 = logo cannot be used
kode-SOP111 = logo outside the repository
kode-SOP112 = keterkaitan id used twice
kode-SOP113 = keterkaitan names this SOP itself
kode-SOP201 = unknown actor
kode-SOP202 = actor declared twice
kode-SOP203 = step label used twice
kode-SOP204 = unknown duration unit
kode-SOP205 = actor has no step
kode-SOP206 = step without waktu or output
kode-SOP207 = implausible duration
kode-SOP208 = first step is not a start
kode-SOP209 = last step is not an end
kode-SOP211 = field not allowed on this step
kode-SOP213 = duration range runs backwards
kode-SOP214 = procedure has no steps
kode-SOP215 = step too tall for one page
kode-SOP216 = row number printed twice
kode-SOP217 = quoted waktu reads as a duration
kode-SOP218 = row has both a head symbol and listed symbols
kode-SOP219 = row has no symbol
kode-SOP301 = unknown step label
kode-SOP302 = decision without both branches
kode-SOP303 = both branches go to the same step
kode-SOP304 = step cannot be reached
kode-SOP305 = step leads nowhere
kode-SOP306 = loop with no exit
kode-SOP307 = several starts not declared as alternatives
kode-SOP401 = unknown keterkaitan entry
kode-SOP402 = SOP named in keterangan but not in keterkaitan
kode-SOP403 = keterkaitan names an SOP id the repository lacks
kode-SOP501 = invalid sopan.yaml
kode-SOP502 = sopan.yaml cannot be read
kode-SOP503 = template not defined in sopan.yaml
kode-SOP601 = two inputs write one output
kode-SOP900 = internal error
