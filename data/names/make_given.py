#!/usr/bin/env python3
"""Write data/names/given.txt from the first-name lists of @faker-js/faker.

Usage: npm pack @faker-js/faker@10.6.0 && tar xzf faker-js-faker-10.6.0.tgz
       python3 data/names/make_given.py package > data/names/given.txt

Node reads each locale's module (package/dist/locale/*.js) and prints its
first names; they are kept when they are one word opening with a capital
(scripts with case: bylines in the others are not read by capitals),
case-folded, less the stopwords of data/stopwords and the few words that
open places or are months and common nouns as often as names.
"""
import glob
import json
import os
import subprocess
import sys
import unicodedata

DROP = {"santa", "santo", "rio", "royal", "king", "summer", "april", "june",
        "august", "hope", "faith", "joy", "sierra", "belo", "monte", "bella",
        "medya", "washington"}

# Given names the lists lack that bylines often open with (Indonesian
# "Sri", "Nur"; Turkish "Ayşe")
EXTRA = {"sri", "nur", "ay\u015fe"}

NODE = r"""
import fs from 'fs';
const dir = process.argv[1] + '/dist/locale/';
const out = [];
for (const f of fs.readdirSync(dir).filter(f => f.endsWith('.js')).sort()) {
  const m = await import(dir + f);
  const fk = Object.values(m).find(v => v && v.rawDefinitions);
  const fn = fk && fk.rawDefinitions.person && fk.rawDefinitions.person.first_name;
  if (!fn) continue;
  out.push(...(Array.isArray(fn) ? fn
    : [...(fn.generic || []), ...(fn.male || []), ...(fn.female || [])]));
}
console.log(JSON.stringify(out));
"""


def main():
    pkg = os.path.abspath(sys.argv[1])
    got = subprocess.run(["node", "--input-type=module", "-e", NODE, pkg],
                         check=True, capture_output=True, text=True).stdout
    here = os.path.dirname(os.path.abspath(__file__))
    stop = set()
    for f in glob.glob(os.path.join(here, "..", "stopwords", "*.txt")):
        for line in open(f, encoding="utf-8"):
            w = line.split("#")[0].strip()
            if w:
                stop.add(w.casefold())
    names = set()
    for w in json.loads(got):
        w = unicodedata.normalize("NFC", w.strip())
        if len(w) < 2 or " " in w or not w[0].isupper():
            continue
        w = unicodedata.normalize("NFC", w.casefold())
        if w not in stop and w not in DROP:
            names.add(w)
    with open(os.path.join(here, "given.txt"), encoding="utf-8") as f:
        head = [l for l in f if l.startswith("#")]
    sys.stdout.write("".join(head))
    names |= EXTRA
    for w in sorted(names, key=lambda s: s.encode()):
        print(w)


if __name__ == "__main__":
    main()
