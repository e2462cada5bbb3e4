#!/bin/sh
# One partition of JSON Lines records through newsast, for Hadoop streaming (`-mapper`) or GNU
# parallel: exit status 1 means some records failed, each answered by an error line in its
# place, so the task succeeded; any other failure (a crash, newsast missing) fails the task.
# NEWSAST names the command, e.g. NEWSAST="node /opt/newsast/dist/cli.js"; default: newsast.
${NEWSAST:-newsast} --input jsonl --jobs 1
code=$?
if [ "$code" -le 1 ]; then exit 0; fi
exit "$code"
