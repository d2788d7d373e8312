"""Write each recorded response body of a VCR cassette (YAML) to its own file, byte for byte as recorded."""
import sys, yaml, os
src, outprefix = sys.argv[1], sys.argv[2]
doc = yaml.safe_load(open(src, encoding="utf-8"))
inter = doc.get("http_interactions") or doc.get("interactions")
for i, it in enumerate(inter):
    req, resp = it["request"], it["response"]
    body = resp.get("body", {})
    s = body.get("string") if isinstance(body, dict) else body
    if s is None: continue
    uri = req.get("uri")
    status = resp.get("status")
    code = status.get("code") if isinstance(status, dict) else status
    name = f"{outprefix}-{i+1}.json" if len(inter) > 1 else f"{outprefix}.json"
    with open(name, "w", encoding="utf-8", newline="") as f: f.write(s)
    print(name, code, req.get("method"), uri, len(s))
