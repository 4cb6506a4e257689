package org.eden.portail.cdap;

import jakarta.enterprise.context.ApplicationScoped;
import org.eden.portail.shared.Tuile;
import org.eden.portail.shared.TuilesDuContexte;

/** The home tiles of the cdap context's screens. */
@ApplicationScoped
public class TuilesCdap extends TuilesDuContexte {

    public TuilesCdap() {
        super(50,
                new Tuile("Dossiers allocataires", "Consulter le dossier d'un allocataire selon votre profil CDAP.",
                        "pi pi-folder-open", "/cdap/consultation.xhtml", PermissionsCdap.CDAP_CONSULTER),
                new Tuile("Matrice CDAP", "Ce que chaque profil CDAP voit d'un dossier allocataire.",
                        "pi pi-table", "/cdap/matrice.xhtml", PermissionsCdap.CDAP_MATRICE_MODIFIER));
    }
}
