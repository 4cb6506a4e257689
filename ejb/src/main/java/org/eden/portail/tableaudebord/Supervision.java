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

    public record PointActivite(String periode, long connexions, long connexionsCdap, long dossiers) implements Serializable {
    }

    public record LigneSection(String section, String libelle, long lectures) implements Serializable {
    }

    public record PointMontee(String mois, String service, long habilitations) implements Serializable {
    }
}
