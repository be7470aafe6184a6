# Pesan perintah sopan: kesalahan alat, ringkasan, dan --help.
# Setiap id di sini juga ada di ../en/cli.ftl, dan sebaliknya (sebuah tes memeriksanya).
