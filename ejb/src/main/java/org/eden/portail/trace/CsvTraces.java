package org.eden.portail.trace;

import org.eden.portail.shared.Horloge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;

/**
 * The CSV of an export, one line per trace as it is read: ';' separated (what a French spreadsheet
 * opens), every field quoted, times in Paris time with their offset.
 */
final class CsvTraces {

    static final String ENTETE = "Horodatage;Identifiant;Organisme;Caf;Profil;Action;Type de cible;Cible;Résultat;Détail;"
            + "Adresse IP;Session (empreinte);Rang";

    private static final DateTimeFormatter HORODATAGE = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(Horloge.FUSEAU);

    private final Writer sortie;

    CsvTraces(Writer sortie) {
        this.sortie = sortie;
        ligne(ENTETE);
    }

    void ecrire(LigneTrace t) {
        ligne(String.join(";", champ(HORODATAGE.format(t.getHorodatage())), champ(t.getIdentifiant()),
                champ(t.getOrganismeId()), champ(t.getCodeCaf()), champ(t.getProfil()), champ(t.getAction()),
                champ(t.getCibleType()), champ(t.getCibleId()), champ(t.getResultat()), champ(t.getDetail()),
                champ(t.getIp()), champ(t.getSessionHash()), champ(t.getRang())));
    }

    void terminer() {
        try {
            sortie.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void ligne(String texte) {
        try {
            sortie.write(texte);
            sortie.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Quoted, quotes doubled; a leading =, +, - or @ is defused so that no spreadsheet runs it as a formula. */
    static String champ(Object valeur) {
        if (valeur == null) {
            return "";
        }
        String texte = valeur.toString();
        if (!texte.isEmpty() && "=+-@".indexOf(texte.charAt(0)) >= 0) {
            texte = "'" + texte;
        }
        return '"' + texte.replace("\"", "\"\"") + '"';
    }
}
