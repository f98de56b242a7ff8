#!/usr/bin/env python3
"""Applies French typography to content files in place (authors' helper, see README).

Narrow no-break space (U+202F) before ; : ! ? and %, no-break space (U+00A0) inside « ».
Skips import/export lines and fenced code; leaves URLs (://) alone.
usage: python3 scripts/typographie.py content/chapters/*.mdx
"""
import re, sys

NNBSP, NBSP = "\u202f", "\u00a0"

def corriger(ligne: str) -> str:
    if ligne.lstrip().startswith(("import ", "export ")):
        return ligne
    ligne = re.sub(r"[ \u00a0\u202f]*([;!?%])", lambda m: NNBSP + m.group(1), ligne)
    ligne = re.sub(r"(?<=\S)[ \u00a0\u202f]+:(?!//)", NNBSP + ":", ligne)
    ligne = re.sub(r"«[ \u00a0\u202f]*", "«" + NBSP, ligne)
    ligne = re.sub(r"[ \u00a0\u202f]*»", NBSP + "»", ligne)
    return ligne

for chemin in sys.argv[1:]:
    texte = open(chemin, encoding="utf-8").read().split("\n")
    dans_code, sortie = False, []
    for l in texte:
        if l.strip().startswith("```"):
            dans_code = not dans_code
        sortie.append(l if dans_code else corriger(l))
    open(chemin, "w", encoding="utf-8").write("\n".join(sortie))
