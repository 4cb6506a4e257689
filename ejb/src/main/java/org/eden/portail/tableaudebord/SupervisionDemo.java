package org.eden.portail.tableaudebord;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.eden.portail.shared.Caf;
import org.eden.portail.shared.DonneesDemoDuContexte;
import org.eden.portail.trace.EvenementTrace;
import org.eden.portail.trace.ResultatTrace;

import java.util.logging.Logger;

/**
 * The demo's supervision (H2 only): the CIAS's two CDAP users connect and consult files at the
 * demo's start — Sarah Dupont a few files as usual, Paul Garnier, the planted atypical user, 70
 * files, three of them of the Caf de Seine-Maritime (R-TDB-7): the superviseur of the Caf de l'Eure
 * sees his alert, the CIAS's administrateur too. The traces are written as the portal writes them;
 * the fold of the next minute makes the figures.
 */
@ApplicationScoped
public class SupervisionDemo implements DonneesDemoDuContexte {

    private static final Logger LOG = Logger.getLogger(SupervisionDemo.class.getName());
    static final String HABITUELLE = "DUP271001";
    static final String ATYPIQUE = "GAR271001";
    static final int DOSSIERS_ATYPIQUES = 70;

    @Inject
    Event<EvenementTrace> traces;

    @Inject
    EntrepotSupervision entrepot;

    /** After the habilitations (40) and the other Tableau de bord demo (50). */
    @Override
    public int rang() {
        return 60;
    }

    @Override
    public void chargerSiAbsentes(Caf eure, boolean baseNeuve) {
        if (entrepot.consultationsTracees(ATYPIQUE) > 0 || !entrepot.compteExiste(ATYPIQUE)) {
            return;
        }
        consulter(HABITUELLE, "demo-session-dupont", 4, 0);
        consulter(ATYPIQUE, "demo-session-garnier", DOSSIERS_ATYPIQUES, 3);
        LOG.info(() -> "Supervision de démonstration : " + ATYPIQUE + " a consulté " + DOSSIERS_ATYPIQUES
                + " dossiers (alerte R-TDB-7), " + HABITUELLE + " quatre.");
    }

    private void consulter(String identifiant, String session, int dossiers, int dossiersAutreCaf) {
        traces.fire(new EvenementTrace("CONNEXION", "UTILISATEUR", identifiant, ResultatTrace.SUCCES, null, identifiant, session));
        for (int i = 0; i < dossiers; i++) {
            String caf = i < dossiersAutreCaf ? "761" : "271";
            String numero = String.valueOf(1_000_100 + i * 37);
            traces.fire(new EvenementTrace("CDAP_RECHERCHE", "DOSSIER_ALLOCATAIRE", caf + "/" + numero, ResultatTrace.SUCCES,
                    "profil=T2", identifiant, session));
            traces.fire(new EvenementTrace("CDAP_SECTION", "DOSSIER_ALLOCATAIRE", caf + "/" + numero, ResultatTrace.SUCCES,
                    "profil=T2 section=" + (i % 3 == 0 ? "PAIEMENT" : "DROITS"), identifiant, session));
        }
    }
}
