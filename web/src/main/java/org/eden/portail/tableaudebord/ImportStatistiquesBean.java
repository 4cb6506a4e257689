package org.eden.portail.tableaudebord;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.apache.shiro.authz.AuthorizationException;
import org.eden.portail.shared.MessagesEcran;
import org.eden.portail.shared.RegleMetierException;
import org.primefaces.event.FileUploadEvent;

import java.io.Serializable;
import java.time.YearMonth;

/**
 * R-TDB-6, the Cnaf agent's import screen: he says which vintage and month he loads, sends the
 * file, follows the progress bar, then reads the report (the refused lines, or how many figures
 * replaced the vintage's month). The service runs it in the background, in one transaction.
 */
@Named
@ViewScoped
public class ImportStatistiquesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ImportStatistiquesService service;

    /** Its vintage and month only: the file carries every level, régime and status. */
    private final SelectionTdb selection = new SelectionTdb(Millesime.FR1, Niveau.NATIONAL, Regime.CNAF);
    private String suiviId;
    private SuiviImport suivi;

    public void televerser(FileUploadEvent evenement) {
        try {
            String mois = selection.getMois();
            suiviId = service.lancer(evenement.getFile().getFileName(), evenement.getFile().getContent(),
                    Millesime.valueOf(selection.getMillesime()), mois == null || mois.isBlank() ? null : YearMonth.parse(mois));
            suivi = service.suivi(suiviId);
        } catch (RegleMetierException | AuthorizationException refus) {
            MessagesEcran.refus(refus);
        } catch (java.time.format.DateTimeParseException e) {
            MessagesEcran.refus(new RegleMetierException("R-TDB-6", "Le mois s'écrit AAAA-MM, par exemple 2026-03."));
        }
    }

    public SelectionTdb getSelection() {
        return selection;
    }

    public int getPourcentage() {
        if (suiviId == null) {
            return 0;
        }
        suivi = service.suivi(suiviId);
        return suivi.getPourcentage();
    }

    public void terminer() {
        suivi = service.suivi(suiviId);
    }

    public void recommencer() {
        suiviId = null;
        suivi = null;
    }

    public boolean isTermine() {
        return suivi != null && suivi.getRapport() != null;
    }

    public SuiviImport getSuivi() {
        return suivi;
    }

    public String getSuiviId() {
        return suiviId;
    }

    public Millesime[] getMillesimes() {
        return Millesime.values();
    }
}
