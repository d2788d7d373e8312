#!/usr/bin/env python3
"""The first ten isolation reports of a community and the spread of its scores,
through the API of a running server, in the dashboard's default window (the 180
days up to the UTC midnight after the newest chat ends).

  python3 scripts/isolation-spread.py --url http://127.0.0.1:8080/graphql \
      --token "$(go run ./server token --role ADMIN --subject readme --ttl 1h)" --community WePharmacists

Prints a Markdown table of the first ten reports (score, flags, active or lapsed,
the evidence and the first suggestion with its spread), then for the whole ranking:
the number of reports, of distinct scores, the largest share of reports sharing one
score, and how many reports each of the most frequent first suggestions gets.
"""
import argparse
import collections
import datetime
import json
import sys
import urllib.request


def ask(url, token, query, variables):
    body = json.dumps({"query": query, "variables": variables}).encode()
    req = urllib.request.Request(url, body, {"Content-Type": "application/json", "Authorization": f"Bearer {token}"})
    with urllib.request.urlopen(req, timeout=120) as r:
        ans = json.load(r)
    if ans.get("errors"):
        sys.exit(f"{url}: {ans['errors']}")
    return ans["data"]


REPORTS = """query($c: String!, $since: DateTime, $until: DateTime, $after: String) {
  isolatedMembers(community: $c, since: $since, until: $until, first: 100, after: $after) {
    totalCount medianPartners pageInfo { hasNextPage endCursor }
    nodes { score flags professional { id name professions { profession } }
      evidence { posts chats repliesReceived partners active newcomer daysSinceLastChat }
      suggestedPeers(first: 3) { score professional { name } scoreParts { alreadySuggested spread } } } } }"""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--url", required=True)
    ap.add_argument("--token", required=True)
    ap.add_argument("--community", default="WePharmacists")
    a = ap.parse_args()
    newest = ask(a.url, a.token, "{ chats(first: 1) { nodes { endsAt } } }", {})["chats"]["nodes"]
    end = datetime.datetime.fromisoformat(newest[0]["endsAt"].replace("Z", "+00:00"))
    until = datetime.datetime(end.year, end.month, end.day, tzinfo=datetime.timezone.utc) + datetime.timedelta(days=1)
    since = until - datetime.timedelta(days=180)
    win = {"since": since.isoformat().replace("+00:00", "Z"), "until": until.isoformat().replace("+00:00", "Z")}
    nodes, after, total, median = [], None, 0, 0
    while True:
        d = ask(a.url, a.token, REPORTS, {"c": a.community, "after": after, **win})["isolatedMembers"]
        nodes += d["nodes"]
        total, median = d["totalCount"], d["medianPartners"]
        if not d["pageInfo"]["hasNextPage"]:
            break
        after = d["pageInfo"]["endCursor"]
    print(f"{a.community}, window {win['since'][:10]} – {win['until'][:10]}: {total} reports, median partners {median}\n")
    print("| # | member | profession | score | flags | activity | posts / chats / replies received / partners | days since last chat | first suggestion (score, already suggested above) |")
    print("|---|---|---|---|---|---|---|---|---|")
    for i, n in enumerate(nodes[:10], 1):
        e, p = n["evidence"], n["professional"]
        prof = (p["professions"] or [{"profession": "unknown"}])[0]["profession"]
        act = ("active, newcomer" if e["newcomer"] else "active") if e["active"] else "lapsed"
        s = n["suggestedPeers"][0] if n["suggestedPeers"] else None
        sug = f"{s['professional']['name']} ({s['score']:.3f}, {s['scoreParts']['alreadySuggested']})" if s else "–"
        print(f"| {i} | {p['name']} | {prof} | {n['score']:.3f} | {', '.join(n['flags'])} | {act} | "
              f"{e['posts']} / {e['chats']} / {e['repliesReceived']} / {e['partners']} | {e['daysSinceLastChat']:.1f} | {sug} |")
    scores = collections.Counter(round(n["score"], 9) for n in nodes)
    top, count = scores.most_common(1)[0] if scores else (None, 0)
    firsts = collections.Counter(n["suggestedPeers"][0]["professional"]["name"] for n in nodes if n["suggestedPeers"])
    active = sum(1 for n in nodes if n["evidence"]["active"])
    print(f"\n{len(nodes)} reports ({active} active, {len(nodes) - active} lapsed), {len(scores)} distinct scores; "
          f"the most shared score ({top}) is held by {count} ({100 * count / max(1, len(nodes)):.1f}%); "
          f"scores from {min(scores) if scores else 0:.3f} to {max(scores) if scores else 0:.3f}.")
    print("Most frequent first suggestions: " + ", ".join(f"{name} {k}" for name, k in firsts.most_common(5)))


if __name__ == "__main__":
    main()
