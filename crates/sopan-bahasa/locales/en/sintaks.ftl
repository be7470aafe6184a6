# The parser's messages (sopan-syntax): mistakes in how a .sop file is written.
# Every id here is also in ../id/sintaks.ftl, and the other way round (a test checks it).
