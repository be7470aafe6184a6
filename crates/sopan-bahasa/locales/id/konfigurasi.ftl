# Pesan tentang sopan.yaml (sopan-config).
# Setiap id di sini juga ada di ../en/konfigurasi.ftl, dan sebaliknya (sebuah tes memeriksanya).
