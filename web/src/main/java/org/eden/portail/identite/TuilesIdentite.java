package org.eden.portail.identite;

import jakarta.enterprise.context.ApplicationScoped;
import org.eden.portail.shared.Tuile;
import org.eden.portail.shared.TuilesDuContexte;

import java.util.List;

/** The home tiles of the identite context's screens. */
@ApplicationScoped
public class TuilesIdentite implements TuilesDuContexte {

    @Override
    public int rang() {
        return 10;
    }

    @Override
    public List<Tuile> tuiles() {
        return List.of(
                new Tuile("Mon compte", "Vos informations, votre rattachement et votre dernière connexion.",
                        "pi pi-user", "/compte/mon-compte.xhtml", PermissionsIdentite.COMPTE_CONSULTER));
    }
}
