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
 */
public record Supervision(String perimetre, String du, String au, String granularite, Instant aJourAu,
                          List<PointActivite> activite, List<LigneSection> sections, List<EntrepotSupervision.LigneOrganisme> organismes,
                          List<PointMontee> montee, List<EntrepotSupervision.UsageQuota> quotas) implements Serializable {

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

    public record PointActivite(String periode, long connexions, long connexionsCdap, long dossiers) implements Serializable {
    }

    public record LigneSection(String section, String libelle, long lectures) implements Serializable {
    }

    public record PointMontee(String mois, String service, long habilitations) implements Serializable {
    }
}
