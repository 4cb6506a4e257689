package org.eden.portail.tableaudebord;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.apache.shiro.authz.AuthorizationException;
import org.eden.portail.shared.MessagesEcran;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** What the Tableau de bord screens share: the secrecy threshold, months and headings in French. */
@Named
@ApplicationScoped
public class TableauDeBordEcran {

    private static final DateTimeFormatter MOIS_FR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRANCE);

    public int getSeuil() {
        return SecretStatistique.seuil();
    }

    /** {@code 2026-03} → « mars 2026 ». */
    public String libelleMois(String mois) {
        return mois == null ? "" : YearMonth.parse(mois).format(MOIS_FR);
    }

    public String enTeteLignes(TableauTdb tableau) {
        return tableau == null ? "" : switch (Niveau.valueOf(tableau.niveau())) {
            case CAISSE -> "Caisse";
            case DEPARTEMENT -> "Département";
            case NATIONAL -> "Territoire";
        };
    }

    /**
     * The caller's offer (R-TDB-1), which every dashboard screen opens with; null, the refusal shown,
     * when he has no Tableau de bord profile.
     */
    static OffreTdb offreOuRefus(TableauDeBordService service) {
        try {
            return service.offre();
        } catch (AuthorizationException refus) {
            MessagesEcran.accesRefuse();
            return null;
        }
    }
}
