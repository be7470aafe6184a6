# The checker's messages (sopan-check): what is wrong or missing in an SOP.
# Every id here is also in ../id/periksa.ftl, and the other way round (a test checks it).
