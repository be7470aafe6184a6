# Pesan lembar PDF (sopan-pdf): mengapa sebuah PDF tidak dapat dibuat. $berkas adalah
# PDF yang sedang dibuat; $sebab kata-kata pustaka PDF atau SVG itu sendiri.
# Setiap id di sini juga ada di ../en/pdf.ftl, dan sebaliknya (sebuah tes memeriksanya).

pdf-huruf-bawaan = {$berkas} tidak dapat dibuat: huruf bawaan Sopan tidak terbaca
pdf-tidak-tertulis = {$berkas} tidak dapat dibuat: dokumen PDF tidak dapat disusun ({$sebab})
pdf-tanpa-pdfa = {$berkas} tidak dapat dibuat: pengaturan PDF/A tidak tersedia ({$sebab})
pdf-lampiran-ganda = {$berkas} tidak dapat dibuat: dua berkas lampiran bernama sama
pdf-logo-tidak-tersemat = {$berkas} tidak dapat dibuat: logo tidak dapat disematkan ({$sebab})
pdf-svg-tidak-terbaca = {$berkas} tidak dapat dibuat: logo SVG tidak dapat dibaca ({$sebab})
pdf-svg-terlalu-banyak-piksel = {$berkas} tidak dapat dibuat: gambar dan filter di dalam logo SVG berjumlah {$piksel} piksel; logo paling banyak 16.777.216 piksel (4096 × 4096)
