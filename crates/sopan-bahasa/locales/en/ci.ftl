# The sopan command's CI features: exclude, stdin, report formats, init.
# Every id here is also in ../id/ci.ftl, and the other way round (a test checks it).

ci-tidak-ada-berkas = no .sop file was found in {$jalur}
    .help = check the path, or whether --exclude, `kecualikan:` in sopan.yaml or .gitignore leaves the files out
ci-stdin-tak-terbaca = standard input cannot be read: {$sebab}
ci-glob-salah = the pattern "{$pola}" cannot be used: {$sebab}
ci-pola-gagal = the patterns of --exclude or `kecualikan:` cannot be used: {$sebab}
ci-junit-gagal = {$jumlah ->
    [one] {$jumlah} error
   *[other] {$jumlah} errors
}

## Command-line help of the CI features.
ci-arg-exclude = Leave out files and folders matching GLOB below the folders given (repeatable); a GLOB without `/` matches a name at any depth, like `.gitignore`.
ci-arg-quiet = Print only the diagnostics, without the summary line.
ci-arg-nama-berkas = The name of the SOP read from standard input (`-`): the name diagnostics show, and the folder whose sopan.yaml applies.
ci-cmd-init = Write a commented starter .sop file and sopan.yaml into FOLDER (never over existing files).
ci-arg-folder = The folder to write the starter files into; created if missing.
ci-init-sudah-ada = {$berkas} already exists; sopan init never overwrites a file, so nothing was written
ci-init-selesai = wrote {$sop} and {$yaml}; check them with: sopan check {$sop}
