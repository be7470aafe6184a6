# Pesan pemeriksa (sopan-check): isi SOP yang salah atau kurang.
# Setiap id di sini juga ada di ../en/periksa.ftl, dan sebaliknya (sebuah tes memeriksanya).
