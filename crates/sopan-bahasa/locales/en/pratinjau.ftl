# `sopan pratinjau`: the live preview, its pages and what it prints.
# Every id here is also in ../id/pratinjau.ftl, and the other way round (a test checks it).

pratinjau-berjalan = Previewing "{$jalur}" at the address above, for this computer only; the sheet is rebuilt every time the file is saved. Press Ctrl-C to stop.
pratinjau-tidak-dapat-mulai = the preview cannot start on 127.0.0.1, port {$port}: {$alasan}
    .help = choose another port with --port, or --port 0 to let the computer pick a free one
pratinjau-galat-judul = The sheet of "{$berkas}" cannot be built yet
pratinjau-galat-saran = Fix the errors below, then save the file: this page reloads by itself.
pratinjau-indeks-judul = Preview of the SOPs in "{$folder}"
pratinjau-indeks-jumlah = {$jumlah ->
    [one] {$jumlah} .sop file
   *[other] {$jumlah} .sop files
}. Choose one to see its sheet; this page and every sheet reload by themselves every time a file is saved.
pratinjau-kolom-no = No
pratinjau-kolom-berkas = File
pratinjau-kolom-nama = SOP name
pratinjau-kolom-keadaan = State
pratinjau-siap = sheet ready
pratinjau-kesalahan = {$jumlah ->
    [one] {$jumlah} error
   *[other] {$jumlah} errors
}
pratinjau-tolak-host = Refused: this preview serves only the addresses 127.0.0.1 and localhost on its own port.
pratinjau-tolak-tidak-ada = Not found: this address is no sheet or list of this preview.
pratinjau-tolak-metode = Refused: the preview answers only GET and HEAD requests.
pratinjau-tolak-sibuk = Too many requests at once; reload the page in a moment.
