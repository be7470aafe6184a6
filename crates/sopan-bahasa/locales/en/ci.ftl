# The sopan command's CI features: exclude, stdin, report formats, init.
# Every id here is also in ../id/ci.ftl, and the other way round (a test checks it).
