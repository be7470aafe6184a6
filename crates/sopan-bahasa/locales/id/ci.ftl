# Pesan fitur CI perintah sopan: kecualikan, stdin, format laporan, init.
# Setiap id di sini juga ada di ../en/ci.ftl, dan sebaliknya (sebuah tes memeriksanya).
