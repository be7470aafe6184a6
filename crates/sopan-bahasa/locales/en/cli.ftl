# The sopan command's messages: the tool's own errors, summaries and --help.
# Every id here is also in ../id/cli.ftl, and the other way round (a test checks it).
