#!/usr/bin/env python3
"""Applies French typography to content files in place (authors' helper, see README).

- narrow no-break space (U+202F) before ; : ! ? and %;
- no-break space (U+00A0) inside « »;
- narrow no-break space between the digit groups of a number (« 48 000 DH », « 1 250,50 € »),
  so that a line never breaks inside it; a year followed by a number (« en 2026 300 … ») is
  left alone because its first group has four digits.
Idempotent: a second run changes nothing. Skips import/export lines and fenced code; leaves
URLs (://) alone.
usage: python3 outils/typographie.py content/chapters/*.mdx content/exercises/*.json
"""
import re, sys

NNBSP, NBSP = "\u202f", "\u00a0"
# A number whose groups of three digits are separated by an ordinary or no-break space.
NOMBRE_COUPE = re.compile(r"(?<![\d.,+])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d])")


def grouper(m: re.Match) -> str:
    return re.sub(r"[ \u00a0]", NNBSP, m.group(0))


def corriger(ligne: str) -> str:
    if ligne.lstrip().startswith(("import ", "export ")):
        return ligne
    ligne = re.sub(r"[ \u00a0\u202f]*([;!?%])", lambda m: NNBSP + m.group(1), ligne)
    ligne = re.sub(r"(?<=\S)[ \u00a0\u202f]+:(?!//)", NNBSP + ":", ligne)
    ligne = re.sub(r"«[ \u00a0\u202f]*", "«" + NBSP, ligne)
    ligne = re.sub(r"[ \u00a0\u202f]*»", NBSP + "»", ligne)
    ligne = NOMBRE_COUPE.sub(grouper, ligne)
    return ligne


def corriger_texte(texte: str) -> str:
    dans_code, sortie = False, []
    for l in texte.split("\n"):
        if l.strip().startswith("```"):
            dans_code = not dans_code
        sortie.append(l if dans_code else corriger(l))
    return "\n".join(sortie)


if __name__ == "__main__":
    for chemin in sys.argv[1:]:
        avant = open(chemin, encoding="utf-8").read()
        apres = corriger_texte(avant)
        if apres != avant:
            open(chemin, "w", encoding="utf-8").write(apres)
