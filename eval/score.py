#!/usr/bin/env python3
"""Scores a fresh TSV (expected category language voice explicit text) with a TrustBot build's `analyze` CLI.
Prints aggregate figures only (never the texts). Usage: score.py <TrustBot.dll> <file.tsv> [...]"""
import json, subprocess, sys, collections
dll, files = sys.argv[1], sys.argv[2:]
rows = []
for f in files:
    for line in open(f, encoding='utf-8'):
        p = line.rstrip('\n').split('\t')
        if len(p) == 6: rows.append(p)
inp = '\n'.join(r[5].replace('\n', ' ') for r in rows) + '\n'
out = subprocess.run(['dotnet', dll, 'analyze'], input=inp, capture_output=True, text=True, cwd='/tmp').stdout.strip().split('\n')
assert len(out) == len(rows), (len(out), len(rows))
dec = [json.loads(o)['decision'] for o in out]
def agg(key):
    t = collections.defaultdict(lambda: [0, 0])
    for r, d in zip(rows, dec):
        k = key(r)
        if k is None: continue
        t[k][1] += 1
        hit = (d != 'continue')
        t[k][0] += hit
    return t
crisis = [(r, d) for r, d in zip(rows, dec) if r[0] == 'crisis']
none = [(r, d) for r, d in zip(rows, dec) if r[0] == 'none']
rec = sum(d != 'continue' for r, d in crisis) / max(1, len(crisis))
fa = sum(d != 'continue' for r, d in none) / max(1, len(none))
ex = [(r, d) for r, d in crisis if r[4] == 'yes']
print(f"rows {len(rows)}  crisis recall {rec:.1%} ({len(crisis)})  false alarms {fa:.1%} ({len(none)})  explicit recall {sum(d!='continue' for r,d in ex)/max(1,len(ex)):.1%} ({len(ex)})")
for name, key in [('category', lambda r: r[1]), ('language(crisis)', lambda r: r[2] if r[0]=='crisis' else None), ('language(none FA)', lambda r: r[2] if r[0]=='none' else None), ('voice(crisis)', lambda r: r[3] if r[0]=='crisis' else None)]:
    t = agg(key)
    print(name + ': ' + ', '.join(f"{k} {v[0]/v[1]:.0%}/{v[1]}" for k, v in sorted(t.items())))
