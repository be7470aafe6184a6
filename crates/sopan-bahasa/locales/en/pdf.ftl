# The PDF sheet's messages (sopan-pdf): why a PDF could not be made. $berkas is the PDF
# being made; $sebab the PDF or SVG library's own words.
# Every id here is also in ../id/pdf.ftl, and the other way round (a test checks it).

pdf-huruf-bawaan = cannot make {$berkas}: Sopan's bundled font cannot be read
pdf-tidak-tertulis = cannot make {$berkas}: the PDF document cannot be put together ({$sebab})
pdf-tanpa-pdfa = cannot make {$berkas}: no PDF/A settings ({$sebab})
pdf-lampiran-ganda = cannot make {$berkas}: two attached files have one name
pdf-logo-tidak-tersemat = cannot make {$berkas}: the logo cannot be embedded ({$sebab})
pdf-svg-tidak-terbaca = cannot make {$berkas}: the SVG logo cannot be read ({$sebab})
pdf-svg-terlalu-banyak-piksel = cannot make {$berkas}: the SVG logo's embedded images and filters come to {$piksel} pixels; a logo may have at most 16,777,216 pixels (4096 × 4096)
