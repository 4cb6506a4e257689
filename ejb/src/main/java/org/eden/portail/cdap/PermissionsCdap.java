package org.eden.portail.cdap;

import jakarta.enterprise.context.ApplicationScoped;
import org.eden.portail.identite.RoleCaf;
import org.eden.portail.shared.DroitsPartenaire;
import org.eden.portail.shared.Habilitant;
import org.eden.portail.shared.PermissionsAccordees;
import org.eden.portail.shared.PermissionsDuContexte;

import java.util.List;
import java.util.Set;

/**
 * The permissions of the cdap context: consulting files with one's CDAP profiles, which only
 * habilitations give (R-CDAP-1: no Caf role does), and editing the matrix (R-CDAP-7).
 * <p>
 * No R-HAB-12 check here: the administrateur partenaire's CDAP habilitations never reach
 * {@link DroitsPartenaire#services()} (habilitation.DroitsPartenaires, the one guard).
 */
@ApplicationScoped
public class PermissionsCdap implements PermissionsDuContexte {

    /** Consult beneficiary files with one of one's profiles ({@code cdap:profil:t2} says which). */
    public static final String CDAP_CONSULTER = "cdap:consulter";
    public static final String CDAP_PROFIL = "cdap:profil";
    /** Edit the profile × section matrix (R-CDAP-7), administrateurs Caf. */
    public static final String CDAP_MATRICE_MODIFIER = "cdap:matrice:modifier";

    /**
     * The service's code in the catalogue and in {@link DroitsPartenaire#services()}; written here,
     * not read from convention.ServiceCatalogue, so that cdap stays below the contexts that use it.
     */
    static final String SERVICE = "CDAP";

    @Override
    public Set<String> permissionsDe(Habilitant habilitant) {
        List<String> profils = habilitant.partenaire().profilsDuService(SERVICE);
        return new PermissionsAccordees()
                .si(habilitant.aLeRole(RoleCaf.ADMINISTRATEUR_CAF.name()), CDAP_MATRICE_MODIFIER)
                .si(!profils.isEmpty(), CDAP_CONSULTER)
                .toutes(profils.stream().map(profil -> PermissionsAccordees.profil(CDAP_PROFIL, profil)).toList())
                .ensemble();
    }
}
