"""Print the response body that an atrrr test fixture (.rds) recorded.

atrrr's tests keep httr2 responses as R's serialised objects (gzip of R's
XDR serialisation); the body is the one raw vector (RAWSXP, type 24) whose
bytes are JSON. Python's standard library is enough to find it:

    python3 scripts/extract_rds_body.py testdata/real/bsky/atrrr/.rds/app.bsky.feed.searchPosts_bb16d.rds > testdata/real/bsky/atrrr/app.bsky.feed.searchPosts_bb16d.json
"""
import gzip
import json
import struct
import sys

data = gzip.open(sys.argv[1]).read()
i = data.find(b"\x00\x00\x00\x18")
while i >= 0:
    n = struct.unpack(">i", data[i + 4 : i + 8])[0]
    body = data[i + 8 : i + 8 + n]
    if 0 < n <= len(data) - i - 8 and body[:1] in (b"{", b"["):
        json.loads(body)  # it must be the whole JSON answer
        sys.stdout.buffer.write(body)
        break
    i = data.find(b"\x00\x00\x00\x18", i + 1)
else:
    sys.exit("no JSON body in " + sys.argv[1])
