package org.eden.portail.afas;

import jakarta.enterprise.context.ApplicationScoped;
import org.eden.portail.convention.ServiceCatalogue;
import org.eden.portail.identite.RoleCaf;
import org.eden.portail.shared.DroitsPartenaire;
import org.eden.portail.shared.Habilitant;
import org.eden.portail.shared.PermissionPortee;
import org.eden.portail.shared.PermissionsAccordees;
import org.eden.portail.shared.PermissionsDuContexte;

import java.util.List;
import java.util.Set;

/**
 * The permissions of the AFAS context, drawn from the partner's usable habilitations as the
 * habilitation context computes them ({@link DroitsPartenaire}: a suspended convention stops them,
 * R-CONV-8):
 * <ul>
 * <li>{@code afas:<rôle>} ({@code afas:fournisseur_activite}…, {@link RoleAfas#permission()}): each
 * AFAS role the account holds (R-HAB-3);</li>
 * <li>{@code afas:declarer:<organisme>}: any AFAS role holder of the partner reads its équipements'
 * declarations (R-AFAS-3); what he may write is decided per équipement by the services, from his
 * assignments (R-AFAS-1);</li>
 * <li>{@code afas:habiliter:<organisme>}: the AFAS-Habiliter role (the approbateur, as the
 * catalogue names it) assigns providers and the approver to the équipements (R-AFAS-1);</li>
 * <li>{@code afas:equipements:<caf>}: the Caf's administrateur records the équipements of its partners;</li>
 * <li>{@code afas:controles:<caf>}: the Caf's administrateur sets the thresholds and activation of the
 * coherence controls its partners' declarations answer (R-AFAS-4).</li>
 * <li>{@code afas:suivre:<caf>}: reads the Caf's campaigns, its partners' declarations and the late list
 * (the gestionnaire AFAS, the administrateur and the superviseur, who reads and never changes);</li>
 * <li>{@code afas:campagnes:<caf>}: sets the Caf's campaigns (R-AFAS-7: the gestionnaire AFAS and the administrateur);</li>
 * <li>{@code afas:instruire:<caf>}: receives, sends back and validates the declarations (R-AFAS-2,
 * R-AFAS-5: the gestionnaire AFAS only);</li>
 * <li>{@code afas:changements:<caf>}: reads the dated feed of the changes of AFAS role holders and of the
 * équipements' providers and approver (R-HAB-13: the gestionnaire AFAS; the superviseur reads it too).</li>
 * </ul>
 */
@ApplicationScoped
public class PermissionsAfas implements PermissionsDuContexte {

    public static final PermissionPortee DECLARER = new PermissionPortee("afas:declarer");
    public static final PermissionPortee HABILITER = new PermissionPortee("afas:habiliter");
    public static final PermissionPortee EQUIPEMENTS = new PermissionPortee("afas:equipements");
    public static final PermissionPortee CONTROLES = new PermissionPortee("afas:controles");
    public static final PermissionPortee SUIVRE = new PermissionPortee("afas:suivre");
    public static final PermissionPortee CAMPAGNES = new PermissionPortee("afas:campagnes");
    public static final PermissionPortee INSTRUIRE = new PermissionPortee("afas:instruire");
    public static final PermissionPortee CHANGEMENTS = new PermissionPortee("afas:changements");
    /** Screens of the menu and the tiles: never a prefix of a scoped permission. */
    public static final String ECRAN_DECLARATIONS = "ecran:afas-declarations";
    public static final String ECRAN_EQUIPEMENTS = "ecran:afas-equipements";
    public static final String ECRAN_CONTROLES = "ecran:afas-controles";
    public static final String ECRAN_INSTRUCTION = "ecran:afas-instruction";
    public static final String ECRAN_CAMPAGNES = "ecran:afas-campagnes";
    public static final String ECRAN_CHANGEMENTS = "ecran:afas-changements";
    /** R-AFAS-8: the statistics of the partner's équipements, for any AFAS role holder (the service reads his équipements only). */
    public static final String ECRAN_STATISTIQUES = "ecran:afas-statistiques";

    @Override
    public Set<String> permissionsDe(Habilitant habilitant) {
        DroitsPartenaire partenaire = habilitant.partenaire();
        Long organisme = partenaire.organismeId();
        List<String> roles = partenaire.profilsDuService(ServiceCatalogue.AFAS);
        boolean titulaire = organisme != null && !roles.isEmpty();
        String caf = habilitant.codeCaf();
        boolean gestionnaire = habilitant.agentCafAvecLeRole(RoleCaf.GESTIONNAIRE_AFAS.name());
        boolean administrateur = habilitant.agentCafAvecLeRole(RoleCaf.ADMINISTRATEUR_CAF.name());
        boolean superviseur = habilitant.agentCafAvecLeRole(RoleCaf.SUPERVISEUR_CAF.name());
        return new PermissionsAccordees()
                .toutes(roles.stream().map(PermissionsAfas::role).toList())
                .si(titulaire, DECLARER.sur(organisme), ECRAN_DECLARATIONS, ECRAN_STATISTIQUES)
                .si(titulaire && roles.contains(RoleAfas.APPROBATEUR.name()), HABILITER.sur(organisme), ECRAN_EQUIPEMENTS)
                .si(administrateur, EQUIPEMENTS.sur(caf), ECRAN_EQUIPEMENTS, CONTROLES.sur(caf), ECRAN_CONTROLES)
                .si(gestionnaire || administrateur || superviseur, SUIVRE.sur(caf), ECRAN_INSTRUCTION, ECRAN_CAMPAGNES)
                .si(gestionnaire || administrateur, CAMPAGNES.sur(caf))
                .si(gestionnaire, INSTRUIRE.sur(caf))
                .si(gestionnaire || superviseur, CHANGEMENTS.sur(caf), ECRAN_CHANGEMENTS)
                .ensemble();
    }

    /** {@code afas:approbateur} for the role APPROBATEUR (the name as the habilitations carry it). */
    public static String role(String nomDuRole) {
        return PermissionsAccordees.profil("afas", nomDuRole);
    }
}
