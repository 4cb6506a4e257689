package org.eden.portail.tableaudebord;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * R-TDB-2: the supervision of a scope over a period, for the screen and the API alike.
 *
 * @param perimetre   whose activity it counts, in words
 * @param aJourAu     when the traces were last folded into the figures
 * @param activite    connections, CDAP connections and files opened, per day, week or month
 * @param sections    the CDAP sections read, most read first
 * @param organismes  per partner organisation (per Caf for the Cnaf): accounts, active accounts, connections, files
 * @param montee      habilitations in force at the end of each month, per service
 * @param quotas      per bulletin's profile: quota granted and habilitations in force
 * @param exercice    the AFAS exercice of the declarations: the year of the period's end
 * @param declarations the AFAS declarations of that exercice per partner (per Caf for the Cnaf), late ones
 *                    included (R-AFAS-7); empty without AFAS
 */
public record Supervision(String perimetre, String du, String au, String granularite, Instant aJourAu,
                          List<PointActivite> activite, List<LigneSection> sections, List<EntrepotSupervision.LigneOrganisme> organismes,
                          List<PointMontee> montee, List<EntrepotSupervision.UsageQuota> quotas, int exercice,
                          List<LigneDeclarations> declarations) implements Serializable {

    public enum Granularite { JOUR, SEMAINE, MOIS }

    // The charts' main figures in words, read before each chart (RGAA 1.3, WCAG 1.1.1); the table
    // beside each chart has them all.

    public String resumeActivite() {
        if (activite.isEmpty()) {
            return "Aucune connexion sur la période.";
        }
        long connexions = activite.stream().mapToLong(PointActivite::connexions).sum();
        long cdap = activite.stream().mapToLong(PointActivite::connexionsCdap).sum();
        long dossiers = activite.stream().mapToLong(PointActivite::dossiers).sum();
        PointActivite pic = activite.stream().max(java.util.Comparator.comparingLong(PointActivite::connexions)).orElseThrow();
        return "Du " + du + " au " + au + " : " + connexions + " connexion(s), dont " + cdap + " à la CDAP, et "
                + dossiers + " dossier(s) CDAP ouvert(s) ; période la plus active : " + pic.periode() + " ("
                + pic.connexions() + " connexion(s)).";
    }

    public String resumeSections() {
        if (sections.isEmpty()) {
            return "Aucune section CDAP lue sur la période.";
        }
        LigneSection premiere = sections.get(0);
        return sections.size() + " section(s) CDAP lue(s) ; la plus consultée : " + premiere.libelle() + " ("
                + premiere.lectures() + " lecture(s)).";
    }

    public String resumeMontee() {
        if (montee.isEmpty()) {
            return "Aucune habilitation dans le périmètre.";
        }
        String dernierMois = montee.stream().map(PointMontee::mois).max(String::compareTo).orElseThrow(); // YYYY-MM
        List<PointMontee> fin = montee.stream().filter(m -> m.mois().equals(dernierMois)).toList();
        long total = fin.stream().mapToLong(PointMontee::habilitations).sum();
        return "Fin " + dernierMois + " : " + total + " habilitation(s) en vigueur ("
                + String.join(", ", fin.stream().map(m -> m.service() + " : " + m.habilitations()).toList()) + ").";
    }

    public String resumeDeclarations() {
        if (declarations.isEmpty()) {
            return "Aucune déclaration AFAS attendue pour l'exercice " + exercice + " dans le périmètre.";
        }
        long retard = declarations.stream().mapToLong(LigneDeclarations::enRetard).sum();
        long total = declarations.stream().mapToLong(LigneDeclarations::declarations).sum();
        long validees = declarations.stream().mapToLong(LigneDeclarations::validees).sum();
        String qui = perimetre.equals("national") ? "Caf" : "partenaire";
        if (retard == 0) {
            return "Exercice " + exercice + " : " + total + " déclaration(s) AFAS ouverte(s), dont " + validees
                    + " validée(s) ; aucune en retard (" + declarations.size() + " " + qui + "(s)).";
        }
        LigneDeclarations pire = declarations.stream().max(java.util.Comparator.comparingLong(LigneDeclarations::enRetard)).orElseThrow();
        return "Exercice " + exercice + " : " + total + " déclaration(s) AFAS ouverte(s), dont " + validees + " validée(s) ; "
                + retard + " déclaration(s) en retard, le plus chez " + pire.libelle() + " (" + pire.enRetard() + ").";
    }

    /**
     * One partner's (or Caf's) AFAS declarations of the exercice: opened, being written (à saisir,
     * en cours, à corriger), waiting for approval, sent to the Caf (transmises or reçues), validated,
     * and late at their deadline (not received, those never opened included).
     */
    public record LigneDeclarations(String cle, String libelle, int exercice, long declarations, long enSaisie, long aApprouver,
                                    long transmises, long validees, long enRetard) implements Serializable {

        LigneDeclarations plus(LigneDeclarations autre) {
            return new LigneDeclarations(cle, libelle, exercice, declarations + autre.declarations, enSaisie + autre.enSaisie,
                    aApprouver + autre.aApprouver, transmises + autre.transmises, validees + autre.validees, enRetard + autre.enRetard);
        }
    }

    public record PointActivite(String periode, long connexions, long connexionsCdap, long dossiers) implements Serializable {
    }

    public record LigneSection(String section, String libelle, long lectures) implements Serializable {
    }

    public record PointMontee(String mois, String service, long habilitations) implements Serializable {
    }
}
