# Pesan pengurai (sopan-syntax): kesalahan penulisan berkas .sop.
# Setiap id di sini juga ada di ../en/sintaks.ftl, dan sebaliknya (sebuah tes memeriksanya).
