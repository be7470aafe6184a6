# The sopan command's messages: the tool's own errors, summaries and --help.
# Every id here is also in ../id/cli.ftl, and the other way round (a test checks it).

## The tool's own failures: Sopan could not do its job (exit status 2).

# The word before a failure of the tool.
cli-kesalahan = error
cli-bahasa-tidak-dikenal = unknown language "{$nilai}" in {$asal}
cli-tidak-terbaca = cannot read {$berkas}: {$alasan}
cli-folder-tidak-dapat-dibuat = cannot create {$folder}: {$alasan}
cli-tidak-dapat-menulis-di = cannot write in {$folder}: {$alasan}
cli-tidak-dapat-menulis = cannot write {$berkas}: {$alasan}
cli-penulisan-dihentikan = cannot write {$berkas}: interrupted
cli-laporan-tidak-tertulis = cannot write the report: {$alasan}
cli-pdf-gagal = cannot make {$berkas}: {$alasan}

## Refusals of the command line: arguments that cannot be used (exit 2).

cli-tolak-bantuan = for more information, try '--help'
cli-tolak-argumen = unknown argument `{$argumen}`
    .help-mirip = did you mean `{$saran}`?
    .help-perintah = did you mean the command `{$saran}`?
    .help-nilai = if `{$argumen}` is really a file name, write `-- {$argumen}`
cli-tolak-tanpa-nilai = `{$argumen}` needs a value, but none was written
cli-tolak-nilai = `{$nilai}` is not a known value of `{$argumen}`
    .help-mirip = did you mean `{$saran}`?
    .help-daftar = the values are: {$daftar}
cli-tolak-nilai-sebab = `{$nilai}` cannot be used for `{$argumen}`: {$sebab}
cli-tolak-wajib = required arguments missing: {$daftar}
cli-tolak-perintah = unknown command `{$perintah}`
    .help = the commands are: {$daftar}
    .help-mirip = did you mean `{$saran}`?
cli-tolak-tanpa-perintah = `{$perintah}` needs a command, e.g. `sopan check`
cli-tolak-dua-kali = `{$argumen}` may be written only once
cli-tolak-bentrok = `{$argumen}` cannot be used with {$lain}
cli-tolak-nilai-lebih = unexpected value `{$nilai}` for `{$argumen}`; no more were expected
cli-tolak-sama-dengan = the value of `{$argumen}` must be written with an equals sign, e.g. `{$argumen}=value`
cli-tolak-utf8 = an argument is not UTF-8 text
cli-tolak-lain = the command line cannot be used: {$sebab}


## sopan fmt.

cli-fmt-stdin-bersama = `-` (standard input) cannot be given with other paths
cli-fmt-bukan-utf8 = not formatted: {$berkas} is not UTF-8 text
cli-fmt-salah-tulis = not formatted: {$berkas} has syntax errors; fix them, then run sopan fmt again
cli-fmt-galat-internal = {$berkas} not formatted because of a fault in Sopan itself ({$sebab}); please report it with this file
cli-fmt-izin = cannot keep the permissions of {$berkas}: {$alasan}
cli-fmt-sesudah = {$berkas} (formatted)
cli-fmt-ringkasan = {$berubah ->
        [one] 1 file
       *[other] {$berubah} files
    } formatted, {$tetap} already formatted
    .coba = {$berubah ->
        [one] 1 file
       *[other] {$berubah} files
    } would be formatted, {$tetap} already formatted
    .ditolak = , {$ditolak} not formatted

## The summary at the end of each command.

cli-ringkasan-periksa = checked {$berkas ->
        [one] 1 file
       *[other] {$berkas} files
    }: {$galat ->
        [one] 1 error
       *[other] {$galat} errors
    }, {$peringatan ->
        [one] 1 warning
       *[other] {$peringatan} warnings
    }
cli-ringkasan-tulis = wrote {$jumlah ->
        [one] 1 output
       *[other] {$jumlah} outputs
    }
cli-ringkasan-lembar = {$lembar ->
        [one] 1 sheet
       *[other] {$lembar} sheets
    } to print on {$halaman ->
        [one] 1 page
       *[other] {$halaman} pages
    }

## SOP601: two inputs write one output.

cli-tabrakan = {$ini} and {$itu} both write {$nama} in the output folder
    .label = not built
    .help = rename one of the files, or build the folders into separate output folders with -o
    .note = names that differ only in case count as one: they are one file on Windows and macOS
cli-tabrakan-indeks = {$ini} would write index.html, the index of the output folder

## SOP215: a step too tall for one page.

cli-langkah-terlalu-tinggi = step {$nomor} is {$lebih} mm taller than a page of the sheet, so it would print cut
    .label = this text makes row {$nomor} too tall
    .label-langkah = this step makes row {$nomor} too tall
    .help = shorten the step's {$kolom} (or split it into several steps) by at least {$lebih} mm of printed lines, or print on larger paper (`tata-letak.kertas`)
    .note = the row needs {$perlu} mm; a page has room for {$muat} mm of rows

## A sopan.yaml that is there but cannot be used (SOP502), and what it means for an SOP (SOP501, SOP502).

cli-konfigurasi-tidak-terbaca =
    .label = this file
    .help = save sopan.yaml as a UTF-8 text file Sopan may read, or remove it; the SOPs below it are not built until then
cli-konfigurasi-tautan-putus = {$berkas} cannot be read: it is a link to a file that does not exist
cli-konfigurasi-folder = {$berkas} cannot be read: it is a folder, not a file
cli-konfigurasi-bukan-berkas = {$berkas} cannot be read: it is not a regular file
cli-konfigurasi-terlalu-besar = {$berkas} cannot be read: it is larger than {$batas} KiB
cli-konfigurasi-utf16 = {$berkas} cannot be read: it is UTF-16 text; save it as UTF-8
cli-konfigurasi-bukan-utf8 = {$berkas} cannot be read: it is not UTF-8 text (byte {$bita} is not); save it as UTF-8
cli-konfigurasi-alasan-sistem = {$berkas} cannot be read: {$alasan}
cli-konfigurasi-tidak-dipakai = not built: {$berkas} applies to this SOP and cannot be used
    .label = this SOP
    .help = fix {$berkas} (its problems are reported with it); an SOP is never built with the settings of its sopan.yaml left out

## SOP503: a template that does not exist.

cli-templat-tidak-ada = template `{$nama}` is not defined in sopan.yaml
    .label = unknown template
    .help-mirip = did you mean `{$saran}`?
    .help-tentukan = define it under `templat:` in a sopan.yaml of this folder or one above
    .help-daftar = the templates defined are: {$daftar}
cli-templat-folder-tidak-ada = template `{$nama}` (named by `tata-letak: templat` in sopan.yaml) is not defined in sopan.yaml
    .label = this SOP uses it

## SOP110 and SOP111: the logo.

cli-logo-tidak-ada = logo "{$logo}" cannot be used: no file is there
cli-logo-tidak-terbaca = logo "{$logo}" cannot be used: the file cannot be read
cli-logo-folder = logo "{$logo}" cannot be used: it is a folder, not an image file
cli-logo-bukan-berkas = logo "{$logo}" cannot be used: it is not a regular file (a device, pipe or socket cannot be a logo)
cli-logo-terlalu-besar = logo "{$logo}" cannot be used: the file is {$ukuran} MiB; a logo may be at most 2 MiB
    .help = save the logo smaller: about 600 pixels across, or an SVG, prints sharp at the size of a logo
cli-logo-kepala-rusak = logo "{$logo}" cannot be used: the file starts like a {$jenis} image but its header is damaged or cut short
    .help = export the logo again from the drawing program, or give another file
cli-logo-kosong = logo "{$logo}" cannot be used: the {$jenis} image is {$lebar} × {$tinggi} pixels: there is nothing to show
cli-logo-terlalu-banyak-piksel = logo "{$logo}" cannot be used: the {$jenis} image is {$lebar} × {$tinggi} pixels; a logo may have at most 16,777,216 pixels (4096 × 4096)
    .help = scale the logo down: about 600 pixels across prints sharp at the size of a logo
cli-logo-bukan-gambar = logo "{$logo}" cannot be used: the file is not a PNG, JPEG, GIF, WebP or SVG image
cli-logo-svg-rusak = logo "{$logo}" cannot be used: the file mentions <svg but is not a well-formed SVG document ({$alasan})
    .help = an SVG logo must be an XML file whose root element is <svg>
cli-logo-akar-bukan-svg = logo "{$logo}" cannot be used: the file is XML but its root element is <{$akar}>, not <svg>
cli-logo-tanpa-xmlns = logo "{$logo}" cannot be used: the <svg> element does not declare xmlns="http://www.w3.org/2000/svg", so browsers show the file as nothing
    .help = add xmlns="http://www.w3.org/2000/svg" to the <svg> element
cli-logo-entitas = logo "{$logo}" cannot be used: the SVG's DOCTYPE declares entities that expand to more than 2 MiB of text
    .help = save the logo again as plain SVG, without entities
cli-logo-tidak-dapat-dipakai =
    .label = logo
    .help = give the path of a PNG, JPEG, GIF, WebP or SVG file, relative to the .sop file
    .help-konfigurasi = give the path of a PNG, JPEG, GIF, WebP or SVG file, relative to the sopan.yaml that names it
cli-logo-di-luar = logo "{$logo}" lies outside the repository
    .label = outside the repository
    .help = copy the logo into the repository (next to the .sop files or in a shared folder) and give its path relative to the .sop file
    .help-konfigurasi = copy the logo into the repository (next to the .sop files or in a shared folder) and give its path relative to the sopan.yaml that names it
cli-logo-dari-konfigurasi = the path comes from `identitas.logo` in sopan.yaml

## sopan aturan

cli-tingkat-galat = error
cli-tingkat-peringatan = warning
cli-aturan-petunjuk = to explain one rule: sopan aturan SOP201
cli-aturan-selengkapnya = more
cli-aturan-kode-tidak-dikenal = "{$kode}" is not a diagnostic code
    .help = did you mean {$saran}?
    .daftar = `sopan aturan` without a code lists every code

## --help: the headings, then every command, argument and value.

cli-judul-pemakaian = Usage:
cli-judul-perintah = Commands
cli-judul-perintah-satu = COMMAND
cli-judul-argumen = Arguments
cli-judul-pilihan = Options
cli-judul-pilihan-satu = OPTIONS
cli-judul-bawaan = default
cli-judul-nilai = Values

cli-arg-help = Print help
cli-arg-version = Print version

cli-perintah-sopan = Sopan: write Standard Operating Procedures as text, check them, and build the Permenpan-RB 35/2012 sheet.
    .sesudah =
        Examples:
          sopan check examples/sktm-belimbing.sop     check one file
          sopan check .                               check every .sop file below this folder
          sopan build examples -o out                 build every example into out/
          sopan aturan SOP201                         explain one rule
cli-arg-sopan-bahasa = The language of every message: id (Bahasa Indonesia, the default) or en (English); wins over SOPAN_BAHASA and `bahasa:` in sopan.yaml

cli-perintah-check = Check .sop files and report every problem found.
    .sesudah =
        Exit status: 0 when no error is found, 1 when errors are found (or warnings with
        --deny-warnings), 2 when Sopan itself could not run (bad arguments, unreadable files).

        Examples:
          sopan check permohonan.sop
          sopan check sop/ --deny-warnings
          sopan check . --format github          annotations in a GitHub Actions job
          sopan check . --format sarif > sopan.sarif
cli-arg-check-paths = Files to check, or folders to search for .sop files.
cli-arg-check-deny_warnings = Exit with 1 when warnings are found, not only errors.
cli-arg-check-exit_zero = Exit with 0 even when errors are found (the tool failing still exits 2).
cli-arg-check-format = How to report: for people, or for machines and CI.
cli-nilai-check-format-human = diagnostics with source excerpts, and a summary line
cli-nilai-check-format-json = one JSON document (schema: docs/check.schema.json)
cli-nilai-check-format-github = GitHub Actions annotations (`::error file=…::message`)
cli-nilai-check-format-sarif = SARIF 2.1.0, for code-scanning services
cli-arg-check-color = When to colour diagnostics.
cli-nilai-check-color-auto = colour when writing to a terminal and NO_COLOR is not set
cli-nilai-check-color-always = always colour
cli-nilai-check-color-never = never colour

cli-perintah-build = Check .sop files and write their outputs.
    .sesudah =
        Each output is written to a temporary file and renamed into place, so an output is either
        the old file or the whole new one. A file with errors gets no output.

        Examples:
          sopan build permohonan.sop -o out
          sopan build sop/ --format json -o build/sop
cli-arg-build-paths = Files to build, or folders to search for .sop files.
cli-arg-build-out = Folder to write the outputs into; created if missing. Folders given as PATH keep their sub-folders below it.
cli-arg-build-format = Outputs to write, separated by commas.
cli-nilai-build-format-json = the checked model as JSON (`<name>.json`), described by docs/sopan.schema.json
cli-nilai-build-format-svg = the flowchart as one standalone SVG drawing (`<name>.svg`)
cli-nilai-build-format-html = the printable Permenpan sheet as one self-contained HTML file (`<name>.html`)
cli-nilai-build-format-pdf = the same sheet as a PDF/A document (`<name>.pdf`), page for page
cli-arg-build-kertas = Paper of the HTML and PDF sheets and of paginated SVG; overrides `tata-letak.kertas`.
cli-nilai-build-kertas-a4 = A4, 210 × 297 mm
cli-nilai-build-kertas-f4 = F4 (folio), 210 × 330 mm
cli-nilai-build-kertas-letter = US Letter
cli-nilai-build-kertas-legal = US Legal
cli-arg-build-orientasi = Orientation of the paper; overrides `tata-letak.orientasi`.
cli-nilai-build-orientasi-lanskap = landscape (the default)
cli-nilai-build-orientasi-potret = portrait
cli-arg-build-paginate = Split each flowchart SVG into pages of the paper, joined by off-page connectors: `<name>-1.svg`, `<name>-2.svg`, … instead of `<name>.svg`.
cli-arg-build-pdf_standar = The PDF/A part of `--format pdf`: `a-2u`, or `a-3u` to embed the `.sop` source and the JSON model in the PDF.
cli-nilai-build-pdf_standar-a-2u = PDF/A-2u: archivable, its text searchable and copyable
cli-nilai-build-pdf_standar-a-3u = PDF/A-3u: as a-2u, with the `.sop` source and the JSON model embedded
cli-arg-build-color = When to colour diagnostics.
cli-nilai-build-color-auto = colour when writing to a terminal and NO_COLOR is not set
cli-nilai-build-color-always = always colour
cli-nilai-build-color-never = never colour

cli-perintah-aturan = Explain a rule: what a diagnostic code means and how to fix it.
    .sesudah =
        Examples:
          sopan aturan                 every code with its title
          sopan aturan SOP201          the explanation of SOP201
cli-arg-aturan-kode = The code to explain, e.g. SOP201; without it, every code with its title.

# Commands and arguments added later: fmt, init, and the CI features.
cli-perintah-fmt = Rewrite .sop files in the one canonical layout (docs/fmt.md).
cli-arg-fmt-paths = Files to format, or folders to search for .sop files; `-` for standard input.
cli-arg-fmt-check = Write nothing; list the files that would change and exit with 1 if there are any.
cli-arg-fmt-diff = Write nothing; show what would change as a unified diff, and exit with 1 if anything would.
cli-arg-fmt-color = When to colour diagnostics.
cli-nilai-fmt-color-auto = colour when writing to a terminal and NO_COLOR is not set
cli-nilai-fmt-color-always = always colour
cli-nilai-fmt-color-never = never colour
cli-perintah-init = Write a commented starter .sop file and sopan.yaml into FOLDER (never over existing files).
cli-arg-init-folder = The folder to write the starter files into; created if missing.
cli-arg-check-exclude = Leave out files and folders this glob matches (repeatable), as in .gitignore.
cli-arg-check-quiet = Print only the diagnostics, no summary.
cli-arg-check-nama_berkas = The name standard input (`-`) has in reports; the sopan.yaml of its folder applies.
cli-arg-build-exclude = Leave out files and folders this glob matches (repeatable), as in .gitignore.
cli-arg-build-quiet = Print only the diagnostics, no summary.
cli-arg-build-nama_berkas = The name standard input (`-`) has in reports; the sopan.yaml of its folder applies.
cli-nilai-check-format-concise = one line per diagnostic: path:line:col: code message
cli-nilai-check-format-gitlab = GitLab Code Quality JSON
cli-nilai-check-format-junit = JUnit XML: one test case per file

# `sopan pratinjau`, the live preview.
cli-perintah-pratinjau = Serve the sheet of a .sop file (or an index of a folder's) on this computer only, rebuilt and reloaded in the browser at every save (docs/pratinjau.md).
    .sesudah =
        The first line printed is the address to open, http://127.0.0.1:PORT/. Only this computer
        can open it. Nothing is written to disk; Ctrl-C stops the preview. `sopan serve` is the
        same command.

        Examples:
          sopan pratinjau permohonan.sop           the sheet, at the address printed
          sopan pratinjau sop/ --port 8080         an index of the folder's SOPs on port 8080
cli-arg-pratinjau-path = The .sop file to preview, or a folder: then an index of its .sop files.
cli-arg-pratinjau-port = The port on 127.0.0.1 to serve on; 0 lets the computer pick a free one.
cli-arg-pratinjau-kertas = Paper of the sheet; overrides `tata-letak.kertas`.
cli-nilai-pratinjau-kertas-a4 = A4, 210 × 297 mm
cli-nilai-pratinjau-kertas-f4 = F4 (folio), 210 × 330 mm
cli-nilai-pratinjau-kertas-letter = US Letter
cli-nilai-pratinjau-kertas-legal = US Legal
cli-arg-pratinjau-orientasi = Orientation of the paper; overrides `tata-letak.orientasi`.
cli-nilai-pratinjau-orientasi-lanskap = landscape (the default)
cli-nilai-pratinjau-orientasi-potret = portrait

# `sopan lsp`, the language server.
cli-perintah-lsp = Run the language server for editors on standard input and output (docs/editors.md).
    .sesudah =
        Started by an editor, not by hand: it speaks the Language Server Protocol on standard
        input and output until the editor asks it to stop.
