package org.eden.portail.tableaudebord;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * R-TDB-7: one user's atypical day of CDAP consultations, with why it is atypical and the address
 * of the traces behind it. Information only: nothing is suspended.
 */
public record Alerte(LocalDate jour, String identifiant, long organismeId, String codeCaf, int dossiers, int dossiersNuit,
                     int dossiersAutreCaf, List<String> motifs, String traces) implements Serializable {

    public String getJour() {
        return jour.toString();
    }

    public String getIdentifiant() {
        return identifiant;
    }

    public long getOrganismeId() {
        return organismeId;
    }

    public int getDossiers() {
        return dossiers;
    }

    public String getMotifsTexte() {
        return String.join(" ; ", motifs);
    }

    public String getTraces() {
        return traces;
    }
}
