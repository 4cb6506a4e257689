package org.eden.portail.convention;

import jakarta.enterprise.context.ApplicationScoped;
import org.eden.portail.shared.Tuile;
import org.eden.portail.shared.TuilesDuContexte;

/** The home tiles of the convention context's screens. */
@ApplicationScoped
public class TuilesConventions extends TuilesDuContexte {

    public TuilesConventions() {
        super(20,
                new Tuile("Conventions", "Les conventions de vos partenaires : contrats, bulletins, quotas, historique.",
                        "pi pi-file", "/convention/conventions.xhtml", PermissionsConventions.ECRAN_CONVENTIONS),
                new Tuile("À vérifier", "Les conventions enregistrées qui attendent votre contrôle a priori.",
                        "pi pi-check-square", "/convention/a-verifier.xhtml", PermissionsConventions.ECRAN_A_VERIFIER),
                new Tuile("Partenaires", "Les organismes partenaires de votre Caf.",
                        "pi pi-building", "/convention/partenaires.xhtml", PermissionsConventions.ECRAN_PARTENAIRES));
    }
}
