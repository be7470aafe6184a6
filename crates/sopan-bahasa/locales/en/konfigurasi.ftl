# The messages about sopan.yaml (sopan-config).
# Every id here is also in ../id/konfigurasi.ftl, and the other way round (a test checks it).
