package org.eden.portail.identite;

import jakarta.enterprise.context.ApplicationScoped;
import org.eden.portail.shared.Tuile;
import org.eden.portail.shared.TuilesDuContexte;

/** The home tiles of the identite context's screens. */
@ApplicationScoped
public class TuilesIdentite extends TuilesDuContexte {

    public TuilesIdentite() {
        super(10,
                new Tuile("Mon compte", "Vos informations, votre rattachement et votre dernière connexion.",
                        "pi pi-user", "/compte/mon-compte.xhtml", PermissionsIdentite.COMPTE_CONSULTER));
    }
}
